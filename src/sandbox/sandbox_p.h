// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox's insides, shared by its parts: the v2 routes (v2routes.cpp), the HTTP front end (httpfrontend.cpp)
// and the public Sandbox object (sandbox.cpp). Not installed, not for the client.

#include "cursor.h"
#include "jsonout.h"
#include "sandbox.h"
#include "v3ids.h"

#include <QElapsedTimer>
#include <QHash>

#include <deque>
#include <optional>

class QTcpServer;

namespace ClickScope::Sandbox {

inline constexpr int trackingLimitMax = 500;
inline constexpr int campaignLimitMax = 50;
inline constexpr qsizetype requestLogCap = 200000;

// The v2 error array with one entry; the key defaults to the status's http.status.* name.
ApiResponse errorResponse(int status, QByteArrayView key, const QByteArray &message);
ApiResponse errorResponse(int status, const QByteArray &message);
// Decimal digits only, at most 18 of them.
bool parseInt64(QByteArrayView text, std::int64_t &out);

// The made-up facts of a contact record that both APIs show (v2routes.cpp).
struct ContactProfile {
    std::uint64_t hash = 0;
    QByteArrayView status; // v2: ACTIVE, UNCONFIRMED, OPTOUT
    QByteArrayView title, company, city, state, stateCode, countryCode;
    QByteArray street, postalCode;
    std::int64_t createdMs = 0, modifiedMs = 0;
    // Set when status is OPTOUT: when, and whether the contact did it (an unsubscribe in a campaign) or the owner.
    std::int64_t optOutMs = -1;
    bool optOutByContact = false;
    int unsubscribeSource = -1; // index for unsubscribeSourceName() when the contact unsubscribed from a campaign
    int lists = 1; // member of the lists with ids 1 .. lists
};
ContactProfile contactProfile(const Dataset &dataset, std::uint32_t contact);
// Whether the contact's record says OPTOUT (an unsubscribe in a campaign or the owner's doing), without the work
// contactProfile() does to date the owner's opt-out.
bool contactOptedOut(const Dataset &dataset, std::uint32_t contact);

// The account's contact lists (ids 1 .. contactListCount()); the last one has no members.
int contactListCount();
QByteArrayView contactListName(int id);
std::int64_t contactListCreatedMs(const Dataset &dataset, int id);
int contactListMembers(const Dataset &dataset, int id);
QByteArray contactPhone(const Dataset &dataset, std::uint32_t contact, std::uint64_t salt);

// An activity list's cursor names the row it stopped after by its key (the fields Dataset::newerFirst orders by).
QByteArray activityKey(const Activity &a);
std::optional<Activity> parseActivityKey(const QByteArray &key);
// The index in a newest-first activity list where the cursor's page starts; nullopt for a key that does not parse.
std::optional<std::int64_t> activityStart(const std::vector<Activity> &list, const Cursor &cursor);

struct Params {
    const ApiRequest &request;

    std::optional<QByteArray> value(QByteArrayView key) const
    {
        for (const auto &kv : request.query)
            if (kv.first == key)
                return kv.second;
        return std::nullopt;
    }
    bool onlyNextAndKey() const
    {
        for (const auto &kv : request.query)
            if (kv.first != "next" && kv.first != "api_key")
                return false;
        return true;
    }
};

// ---------------------------------------------------------------------------------------------------------------
// SandboxPrivate: the API behaviour (pure) and the bookkeeping the HTTP front end needs.

class HttpFrontEnd;

class SandboxPrivate
{
public:
    explicit SandboxPrivate(const SandboxConfig &c)
        : config(c)
        , dataset(c.data)
        , oauth(c.oauth)
    { }

    ApiResponse handle(const ApiRequest &request) const;
    std::optional<ApiResponse> checkAccess(const ApiRequest &request) const;
    ApiResponse route(const ApiRequest &request) const;
    ApiResponse handleWithPrefetch(const ApiRequest &request);
    void prefetchAfter(const ApiRequest &request, const ApiResponse &response);
    static QByteArray cacheKey(const ApiRequest &request);

