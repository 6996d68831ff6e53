// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include "httpfrontend.h"
#include "sandbox_p.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>

namespace ClickScope::Sandbox {

// ---------------------------------------------------------------------------------------------------------------
// Live clicks

int SandboxPrivate::liveCampaign() const
{
    int newest = -1;
    const auto &all = dataset.campaigns();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].status != CampaignStatus::Sent || all[i].links.empty())
            continue;
        if (newest < 0 || all[i].lastRunMs > all[std::size_t(newest)].lastRunMs)
            newest = int(i);
    }
    return newest;
}

bool SandboxPrivate::mayAddClick(int campaign, std::uint32_t contact, std::int64_t ms) const
{
    // The dataset keeps its own causality; the records the routes make up must agree too: nobody opted out or
    // deleted clicks afterwards.
    return dataset.mayClickLater(campaign, contact, ms) && !contactOptedOut(dataset, contact)
        && !V3::contactDeleted(dataset, contact);
}

int SandboxPrivate::addClicks(int campaign, int count, std::int64_t atMs)
{
    if (campaign < 0 || count < 1)
        return 0;
    const Campaign &c = dataset.campaigns()[std::size_t(campaign)];
    if (c.status != CampaignStatus::Sent || c.links.empty() || dataset.contactCount() < 1)
        return 0;
    // Never older than the newest click; in a campaign without clicks, after every send went out.
    const std::int64_t newest = dataset.newestClickTime(campaign);
    const std::int64_t base = newest >= 0 ? newest : c.lastRunMs + 21 * 60000;
    std::int64_t end
        = atMs >= 0 ? std::max(atMs, base) : std::max(std::int64_t(QDateTime::currentMSecsSinceEpoch()), base);
    const std::int64_t step = atMs >= 0 ? 0 : std::clamp<std::int64_t>((end - base) / count, 0, 1000);

    const auto contacts = std::uint64_t(dataset.contactCount());
    int added = 0;
    for (int k = 0; k < count; ++k) {
        const std::int64_t ms = end - std::int64_t(count - 1 - k) * step;
        const std::uint32_t index = c.clickCount; // the new click's index: its dice
        const std::uint64_t dice = dataset.hash(0x11fe, std::uint64_t(campaign), index);
        // One in three added clicks is a first click in the campaign, the others are repeats by earlier clickers
        // (picked through a random click of theirs: frequent clickers click again more often).
        const bool first = (index - c.generatedClicks) % 3 == 0;
        std::optional<std::uint32_t> contact;
        const auto tryNew = [&] {
            for (std::uint64_t attempt = 0; !contact && attempt < 256; ++attempt) {
                const auto candidate = std::uint32_t(dataset.hash(dice, attempt, 1) % contacts);
                if (!dataset.clicked(campaign, candidate) && mayAddClick(campaign, candidate, ms))
                    contact = candidate;
            }
        };
        const auto tryRepeat = [&] {
            for (std::uint64_t attempt = 0; !contact && c.clickCount > 0 && attempt < 256; ++attempt) {
                const std::uint32_t candidate
                    = dataset.clickContact(campaign, std::uint32_t(dataset.hash(dice, attempt, 2) % c.clickCount));
                if (mayAddClick(campaign, candidate, ms))
                    contact = candidate;
            }
        };
        if (first) {
            tryNew();
            tryRepeat();
        } else {
            tryRepeat();
            tryNew();
        }
        for (std::uint32_t candidate = 0; !contact && candidate < std::uint32_t(contacts); ++candidate)
            if (mayAddClick(campaign, candidate, ms)) // a small or exhausted account
                contact = candidate;
        if (!contact)
            break;
        const auto r = std::uint32_t(dice >> 32);
        const auto link
            = std::lower_bound(c.linkThresholds.begin(), c.linkThresholds.end(), r) - c.linkThresholds.begin();
        if (!dataset.appendClicks(campaign, { AddedClick { ms, *contact, std::uint16_t(link) } }))
            break;
        ++added;
    }
    if (added > 0)
        prefetched.clear(); // pages made before the clicks came
    return added;
}

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
    if (d->config.live > 0) {
        // N a minute: one every 60000/N ms, or from 61 a minute a batch every second.
        const int perMinute = d->config.live;
        const int interval = perMinute <= 60 ? 60000 / perMinute : 1000;
        auto *timer = new QTimer(this);
        timer->setInterval(interval);
        connect(timer, &QTimer::timeout, this, [this, perMinute, interval] {
            d->liveDue += std::int64_t(perMinute) * interval;
            const int due = perMinute <= 60 ? 1 : int(d->liveDue / 60000);
            d->liveDue = perMinute <= 60 ? 0 : d->liveDue % 60000;
            if (due > 0)
                addClicks(due);
        });
        timer->start();
    }
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

QByteArray Sandbox::latestAccessToken() const
{
    return d->oauth.latestAccessToken();
}

QByteArray Sandbox::latestCodeVerifier() const
{
    return d->oauth.latestCodeVerifier();
}

int Sandbox::tokenRequests() const
{
    return d->oauth.tokenRequests();
}

int Sandbox::refreshGrants() const
{
    return d->oauth.refreshGrants();
}

int Sandbox::addClicks(int count, const QString &campaignId, std::int64_t atMs)
{
    int campaign = -1;
    if (campaignId.isEmpty()) {
        campaign = d->liveCampaign();
    } else if (std::int64_t id = 0; parseInt64(campaignId.toLatin1(), id)) {
        campaign = d->dataset.campaignIndexForId(id);
    } else if (const auto v3 = V3::campaignForId(d->dataset, campaignId.toLatin1())) {
        campaign = *v3;
    }
    const int added = d->addClicks(campaign, count, atMs);
    if (added > 0)
        Q_EMIT clicksAdded(QString::number(d->dataset.campaigns()[std::size_t(campaign)].id), added);
    return added;
}

QString Sandbox::liveCampaignId() const
{
    const int campaign = d->liveCampaign();
    return campaign < 0 ? QString() : QString::number(d->dataset.campaigns()[std::size_t(campaign)].id);
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
