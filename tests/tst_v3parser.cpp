// SPDX-License-Identifier: GPL-3.0-or-later
// The v3 response parsers: on real pages from the sandbox (called without HTTP) checked against the sandbox's own
// data, and on hand-written pages for the shapes the sandbox does not write and for every kind of error.
#include "domain/isotime.h"
#include "sandbox/sandbox.h"
#include "sandbox/v3ids.h"
#include "v3/v3parser.h"

#include <QSet>
#include <QTest>

#include <limits>
#include <memory>
#include <vector>

using namespace ClickScope;
namespace SB = ClickScope::Sandbox;
namespace SBV3 = ClickScope::Sandbox::V3;

namespace {

constexpr qint64 wholeMinuteMs = 1556190480000; // 2019-04-25T11:08:00Z
constexpr qint64 withMillisMs = 1556229180123; // 2019-04-25T21:53:00.123Z

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwt(const QByteArray &payload)
{
    return base64Url(R"({"alg":"RS256","typ":"JWT"})") + '.' + base64Url(payload) + ".c2lnbmF0dXJl";
}

// A click page around the given rows and _links.
QByteArray clickPage(const QByteArray &rows, const QByteArray &links = QByteArray())
{
    QByteArray body = R"({"tracking_activities":[)" + rows + ']';
    if (!links.isNull())
        body += R"(,"_links":)" + links;
    return body + '}';
}

const QByteArray goodRow
    = R"({"contact_id":"c1","campaign_activity_id":"a1","tracking_activity_type":"em_clicks","email_address":"e@x.example","url_id":"1100577727321","link_url":"https://x.example","created_time":"2019-04-25T11:08:00Z"})";

} // namespace

class TestV3Parser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Real pages from the sandbox.
    void sandboxEmails();
    void sandboxEmailDetails();
    void sandboxClicks();
    void sandboxLinks();
    void sandboxContacts();
    void sandboxContactActivity();

    // Hand-written pages.
    void clickPageShapes();
    void clickPageLinks_data();
    void clickPageLinks();
    void clickPageErrors_data();
    void clickPageErrors();
    void clickPageReuse();
    void emailPage();
    void emailDetail();
    void links();
    void activityStats();
    void contactMapping();
    void contactErrors();
    void contactActivityTypes();
    void tokenResponse();
    void oauthError();

private:
    SB::ApiResponse get(const QByteArray &path, const QList<std::pair<QByteArray, QByteArray>> &query = {}) const;
    // The page an href of _links.next points at: its path and its cursor.
    SB::ApiResponse follow(const QByteArray &href) const;
    const SB::Dataset &data() const { return m_sandbox->dataset(); }

    std::unique_ptr<SB::Sandbox> m_sandbox;
};

void TestV3Parser::initTestCase()
{
    SB::SandboxConfig config;
    config.data.campaigns = 5;
    config.data.clicks = 3000;
    m_sandbox = std::make_unique<SB::Sandbox>(config);
    // The tests below need a sent campaign with a resend and one without, and enough clicks for several pages.
    int sent = 0, resends = 0;
    for (int i = 0; i < int(data().campaigns().size()); ++i) {
        if (data().campaigns()[std::size_t(i)].status == SB::CampaignStatus::Sent)
            ++sent;
        if (SBV3::hasResend(data(), i))
            ++resends;
    }
    QVERIFY2(sent >= 2 && resends >= 1, "the dataset has too few sent campaigns or no resend");
}

SB::ApiResponse TestV3Parser::get(const QByteArray &path, const QList<std::pair<QByteArray, QByteArray>> &query) const
{
    SB::ApiRequest request;
    request.path = path;
    request.query = query;
    request.authorization = "Bearer clickscope-demo-v3-token";
    return m_sandbox->handle(request);
}

SB::ApiResponse TestV3Parser::follow(const QByteArray &href) const
{
    const qsizetype q = href.indexOf('?');
    QList<std::pair<QByteArray, QByteArray>> query;
    if (q >= 0) {
        for (const QByteArray &item : href.mid(q + 1).split('&')) {
            const qsizetype eq = item.indexOf('=');
            if (eq > 0)
                query.append({ item.left(eq), QByteArray::fromPercentEncoding(item.mid(eq + 1)) });
        }
    }
    return get(q >= 0 ? href.left(q) : href, query);
}

void TestV3Parser::sandboxEmails()
{
    // limit=2 over five campaigns: three pages, the last without _links.
    SB::ApiResponse response = get("/v3/emails", { { "limit", "2" } });
    QHash<QString, int> byId;
    for (int i = 0; i < int(data().campaigns().size()); ++i)
        byId.insert(QString::fromLatin1(SBV3::campaignId(data(), i)), i);
    QSet<QString> seen;
    int pages = 0;
    qint64 previousUpdated = std::numeric_limits<qint64>::max();
    for (;;) {
        QVERIFY2(response.status == 200, response.body.constData());
        const auto page = V3::parseEmailPage(response.body);
        QVERIFY2(page, qPrintable(page.error));
        ++pages;
        QVERIFY(page.value->campaigns.size() <= 2);
        for (const CampaignSummary &c : page.value->campaigns) {
            QVERIFY2(byId.contains(c.id), qPrintable(c.id));
            const SB::Campaign &expected = data().campaigns()[std::size_t(byId.value(c.id))];
            QCOMPARE(c.name, QString::fromUtf8(expected.name));
            QCOMPARE(qint64(c.modifiedMs), qint64(expected.modifiedMs));
            QCOMPARE(c.status,
                expected.status == SB::CampaignStatus::Sent        ? QStringLiteral("Done")
                    : expected.status == SB::CampaignStatus::Draft ? QStringLiteral("Draft")
                                                                   : QStringLiteral("Scheduled"));
            QVERIFY(c.modifiedMs <= previousUpdated); // newest updated_at first
            previousUpdated = c.modifiedMs;
            QVERIFY(!seen.contains(c.id));
            seen.insert(c.id);
        }
        if (page.value->nextLink.isEmpty())
            break;
        QVERIFY(page.value->nextLink.startsWith("/v3/emails?cursor="));
        response = follow(page.value->nextLink);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), qsizetype(data().campaigns().size()));
}

void TestV3Parser::sandboxEmailDetails()
{
    for (int i = 0; i < int(data().campaigns().size()); ++i) {
        const SB::Campaign &expected = data().campaigns()[std::size_t(i)];
        const SB::ApiResponse response = get("/v3/emails/" + SBV3::campaignId(data(), i));
        QVERIFY2(response.status == 200, response.body.constData());
        const auto email = V3::parseEmail(response.body);
        QVERIFY2(email, qPrintable(email.error));
        QCOMPARE(email.value->summary.id, QString::fromLatin1(SBV3::campaignId(data(), i)));
        QCOMPARE(email.value->summary.name, QString::fromUtf8(expected.name));
        QCOMPARE(qint64(email.value->createdMs), qint64(expected.createdMs));
        QCOMPARE(qint64(email.value->summary.modifiedMs), qint64(expected.modifiedMs));
        QList<SBV3::Role> roles { SBV3::Role::Primary, SBV3::Role::Permalink };
        if (SBV3::hasResend(data(), i))
            roles.append(SBV3::Role::Resend);
        QCOMPARE(email.value->activities.size(), roles.size());
        for (qsizetype r = 0; r < roles.size(); ++r) {
            QCOMPARE(email.value->activities[r].id, QString::fromLatin1(SBV3::activityId(data(), i, roles[r])));
            QCOMPARE(email.value->activities[r].role, QString::fromLatin1(SBV3::roleName(roles[r]).toByteArray()));
        }
    }
}

