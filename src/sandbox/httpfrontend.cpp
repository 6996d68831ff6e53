// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include "v2names.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

namespace ClickScope::Sandbox {

namespace {

    // Replaces the first array that is a member of the top-level object (a page's rows: "results",
    // "tracking_activities", "campaigns"...), or the top-level array itself, with `with`, and keeps everything else.
    void replaceFirstArray(QByteArray &body, const QByteArray &with)
    {
        int depth = 0;
        bool inString = false, escaped = false;
        qsizetype open = -1;
        for (qsizetype i = 0; i < body.size(); ++i) {
            const char c = body.at(i);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (c == '[' && open < 0 && (depth == 0 || (depth == 1 && body.at(0) == '{')))
                    open = i;
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
                if (open >= 0 && c == ']' && depth == (body.at(0) == '{' ? 1 : 0)) {
                    body.replace(open, i - open + 1, with);
                    return;
                }
            }
        }
    }

    // Query parameters that carry a credential: the request log shows them as ***.
    bool isSecretParameter(const QString &name)
    {
        for (const char *secret :
            { "api_key", "code", "access_token", "refresh_token", "code_verifier", "client_secret", "password" })
            if (name.compare(QLatin1String(secret), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }

} // namespace

void HttpFrontEnd::serve(
    const QHttpServerRequest &request, std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket)
{
    SandboxPrivate &d = *m_d;
    const std::int64_t now = d.clock.elapsed();
    const QUrl url = request.url();

    ApiRequest api;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        api.method = "GET";
        break;
    case QHttpServerRequest::Method::Head:
        api.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Post:
        api.method = "POST";
        break;
    default:
        api.method = "OTHER";
    }
    api.path = url.path(QUrl::FullyEncoded).toUtf8();
    const QUrlQuery query(url);
    QByteArray redactedQuery;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        api.query.append({ item.first.toUtf8(), item.second.toUtf8() });
        redactedQuery += (redactedQuery.isEmpty() ? "?" : "&") + item.first.toUtf8() + '='
            + (isSecretParameter(item.first) ? QByteArray("***") : item.second.toUtf8());
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    api.accept = request.headers().value("Accept").toByteArray();
    api.authorization = request.headers().value("Authorization").toByteArray();
#else
    api.accept = request.value("Accept");
    api.authorization = request.value("Authorization");
#endif

    const Route route = Sandbox::routeForPath(api.path);
    const int n = ++d.routeCounters[int(route)];

    // Faults that apply to this request.
    std::optional<FaultRule> statusFault;
    int latency = 0;
    bool drop = false, malformed = false, forceQps = false, forceQuota = false, repeatCursor = false,
         foreignLink = false, empty = false, wrongTypes = false;
    int hugeMb = 0;
    QByteArray foreignOrigin; // empty: attacker.example
    std::optional<FaultRule> redirect;
    for (const FaultRule &rule : std::as_const(d.plan.rules)) {
        if (!rule.matches(route, n))
            continue;
        switch (rule.action) {
        case FaultAction::Status:
            statusFault = rule;
            break;
        case FaultAction::Latency:
            latency += rule.latencyMs;
            break;
        case FaultAction::Drop:
            drop = true;
            break;
        case FaultAction::Malformed:
            malformed = true;
            break;
        case FaultAction::NumericIds:
            api.numericIds = true;
            break;
        case FaultAction::EmptyDates:
            api.emptyDates = true;
            break;
        case FaultAction::OverQps:
            forceQps = true;
            break;
        case FaultAction::OverQuota:
            forceQuota = true;
            break;
        case FaultAction::RepeatCursor:
            repeatCursor = true;
            break;
        case FaultAction::ForeignLink:
            foreignLink = true;
            foreignOrigin = rule.target;
            break;
        case FaultAction::Redirect:
            redirect = rule;
            break;
        case FaultAction::Empty:
            empty = true;
            break;
        case FaultAction::WrongTypes:
            wrongTypes = true;
            break;
        case FaultAction::Huge:
            hugeMb = std::max(hugeMb, rule.hugeMb);
            break;
        }
    }

    ApiResponse response;
    const bool oauth = route == Route::OAuthAuthorize || route == Route::OAuthToken;
    // v2 limits count per API key (Mashery, 403); v3 per application, seen here as a valid bearer token (429).
    const bool v3 = api.path.startsWith("/v3/");
    const QByteArray key = query.queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded).toUtf8();
    const bool keyValid = oauth ? true
        : v3                    ? d.v3TokenValid(api.authorization)
                                : !key.isEmpty() && key == d.config.apiKey;
    bool rateLimited = false;
    if (keyValid && !oauth && !redirect) {
        // Mashery's limits come before anything else the API does.
        const double qps = d.config.qps;
        if (qps > 0) {
            const auto allowed = std::size_t(std::max(1.0, std::floor(qps)));
            const auto window = std::int64_t(1000.0 * double(allowed) / qps);
            while (!d.recentAccepted.empty() && d.recentAccepted.front() <= now - window)
                d.recentAccepted.pop_front();
            if (d.recentAccepted.size() >= allowed)
                forceQps = true;
        }
        if (d.config.dailyQuota > 0 && d.acceptedToday >= d.config.dailyQuota)
            forceQuota = true;
        if (v3 && (forceQuota || forceQps)) {
            response.status = 429; // single objects (ctct-v3-api.md §5)
            response.body = forceQuota ? "{\"error_key\":\"quota_exceeded\",\"error_message\":\"Limit Exceeded\"}"
                                       : "{\"error_key\":\"throttled\",\"error_message\":\"Too Many Requests\"}";
            rateLimited = true;
        } else if (forceQuota) {
            response = errorResponse(403, "mashery.not.authorized.over.ratelimit",
                "Account Over Rate Limit: the Mashery account associated with this request is over its rate limit "
                "quota.");
            rateLimited = true;
        } else if (forceQps) {
            response = errorResponse(403, "mashery.not.authorized.over.qps",
                "Account Over Queries Per Second Limit: the Mashery account associated with this request is over its "
                "queries-per-second quota.");
            rateLimited = true;
        } else {
            if (qps > 0) // only kept when a limit is checked: an unlimited demo must not grow it forever
                d.recentAccepted.push_back(now);
            ++d.acceptedToday;
        }
    }
    if (!rateLimited) {
        if (redirect) {
            // Whatever the route: elsewhere, with the path and the query (api_key too) as a hostile server would.
            response.status = redirect->status;
            response.body.clear();
            response.location = (redirect->target.endsWith('/') ? redirect->target.chopped(1) : redirect->target)
                + api.path + (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toUtf8() : QByteArray());
        } else if (oauth && statusFault) {
            // The authorization server's own error shape (§1.3).
            response.status = statusFault->status;
            response.body = "{\"error\":\""
                + (statusFault->errorKey.isEmpty() ? QByteArray("server_error") : statusFault->errorKey)
                + "\",\"error_description\":\"Injected fault: HTTP " + QByteArray::number(statusFault->status) + ".\"}";
        } else if (route == Route::OAuthAuthorize) {
            response = api.method == "GET" ? d.oauth.authorize(api)
                                           : errorResponse(405, "Use GET for the authorize endpoint.");
        } else if (route == Route::OAuthToken) {
            if (api.method == "POST")
                response = d.oauth.token(request.body(), now);
            else
                response = errorResponse(405, "Use POST for the token endpoint.");
        } else if (statusFault && keyValid && v3 && statusFault->status == 401 && statusFault->errorKey.isEmpty()) {
            response.status = 401;
            response.body = "{\"error_key\":\"unauthorized\",\"error_message\":\"Unauthorized\"}";
        } else if (statusFault && keyValid) {
            response = errorResponse(statusFault->status,
                statusFault->errorKey.isEmpty() ? defaultErrorKey(statusFault->status) : statusFault->errorKey,
                QByteArray("Injected fault: HTTP ") + QByteArray::number(statusFault->status) + '.');
        } else {
            response = d.handleWithPrefetch(api);
        }
    }
    if ((repeatCursor || foreignLink) && response.status == 200) {
        const QByteArray marker = v3 ? "\"href\":\"" : "\"next_link\":\"";
        const qsizetype at = response.body.indexOf(marker);
        if (at >= 0) {
            const qsizetype start = at + marker.size();
            const qsizetype end = response.body.indexOf('"', start);
            QByteArray link;
            if (repeatCursor) {
                // The link of this very request, as a server with a broken cursor would send it.
                QUrlQuery withoutKey(query);
                withoutKey.removeAllQueryItems(QStringLiteral("api_key"));
                link = api.path
                    + (withoutKey.isEmpty() ? QByteArray() : '?' + withoutKey.toString(QUrl::FullyEncoded).toUtf8());
            } else {
                link = (foreignOrigin.isEmpty() ? QByteArray("https://attacker.example") : foreignOrigin)
                    + response.body.mid(start, end - start);
            }
            response.body.replace(start, end - start, link);
        }
    }
    if (empty && response.status == 200)
        replaceFirstArray(response.body, "[]");
    if (wrongTypes && response.status == 200)
        replaceFirstArray(response.body, "\"a string where the rows should be\"");
    if (hugeMb > 0 && response.status == 200 && response.body.startsWith('{')) {
        // A valid page all the same: the parser has to skip a string field it does not know.
        const QByteArray field = "\"x_padding\":\"" + QByteArray(qsizetype(hugeMb) * 1024 * 1024, 'a') + "\",";
        response.body.insert(1, field);
    }
    if (malformed && response.status == 200) {
        // Cut the JSON in the middle of a row and add garbage: no JSON parser may accept it.
        response.body = response.body.left(response.body.size() / 2) + "\"}{,]";
    }

