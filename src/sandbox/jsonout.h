// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace ClickScope::Sandbox {

// Appends JSON text straight into a byte buffer. The sandbox writes every page with it, so it avoids
// QJsonDocument on purpose: a 500-row page must cost tens of microseconds, not milliseconds.
class JsonOut
{
public:
    explicit JsonOut(QByteArray &buffer)
        : m_buf(buffer)
    {
    }

    JsonOut &raw(QByteArrayView text)
    {
        m_buf.append(text.data(), text.size());
        return *this;
    }
    JsonOut &raw(char c)
    {
        m_buf.append(c);
        return *this;
    }

    // A quoted, escaped JSON string (UTF-8 in, UTF-8 out).
    JsonOut &str(QByteArrayView text);
    // "key":
    JsonOut &key(QByteArrayView name)
    {
        m_buf.append('"');
        m_buf.append(name.data(), name.size());
        m_buf.append("\":", 2);
        return *this;
    }
    JsonOut &num(std::int64_t value);
    JsonOut &boolean(bool value) { return raw(value ? QByteArrayView("true") : QByteArrayView("false")); }
    // A quoted number, "123", or a bare one when ids are sent as numbers (a fault the client must tolerate).
    JsonOut &id(std::int64_t value, bool asNumber)
    {
        if (asNumber)
            return num(value);
        m_buf.append('"');
        num(value);
        m_buf.append('"');
        return *this;
    }
    // A quoted "YYYY-MM-DDThh:mm:ss.sssZ", or "" when dates are blanked by a fault.
    JsonOut &date(std::int64_t msSinceEpoch, bool empty = false);

private:
    QByteArray &m_buf;
};

// Writes "YYYY-MM-DDThh:mm:ss.sssZ" (24 characters) for a UTC millisecond timestamp into out.
void formatIsoUtc(std::int64_t msSinceEpoch, char out[24]);

} // namespace ClickScope::Sandbox