void TestV3Parser::sandboxClicks()
{
    V3::ClickPageParser parser; // one parser for every page of every campaign
    int resendRows = 0, multiPageActivities = 0, wholeMinuteRows = 0, millisecondRows = 0;
    for (int i = 0; i < int(data().campaigns().size()); ++i) {
        const SB::Campaign &campaign = data().campaigns()[std::size_t(i)];
        if (campaign.status != SB::CampaignStatus::Sent)
            continue;
        const QByteArray campaignId = SBV3::campaignId(data(), i);
        QSet<QByteArray> linkIds;
        for (const SB::Link &l : campaign.links)
            linkIds.insert(QByteArray::number(qlonglong(l.id)));
        std::int64_t rowsOfCampaign = 0;
        QList<SBV3::Role> roles { SBV3::Role::Primary };
        if (SBV3::hasResend(data(), i))
            roles.append(SBV3::Role::Resend);
        QList<QByteArray> activityIds;
        QHash<QByteArray, qsizetype> uniqueClickers;
        for (const SBV3::Role role : roles) {
            const QByteArray activityId = SBV3::activityId(data(), i, role);
            activityIds.append(activityId);
            SB::ApiResponse response = get("/v3/reports/email_reports/" + activityId + "/tracking/clicks");
            qint64 previousMs = std::numeric_limits<qint64>::max();
            int pages = 0;
            bool firstRow = true;
            QSet<QByteArray> contacts;
            for (;;) {
                QVERIFY2(response.status == 200, response.body.constData());
                const QByteArray original = response.body;
                const auto page = parser.parse(response.body, campaignId);
                QVERIFY2(page, qPrintable(page.error));
                QCOMPARE(response.body, original); // padded, but the content is unchanged
                ++pages;
                const ClickBatch &b = page.value->batch;
                QVERIFY(b.rows.size() <= 500);
                for (const ParsedClick &row : b.rows) {
                    QCOMPARE(b.view(row.campaignId), QByteArrayView(campaignId));
                    QCOMPARE(row.campaignId.offset, b.rows.front().campaignId.offset); // one copy for the page
                    QVERIFY2(row.clickMs <= previousMs, "clicks are not newest first");
                    previousMs = row.clickMs;
                    if (SBV3::wholeMinute(i)) {
                        QCOMPARE(qint64(row.clickMs % 60000), qint64(0));
                        ++wholeMinuteRows;
                    } else {
                        ++millisecondRows;
                    }
                    QVERIFY(linkIds.contains(b.view(row.linkId).toByteArray()));
                    QVERIFY(b.view(row.email).contains('@'));
                    const QByteArray device = b.view(row.device).toByteArray();
                    QVERIFY2(device == "computer" || device == "mobile" || device == "tablet" || device == "other",
                        device.constData());
                    contacts.insert(b.view(row.contactId).toByteArray());
                }
                if (firstRow && !b.rows.empty()) {
                    // The newest click of this activity, worked out from the dataset.
                    firstRow = false;
                    std::uint32_t index = campaign.clickCount;
                    while (index > 0 && !SBV3::clickInActivity(data(), i, index - 1, role))
                        --index;
                    QVERIFY(index > 0);
                    const std::uint32_t contact = data().clickContact(i, index - 1);
                    QCOMPARE(b.view(b.rows[0].contactId), QByteArrayView(SBV3::contactId(data(), contact)));
                    QCOMPARE(b.view(b.rows[0].email).toByteArray(), data().email(contact));
                    QCOMPARE(qint64(b.rows[0].clickMs), qint64(SBV3::reportedClickMs(data(), i, index - 1)));
                }
                rowsOfCampaign += std::int64_t(b.rows.size());
                if (role == SBV3::Role::Resend)
                    resendRows += int(b.rows.size());
                if (page.value->nextLink.isEmpty())
                    break;
                QVERIFY2(b.rows.size() == 500, "a page before the last is not full");
                QVERIFY(page.value->nextLink.startsWith(
                    QByteArray("/v3/reports/email_reports/" + activityId + "/tracking/clicks?")));
                response = follow(page.value->nextLink);
            }
            if (pages > 1)
                ++multiPageActivities;
            uniqueClickers.insert(activityId, contacts.size());
        }
        QCOMPARE(rowsOfCampaign, std::int64_t(campaign.clickCount));

        // The stats of the same activities count the unique clickers the pages showed (the permalink is an error).
        const QByteArray ids = activityIds.join(',') + ',' + SBV3::activityId(data(), i, SBV3::Role::Permalink);
        const SB::ApiResponse statsResponse = get("/v3/reports/stats/email_campaign_activities/" + ids);
        QCOMPARE(statsResponse.status, 200);
        const auto stats = V3::parseActivityStats(statsResponse.body);
        QVERIFY2(stats, qPrintable(stats.error));
        QCOMPARE(stats.value->size(), activityIds.size());
        for (const QByteArray &id : activityIds) {
            QVERIFY(stats.value->contains(QString::fromLatin1(id)));
            QCOMPARE(qint64(stats.value->value(QString::fromLatin1(id)).clicks), qint64(uniqueClickers.value(id)));
        }
        const SB::TrackingSummary summary = data().campaignSummary(i);
        const TrackingSummary primary = stats.value->value(QString::fromLatin1(activityIds.first()));
        QCOMPARE(qint64(primary.sends), qint64(summary.sends));
        QCOMPARE(qint64(primary.bounces), qint64(summary.bounces));
        QCOMPARE(qint64(primary.unsubscribes), qint64(summary.unsubscribes));
        QCOMPARE(qint64(primary.spamCount), qint64(summary.spamCount));
    }
    QVERIFY(resendRows > 0);
    QVERIFY(multiPageActivities > 0);
    QVERIFY(wholeMinuteRows > 0);
    QVERIFY(millisecondRows > 0);
}

