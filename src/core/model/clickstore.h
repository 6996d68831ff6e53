// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clickbatch.h"

#include <QByteArray>
#include <QHash>

#include <cstdint>
#include <string>
#include <vector>

#if defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
#include <xmmintrin.h>
#endif

// A hint to fetch the cache line at ADDR now; nothing where the compiler has no way to say it (it is only a hint).
#if defined(__GNUC__) || defined(__clang__)
#define CLICKSCOPE_PREFETCH(addr) __builtin_prefetch(addr)
#elif defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
#define CLICKSCOPE_PREFETCH(addr) _mm_prefetch(reinterpret_cast<const char *>(addr), _MM_HINT_T0)
#else
#define CLICKSCOPE_PREFETCH(addr) static_cast<void>(addr)
#endif

namespace ClickScope {

// uint64 -> uint32, open addressing with linear probing: for a few hundred thousand numeric contact ids it is
// several times faster than QHash (one cache line per lookup, no nodes) and smaller.
class IdIndex
{
public:
    static constexpr std::uint32_t none = 0xffffffffU;
    std::uint32_t find(std::uint64_t key) const;
    // Asks the CPU to fetch the key's slot now, so that a later find() does not wait for memory.
    void prefetch(std::uint64_t key) const
    {
        if (!m_slots.empty())
            CLICKSCOPE_PREFETCH(&m_slots[slot(key)]);
    }
    void insert(std::uint64_t key, std::uint32_t value); // key must not be present
    std::size_t capacity() const { return m_slots.size(); }
    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }

private:
    // Key and value side by side: a lookup touches one cache line, not two.
#pragma pack(push, 4)
    struct Slot {
        std::uint64_t key; // key + 1; 0: empty
        std::uint32_t value;
    };
#pragma pack(pop)
    static_assert(sizeof(Slot) == 12);
    std::size_t slot(std::uint64_t key) const
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> m_shift);
    }
    void grow();
    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
    int m_shift = 64;
};

// One click in memory: 16 bytes. Campaign and link ids are interned (a few of them per load); the contact id and
// the email live once per contact in the store.
struct ClickRecord {
    std::int64_t clickMs = 0; // UTC milliseconds, or noDate
    std::uint32_t contact = 0; // index into the store's contacts
    std::uint16_t campaign = 0; // index into the store's campaign ids
    std::uint16_t link = 0; // index into the store's link ids
};
static_assert(sizeof(ClickRecord) == 16);

// The clicks of one query, compact: at 1,000,000 clicks from 300,000 contacts it takes well under 96 bytes a click.
class ClickStore
{
public:
    void clear();
    // Appends every row of the batch; returns how many.
    std::size_t append(const ClickBatch &batch);

    std::size_t size() const { return m_records.size(); }
    const ClickRecord &at(std::size_t row) const { return m_records[row]; }
    // v3: the click came from the campaign's resend (a bit per row, kept only once a resend row arrives).
    bool isResend(std::size_t row) const
    {
        return row / 64 < m_resendBits.size() && (m_resendBits[row / 64] >> (row % 64)) & 1U;
    }
    std::size_t resendCount() const { return m_resendCount; }
    const std::vector<ClickRecord> &records() const { return m_records; }

    std::uint32_t contactCount() const { return std::uint32_t(m_contactIdOffsets.size()); }
    QByteArrayView contactId(std::uint32_t contact) const;
    QByteArrayView email(std::uint32_t contact) const;
    // All emails lower-cased (Unicode), each followed by '\n'; emailLowerOffsets()[k] is where contact k begins.
    const std::string &lowerEmails() const { return m_lowerEmails; }
    const std::vector<std::uint32_t> &lowerEmailOffsets() const { return m_lowerOffsets; }
    // All contact ids, each followed by '\n', same indexing as contactIdOffsets.
    const std::string &contactIds() const { return m_contactIds; }
    const std::vector<std::uint32_t> &contactIdOffsets() const { return m_contactIdOffsets; }

    QByteArrayView campaignId(std::uint16_t index) const { return m_campaignIds.at(index); }
    QByteArrayView linkId(std::uint16_t index) const { return m_linkIds.at(index); }
    int campaignIdCount() const { return int(m_campaignIds.size()); }
    int linkIdCount() const { return int(m_linkIds.size()); }

    // True while every row so far is no newer than the row before it (the API sends newest first).
    bool newestFirst() const { return m_newestFirst; }
    std::int64_t minMs() const { return m_minMs; } // over rows with a date; INT64_MAX when none
    std::int64_t maxMs() const { return m_maxMs; }

    // For tests: keep only these bits of the text ids' hash, so that different ids share keys (the collision path).
    void setTextKeyMaskForTests(std::uint64_t mask) { m_textKeyMask = mask; }

    // Bytes held, for the memory benchmark.
    std::size_t memoryBytes() const;

private:
    std::uint16_t intern(std::vector<QByteArray> &table, QHash<QByteArray, std::uint16_t> &index, QByteArrayView id,
        std::uint16_t &lastIndex);
    std::uint32_t internContact(QByteArrayView id, QByteArrayView email);
    std::uint64_t textKey(QByteArrayView id) const;

    std::vector<ClickRecord> m_records;
    std::vector<std::uint64_t> m_resendBits;
    std::size_t m_resendCount = 0;
    std::vector<QByteArray> m_campaignIds, m_linkIds;
    QHash<QByteArray, std::uint16_t> m_campaignIndex, m_linkIndex;
    std::uint16_t m_lastCampaign = 0xffff, m_lastLink = 0xffff;

    IdIndex m_numericContacts; // v2: numeric contact ids
    IdIndex m_textContacts; // v3: UUIDs and other text ids, by a hash of the text (verified on a hit)
    std::uint64_t m_textKeyMask = ~std::uint64_t(0);
    QHash<QByteArray, std::uint32_t> m_otherContacts;
    // std::string, not QByteArray: these grow by a few bytes per new contact, and QByteArray::append costs ~40 ns a
    // call where std::string::append is a memcpy.
    std::string m_contactIds; // "id\n" per contact
    std::vector<std::uint32_t> m_contactIdOffsets;
    std::string m_emails; // raw UTF-8, no separator
    std::vector<std::uint32_t> m_emailOffsets; // contactCount + 1 entries once a contact exists
    std::string m_lowerEmails;
    std::vector<std::uint32_t> m_lowerOffsets;

    bool m_newestFirst = true;
    std::int64_t m_lastMs = INT64_MAX;
    std::int64_t m_minMs = INT64_MAX;
    std::int64_t m_maxMs = INT64_MIN;
};

} // namespace ClickScope