    // Each route handler gets the decoded path segments after /v2/.
    ApiResponse campaignList(const Params &p) const;
    ApiResponse campaignDetail(int campaign, const ApiRequest &request) const;
    ApiResponse clicks(int campaign, int link, const Params &p, const QByteArray &path) const;
    ApiResponse campaignReport(int campaign, std::optional<ActivityType> type, const QByteArray &reportName,
        const Params &p, const QByteArray &path) const;
    ApiResponse summary(
        const TrackingSummary &s, std::int64_t campaignId, std::int64_t contactId, bool numericIds) const;
    ApiResponse contactDetail(std::uint32_t contact, const ApiRequest &request) const;
    ApiResponse contactReport(std::uint32_t contact, std::optional<ActivityType> type, std::int64_t linkId,
        const QByteArray &reportName, const Params &p, const QByteArray &path) const;
    ApiResponse summaryByCampaign(std::uint32_t contact, bool numericIds) const;
    ApiResponse contactLists(const Params &p) const;

    // Live clicks (sandbox.cpp).
    int addClicks(int campaign, int count, std::int64_t atMs);
    int liveCampaign() const;
    bool mayAddClick(int campaign, std::uint32_t contact, std::int64_t ms) const;

    // v3 (v3routes.cpp): the same account through the v3 paths; the handlers get what route() decoded.
    std::optional<ApiResponse> checkV3Access(const ApiRequest &request) const;
    ApiResponse routeV3(const ApiRequest &request) const;
    std::optional<ApiResponse> v3PagingState(const Params &p, const QByteArray &route, std::int64_t campaign,
        std::int64_t link, std::int64_t contact, int maxLimit, int defaultLimit, Cursor &cursor, bool &fresh) const;
    void finishV3Page(JsonOut &out, const QByteArray &path, const std::optional<Cursor> &next) const;
    ApiResponse v3Emails(const Params &p) const;
    ApiResponse v3Email(int campaign) const;
    ApiResponse v3Links(V3::ActivityRef activity, const Params &p) const;
    ApiResponse v3Clicks(V3::ActivityRef activity, const Params &p, const QByteArray &path) const;
    ApiResponse v3Stats(const QByteArray &ids) const;
    ApiResponse v3Summaries(const Params &p) const;
    ApiResponse v3Contact(std::uint32_t contact, const Params &p) const;
    ApiResponse v3ContactActivity(std::uint32_t contact, const Params &p, const QByteArray &path) const;
    ApiResponse v3CampaignXrefs(const Params &p) const;
    ApiResponse v3ContactXrefs(const Params &p) const;
    ApiResponse v3ContactLists(const Params &p) const;
    bool v3TokenValid(QByteArrayView authorization) const;

    // Reads limit / created_since / next into a cursor, or returns the error response to send.
    std::optional<ApiResponse> pagingState(const Params &p, const QByteArray &route, std::int64_t campaign,
        std::int64_t link, std::int64_t contact, int maxLimit, int defaultLimit, QByteArrayView sinceName,
        Cursor &cursor, bool &fresh) const;
    void writeActivity(JsonOut &out, const Activity &a, const ApiRequest &request, bool withLinkUri) const;
    void finishPage(JsonOut &out, const QByteArray &path, const std::optional<Cursor> &next) const;
    // One page of a newest-first activity list from the cursor's position (rows older than since left out).
    ApiResponse activityPage(const std::vector<Activity> &list, const Cursor &cursor, const Params &p,
        const QByteArray &path, bool withLinkUri) const;

    SandboxConfig config;
    Dataset dataset;
    mutable OAuthStandIn oauth;

    // HTTP bookkeeping (owned by the thread the Sandbox lives in).
    FaultPlan plan;
    QHash<int, int> routeCounters;
    QList<RequestRecord> log;
    QElapsedTimer clock;
    std::deque<std::int64_t> recentAccepted;
    std::int64_t acceptedToday = 0;
    QTcpServer *tcpServer = nullptr;
    HttpFrontEnd *http = nullptr;
    QUrl baseUrl;
    QHash<QByteArray, ApiResponse> prefetched;
    std::int64_t liveDue = 0; // clicks a minute times ms since the last live batch
};

} // namespace ClickScope::Sandbox