void TestV3Parser::sandboxLinks()
{
    int checked = 0;
    for (int i = 0; i < int(data().campaigns().size()); ++i) {
        const SB::Campaign &campaign = data().campaigns()[std::size_t(i)];
        if (campaign.status != SB::CampaignStatus::Sent)
            continue;
        const SB::ApiResponse response
            = get("/v3/reports/email_reports/" + SBV3::activityId(data(), i, SBV3::Role::Primary) + "/links",
                { { "no_clicks", "true" } });
        QVERIFY2(response.status == 200, response.body.constData());
        const auto links = V3::parseLinks(response.body);
        QVERIFY2(links, qPrintable(links.error));
        QCOMPARE(links.value->size(), qsizetype(campaign.links.size()));
        std::int64_t unique = 0;
        for (qsizetype l = 0; l < links.value->size(); ++l) {
            QCOMPARE(links.value->at(l).id, QString::number(qlonglong(campaign.links[std::size_t(l)].id)));
            QCOMPARE(links.value->at(l).url, QString::fromUtf8(campaign.links[std::size_t(l)].url));
            QVERIFY(links.value->at(l).clickCount >= 0);
            unique += links.value->at(l).clickCount;
        }
        QVERIFY(unique > 0);
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestV3Parser::sandboxContacts()
{
    // One contact that still exists and one that was deleted since (one in 40 is).
    std::optional<std::uint32_t> live, deleted;
    for (std::uint32_t c = 0; c < std::uint32_t(data().contactCount()) && !(live && deleted); ++c)
        (SBV3::contactDeleted(data(), c) ? deleted : live) = c;
    QVERIFY(live && deleted);
    for (const std::uint32_t contact : { *live, *deleted }) {
        const bool isDeleted = contact == *deleted;
        const SB::ApiResponse response = get("/v3/contacts/" + SBV3::contactId(data(), contact),
            { { "include", "phone_numbers,street_addresses,list_memberships" } });
        QVERIFY2(response.status == 200, response.body.constData());
        const auto parsed = V3::parseContact(response.body);
        QVERIFY2(parsed, qPrintable(parsed.error));
        const Contact &c = *parsed.value;
        QCOMPARE(c.id, QString::fromLatin1(SBV3::contactId(data(), contact)));
        QCOMPARE(c.emails.size(), 1);
        QCOMPARE(c.emails[0].address, QString::fromUtf8(data().email(contact)));
        QCOMPARE(c.firstName, QString::fromUtf8(data().firstName(contact)));
        QCOMPARE(c.lastName, QString::fromUtf8(data().lastName(contact)));
        QVERIFY(c.emails[0].optInMs != noDate);
        QVERIFY(c.createdMs != noDate && c.modifiedMs >= c.createdMs);
        QVERIFY(!c.workPhone.isEmpty()); // the sandbox sends one phone number, of kind "work"
        QCOMPARE(c.addresses.size(), 1);
        QCOMPARE(c.addresses[0].type, QStringLiteral("WORK"));
        QVERIFY(!c.addresses[0].city.isEmpty());
        if (isDeleted) {
            QCOMPARE(c.status, QStringLiteral("DELETED"));
            QVERIFY(c.lists.isEmpty());
        } else {
            QCOMPARE(c.status, c.emails[0].status.toUpper());
            QVERIFY2(c.status == QLatin1String("EXPLICIT") || c.status == QLatin1String("IMPLICIT")
                    || c.status == QLatin1String("PENDING_CONFIRMATION") || c.status == QLatin1String("UNSUBSCRIBED"),
                qPrintable(c.status));
            QCOMPARE(c.emails[0].optOutMs != noDate, c.status == QLatin1String("UNSUBSCRIBED"));
            for (const auto &[id, status] : c.lists) {
                QCOMPARE(id.size(), 36);
                QCOMPARE(status, QStringLiteral("ACTIVE"));
            }
        }
    }
}

void TestV3Parser::sandboxContactActivity()
{
    // The contact of the newest click of the first sent campaign with clicks: its clicks and opens.
    int campaign = 0;
    while (data().campaigns()[std::size_t(campaign)].clickCount == 0)
        ++campaign;
    const std::uint32_t contact
        = data().clickContact(campaign, data().campaigns()[std::size_t(campaign)].clickCount - 1);
    const QByteArray contactId = SBV3::contactId(data(), contact);
    std::vector<SB::Activity> expected = data().contactActivities(contact, std::nullopt);
    std::erase_if(expected,
        [](const SB::Activity &a) { return a.type != SB::ActivityType::Click && a.type != SB::ActivityType::Open; });
    QVERIFY(expected.size() > 3 && expected.size() <= 100);
    const QByteArray path = "/v3/reports/contact_reports/" + contactId + "/activity_details";

    // With the default limit (100) one page holds them all, in the dataset's order.
    SB::ApiResponse response = get(path, { { "tracking_activities_list", "em_clicks,em_opens" } });
    QVERIFY2(response.status == 200, response.body.constData());
    const auto page = V3::parseContactActivityPage(response.body);
    QVERIFY2(page, qPrintable(page.error));
    QVERIFY(page.value->nextLink.isEmpty());
    QCOMPARE(std::size_t(page.value->activities.size()), expected.size());
    int clicks = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Activity &a = page.value->activities[qsizetype(i)];
        const bool click = expected[i].type == SB::ActivityType::Click;
        QCOMPARE(a.type, click ? QStringLiteral("EMAIL_CLICK") : QStringLiteral("EMAIL_OPEN"));
        QCOMPARE(a.contactId, QString::fromLatin1(contactId));
        QCOMPARE(a.campaignId.size(), 36);
        QCOMPARE(a.campaignName, QString::fromUtf8(data().campaigns()[expected[i].campaign].name));
        if (click) {
            ++clicks;
            QCOMPARE(
                qint64(a.dateMs), qint64(SBV3::reportedClickMs(data(), expected[i].campaign, expected[i].clickIndex)));
            QVERIFY(!a.linkId.isEmpty() && !a.linkUri.isEmpty());
        } else {
            // A whole-minute campaign reports its sends and opens to the minute too (so they never follow a click).
            const std::int64_t ms = expected[i].ms;
            QCOMPARE(qint64(a.dateMs), qint64(SBV3::wholeMinute(expected[i].campaign) ? ms - ms % 60000 : ms));
            QVERIFY(a.linkId.isEmpty() && a.linkUri.isEmpty());
        }
    }
    QVERIFY(clicks > 0);

    // limit=3 (the repeated-parameter form): a full page and a next link on the same path.
    response = get(path,
        { { "tracking_activity_type", "em_clicks" }, { "tracking_activity_type", "em_opens" }, { "limit", "3" } });
    QVERIFY2(response.status == 200, response.body.constData());
    const auto first = V3::parseContactActivityPage(response.body);
    QVERIFY2(first, qPrintable(first.error));
    QCOMPARE(first.value->activities.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(qint64(first.value->activities[i].dateMs), qint64(page.value->activities[i].dateMs));
    QVERIFY2(first.value->nextLink.startsWith(QByteArray(path + "?cursor=")), first.value->nextLink.constData());
    response = follow(first.value->nextLink);
    QVERIFY2(response.status == 200, response.body.constData());
    const auto second = V3::parseContactActivityPage(response.body);
    QVERIFY2(second, qPrintable(second.error));
    QCOMPARE(qint64(second.value->activities.value(0).dateMs), qint64(page.value->activities[3].dateMs));
}

void TestV3Parser::clickPageShapes()
{
    // Whole-minute and millisecond times, ids as numbers, device_type null or absent, deleted_at, fields we do
    // not read (some of them objects), an escaped email address.
    QByteArray body = clickPage(
        R"({"contact_id":"c1","campaign_activity_id":"a1","tracking_activity_type":"em_clicks","email_address":"a\"b@x.example",
            "first_name":"Zoë","device_type":"mobile","url_id":"1100577727321","link_url":"https://x.example/?a=1&b=2",
            "created_time":"2019-04-25T21:53:00.123Z","extra":{"nested":[1,2,{"x":null}]}},
           {"contact_id":12345,"email_address":"zoë@x.example","url_id":1100577727322,"device_type":null,
            "created_time":"2019-04-25T11:08:00Z","deleted_at":"2026-11-20"},
           { "created_time" : "2019-04-25T06:08:00-05:00" , "url_id" : "7" , "email_address" : "" , "contact_id" : "c3" })",
        R"({"next":{"href":"/v3/reports/email_reports/a1/tracking/clicks?cursor=abc"}})");
    V3::ClickPageParser parser;
    const auto page = parser.parse(body, "campaign-uuid");
    QVERIFY2(page, qPrintable(page.error));
    QCOMPARE(page.value->nextLink, QByteArray("/v3/reports/email_reports/a1/tracking/clicks?cursor=abc"));
    const ClickBatch &b = page.value->batch;
    QCOMPARE(b.rows.size(), std::size_t(3));
    for (const ParsedClick &row : b.rows)
        QCOMPARE(b.view(row.campaignId), QByteArrayView("campaign-uuid"));
    QCOMPARE(b.view(b.rows[0].contactId), QByteArrayView("c1"));
    QCOMPARE(b.view(b.rows[0].email), QByteArrayView("a\"b@x.example"));
    QCOMPARE(b.view(b.rows[0].linkId), QByteArrayView("1100577727321"));
    QCOMPARE(b.view(b.rows[0].device), QByteArrayView("mobile"));
    QCOMPARE(qint64(b.rows[0].clickMs), withMillisMs);
    QCOMPARE(b.view(b.rows[1].contactId), QByteArrayView("12345"));
    QCOMPARE(b.view(b.rows[1].email).toByteArray(), QStringLiteral("zoë@x.example").toUtf8());
    QCOMPARE(b.view(b.rows[1].linkId), QByteArrayView("1100577727322"));
    QVERIFY(b.view(b.rows[1].device).isEmpty());
    QCOMPARE(qint64(b.rows[1].clickMs), wholeMinuteMs);
    QCOMPARE(b.view(b.rows[2].contactId), QByteArrayView("c3"));
    QVERIFY(b.view(b.rows[2].email).isEmpty());
    QVERIFY(b.view(b.rows[2].device).isEmpty());
    QCOMPARE(qint64(b.rows[2].clickMs), wholeMinuteMs);
}

