// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apierror.h"
#include "domain/credentials.h"
#include "domain/types.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ClickScope {

class RateLimiter;
class Pager;
class ActivityPager;

struct RetryPolicy {
    int attempts = 5; // for 5xx, network errors and timeouts
    int baseDelayMs = 500; // doubled each attempt, with ±50% jitter
    int maxDelayMs = 16000;
    int overQpsAttempts = 20; // 403 over.qps: wait and try again
    int overQpsDelayMs = 1100;
};

class ApiClient;

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
    friend class ApiClient;
    ApiCall(ApiClient *client, QUrl url, Credentials credentials);
    void attempt();
    void send();
    void onReplyFinished();
    void finish(ApiError error);
    void retryLater(int delayMs);

    QPointer<ApiClient> m_client;
    QUrl m_url;
    Credentials m_credentials; // fixed when the call is made: never sent to another host after a change
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    quint64 m_ticket = 0;
    int m_attempts = 0;
    int m_qpsAttempts = 0;
    bool m_done = false;
    bool m_starting = false;
    bool m_finishPending = false;
    QByteArray m_body;
    ApiError m_error;
};

// The v2 API: base URL, credentials, request headers, the shared rate limiter and the retry policy.
// Plain http is refused except to loopback hosts (the sandbox); TLS errors are never ignored.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.constantcontact.com")); }
    // False (and a reason) for a URL that is not https, or http to a host other than loopback.
    bool setBaseUrl(const QUrl &url, QString *error = nullptr);
    QUrl baseUrl() const { return m_base; }
    static bool isAllowedBaseUrl(const QUrl &url, QString *error = nullptr);

    // Changing the base URL or the credentials aborts every call still under way (queued, waiting for a retry or on
    // the wire): none of them may carry the new credentials to the old host, or the old ones to the new.
    void setCredentials(const Credentials &credentials);
    void abortAll();
    bool hasCredentials() const { return m_credentials.isComplete(); }
    const Credentials &credentials() const { return m_credentials; }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    RateLimiter *rateLimiter() const { return m_limiter; }

    // A GET of a path (with its query) on the API origin; api_key is added. The path must start with /v2/.
    // Not started: connect to its finished() signal, then call start().
    ApiCall *get(const QByteArray &pathAndQuery);
    // Whether a next_link may be followed: a path on this origin starting with /v2/ (never another host).
    static bool isSafeNextLink(const QByteArray &link);

    // Typed calls. done runs in context (never if context is gone).
    void campaigns(const QString &status, QObject *context,
        std::function<void(const QList<CampaignSummary> &, const ApiError &)> done);
    void campaign(const QString &id, bool updateSummary, QObject *context,
        std::function<void(const Campaign &, const ApiError &)> done);
    void contact(const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done);
    // Clicks of a campaign (linkId empty: all links), newest first; sinceMs = noDate for all. Not started yet.
    Pager *clicks(const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent = nullptr);
    // Every activity of a contact, paged to the end.
    void contactActivity(
        const QString &id, QObject *context, std::function<void(const QList<Activity> &, const ApiError &)> done);

    // Requests sent (every attempt), for progress displays and tests.
    int requestsSent() const { return m_requestsSent; }

private:
    friend class ApiCall;
    QNetworkAccessManager *m_network;
    QUrl m_base;
    Credentials m_credentials;
    int m_timeoutMs = 30000;
    RetryPolicy m_retry;
    RateLimiter *m_limiter;
    int m_requestsSent = 0;
};

} // namespace ClickScope
