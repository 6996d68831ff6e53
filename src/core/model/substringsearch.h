// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <array>
#include <cstddef>
#include <string_view>

namespace ClickScope {

// Finds a byte string in large buffers (the filter's one buffer of all emails), portably: only memchr and memcmp
// from the C library, which every C library vectorises. The needle's rarest byte, judged from a sample of the
// buffer to be searched, is looked for with memchr and each candidate checked with memcmp; when even the rarest
// byte is common, Boyer-Moore-Horspool skips by the needle's length instead.
class SubstringSearch
{
public:
    // An empty needle matches at every position. `sample` is a piece of the text that will be searched.
    SubstringSearch(const QByteArray &needle, std::string_view sample);

    // The first occurrence in [from, end), or end.
    const char *find(const char *from, const char *end) const;

    // Which way find() goes; for tests.
    bool usesRareByte() const { return m_rareByte; }

private:
    const char *findRare(const char *from, const char *end) const;
    const char *findHorspool(const char *from, const char *end) const;

    QByteArray m_needle;
    bool m_rareByte = true;
    std::size_t m_rareIndex = 0;
    std::array<std::size_t, 256> m_skip {};
};

} // namespace ClickScope
