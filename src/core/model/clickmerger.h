// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clickbatch.h"
#include "model/clickstore.h"

#include <cstdint>
#include <unordered_map>

namespace ClickScope {

// A refresh adds what the loaded rows lack and nothing twice: built over the stored rows from sinceMs on (noDate:
// all), it drops each arriving row that equals a stored one (time, contact, link, resend) and has not been matched
// yet; two identical stored rows let two identical arriving rows through as duplicates, a third is new.
class ClickMerger
{
public:
    ClickMerger(const ClickStore &store, std::int64_t sinceMs);

    // The rows of batch not already stored (the text buffer is shared; only rows are filtered).
    ClickBatch filter(const ClickBatch &batch);
    qint64 skipped() const { return m_skipped; }

private:
    static std::size_t key(std::int64_t ms, QByteArrayView contactId, QByteArrayView linkId, bool resend);

    const ClickStore &m_store;
    std::unordered_multimap<std::size_t, std::uint32_t> m_rows; // key -> stored row not matched yet
    qint64 m_skipped = 0;
};

} // namespace ClickScope
