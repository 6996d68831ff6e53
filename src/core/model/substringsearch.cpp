// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/substringsearch.h"

#include <cstring>

namespace ClickScope {

namespace {

    // memchr pays off while its candidates lie further apart than a few needle lengths; closer than that, each of
    // its calls costs more than Horspool's skips of up to the needle's length (bench_load_clicks, "example.org",
    // whose rarest byte 'x' is in every email: the whole filter took 15.7 ms with memchr, 14.0 ms with Horspool).
    constexpr std::size_t minimumGapInNeedles = 4;
    constexpr std::size_t sampleBytes = 64 * 1024;

} // namespace

SubstringSearch::SubstringSearch(const QByteArray &needle, std::string_view sample)
    : m_needle(needle)
{
    const auto n = std::size_t(m_needle.size());
    if (n < 2)
        return; // memchr for one byte; nothing to search for none

    if (sample.size() > sampleBytes)
        sample = sample.substr(0, sampleBytes);
    std::array<std::size_t, 256> counts {};
    for (const char c : sample)
        ++counts[static_cast<unsigned char>(c)];
    std::size_t rarest = 0;
    for (std::size_t i = 1; i < n; ++i)
        if (counts[static_cast<unsigned char>(m_needle[qsizetype(i)])]
            < counts[static_cast<unsigned char>(m_needle[qsizetype(rarest)])])
            rarest = i;
    m_rareIndex = rarest;
    const std::size_t rareCount = counts[static_cast<unsigned char>(m_needle[qsizetype(rarest)])];
    m_rareByte = rareCount * minimumGapInNeedles * n <= sample.size();
    if (m_rareByte)
        return;

    m_skip.fill(n);
    for (std::size_t i = 0; i + 1 < n; ++i)
        m_skip[static_cast<unsigned char>(m_needle[qsizetype(i)])] = n - 1 - i;
}

const char *SubstringSearch::find(const char *from, const char *end) const
{
    const auto n = std::size_t(m_needle.size());
    if (n == 0)
        return from;
    if (from >= end || std::size_t(end - from) < n)
        return end;
    return m_rareByte ? findRare(from, end) : findHorspool(from, end);
}

const char *SubstringSearch::findRare(const char *from, const char *end) const
{
    const auto n = std::size_t(m_needle.size());
    const char *needle = m_needle.constData();
    const char rare = needle[m_rareIndex];
    // Candidates for the rare byte lie in [from + index, end - (n - index) + 1).
    const char *p = from + m_rareIndex;
    const char *last = end - (n - m_rareIndex) + 1;
    while (p < last) {
        const void *hit = std::memchr(p, rare, std::size_t(last - p));
        if (!hit)
            return end;
        const char *start = static_cast<const char *>(hit) - m_rareIndex;
        if (std::memcmp(start, needle, n) == 0)
            return start;
        p = static_cast<const char *>(hit) + 1;
    }
    return end;
}

const char *SubstringSearch::findHorspool(const char *from, const char *end) const
{
    const auto n = std::size_t(m_needle.size());
    const char *needle = m_needle.constData();
    const char lastByte = needle[n - 1];
    const char *p = from;
    const char *stop = end - n; // the last start position
    while (p <= stop) {
        const char c = p[n - 1];
        if (c == lastByte && std::memcmp(p, needle, n - 1) == 0)
            return p;
        p += m_skip[static_cast<unsigned char>(c)];
    }
    return end;
}

} // namespace ClickScope
