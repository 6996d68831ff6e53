// SPDX-License-Identifier: GPL-3.0-or-later
#include "v2/v2authenticator.h"

#include <QNetworkRequest>
#include <QUrlQuery>

namespace ClickScope {

QString V2KeyAuthenticator::missingText() const
{
    return tr("No API key and access token are set.");
}

void V2KeyAuthenticator::sign(QUrl &url, QNetworkRequest &request) const
{
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("api_key"), QString::fromLatin1(QUrl::toPercentEncoding(m_credentials.apiKey)));
    url.setQuery(query);
    request.setRawHeader("Authorization", "Bearer " + m_credentials.accessToken.toUtf8());
}

} // namespace ClickScope
