// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clickbatch.h"
#include "domain/parsed.h"
#include "domain/types.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

// Parsers for v3 responses (ctct-v3-api.md §1-§5). Tolerant where the API is UNCONFIRMED or varies (ids as strings
// or numbers, any ISO-8601 shape, whole-minute times, optional fields left out or null, `_links` or `next` absent
// on the last page), strict about everything else: a response that is not the documented shape gives an error that
// names what was wrong, and never a partial result.
namespace ClickScope::V3 {

struct ClickPage {
    ClickBatch batch;
    QByteArray nextLink; // _links.next.href verbatim; empty on the last page
};

// The clicks report is the hot path: simdjson's on-demand API, one parser reused for every page.
class ClickPageParser
{
public:
    ClickPageParser();
    ~ClickPageParser();
    ClickPageParser(const ClickPageParser &) = delete;
    ClickPageParser &operator=(const ClickPageParser &) = delete;

    // Every row of `tracking_activities` as a ParsedClick: campaignId = `campaignId` (the same TextRef for every
    // row: the rows carry only their activity), contactId = contact_id, email = email_address, linkId = url_id
    // (string or number), clickMs = created_time, device = device_type (empty when absent or null).
    // body may be enlarged (padding for simdjson); its content is unchanged.
    Parsed<ClickPage> parse(QByteArray &body, QByteArrayView campaignId);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// GET /v3/emails: campaign_id, name, current_status, updated_at (as modifiedMs).
struct EmailPage {
    QList<CampaignSummary> campaigns;
    QByteArray nextLink;
};
Parsed<EmailPage> parseEmailPage(const QByteArray &body);

struct CampaignActivityRef {
    QString id; // campaign_activity_id
    QString role; // primary_email, permalink, resend, or anything else the API sends
};

// GET /v3/emails/{campaign_id}.
struct Email {
    CampaignSummary summary; // id, name, status = current_status, modifiedMs = updated_at
    std::int64_t createdMs = 0;
    QList<CampaignActivityRef> activities;
};
Parsed<Email> parseEmail(const QByteArray &body);

// GET /v3/reports/email_reports/{activity}/links: url = link_url, id = url_id (string or number), clickCount =
// unique_clicks (0 when absent).
Parsed<QList<LinkInfo>> parseLinks(const QByteArray &body);

// GET /v3/reports/stats/email_campaign_activities/{ids}: results[] by campaign_activity_id. sends = em_sends,
// opens = em_opens, clicks = em_clicks (unique clickers), forwards = em_forwards, unsubscribes = em_optouts,
// bounces = em_bounces, spamCount = em_abuse; missing counts are 0. Entries under `errors` are left out.
Parsed<QHash<QString, TrackingSummary>> parseActivityStats(const QByteArray &body);

// GET /v3/contacts/{id} (with include=phone_numbers,street_addresses,list_memberships). id = contact_id; status =
// "DELETED" when deleted_at is present, else email_address.permission_to_send upper-cased; one ContactEmail from
// email_address (status = permission_to_send, confirmStatus = confirm_status, optInMs = opt_in_date, optOutMs =
// opt_out_date, noDate when absent); phone numbers by kind (home, work, mobile -> cellPhone, fax; others -> workPhone
// if empty); street_addresses -> addresses (type = kind upper-cased, line1 = street, city, state, postalCode =
// postal_code, countryCode = country); list_memberships (strings) -> lists as (id, "ACTIVE"); createdMs = created_at,
// modifiedMs = updated_at.
Parsed<Contact> parseContact(const QByteArray &body);

// GET /v3/reports/contact_reports/{id}/activity_details: type from tracking_activity_type (em_sends EMAIL_SEND,
// em_opens EMAIL_OPEN, em_clicks EMAIL_CLICK, em_bounces EMAIL_BOUNCE, em_optouts EMAIL_UNSUBSCRIBE, em_forwards
// EMAIL_FORWARD; anything else kept as sent), campaignId = campaign_activity_id, contactId = contact_id, dateMs =
// created_time, linkId = url_id and linkUri = link_url when present, campaignName = campaign_activity_name.
struct ContactActivityPage {
    QList<Activity> activities;
    QByteArray nextLink;
};
Parsed<ContactActivityPage> parseContactActivityPage(const QByteArray &body);

// GET /v3/contact_lists: {lists: [{list_id, name, ...}], _links.next when there are more}.
struct ContactListPage {
    QList<ContactList> lists;
    QByteArray nextLink;
};
Parsed<ContactListPage> parseContactListPage(const QByteArray &body);

// The token endpoint's answer (§1.3). expires_in is read as seconds from `nowMs` unless it is larger than
// 1,000,000,000 (then an epoch time in seconds, as the spec describes it); when the access token is a JWT whose
// payload has `exp`, that wins. refreshToken is empty when the answer has none (the caller keeps the old one).
struct TokenResponse {
    QByteArray accessToken;
    QByteArray refreshToken;
    std::int64_t expiresAtMs = 0;
    QString scope;
};
Parsed<TokenResponse> parseTokenResponse(const QByteArray &body, std::int64_t nowMs);

// An OAuth error body {"error", "error_description"}; both empty when the body is not one.
struct OAuthError {
    QString error;
    QString description;
};
OAuthError parseOAuthError(const QByteArray &body);

// The next page's link of a clicks page, found without parsing it: `_links` comes last in every v3 page the client
// reads (so the next request can leave while this page is parsed). Empty when not found; the parser has the last
// word.
QByteArray peekNextHref(const QByteArray &body);

// Where a cut click walk goes on (ClickStream::resumeToken): the index of the report activity, and the page of it
// that was next (empty: its first page). Written as "<activity> <href>".
struct ResumePoint {
    int activity = 0;
    QByteArray href;
};
QByteArray resumeToken(const ResumePoint &point);
// nullopt for anything else, or for an href the next-link guard would not follow: the walk then starts over.
std::optional<ResumePoint> parseResumeToken(const QByteArray &token);

} // namespace ClickScope::V3
