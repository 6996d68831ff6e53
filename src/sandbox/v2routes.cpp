// SPDX-License-Identifier: GPL-3.0-or-later
// The v2 API as a pure function of the request: every route of ctct-v2-api.md §3 and §9 over the generated data.
#include "isodate.h"
#include "sandbox_p.h"
#include "v2names.h"

#include <algorithm>

namespace ClickScope::Sandbox {

ApiResponse errorResponse(int status, QByteArrayView key, const QByteArray &message)
{
    ApiResponse r;
    r.status = status;
    JsonOut out(r.body);
    out.raw("[{").key("error_key").str(key).raw(',').key("error_message").str(message).raw("}]");
    out.finish();
    return r;
}

ApiResponse errorResponse(int status, const QByteArray &message)
{
    return errorResponse(status, defaultErrorKey(status), message);
}

bool parseInt64(QByteArrayView text, std::int64_t &out)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    std::int64_t v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

std::optional<ApiResponse> SandboxPrivate::pagingState(const Params &p, const QByteArray &route, std::int64_t campaign,
    std::int64_t link, std::int64_t contact, int maxLimit, int defaultLimit, QByteArrayView sinceName, Cursor &cursor,
    bool &fresh) const
{
    if (const auto next = p.value("next")) {
        if (!p.onlyNextAndKey())
            return errorResponse(400, "The next parameter may only be used by itself.");
        const auto decoded = Cursor::decode(*next);
        if (!decoded || decoded->route != route || decoded->campaign != campaign || decoded->link != link
            || decoded->contact != contact || decoded->fingerprint != dataset.fingerprint()
            || decoded->limit > maxLimit) // a page no larger than the route serves (a client can write cursors)
            return errorResponse(400, "Invalid value for the next parameter.");
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
            return errorResponse(400, "The limit parameter must be a whole number.");
        if (n < 1 || n > maxLimit) {
            if (!config.clampLimit)
                return errorResponse(
                    400, QByteArray("The limit parameter must be between 1 and ") + QByteArray::number(maxLimit) + '.');
            n = std::clamp<std::int64_t>(n, 1, maxLimit);
        }
        cursor.limit = n;
    }
    cursor.since = -1;
    if (!sinceName.isEmpty()) {
        if (const auto since = p.value(sinceName)) {
            const auto ms = parseIsoDateTime(*since);
            if (!ms)
                return errorResponse(
                    400, QByteArray("The ") + sinceName.toByteArray() + " parameter must be an ISO-8601 date-time.");
            cursor.since = *ms;
        }
    }
    return std::nullopt;
}

QByteArray activityKey(const Activity &a)
{
    return QByteArray::number(qlonglong(a.ms)) + '.' + QByteArray::number(a.campaign) + '.'
        + QByteArray::number(int(a.type)) + '.' + QByteArray::number(a.clickIndex) + '.'
        + QByteArray::number(a.contact);
}

std::optional<Activity> parseActivityKey(const QByteArray &key)
{
    const QList<QByteArray> parts = key.split('.');
    std::int64_t v[5] = {};
    if (parts.size() != 5)
        return std::nullopt;
    for (int i = 0; i < 5; ++i)
        if (!parseInt64(parts[i], v[i]))
            return std::nullopt;
    if (v[1] > 0xffff || v[2] > std::int64_t(ActivityType::Unsubscribe) || v[3] > 0xffffffffLL || v[4] > 0xffffffffLL)
        return std::nullopt;
    return Activity { v[0], std::uint32_t(v[4]), std::uint32_t(v[3]), std::uint16_t(v[1]), ActivityType(v[2]) };
}

std::optional<std::int64_t> activityStart(const std::vector<Activity> &list, const Cursor &cursor)
{
    if (cursor.after.isEmpty())
        return 0;
    const auto after = parseActivityKey(cursor.after);
    if (!after)
        return std::nullopt;
    return std::upper_bound(list.begin(), list.end(), *after, &Dataset::newerFirst) - list.begin();
}

ApiResponse SandboxPrivate::activityPage(const std::vector<Activity> &list, const Cursor &cursor, const Params &p,
    const QByteArray &path, bool withLinkUri) const
{
    std::int64_t end = std::int64_t(list.size());
    if (cursor.since >= 0) // newest first: the rows at or after since are a prefix
        end = std::partition_point(list.begin(), list.end(), [&](const Activity &a) { return a.ms >= cursor.since; })
            - list.begin();
    // The page starts after the row the cursor names, wherever rows added since then have landed.
    const auto start = activityStart(list, cursor);
    if (!start)
        return errorResponse(400, "Invalid value for the next parameter.");
    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"results\":[");
    const std::int64_t stop = std::min(end, *start + cursor.limit);
    for (std::int64_t i = *start; i < stop; ++i) {
        if (i > *start)
            out.raw(',');
        writeActivity(out, list[std::size_t(i)], p.request, withLinkUri);
    }
    std::optional<Cursor> next;
    if (stop < end && stop > *start) {
        next = cursor;
        next->after = activityKey(list[std::size_t(stop - 1)]);
    }
    finishPage(out, path, next);
    out.finish();
    return r;
}

