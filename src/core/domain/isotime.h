// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string_view>

namespace ClickScope {

// "No date": the API sent "" where a date belongs (ctct-v2-api.md §1.1). Sorts before every real date.
inline constexpr std::int64_t noDate = INT64_MIN;

// Parses an ISO-8601 date-time into UTC milliseconds. The usual API shape "YYYY-MM-DDThh:mm:ss.sssZ" takes a fixed
// fast path; anything else goes through a general parser (no or any number of fraction digits, "Z", "+hh:mm",
// "+hhmm", "+hh", or no zone meaning UTC, or a date alone). Returns nullopt for anything that is not a date, and for
// a date outside the UTC years 1-9999 that formatIsoUtcMs writes.
std::optional<std::int64_t> parseIsoUtcMs(std::string_view text);

// "YYYY-MM-DDThh:mm:ss.sssZ", the form the API uses and the CSV export writes.
QByteArray formatIsoUtcMs(std::int64_t ms);

} // namespace ClickScope
