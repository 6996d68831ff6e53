// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace ClickScope::Sandbox {

// Parses the ISO-8601 shapes that clients of the v2 API are known to send (ctct-v2-api.md §1.1):
// "2024-05-01", "2024-05-01T13:07", "2024-05-01T13:07:30", fractions of any length (".0", ".05", ".123",
// ".123456"), and "Z", "+02:00", "-0500", "+02" or no zone (read as UTC). Returns UTC milliseconds.
std::optional<std::int64_t> parseIsoDateTime(QByteArrayView text);

// Days from 1970-01-01 for a proleptic Gregorian date.
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);

} // namespace ClickScope::Sandbox
