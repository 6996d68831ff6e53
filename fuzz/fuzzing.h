// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares: libFuzzer's two entry points, a property check that aborts (so that libFuzzer, and
// tst_fuzz_regressions in a build without it, report the input), and a reader that takes a fuzz input apart.

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace ClickScope::Fuzz {

// The file being replayed (set by replay_main.cpp), named when a property fails.
inline const char *currentInput = nullptr;

[[noreturn]] inline void violated(const char *file, int line, const char *what)
{
    std::fprintf(stderr, "%s:%d: property violated: %s\n", file, line, what);
    if (currentInput)
        std::fprintf(stderr, "input: %s\n", currentInput);
    std::fflush(stderr);
    std::abort();
}

// A fuzz input read front to back. Past its end every read gives zeros or nothing, so a target never has to check
// the size first.
class Input
{
public:
    Input(const std::uint8_t *data, std::size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(size)
    { }

    bool atEnd() const { return m_pos >= m_size; }
    std::size_t remaining() const { return m_size - m_pos; }

    std::uint8_t byte() { return atEnd() ? 0 : std::uint8_t(m_data[m_pos++]); }

    // n bytes (at most 8), little-endian.
    std::uint64_t number(int n)
    {
        std::uint64_t v = 0;
        for (int i = 0; i < n; ++i)
            v |= std::uint64_t(byte()) << (8 * i);
        return v;
    }

    // Up to the next separator (taken, not returned), or the rest.
    QByteArrayView until(char separator)
    {
        const std::size_t start = m_pos;
        const void *found = m_pos < m_size ? std::memchr(m_data + m_pos, separator, m_size - m_pos) : nullptr;
        const std::size_t end = found ? std::size_t(static_cast<const char *>(found) - m_data) : m_size;
        m_pos = found ? end + 1 : m_size;
        return QByteArrayView(m_data + start, qsizetype(end - start));
    }

    QByteArrayView rest()
    {
        const std::size_t start = m_pos < m_size ? m_pos : m_size;
        m_pos = m_size;
        return QByteArrayView(m_data + start, qsizetype(m_size - start));
    }

private:
    const char *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

// A parser's answer is a value or an error that says what was wrong, never both and never neither.
template<typename ParsedT>
bool valueOrError(const ParsedT &parsed)
{
    return parsed.value.has_value() == parsed.error.isEmpty();
}

} // namespace ClickScope::Fuzz

// Aborts with the condition's text when a property does not hold.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::ClickScope::Fuzz::violated(__FILE__, __LINE__, #condition);                                              \
    } while (false)
