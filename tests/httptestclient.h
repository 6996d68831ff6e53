// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace ClickScope::Tests {

// What a test needs to know about one HTTP exchange.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A small test-side client: real HTTP through QNetworkAccessManager, waited for with a deadline.
class HttpTestClient
{
public:
    QByteArray apiKey = "clickscope-demo-key";
    QByteArray token = "clickscope-demo-token";
    QByteArray accept = "application/json";
    bool sendKey = true;
    bool sendToken = true;

    // Back to the defaults above (the network manager stays).
    void reset()
    {
        apiKey = "clickscope-demo-key";
        token = "clickscope-demo-token";
        accept = "application/json";
        sendKey = sendToken = true;
    }

    HttpResult get(const QUrl &base, const QString &pathAndQuery, int timeoutMs = 20000)
    {
        QUrl url = base.resolved(QUrl(pathAndQuery));
        if (sendKey) {
            QUrlQuery q(url);
            q.addQueryItem(QStringLiteral("api_key"), QString::fromUtf8(apiKey));
            url.setQuery(q);
        }
        QNetworkRequest request(url);
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        if (sendToken)
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setTransferTimeout(timeoutMs);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs + 1000))
            qWarning("request to %s did not finish in time", qPrintable(url.toDisplayString()));
        HttpResult result;
        result.elapsedMs = timer.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString().toUtf8();
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_nam;
};

} // namespace ClickScope::Tests
