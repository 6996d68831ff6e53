// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "api/pager.h"
#include "api/ratelimiter.h"
#include "api/v2parser.h"
#include "appinfo.h"
#include "domain/isotime.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

namespace ClickScope {

namespace {

    bool isLoopbackHost(const QString &host)
    {
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            return true;
        const QHostAddress address(host);
        return !address.isNull() && address.isLoopback();
    }

    QByteArray percentEncodedQueryValue(const QString &value)
    {
        return QUrl::toPercentEncoding(value);
    }

} // namespace

// --- ApiCall ------------------------------------------------------------------------------------------------

ApiCall::ApiCall(ApiClient *client, QUrl url, Credentials credentials)
    : QObject(client)
    , m_client(client)
    , m_url(std::move(url))
    , m_credentials(std::move(credentials))
{ }

void ApiCall::start()
{
    m_starting = true;
    attempt();
    m_starting = false;
    if (m_finishPending)
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished(this);
            deleteLater();
        });
}

void ApiCall::abort()
{
    if (m_done)
        return;
    if (m_client && m_ticket)
        m_client->rateLimiter()->cancel(m_ticket);
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, ApiClient::tr("Cancelled.")));
}

void ApiCall::attempt()
{
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Cancelled, ApiClient::tr("Cancelled.")));
        return;
    }
    if (!m_credentials.isComplete()) {
        finish(
            ApiError::make(ApiError::Kind::MissingCredentials, ApiClient::tr("No API key and access token are set.")));
        return;
    }
    m_ticket = m_client->rateLimiter()->acquire(this, [this](bool allowed) {
        m_ticket = 0;
        if (!allowed) {
            finish(ApiError::make(ApiError::Kind::QuotaExhausted,
                ApiClient::tr(
                    "The daily request limit of this API key is reached; ClickScope stops here to keep the key in "
                    "good standing.")));
            return;
        }
        send();
    });
}

void ApiCall::send()
{
    ++m_attempts;
    ++m_client->m_requestsSent;
    QUrl url = m_url;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("api_key"), QString::fromLatin1(percentEncodedQueryValue(m_credentials.apiKey)));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_credentials.accessToken.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_client->m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_client->m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();

    ApiError error;
    if (status == 200 && netError == QNetworkReply::NoError) {
        m_body = std::move(body);
        finish({});
        return;
    }
    if (status != 0 && status != 200) {
        error = ApiError::fromHttp(status, body);
    } else {
        // No complete HTTP answer. Never show Qt's errorString(): it contains the URL, and the URL the api_key.
        switch (netError) {
        case QNetworkReply::OperationCanceledError:
            error = ApiError::make(ApiError::Kind::Timeout,
                ApiClient::tr("The server did not answer within %1 seconds.")
                    .arg(m_client ? m_client->m_timeoutMs / 1000 : 0));
            break;
        case QNetworkReply::TimeoutError:
            error = ApiError::make(ApiError::Kind::Timeout, ApiClient::tr("The connection to the server timed out."));
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error = ApiError::make(ApiError::Kind::InsecureUrl,
                ApiClient::tr(
                    "The server's TLS certificate could not be verified; ClickScope does not connect to it."));
            break;
        case QNetworkReply::ConnectionRefusedError:
            error = ApiError::make(ApiError::Kind::Network, ApiClient::tr("The server refused the connection."));
            break;
        case QNetworkReply::HostNotFoundError:
            error = ApiError::make(ApiError::Kind::Network, ApiClient::tr("The server's name could not be resolved."));
            break;
        case QNetworkReply::RemoteHostClosedError:
            error = ApiError::make(ApiError::Kind::Network,
                ApiClient::tr("The server closed the connection before the answer was complete."));
            break;
        default:
            error = ApiError::make(
                ApiError::Kind::Network, ApiClient::tr("The network request failed (error %1).").arg(int(netError)));
        }
    }

    if (!m_client) {
        finish(error);
        return;
    }
    const RetryPolicy &policy = m_client->m_retry;
    if (error.kind == ApiError::Kind::OverQps && m_qpsAttempts < policy.overQpsAttempts) {
        ++m_qpsAttempts;
        m_client->rateLimiter()->backOff(policy.overQpsDelayMs);
        retryLater(0);
        return;
    }
    const int failedAttempts = m_attempts - m_qpsAttempts; // over.qps resends do not use up the retry budget
    if (error.retryable && error.kind != ApiError::Kind::OverQps && failedAttempts < policy.attempts) {
        const int exponent = std::clamp(failedAttempts - 1, 0, 16);
        const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
        const int delay = int(std::min<double>(policy.maxDelayMs, policy.baseDelayMs * double(1 << exponent) * jitter));
        retryLater(delay);
        return;
    }
    finish(error);
}

