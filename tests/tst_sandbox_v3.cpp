// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of the sandbox's v3 face and its OAuth2 stand-in: real HTTP on 127.0.0.1, checked against
// ctct-v3-api.md and against the generator's own data.
#include "sandbox/sandbox.h"
#include "sandbox/v3ids.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <map>

using namespace ClickScope::Sandbox;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray contentType;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

constexpr char verifier[] = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-a-longer-pkce-code-verifier";

QByteArray challengeOf(const QByteArray &v)
{
    return QCryptographicHash::hash(v, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestSandboxV3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void emailsPagedNewestUpdatedFirst();
    void emailDetailHasTheActivities();
    void clicksOfPrimaryAndResendAreTheCampaignsClicks();
    void oneLinkAndTheLinksReport();
    void unauthorizedIsOneObject();
    void rateLimitsAre429WithTheirKeys();
    void contactsKeepCausality();
    void activityDetailsKeepCausality();
    void contactListsHaveNames();

    void signInWithPkceThenRefreshRotates();
    void consentPageAndDenial();
    void tokenEndpointRefusesWhatItMust();
    void expiredAccessTokenIs401();

    void addedClicksComeFirstInBothActivities();
    void addedClicksInContactActivity();

private:
    // A sandbox of its own for the tests that add clicks; get() and walk() go to it until the next test starts.
    std::unique_ptr<Sandbox> startLiveSandbox();
    QPair<QList<QJsonObject>, QString> firstPage(const QString &path, const QString &listKey);
    Reply get(const QString &pathAndQuery, const QByteArray &token = "clickscope-demo-v3-token");
    Reply post(const QString &path, const QUrlQuery &form);
    QList<QJsonObject> walk(const QString &first, const QString &listKey, int *pages = nullptr);
    QUrlQuery authorizeQuery(const QString &redirect, const QString &state) const;
    QJsonObject signIn(const QString &redirect);

    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    QUrl m_base; // where get() and post() go: m_sandbox's, unless a test starts its own
};

void TestSandboxV3::initTestCase()
{
    SandboxConfig config;
    config.data.campaigns = 9;
    config.data.clicks = 6000;
    config.data.seed = 11;
    config.oauth.tokenQps = 0; // the 1/s limit has a test of its own
    m_sandbox = std::make_unique<Sandbox>(config);
    QVERIFY(m_sandbox->listen());
    m_base = m_sandbox->baseUrl();
}

void TestSandboxV3::init()
{
    m_sandbox->setFaultPlan({});
    m_sandbox->setQps(0);
    m_sandbox->setDailyQuota(0);
    m_sandbox->setAccessTokenLifetime(86400);
    m_base = m_sandbox->baseUrl();
}

Reply TestSandboxV3::get(const QString &pathAndQuery, const QByteArray &token)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->rawHeader("Location"), reply->rawHeader("Content-Type") };
    reply->deleteLater();
    return r;
}

Reply TestSandboxV3::post(const QString &path, const QUrlQuery &form)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}, {} };
    reply->deleteLater();
    return r;
}

QList<QJsonObject> TestSandboxV3::walk(const QString &first, const QString &listKey, int *pages)
{
    QList<QJsonObject> rows;
    QString next = first;
    int n = 0;
    while (!next.isEmpty() && n < 1000) {
        const Reply r = get(next);
        if (r.status != 200) {
            qWarning("GET %s: %d %s", qPrintable(next), r.status, r.body.constData());
            return {};
        }
        ++n;
        const QJsonObject page = r.json().object();
        for (const QJsonValue &v : page.value(listKey).toArray())
            rows.append(v.toObject());
        const QString href = page.value(QLatin1String("_links"))
                                 .toObject()
                                 .value(QLatin1String("next"))
                                 .toObject()
                                 .value(QLatin1String("href"))
                                 .toString();
        if (!href.isEmpty() && !href.startsWith(QLatin1String("/v3/"))) {
            qWarning("next href is not a /v3/ path: %s", qPrintable(href));
            return {};
        }
        next = href;
    }
    if (pages)
        *pages = n;
    return rows;
}

void TestSandboxV3::emailsPagedNewestUpdatedFirst()
{
    int pages = 0;
    const QList<QJsonObject> rows = walk(QStringLiteral("/v3/emails?limit=4"), QStringLiteral("campaigns"), &pages);
    const auto &campaigns = m_sandbox->dataset().campaigns();
    QCOMPARE(rows.size(), qsizetype(campaigns.size())); // every campaign, drafts too
    QCOMPARE(pages, int((campaigns.size() + 3) / 4));
    QSet<QString> ids;
    QString previous;
    for (const QJsonObject &row : rows) {
        const QString id = row.value(QLatin1String("campaign_id")).toString();
        QCOMPARE(id.size(), 36);
        ids.insert(id);
        const auto index = V3::campaignForId(m_sandbox->dataset(), id.toUtf8());
        QVERIFY(index);
        QCOMPARE(row.value(QLatin1String("name")).toString(), QString::fromUtf8(campaigns[std::size_t(*index)].name));
        const QString updated = row.value(QLatin1String("updated_at")).toString();
        if (!previous.isEmpty())
            QVERIFY2(updated <= previous, qPrintable(updated + QLatin1String(" after ") + previous));
        previous = updated;
    }
    QCOMPARE(ids.size(), rows.size());
    // The last page has no _links at all.
    const Reply last = get(QStringLiteral("/v3/emails?limit=500"));
    QCOMPARE(last.status, 200);
    QVERIFY(!last.json().object().contains(QLatin1String("_links")));
}

