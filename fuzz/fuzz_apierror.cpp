// SPDX-License-Identifier: GPL-3.0-or-later
// ApiError::fromHttp (src/core/domain/apierror.h): the classification of an HTTP error and its body. The first two
// bytes are the status (little-endian, 100-699), the rest the body.
// Properties: the status is kept; the kind follows the status as DESIGN.md's rules say (and only 403 and 429 look at
// error_key); retryable exactly for the kinds that are retried; a message for a person always; an error_key and
// error_message taken verbatim from the first element of an error array or from a single error object.
#include "domain/apierror.h"
#include "fuzzing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ClickScope;
using namespace ClickScope::Fuzz;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Input in(data, size);
    const int status = 100 + int(in.number(2) % 600);
    const QByteArray body = in.rest().toByteArray();
    const ApiError e = ApiError::fromHttp(status, body);
    using Kind = ApiError::Kind;

    FUZZ_CHECK(e.isError());
    FUZZ_CHECK(e.httpStatus == status);
    FUZZ_CHECK(!e.errorMessage.isEmpty());
    FUZZ_CHECK(!e.userMessage().isEmpty());
    FUZZ_CHECK(!ApiError::kindName(e.kind).isEmpty());
    FUZZ_CHECK(e.retryable == (e.kind == Kind::Server || e.kind == Kind::OverQps));

    switch (status) {
    case 400:
        FUZZ_CHECK(e.kind == Kind::BadRequest);
        break;
    case 401:
        FUZZ_CHECK(e.kind == Kind::Unauthorized);
        break;
    case 403:
        FUZZ_CHECK(e.kind == Kind::Forbidden || e.kind == Kind::OverQps || e.kind == Kind::QuotaExhausted);
        FUZZ_CHECK((e.kind == Kind::OverQps) == (e.errorKey == QLatin1String("mashery.not.authorized.over.qps")));
        FUZZ_CHECK(
            (e.kind == Kind::QuotaExhausted) == (e.errorKey == QLatin1String("mashery.not.authorized.over.ratelimit")));
        break;
    case 404:
        FUZZ_CHECK(e.kind == Kind::NotFound);
        break;
    case 406:
        FUZZ_CHECK(e.kind == Kind::NotAcceptable);
        break;
    case 429:
        FUZZ_CHECK((e.kind == Kind::QuotaExhausted) == (e.errorKey == QLatin1String("quota_exceeded")));
        FUZZ_CHECK(e.kind == Kind::QuotaExhausted || e.kind == Kind::OverQps);
        break;
    default:
        FUZZ_CHECK(e.kind == (status >= 500 && status <= 599 ? Kind::Server : Kind::OtherHttp));
    }

    // The key and the message, verbatim from the body when it is one of the documented error shapes.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject first;
    if (doc.isArray() && !doc.array().isEmpty())
        first = doc.array().first().toObject();
    else if (doc.isObject())
        first = doc.object();
    const QJsonValue key = first.value(QLatin1String("error_key"));
    FUZZ_CHECK(e.errorKey == (key.isString() ? key.toString() : QString()));
    const QJsonValue message = first.value(QLatin1String("error_message"));
    if (message.isString() && !message.toString().isEmpty())
        FUZZ_CHECK(e.errorMessage.startsWith(message.toString()));
    return 0;
}
