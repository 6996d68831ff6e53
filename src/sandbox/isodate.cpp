// SPDX-License-Identifier: GPL-3.0-or-later
#include "isodate.h"

namespace ClickScope::Sandbox {

std::int64_t daysFromCivil(int year, unsigned month, unsigned day)
{
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

namespace {

    class Scanner
    {
    public:
        explicit Scanner(QByteArrayView t)
            : m_t(t)
        { }
        bool atEnd() const { return m_pos >= m_t.size(); }
        char peek() const { return atEnd() ? '\0' : m_t[m_pos]; }
        bool accept(char c)
        {
            if (peek() != c)
                return false;
            ++m_pos;
            return true;
        }
        // Exactly n digits.
        bool digits(int n, int &out)
        {
            out = 0;
            for (int i = 0; i < n; ++i) {
                const char c = peek();
                if (c < '0' || c > '9')
                    return false;
                out = out * 10 + (c - '0');
                ++m_pos;
            }
            return true;
        }

        QByteArrayView m_t;
        qsizetype m_pos = 0;
    };

    bool validDay(int y, int m, int d)
    {
        static const int lengths[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        if (m < 1 || m > 12 || d < 1)
            return false;
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        const int len = lengths[m - 1] + ((m == 2 && leap) ? 1 : 0);
        return d <= len;
    }

} // namespace

std::optional<std::int64_t> parseIsoDateTime(QByteArrayView text)
{
    Scanner s(text.trimmed());
    int y, mo, d;
    if (!s.digits(4, y) || !s.accept('-') || !s.digits(2, mo) || !s.accept('-') || !s.digits(2, d))
        return std::nullopt;
    if (!validDay(y, mo, d))
        return std::nullopt;
    std::int64_t ms = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400000;
    if (s.atEnd())
        return ms;
    if (!(s.accept('T') || s.accept('t') || s.accept(' ')))
        return std::nullopt;
    int hh, mi, ss = 0;
    if (!s.digits(2, hh) || !s.accept(':') || !s.digits(2, mi) || hh > 23 || mi > 59)
        return std::nullopt;
    int fracMs = 0;
    if (s.accept(':')) {
        if (!s.digits(2, ss) || ss > 60)
            return std::nullopt;
        if (s.accept('.') || s.accept(',')) {
            int count = 0;
            int scale = 100;
            while (s.peek() >= '0' && s.peek() <= '9') {
                fracMs += (s.peek() - '0') * scale;
                scale /= 10;
                ++count;
                ++s.m_pos;
            }
            if (count == 0)
                return std::nullopt;
        }
    }
    ms += (hh * 3600 + mi * 60 + ss) * 1000LL + fracMs;
    if (s.atEnd() || s.accept('Z') || s.accept('z'))
        return s.atEnd() ? std::optional<std::int64_t>(ms) : std::nullopt;
    int sign = 0;
    if (s.accept('+'))
        sign = 1;
    else if (s.accept('-'))
        sign = -1;
    else
        return std::nullopt;
    int oh, om = 0;
    if (!s.digits(2, oh) || oh > 23)
        return std::nullopt;
    if (!s.atEnd()) {
        s.accept(':');
        if (!s.digits(2, om) || om > 59)
            return std::nullopt;
    }
    if (!s.atEnd())
        return std::nullopt;
    return ms - sign * (oh * 3600000LL + om * 60000LL);
}

} // namespace ClickScope::Sandbox