void TestSandboxV3::emailDetailHasTheActivities()
{
    const Dataset &data = m_sandbox->dataset();
    int resends = 0;
    for (int c = 0; c < int(data.campaigns().size()); ++c) {
        const Reply r = get(QStringLiteral("/v3/emails/") + QString::fromLatin1(V3::campaignId(data, c)));
        QCOMPARE(r.status, 200);
        QStringList roles;
        for (const QJsonValue &a : r.json().object().value(QLatin1String("campaign_activities")).toArray()) {
            roles << a.toObject().value(QLatin1String("role")).toString();
            const auto ref = V3::activityForId(
                data, a.toObject().value(QLatin1String("campaign_activity_id")).toString().toUtf8());
            QVERIFY(ref);
            QCOMPARE(ref->campaign, c);
        }
        QStringList expected { QStringLiteral("primary_email"), QStringLiteral("permalink") };
        if (V3::hasResend(data, c)) {
            expected << QStringLiteral("resend");
            ++resends;
        }
        QCOMPARE(roles, expected);
    }
    QVERIFY2(resends > 0, "the generated account must have a campaign with a resend");
    QCOMPARE(get(QStringLiteral("/v3/emails/00000000-0000-4000-8000-000000000000")).status, 404);
}

void TestSandboxV3::clicksOfPrimaryAndResendAreTheCampaignsClicks()
{
    const Dataset &data = m_sandbox->dataset();
    int checked = 0;
    for (int c = 0; c < int(data.campaigns().size()); ++c) {
        const Campaign &campaign = data.campaigns()[std::size_t(c)];
        if (campaign.status != CampaignStatus::Sent || !V3::hasResend(data, c) || campaign.clickCount == 0)
            continue;
        // The generator's clicks, as (contact UUID, url_id) with multiplicity.
        std::map<std::pair<QString, QString>, int> expected;
        for (std::uint32_t i = 0; i < campaign.clickCount; ++i) {
            const QString contact = QString::fromLatin1(V3::contactId(data, data.clickContact(c, i)));
            const QString link = QString::number(campaign.links[std::size_t(data.clickLink(c, i))].id);
            ++expected[{ contact, link }];
        }
        std::map<std::pair<QString, QString>, int> seen;
        qsizetype total = 0, resendRows = 0;
        for (const V3::Role role : { V3::Role::Primary, V3::Role::Resend }) {
            const QString activity = QString::fromLatin1(V3::activityId(data, c, role));
            int pages = 0;
            const QList<QJsonObject> rows
                = walk(QStringLiteral("/v3/reports/email_reports/%1/tracking/clicks?limit=200").arg(activity),
                    QStringLiteral("tracking_activities"), &pages);
            QString previous;
            for (const QJsonObject &row : rows) {
                QCOMPARE(row.value(QLatin1String("campaign_activity_id")).toString(), activity);
                QCOMPARE(row.value(QLatin1String("tracking_activity_type")).toString(), QStringLiteral("em_clicks"));
                const QString time = row.value(QLatin1String("created_time")).toString();
                if (V3::wholeMinute(c))
                    QVERIFY2(time.endsWith(QLatin1String(":00Z")) && time.size() == 20, qPrintable(time));
                if (!previous.isEmpty())
                    QVERIFY2(time <= previous, "newest first");
                previous = time;
                ++seen[{
                    row.value(QLatin1String("contact_id")).toString(), row.value(QLatin1String("url_id")).toString() }];
            }
            total += rows.size();
            if (role == V3::Role::Resend)
                resendRows = rows.size();
        }
        QCOMPARE(total, qsizetype(campaign.clickCount));
        QVERIFY(resendRows > 0);
        QVERIFY(seen == expected);
        ++checked;
    }
    QVERIFY(checked > 0);
    // The permalink has no reports.
    QCOMPARE(get(QStringLiteral("/v3/reports/email_reports/%1/tracking/clicks")
                     .arg(QString::fromLatin1(V3::activityId(data, 0, V3::Role::Permalink))))
                 .status,
        400);
}

