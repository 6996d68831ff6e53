// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace ClickScope {

ApiError ApiError::make(Kind kind, QString message, int httpStatus, QString errorKey)
{
    ApiError e;
    e.kind = kind;
    e.errorMessage = std::move(message);
    e.httpStatus = httpStatus;
    e.errorKey = std::move(errorKey);
    e.retryable = kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server || kind == Kind::OverQps;
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    // Error bodies are [{"error_key": ..., "error_message": ...}] (ctct-v2-api.md §5.1); some clients have seen
    // a single object. Anything else leaves the key empty and the message generic.
    QString key, message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject first;
    if (doc.isArray() && !doc.array().isEmpty())
        first = doc.array().first().toObject();
    else if (doc.isObject())
        first = doc.object();
    key = first.value(QLatin1String("error_key")).toString();
    message = first.value(QLatin1String("error_message")).toString();

    Kind kind = Kind::OtherHttp;
    if ((status == 403 && key == QLatin1String("mashery.not.authorized.over.qps"))
        || (status == 429 && key != QLatin1String("quota_exceeded"))) // v3: throttled (§5), or an unnamed 429
        kind = Kind::OverQps;
    else if (status == 429) // v3: the daily quota, until 00:00 UTC
        kind = Kind::QuotaExhausted;
    else if (status == 403 && key == QLatin1String("mashery.not.authorized.over.qps"))
        kind = Kind::OverQps;
    else if (status == 403 && key == QLatin1String("mashery.not.authorized.over.ratelimit"))
        kind = Kind::QuotaExhausted;
    else if (status == 400)
        kind = Kind::BadRequest;
    else if (status == 401)
        kind = Kind::Unauthorized;
    else if (status == 403)
        kind = Kind::Forbidden;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 406)
        kind = Kind::NotAcceptable;
    else if (status >= 500 && status <= 599)
        kind = Kind::Server;
    if (message.isEmpty())
        message = tr("The server answered with HTTP status %1.").arg(status);
    if (kind == Kind::QuotaExhausted && status == 429) {
        // v3's quota resets at 00:00 UTC (ctct-v3-api.md §5): say when that is here.
        const QDateTime midnight(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(0, 0), QTimeZone::utc());
        message = tr("%1. The quota resets at %2 (00:00 UTC).")
                      .arg(message, QLocale().toString(midnight.toLocalTime(), QLocale::ShortFormat));
    }
    return make(kind, message, status, key);
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        return tr("The API rejected the credentials: %1").arg(errorMessage);
    case Kind::NotFound:
        return tr("Not found: %1").arg(errorMessage);
    case Kind::QuotaExhausted:
        return tr("The daily request quota of this API key is used up; try again tomorrow. (%1)").arg(errorMessage);
    case Kind::Forbidden:
        if (errorKey == QLatin1String("mashery.not.authorized.inactive"))
            return tr("Constant Contact did not accept the API key: it is not active, or it is not a valid key. (%1)")
                .arg(errorMessage);
        return errorMessage;
    case Kind::NotAcceptable:
        return tr("The API refused a request from ClickScope (HTTP 406). This is a bug in ClickScope; please report "
                  "it. (%1)")
            .arg(errorMessage);
    default:
        return errorMessage;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::NotAcceptable:
        return QStringLiteral("not-acceptable");
    case Kind::OverQps:
        return QStringLiteral("over-qps");
    case Kind::QuotaExhausted:
        return QStringLiteral("quota-exhausted");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid-response");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::ForeignLink:
        return QStringLiteral("foreign-link");
    case Kind::CursorLoop:
        return QStringLiteral("cursor-loop");
    case Kind::MissingCredentials:
        return QStringLiteral("missing-credentials");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::OtherHttp:
        return QStringLiteral("http");
    }
    return QStringLiteral("unknown");
}

} // namespace ClickScope