    RequestRecord record;
    record.elapsedMs = now;
    record.route = route;
    record.routeRequest = n;
    record.method = api.method;
    record.target = api.path + redactedQuery;
    record.status = response.status;
    record.dropped = drop;
    if (d.log.size() >= requestLogCap)
        d.log.remove(0, requestLogCap / 2);
    d.log.append(record);
    Q_EMIT m_owner->requestServed(record);

    const auto prefetch = [this, api, response] {
        if (!response.body.contains("\"next_link\"") && !response.body.contains("\"_links\":{\"next\""))
            return;
        QTimer::singleShot(0, this, [this, api, response] { m_d->prefetchAfter(api, response); });
    };
    if (latency > 0) {
        // Without a socket (none was found) the responder alone answers; a socket that closed meanwhile gets nothing.
        QPointer<QTcpSocket> guard(socket);
        const bool hadSocket = socket != nullptr;
        QTimer::singleShot(latency, this, [this, responder, guard, hadSocket, response, drop, prefetch] {
            if (!hadSocket || guard)
                send(responder, guard, response, drop);
            prefetch();
        });
        return;
    }
    send(responder, socket, response, drop);
    if (socket)
        socket->flush();
    prefetch();
}

void HttpFrontEnd::send(
    const std::shared_ptr<QHttpServerResponder> &responder, QTcpSocket *socket, const ApiResponse &response, bool drop)
{
    if (drop && socket) {
        // Promise the whole body, send half of it, then close: the client sees the connection die mid-body.
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status).toByteArray()
            + "\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: "
            + QByteArray::number(response.body.size()) + "\r\n\r\n";
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    const QByteArray type
        = response.contentType.isEmpty() ? QByteArrayLiteral("application/json;charset=UTF-8") : response.contentType;
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    if (!response.location.isEmpty()) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, type);
        headers.append(QHttpHeaders::WellKnownHeader::Location, response.location);
        responder->write(response.body, headers, status);
#else
        responder->write(response.body, { { "Content-Type", type }, { "Location", response.location } }, status);
#endif
        return;
    }
    // The (data, mime type, status) overload exists from Qt 6.4 to 6.8+, where header lists changed type.
    responder->write(response.body, type, status);
}

} // namespace ClickScope::Sandbox