void TestSandboxV3::oneLinkAndTheLinksReport()
{
    const Dataset &data = m_sandbox->dataset();
    int c = 0;
    while (data.campaigns()[std::size_t(c)].status != CampaignStatus::Sent
        || data.campaigns()[std::size_t(c)].clickCount == 0)
        ++c;
    const Campaign &campaign = data.campaigns()[std::size_t(c)];
    const QString activity = QString::fromLatin1(V3::activityId(data, c, V3::Role::Primary));
    const Reply links = get(QStringLiteral("/v3/reports/email_reports/%1/links?no_clicks=true").arg(activity));
    QCOMPARE(links.status, 200);
    const QJsonArray counts = links.json().object().value(QLatin1String("link_click_counts")).toArray();
    QCOMPARE(counts.size(), qsizetype(campaign.links.size()));
    for (const QJsonValue &v : counts) {
        const QJsonObject link = v.toObject();
        QVERIFY(link.value(QLatin1String("url_id")).isString());
        const QList<QJsonObject> rows = walk(QStringLiteral("/v3/reports/email_reports/%1/tracking/clicks?url_id=%2")
                                                 .arg(activity, link.value(QLatin1String("url_id")).toString()),
            QStringLiteral("tracking_activities"));
        QSet<QString> contacts;
        for (const QJsonObject &row : rows) {
            QCOMPARE(row.value(QLatin1String("url_id")).toString(), link.value(QLatin1String("url_id")).toString());
            QCOMPARE(row.value(QLatin1String("link_url")).toString(), link.value(QLatin1String("link_url")).toString());
            contacts.insert(row.value(QLatin1String("contact_id")).toString());
        }
        QCOMPARE(link.value(QLatin1String("unique_clicks")).toInteger(), qint64(contacts.size()));
    }
}

void TestSandboxV3::unauthorizedIsOneObject()
{
    for (const QByteArray &token : { QByteArray(), QByteArray("not-a-token") }) {
        const Reply r = get(QStringLiteral("/v3/emails"), token);
        QCOMPARE(r.status, 401);
        QVERIFY(r.json().isObject());
        QCOMPARE(r.json().object().value(QLatin1String("error_key")).toString(), QStringLiteral("unauthorized"));
    }
    // The v2 token opens nothing on v3.
    QCOMPARE(get(QStringLiteral("/v3/emails"), "clickscope-demo-token").status, 401);
}

void TestSandboxV3::rateLimitsAre429WithTheirKeys()
{
    m_sandbox->setQps(1);
    QCOMPARE(get(QStringLiteral("/v3/emails")).status, 200);
    const Reply throttled = get(QStringLiteral("/v3/emails"));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.json().object().value(QLatin1String("error_key")).toString(), QStringLiteral("throttled"));
    m_sandbox->setQps(0);
    m_sandbox->setDailyQuota(2);
    QCOMPARE(get(QStringLiteral("/v3/emails")).status, 200);
    QCOMPARE(get(QStringLiteral("/v3/emails")).status, 200);
    const Reply quota = get(QStringLiteral("/v3/emails"));
    QCOMPARE(quota.status, 429);
    QCOMPARE(quota.json().object().value(QLatin1String("error_key")).toString(), QStringLiteral("quota_exceeded"));
    // Faults on v3 routes by name.
    m_sandbox->setDailyQuota(0);
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("v3-campaigns:1:status=403")));
    QCOMPARE(get(QStringLiteral("/v3/emails")).status, 403);
    QCOMPARE(get(QStringLiteral("/v3/emails")).status, 200);
}

void TestSandboxV3::contactsKeepCausality()
{
    const Dataset &data = m_sandbox->dataset();
    int deleted = 0, unsubscribed = 0;
    for (std::uint32_t contact = 0; contact < std::uint32_t(std::min(data.contactCount(), 400)); ++contact) {
        const Reply r = get(QStringLiteral("/v3/contacts/%1?include=list_memberships,phone_numbers,street_addresses")
                                .arg(QString::fromLatin1(V3::contactId(data, contact))));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json().object();
        if (V3::contactDeleted(data, contact)) {
            ++deleted;
            QVERIFY(o.contains(QLatin1String("deleted_at")));
            QVERIFY(o.value(QLatin1String("list_memberships")).toArray().isEmpty());
        }
        if (!data.contactActivities(contact, ActivityType::Unsubscribe).empty()) {
            ++unsubscribed;
            QCOMPARE(o.value(QLatin1String("email_address"))
                         .toObject()
                         .value(QLatin1String("permission_to_send"))
                         .toString(),
                QStringLiteral("unsubscribed"));
        }
    }
    QVERIFY(deleted > 0);
    QVERIFY(unsubscribed > 0);
}

