// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <span>
#include <string>
#include <unordered_set>

namespace ClickScope {

// The CSV format of DESIGN.md: header, RFC 4180 quoting, UTF-8, CRLF, click_date as UTC with milliseconds, cells a
// spreadsheet would run as a formula prefixed with "'".
namespace Csv {
    inline constexpr char header[]
        = "activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date\r\n";
    // Appends one cell (no separator): quoted when it holds a comma, a quote, CR or LF; "'" first when it starts
    // with =, +, -, @, tab or CR.
    void appendCell(std::string &out, QByteArrayView value);
    // Appends the cells separated by commas and a CRLF.
    void appendRow(std::string &out, std::span<const QByteArrayView> cells);
    // Appends a whole click row, CRLF included. clickMs may be noDate (an empty cell).
    void appendClickRow(std::string &out, QByteArrayView campaignId, QByteArrayView linkId, QByteArrayView linkUrl,
        QByteArrayView contactId, QByteArrayView email, std::int64_t clickMs);
} // namespace Csv

// Drops clicks already written: key = campaign, link, contact, click_date (a retry or an overlapping load can
// repeat a row; an export has each click once). The one rule for the window's export and the CLI's.
class ClickDeduplicator
{
public:
    enum class Order {
        Any, // rows in any order (the table's sort): every key is kept
        ByTime, // rows sorted by click time (a stream, newest first): only the keys of the current time are kept, so
                // memory stays flat however many rows pass
    };
    explicit ClickDeduplicator(Order order = Order::Any)
        : m_order(order)
    { }
    bool firstTime(QByteArrayView campaign, QByteArrayView link, QByteArrayView contact, std::int64_t clickMs);

private:
    Order m_order;
    std::int64_t m_currentMs = 0;
    bool m_any = false;
    std::unordered_set<std::string> m_seen;
};

} // namespace ClickScope