void SandboxPrivate::finishPage(JsonOut &out, const QByteArray &path, const std::optional<Cursor> &next) const
{
    out.raw("],\"meta\":{\"pagination\":{");
    if (next)
        out.key("next_link").raw('"').raw(path).raw("?next=").raw(next->encode()).raw('"');
    out.raw("}}}");
}

ApiResponse SandboxPrivate::campaignList(const Params &p) const
{
    Cursor cursor;
    bool fresh = true;
    if (auto error
        = pagingState(p, "campaigns", -1, -1, -1, campaignLimitMax, campaignLimitMax, "modified_since", cursor, fresh))
        return *error;
    if (fresh) {
        QByteArray status = p.value("status").value_or(QByteArray("ALL")).toUpper();
        if (status != "ALL" && status != "SENT" && status != "DRAFT" && status != "SCHEDULED" && status != "RUNNING"
            && status != "DELETED")
            return errorResponse(
                400, "The status parameter must be one of ALL, DRAFT, RUNNING, SENT, SCHEDULED or DELETED.");
        cursor.status = status;
    }

    // Matching campaigns in the order the documentation gives for the status (§3.1).
    std::vector<int> rows;
    const auto &all = dataset.campaigns();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Campaign &c = all[i];
        if (cursor.status != "ALL" && statusName(c.status) != QByteArrayView(cursor.status))
            continue;
        if (cursor.since >= 0 && c.modifiedMs < cursor.since)
            continue;
        rows.push_back(int(i));
    }
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const Campaign &x = all[std::size_t(a)];
        const Campaign &y = all[std::size_t(b)];
        if (cursor.status == "SENT")
            return x.lastRunMs > y.lastRunMs;
        if (cursor.status == "SCHEDULED")
            return x.nextRunMs < y.nextRunMs;
        return x.modifiedMs > y.modifiedMs;
    });

    ApiResponse r;
    JsonOut out(r.body);
    out.raw("{\"results\":[");
    const std::int64_t end = std::min<std::int64_t>(std::int64_t(rows.size()), cursor.pos + cursor.limit);
    for (std::int64_t i = cursor.pos; i < end; ++i) {
        const Campaign &c = all[std::size_t(rows[std::size_t(i)])];
        if (i > cursor.pos)
            out.raw(',');
        out.raw('{').key("id").id(c.id, false).raw(',').key("name").str(c.name);
        out.raw(',').key("status").str(statusName(c.status));
        out.raw(',').key("modified_date").date(c.modifiedMs, false).raw('}');
    }
    std::optional<Cursor> next;
    if (end < std::int64_t(rows.size())) {
        next = cursor;
        next->pos = end;
    }
    finishPage(out, "/v2/emailmarketing/campaigns", next);
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::summary(
    const TrackingSummary &s, std::int64_t campaignId, std::int64_t contactId, bool numericIds) const
{
    ApiResponse r;
    JsonOut out(r.body);
    out.raw('{');
    if (campaignId >= 0)
        out.key("campaign_id").id(campaignId, numericIds).raw(',');
    if (contactId >= 0)
        out.key("contact_id").id(contactId, numericIds).raw(',');
    out.key("sends").num(s.sends).raw(',').key("opens").num(s.opens).raw(',').key("clicks").num(s.clicks);
    out.raw(',').key("forwards").num(s.forwards).raw(',').key("unsubscribes").num(s.unsubscribes);
    out.raw(',').key("bounces").num(s.bounces);
    if (campaignId >= 0)
        out.raw(',').key("spam_count").num(s.spamCount);
    out.raw('}');
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::campaignDetail(int index, const ApiRequest &request) const
{
    const Campaign &c = dataset.campaigns()[std::size_t(index)];
    const bool ids = request.numericIds;
    const bool noDates = request.emptyDates;
    ApiResponse r;
    JsonOut out(r.body);
    out.raw('{').key("id").id(c.id, ids).raw(',').key("name").str(c.name).raw(',').key("subject").str(c.subject);
    out.raw(',').key("status").str(statusName(c.status));
    out.raw(",\"from_name\":\"Example Outfitters\",\"from_email\":\"news@example.com\","
            "\"reply_to_email\":\"support@example.com\",\"template_type\":\"CUSTOM\"");
    out.raw(',').key("created_date").date(c.createdMs, noDates);
    out.raw(',').key("modified_date").date(c.modifiedMs, noDates);
    if (c.status == CampaignStatus::Sent)
        out.raw(',').key("last_run_date").date(c.lastRunMs, noDates);
    if (c.status == CampaignStatus::Scheduled)
        out.raw(',').key("next_run_date").date(c.nextRunMs, noDates);
    out.raw(",\"permalink_url\":\"https://myemail.example.com/");
    out.num(c.id).raw(
        ".html\",\"is_permission_reminder_enabled\":false,\"is_view_as_webpage_enabled\":true,"
        "\"view_as_web_page_text\":\"Having trouble viewing this email?\","
        "\"view_as_web_page_link_text\":\"Click here\",\"greeting_salutations\":\"Dear\","
        "\"greeting_name\":\"FIRST_NAME\",\"greeting_string\":\"Hello\",\"email_content_format\":\"HTML\","
        "\"email_content\":\"<html><body><p>Hello</p></body></html>\",\"text_content\":\"Hello\","
        "\"style_sheet\":\"\",\"message_footer\":{\"city\":\"Waltham\",\"state\":\"MA\","
        "\"country\":\"US\",\"organization_name\":\"Example Outfitters\","
        "\"address_line_1\":\"1601 Trapelo Road\",\"postal_code\":\"02451\","
        "\"include_forward_email\":true,\"forward_email_link_text\":\"Forward this email\","
        "\"include_subscribe_link\":true,\"subscribe_link_text\":\"Sign up\"},"
        "\"sent_to_contact_lists\":[{\"id\":");
    out.id(1, ids).raw("}]");
    if (c.status == CampaignStatus::Sent) {
        const TrackingSummary s = dataset.campaignSummary(index);
        out.raw(",\"tracking_summary\":{").key("sends").num(s.sends).raw(',').key("opens").num(s.opens);
        out.raw(',').key("clicks").num(s.clicks).raw(',').key("forwards").num(s.forwards);
        out.raw(',').key("unsubscribes").num(s.unsubscribes).raw(',').key("bounces").num(s.bounces);
        out.raw(',').key("spam_count").num(s.spamCount).raw('}');
    }
    out.raw(",\"click_through_details\":[");
    if (c.status == CampaignStatus::Sent) {
        for (std::size_t l = 0; l < c.links.size(); ++l) {
            if (l > 0)
                out.raw(',');
            out.raw('{').key("url").str(c.links[l].url).raw(',').key("url_uid").id(c.links[l].id, ids);
            out.raw(',').key("click_count").num(std::int64_t(c.links[l].clicks.size())).raw('}');
        }
    }
    out.raw("]}");
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::clicks(int campaign, int link, const Params &p, const QByteArray &path) const
{
    Cursor cursor;
    bool fresh = true;
    if (auto error = pagingState(
            p, "clicks", campaign, link, -1, trackingLimitMax, trackingLimitMax, "created_since", cursor, fresh))
        return *error;
    const Campaign &c = dataset.campaigns()[std::size_t(campaign)];
    const std::uint32_t total = link < 0 ? c.clickCount : std::uint32_t(c.links[std::size_t(link)].clicks.size());
    // Newest first, from hi down: a cursor's pos is the oldest-first index where its page ends (exclusive). Added
    // clicks get the next indices, so a cursor made before them goes on where it was.
    const std::uint32_t lo = cursor.since >= 0 ? dataset.lowerBound(campaign, link, cursor.since) : 0;
    const std::int64_t hi = fresh ? std::int64_t(total) : std::min<std::int64_t>(cursor.pos, total);
    const std::int64_t stop = std::max<std::int64_t>(lo, hi - cursor.limit);

    const ApiRequest &request = p.request;
    const bool ids = request.numericIds;
    ApiResponse r;
    r.body.reserve(qsizetype(std::max<std::int64_t>(0, hi - stop)) * 200 + 256);
    JsonOut out(r.body);
    out.raw("{\"results\":[");
    QByteArray campaignId;
    JsonOut(campaignId).id(c.id, ids);
    QList<QByteArray> linkIds;
    for (const Link &l : c.links) {
        QByteArray id;
        JsonOut(id).id(l.id, ids);
        linkIds.append(id);
    }
    for (std::int64_t pos = hi - 1; pos >= stop; --pos) {
        const std::uint32_t index = link < 0 ? std::uint32_t(pos) : c.links[std::size_t(link)].clicks[std::size_t(pos)];
        const int linkOfClick = link < 0 ? dataset.clickLink(campaign, index) : link;
        const std::uint32_t contact = dataset.clickContact(campaign, index);
        if (pos != hi - 1)
            out.raw(',');
        out.raw("{\"activity_type\":\"EMAIL_CLICK\",\"campaign_id\":").raw(campaignId);
        out.raw(",\"contact_id\":").id(Dataset::contactId(contact), ids);
        out.raw(",\"email_address\":\"").raw(dataset.emailJson(contact));
        out.raw("\",\"link_id\":").raw(linkIds[linkOfClick]);
        out.raw(",\"click_date\":").date(dataset.clickTime(campaign, index), request.emptyDates).raw('}');
    }
    std::optional<Cursor> next;
    if (stop > lo) {
        next = cursor;
        next->pos = stop;
    }
    finishPage(out, path, next);
    out.finish();
    return r;
}

void SandboxPrivate::writeActivity(JsonOut &out, const Activity &a, const ApiRequest &request, bool withLinkUri) const
{
    const bool ids = request.numericIds;
    const Campaign &c = dataset.campaigns()[a.campaign];
    out.raw("{\"activity_type\":\"").raw(activityName(a.type)).raw("\",\"campaign_id\":").id(c.id, ids);
    out.raw(",\"contact_id\":").id(Dataset::contactId(a.contact), ids);
    out.raw(",\"email_address\":\"").raw(dataset.emailJson(a.contact)).raw('"');
    switch (a.type) {
    case ActivityType::Click: {
        const Link &link = c.links[std::size_t(dataset.clickLink(a.campaign, a.clickIndex))];
        out.raw(",\"link_id\":").id(link.id, ids);
        if (withLinkUri)
            out.raw(",\"link_uri\":").str(link.url);
        break;
    }
    case ActivityType::Bounce: {
        const int code = dataset.bounceCodeIndex(a.campaign, a.contact);
        out.raw(",\"bounce_code\":").str(bounceCodeName(code));
        out.raw(",\"bounce_description\":").str(bounceDescription(code));
        out.raw(",\"bounce_message\":\"\"");
        break;
    }
    case ActivityType::Unsubscribe:
        out.raw(",\"unsubscribe_source\":")
            .str(unsubscribeSourceName(dataset.unsubscribeSourceIndex(a.campaign, a.contact)));
        out.raw(",\"unsubscribe_reason\":\"\"");
        break;
    default:
        break;
    }
    out.raw(",\"").raw(dateFieldName(a.type)).raw("\":").date(a.ms, request.emptyDates).raw('}');
}

ApiResponse SandboxPrivate::campaignReport(int campaign, std::optional<ActivityType> type, const QByteArray &reportName,
    const Params &p, const QByteArray &path) const
{
    Cursor cursor;
    bool fresh = true;
    if (auto error = pagingState(
            p, reportName, campaign, -1, -1, trackingLimitMax, trackingLimitMax, "created_since", cursor, fresh))
        return *error;
    const std::vector<Activity> &list = dataset.campaignActivities(campaign, type);
    return activityPage(list, cursor, p, path, false);
}

namespace {

    QByteArrayView profileStatus(std::uint64_t h)
    {
        static const char *const statuses[] = { "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE",
            "UNCONFIRMED", "OPTOUT", "ACTIVE" };
        return statuses[h % 10];
    }

} // namespace

bool contactOptedOut(const Dataset &dataset, std::uint32_t contact)
{
    return dataset.unsubscribeCampaign(contact) >= 0 || profileStatus(dataset.hash(20, contact)) == "OPTOUT";
}

ContactProfile contactProfile(const Dataset &dataset, std::uint32_t contact)
{
    ContactProfile p;
    p.hash = dataset.hash(20, contact);
    const std::uint64_t h = p.hash;
    static const char *const titles[] = { "Marketing Manager", "Owner", "Office Administrator", "Buyer",
        "Directrice commerciale", "Geschäftsführerin", "Analyst", "" };
    static const char *const companies[] = { "Northwind Traders", "Contoso Ltd.", "Fabrikam, Inc.",
        "Müller & Söhne GmbH", "Tailspin Toys", "Café Lumière", "", "Adventure Works" };
    static const char *const cities[][4] = { { "Boston", "Massachusetts", "MA", "us" },
        { "Austin", "Texas", "TX", "us" }, { "Toronto", "Ontario", "ON", "ca" }, { "München", "Bayern", "", "de" },
        { "Lyon", "", "", "fr" }, { "Sevilla", "", "", "es" } };
    p.status = profileStatus(h);
    p.createdMs = Dataset::nowMs() - 800LL * 86400000 - std::int64_t((h >> 8) % (900ULL * 86400000));
    p.modifiedMs = p.createdMs + std::int64_t((h >> 16) % (700ULL * 86400000));
    const auto city = cities[(h >> 24) % 6];
    p.city = city[0];
    p.state = city[1];
    p.stateCode = city[2];
    p.countryCode = city[3];
    p.title = titles[(h >> 30) % 8];
    p.company = companies[(h >> 33) % 8];
    p.street = QByteArray::number(10 + (h >> 42) % 990) + " Main Street";
    p.postalCode = QByteArray::number(10000 + (h >> 46) % 89999);
    p.lists = 1 + int((h >> 50) % 3);
    // An unsubscribe in a campaign makes the contact OPTOUT from then on. A contact opted out otherwise (by the
    // account owner) was opted out after their last activity: nothing is sent to an opted-out contact.
    if (const int campaign = dataset.unsubscribeCampaign(contact); campaign >= 0) {
        p.status = "OPTOUT";
        p.optOutMs = dataset.unsubscribeTime(contact);
        p.unsubscribeSource = dataset.unsubscribeSourceIndex(campaign, contact);
        p.optOutByContact = unsubscribeSourceName(p.unsubscribeSource) == "ACTION_BY_CONTACT";
    } else if (p.status == "OPTOUT") {
        const std::vector<Activity> all = dataset.contactActivities(contact, std::nullopt);
        p.optOutMs
            = std::max(p.modifiedMs, all.empty() ? 0 : all.front().ms + 3600000 + std::int64_t((h >> 52) % 3600000));
    }
    p.modifiedMs = std::max(p.modifiedMs, p.optOutMs);
    return p;
}

int contactListCount()
{
    return 4;
}

QByteArrayView contactListName(int id)
{
    static const char *const names[]
        = { "General Interest", "Customers — Newsletter", "Événements & webinaires", "Old imports (2019)" };
    return names[std::clamp(id, 1, contactListCount()) - 1];
}

std::int64_t contactListCreatedMs(const Dataset &dataset, int id)
{
    return Dataset::nowMs() - 1800LL * 86400000
        + std::int64_t(dataset.hash(22, std::uint64_t(id)) % (90ULL * 86400000));
}

int contactListMembers(const Dataset &dataset, int id)
{
    int members = 0;
    for (int k = 0; k < dataset.contactCount(); ++k)
        members += 1 + int((dataset.hash(20, std::uint32_t(k)) >> 50) % 3) >= id ? 1 : 0; // as contactProfile()
    return members;
}

ApiResponse SandboxPrivate::contactLists(const Params &p) const
{
    // GET /v2/lists: a bare JSON array, like summaryByCampaign (v2 contact list collection).
    ApiResponse r;
    JsonOut out(r.body);
    out.raw('[');
    const bool ids = p.request.numericIds;
    const bool withUuid = p.value("include_list_id").value_or(QByteArray()) == "true";
    for (int id = 1; id <= contactListCount(); ++id) {
        if (id > 1)
            out.raw(',');
        out.raw('{').key("id").id(id, ids);
        if (withUuid)
            out.raw(',').key("list_id").str(V3::uuid(dataset, V3::Kind::List, std::uint64_t(id)));
        out.raw(',').key("name").str(contactListName(id)).raw(',').key("status").str("ACTIVE");
        const std::int64_t created = contactListCreatedMs(dataset, id);
        out.raw(',')
            .key("created_date")
            .date(created, false)
            .raw(',')
            .key("modified_date")
            .date(created + 86400000, false);
        out.raw(',').key("contact_count").num(contactListMembers(dataset, id)).raw('}');
    }
    out.raw(']');
    out.finish();
    return r;
}

QByteArray contactPhone(const Dataset &dataset, std::uint32_t contact, std::uint64_t salt)
{
    return QByteArray("+1 617-555-") + QByteArray::number(1000 + (dataset.hash(21, contact, salt) % 9000));
}

ApiResponse SandboxPrivate::contactDetail(std::uint32_t contact, const ApiRequest &request) const
{
    const bool ids = request.numericIds;
    const bool noDates = request.emptyDates;
    const ContactProfile profile = contactProfile(dataset, contact);
    const std::uint64_t h = profile.hash;
    const QByteArrayView status = profile.status;
    const std::int64_t created = profile.createdMs;
    const std::int64_t modified = profile.modifiedMs;

    ApiResponse r;
    JsonOut out(r.body);
    out.raw('{').key("id").id(Dataset::contactId(contact), ids).raw(',').key("status").str(status);
    out.raw(',').key("fax").str("").raw(',').key("prefix_name").str((h >> 5) % 3 == 0 ? "Dr." : "");
    out.raw(',')
        .key("first_name")
        .str(dataset.firstName(contact))
        .raw(',')
        .key("last_name")
        .str(dataset.lastName(contact));
    out.raw(',').key("job_title").str(profile.title).raw(',').key("company_name").str(profile.company);
    out.raw(',').key("department_name").str("");
    const auto phone = [&](std::uint64_t salt) { return contactPhone(dataset, contact, salt); };
    out.raw(',').key("home_phone").str((h >> 36) % 2 ? phone(1) : QByteArray());
    out.raw(',')
        .key("work_phone")
        .str(phone(2))
        .raw(',')
        .key("cell_phone")
        .str((h >> 37) % 3 ? phone(3) : QByteArray());
    out.raw(',').key("confirmed").boolean((h >> 38) % 2);
    out.raw(",\"email_addresses\":[{").key("id").id(std::int64_t(contact) + 500000, ids);
    out.raw(',').key("status").str(status).raw(',').key("confirm_status").str("NO_CONFIRMATION_REQUIRED");
    out.raw(',').key("opt_in_source").str((h >> 40) % 2 ? "ACTION_BY_VISITOR" : "ACTION_BY_OWNER");
    out.raw(',').key("opt_in_date").date(created + 60000, noDates);
    out.raw(',').key("opt_out_date");
    if (status == "OPTOUT")
        out.date(profile.optOutMs, noDates);
    else
        out.raw("\"\"");
    out.raw(',').key("email_address").raw('"').raw(dataset.emailJson(contact)).raw("\"}]");
    out.raw(",\"addresses\":[{").key("id").id(std::int64_t(contact) + 900000, ids);
    out.raw(',').key("address_type").str("BUSINESS");
    out.raw(',').key("line1").str(profile.street);
    out.raw(',').key("line2").str((h >> 44) % 4 == 0 ? QByteArray("Suite 404") : QByteArray());
    out.raw(',').key("line3").str("").raw(',').key("city").str(profile.city).raw(',').key("state").str(profile.state);
    out.raw(',').key("state_code").str(profile.stateCode).raw(',').key("country_code").str(profile.countryCode);
    out.raw(',').key("postal_code").str(profile.postalCode);
    out.raw(',').key("sub_postal_code").str("").raw("}]");
    out.raw(",\"lists\":[");
    for (int i = 0; i < profile.lists; ++i) {
        if (i > 0)
            out.raw(',');
        out.raw('{').key("id").id(i + 1, ids).raw(',').key("status").str("ACTIVE").raw('}');
    }
    out.raw("],\"custom_fields\":[],\"notes\":[],\"source\":\"API\",\"source_details\":\"ClickScope sandbox\"");
    out.raw(',').key("created_date").date(created, noDates).raw(',').key("modified_date").date(modified, noDates);
    out.raw('}');
    out.finish();
    return r;
}

ApiResponse SandboxPrivate::contactReport(std::uint32_t contact, std::optional<ActivityType> type, std::int64_t linkId,
    const QByteArray &reportName, const Params &p, const QByteArray &path) const
{
    Cursor cursor;
    bool fresh = true;
    if (auto error = pagingState(p, "contact-" + reportName, -1, linkId, std::int64_t(contact), trackingLimitMax,
            trackingLimitMax, "created_since", cursor, fresh))
        return *error;
    std::vector<Activity> list = dataset.contactActivities(contact, type);
    if (linkId >= 0) {
        std::erase_if(list, [&](const Activity &a) {
            return dataset.campaigns()[a.campaign].links[std::size_t(dataset.clickLink(a.campaign, a.clickIndex))].id
                != linkId;
        });
    }
    return activityPage(list, cursor, p, path, true);
}

ApiResponse SandboxPrivate::summaryByCampaign(std::uint32_t contact, bool numericIds) const
{
    // A bare JSON array, unlike every other report (§3.7).
    ApiResponse r;
    JsonOut out(r.body);
    out.raw('[');
    bool first = true;
    const auto &all = dataset.campaigns();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!dataset.received(int(i), contact))
            continue;
        const int c = int(i);
        if (!first)
            out.raw(',');
        first = false;
        int clicks = 0;
        for (const Activity &a : dataset.contactActivities(contact, ActivityType::Click))
            clicks += a.campaign == c ? 1 : 0;
        out.raw('{').key("campaign_id").id(all[i].id, numericIds).raw(',').key("contact_id");
        out.id(Dataset::contactId(contact), numericIds).raw(',').key("opens").num(dataset.opened(c, contact) ? 1 : 0);
        out.raw(',').key("clicks").num(clicks).raw(',').key("forwards").num(dataset.forwarded(c, contact) ? 1 : 0);
        out.raw(',').key("bounces").num(dataset.bounced(c, contact) ? 1 : 0).raw('}');
    }
    out.raw(']');
    out.finish();
    return r;
}