void TestV3Parser::clickPageLinks_data()
{
    QTest::addColumn<QByteArray>("links"); // null: no _links at all
    QTest::addColumn<QByteArray>("next");
    QTest::newRow("absent") << QByteArray() << QByteArray();
    QTest::newRow("null") << QByteArray("null") << QByteArray();
    QTest::newRow("empty") << QByteArray("{}") << QByteArray();
    QTest::newRow("next null") << QByteArray(R"({"next":null})") << QByteArray();
    QTest::newRow("next empty") << QByteArray(R"({"next":{}})") << QByteArray();
    QTest::newRow("href null") << QByteArray(R"({"next":{"href":null}})") << QByteArray();
    QTest::newRow("href") << QByteArray(R"({"self":{"href":"/v3/x"},"next":{"href":"/v3/y?cursor=z"}})")
                          << QByteArray("/v3/y?cursor=z");
    QTest::newRow("escaped href") << QByteArray(R"({"next":{"href":"\/v3\/y?cursor=z\u0026q"}})")
                                  << QByteArray("/v3/y?cursor=z&q");
}

void TestV3Parser::clickPageLinks()
{
    QFETCH(QByteArray, links);
    QFETCH(QByteArray, next);
    // _links both after and before the rows.
    for (const bool first : { false, true }) {
        QByteArray body = clickPage(goodRow, links);
        if (first) {
            body = "{";
            if (!links.isNull())
                body += R"("_links":)" + links + ',';
            body += R"("tracking_activities":[)" + goodRow + "]}";
        }
        V3::ClickPageParser parser;
        const auto page = parser.parse(body, "c");
        QVERIFY2(page, qPrintable(QString(page.error + QLatin1String(" in ") + QString::fromUtf8(body))));
        QCOMPARE(page.value->nextLink, next);
        QCOMPARE(page.value->batch.rows.size(), std::size_t(1));
    }
}