void TestSandboxV3::activityDetailsKeepCausality()
{
    // The first 200 contacts who clicked in each of two campaigns (v2's test covers every contact): in
    // activity_details, per campaign, the send comes first, an open before the first click; an opt-out comes after
    // both, and the contact is unsubscribed (with source and date).
    const Dataset &data = m_sandbox->dataset();
    int checked = 0, optedOut = 0;
    int campaigns = 0;
    for (int campaign = 0; campaign < int(data.campaigns().size()) && campaigns < 2; ++campaign) {
        if (data.campaigns()[std::size_t(campaign)].clickCount == 0)
            continue;
        ++campaigns;
        int clickers = 0;
        for (std::uint32_t contact = 0; contact < std::uint32_t(data.contactCount()) && clickers < 200; ++contact) {
            if (!data.clicked(campaign, contact))
                continue;
            ++clickers;
            const QString id = QString::fromLatin1(V3::contactId(data, contact));
            const QList<QJsonObject> rows
                = walk(QStringLiteral("/v3/reports/contact_reports/%1/activity_details?tracking_activities_list="
                                      "em_sends,em_opens,em_clicks,em_bounces,em_optouts")
                           .arg(id),
                    QStringLiteral("tracking_activities"));
            std::map<int, std::map<QString, QString>> first; // campaign -> type -> earliest time
            QString optOut;
            for (const QJsonObject &row : rows) {
                const auto ref
                    = V3::activityForId(data, row.value(QLatin1String("campaign_activity_id")).toString().toLatin1());
                QVERIFY(ref);
                const QString type = row.value(QLatin1String("tracking_activity_type")).toString();
                const QString time = row.value(QLatin1String("created_time")).toString().left(19); // to the second
                QString &slot = first[ref->campaign][type];
                if (slot.isEmpty() || time < slot)
                    slot = time;
                if (type == QLatin1String("em_optouts"))
                    optOut = time;
            }
            for (const auto &[c, times] : first) {
                const QString where = id + QStringLiteral(" in campaign %1").arg(c);
                const QString sent
                    = times.count(QStringLiteral("em_sends")) ? times.at(QStringLiteral("em_sends")) : QString();
                QVERIFY2(!sent.isEmpty(), qPrintable(where));
                for (const auto &[type, time] : times)
                    QVERIFY2(sent <= time,
                        qPrintable(where + QLatin1String(": ") + type + QLatin1Char(' ') + time
                            + QLatin1String(" before the send ") + sent));
                if (times.count(QStringLiteral("em_clicks"))) {
                    QVERIFY2(times.count(QStringLiteral("em_opens")), qPrintable(where));
                    QVERIFY2(times.at(QStringLiteral("em_opens")) <= times.at(QStringLiteral("em_clicks")),
                        qPrintable(where + QLatin1String(": clicked ") + times.at(QStringLiteral("em_clicks"))
                            + QLatin1String(", opened ") + times.at(QStringLiteral("em_opens"))));
                }
            }
            if (!optOut.isEmpty()) {
                ++optedOut;
                const QJsonObject email = get(QStringLiteral("/v3/contacts/%1").arg(id))
                                              .json()
                                              .object()
                                              .value(QLatin1String("email_address"))
                                              .toObject();
                QCOMPARE(email.value(QLatin1String("permission_to_send")).toString(), QStringLiteral("unsubscribed"));
                QVERIFY(email.value(QLatin1String("opt_out_source")).isString());
                QVERIFY(email.value(QLatin1String("opt_out_date")).toString().left(19) >= optOut);
            }
            ++checked;
        }
    }
    QCOMPARE(campaigns, 2);
    QVERIFY(checked > 50);
    Q_UNUSED(optedOut) // clickers rarely unsubscribe; contactsKeepCausality covers the status of those who do
}

void TestSandboxV3::contactListsHaveNames()
{
    const Reply r = get(QStringLiteral("/v3/contact_lists?include_count=true"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json().object();
    const QJsonArray lists = o.value(QLatin1String("lists")).toArray();
    QVERIFY(lists.size() >= 3);
    QCOMPARE(o.value(QLatin1String("lists_count")).toInteger(), lists.size());
    QSet<QString> ids;
    for (const QJsonValue &v : lists) {
        QVERIFY(!v[QLatin1String("name")].toString().isEmpty());
        QVERIFY(v[QLatin1String("created_at")].isString());
        ids.insert(v[QLatin1String("list_id")].toString());
    }
    const Reply contact = get(QStringLiteral("/v3/contacts/%1?include=list_memberships")
                                  .arg(QString::fromLatin1(V3::contactId(m_sandbox->dataset(), 1))));
    const QJsonArray memberships = contact.json()[QLatin1String("list_memberships")].toArray();
    QVERIFY(!memberships.isEmpty());
    for (const QJsonValue &id : memberships)
        QVERIFY(ids.contains(id.toString()));
    QCOMPARE(get(QStringLiteral("/v3/contact_lists?limit=0")).status, 400);
}

QUrlQuery TestSandboxV3::authorizeQuery(const QString &redirect, const QString &state) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("test-client"));
    q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("campaign_data contact_data offline_access"));
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challengeOf(verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    return q;
}

QJsonObject TestSandboxV3::signIn(const QString &redirect)
{
    QUrlQuery q = authorizeQuery(redirect, QStringLiteral("s-1"));
    q.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    const Reply authorized = get(QStringLiteral("/oauth2/default/v1/authorize?") + q.toString(QUrl::FullyEncoded), {});
    if (authorized.status != 302)
        return {};
    const QUrlQuery back(QUrl(QString::fromUtf8(authorized.location)));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("test-client"));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    const Reply token = post(QStringLiteral("/oauth2/default/v1/token"), form);
    return token.status == 200 ? token.json().object() : QJsonObject();
}

