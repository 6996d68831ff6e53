// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace ClickScope::Sandbox {

// The opaque pagination state, "k=v&k=v" in unpadded base64url, as the real API's cursors decode (§4.1).
struct Cursor {
    QByteArray route; // what the cursor pages: campaigns, clicks, report name, contact-...
    std::int64_t campaign = -1;
    std::int64_t link = -1;
    std::int64_t contact = -1;
    // Where the next page starts. Click lists count from the oldest end: pos is the oldest-first index where the
    // next page ends (exclusive), so clicks added at the newest end do not move it (as the real v2 cursors hold a
    // timestamp). Lists that do not change (campaigns, summaries): the rows already served.
    std::int64_t pos = 0;
    std::int64_t limit = 0;
    std::int64_t since = -1; // created_since / modified_since / after_date in ms, -1: none
    std::int64_t until = -1; // before_date in ms, -1: none
    QByteArray status; // campaigns list filter
    // Activity lists (reports, a contact's activity), where added clicks and their opens may land anywhere: the
    // key of the row served last ("ms.campaign.type.clickIndex.contact"), empty before the first page.
    QByteArray after;
    std::uint32_t fingerprint = 0;

    // The largest pos and limit a cursor can hold (far more rows than any data set has).
    static constexpr std::int64_t maxRows = std::int64_t(1) << 40;

    QByteArray encode() const;
    // nullopt for anything that is not a cursor this codec wrote (bad base64, a missing, repeated or unknown field, a
    // pos or limit out of range). The routes check that limit is one they serve.
    static std::optional<Cursor> decode(const QByteArray &text);
};

} // namespace ClickScope::Sandbox
