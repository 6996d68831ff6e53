// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apierror.h"
#include "net/nextlinkguard.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace ClickScope {

class RateLimiter;

struct RetryPolicy {
    int attempts = 5; // for 5xx, network errors and timeouts
    int baseDelayMs = 500; // doubled each attempt, with ±50% jitter
    int maxDelayMs = 16000;
    int overQpsAttempts = 20; // 403 over.qps: wait and try again
    int overQpsDelayMs = 1100;
};

// Signs a request for one API: v2 adds api_key and a Bearer token, v3 a Bearer token. An authenticator is never
// changed once made: HttpClient::setAuthenticator() swaps in a new one, so a call keeps the credentials it was made
// with and never carries new ones to an old host.
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    // False when the credentials are incomplete; the call then ends with MissingCredentials and this message.
    virtual bool isComplete() const = 0;
    virtual QString missingText() const = 0;
    virtual void sign(QUrl &url, QNetworkRequest &request) const = 0;

    // Credentials that expire and can be renewed (v3 OAuth2). A call asks for a renewal before it sends when
    // needsRefresh(), and once after a 401; `signedWith` is the Authorization header the refused request carried,
    // so that a renewal someone else already made is not made again. done() runs in context, with no error when
    // the call may go on.
    virtual bool canRefresh() const { return false; }
    virtual bool needsRefresh() const { return false; }
    virtual void refresh(
        const QByteArray &signedWith, QObject *context, std::function<void(const ApiError &)> done) const
    {
        Q_UNUSED(signedWith);
        Q_UNUSED(context);
        Q_UNUSED(done);
    }
};

class HttpClient;

// One GET against the API, through the rate limiter, retried by the policy. Connect to finished(), then start():
// the request leaves at once when the limiter allows (a pager relies on that to overlap parsing with the next
// download). Emits finished() once, never from inside start(), and then deletes itself later. abort() ends it at
// once with a Cancelled error (finished is still emitted).
class ApiCall : public QObject
{
    Q_OBJECT
public:
    void start();
    bool ok() const { return !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    QByteArray &body() { return m_body; }
    int attempts() const { return m_attempts; }
    void abort();

Q_SIGNALS:
    void finished(ClickScope::ApiCall *call);

private:
    friend class HttpClient;
    ApiCall(HttpClient *client, QUrl url, std::shared_ptr<const Authenticator> authenticator);
    void attempt();
    void send();
    void onReplyFinished();
    void finish(ApiError error);
    void retryLater(int delayMs);

    QPointer<HttpClient> m_client;
    QUrl m_url;
    std::shared_ptr<const Authenticator> m_auth; // fixed when the call is made
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    quint64 m_ticket = 0;
    int m_attempts = 0;
    int m_qpsAttempts = 0;
    bool m_refreshedBefore = false; // renewed before sending (needsRefresh), at most once
    bool m_refreshedAfter401 = false; // renewed after a 401, at most once
    QByteArray m_signedWith;
    bool m_done = false;
    bool m_starting = false;
    bool m_finishPending = false;
    QByteArray m_body;
    ApiError m_error;
};

// One API origin: base URL, authenticator, request headers, the shared rate limiter and the retry policy.
// Plain http is refused except to loopback hosts (the sandbox); TLS errors are never ignored; redirects are never
// followed (a redirect could carry the credentials to another host).
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpClient() override;

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.constantcontact.com")); }
    // False (and a reason) for a URL that is not https, or http to a host other than loopback.
    bool setBaseUrl(const QUrl &url, QString *error = nullptr);
    QUrl baseUrl() const { return m_base; }
    static bool isAllowedBaseUrl(const QUrl &url, QString *error = nullptr);
    // A 3xx answer, never followed: ForeignLink, naming only the scheme, host and port it pointed at.
    static ApiError redirectError(int status, const QUrl &requestUrl, const QByteArray &location);

    // Changing the base URL or the authenticator aborts every call still under way (queued, waiting for a retry or
    // on the wire): none of them may carry the new credentials to the old host, or the old ones to the new.
    void setAuthenticator(std::shared_ptr<const Authenticator> authenticator);
    bool hasCredentials() const { return m_auth && m_auth->isComplete(); }
    void abortAll();
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    RateLimiter *rateLimiter() const { return m_limiter; }

    // A GET of a path (with its query) on the API origin, signed by the authenticator.
    // Not started: connect to its finished() signal, then call start().
    ApiCall *get(const QByteArray &pathAndQuery);

    // Requests sent (every attempt), for progress displays and tests.
    int requestsSent() const { return m_requestsSent; }

private:
    friend class ApiCall;
    QNetworkAccessManager *m_network;
    QUrl m_base;
    std::shared_ptr<const Authenticator> m_auth;
    int m_timeoutMs = 30000;
    RetryPolicy m_retry;
    RateLimiter *m_limiter;
    int m_requestsSent = 0;
};

} // namespace ClickScope
