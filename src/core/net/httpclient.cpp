// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpclient.h"

#include "appinfo.h"
#include "net/ratelimiter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace ClickScope {

namespace {

    bool isLoopbackHost(const QString &host)
    {
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            return true;
        const QHostAddress address(host);
        return !address.isNull() && address.isLoopback();
    }

    // scheme://host[:port] of an address, nothing else: a message names where something pointed, never the path or
    // query that may carry a credential.
    QString originOf(const QUrl &url)
    {
        return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString(QUrl::FullyEncoded);
    }

} // namespace

// --- ApiCall ------------------------------------------------------------------------------------------------

ApiCall::ApiCall(HttpClient *client, QUrl url, std::shared_ptr<const Authenticator> authenticator)
    : QObject(client)
    , m_client(client)
    , m_url(std::move(url))
    , m_auth(std::move(authenticator))
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
    finish(ApiError::make(ApiError::Kind::Cancelled, HttpClient::tr("Cancelled.")));
}

void ApiCall::attempt()
{
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Cancelled, HttpClient::tr("Cancelled.")));
        return;
    }
    if (!m_auth || !m_auth->isComplete()) {
        finish(ApiError::make(ApiError::Kind::MissingCredentials,
            m_auth ? m_auth->missingText() : HttpClient::tr("No credentials are set.")));
        return;
    }
    if (!m_refreshedBefore && m_auth->canRefresh() && m_auth->needsRefresh()) {
        m_refreshedBefore = true;
        m_auth->refresh({}, this, [this](const ApiError &error) {
            if (error.isError())
                finish(error);
            else
                attempt();
        });
        return;
    }
    m_ticket = m_client->rateLimiter()->acquire(this, [this](bool allowed) {
        m_ticket = 0;
        if (!allowed) {
            finish(ApiError::make(ApiError::Kind::QuotaExhausted,
                HttpClient::tr(
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
    QNetworkRequest request;
    m_auth->sign(url, request);
    m_signedWith = request.rawHeader("Authorization");
    request.setUrl(url);
    request.setRawHeader("Accept", "application/json");
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
    if (status >= 300 && status <= 399) {
        error = HttpClient::redirectError(status, reply->url(), reply->rawHeader("Location"));
    } else if (status != 0 && status != 200) {
        error = ApiError::fromHttp(status, body);
    } else {
        // No complete HTTP answer. Never show Qt's errorString(): it contains the URL, and the URL the api_key.
        switch (netError) {
        case QNetworkReply::OperationCanceledError:
            error = ApiError::make(ApiError::Kind::Timeout,
                HttpClient::tr("The server did not answer within %1 seconds.")
                    .arg(m_client ? m_client->m_timeoutMs / 1000 : 0));
            break;
        case QNetworkReply::TimeoutError:
            error = ApiError::make(ApiError::Kind::Timeout, HttpClient::tr("The connection to the server timed out."));
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error = ApiError::make(ApiError::Kind::InsecureUrl,
                HttpClient::tr(
                    "The server's TLS certificate could not be verified; ClickScope does not connect to it."));
            break;
        case QNetworkReply::ConnectionRefusedError:
            error = ApiError::make(ApiError::Kind::Network, HttpClient::tr("The server refused the connection."));
            break;
        case QNetworkReply::HostNotFoundError:
            error = ApiError::make(ApiError::Kind::Network, HttpClient::tr("The server's name could not be resolved."));
            break;
        case QNetworkReply::RemoteHostClosedError:
            error = ApiError::make(ApiError::Kind::Network,
                HttpClient::tr("The server closed the connection before the answer was complete."));
            break;
        default:
            error = ApiError::make(
                ApiError::Kind::Network, HttpClient::tr("The network request failed (error %1).").arg(int(netError)));
        }
    }

    if (!m_client) {
        finish(error);
        return;
    }
    if (error.kind == ApiError::Kind::Unauthorized && !m_refreshedAfter401 && m_auth && m_auth->canRefresh()) {
        // Expired or revoked in between: renew once, then send again (the rate limiter counts it as a request).
        m_refreshedAfter401 = true;
        m_auth->refresh(m_signedWith, this, [this](const ApiError &refreshError) {
            if (refreshError.isError())
                finish(refreshError);
            else
                attempt();
        });
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

// --- HttpClient ---------------------------------------------------------------------------------------------

HttpClient::HttpClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_base(defaultBaseUrl())
    , m_limiter(new RateLimiter(this))
{ }

HttpClient::~HttpClient() = default;

bool HttpClient::isAllowedBaseUrl(const QUrl &url, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(HttpClient::tr("The API address is not a valid URL."));
    if (!url.userInfo().isEmpty() || !url.query().isEmpty() || !url.fragment().isEmpty())
        return fail(HttpClient::tr("The API address must not carry user names, queries or fragments."));
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    if (url.scheme() == QLatin1String("http"))
        return fail(HttpClient::tr("Plain http is only allowed to this computer (loopback); use https for %1.")
                        .arg(url.host()));
    return fail(HttpClient::tr("The API address must start with https://."));
}

ApiError HttpClient::redirectError(int status, const QUrl &requestUrl, const QByteArray &location)
{
    const QUrl target = requestUrl.resolved(QUrl::fromEncoded(location));
    return ApiError::make(ApiError::Kind::ForeignLink,
        HttpClient::tr("The server redirected the request to %1 (HTTP %2). ClickScope does not follow redirects: the "
                       "credentials go to the API's own address only.")
            .arg(originOf(target))
            .arg(status),
        status);
}

bool HttpClient::setBaseUrl(const QUrl &url, QString *error)
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

void HttpClient::setAuthenticator(std::shared_ptr<const Authenticator> authenticator)
{
    abortAll();
    m_auth = std::move(authenticator);
}

void HttpClient::abortAll()
{
    for (ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly))
        call->abort();
}

ApiCall *HttpClient::get(const QByteArray &pathAndQuery)
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf('?');
    url.setPath(QString::fromUtf8(q < 0 ? pathAndQuery : pathAndQuery.left(q)), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(QString::fromUtf8(pathAndQuery.mid(q + 1)), QUrl::TolerantMode);
    return new ApiCall(this, url, m_auth);
}

} // namespace ClickScope
