// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvformat.h"

#include "domain/isotime.h"

namespace ClickScope {

namespace Csv {

    void appendCell(std::string &out, QByteArrayView value)
    {
        const bool formula = !value.isEmpty()
            && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t'
                || value[0] == '\r');
        bool quote = false;
        for (char c : value)
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        if (quote)
            out.push_back('"');
        if (formula)
            out.push_back('\'');
        if (quote) {
            for (char c : value) {
                if (c == '"')
                    out.push_back('"');
                out.push_back(c);
            }
            out.push_back('"');
        } else {
            out.append(value.data(), std::size_t(value.size()));
        }
    }

    void appendClickRow(std::string &out, QByteArrayView campaignId, QByteArrayView linkId, QByteArrayView linkUrl,
        QByteArrayView contactId, QByteArrayView email, std::int64_t clickMs)
    {
        out.append("EMAIL_CLICK,");
        appendCell(out, campaignId);
        out.push_back(',');
        appendCell(out, linkId);
        out.push_back(',');
        appendCell(out, linkUrl);
        out.push_back(',');
        appendCell(out, contactId);
        out.push_back(',');
        appendCell(out, email);
        out.push_back(',');
        if (clickMs != noDate) {
            const QByteArray date = formatIsoUtcMs(clickMs);
            out.append(date.constData(), std::size_t(date.size()));
        }
        out.append("\r\n");
    }

} // namespace Csv

bool ClickDeduplicator::firstTime(
    QByteArrayView campaign, QByteArrayView link, QByteArrayView contact, std::int64_t clickMs)
{
    if (m_order == Order::ByTime && (!m_any || clickMs != m_currentMs)) {
        m_seen.clear(); // a repeat has the same time as rows just seen
        m_currentMs = clickMs;
        m_any = true;
    }
    // Each part after its length: ids may hold any byte ("\0" too), and two different rows must not make one key.
    std::string key;
    key.reserve(
        std::size_t(campaign.size() + link.size() + contact.size()) + 3 * sizeof(std::uint32_t) + sizeof clickMs);
    for (const QByteArrayView part : { campaign, link, contact }) {
        const auto length = std::uint32_t(part.size());
        key.append(reinterpret_cast<const char *>(&length), sizeof length)
            .append(part.data(), std::size_t(part.size()));
    }
    key.append(reinterpret_cast<const char *>(&clickMs), sizeof clickMs);
    return m_seen.insert(std::move(key)).second;
}

void Csv::appendRow(std::string &out, std::span<const QByteArrayView> cells)
{
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c > 0)
            out += ',';
        appendCell(out, cells[c]);
    }
    out += "\r\n";
}

} // namespace ClickScope
