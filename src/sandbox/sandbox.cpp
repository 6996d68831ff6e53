// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include "httpfrontend.h"
#include "sandbox_p.h"

#include <QTcpServer>

namespace ClickScope::Sandbox {

// ---------------------------------------------------------------------------------------------------------------

Sandbox::Sandbox(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxPrivate>(config))
{ }

Sandbox::~Sandbox() = default;

bool Sandbox::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (d->tcpServer) {
        if (error)
            *error = QStringLiteral("the sandbox is already listening");
        return false;
    }
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return false;
    }
    d->tcpServer = tcp;
    d->http = new HttpFrontEnd(this, d.get());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!d->http->bind(tcp)) { // 6.8+ reports it (and wants the server listening first, as it is here)
        if (error)
            *error = QStringLiteral("Qt HttpServer could not use the listening socket");
        delete d->http;
        d->http = nullptr;
        delete tcp;
        d->tcpServer = nullptr;
        return false;
    }
#else
    d->http->bind(tcp);
#endif
    d->clock.start();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(tcp->serverPort());
    d->baseUrl = url;
    return true;
}

QUrl Sandbox::baseUrl() const
{
    return d->baseUrl;
}

const Dataset &Sandbox::dataset() const
{
    return d->dataset;
}

const SandboxConfig &Sandbox::config() const
{
    return d->config;
}

void Sandbox::setFaultPlan(const FaultPlan &plan)
{
    d->plan = plan;
    d->routeCounters.clear();
}

FaultPlan Sandbox::faultPlan() const
{
    return d->plan;
}

void Sandbox::setQps(double qps)
{
    d->config.qps = qps;
    d->recentAccepted.clear();
}

void Sandbox::setDailyQuota(std::int64_t quota)
{
    d->config.dailyQuota = quota;
    d->acceptedToday = 0;
}

QUrl Sandbox::authBaseUrl() const
{
    QUrl url = d->baseUrl;
    url.setPath(QStringLiteral("/oauth2/default/v1"));
    return url;
}

void Sandbox::expireAccessTokens()
{
    d->oauth.expireAccessTokens();
}

void Sandbox::revokeRefreshTokens()
{
    d->oauth.revokeRefreshTokens();
}

void Sandbox::setAccessTokenLifetime(int seconds)
{
    d->oauth.setAccessTokenLifetime(seconds);
}

QByteArray Sandbox::latestRefreshToken() const
{
    return d->oauth.latestRefreshToken();
}

int Sandbox::tokenRequests() const
{
    return d->oauth.tokenRequests();
}

int Sandbox::refreshGrants() const
{
    return d->oauth.refreshGrants();
}

QList<RequestRecord> Sandbox::requestLog() const
{
    return d->log;
}

void Sandbox::clearRequestLog()
{
    d->log.clear();
}

ApiResponse Sandbox::handle(const ApiRequest &request) const
{
    return d->handle(request);
}

Route Sandbox::routeForPath(QByteArrayView path)
{
    if (path == "/oauth2/default/v1/authorize")
        return Route::OAuthAuthorize;
    if (path == "/oauth2/default/v1/token")
        return Route::OAuthToken;
    if (path.startsWith("/v3/")) {
        if (path == "/v3/emails" || path == "/v3/emails/campaign_id_xrefs")
            return Route::V3Campaigns;
        if (path.startsWith("/v3/emails/"))
            return Route::V3Campaign;
        if (path.startsWith("/v3/reports/email_reports/") && path.endsWith("/tracking/clicks"))
            return Route::V3Clicks;
        if (path.startsWith("/v3/reports/contact_reports/"))
            return Route::V3ContactReports;
        if (path.startsWith("/v3/reports/"))
            return Route::V3Reports;
        if (path.startsWith("/v3/contacts/"))
            return Route::V3Contact;
        return Route::Unknown;
    }
    if (path == "/v2/emailmarketing/campaigns" || path == "/v2/emailmarketing/campaigns/")
        return Route::Campaigns;
    if (path.startsWith("/v2/emailmarketing/campaigns/")) {
        const QByteArrayView rest = path.sliced(29);
        const qsizetype slash = rest.indexOf('/');
        if (slash < 0)
            return Route::Campaign;
        const QByteArrayView tail = rest.sliced(slash);
        if (tail.startsWith("/tracking/clicks"))
            return Route::Clicks;
        if (tail.startsWith("/tracking"))
            return Route::Tracking;
        return Route::Unknown;
    }
    if (path.startsWith("/v2/contacts/")) {
        const QByteArrayView rest = path.sliced(13);
        const qsizetype slash = rest.indexOf('/');
        if (slash < 0)
            return Route::Contact;
        if (rest.sliced(slash).startsWith("/tracking"))
            return Route::ContactTracking;
    }
    return Route::Unknown;
}

} // namespace ClickScope::Sandbox
