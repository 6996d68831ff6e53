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

QString v3ClientId(const QString &given)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    const QString env = qEnvironmentVariable("CLICKSCOPE_CLIENT_ID").trimmed();
    if (!env.isEmpty())
        return env;
    return QStringLiteral(CLICKSCOPE_V3_CLIENT_ID);
}

QString licenseName()
{
    return QStringLiteral("GPL-3.0-or-later");
}

} // namespace ClickScope
