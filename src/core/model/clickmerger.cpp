// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/clickmerger.h"

#include "domain/isotime.h"

#include <QHashFunctions>

namespace ClickScope {

ClickMerger::ClickMerger(const ClickStore &store, std::int64_t sinceMs)
    : m_store(store)
{
    const std::vector<ClickRecord> &records = store.records();
    for (std::size_t row = 0; row < records.size(); ++row) {
        const ClickRecord &r = records[row];
        if (sinceMs != noDate && r.clickMs != noDate && r.clickMs < sinceMs)
            continue;
        m_rows.emplace(
            key(r.clickMs, store.contactId(r.contact), store.linkId(r.link), store.isResend(row)), std::uint32_t(row));
    }
}

std::size_t ClickMerger::key(std::int64_t ms, QByteArrayView contactId, QByteArrayView linkId, bool resend)
{
    return qHashMulti(0, ms, contactId, linkId, resend);
}

ClickBatch ClickMerger::filter(const ClickBatch &batch)
{
    ClickBatch out;
    out.text = batch.text;
    out.rows.reserve(batch.rows.size());
    for (const ParsedClick &c : batch.rows) {
        const QByteArrayView contact = batch.view(c.contactId);
        const QByteArrayView link = batch.view(c.linkId);
        bool matched = false;
        auto [it, end] = m_rows.equal_range(key(c.clickMs, contact, link, c.resend));
        for (; it != end; ++it) {
            const std::uint32_t row = it->second;
            const ClickRecord &r = m_store.at(row);
            if (r.clickMs == c.clickMs && m_store.isResend(row) == c.resend && m_store.contactId(r.contact) == contact
                && m_store.linkId(r.link) == link) {
                m_rows.erase(it);
                matched = true;
                break;
            }
        }
        if (matched)
            ++m_skipped;
        else
            out.rows.push_back(c);
    }
    return out;
}

} // namespace ClickScope
