// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace ClickScope::Sandbox {

// Appends JSON text straight into a byte buffer. The sandbox writes every page with it, so it avoids
// QJsonDocument on purpose: a 500-row page must cost tens of microseconds, not milliseconds.
class JsonOut
{
public:
    // Appends to buffer. The buffer's size is only right again after finish() (or the destructor): in between,
    // JsonOut writes into spare capacity with memcpy, because QByteArray::append costs ~40 ns a call and a page
    // of 500 rows makes 8,000 of them.
    explicit JsonOut(QByteArray &buffer)
        : m_buf(buffer)
        , m_len(buffer.size())
    {
        grow(4096);
    }
    ~JsonOut() { finish(); }
    JsonOut(const JsonOut &) = delete;
    JsonOut &operator=(const JsonOut &) = delete;

    void finish()
    {
        if (m_buf.size() != m_len)
            m_buf.resize(m_len);
        m_cap = m_len;
    }
    void reserve(qsizetype bytes) { ensure(bytes); }

    JsonOut &raw(QByteArrayView text)
    {
        put(text.data(), text.size());
        return *this;
    }
    JsonOut &raw(char c)
    {
        ensure(1);
        m_data[m_len++] = c;
        return *this;
    }

    // A quoted, escaped JSON string (UTF-8 in, UTF-8 out).
    JsonOut &str(QByteArrayView text);
    // "key":
    JsonOut &key(QByteArrayView name)
    {
        ensure(name.size() + 3);
        m_data[m_len++] = '"';
        std::memcpy(m_data + m_len, name.data(), std::size_t(name.size()));
        m_len += name.size();
        m_data[m_len++] = '"';
        m_data[m_len++] = ':';
        return *this;
    }
    JsonOut &num(std::int64_t value);
    JsonOut &boolean(bool value) { return raw(value ? QByteArrayView("true") : QByteArrayView("false")); }
    // A quoted number, "123", or a bare one when ids are sent as numbers (a fault the client must tolerate).
    JsonOut &id(std::int64_t value, bool asNumber)
    {
        if (asNumber)
            return num(value);
        raw('"');
        num(value);
        return raw('"');
    }
    // A quoted "YYYY-MM-DDThh:mm:ss.sssZ", or "" when dates are blanked by a fault.
    JsonOut &date(std::int64_t msSinceEpoch, bool empty = false);

private:
    void put(const char *s, qsizetype n)
    {
        if (n == 0)
            return; // s may be null then (an empty view), and memcpy from null is undefined
        ensure(n);
        std::memcpy(m_data + m_len, s, std::size_t(n));
        m_len += n;
    }
    void ensure(qsizetype n)
    {
        if (m_len + n > m_cap)
            grow(n);
    }
    void grow(qsizetype n)
    {
        m_buf.resize(std::max(m_cap * 2, m_len + n + 1024));
        m_data = m_buf.data();
        m_cap = m_buf.size();
    }

    QByteArray &m_buf;
    char *m_data = nullptr;
    qsizetype m_len = 0;
    qsizetype m_cap = 0;
};

// Writes "YYYY-MM-DDThh:mm:ss.sssZ" (24 characters) for a UTC millisecond timestamp into out.
void formatIsoUtc(std::int64_t msSinceEpoch, char out[24]);

} // namespace ClickScope::Sandbox
