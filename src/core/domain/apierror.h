// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace ClickScope {

// Why a call to the API did not give what was asked for. A value type: signals carry it.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ClickScope::ApiError)

public:
    enum class Kind {
        None,
        Network, // connection refused, reset, dropped mid-body, DNS...
        Timeout, // no progress within the transfer timeout
        Server, // 5xx
        BadRequest, // 400
        Unauthorized, // 401: credentials rejected
        Forbidden, // 403 other than the rate limits, e.g. mashery.not.authorized.inactive (bad API key)
        NotFound, // 404
        NotAcceptable, // 406: a client bug
        OverQps, // 403 mashery.not.authorized.over.qps
        QuotaExhausted, // 403 mashery.not.authorized.over.ratelimit, or the local daily counter
        InvalidResponse, // not the documented shape
        InsecureUrl, // plain http to a host that is not loopback, or a TLS error
        ForeignLink, // next_link not a path on the configured origin, or a redirect (never followed)
        CursorLoop, // next_link repeated
        MissingCredentials,
        Cancelled,
        OtherHttp, // any other HTTP status
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorKey; // from the API's error array, verbatim
    QString errorMessage; // from the API's error array, verbatim, or our own plain words
    bool retryable = false;

    bool isError() const { return kind != Kind::None; }
    // One sentence for a person: the API's error_message where there is one.
    QString userMessage() const;
    static QString kindName(Kind kind);

    static ApiError make(Kind kind, QString message, int httpStatus = 0, QString errorKey = {});
    // Classifies an HTTP error status and its body (the v2 error array, if it parses).
    static ApiError fromHttp(int status, const QByteArray &body);
};

} // namespace ClickScope

Q_DECLARE_METATYPE(ClickScope::ApiError)
