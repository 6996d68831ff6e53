// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickstore.h"

#include "domain/isotime.h"

#include <QString>

#include <algorithm>
#include <bit>
#include <cstring>

namespace ClickScope {

std::uint32_t IdIndex::find(std::uint64_t key) const
{
    if (m_slots.empty())
        return none;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slot(key);; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.key == key + 1)
            return s.value;
        if (s.key == 0)
            return none;
    }
}

void IdIndex::insert(std::uint64_t key, std::uint32_t value)
{
    if ((m_size + 1) * 10 > m_slots.size() * 6) // keep the load under 60%
        grow();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slot(key);
    while (m_slots[i].key != 0)
        i = (i + 1) & mask;
    m_slots[i] = { key + 1, value };
    ++m_size;
}

void IdIndex::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    const std::size_t capacity = old.empty() ? 1024 : old.size() * 2;
    m_slots.assign(capacity, Slot { 0, 0 });
    m_shift = 64 - int(std::countr_zero(capacity));
    m_size = 0;
    for (const Slot &s : old)
        if (s.key != 0)
            insert(s.key - 1, s.value);
}

void ClickStore::clear()
{
    *this = ClickStore();
}

std::uint16_t ClickStore::intern(std::vector<QByteArray> &table, QHash<QByteArray, std::uint16_t> &index,
    QByteArrayView id, std::uint16_t &lastIndex)
{
    // Rows of a page share their campaign, and often their link: check the last one first.
    if (lastIndex != 0xffff && QByteArrayView(table[lastIndex]) == id)
        return lastIndex;
    const QByteArray key = id.toByteArray();
    auto it = index.constFind(key);
    if (it == index.constEnd()) {
        if (table.size() >= 0xfffd) {
            // More than 65,533 distinct ids in one load (never seen in v2): the rest share one "(other)" entry.
            if (table.size() == 0xfffd)
                table.push_back(QByteArrayLiteral("(other)"));
            return lastIndex = 0xfffd;
        }
        it = index.insert(key, std::uint16_t(table.size()));
        table.push_back(key);
    }
    return lastIndex = *it;
}

namespace {

    // A canonical decimal id ("7", not "007") of up to 18 digits, or nothing.
    bool numericId(QByteArrayView id, std::uint64_t &out)
    {
        if (id.isEmpty() || id.size() > 18 || (id.size() > 1 && id[0] == '0'))
            return false;
        std::uint64_t v = 0;
        for (char c : id) {
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + std::uint64_t(c - '0');
        }
        out = v;
        return true;
    }

} // namespace

std::uint64_t ClickStore::textKey(QByteArrayView id) const
{
    // Eight bytes at a time, multiply and fold: a UUID is five rounds. 63 bits (IdIndex keeps key + 1).
    std::uint64_t h = 0x243F6A8885A308D3ULL ^ std::uint64_t(id.size());
    qsizetype i = 0;
    for (; i + 8 <= id.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, id.data() + i, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
    }
    std::uint64_t tail = 0;
    if (i < id.size()) // an empty view may have no data at all (memcpy from null is undefined)
        std::memcpy(&tail, id.data() + i, std::size_t(id.size() - i));
    h = (h ^ tail) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
    return (h >> 1) & m_textKeyMask;
}

std::uint32_t ClickStore::internContact(QByteArrayView id, QByteArrayView email)
{
    std::uint64_t numeric = 0;
    const bool isNumeric = numericId(id, numeric);
    // Text ids (v3 UUIDs): an open-addressing index keyed by a 64-bit hash of the text, the text checked on a hit;
    // the rare id whose hash another id already holds goes to a QHash of its own. (A QHash of every id cost ~160
    // bytes and an allocation per contact, and a QByteArray per row to look it up.)
    std::uint64_t key = 0;
    bool collided = false;
    if (isNumeric) {
        const std::uint32_t found = m_numericContacts.find(numeric);
        if (found != IdIndex::none)
            return found;
    } else {
        key = textKey(id);
        const std::uint32_t found = m_textContacts.find(key);
        if (found != IdIndex::none) {
            if (contactId(found) == id)
                return found;
            collided = true;
            const auto it = m_otherContacts.constFind(id.toByteArray());
            if (it != m_otherContacts.constEnd())
                return *it;
        }
    }
    const auto index = std::uint32_t(m_contactIdOffsets.size());
    if (isNumeric)
        m_numericContacts.insert(numeric, index);
    else if (!collided)
        m_textContacts.insert(key, index);
    else
        m_otherContacts.insert(id.toByteArray(), index);

    m_contactIdOffsets.push_back(std::uint32_t(m_contactIds.size()));
    m_contactIds.append(id.data(), std::size_t(id.size()));
    m_contactIds.push_back('\n');

    if (m_emailOffsets.empty())
        m_emailOffsets.push_back(0);
    m_emails.append(email.data(), std::size_t(email.size()));
    m_emailOffsets.push_back(std::uint32_t(m_emails.size()));

    // Lower-case for the filter: ASCII in place, anything else through QString (rare, and once per contact).
    m_lowerOffsets.push_back(std::uint32_t(m_lowerEmails.size()));
    bool ascii = true;
    for (char c : email)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
        for (char c : email)
            m_lowerEmails.push_back(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
    } else {
        const QByteArray lower = QString::fromUtf8(email).toLower().toUtf8();
        m_lowerEmails.append(lower.constData(), std::size_t(lower.size()));
    }
    m_lowerEmails.push_back('\n');
    return index;
}

