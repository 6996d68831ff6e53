// SPDX-License-Identifier: GPL-3.0-or-later
// The v3 API as a pure function of the request: the paths of ctct-v3-api.md §2-§4 and §6 over the same generated
// account as v2 (v3ids.h maps it), paged by _links.next.href with opaque cursors.
#include "isodate.h"
#include "sandbox_p.h"

#include <QSet>

#include <algorithm>

namespace ClickScope::Sandbox {

namespace {

    constexpr int v3ClickLimitMax = 500;
    constexpr int v3EmailLimitMax = 500;
    constexpr int v3EmailLimitDefault = 50;
    constexpr int v3ContactActivityLimitMax = 100;
    constexpr int v3StatsIdsMax = 10;
    constexpr int v3CampaignXrefsMax = 50;
    constexpr int v3ContactXrefsMax = 500;
    constexpr std::int64_t anyLink = -2; // a cursor's link is not known from the request (url_id is in the cursor)

    ApiResponse badRequest(const QByteArray &message)
    {
        return errorResponse(400, "general.bad_request", message);
    }

    ApiResponse notFound(QByteArrayView key, const QByteArray &message)
    {
        return errorResponse(404, key, message);
    }

    // "2026-05-07T11:08:00Z" for whole-minute times (as the documentation's examples), else with milliseconds.
    void writeTime(JsonOut &out, std::int64_t ms, bool wholeMinute)
    {
        char buf[24];
        formatIsoUtc(ms, buf);
        out.raw('"');
        if (wholeMinute)
            out.raw(QByteArrayView(buf, 19)).raw('Z');
        else
            out.raw(QByteArrayView(buf, 24));
        out.raw('"');
    }

    // A date without a time ("2026-11-20"), as v3 types deleted_at.
    void writeDay(JsonOut &out, std::int64_t ms)
    {
        char buf[24];
        formatIsoUtc(ms, buf);
        out.raw('"').raw(QByteArrayView(buf, 10)).raw('"');
    }

    QByteArrayView v3Status(CampaignStatus status)
    {
        switch (status) {
        case CampaignStatus::Sent:
            return "Done";
        case CampaignStatus::Draft:
            return "Draft";
        case CampaignStatus::Scheduled:
            return "Scheduled";
        }
        return "Draft";
    }

    struct TypeName {
        ActivityType type;
        const char *name;
    };
    const TypeName v3TypeNames[] = {
        { ActivityType::Send, "em_sends" },
        { ActivityType::Open, "em_opens" },
        { ActivityType::Click, "em_clicks" },
        { ActivityType::Bounce, "em_bounces" },
        { ActivityType::Unsubscribe, "em_optouts" },
        { ActivityType::Forward, "em_forwards" },
    };
    // Landing-page types: valid names, but the generated account has no landing pages.
    const char *const landingPageTypes[] = { "p_contact_open", "p_contact_click", "p_contact_add", "p_contact_update" };

    QByteArrayView v3TypeName(ActivityType type)
    {
        for (const TypeName &t : v3TypeNames)
            if (t.type == type)
                return t.name;
        return "em_sends";
    }

    bool validTypeName(QByteArrayView name)
    {
        for (const TypeName &t : v3TypeNames)
            if (name == QByteArrayView(t.name))
                return true;
        for (const char *t : landingPageTypes)
            if (name == QByteArrayView(t))
                return true;
        return false;
    }

    // Splits "a,b,c" into non-empty trimmed parts.
    QList<QByteArray> commaList(const QByteArray &text)
    {
        QList<QByteArray> parts;
        for (const QByteArray &part : text.split(','))
            if (!part.trimmed().isEmpty())
                parts.append(part.trimmed());
        return parts;
    }

    // Unique clickers and click rows of one activity (optionally of one link) of a campaign.
    struct ActivityClicks {
        std::int64_t uniqueContacts = 0;
        std::int64_t clicks = 0;
    };