void TestV3Parser::clickPageErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    const auto withRow = [](const QByteArray &row) { return clickPage(goodRow + ',' + row); };
    QTest::newRow("not json") << QByteArray("<html>oops</html>") << QStringLiteral("JSON");
    QTest::newRow("truncated") << QByteArray(R"({"tracking_activities":[{"contact_id":"1","email)")
                               << QStringLiteral("JSON");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("no rows") << QByteArray(R"({"_links":{}})") << QStringLiteral("tracking_activities is missing");
    QTest::newRow("rows object") << QByteArray(R"({"tracking_activities":{}})")
                                 << QStringLiteral("tracking_activities is an object");
    QTest::newRow("rows null") << QByteArray(R"({"tracking_activities":null})")
                               << QStringLiteral("tracking_activities is null");
    QTest::newRow("row not object") << clickPage("42") << QStringLiteral("tracking_activities[0] is a number");
    QTest::newRow("no contact_id") << withRow(
        R"({"email_address":"e","url_id":"1","created_time":"2019-04-25T11:08:00Z"})")
                                   << QStringLiteral("tracking_activities[1].contact_id is missing");
    QTest::newRow("no url_id") << withRow(
        R"({"contact_id":"c","email_address":"e","created_time":"2019-04-25T11:08:00Z"})")
                               << QStringLiteral("tracking_activities[1].url_id is missing");
    QTest::newRow("no created_time") << withRow(R"({"contact_id":"c","email_address":"e","url_id":"1"})")
                                     << QStringLiteral("tracking_activities[1].created_time is missing");
    QTest::newRow("no email") << withRow(R"({"contact_id":"c","url_id":"1","created_time":"2019-04-25T11:08:00Z"})")
                              << QStringLiteral("tracking_activities[1].email_address is missing");
    QTest::newRow("time not a date") << withRow(
        R"({"contact_id":"c","email_address":"e","url_id":"1","created_time":"yesterday"})")
                                     << QStringLiteral("tracking_activities[1].created_time \"yesterday\"");
    QTest::newRow("time empty") << withRow(R"({"contact_id":"c","email_address":"e","url_id":"1","created_time":""})")
                                << QStringLiteral("tracking_activities[1].created_time");
    QTest::newRow("time number") << withRow(
        R"({"contact_id":"c","email_address":"e","url_id":"1","created_time":1556190480000})")
                                 << QStringLiteral("created_time is a number");
    QTest::newRow("contact_id object") << withRow(
        R"({"contact_id":{},"email_address":"e","url_id":"1","created_time":"2019-04-25T11:08:00Z"})")
                                       << QStringLiteral("tracking_activities[1].contact_id is an object");
    QTest::newRow("contact_id null") << withRow(
        R"({"contact_id":null,"email_address":"e","url_id":"1","created_time":"2019-04-25T11:08:00Z"})")
                                     << QStringLiteral("contact_id is null");
    QTest::newRow("contact_id empty") << withRow(
        R"({"contact_id":"","email_address":"e","url_id":"1","created_time":"2019-04-25T11:08:00Z"})")
                                      << QStringLiteral("contact_id is an empty string");
    QTest::newRow("url_id fraction") << withRow(
        R"({"contact_id":"c","email_address":"e","url_id":1.5,"created_time":"2019-04-25T11:08:00Z"})")
                                     << QStringLiteral("url_id is a number");
    QTest::newRow("email number") << withRow(
        R"({"contact_id":"c","email_address":7,"url_id":"1","created_time":"2019-04-25T11:08:00Z"})")
                                  << QStringLiteral("email_address is a number");
    QTest::newRow("device number") << withRow(
        R"({"contact_id":"c","email_address":"e","url_id":"1","device_type":3,"created_time":"2019-04-25T11:08:00Z"})")
                                   << QStringLiteral("device_type is a number");
    QTest::newRow("other activity") << withRow(
        R"({"tracking_activity_type":"em_opens","contact_id":"c","email_address":"e","url_id":"1","created_time":"2019-04-25T11:08:00Z"})")
                                    << QStringLiteral("\"em_opens\"");
    QTest::newRow("href number") << clickPage(goodRow, R"({"next":{"href":5}})")
                                 << QStringLiteral("_links.next.href is a number");
    QTest::newRow("next string") << clickPage(goodRow, R"({"next":"/v3/x"})")
                                 << QStringLiteral("_links.next is a string");
    QTest::newRow("links array") << clickPage(goodRow, "[]") << QStringLiteral("_links is an array");
}

void TestV3Parser::clickPageErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    V3::ClickPageParser parser;
    const auto page = parser.parse(body, "c");
    QVERIFY(!page);
    QVERIFY(!page.value.has_value());
    QVERIFY2(page.error.contains(mentions), qPrintable(page.error));
    QVERIFY2(page.error.startsWith(QLatin1String("Invalid click page: ")), qPrintable(page.error));
}

void TestV3Parser::clickPageReuse()
{
    V3::ClickPageParser parser;
    QByteArray bad = clickPage(R"({"contact_id":"c"})");
    QVERIFY(!parser.parse(bad, "c1"));
    // The same parser after an error, on a page whose QByteArray has room in front of its data.
    QByteArray good = "xxxxxxxx" + clickPage(goodRow + ',' + goodRow);
    good.remove(0, 8);
    const QByteArray original = good;
    const auto page = parser.parse(good, "c2");
    QVERIFY2(page, qPrintable(page.error));
    QCOMPARE(good, original);
    QCOMPARE(page.value->batch.rows.size(), std::size_t(2));
    QCOMPARE(page.value->batch.rows[0].campaignId.offset, page.value->batch.rows[1].campaignId.offset);
    QCOMPARE(page.value->batch.view(page.value->batch.rows[1].campaignId), QByteArrayView("c2"));
    // A never-sent activity: no rows, no _links.
    QByteArray empty = R"({"tracking_activities":[]})";
    const auto none = parser.parse(empty, "c3");
    QVERIFY2(none, qPrintable(none.error));
    QVERIFY(none.value->batch.rows.empty());
    QVERIFY(none.value->nextLink.isEmpty());
}

void TestV3Parser::emailPage()
{
    const QByteArray body = R"({"campaigns":[
        {"campaign_id":"d8e2b6d4-0000-4000-8000-000000000001","name":"Spring","current_status":"Done","type":"NEWSLETTER",
         "type_code":10,"created_at":"2019-04-25T11:08:00Z","updated_at":"2019-04-25T21:53:00.123Z"},
        {"campaign_id":42,"name":"Gone","current_status":"Removed"}],
        "_links":{"next":{"href":"/v3/emails?cursor=bGltaXQ9Mg"}}})";
    const auto page = V3::parseEmailPage(body);
    QVERIFY2(page, qPrintable(page.error));
    QCOMPARE(page.value->nextLink, QByteArray("/v3/emails?cursor=bGltaXQ9Mg"));
    QCOMPARE(page.value->campaigns.size(), 2);
    QCOMPARE(page.value->campaigns[0].id, QStringLiteral("d8e2b6d4-0000-4000-8000-000000000001"));
    QCOMPARE(page.value->campaigns[0].name, QStringLiteral("Spring"));
    QCOMPARE(page.value->campaigns[0].status, QStringLiteral("Done"));
    QCOMPARE(qint64(page.value->campaigns[0].modifiedMs), withMillisMs);
    QCOMPARE(page.value->campaigns[1].id, QStringLiteral("42"));
    QCOMPARE(page.value->campaigns[1].status, QStringLiteral("Removed"));
    QCOMPARE(qint64(page.value->campaigns[1].modifiedMs), qint64(noDate));

    const auto last = V3::parseEmailPage(R"({"campaigns":[],"_links":{"next":null}})");
    QVERIFY2(last, qPrintable(last.error));
    QVERIFY(last.value->nextLink.isEmpty() && last.value->campaigns.isEmpty());

    const struct {
        QByteArray body;
        QLatin1String mentions;
    } errors[] = {
        { "nope", QLatin1String("JSON") },
        { "[]", QLatin1String("the response is an array") },
        { R"({"_links":{}})", QLatin1String("campaigns is missing") },
        { R"({"campaigns":[{"campaign_id":"1","name":"a","current_status":"Done"},{"campaign_id":"2","current_status":"Done"}]})",
            QLatin1String("campaigns[1].name is missing") },
        { R"({"campaigns":[{"campaign_id":"1","name":"a","current_status":"Done","updated_at":"later"}]})",
            QLatin1String("campaigns[0].updated_at \"later\"") },
        { R"({"campaigns":[],"_links":{"next":{"href":[]}}})", QLatin1String("_links.next.href is an array") },
    };
    for (const auto &e : errors) {
        const auto bad = V3::parseEmailPage(e.body);
        QVERIFY2(!bad && !bad.value, e.body.constData());
        QVERIFY2(bad.error.contains(e.mentions), qPrintable(bad.error));
        QVERIFY2(bad.error.startsWith(QLatin1String("Invalid email list: ")), qPrintable(bad.error));
    }
}