std::size_t ClickStore::append(const ClickBatch &batch)
{
    if (m_records.capacity() < m_records.size() + batch.rows.size()) // geometric, never exact: pages keep coming
        m_records.reserve(std::max(m_records.capacity() * 2, m_records.size() + batch.rows.size()));
    // Contact lookups miss the cache at 300,000 contacts; fetch every slot of the page first, so the misses overlap.
    for (const ParsedClick &row : batch.rows) {
        std::uint64_t key = 0;
        if (numericId(batch.view(row.contactId), key))
            m_numericContacts.prefetch(key);
        else
            m_textContacts.prefetch(textKey(batch.view(row.contactId)));
    }
    for (const ParsedClick &row : batch.rows) {
        ClickRecord r;
        r.clickMs = row.clickMs;
        r.campaign = intern(m_campaignIds, m_campaignIndex, batch.view(row.campaignId), m_lastCampaign);
        r.link = intern(m_linkIds, m_linkIndex, batch.view(row.linkId), m_lastLink);
        r.contact = internContact(batch.view(row.contactId), batch.view(row.email));
        if (r.clickMs != noDate) {
            if (r.clickMs > m_lastMs)
                m_newestFirst = false;
            m_lastMs = r.clickMs;
            m_minMs = std::min(m_minMs, r.clickMs);
            m_maxMs = std::max(m_maxMs, r.clickMs);
        }
        if (row.resend) {
            const std::size_t at = m_records.size();
            if (m_resendBits.size() <= at / 64)
                m_resendBits.resize(at / 64 + 1 + m_records.capacity() / 64, 0);
            m_resendBits[at / 64] |= std::uint64_t(1) << (at % 64);
            ++m_resendCount;
        }
        m_records.push_back(r);
    }
    return batch.rows.size();
}

QByteArrayView ClickStore::contactId(std::uint32_t contact) const
{
    const std::uint32_t begin = m_contactIdOffsets[contact];
    const std::uint32_t end = contact + 1 < m_contactIdOffsets.size() ? m_contactIdOffsets[contact + 1]
                                                                      : std::uint32_t(m_contactIds.size());
    return QByteArrayView(m_contactIds.data() + begin, qsizetype(end - begin - 1));
}

QByteArrayView ClickStore::email(std::uint32_t contact) const
{
    const std::uint32_t begin = m_emailOffsets[contact];
    return QByteArrayView(m_emails.data() + begin, qsizetype(m_emailOffsets[contact + 1] - begin));
}

std::size_t ClickStore::memoryBytes() const
{
    // Containers at their capacity, hash tables at an estimate of their node cost.
    std::size_t bytes = m_records.capacity() * sizeof(ClickRecord) + m_resendBits.capacity() * sizeof(std::uint64_t);
    bytes += m_contactIds.capacity() + m_emails.capacity() + m_lowerEmails.capacity();
    bytes += (m_contactIdOffsets.capacity() + m_emailOffsets.capacity() + m_lowerOffsets.capacity())
        * sizeof(std::uint32_t);
    // QHash (Qt 6): spans of 128 slots, one byte of offset each, plus a node per entry; about 1/0.5 load.
    bytes += m_numericContacts.memoryBytes() + m_textContacts.memoryBytes();
    bytes += std::size_t(m_otherContacts.capacity()) * (sizeof(QByteArray) + sizeof(std::uint32_t) + 1) * 2;
    for (const auto &id : m_campaignIds)
        bytes += std::size_t(id.capacity()) + 64;
    for (const auto &id : m_linkIds)
        bytes += std::size_t(id.capacity()) + 64;
    return bytes;
}

} // namespace ClickScope
