// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ClickScope::Console {

// The whole program's help (--help).
QString programHelp();
// The help of one command; empty for an unknown command.
QString commandHelp(const QString &command);

} // namespace ClickScope::Console
