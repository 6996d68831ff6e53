// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace ClickScope::Tests {

// One GET as a browser makes it, redirects not followed.
inline QByteArray browse(QNetworkAccessManager *browser, const QUrl &url, int *status, QByteArray *location)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = browser->get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (location)
        *location = reply->rawHeader("Location");
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace ClickScope::Tests