void ApiCall::retryLater(int delayMs)
{
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::attempt);
    }
    m_retryTimer->start(delayMs);
}

void ApiCall::finish(ApiError error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = std::move(error);
    if (m_starting) {
        m_finishPending = true; // the caller is still inside start(): tell it from the event loop
        return;
    }
    Q_EMIT finished(this);
    deleteLater();
}

// --- ApiClient ----------------------------------------------------------------------------------------------

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_base(defaultBaseUrl())
    , m_limiter(new RateLimiter(this))
{ }

ApiClient::~ApiClient() = default;

bool ApiClient::isAllowedBaseUrl(const QUrl &url, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(ApiClient::tr("The API address is not a valid URL."));
    if (!url.userInfo().isEmpty() || !url.query().isEmpty() || !url.fragment().isEmpty())
        return fail(ApiClient::tr("The API address must not carry user names, queries or fragments."));
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    if (url.scheme() == QLatin1String("http"))
        return fail(
            ApiClient::tr("Plain http is only allowed to this computer (loopback); use https for %1.").arg(url.host()));
    return fail(ApiClient::tr("The API address must start with https://."));
}

bool ApiClient::setBaseUrl(const QUrl &url, QString *error)
{
    if (!isAllowedBaseUrl(url, error))
        return false;
    QUrl base = url;
    base.setPath(QString());
    if (base != m_base)
        abortAll();
    m_base = base;
    return true;
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    if (credentials.apiKey != m_credentials.apiKey || credentials.accessToken != m_credentials.accessToken)
        abortAll();
    m_credentials = credentials;
}

void ApiClient::abortAll()
{
    for (ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly))
        call->abort();
}

bool ApiClient::isSafeNextLink(const QByteArray &link)
{
    // Verbatim server-relative path (ctct-v2-api.md §4): "/v2/...". Not "//host/...", not a scheme, no backslashes.
    if (!link.startsWith("/v2/") || link.contains('\\') || link.contains("://") || link.contains('#'))
        return false;
    for (char c : link)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    const QUrl url(QString::fromUtf8(link), QUrl::StrictMode);
    return url.isValid() && url.isRelative() && url.host().isEmpty() && url.path().startsWith(QLatin1String("/v2/"));
}

ApiCall *ApiClient::get(const QByteArray &pathAndQuery)
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf('?');
    url.setPath(QString::fromUtf8(q < 0 ? pathAndQuery : pathAndQuery.left(q)), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(QString::fromUtf8(pathAndQuery.mid(q + 1)), QUrl::TolerantMode);
    return new ApiCall(this, url, m_credentials);
}

// One GET, one parsed value: done runs in context with the value or the error.
template<typename T, typename Parse>
void getOne(ApiClient *client, const QByteArray &path, QObject *context, Parse parse,
    std::function<void(const T &, const ApiError &)> done)
{
    ApiCall *call = client->get(path);
    QObject::connect(call, &ApiCall::finished, context, [done, parse](ApiCall *c) {
        if (!c->ok())
            return done({}, c->error());
        const auto parsed = parse(c->body());
        if (!parsed)
            return done({}, ApiError::make(ApiError::Kind::InvalidResponse, parsed.error));
        done(*parsed.value, {});
    });
    call->start();
}

