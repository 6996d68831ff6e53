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
// The v3 client id: the given one (an option or Preferences), else CLICKSCOPE_CLIENT_ID, else the build's
// CLICKSCOPE_V3_CLIENT_ID; empty when none is set.
QString v3ClientId(const QString &given = QString());
QString licenseName(); // "GPL-3.0-or-later"

} // namespace ClickScope