std::optional<ApiResponse> SandboxPrivate::checkAccess(const ApiRequest &request) const
{
    if (request.path.startsWith("/v3/"))
        return checkV3Access(request);
    const Params p { request };
    if (request.method != "GET")
        return errorResponse(405, "Only GET is supported by this API emulator.");

    // Mashery checks the API key first (ctct-v2-api.md §5.1); then the bearer token.
    const auto key = p.value("api_key");
    if (!key || key->isEmpty() || *key != config.apiKey)
        return errorResponse(403, "mashery.not.authorized.inactive",
            "Account Inactive: the API key is not active, or an invalid API key was used.");
    if (request.authorization != "Bearer " + config.accessToken)
        return errorResponse(
            401, config.unauthorizedErrorKey, "Unauthorized: the access token is missing, invalid or expired.");
    if (!request.accept.isEmpty()) {
        const QByteArray accept = request.accept.toLower();
        if (!accept.contains("application/json") && !accept.contains("*/*") && !accept.contains("application/*"))
            return errorResponse(406, "Unsupported accept header value, must be application/json");
    }
    return std::nullopt;
}

QByteArray SandboxPrivate::cacheKey(const ApiRequest &request)
{
    // Only cursor requests are cached: they are the ones a pager sends one after another.
    const QByteArray flags = QByteArray(request.numericIds ? "#n" : "") + (request.emptyDates ? "#e" : "");
    if (request.path.startsWith("/v3/")) {
        if (request.query.size() != 1 || request.query[0].first != "cursor" || request.query[0].second.isEmpty())
            return {};
        return request.path + "?cursor=" + request.query[0].second + flags;
    }
    if (request.query.size() != 2)
        return {};
    const auto &a = request.query[0];
    const auto &b = request.query[1];
    const QByteArray &next = a.first == "next" ? a.second : b.first == "next" ? b.second : QByteArray();
    if (next.isEmpty() || (a.first != "api_key" && b.first != "api_key"))
        return {};
    return request.path + '?' + next + flags;
}