void TestSandboxV3::signInWithPkceThenRefreshRotates()
{
    const QString redirect = QStringLiteral("http://127.0.0.1:52801/callback");
    QUrlQuery q = authorizeQuery(redirect, QStringLiteral("state with spaces & more"));
    q.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    const Reply authorized = get(QStringLiteral("/oauth2/default/v1/authorize?") + q.toString(QUrl::FullyEncoded), {});
    QCOMPARE(authorized.status, 302);
    const QUrl target(QString::fromUtf8(authorized.location));
    QCOMPARE(target.adjusted(QUrl::RemoveQuery).toString(), redirect);
    const QUrlQuery back(target);
    QCOMPARE(
        back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("state with spaces & more"));
    const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("test-client"));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    const Reply token = post(QStringLiteral("/oauth2/default/v1/token"), form);
    QCOMPARE(token.status, 200);
    const QJsonObject tokens = token.json().object();
    QCOMPARE(tokens.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokens.value(QLatin1String("expires_in")).toInt(), 86400);
    const QByteArray access = tokens.value(QLatin1String("access_token")).toString().toUtf8();
    const QString refresh = tokens.value(QLatin1String("refresh_token")).toString();
    QCOMPARE(access.count('.'), 2); // a JWT in shape
    QVERIFY(!refresh.isEmpty());
    QCOMPARE(m_sandbox->latestRefreshToken(), refresh.toUtf8());
    QCOMPARE(get(QStringLiteral("/v3/emails"), access).status, 200);

    // The code works once.
    QCOMPARE(post(QStringLiteral("/oauth2/default/v1/token"), form).status, 400);

    // Refresh: a new token set; the old refresh token is spent.
    QUrlQuery refreshForm;
    refreshForm.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    refreshForm.addQueryItem(QStringLiteral("refresh_token"), refresh);
    refreshForm.addQueryItem(QStringLiteral("client_id"), QStringLiteral("test-client"));
    const Reply refreshed = post(QStringLiteral("/oauth2/default/v1/token"), refreshForm);
    QCOMPARE(refreshed.status, 200);
    const QString rotated = refreshed.json().object().value(QLatin1String("refresh_token")).toString();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != refresh);
    QCOMPARE(get(QStringLiteral("/v3/emails"),
                 refreshed.json().object().value(QLatin1String("access_token")).toString().toUtf8())
                 .status,
        200);
    const Reply reused = post(QStringLiteral("/oauth2/default/v1/token"), refreshForm);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));

    // Revoked: the rotated one stops working too.
    m_sandbox->revokeRefreshTokens();
    QUrlQuery again = refreshForm;
    again.removeAllQueryItems(QStringLiteral("refresh_token"));
    again.addQueryItem(QStringLiteral("refresh_token"), rotated);
    QCOMPARE(post(QStringLiteral("/oauth2/default/v1/token"), again).status, 400);
}

void TestSandboxV3::consentPageAndDenial()
{
    const QString redirect = QStringLiteral("http://127.0.0.1:52802/callback");
    const QUrlQuery q = authorizeQuery(redirect, QStringLiteral("xyz"));
    const Reply page = get(QStringLiteral("/oauth2/default/v1/authorize?") + q.toString(QUrl::FullyEncoded), {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(page.body.contains("id=\"allow\""));
    QVERIFY(page.body.contains("id=\"deny\""));
    // The Deny link: back to the app with access_denied and the same state.
    const qsizetype at = page.body.indexOf("id=\"deny\" href=\"") + 16;
    const QString deny = QString::fromUtf8(page.body.mid(at, page.body.indexOf('"', at) - at))
                             .replace(QLatin1String("&amp;"), QLatin1String("&"));
    const Reply denied = get(deny, {});
    QCOMPARE(denied.status, 302);
    const QUrlQuery back(QUrl(QString::fromUtf8(denied.location)));
    QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
    QVERIFY(!back.hasQueryItem(QStringLiteral("code")));

    // No PKCE: an error back to the app, never a code.
    QUrlQuery noPkce = q;
    noPkce.removeAllQueryItems(QStringLiteral("code_challenge"));
    noPkce.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    const Reply refused
        = get(QStringLiteral("/oauth2/default/v1/authorize?") + noPkce.toString(QUrl::FullyEncoded), {});
    QCOMPARE(refused.status, 302);
    QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(refused.location))).queryItemValue(QStringLiteral("error")),
        QStringLiteral("invalid_request"));
    // A redirect that is not a loopback address: a page, no redirect at all.
    QUrlQuery foreign = authorizeQuery(QStringLiteral("https://attacker.example/callback"), QStringLiteral("xyz"));
    foreign.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    const Reply stay = get(QStringLiteral("/oauth2/default/v1/authorize?") + foreign.toString(QUrl::FullyEncoded), {});
    QCOMPARE(stay.status, 400);
    QVERIFY(stay.location.isEmpty());
}

