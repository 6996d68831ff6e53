// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <climits>

namespace ClickScope::I18n {

// The count that picks a plural form in tr(text, nullptr, n), which takes an int: a larger count uses the plural.
inline int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, INT_MIN, INT_MAX));
}

} // namespace ClickScope::I18n
