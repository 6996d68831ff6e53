// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace ClickScope {

// A piece of ClickBatch::text.
struct TextRef {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

// One click as it came from the API, before the model interns it.
struct ParsedClick {
    std::int64_t clickMs = 0; // UTC milliseconds, or noDate for ""
    TextRef campaignId;
    TextRef contactId;
    TextRef email; // UTF-8, unescaped
    TextRef linkId;
    TextRef device; // v3 device_type (computer, mobile, tablet, other); empty when not sent (always for v2)
    bool resend = false; // v3: a click on the campaign's resend (its own activity), not on the first send
};

// One page of clicks: the strings of all rows in one buffer, so a page costs two allocations, not two thousand.
// (std::string, because QByteArray::append costs ~40 ns a call and a page makes 2,000 of them.)
struct ClickBatch {
    std::string text;
    std::vector<ParsedClick> rows;

    QByteArrayView view(TextRef r) const { return QByteArrayView(text.data() + r.offset, qsizetype(r.length)); }
    TextRef add(QByteArrayView s)
    {
        const TextRef r { std::uint32_t(text.size()), std::uint32_t(s.size()) };
        text.append(s.data(), std::size_t(s.size()));
        return r;
    }
    // Appends another batch's rows after this one's (their text moved along).
    void append(const ClickBatch &other)
    {
        const auto base = std::uint32_t(text.size());
        text += other.text;
        if (rows.empty())
            rows.reserve(other.rows.size()); // later appends grow geometrically: an exact reserve copies every time
        for (ParsedClick c : other.rows) {
            for (TextRef *r : { &c.campaignId, &c.contactId, &c.email, &c.linkId, &c.device })
                r->offset += base;
            rows.push_back(c);
        }
    }
};

} // namespace ClickScope

Q_DECLARE_METATYPE(ClickScope::ClickBatch)
