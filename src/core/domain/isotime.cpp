// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/isotime.h"

#include <algorithm>

namespace ClickScope {

namespace {

    // Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil).
    constexpr std::int64_t daysSinceEpoch(int y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        const int era = (y >= 0 ? y : y - 399) / 400;
        const int yoe = y - era * 400;
        const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return std::int64_t(era) * 146097 + doe - 719468;
    }

    constexpr bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    // n digits at p, or -1.
    int digitsAt(std::string_view s, std::size_t p, int n)
    {
        if (p + std::size_t(n) > s.size())
            return -1;
        int v = 0;
        for (int i = 0; i < n; ++i) {
            const char c = s[p + std::size_t(i)];
            if (!isDigit(c))
                return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    bool plausibleDate(int y, int m, int d)
    {
        static constexpr int monthDays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > monthDays[m - 1])
            return false;
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        return !(m == 2 && d == 29 && !leap);
    }

    std::optional<std::int64_t> parseGeneral(std::string_view s)
    {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        const int y = digitsAt(s, 0, 4), mo = digitsAt(s, 5, 2), d = digitsAt(s, 8, 2);
        if (y < 0 || mo < 0 || d < 0 || s[4] != '-' || s[7] != '-' || !plausibleDate(y, mo, d))
            return std::nullopt;
        std::int64_t ms = daysSinceEpoch(y, mo, d) * 86400000;
        if (s.size() == 10)
            return ms;
        if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
            return std::nullopt;
        const int h = digitsAt(s, 11, 2), mi = digitsAt(s, 14, 2);
        if (h < 0 || mi < 0 || s.size() < 16 || s[13] != ':' || h > 23 || mi > 59)
            return std::nullopt;
        ms += (h * 60LL + mi) * 60000;
        std::size_t p = 16;
        if (p < s.size() && s[p] == ':') {
            const int sec = digitsAt(s, p + 1, 2);
            if (sec < 0 || sec > 60)
                return std::nullopt;
            ms += sec * 1000LL;
            p += 3;
            if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
                ++p;
                const std::size_t start = p;
                int scale = 100;
                while (p < s.size() && isDigit(s[p])) {
                    ms += (s[p] - '0') * scale;
                    scale /= 10;
                    ++p;
                }
                if (p == start)
                    return std::nullopt;
            }
        }
        if (p == s.size())
            return ms;
        if ((s[p] == 'Z' || s[p] == 'z') && p + 1 == s.size())
            return ms;
        if (s[p] != '+' && s[p] != '-')
            return std::nullopt;
        const int sign = s[p] == '+' ? 1 : -1;
        const int oh = digitsAt(s, p + 1, 2);
        if (oh < 0 || oh > 23)
            return std::nullopt;
        p += 3;
        int om = 0;
        if (p < s.size()) {
            if (s[p] == ':')
                ++p;
            om = digitsAt(s, p, 2);
            if (om < 0 || om > 59 || p + 2 != s.size())
                return std::nullopt;
        }
        return ms - sign * (oh * 3600000LL + om * 60000LL);
    }

} // namespace

namespace {

    // The instants formatIsoUtcMs writes as they are: UTC years 1 to 9999. A date that its offset or a leap second
    // moves out of them ("9999-12-31T23:59:59-01:00") is refused, not written back (CSV, cache) as another date.
    constexpr std::int64_t firstWritableMs = -62135596800000; // 0001-01-01T00:00:00.000Z
    constexpr std::int64_t lastWritableMs = 253402300799999; // 9999-12-31T23:59:59.999Z

    std::optional<std::int64_t> writable(std::optional<std::int64_t> ms)
    {
        return ms && *ms >= firstWritableMs && *ms <= lastWritableMs ? ms : std::nullopt;
    }

} // namespace

std::optional<std::int64_t> parseIsoUtcMs(std::string_view s)
{
    // Fast path: exactly "YYYY-MM-DDThh:mm:ss.sssZ".
    if (s.size() == 24 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == '.'
        && s[23] == 'Z') {
        const int y = digitsAt(s, 0, 4), mo = digitsAt(s, 5, 2), d = digitsAt(s, 8, 2), h = digitsAt(s, 11, 2),
                  mi = digitsAt(s, 14, 2), sec = digitsAt(s, 17, 2), frac = digitsAt(s, 20, 3);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && sec >= 0 && frac >= 0 && h <= 23 && mi <= 59
            && sec <= 60 && plausibleDate(y, mo, d))
            return writable(daysSinceEpoch(y, mo, d) * 86400000 + ((h * 60LL + mi) * 60 + sec) * 1000 + frac);
        return std::nullopt;
    }
    return writable(parseGeneral(s));
}

QByteArray formatIsoUtcMs(std::int64_t ms)
{
    std::int64_t days = ms / 86400000;
    std::int64_t rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    // civil_from_days
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const auto y = std::int64_t(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    const auto r = unsigned(rest);
    const auto yy = unsigned(std::clamp<std::int64_t>(y, 0, 9999));
    char buf[24] = { char('0' + yy / 1000), char('0' + yy / 100 % 10), char('0' + yy / 10 % 10), char('0' + yy % 10),
        '-', char('0' + m / 10), char('0' + m % 10), '-', char('0' + d / 10), char('0' + d % 10), 'T',
        char('0' + r / 36000000), char('0' + r / 3600000 % 10), ':', char('0' + r / 600000 % 6),
        char('0' + r / 60000 % 10), ':', char('0' + r / 10000 % 6), char('0' + r / 1000 % 10), '.',
        char('0' + r / 100 % 10), char('0' + r / 10 % 10), char('0' + r % 10), 'Z' };
    return QByteArray(buf, 24);
}

} // namespace ClickScope