    ActivityClicks countClicks(const Dataset &data, int campaign, int link, V3::Role role)
    {
        const Campaign &c = data.campaigns()[std::size_t(campaign)];
        ActivityClicks result;
        if (c.status != CampaignStatus::Sent || role == V3::Role::Permalink)
            return result;
        std::vector<bool> seen(std::size_t(data.contactCount()), false);
        const auto visit = [&](std::uint32_t index) {
            if (!V3::clickInActivity(data, campaign, index, role))
                return;
            ++result.clicks;
            const std::uint32_t contact = data.clickContact(campaign, index);
            if (!seen[contact]) {
                seen[contact] = true;
                ++result.uniqueContacts;
            }
        };
        if (link < 0) {
            for (std::uint32_t i = 0; i < c.clickCount; ++i)
                visit(i);
        } else {
            for (std::uint32_t i : c.links[std::size_t(link)].clicks)
                visit(i);
        }
        return result;
    }

} // namespace

bool SandboxPrivate::v3TokenValid(QByteArrayView authorization) const
{
    if (!authorization.startsWith("Bearer "))
        return false;
    const QByteArrayView token = authorization.sliced(7);
    if (!config.v3AccessToken.isEmpty() && token == config.v3AccessToken)
        return true;
    return oauth.accessToken(token) == OAuthStandIn::TokenState::Valid;
}

std::optional<ApiResponse> SandboxPrivate::checkV3Access(const ApiRequest &request) const
{
    if (request.method != "GET")
        return errorResponse(405, "general.method_not_allowed", "Only GET is supported by this API emulator.");
    if (!v3TokenValid(request.authorization)) {
        // A single object, not an array (ctct-v3-api.md §5).
        ApiResponse r;
        r.status = 401;
        r.body = "{\"error_key\":\"unauthorized\",\"error_message\":\"Unauthorized\"}";
        return r;
    }
    if (!request.accept.isEmpty()) {
        const QByteArray accept = request.accept.toLower();
        if (!accept.contains("application/json") && !accept.contains("*/*") && !accept.contains("application/*"))
            return errorResponse(406, "general.not_acceptable", "The Accept header must allow application/json.");
    }
    return std::nullopt;
}

std::optional<ApiResponse> SandboxPrivate::v3PagingState(const Params &p, const QByteArray &route,
    std::int64_t campaign, std::int64_t link, std::int64_t contact, int maxLimit, int defaultLimit, Cursor &cursor,
    bool &fresh) const
{
    if (const auto text = p.value("cursor")) {
        if (p.request.query.size() != 1)
            return badRequest("The cursor parameter may only be used by itself.");
        const auto decoded = Cursor::decode(*text);
        if (!decoded || decoded->route != route || decoded->campaign != campaign
            || (link != anyLink && decoded->link != link) || decoded->contact != contact
            || decoded->fingerprint != dataset.fingerprint() || decoded->limit > maxLimit)
            return badRequest("Invalid value for the cursor parameter.");
        cursor = *decoded;
        fresh = false;
        return std::nullopt;
    }
    fresh = true;
    cursor.route = route;
    cursor.campaign = campaign;
    cursor.link = link;
    cursor.contact = contact;
    cursor.fingerprint = dataset.fingerprint();
    cursor.limit = defaultLimit;
    if (const auto limit = p.value("limit")) {
        std::int64_t n = 0;
        if (!parseInt64(*limit, n))
            return badRequest("The limit parameter must be a whole number.");
        if (n < 1 || n > maxLimit) {
            if (!config.clampLimit)
                return badRequest(
                    QByteArray("The limit parameter must be between 1 and ") + QByteArray::number(maxLimit) + '.');
            n = std::clamp<std::int64_t>(n, 1, maxLimit);
        }
        cursor.limit = n;
    }
    return std::nullopt;
}

void SandboxPrivate::finishV3Page(JsonOut &out, const QByteArray &path, const std::optional<Cursor> &next) const
{
    // On the last page _links is left out (ctct-v3-api.md §2.5).
    if (next)
        out.raw(",\"_links\":{\"next\":{\"href\":\"").raw(path).raw("?cursor=").raw(next->encode()).raw("\"}}");
    out.raw('}');
}

ApiResponse SandboxPrivate::v3Emails(const Params &p) const
{
    Cursor cursor;
    bool fresh = true;
    if (auto error = v3PagingState(p, "v3emails", -1, -1, -1, v3EmailLimitMax, v3EmailLimitDefault, cursor, fresh))
        return *error;
    if (fresh) {
        for (const auto &[name, target] :
            { std::pair { QByteArrayView("after_date"), &cursor.since }, { "before_date", &cursor.until } }) {
            if (const auto value = p.value(name)) {
                const auto ms = parseIsoDateTime(*value);
                if (!ms)
                    return badRequest("The " + name.toByteArray() + " parameter must be an ISO-8601 date-time.");
                *target = *ms;
            }
        }
    }
    // Every campaign, newest updated_at first; the dates filter on updated_at (§2.1).
    const auto &all = dataset.campaigns();
    std::vector<int> rows;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::int64_t updated = all[i].modifiedMs;
        if ((cursor.since >= 0 && updated < cursor.since) || (cursor.until >= 0 && updated > cursor.until))
            continue;
        rows.push_back(int(i));
    }
    std::stable_sort(rows.begin(), rows.end(),
        [&](int a, int b) { return all[std::size_t(a)].modifiedMs > all[std::size_t(b)].modifiedMs; });

    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"campaigns\":[");
    const std::int64_t end = std::min<std::int64_t>(std::int64_t(rows.size()), cursor.pos + cursor.limit);
    for (std::int64_t i = cursor.pos; i < end; ++i) {
        const int index = rows[std::size_t(i)];
        const Campaign &c = all[std::size_t(index)];
        if (i > cursor.pos)
            out.raw(',');
        out.raw('{').key("campaign_id").str(V3::campaignId(dataset, index)).raw(',').key("created_at");
        writeTime(out, c.createdMs, false);
        out.raw(',').key("current_status").str(v3Status(c.status)).raw(',').key("name").str(c.name);
        out.raw(",\"type\":\"NEWSLETTER\",\"type_code\":10,").key("updated_at");
        writeTime(out, c.modifiedMs, false);
        out.raw('}');
    }
    out.raw(']');
    std::optional<Cursor> next;
    if (end < std::int64_t(rows.size())) {
        next = cursor;
        next->pos = end;
    }
    finishV3Page(out, "/v3/emails", next);
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3Email(int campaign) const
{
    const Campaign &c = dataset.campaigns()[std::size_t(campaign)];
    ApiResponse r;
    JsonOut out(r.body);
    out.raw('{').key("campaign_activities").raw('[');
    std::vector<V3::Role> roles { V3::Role::Primary, V3::Role::Permalink };
    if (V3::hasResend(dataset, campaign))
        roles.push_back(V3::Role::Resend);
    for (std::size_t i = 0; i < roles.size(); ++i) {
        if (i > 0)
            out.raw(',');
        out.raw('{').key("campaign_activity_id").str(V3::activityId(dataset, campaign, roles[i]));
        out.raw(',').key("role").str(V3::roleName(roles[i])).raw('}');
    }
    out.raw("],").key("campaign_id").str(V3::campaignId(dataset, campaign)).raw(',').key("created_at");
    writeTime(out, c.createdMs, false);
    out.raw(',').key("current_status").str(v3Status(c.status)).raw(',').key("name").str(c.name);
    out.raw(",\"type\":\"NEWSLETTER\",\"type_code\":10,").key("updated_at");
    writeTime(out, c.modifiedMs, false);
    out.raw('}');
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3Links(V3::ActivityRef activity, const Params &p) const
{
    bool withZero = false;
    if (const auto noClicks = p.value("no_clicks")) {
        if (*noClicks != "true" && *noClicks != "false")
            return badRequest("The no_clicks parameter must be true or false.");
        withZero = *noClicks == "true";
    }
    const Campaign &c = dataset.campaigns()[std::size_t(activity.campaign)];
    ApiResponse r;
    JsonOut out(r.body);
    out.raw('{').key("campaign_activity_id").str(V3::activityId(dataset, activity.campaign, activity.role));
    out.raw(',').key("link_click_counts").raw('[');
    bool first = true;
    if (c.status == CampaignStatus::Sent) { // never sent: an empty list (§2.3)
        for (std::size_t l = 0; l < c.links.size(); ++l) {
            const ActivityClicks counts = countClicks(dataset, activity.campaign, int(l), activity.role);
            if (counts.clicks == 0 && !withZero)
                continue;
            if (!first)
                out.raw(',');
            first = false;
            out.raw('{').key("link_url").str(c.links[l].url).raw(',').key("url_id").id(c.links[l].id, false);
            out.raw(',').key("unique_clicks").num(counts.uniqueContacts).raw('}');
        }
    }
    out.raw("]}");
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3Clicks(V3::ActivityRef activity, const Params &p, const QByteArray &path) const
{
    const int campaign = activity.campaign;
    const Campaign &c = dataset.campaigns()[std::size_t(campaign)];
    int link = -1;
    bool unknownLink = false;
    if (!p.value("cursor")) {
        if (const auto urlId = p.value("url_id")) {
            std::int64_t id = 0;
            if (!parseInt64(*urlId, id))
                return badRequest("The url_id parameter must be a whole number.");
            link = dataset.linkIndexForId(campaign, id);
            if (link < 0) {
                if (config.unknownLinkNotFound)
                    return notFound("reports.api.not_found", "The url_id is not a link of this campaign activity.");
                unknownLink = true;
            }
        }
    }
    Cursor cursor;
    bool fresh = true;
    if (auto error
        = v3PagingState(p, "v3clicks", campaign, anyLink, -1, v3ClickLimitMax, v3ClickLimitMax, cursor, fresh))
        return *error;
    if (fresh) {
        cursor.status = V3::roleName(activity.role).toByteArray();
        cursor.link = link;
    } else {
        link = int(cursor.link);
    }
    if (cursor.status != V3::roleName(activity.role) || link >= int(c.links.size()))
        return badRequest("Invalid value for the cursor parameter.");

    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"tracking_activities\":[");
    std::optional<Cursor> next;
    if (c.status == CampaignStatus::Sent && !unknownLink) {
        const std::uint32_t total = link < 0 ? c.clickCount : std::uint32_t(c.links[std::size_t(link)].clicks.size());
        // A resend's clicks all come after it went out: the rows before that are never looked at.
        const std::int64_t lo = activity.role == V3::Role::Resend
            ? std::int64_t(dataset.lowerBound(campaign, link, V3::resendMs(dataset, campaign)))
            : 0;
        const auto indexAt = [&](std::int64_t pos) {
            return link < 0 ? std::uint32_t(pos) : c.links[std::size_t(link)].clicks[std::size_t(pos)];
        };
        out.reserve(qsizetype(cursor.limit) * 330 + 256);
        const QByteArray activityId = V3::activityId(dataset, campaign, activity.role);
        const bool minutes = V3::wholeMinute(campaign);
        // Newest first, counting down; a cursor's pos is the oldest-first index where its page ended (exclusive), so
        // clicks added since (at the next indices) do not move it.
        std::int64_t pos = (fresh ? std::int64_t(total) : std::min<std::int64_t>(cursor.pos, total)) - 1;
        std::int64_t written = 0;
        for (; pos >= lo && written < cursor.limit; --pos) {
            const std::uint32_t index = indexAt(pos);
            if (!V3::clickInActivity(dataset, campaign, index, activity.role))
                continue;
            const std::uint32_t contact = dataset.clickContact(campaign, index);
            const Link &l = c.links[std::size_t(link < 0 ? dataset.clickLink(campaign, index) : link)];
            if (written++ > 0)
                out.raw(',');
            out.raw('{').key("contact_id").str(V3::contactId(dataset, contact));
            out.raw(',').key("campaign_activity_id").str(activityId);
            out.raw(",\"tracking_activity_type\":\"em_clicks\",\"email_address\":\"").raw(dataset.emailJson(contact));
            out.raw('"');
            const QByteArray first = dataset.firstName(contact);
            if (!first.isEmpty())
                out.raw(',').key("first_name").str(first);
            const QByteArray last = dataset.lastName(contact);
            if (!last.isEmpty())
                out.raw(',').key("last_name").str(last);
            out.raw(',').key("device_type").str(V3::deviceType(dataset, campaign, index));
            out.raw(',').key("url_id").id(l.id, false).raw(',').key("link_url").str(l.url);
            out.raw(',').key("created_time");
            if (p.request.emptyDates)
                out.raw("\"\"");
            else
                writeTime(out, V3::reportedClickMs(dataset, campaign, index), minutes);
            if (V3::contactDeleted(dataset, contact)) {
                out.raw(',').key("deleted_at");
                writeDay(out, V3::contactDeletedMs(dataset, contact));
            }
            out.raw('}');
        }
        // An exact next link: only when another row of this activity is left.
        for (std::int64_t ahead = pos; ahead >= lo; --ahead) {
            if (V3::clickInActivity(dataset, campaign, indexAt(ahead), activity.role)) {
                next = cursor;
                next->pos = pos + 1;
                break;
            }
        }
    }
    out.raw(']');
    finishV3Page(out, path, next);
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3Stats(const QByteArray &ids) const
{
    const QList<QByteArray> list = commaList(ids);
    if (list.isEmpty() || list.size() > v3StatsIdsMax)
        return badRequest("Give between 1 and 10 campaign activity ids.");
    for (const QByteArray &id : list)
        if (id.size() != 36 || id.count('-') != 4) // a malformed id fails the whole call (§2.4)
            return notFound("reports.api.not_found", "Malformed campaign activity id: " + id);
    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"results\":[");
    QList<QByteArray> errors;
    bool first = true;
    for (const QByteArray &id : list) {
        const auto ref = V3::activityForId(dataset, id);
        if (!ref || ref->role == V3::Role::Permalink) {
            errors.append(id);
            continue;
        }
        const Campaign &c = dataset.campaigns()[std::size_t(ref->campaign)];
        TrackingSummary s;
        std::int64_t clicksAll = 0;
        if (c.status == CampaignStatus::Sent) {
            const TrackingSummary all = dataset.campaignSummary(ref->campaign);
            const ActivityClicks clicks = countClicks(dataset, ref->campaign, -1, ref->role);
            clicksAll = clicks.clicks;
            if (ref->role == V3::Role::Primary) {
                s = all;
                s.clicks = clicks.uniqueContacts;
            } else { // the resend goes to those who did not open
                s.sends = std::max<std::int64_t>(0, all.sends - all.opens - all.bounces);
                s.opens = clicks.uniqueContacts;
                s.clicks = clicks.uniqueContacts;
            }
        }
        if (!first)
            out.raw(',');
        first = false;
        out.raw('{').key("campaign_id").str(V3::campaignId(dataset, ref->campaign));
        out.raw(',').key("campaign_activity_id").str(id).raw(",\"stats\":{");
        out.key("em_sends").num(s.sends).raw(',').key("em_opens").num(s.opens).raw(',').key("em_clicks").num(s.clicks);
        out.raw(',').key("em_clicks_all").num(clicksAll).raw(',').key("em_forwards").num(s.forwards);
        out.raw(',').key("em_optouts").num(s.unsubscribes).raw(',').key("em_bounces").num(s.bounces);
        out.raw(',').key("em_abuse").num(s.spamCount).raw(',').key("em_not_opened");
        out.num(std::max<std::int64_t>(0, s.sends - s.opens - s.bounces)).raw("},").key("last_refresh_time");
        writeTime(out, Dataset::nowMs(), false);
        out.raw('}');
    }
    out.raw("],\"errors\":[");
    for (qsizetype i = 0; i < errors.size(); ++i) {
        if (i > 0)
            out.raw(',');
        out.raw('{').key("campaign_activity_id").str(errors[i]);
        out.raw(",\"error_key\":\"reports.api.not_found\",\"error_message\":\"No report for this campaign "
                "activity.\"}");
    }
    out.raw("]}");
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3Summaries(const Params &p) const
{
    Cursor cursor;
    bool fresh = true;
    if (auto error = v3PagingState(p, "v3summaries", -1, -1, -1, v3EmailLimitMax, v3EmailLimitDefault, cursor, fresh))
        return *error;
    const auto &all = dataset.campaigns();
    std::vector<int> rows;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].status == CampaignStatus::Sent)
            rows.push_back(int(i));
    std::stable_sort(rows.begin(), rows.end(), // newest last_sent_date first (§2.4)
        [&](int a, int b) { return all[std::size_t(a)].lastRunMs > all[std::size_t(b)].lastRunMs; });
    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"bulk_email_campaign_summaries\":[");
    const std::int64_t end = std::min<std::int64_t>(std::int64_t(rows.size()), cursor.pos + cursor.limit);
    for (std::int64_t i = cursor.pos; i < end; ++i) {
        const int index = rows[std::size_t(i)];
        const TrackingSummary s = dataset.campaignSummary(index);
        if (i > cursor.pos)
            out.raw(',');
        out.raw('{').key("campaign_id").str(V3::campaignId(dataset, index)).raw(",\"campaign_type\":\"NEWSLETTER\",");
        out.key("last_sent_date");
        const std::int64_t lastSent
            = V3::hasResend(dataset, index) ? V3::resendMs(dataset, index) : all[std::size_t(index)].lastRunMs;
        writeTime(out, lastSent, false);
        out.raw(",\"unique_counts\":{").key("sends").num(s.sends).raw(',').key("opens").num(s.opens);
        out.raw(',').key("clicks").num(s.clicks).raw(',').key("forwards").num(s.forwards);
        out.raw(',').key("optouts").num(s.unsubscribes).raw(',').key("abuse").num(s.spamCount);
        out.raw(',').key("bounces").num(s.bounces).raw("}}");
    }
    out.raw(']');
    std::optional<Cursor> next;
    if (end < std::int64_t(rows.size())) {
        next = cursor;
        next->pos = end;
    }
    finishV3Page(out, "/v3/reports/summary_reports/email_campaign_summaries", next);
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3Contact(std::uint32_t contact, const Params &p) const
{
    QSet<QByteArray> include;
    if (const auto value = p.value("include")) {
        static const QSet<QByteArray> known { "custom_fields", "list_memberships", "phone_numbers", "street_addresses",
            "taggings", "notes" };
        for (const QByteArray &part : commaList(*value)) {
            if (!known.contains(part))
                return badRequest("Unknown include value: " + part);
            include.insert(part);
        }
    }
    const ContactProfile profile = contactProfile(dataset, contact);
    const bool deleted = V3::contactDeleted(dataset, contact);
    // An opted-out contact (an unsubscribe in a campaign, or the owner's doing) is unsubscribed from then on.
    QByteArrayView permission = profile.status == "UNCONFIRMED" ? QByteArrayView("pending_confirmation")
        : (profile.hash >> 40) % 2                              ? QByteArrayView("explicit")
                                                                : QByteArrayView("implicit");
    const std::int64_t optOutMs = profile.optOutMs;
    if (optOutMs >= 0)
        permission = "unsubscribed";
    const std::int64_t updated = std::max(profile.modifiedMs, optOutMs);

    ApiResponse r;
    JsonOut out(r.body);
    out.raw('{').key("contact_id").str(V3::contactId(dataset, contact));
    out.raw(",\"email_address\":{").key("address").raw('"').raw(dataset.emailJson(contact)).raw('"');
    out.raw(',').key("permission_to_send").str(permission).raw(',').key("created_at");
    writeTime(out, profile.createdMs, false);
    out.raw(',').key("updated_at");
    writeTime(out, updated, false);
    out.raw(',').key("opt_in_source").str((profile.hash >> 40) % 2 ? "Contact" : "Account").raw(',').key("opt_in_date");
    writeTime(out, profile.createdMs + 60000, false);
    if (optOutMs >= 0) {
        out.raw(',').key("opt_out_source").str(profile.optOutByContact ? "Contact" : "Account");
        out.raw(',').key("opt_out_date");
        writeTime(out, optOutMs, false);
    }
    out.raw(',').key("confirm_status").str(profile.status == "UNCONFIRMED" ? "unconfirmed" : "off").raw('}');
    const QByteArray first = dataset.firstName(contact);
    const QByteArray last = dataset.lastName(contact);
    if (!first.isEmpty())
        out.raw(',').key("first_name").str(first);
    if (!last.isEmpty())
        out.raw(',').key("last_name").str(last);
    if (!profile.title.isEmpty())
        out.raw(',').key("job_title").str(profile.title);
    if (!profile.company.isEmpty())
        out.raw(',').key("company_name").str(profile.company);
    out.raw(",\"create_source\":\"Account\",\"update_source\":\"Contact\",").key("created_at");
    writeTime(out, profile.createdMs, false);
    out.raw(',').key("updated_at");
    writeTime(out, updated, false);
    if (deleted) {
        out.raw(',').key("deleted_at");
        writeDay(out, V3::contactDeletedMs(dataset, contact));
    }
    if (include.contains("phone_numbers")) {
        out.raw(",\"phone_numbers\":[{").key("phone_number_id").str(V3::uuid(dataset, V3::Kind::Contact, contact));
        out.raw(',').key("phone_number").str(contactPhone(dataset, contact, 2)).raw(",\"kind\":\"work\"}]");
    }
    if (include.contains("street_addresses")) {
        out.raw(",\"street_addresses\":[{\"kind\":\"work\",").key("street").str(profile.street);
        out.raw(',').key("city").str(profile.city).raw(',').key("state").str(profile.state);
        out.raw(',').key("postal_code").str(profile.postalCode).raw(',').key("country").str(profile.countryCode);
        out.raw("}]");
    }
    if (include.contains("list_memberships")) {
        out.raw(",\"list_memberships\":[");
        for (int i = 0; !deleted && i < profile.lists; ++i) { // a deleted contact is on no list (§4.1)
            if (i > 0)
                out.raw(',');
            out.str(V3::uuid(dataset, V3::Kind::List, std::uint64_t(i + 1)));
        }
        out.raw(']');
    }
    for (const char *empty : { "custom_fields", "taggings", "notes" })
        if (include.contains(empty))
            out.raw(",\"").raw(empty).raw("\":[]");
    out.raw('}');
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3ContactLists(const Params &p) const
{
    // GET /v3/contact_lists: every list fits in one page (limit 1-1000, default 1000), so no _links.
    if (const auto limit = p.value("limit")) {
        bool ok = false;
        const int n = limit->toInt(&ok);
        if (!ok || n < 1 || n > 1000)
            return badRequest("limit must be between 1 and 1000.");
    }
    const bool withCount = p.value("include_count").value_or(QByteArray()) == "true";
    const QByteArray membership = p.value("include_membership_count").value_or(QByteArray());
    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"lists\":[");
    for (int id = 1; id <= contactListCount(); ++id) {
        if (id > 1)
            out.raw(',');
        out.raw('{').key("list_id").str(V3::uuid(dataset, V3::Kind::List, std::uint64_t(id)));
        out.raw(',').key("name").str(contactListName(id)).raw(",\"description\":\"\",\"favorite\":false");
        const std::int64_t created = contactListCreatedMs(dataset, id);
        out.raw(',').key("created_at");
        writeTime(out, created, false);
        out.raw(',').key("updated_at");
        writeTime(out, created + 86400000, false);
        if (membership == "all" || membership == "active")
            out.raw(',').key("membership_count").num(contactListMembers(dataset, id));
        out.raw('}');
    }
    out.raw(']');
    if (withCount)
        out.raw(',').key("lists_count").num(contactListCount());
    out.raw('}');
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3ContactActivity(std::uint32_t contact, const Params &p, const QByteArray &path) const
{
    Cursor cursor;
    bool fresh = true;
    if (auto error = v3PagingState(p, "v3contact", -1, anyLink, std::int64_t(contact), v3ContactActivityLimitMax,
            v3ContactActivityLimitMax, cursor, fresh))
        return *error;
    if (fresh) {
        // Exactly one of the two ways to name the types (§4.2).
        QList<QByteArray> types;
        bool listGiven = false, repeatedGiven = false;
        for (const auto &kv : p.request.query) {
            if (kv.first == "tracking_activities_list") {
                listGiven = true;
                types += commaList(kv.second);
            } else if (kv.first == "tracking_activity_type") {
                repeatedGiven = true;
                types.append(kv.second);
            }
        }
        if (listGiven == repeatedGiven)
            return badRequest("Give either tracking_activities_list or tracking_activity_type, not both or neither.");
        if (types.isEmpty())
            return badRequest("Name at least one tracking activity type.");
        for (const QByteArray &t : types)
            if (!validTypeName(t))
                return badRequest("Unknown tracking activity type: " + t);
        cursor.status = types.join(',');
        cursor.link = p.value("include_campaign_activity_names").value_or("true") == "false" ? 0 : 1;
    }
    const QList<QByteArray> types = commaList(cursor.status);
    std::vector<Activity> list = dataset.contactActivities(contact, std::nullopt);
    std::erase_if(list, [&](const Activity &a) { return !types.contains(v3TypeName(a.type).toByteArray()); });

    // The page starts after the row the cursor names, wherever clicks added since then have landed.
    const auto start = activityStart(list, cursor);
    if (!start)
        return badRequest("Invalid value for the cursor parameter.");
    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"tracking_activities\":[");
    const std::int64_t end = std::min<std::int64_t>(std::int64_t(list.size()), *start + cursor.limit);
    const QByteArray contactUuid = V3::contactId(dataset, contact);
    for (std::int64_t i = *start; i < end; ++i) {
        const Activity &a = list[std::size_t(i)];
        const bool click = a.type == ActivityType::Click;
        const bool resend = click && V3::clickInResend(dataset, a.campaign, a.clickIndex);
        if (i > *start)
            out.raw(',');
        out.raw('{').key("contact_id").str(contactUuid).raw(',').key("campaign_activity_id");
        out.str(V3::activityId(dataset, a.campaign, resend ? V3::Role::Resend : V3::Role::Primary));
        out.raw(',').key("created_time");
        if (click)
            writeTime(out, V3::reportedClickMs(dataset, a.campaign, a.clickIndex), V3::wholeMinute(a.campaign));
        else // a whole-minute campaign reports every time to the minute, so a send never shows after its click
            writeTime(out, V3::wholeMinute(a.campaign) ? a.ms - a.ms % 60000 : a.ms, V3::wholeMinute(a.campaign));
        out.raw(',').key("tracking_activity_type").str(v3TypeName(a.type));
        if (cursor.link == 1)
            out.raw(',').key("campaign_activity_name").str(dataset.campaigns()[a.campaign].name);
        if (click && config.v3ContactClickLinks) {
            const Link &l
                = dataset.campaigns()[a.campaign].links[std::size_t(dataset.clickLink(a.campaign, a.clickIndex))];
            out.raw(',').key("url_id").id(l.id, false).raw(',').key("link_url").str(l.url);
        }
        out.raw('}');
    }
    out.raw(']');
    std::optional<Cursor> next;
    if (end < std::int64_t(list.size()) && end > *start) {
        next = cursor;
        next->after = activityKey(list[std::size_t(end - 1)]);
    }
    finishV3Page(out, path, next);
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3CampaignXrefs(const Params &p) const
{
    const QList<QByteArray> ids = commaList(p.value("v2_email_campaign_ids").value_or(QByteArray()));
    if (ids.isEmpty() || ids.size() > v3CampaignXrefsMax)
        return badRequest("Give between 1 and 50 v2_email_campaign_ids.");
    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"xrefs\":[");
    bool first = true;
    for (const QByteArray &id : ids) {
        std::int64_t v2 = 0;
        if (!parseInt64(id, v2))
            return badRequest("v2_email_campaign_ids must be whole numbers.");
        const int campaign = dataset.campaignIndexForId(v2);
        if (campaign < 0)
            continue;
        if (!first)
            out.raw(',');
        first = false;
        out.raw('{').key("v2_email_campaign_id").str(id).raw(',').key("campaign_id");
        out.str(V3::campaignId(dataset, campaign)).raw(',').key("campaign_activity_id");
        out.str(V3::activityId(dataset, campaign, V3::Role::Primary)).raw('}');
    }
    out.raw("]}");
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::v3ContactXrefs(const Params &p) const
{
    const QList<QByteArray> ids = commaList(p.value("sequence_ids").value_or(QByteArray()));
    if (ids.isEmpty() || ids.size() > v3ContactXrefsMax)
        return badRequest("Give between 1 and 500 sequence_ids.");
    std::vector<std::int64_t> known;
    for (const QByteArray &id : ids) {
        std::int64_t v2 = 0;
        if (!parseInt64(id, v2))
            return badRequest("sequence_ids must be whole numbers.");
        if (dataset.contactForId(v2))
            known.push_back(v2);
    }
    std::sort(known.begin(), known.end()); // sorted by sequence_id (§6)
    known.erase(std::unique(known.begin(), known.end()), known.end());
    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"xrefs\":[");
    for (std::size_t i = 0; i < known.size(); ++i) {
        if (i > 0)
            out.raw(',');
        out.raw('{').key("sequence_id").id(known[i], false).raw(',').key("contact_id");
        out.str(V3::contactId(dataset, *dataset.contactForId(known[i]))).raw('}');
    }
    out.raw("]}");
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::routeV3(const ApiRequest &request) const
{
    const Params p { request };
    const QByteArray &path = request.path;
    QList<QByteArray> seg = path.split('/').mid(2); // "", "v3", ...
    if (!seg.isEmpty() && seg.last().isEmpty())
        seg.removeLast();
    const auto notFoundPath = [&] { return notFound("general.not_found", "Not found: " + path); };

    if (!seg.isEmpty() && seg[0] == "emails") {
        if (seg.size() == 1)
            return v3Emails(p);
        if (seg.size() == 2 && seg[1] == "campaign_id_xrefs")
            return v3CampaignXrefs(p);
        if (seg.size() != 2)
            return notFoundPath();
        const auto campaign = V3::campaignForId(dataset, seg[1]);
        if (!campaign)
            return notFound("emails.api.not_found", "No email campaign with the id " + seg[1] + '.');
        return v3Email(*campaign);
    }
    if (seg.size() == 1 && seg[0] == "contact_lists")
        return v3ContactLists(p);
    if (!seg.isEmpty() && seg[0] == "contacts") {
        if (seg.size() == 2 && seg[1] == "contact_id_xrefs")
            return v3ContactXrefs(p);
        if (seg.size() != 2)
            return notFoundPath();
        const auto contact = V3::contactForId(dataset, seg[1]);
        if (!contact)
            return notFound("contacts.api.not_found", "No contact with the id " + seg[1] + '.');
        return v3Contact(*contact, p);
    }
    if (seg.size() >= 3 && seg[0] == "reports") {
        if (seg[1] == "email_reports" && (seg.size() == 4 || seg.size() == 5)) {
            const auto activity = V3::activityForId(dataset, seg[2]);
            if (!activity)
                return notFound("reports.api.not_found", "No campaign activity with the id " + seg[2] + '.');
            if (activity->role == V3::Role::Permalink) // reports exist for primary_email and resend only (§2.2)
                return badRequest("Reports are available for primary_email and resend activities only.");
            if (seg.size() == 4 && seg[3] == "links")
                return v3Links(*activity, p);
            if (seg.size() == 5 && seg[3] == "tracking" && seg[4] == "clicks")
                return v3Clicks(*activity, p, path);
            return notFoundPath();
        }
        if (seg[1] == "stats" && seg.size() == 4 && seg[2] == "email_campaign_activities")
            return v3Stats(seg[3]);
        if (seg[1] == "summary_reports" && seg.size() == 3 && seg[2] == "email_campaign_summaries")
            return v3Summaries(p);
        if (seg[1] == "contact_reports" && seg.size() == 4 && seg[3] == "activity_details") {
            const auto contact = V3::contactForId(dataset, seg[2]);
            if (!contact)
                return notFound("contacts.api.not_found", "No contact with the id " + seg[2] + '.');
            return v3ContactActivity(*contact, p, path);
        }
    }
    return notFoundPath();
}

} // namespace ClickScope::Sandbox