// Follows a paged list to its end; done gets every item so far and the error, if any.
template<typename Item, typename Parse>
void followPages(ApiClient *client, const QByteArray &first, QObject *context, Parse parse,
    std::function<void(const QList<Item> &, const ApiError &)> done)
{
    struct State {
        QList<Item> all;
        QSet<QByteArray> seen;
        std::function<void(const QByteArray &)> step;
    };
    auto state = std::make_shared<State>();
    QPointer<QObject> guard(context);
    const auto end = [state, done](const ApiError &error) {
        done(state->all, error);
        state->step = nullptr; // breaks the cycle state -> step -> state
    };
    state->step = [client, state, guard, parse, end](const QByteArray &path) {
        ApiCall *call = client->get(path);
        // Connected to the client, not to the context: if the context dies the lambda still runs and breaks the
        // state -> step -> state cycle instead of leaking it.
        QObject::connect(call, &ApiCall::finished, client, [state, guard, parse, end](ApiCall *c) {
            if (!guard) {
                state->step = nullptr;
                return;
            }
            if (!c->ok())
                return end(c->error());
            QByteArray next;
            QString parseError;
            if (!parse(c->body(), state->all, next, parseError))
                return end(ApiError::make(ApiError::Kind::InvalidResponse, parseError));
            if (next.isEmpty())
                return end({});
            if (!ApiClient::isSafeNextLink(next))
                return end(ApiError::make(ApiError::Kind::ForeignLink,
                    ApiClient::tr("The server sent a next page link that is not on the API's own address; it was not "
                                  "followed.")));
            if (state->seen.contains(next))
                return end(ApiError::make(ApiError::Kind::CursorLoop,
                    ApiClient::tr("The server sent the same next page link twice; paging stopped.")));
            state->seen.insert(next);
            state->step(next);
        });
        call->start();
    };
    state->step(first);
}

void ApiClient::campaigns(
    const QString &status, QObject *context, std::function<void(const QList<CampaignSummary> &, const ApiError &)> done)
{
    QByteArray first = "/v2/emailmarketing/campaigns?limit=50";
    if (!status.isEmpty())
        first += "&status=" + QUrl::toPercentEncoding(status);
    followPages<CampaignSummary>(
        this, first, context,
        [](const QByteArray &body, QList<CampaignSummary> &all, QByteArray &next, QString &error) {
            const auto page = parseCampaignPage(body);
            if (!page) {
                error = page.error;
                return false;
            }
            all += page.value->campaigns;
            next = page.value->nextLink;
            return true;
        },
        std::move(done));
}

void ApiClient::campaign(const QString &id, bool updateSummary, QObject *context,
    std::function<void(const Campaign &, const ApiError &)> done)
{
    QByteArray path = "/v2/emailmarketing/campaigns/" + QUrl::toPercentEncoding(id);
    if (updateSummary)
        path += "?updateSummary=true";
    getOne<Campaign>(this, path, context, parseCampaign, std::move(done));
}

void ApiClient::contact(
    const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done)
{
    getOne<Contact>(this, "/v2/contacts/" + QUrl::toPercentEncoding(id), context, parseContact, std::move(done));
}

void ApiClient::contactActivity(
    const QString &id, QObject *context, std::function<void(const QList<Activity> &, const ApiError &)> done)
{
    followPages<Activity>(
        this, "/v2/contacts/" + QUrl::toPercentEncoding(id) + "/tracking?limit=500", context,
        [](const QByteArray &body, QList<Activity> &all, QByteArray &next, QString &error) {
            const auto page = parseActivityPage(body);
            if (!page) {
                error = page.error;
                return false;
            }
            all += page.value->activities;
            next = page.value->nextLink;
            return true;
        },
        std::move(done));
}

Pager *ApiClient::clicks(const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent)
{
    QByteArray path = "/v2/emailmarketing/campaigns/" + QUrl::toPercentEncoding(campaignId) + "/tracking/clicks";
    if (!linkId.isEmpty())
        path += '/' + QUrl::toPercentEncoding(linkId);
    path += "?limit=500";
    if (sinceMs != noDate)
        path += "&created_since=" + QUrl::toPercentEncoding(QString::fromLatin1(formatIsoUtcMs(sinceMs)));
    return new Pager(this, path, sinceMs, parent);
}

} // namespace ClickScope
