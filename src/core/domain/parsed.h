// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ClickScope {

// What a response parser gives: the value, or an error that names what was wrong (never a partial value).
template<typename T>
struct Parsed {
    std::optional<T> value;
    QString error; // set when value is empty

    explicit operator bool() const { return value.has_value(); }
};

} // namespace ClickScope
