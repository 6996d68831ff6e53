// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "faultplan.h"
#include "oauth.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace ClickScope::Sandbox {

// The credentials the sandbox accepts unless told otherwise. They are public on purpose: they open
// generated data only, and --help prints them.
inline constexpr char defaultApiKey[] = "clickscope-demo-key";
inline constexpr char defaultAccessToken[] = "clickscope-demo-token";
// The v3 bearer token the sandbox accepts without a sign-in (besides the tokens its OAuth2 stand-in issues).
inline constexpr char defaultV3AccessToken[] = "clickscope-demo-v3-token";

struct SandboxConfig {
    DatasetConfig data;
    QByteArray apiKey = defaultApiKey;
    QByteArray accessToken = defaultAccessToken;
    double qps = 0; // requests per second per API key; 0: unlimited
    std::int64_t dailyQuota = 0; // requests per day per API key; 0: unlimited
    // The real API's answers in these cases are UNCONFIRMED (ctct-v2-api.md §10), so they are settings.
    int unsentTrackingStatus = 400; // tracking on a campaign that is not SENT
    bool clampLimit = false; // false: limit out of range gives 400; true: clamp it
    bool unknownLinkNotFound = false; // false: a link id not in the campaign gives an empty page; true: 404
    QByteArray unauthorizedErrorKey = "http.status.unauthorized";
    // v3
    QByteArray v3AccessToken = defaultV3AccessToken;
    // Whether em_clicks rows of the contact activity report carry url_id and link_url (UNCONFIRMED, §4.2).
    bool v3ContactClickLinks = true;
    OAuthConfig oauth; // the OAuth2 stand-in under /oauth2/default/v1/
    // Live clicks: once listening, the sandbox adds this many clicks a minute to the SENT campaign sent last
    // (addClicks() with its defaults, one at a time spread over the minute, or every second above 60); 0: off.
    int live = 0;
};

struct RequestRecord {
    std::int64_t elapsedMs = 0; // since the sandbox started listening (monotonic clock)
    Route route = Route::Unknown;
    int routeRequest = 0; // n-th request of its route since the fault plan was set
    QByteArray method;
    QByteArray target; // path and query, api_key redacted
    int status = 0;
    bool dropped = false;
};

// A pure function from a request to a response: the v2 API behaviour without any HTTP.
struct ApiRequest {
    QByteArray method = "GET";
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> query; // percent-decoded
    QByteArray accept; // empty: no Accept header
    QByteArray authorization;
    bool numericIds = false;
    bool emptyDates = false;
};

struct ApiResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType; // empty: application/json;charset=UTF-8
    QByteArray location; // a redirect's target
};

class SandboxPrivate;

// The Constant Contact v2 emulator: a Qt HttpServer on a QTcpServer that this object owns.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(const SandboxConfig &config, QObject *parent = nullptr);
    ~Sandbox() override;

    // Listens on a loopback address by default; port 0 picks a free port.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0,
        QString *error = nullptr);
    QUrl baseUrl() const;

    const Dataset &dataset() const;
    const SandboxConfig &config() const;

    // Replaces the fault plan and restarts the per-route request counters.
    void setFaultPlan(const FaultPlan &plan);
    FaultPlan faultPlan() const;
    void setQps(double qps);
    void setDailyQuota(std::int64_t quota);

    // The OAuth2 stand-in: {baseUrl}/oauth2/default/v1 (authorize, token), and its state for tests.
    QUrl authBaseUrl() const;
    void expireAccessTokens();
    void revokeRefreshTokens();
    void setAccessTokenLifetime(int seconds);
    QByteArray latestRefreshToken() const;
    QByteArray latestAccessToken() const;
    QByteArray latestCodeVerifier() const;
    int tokenRequests() const;
    int refreshGrants() const;

    // Adds count new clicks to a SENT campaign while the sandbox runs, so that a client's refresh has something new
    // to fetch. campaignId is the v2 id or the v3 campaign_id; empty: liveCampaignId(). Each new click is by an
    // existing contact (about two in three of them contacts who clicked the campaign before, so repeat clicks
    // happen; never one who bounced, unsubscribed, was opted out or deleted), on one of the campaign's links, and
    // never older than the campaign's newest click, so it comes first in every newest-first list. Times: atMs for
    // every click (raised to the newest click when older); atMs < 0: a second apart up to now (the system clock),
    // closer together when the newest click is less than count seconds ago, or all at the newest click's time when
    // that is later than now. Every route that shows clicks reflects them (clicks, link counts, summaries and
    // stats, the contacts' activity), and cursors issued before them page on with no row repeated or skipped.
    // Returns how many were added: 0 for an unknown or unsent campaign or count < 1, fewer than count when no
    // contact is left who could click. Emits clicksAdded. Call on the thread the sandbox lives in (a
    // SandboxThread's sandbox: through QMetaObject::invokeMethod).
    int addClicks(int count, const QString &campaignId = {}, std::int64_t atMs = -1);
    // The campaign addClicks() and SandboxConfig::live use by default: the SENT campaign with links that was sent
    // last (its v2 id); empty when there is none.
    QString liveCampaignId() const;

    QList<RequestRecord> requestLog() const;
    void clearRequestLog();

    // The API without HTTP, for tests of pure behaviour and for benchmarks of page generation.
    ApiResponse handle(const ApiRequest &request) const;
    static Route routeForPath(QByteArrayView path);

Q_SIGNALS:
    void requestServed(const ClickScope::Sandbox::RequestRecord &record);
    // addClicks() added count clicks to the campaign with this v2 id.
    void clicksAdded(const QString &campaignId, int count);

private:
    friend class SandboxPrivate;
    friend class HttpFrontEnd;
    std::unique_ptr<SandboxPrivate> d;
};

} // namespace ClickScope::Sandbox
