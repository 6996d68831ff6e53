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
    std::int64_t pos = 0;
    std::int64_t limit = 0;
    std::int64_t since = -1; // created_since / modified_since / after_date in ms, -1: none
    std::int64_t until = -1; // before_date in ms, -1: none
    QByteArray status; // campaigns list filter
    std::uint32_t fingerprint = 0;

    QByteArray encode() const;
    // nullopt for anything that is not a cursor this codec wrote (bad base64, a missing or unknown field).
    static std::optional<Cursor> decode(const QByteArray &text);
};

} // namespace ClickScope::Sandbox