ApiResponse SandboxPrivate::handle(const ApiRequest &request) const
{
    if (auto denied = checkAccess(request))
        return *denied;
    return route(request);
}

ApiResponse SandboxPrivate::handleWithPrefetch(const ApiRequest &request)
{
    if (auto denied = checkAccess(request))
        return *denied;
    const QByteArray key = cacheKey(request);
    if (!key.isEmpty()) {
        const auto it = prefetched.constFind(key);
        if (it != prefetched.constEnd()) {
            ApiResponse cached = *it;
            prefetched.erase(it);
            return cached;
        }
    }
    return route(request);
}

void SandboxPrivate::prefetchAfter(const ApiRequest &request, const ApiResponse &response)
{
    // Pages are deterministic, so the page after this one can be made while the client reads this one: with
    // the client and the sandbox on separate cores, the client then never waits for a page to be generated.
    if (response.status != 200)
        return;
    const bool v3 = request.path.startsWith("/v3/");
    const QByteArray marker = v3 ? "?cursor=" : "?next=";
    const qsizetype at = response.body.lastIndexOf(marker);
    if (at < 0)
        return;
    const qsizetype valueStart = at + marker.size();
    const qsizetype end = response.body.indexOf('"', at);
    const qsizetype pathStart = response.body.lastIndexOf('"', at) + 1;
    if (end < 0 || pathStart <= 0)
        return;
    ApiRequest next = request;
    next.path = response.body.mid(pathStart, at - pathStart);
    const QByteArray value = response.body.mid(valueStart, end - valueStart);
    if (v3)
        next.query = { { "cursor", value } };
    else
        next.query = { { "next", value }, { "api_key", config.apiKey } };
    const QByteArray key = cacheKey(next);
    if (key.isEmpty() || prefetched.contains(key))
        return;
    if (prefetched.size() >= 8)
        prefetched.clear();
    prefetched.insert(key, route(next));
}

