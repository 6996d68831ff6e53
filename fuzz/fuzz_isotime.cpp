// SPDX-License-Identifier: GPL-3.0-or-later
// parseIsoUtcMs and formatIsoUtcMs (src/core/domain/isotime.h). The input is the text to parse.
// Properties:
//  - whatever parses can be written and read back to the same instant (CSV export and the cache write dates with
//    formatIsoUtcMs; a date it cannot write must not be accepted);
//  - the canonical form "YYYY-MM-DDThh:mm:ss.sssZ" (seconds below 60) is written back exactly as read;
//  - the fast path and the general parser agree: the same text with 't', 'z' or "+00:00" goes the general way;
//  - formatIsoUtcMs of any instant in the years 1-9999 (the first 8 bytes, as milliseconds) is canonical and reads
//    back to it.
#include "domain/isotime.h"
#include "fuzzing.h"

#include <optional>
#include <string>
#include <string_view>

using namespace ClickScope;
using namespace ClickScope::Fuzz;

namespace {

constexpr std::int64_t firstMs = -62135596800000; // 0001-01-01T00:00:00.000Z
constexpr std::int64_t lastMs = 253402300799999; // 9999-12-31T23:59:59.999Z

bool isCanonical(std::string_view s)
{
    static constexpr char shape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (s.size() != 24)
        return false;
    for (std::size_t i = 0; i < 24; ++i)
        if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != shape[i])
            return false;
    return true;
}

void checkWritable(std::int64_t ms)
{
    const QByteArray written = formatIsoUtcMs(ms);
    const std::string_view text(written.constData(), std::size_t(written.size()));
    FUZZ_CHECK(isCanonical(text));
    const std::optional<std::int64_t> back = parseIsoUtcMs(text);
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(*back == ms);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FUZZ_CHECK(parseIsoUtcMs("0001-01-01T00:00:00.000Z") == firstMs);
    FUZZ_CHECK(parseIsoUtcMs("9999-12-31T23:59:59.999Z") == lastMs);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const std::optional<std::int64_t> ms = parseIsoUtcMs(text);
    if (ms) {
        FUZZ_CHECK(*ms != noDate);
        checkWritable(*ms);
    }

    if (isCanonical(text)) {
        if (ms && text.substr(17, 2) < "60") {
            const QByteArray written = formatIsoUtcMs(*ms);
            FUZZ_CHECK(std::string_view(written.constData(), std::size_t(written.size())) == text);
        }
        std::string general(text);
        general[10] = 't';
        FUZZ_CHECK(parseIsoUtcMs(general) == ms);
        general = std::string(text);
        general[23] = 'z';
        FUZZ_CHECK(parseIsoUtcMs(general) == ms);
        general = std::string(text.substr(0, 23)) + "+00:00";
        FUZZ_CHECK(parseIsoUtcMs(general) == ms);
        general = std::string(text.substr(0, 23)) + "0Z"; // a fourth fraction digit (zero) changes nothing
        FUZZ_CHECK(parseIsoUtcMs(general) == ms);
    }

    if (size >= 8) {
        Input in(data, size);
        const auto raw = std::int64_t(in.number(8));
        constexpr std::int64_t span = lastMs - firstMs + 1;
        const std::int64_t inRange = firstMs + ((raw % span) + span) % span;
        checkWritable(inRange);
    }
    return 0;
}