void TestV3Parser::emailDetail()
{
    const QByteArray body = R"({"campaign_id":"c-1","name":"Spring","current_status":"Done","type":"NEWSLETTER",
        "created_at":"2019-04-25T11:08:00Z","updated_at":"2019-04-25T21:53:00.123Z",
        "campaign_activities":[{"campaign_activity_id":"a-1","role":"primary_email"},{"campaign_activity_id":"a-2","role":"permalink"},
            {"campaign_activity_id":"a-3","role":"resend"},{"campaign_activity_id":"a-4","role":"ab_a"}]})";
    const auto email = V3::parseEmail(body);
    QVERIFY2(email, qPrintable(email.error));
    QCOMPARE(email.value->summary.id, QStringLiteral("c-1"));
    QCOMPARE(email.value->summary.name, QStringLiteral("Spring"));
    QCOMPARE(email.value->summary.status, QStringLiteral("Done"));
    QCOMPARE(qint64(email.value->createdMs), wholeMinuteMs);
    QCOMPARE(qint64(email.value->summary.modifiedMs), withMillisMs);
    QCOMPARE(email.value->activities.size(), 4);
    const QStringList roles { QStringLiteral("primary_email"), QStringLiteral("permalink"), QStringLiteral("resend"),
        QStringLiteral("ab_a") };
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(email.value->activities[i].id, QStringLiteral("a-%1").arg(i + 1));
        QCOMPARE(email.value->activities[i].role, roles[i]);
    }

    const auto notArray
        = V3::parseEmail(R"({"campaign_id":"c","name":"n","current_status":"Done","campaign_activities":{}})");
    QVERIFY(!notArray && !notArray.value);
    QVERIFY2(notArray.error.contains(QLatin1String("campaign_activities is an object")), qPrintable(notArray.error));
    const auto noRole = V3::parseEmail(
        R"({"campaign_id":"c","name":"n","current_status":"Done","campaign_activities":[{"campaign_activity_id":"a"}]})");
    QVERIFY(!noRole && !noRole.value);
    QVERIFY2(noRole.error.contains(QLatin1String("campaign_activities[0].role is missing")), qPrintable(noRole.error));
    const auto noId = V3::parseEmail(R"({"name":"n","current_status":"Done","campaign_activities":[]})");
    QVERIFY(!noId && !noId.value);
    QVERIFY2(noId.error.contains(QLatin1String("campaign_id is missing")), qPrintable(noId.error));
}

void TestV3Parser::links()
{
    const QByteArray body = R"({"campaign_activity_id":"a-1","link_click_counts":[
        {"link_url":"https://a.example","url_id":"1100577727321","unique_clicks":7},
        {"link_url":"https://b.example","url_id":1100577727322,"unique_clicks":0,"link_tag":""},
        {"link_url":"https://c.example","url_id":"1100577727323","list_action":"ADD","list_id":"l-1"}]})";
    const auto links = V3::parseLinks(body);
    QVERIFY2(links, qPrintable(links.error));
    QCOMPARE(links.value->size(), 3);
    QCOMPARE(links.value->at(0).url, QStringLiteral("https://a.example"));
    QCOMPARE(links.value->at(0).id, QStringLiteral("1100577727321"));
    QCOMPARE(qint64(links.value->at(0).clickCount), qint64(7));
    QCOMPARE(links.value->at(1).id, QStringLiteral("1100577727322"));
    QCOMPARE(qint64(links.value->at(1).clickCount), qint64(0));
    QCOMPARE(links.value->at(2).id, QStringLiteral("1100577727323"));
    QCOMPARE(qint64(links.value->at(2).clickCount), qint64(0)); // unique_clicks missing

    const auto never = V3::parseLinks(R"({"campaign_activity_id":"a-1","link_click_counts":[]})");
    QVERIFY2(never, qPrintable(never.error));
    QVERIFY(never.value->isEmpty());

    for (const auto &[bad, mentions] : {
             std::pair {
                 QByteArray(R"({"campaign_activity_id":"a-1"})"), QLatin1String("link_click_counts is missing") },
             std::pair { QByteArray(R"({"link_click_counts":[{"link_url":"u","url_id":{}}]})"),
                 QLatin1String("link_click_counts[0].url_id is an object") },
             std::pair { QByteArray(R"({"link_click_counts":[{"link_url":"u","url_id":"1","unique_clicks":"many"}]})"),
                 QLatin1String("link_click_counts[0].unique_clicks is a string") },
             std::pair { QByteArray(R"({"link_click_counts":[{"url_id":"1"}]})"),
                 QLatin1String("link_click_counts[0].link_url is missing") },
         }) {
        const auto parsed = V3::parseLinks(bad);
        QVERIFY2(!parsed && !parsed.value, bad.constData());
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    }
}

void TestV3Parser::activityStats()
{
    const QByteArray body = R"({"results":[
        {"campaign_id":"c-1","campaign_activity_id":"a-1","stats":{"em_sends":100,"em_opens":40,"em_clicks":12,"em_clicks_all":30,
         "em_forwards":2,"em_optouts":3,"em_bounces":5,"em_abuse":1,"em_not_opened":55},"last_refresh_time":"2019-04-25T11:08:00Z"},
        {"campaign_id":"c-1","campaign_activity_id":"a-3","stats":{"em_sends":55,"em_clicks":"4"}}],
        "errors":[{"campaign_activity_id":"a-2","error_key":"reports.api.not_found","error_message":"No report."}]})";
    const auto stats = V3::parseActivityStats(body);
    QVERIFY2(stats, qPrintable(stats.error));
    QCOMPARE(stats.value->size(), 2);
    QVERIFY(!stats.value->contains(QStringLiteral("a-2")));
    const TrackingSummary a1 = stats.value->value(QStringLiteral("a-1"));
    QCOMPARE(qint64(a1.sends), qint64(100));
    QCOMPARE(qint64(a1.opens), qint64(40));
    QCOMPARE(qint64(a1.clicks), qint64(12));
    QCOMPARE(qint64(a1.forwards), qint64(2));
    QCOMPARE(qint64(a1.unsubscribes), qint64(3));
    QCOMPARE(qint64(a1.bounces), qint64(5));
    QCOMPARE(qint64(a1.spamCount), qint64(1));
    const TrackingSummary a3 = stats.value->value(QStringLiteral("a-3"));
    QCOMPARE(qint64(a3.sends), qint64(55));
    QCOMPARE(qint64(a3.clicks), qint64(4));
    QCOMPARE(qint64(a3.opens), qint64(0));
    QCOMPARE(qint64(a3.bounces), qint64(0));

    const auto notArray = V3::parseActivityStats(R"({"results":{}})");
    QVERIFY(!notArray && !notArray.value);
    QVERIFY2(notArray.error.contains(QLatin1String("results is an object")), qPrintable(notArray.error));
    const auto badCount
        = V3::parseActivityStats(R"({"results":[{"campaign_activity_id":"a","stats":{"em_sends":true}}]})");
    QVERIFY(!badCount && !badCount.value);
    QVERIFY2(badCount.error.contains(QLatin1String("results[0].stats.em_sends is true or false")),
        qPrintable(badCount.error));
}