void TestSandboxV3::tokenEndpointRefusesWhatItMust()
{
    const QString redirect = QStringLiteral("http://127.0.0.1:52803/callback");
    const auto codeFor = [&] {
        QUrlQuery q = authorizeQuery(redirect, QStringLiteral("s"));
        q.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
        const Reply r = get(QStringLiteral("/oauth2/default/v1/authorize?") + q.toString(QUrl::FullyEncoded), {});
        return QUrlQuery(QUrl(QString::fromUtf8(r.location)))
            .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    };
    const auto exchange = [&](const QString &code, const QString &verifierText, const QString &redirectUri) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("test-client"));
        form.addQueryItem(QStringLiteral("code_verifier"), verifierText);
        return post(QStringLiteral("/oauth2/default/v1/token"), form);
    };
    const QString wrongVerifier = QString::fromLatin1(verifier).replace(0, 1, QLatin1Char('X'));
    const Reply badVerifier = exchange(codeFor(), wrongVerifier, redirect);
    QCOMPARE(badVerifier.status, 400);
    QCOMPARE(badVerifier.json().object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(
        exchange(codeFor(), QString::fromLatin1(verifier), QStringLiteral("http://127.0.0.1:1/other")).status, 400);
    QCOMPARE(exchange(QStringLiteral("made-up"), QString::fromLatin1(verifier), redirect).status, 400);
    QCOMPARE(exchange(codeFor(), QString::fromLatin1(verifier), redirect).status, 200);

    // The token endpoint allows one request a second (§1.6).
    SandboxConfig limited;
    limited.data.campaigns = 1;
    limited.data.clicks = 10;
    Sandbox second(limited);
    QVERIFY(second.listen());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QStringLiteral("x"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("c"));
    QNetworkRequest request(QUrl(second.authBaseUrl().toString() + QStringLiteral("/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QList<int> statuses;
    for (int i = 0; i < 2; ++i) {
        QNetworkReply *reply = m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    }
    QCOMPARE(statuses, (QList<int> { 400, 429 }));
}

void TestSandboxV3::expiredAccessTokenIs401()
{
    const QJsonObject tokens = signIn(QStringLiteral("http://localhost:52804/cb"));
    const QByteArray access = tokens.value(QLatin1String("access_token")).toString().toUtf8();
    QVERIFY(!access.isEmpty());
    QCOMPARE(get(QStringLiteral("/v3/emails"), access).status, 200);
    m_sandbox->expireAccessTokens();
    const Reply expired = get(QStringLiteral("/v3/emails"), access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().object().value(QLatin1String("error_key")).toString(), QStringLiteral("unauthorized"));
    // The fixed demo token is not an issued one: it keeps working.
    QCOMPARE(get(QStringLiteral("/v3/emails")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxV3)
// ---------------------------------------------------------------------------------------------------------------
// Clicks added while the sandbox runs (Sandbox::addClicks)

namespace {

QDateTime timeOf(const QJsonObject &row)
{
    return QDateTime::fromString(row.value(QLatin1String("created_time")).toString(), Qt::ISODateWithMs);
}

QString hrefOf(const QJsonObject &page)
{
    return page.value(QLatin1String("_links"))
        .toObject()
        .value(QLatin1String("next"))
        .toObject()
        .value(QLatin1String("href"))
        .toString();
}

} // namespace

std::unique_ptr<Sandbox> TestSandboxV3::startLiveSandbox()
{
    SandboxConfig config;
    config.data.campaigns = 9;
    config.data.clicks = 6000;
    config.data.seed = 11;
    auto sandbox = std::make_unique<Sandbox>(config);
    if (!sandbox->listen())
        return nullptr;
    m_base = sandbox->baseUrl();
    return sandbox;
}

QPair<QList<QJsonObject>, QString> TestSandboxV3::firstPage(const QString &path, const QString &listKey)
{
    const Reply r = get(path);
    QList<QJsonObject> rows;
    for (const QJsonValue &v : r.json().object().value(listKey).toArray())
        rows.append(v.toObject());
    return { rows, hrefOf(r.json().object()) };
}

void TestSandboxV3::addedClicksComeFirstInBothActivities()
{
    const auto sandbox = startLiveSandbox();
    QVERIFY(sandbox);
    const Dataset &data = sandbox->dataset();
    // A campaign with a resend, named by its v3 id; and another one that gets nothing.
    int c = -1, other = -1;
    for (int i = 0; i < int(data.campaigns().size()); ++i) {
        if (data.campaigns()[std::size_t(i)].status != CampaignStatus::Sent)
            continue;
        if (c < 0 && V3::hasResend(data, i))
            c = i;
        else if (other < 0 && data.campaigns()[std::size_t(i)].clickCount > 0)
            other = i;
    }
    QVERIFY(c >= 0 && other >= 0);
    const Campaign &campaign = data.campaigns()[std::size_t(c)];
    const QString clicks = QStringLiteral("/v3/reports/email_reports/%1/tracking/clicks?limit=%2");
    const auto activityOf
        = [&](int index, V3::Role role) { return QString::fromLatin1(V3::activityId(data, index, role)); };
    const QString key = QStringLiteral("tracking_activities");
    const QList<V3::Role> roles { V3::Role::Primary, V3::Role::Resend };
    std::map<V3::Role, QList<QJsonObject>> before;
    std::map<V3::Role, QPair<QList<QJsonObject>, QString>> pageOne;
    for (const V3::Role role : roles) {
        before[role] = walk(clicks.arg(activityOf(c, role)).arg(100), key);
        pageOne[role] = firstPage(clicks.arg(activityOf(c, role)).arg(10), key);
        QVERIFY(!pageOne[role].second.isEmpty());
    }
    const QList<QJsonObject> otherBefore = walk(clicks.arg(activityOf(other, V3::Role::Primary)).arg(100), key);
    const QString stats = QStringLiteral("/v3/reports/stats/email_campaign_activities/%1,%2")
                              .arg(activityOf(c, V3::Role::Primary), activityOf(c, V3::Role::Resend));
    const QJsonArray statsBefore = get(stats).json().object().value(QLatin1String("results")).toArray();
    const auto summaryClicks = [&] {
        for (const QJsonValue &v : get(QStringLiteral("/v3/reports/summary_reports/email_campaign_summaries?limit=500"))
                                       .json()
                                       .object()
                                       .value(QLatin1String("bulk_email_campaign_summaries"))
                                       .toArray())
            if (v[QLatin1String("campaign_id")].toString() == QString::fromLatin1(V3::campaignId(data, c)))
                return v[QLatin1String("unique_counts")][QLatin1String("clicks")].toInteger();
        return qint64(-1);
    };
    const qint64 summaryBefore = summaryClicks();
    QDateTime oldNewest;
    for (const V3::Role role : roles)
        oldNewest = std::max(oldNewest, timeOf(before[role].first()));

    const int n = 30;
    const std::uint32_t oldCount = campaign.clickCount;
    QCOMPARE(sandbox->addClicks(n, QString::fromLatin1(V3::campaignId(data, c))), n);
    QCOMPARE(campaign.clickCount, oldCount + n);

    std::map<std::pair<QString, QString>, int> newRows, wantNew; // (contact, url_id) with multiplicity
    for (std::uint32_t i = oldCount; i < campaign.clickCount; ++i)
        ++wantNew[{ QString::fromLatin1(V3::contactId(data, data.clickContact(c, i))),
            QString::number(campaign.links[std::size_t(data.clickLink(c, i))].id) }];
    qsizetype grown = 0;
    QSet<QString> clickersBefore, clickersAfter;
    for (const V3::Role role : roles) {
        const QList<QJsonObject> after = walk(clicks.arg(activityOf(c, role)).arg(100), key);
        const qsizetype added = after.size() - before[role].size();
        QVERIFY2(added > 0, "both activities get some of the new clicks");
        grown += added;
        QCOMPARE(after.mid(added), before[role]); // the old rows, unchanged, after the new ones
        for (qsizetype k = 0; k < added; ++k) {
            const QString time = after[k].value(QLatin1String("created_time")).toString();
            QVERIFY2(timeOf(after[k]) >= oldNewest, qPrintable(time));
            if (k > 0)
                QVERIFY(timeOf(after[k]) <= timeOf(after[k - 1]));
            if (V3::wholeMinute(c))
                QVERIFY2(time.endsWith(QLatin1String(":00Z")) && time.size() == 20, qPrintable(time));
            ++newRows[{ after[k].value(QLatin1String("contact_id")).toString(),
                after[k].value(QLatin1String("url_id")).toString() }];
        }
        for (const QJsonObject &row : before[role])
            clickersBefore.insert(row.value(QLatin1String("contact_id")).toString());
        for (const QJsonObject &row : after)
            clickersAfter.insert(row.value(QLatin1String("contact_id")).toString());

        // A cursor from before the clicks pages on with no row repeated and none skipped.
        QCOMPARE(pageOne[role].first + walk(pageOne[role].second, key), before[role]);

        // The links report counts each link's unique clickers, new ones included.
        const QJsonArray links = get(QStringLiteral("/v3/reports/email_reports/%1/links").arg(activityOf(c, role)))
                                     .json()
                                     .object()
                                     .value(QLatin1String("link_click_counts"))
                                     .toArray();
        std::map<QString, QSet<QString>> unique;
        for (const QJsonObject &row : after)
            unique[row.value(QLatin1String("url_id")).toString()].insert(
                row.value(QLatin1String("contact_id")).toString());
        QCOMPARE(links.size(), qsizetype(unique.size()));
        for (const QJsonValue &v : links)
            QCOMPARE(v[QLatin1String("unique_clicks")].toInteger(),
                qint64(unique[v[QLatin1String("url_id")].toString()].size()));
    }
    QCOMPARE(grown, qsizetype(n));
    QVERIFY(newRows == wantNew);
    const qint64 newClickers = (clickersAfter - clickersBefore).size();
    QVERIFY(newClickers > 0);

    // Stats: every click of both activities, and the summary's unique clickers.
    const QJsonArray statsAfter = get(stats).json().object().value(QLatin1String("results")).toArray();
    QCOMPARE(statsAfter.size(), 2);
    const auto clicksAll = [](const QJsonArray &results) {
        qint64 sum = 0;
        for (const QJsonValue &v : results)
            sum += v[QLatin1String("stats")][QLatin1String("em_clicks_all")].toInteger();
        return sum;
    };
    QCOMPARE(clicksAll(statsAfter), clicksAll(statsBefore) + n);
    QVERIFY(statsAfter[0][QLatin1String("stats")][QLatin1String("em_clicks")].toInteger()
        > statsBefore[0][QLatin1String("stats")][QLatin1String("em_clicks")].toInteger());
    QCOMPARE(summaryClicks(), summaryBefore + newClickers);

    // The other campaign is unchanged.
    QCOMPARE(walk(clicks.arg(activityOf(other, V3::Role::Primary)).arg(100), key), otherBefore);
}

void TestSandboxV3::addedClicksInContactActivity()
{
    // Who the new clicks will be by: a twin of the sandbox tells (the data is a function of the seed). Their time is
    // later than anything generated, so every new row is newer than every old one.
    const std::int64_t at = Dataset::nowMs() + 30LL * 86400000;
    const int n = 20;
    const auto twin = startLiveSandbox();
    QVERIFY(twin);
    const QString campaignId = twin->liveCampaignId();
    QCOMPARE(twin->addClicks(n, campaignId, at), n);
    const int c = twin->dataset().campaignIndexForId(campaignId.toLongLong());
    const Campaign &twinCampaign = twin->dataset().campaigns()[std::size_t(c)];

    const auto sandbox = startLiveSandbox();
    QVERIFY(sandbox);
    const Dataset &data = sandbox->dataset();
    // A contact whose first click in the campaign is among them (so an open comes with it), and a repeat clicker.
    std::optional<std::uint32_t> firstTimer, repeater;
    for (const AddedClick &a : twinCampaign.added) {
        if (data.clicked(c, a.contact) && !repeater)
            repeater = a.contact;
        if (!data.clicked(c, a.contact) && !firstTimer)
            firstTimer = a.contact;
    }
    QVERIFY(firstTimer && repeater);

    const QString path = QStringLiteral("/v3/reports/contact_reports/%1/activity_details?tracking_activities_list="
                                        "em_sends,em_opens,em_clicks&limit=%2");
    const QString key = QStringLiteral("tracking_activities");
    const std::uint32_t contacts[] = { *firstTimer, *repeater };
    QList<QList<QJsonObject>> before;
    QList<QPair<QList<QJsonObject>, QString>> pageOne;
    for (const std::uint32_t contact : contacts) {
        const QString id = QString::fromLatin1(V3::contactId(data, contact));
        before.append(walk(path.arg(id).arg(100), key));
        pageOne.append(firstPage(path.arg(id).arg(2), key));
        QVERIFY(!pageOne.last().second.isEmpty());
    }

    QCOMPARE(sandbox->addClicks(n, campaignId, at), n);
    const Campaign &campaign = data.campaigns()[std::size_t(c)];
    for (std::size_t k = 0; k < twinCampaign.added.size(); ++k) // as the twin said
        QCOMPARE(campaign.added[k].contact, twinCampaign.added[k].contact);

    for (int i = 0; i < 2; ++i) {
        const std::uint32_t contact = contacts[i];
        // A cursor from before the clicks pages on with no row repeated and none skipped.
        QCOMPARE(pageOne[i].first + walk(pageOne[i].second, key), before[i]);
        // A fresh walk has the contact's new clicks first, then a first-time clicker's new open, then the old rows.
        const QList<QJsonObject> after
            = walk(path.arg(QString::fromLatin1(V3::contactId(data, contact))).arg(100), key);
        int theirs = 0;
        std::uint32_t newest = 0;
        for (std::uint32_t index = campaign.generatedClicks; index < campaign.clickCount; ++index) {
            if (data.clickContact(c, index) == contact) {
                ++theirs;
                newest = index;
            }
        }
        const int opens = contact == *firstTimer ? 1 : 0;
        QCOMPARE(after.size(), before[i].size() + theirs + opens);
        QCOMPARE(after.mid(theirs + opens), before[i]);
        for (int k = 0; k < theirs; ++k)
            QCOMPARE(after[k].value(QLatin1String("tracking_activity_type")).toString(), QStringLiteral("em_clicks"));
        QCOMPARE(timeOf(after[0]).toMSecsSinceEpoch(), V3::reportedClickMs(data, c, newest));
        QCOMPARE(after[0].value(QLatin1String("campaign_activity_id")).toString(),
            QString::fromLatin1(
                V3::activityId(data, c, V3::clickInResend(data, c, newest) ? V3::Role::Resend : V3::Role::Primary)));
        if (opens)
            QCOMPARE(
                after[theirs].value(QLatin1String("tracking_activity_type")).toString(), QStringLiteral("em_opens"));
    }
}

#include "tst_sandbox_v3.moc"
