// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ClickScope::Sandbox {

// The routes a fault can target. "Any" matches every request.
enum class Route {
    Any,
    Campaigns, // GET /v2/emailmarketing/campaigns
    Campaign, // GET /v2/emailmarketing/campaigns/{id}
    Clicks, // .../tracking/clicks and .../tracking/clicks/{linkId}
    Tracking, // the other campaign tracking reports, including reports/summary
    Contact, // GET /v2/contacts/{id}
    ContactTracking, // GET /v2/contacts/{id}/tracking...
    V3Campaigns, // GET /v3/emails (and the campaign id xrefs)
    V3Campaign, // GET /v3/emails/{campaign_id}
    V3Clicks, // GET /v3/reports/email_reports/{activity}/tracking/clicks
    V3Reports, // the other email reports: links, stats, summaries
    V3Contact, // GET /v3/contacts/{id} (and the contact id xrefs)
    V3ContactReports, // GET /v3/reports/contact_reports/...
    OAuthAuthorize, // GET /oauth2/default/v1/authorize
    OAuthToken, // POST /oauth2/default/v1/token
    Unknown,
};

QByteArrayView routeName(Route route);
std::optional<Route> routeFromName(QByteArrayView name);

enum class FaultAction {
    Status, // respond with status (and an error array with errorKey)
    Latency, // delay the response by latencyMs
    Drop, // send the headers and half the body, then close the connection
    Malformed, // a body that is not JSON
    NumericIds, // ids as JSON numbers instead of strings
    EmptyDates, // every date as ""
    OverQps, // 403 mashery.not.authorized.over.qps
    OverQuota, // 403 mashery.not.authorized.over.ratelimit
    RepeatCursor, // next_link points back at the page just served: a cursor loop
    ForeignLink, // next_link is an absolute URL on another host (target: that origin; empty: attacker.example)
    Redirect, // answer status (3xx) with Location: target + the request's path and query, whatever the route
    Empty, // the page's rows are left out (an empty array); its paging links stay
    WrongTypes, // the page's rows are a string instead of an array
    Huge, // hugeMb megabytes of padding in an extra string field: a valid page, far bigger than any real one
};

struct FaultRule {
    Route route = Route::Any;
    // Which requests of the route, counted from 1 since the plan was set: first..last inclusive.
    int first = 1;
    int last = 1; // -1: no upper bound
    int every = 1; // of those, only every N-th (N, 2N, 3N...): */5 fails one request in five
    FaultAction action = FaultAction::Status;
    int status = 500;
    QByteArray errorKey; // empty: derived from the status
    int latencyMs = 0;
    int hugeMb = 0;
    QByteArray target; // ForeignLink: the other origin; Redirect: the URL the request's path and query are added to

    bool matches(Route r, int n) const
    {
        return (route == Route::Any || route == r) && n >= first && (last < 0 || n <= last) && n % every == 0;
    }
};

// A fault plan: "RULE[;RULE...]", RULE = "ROUTE:WHEN:ACTION".
//   ROUTE  any|campaigns|campaign|clicks|tracking|contact|contact-tracking
//          |v3-campaigns|v3-campaign|v3-clicks|v3-reports|v3-contact|v3-contact-reports|authorize|token
//   WHEN   N (the N-th request), N-M, N+ (the N-th and every later one) or * (every request), each optionally
//          followed by /K: only every K-th request of those (*/5 is requests 5, 10, 15...)
//   ACTION status=CODE[/error_key] | latency=MS | drop | malformed | numeric-ids | empty-dates | qps | quota
//          | repeat-cursor | foreign-link[=ORIGIN] | redirect=[3XX/]URL | empty | wrong-types | huge=MEGABYTES
//   foreign-link=ORIGIN (e.g. http://127.0.0.1:PORT) puts the next link on that origin (plain: attacker.example);
//   redirect answers 302 (or the 3XX given) with Location: URL + the request's path and query, on any route.
// Example: "clicks:3:status=503;clicks:5:drop;any:*:latency=20"
struct FaultPlan {
    QList<FaultRule> rules;

    bool isEmpty() const { return rules.isEmpty(); }
    static std::optional<FaultPlan> parse(const QString &spec, QString *error = nullptr);
    QString toString() const;
};

} // namespace ClickScope::Sandbox