void TestV3Parser::contactMapping()
{
    const QByteArray deleted = R"({"contact_id":"k-1","first_name":"Ronald","last_name":"Martone","job_title":"CTO",
        "company_name":"Systems","created_at":"2019-04-25T11:08:00Z","updated_at":"2019-04-25T21:53:00.123Z","deleted_at":"2026-11-20",
        "email_address":{"address":"rmartone@systems.example","permission_to_send":"unsubscribed","created_at":"2019-04-25T11:08:00Z",
            "opt_in_source":"Contact","opt_in_date":"2019-04-25T11:08:00Z","opt_out_source":"Contact",
            "opt_out_date":"2019-04-25T21:53:00.123Z","confirm_status":"off"},
        "phone_numbers":[{"phone_number_id":"p","phone_number":"555-0100","kind":"other"},{"phone_number":"555-0101","kind":"home"},
            {"phone_number":"555-0102","kind":"mobile"},{"phone_number":"555-0103","kind":"fax"},{"phone_number":"555-0104","kind":"home"}],
        "street_addresses":[{"kind":"home","street":"47 Shawmut Ave.","city":"Boston","state":"MA","postal_code":"02116","country":"US"}],
        "list_memberships":[],"custom_fields":[],"notes":[]})";
    const auto d = V3::parseContact(deleted);
    QVERIFY2(d, qPrintable(d.error));
    const Contact &c = *d.value;
    QCOMPARE(c.id, QStringLiteral("k-1"));
    QCOMPARE(c.status, QStringLiteral("DELETED"));
    QCOMPARE(c.firstName, QStringLiteral("Ronald"));
    QCOMPARE(c.lastName, QStringLiteral("Martone"));
    QCOMPARE(c.jobTitle, QStringLiteral("CTO"));
    QCOMPARE(c.companyName, QStringLiteral("Systems"));
    QCOMPARE(qint64(c.createdMs), wholeMinuteMs);
    QCOMPARE(qint64(c.modifiedMs), withMillisMs);
    QCOMPARE(c.emails.size(), 1);
    QCOMPARE(c.emails[0].address, QStringLiteral("rmartone@systems.example"));
    QCOMPARE(c.emails[0].status, QStringLiteral("unsubscribed"));
    QCOMPARE(c.emails[0].confirmStatus, QStringLiteral("off"));
    QCOMPARE(qint64(c.emails[0].optInMs), wholeMinuteMs);
    QCOMPARE(qint64(c.emails[0].optOutMs), withMillisMs);
    QCOMPARE(c.homePhone, QStringLiteral("555-0101")); // the first home number
    QCOMPARE(c.cellPhone, QStringLiteral("555-0102"));
    QCOMPARE(c.fax, QStringLiteral("555-0103"));
    QCOMPARE(c.workPhone, QStringLiteral("555-0100")); // no work number: the "other" one
    QCOMPARE(c.addresses.size(), 1);
    QCOMPARE(c.addresses[0].type, QStringLiteral("HOME"));
    QCOMPARE(c.addresses[0].line1, QStringLiteral("47 Shawmut Ave."));
    QCOMPARE(c.addresses[0].city, QStringLiteral("Boston"));
    QCOMPARE(c.addresses[0].state, QStringLiteral("MA"));
    QCOMPARE(c.addresses[0].postalCode, QStringLiteral("02116"));
    QCOMPARE(c.addresses[0].countryCode, QStringLiteral("US"));
    QVERIFY(c.lists.isEmpty());

    const QByteArray live
        = R"({"contact_id":"k-2","email_address":{"address":"a@b.example","permission_to_send":"implicit"},
        "phone_numbers":[{"phone_number":"555-0200","kind":"other"},{"phone_number":"555-0201","kind":"work"}],
        "list_memberships":["l-1","l-2"]})";
    const auto l = V3::parseContact(live);
    QVERIFY2(l, qPrintable(l.error));
    QCOMPARE(l.value->status, QStringLiteral("IMPLICIT"));
    QCOMPARE(l.value->workPhone, QStringLiteral("555-0201")); // a work number wins over an "other" one
    QCOMPARE(qint64(l.value->emails[0].optInMs), qint64(noDate));
    QCOMPARE(qint64(l.value->emails[0].optOutMs), qint64(noDate));
    QCOMPARE(qint64(l.value->createdMs), qint64(noDate));
    QCOMPARE(l.value->lists.size(), 2);
    QCOMPARE(l.value->lists[0], std::pair(QStringLiteral("l-1"), QStringLiteral("ACTIVE")));
    QCOMPARE(l.value->lists[1], std::pair(QStringLiteral("l-2"), QStringLiteral("ACTIVE")));
    QVERIFY(l.value->addresses.isEmpty());
}

void TestV3Parser::contactErrors()
{
    for (const auto &[bad, mentions] :
        {
            std::pair { QByteArray(R"({"first_name":"x"})"), QLatin1String("contact_id is missing") },
            std::pair { QByteArray(R"({"contact_id":"k","list_memberships":["l-1",{}]})"),
                QLatin1String("list_memberships[1] is an object") },
            std::pair { QByteArray(R"({"contact_id":"k","email_address":"a@b.example"})"),
                QLatin1String("email_address is a string") },
            std::pair { QByteArray(R"({"contact_id":"k","email_address":{"permission_to_send":"implicit"}})"),
                QLatin1String("email_address.address is missing") },
            std::pair { QByteArray(R"({"contact_id":"k","phone_numbers":[{"kind":"home"}]})"),
                QLatin1String("phone_numbers[0].phone_number is missing") },
            std::pair { QByteArray(R"({"contact_id":"k","phone_numbers":[],"street_addresses":{}})"),
                QLatin1String("Invalid contact: street_addresses is an object") },
            std::pair { QByteArray(R"({"contact_id":"k","deleted_at":"soon"})"), QLatin1String("deleted_at \"soon\"") },
        }) {
        const auto parsed = V3::parseContact(bad);
        QVERIFY2(!parsed && !parsed.value, bad.constData());
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    }
}