ApiResponse SandboxPrivate::route(const ApiRequest &request) const
{
    if (request.path.startsWith("/v3/"))
        return routeV3(request);
    const Params p { request };
    const QByteArray &path = request.path;
    QList<QByteArray> seg = path.split('/');
    // "", "v2", ...
    if (seg.size() < 3 || !seg[0].isEmpty() || seg[1] != "v2")
        return errorResponse(404, "Not found: " + path);
    seg = seg.mid(2);
    if (!seg.isEmpty() && seg.last().isEmpty())
        seg.removeLast();

    if (seg.size() >= 2 && seg[0] == "emailmarketing" && seg[1] == "campaigns") {
        if (seg.size() == 2)
            return campaignList(p);
        std::int64_t id = 0;
        const int campaign = parseInt64(seg[2], id) ? dataset.campaignIndexForId(id) : -1;
        if (campaign < 0)
            return errorResponse(404, "Campaign ID not found.");
        if (seg.size() == 3)
            return campaignDetail(campaign, request);
        if (seg[3] != "tracking" || seg.size() > 6)
            return errorResponse(404, "Not found: " + path);
        if (dataset.campaigns()[std::size_t(campaign)].status != CampaignStatus::Sent)
            return errorResponse(
                config.unsentTrackingStatus, "Tracking information is only available for SENT email campaigns.");
        if (seg.size() == 4)
            return campaignReport(campaign, std::nullopt, "all", p, path);
        if (seg[4] == "reports") {
            if (seg.size() == 6 && seg[5] == "summary")
                return summary(dataset.campaignSummary(campaign), dataset.campaigns()[std::size_t(campaign)].id, -1,
                    request.numericIds);
            return errorResponse(404, "Not found: " + path);
        }
        bool ok = false;
        const auto type = reportType(seg[4], &ok);
        if (!ok)
            return errorResponse(404, "Not found: " + path);
        if (*type == ActivityType::Click) {
            int link = -1;
            if (seg.size() == 6) {
                std::int64_t linkId = 0;
                link = parseInt64(seg[5], linkId) ? dataset.linkIndexForId(campaign, linkId) : -1;
                if (link < 0) {
                    if (config.unknownLinkNotFound)
                        return errorResponse(404, "Link ID not found.");
                    ApiResponse empty;
                    empty.body = "{\"results\":[],\"meta\":{\"pagination\":{}}}";
                    return empty;
                }
            }
            return clicks(campaign, link, p, path);
        }
        if (seg.size() != 5)
            return errorResponse(404, "Not found: " + path);
        return campaignReport(campaign, type, seg[4], p, path);
    }

    if (seg.size() == 1 && seg[0] == "lists")
        return contactLists(p);
    if (seg.size() >= 2 && seg[0] == "contacts") {
        std::int64_t id = 0;
        const auto contact = parseInt64(seg[1], id) ? dataset.contactForId(id) : std::nullopt;
        if (!contact)
            return errorResponse(404, "No persons found using 'contact ids (" + seg[1] + ")'");
        if (seg.size() == 2)
            return contactDetail(*contact, request);
        if (seg[2] != "tracking" || seg.size() > 5)
            return errorResponse(404, "Not found: " + path);
        if (seg.size() == 3)
            return contactReport(*contact, std::nullopt, -1, "all", p, path);
        if (seg[3] == "reports") {
            if (seg.size() == 5 && seg[4] == "summary")
                return summary(dataset.contactSummary(*contact), -1, Dataset::contactId(*contact), request.numericIds);
            if (seg.size() == 5 && seg[4] == "summaryByCampaign")
                return summaryByCampaign(*contact, request.numericIds);
            return errorResponse(404, "Not found: " + path);
        }
        bool ok = false;
        const auto type = reportType(seg[3], &ok);
        if (!ok)
            return errorResponse(404, "Not found: " + path);
        std::int64_t linkId = -1;
        if (seg.size() == 5) {
            if (*type != ActivityType::Click || !parseInt64(seg[4], linkId))
                return errorResponse(404, "Not found: " + path);
        }
        return contactReport(*contact, type, linkId, seg[3], p, path);
    }
    return errorResponse(404, "Not found: " + path);
}

} // namespace ClickScope::Sandbox
