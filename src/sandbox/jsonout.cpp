// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonout.h"

namespace ClickScope::Sandbox {

namespace {

    // Days since 1970-01-01 to a civil date (proleptic Gregorian), after Howard Hinnant's public-domain algorithm.
    void civilFromDays(std::int64_t z, int &y, unsigned &m, unsigned &d)
    {
        z += 719468;
        const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
        const auto doe = static_cast<unsigned>(z - era * 146097);
        const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const unsigned mp = (5 * doy + 2) / 153;
        d = doy - (153 * mp + 2) / 5 + 1;
        m = mp < 10 ? mp + 3 : mp - 9;
        y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    }

    inline void put2(char *p, unsigned v)
    {
        p[0] = static_cast<char>('0' + v / 10);
        p[1] = static_cast<char>('0' + v % 10);
    }

} // namespace

void formatIsoUtc(std::int64_t ms, char out[24])
{
    std::int64_t days = ms / 86400000;
    std::int64_t rem = ms % 86400000;
    if (rem < 0) {
        rem += 86400000;
        --days;
    }
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    const auto msOfDay = static_cast<unsigned>(rem);
    const unsigned hh = msOfDay / 3600000;
    const unsigned mm = (msOfDay / 60000) % 60;
    const unsigned ss = (msOfDay / 1000) % 60;
    const unsigned mss = msOfDay % 1000;
    const auto yy = static_cast<unsigned>(y < 0 ? 0 : (y > 9999 ? 9999 : y));
    put2(out, yy / 100);
    put2(out + 2, yy % 100);
    out[4] = '-';
    put2(out + 5, m);
    out[7] = '-';
    put2(out + 8, d);
    out[10] = 'T';
    put2(out + 11, hh);
    out[13] = ':';
    put2(out + 14, mm);
    out[16] = ':';
    put2(out + 17, ss);
    out[19] = '.';
    out[20] = static_cast<char>('0' + mss / 100);
    put2(out + 21, mss % 100);
    out[23] = 'Z';
}

JsonOut &JsonOut::str(QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    // Worst case: every byte becomes \u00XX.
    ensure(text.size() * 6 + 2);
    m_data[m_len++] = '"';
    const char *p = text.data();
    const char *end = p + text.size();
    const char *runStart = p;
    for (; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        std::memcpy(m_data + m_len, runStart, std::size_t(p - runStart));
        m_len += p - runStart;
        runStart = p + 1;
        switch (c) {
        case '"':
            m_data[m_len++] = '\\';
            m_data[m_len++] = '"';
            break;
        case '\\':
            m_data[m_len++] = '\\';
            m_data[m_len++] = '\\';
            break;
        case '\n':
            m_data[m_len++] = '\\';
            m_data[m_len++] = 'n';
            break;
        case '\r':
            m_data[m_len++] = '\\';
            m_data[m_len++] = 'r';
            break;
        case '\t':
            m_data[m_len++] = '\\';
            m_data[m_len++] = 't';
            break;
        default: {
            const char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            std::memcpy(m_data + m_len, esc, 6);
            m_len += 6;
        }
        }
    }
    if (end != runStart) // an empty (null) view has no data: memcpy from null is undefined even for 0 bytes
        std::memcpy(m_data + m_len, runStart, std::size_t(end - runStart));
    m_len += end - runStart;
    m_data[m_len++] = '"';
    return *this;
}

JsonOut &JsonOut::num(std::int64_t value)
{
    char tmp[24];
    int n = 0;
    const bool negative = value < 0;
    auto u = negative ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
    do {
        tmp[n++] = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (negative)
        tmp[n++] = '-';
    ensure(n);
    for (int i = 0; i < n; ++i)
        m_data[m_len++] = tmp[n - 1 - i];
    return *this;
}

JsonOut &JsonOut::date(std::int64_t msSinceEpoch, bool empty)
{
    if (empty)
        return raw("\"\"");
    ensure(26);
    m_data[m_len] = '"';
    formatIsoUtc(msSinceEpoch, m_data + m_len + 1);
    m_data[m_len + 25] = '"';
    m_len += 26;
    return *this;
}

} // namespace ClickScope::Sandbox