void TestV3Parser::contactActivityTypes()
{
    const QList<std::pair<QByteArray, QString>> types {
        { "em_sends", QStringLiteral("EMAIL_SEND") },
        { "em_opens", QStringLiteral("EMAIL_OPEN") },
        { "em_clicks", QStringLiteral("EMAIL_CLICK") },
        { "em_bounces", QStringLiteral("EMAIL_BOUNCE") },
        { "em_optouts", QStringLiteral("EMAIL_UNSUBSCRIBE") },
        { "em_forwards", QStringLiteral("EMAIL_FORWARD") },
        { "p_contact_open", QStringLiteral("p_contact_open") },
    };
    QByteArray rows;
    for (const auto &[v3, mapped] : types) {
        if (!rows.isEmpty())
            rows += ',';
        rows += R"({"contact_id":"k-1","campaign_activity_id":"a-1","created_time":"2019-04-25T11:08:00Z",)"
                R"("tracking_activity_type":")"
            + v3 + R"(","campaign_activity_name":"Spring")"
            + (v3 == "em_clicks" ? QByteArray(R"(,"url_id":1100577727321,"link_url":"https://a.example")")
                                 : QByteArray())
            + '}';
    }
    const QByteArray body = R"({"tracking_activities":[)" + rows
        + R"(],"_links":{"next":{"href":"/v3/reports/contact_reports/k-1/activity_details?cursor=x"}}})";
    const auto page = V3::parseContactActivityPage(body);
    QVERIFY2(page, qPrintable(page.error));
    QCOMPARE(page.value->nextLink, QByteArray("/v3/reports/contact_reports/k-1/activity_details?cursor=x"));
    QCOMPARE(page.value->activities.size(), types.size());
    for (qsizetype i = 0; i < types.size(); ++i) {
        const Activity &a = page.value->activities[i];
        QCOMPARE(a.type, types[i].second);
        QCOMPARE(a.campaignId, QStringLiteral("a-1"));
        QCOMPARE(a.contactId, QStringLiteral("k-1"));
        QCOMPARE(qint64(a.dateMs), wholeMinuteMs);
        QCOMPARE(a.campaignName, QStringLiteral("Spring"));
        const bool click = types[i].first == "em_clicks";
        QCOMPARE(a.linkId, click ? QStringLiteral("1100577727321") : QString());
        QCOMPARE(a.linkUri, click ? QStringLiteral("https://a.example") : QString());
    }

    const auto last = V3::parseContactActivityPage(R"({"tracking_activities":[]})");
    QVERIFY2(last, qPrintable(last.error));
    QVERIFY(last.value->nextLink.isEmpty());
    const auto noTime = V3::parseContactActivityPage(
        R"({"tracking_activities":[{"contact_id":"k","campaign_activity_id":"a","tracking_activity_type":"em_opens"}]})");
    QVERIFY(!noTime && !noTime.value);
    QVERIFY2(noTime.error.contains(QLatin1String("tracking_activities[0].created_time is missing")),
        qPrintable(noTime.error));
    const auto noType = V3::parseContactActivityPage(
        R"({"tracking_activities":[{"contact_id":"k","campaign_activity_id":"a","created_time":"2019-04-25T11:08:00Z"}]})");
    QVERIFY(!noType && !noType.value);
    QVERIFY2(noType.error.contains(QLatin1String("tracking_activity_type is missing")), qPrintable(noType.error));
}

void TestV3Parser::tokenResponse()
{
    const qint64 now = 1700000000000;
    // expires_in as seconds from now; no refresh token.
    auto t = V3::parseTokenResponse(
        R"({"access_token":"opaque","token_type":"Bearer","expires_in":86400,"scope":"campaign_data offline_access"})",
        now);
    QVERIFY2(t, qPrintable(t.error));
    QCOMPARE(t.value->accessToken, QByteArray("opaque"));
    QVERIFY(t.value->refreshToken.isEmpty());
    QCOMPARE(qint64(t.value->expiresAtMs), now + 86400 * 1000);
    QCOMPARE(t.value->scope, QStringLiteral("campaign_data offline_access"));

    // expires_in as an epoch time in seconds, as the spec describes it.
    t = V3::parseTokenResponse(R"({"access_token":"opaque","refresh_token":"r-2","expires_in":1700003600})", now);
    QVERIFY2(t, qPrintable(t.error));
    QCOMPARE(t.value->refreshToken, QByteArray("r-2"));
    QCOMPARE(qint64(t.value->expiresAtMs), qint64(1700003600) * 1000);

    // A JWT's exp claim wins over expires_in.
    const QByteArray token = jwt(R"({"sub":"u","exp":1700007200,"iat":1700000000})");
    t = V3::parseTokenResponse(R"({"access_token":")" + token + R"(","expires_in":60,"refresh_token":"r-3"})", now);
    QVERIFY2(t, qPrintable(t.error));
    QCOMPARE(t.value->accessToken, token);
    QCOMPARE(qint64(t.value->expiresAtMs), qint64(1700007200) * 1000);

    // A JWT without exp, or whose payload is not JSON, falls back to expires_in.
    t = V3::parseTokenResponse(R"({"access_token":")" + jwt(R"({"sub":"u"})") + R"(","expires_in":60})", now);
    QVERIFY2(t, qPrintable(t.error));
    QCOMPARE(qint64(t.value->expiresAtMs), now + 60000);
    t = V3::parseTokenResponse(R"({"access_token":"a.!!!.c","expires_in":"120"})", now);
    QVERIFY2(t, qPrintable(t.error));
    QCOMPARE(qint64(t.value->expiresAtMs), now + 120000);

    for (const auto &[bad, mentions] : {
             std::pair { QByteArray(R"({"error":"invalid_grant","error_description":"expired"})"),
                 QLatin1String("access_token is missing") },
             std::pair { QByteArray(R"({"access_token":"","expires_in":60})"),
                 QLatin1String("access_token is an empty string") },
             std::pair {
                 QByteArray(R"({"access_token":"a","expires_in":"soon"})"), QLatin1String("expires_in is a string") },
             std::pair {
                 QByteArray(R"({"access_token":"a","refresh_token":5})"), QLatin1String("refresh_token is a number") },
             std::pair { QByteArray("access_token=a"), QLatin1String("JSON") },
         }) {
        const auto parsed = V3::parseTokenResponse(bad, now);
        QVERIFY2(!parsed && !parsed.value, bad.constData());
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
        QVERIFY2(parsed.error.startsWith(QLatin1String("Invalid token response: ")), qPrintable(parsed.error));
    }
}

void TestV3Parser::oauthError()
{
    const V3::OAuthError e = V3::parseOAuthError(
        R"({"error":"invalid_grant","error_description":"The refresh token is invalid or expired."})");
    QCOMPARE(e.error, QStringLiteral("invalid_grant"));
    QCOMPARE(e.description, QStringLiteral("The refresh token is invalid or expired."));
    const V3::OAuthError pending = V3::parseOAuthError(R"({"error":"authorization_pending"})");
    QCOMPARE(pending.error, QStringLiteral("authorization_pending"));
    QVERIFY(pending.description.isEmpty());
    for (const QByteArray &notOne : { QByteArray(R"([{"error_key":"unauthorized","error_message":"Unauthorized"}])"),
             QByteArray(R"({"error_key":"unauthorized","error_message":"Unauthorized"})"),
             QByteArray(R"({"error":5,"error_description":"x"})"), QByteArray("Bad Gateway"), QByteArray() }) {
        const V3::OAuthError none = V3::parseOAuthError(notOne);
        QVERIFY2(none.error.isEmpty() && none.description.isEmpty(), notOne.constData());
    }
}

QTEST_GUILESS_MAIN(TestV3Parser)
#include "tst_v3parser.moc"
