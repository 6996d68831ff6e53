// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ClickScope {

// Names and version shared by the GUI, the CLI and the HTTP client.
QString applicationName(); // "ClickScope"
QString organizationName(); // used for QSettings
QString versionString(); // "0.1.0"
QByteArray userAgent(); // "ClickScope/0.1.0 (+https://...)"
QString licenseName(); // "GPL-3.0-or-later"

} // namespace ClickScope
