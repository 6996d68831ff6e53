// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include "clickscope/version.h"

namespace ClickScope {

QString applicationName()
{
    return QStringLiteral("ClickScope");
}

QString organizationName()
{
    return QStringLiteral("ClickScope");
}

QString versionString()
{
    return QStringLiteral(CLICKSCOPE_VERSION_STRING);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("ClickScope/" CLICKSCOPE_VERSION_STRING " (Qt " QT_VERSION_STR ")");
}

QString licenseName()
{
    return QStringLiteral("GPL-3.0-or-later");
}

} // namespace ClickScope
