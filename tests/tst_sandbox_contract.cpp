// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests: real HTTP to the sandbox on 127.0.0.1 with QNetworkAccessManager, checked against
// ctct-v2-api.md and against the generator's own data.
#include "httptestclient.h"
#include "sandbox/isodate.h"
#include "sandbox/jsonout.h"
#include "sandbox/sandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace ClickScope::Sandbox;
using ClickScope::Tests::HttpResult;
using ClickScope::Tests::HttpTestClient;

namespace {

QString isoUtc(std::int64_t ms)
{
    char buf[24];
    formatIsoUtc(ms, buf);
    return QString::fromLatin1(buf, 24);
}

// One click as the generator defines it, in the form the API prints it.
struct ExpectedClick {
    QString contactId, email, linkId, date;
    bool operator==(const ExpectedClick &o) const = default;
};

} // namespace

class TestSandboxContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void campaignListShapeAndOrder();
    void campaignListPagination();
    void campaignListFilters();
    void campaignDetail();
    void linkClicksFollowedToTheEndMatchTheGenerator();
    void campaignClicksFollowedToTheEndMatchTheGenerator();
    void createdSinceAcrossPages_data();
    void createdSinceAcrossPages();
    void nextLinkShape();
    void nextMustBeAlone();
    void badCursorIsRefused();
    void limits_data();
    void limits();
    void authFailures_data();
    void authFailures();
    void acceptHeader_data();
    void acceptHeader();
    void notFound_data();
    void notFound();
    void trackingOnUnsentCampaign();
    void unknownLinkGivesEmptyPage();
    void otherReports_data();
    void otherReports();
    void campaignSummaryReport();
    void contactDetail();
    void contactTracking();
    void contactSummaries();
    void activityKeepsCausality();
    void unsubscribedContactIsOptedOut();
    void contactLists();
    void deterministicForSeed();
    void specialEmails();

    void faultStatusOnNthRequest();
    void faultLatency();
    void faultDrop();
    void faultMalformed();
    void faultNumericIds();
    void faultEmptyDates();
    void faultQpsAndRateLimit();
    void faultDailyQuota();
    void faultPlanParsing_data();
    void faultPlanParsing();
    void faultNextLinks();
    void faultPageShapes();
    void faultRedirects();
    void requestLogRedactsKey();

    void addedClicksComeFirst();
    void addedClicksAfterCreatedSince();
    void cursorsFromBeforeAddedClicksPageOn();
    void addedClicksCountInLinksAndSummaries();
    void addClicksArguments();
    void liveAddsClicksWhileListening();

private:
    QJsonArray followAll(const QString &firstPath, int *pages = nullptr);
    QJsonArray followAllAt(const QUrl &base, const QString &firstPath, int *pages = nullptr);
    // A sandbox of its own for the tests that add clicks (the shared one stays as generated).
    std::unique_ptr<Sandbox> startLiveSandbox(int live = 0);
    int firstSentCampaign() const;
    QString campaignId(int index) const
    {
        return QString::number(m_sandbox->dataset().campaigns()[std::size_t(index)].id);
    }
    ExpectedClick expected(int campaign, std::uint32_t index) const
    {
        return expectedIn(m_sandbox->dataset(), campaign, index);
    }
    static ExpectedClick expectedIn(const Dataset &d, int campaign, std::uint32_t index);
    static ExpectedClick actual(const QJsonObject &row);

    std::unique_ptr<Sandbox> m_sandbox;
    HttpTestClient m_client;
    QUrl m_base;
};

void TestSandboxContract::initTestCase()
{
    SandboxConfig config;
    config.data.seed = 7;
    config.data.campaigns = 9;
    config.data.clicks = 12000;
    config.data.contacts = 900;
    m_sandbox = std::make_unique<Sandbox>(config);
    QString error;
    QVERIFY2(m_sandbox->listen(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    m_base = m_sandbox->baseUrl();
    QCOMPARE(m_base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_base.port() > 0);
}

void TestSandboxContract::init()
{
    m_client.reset();
    m_sandbox->setFaultPlan({});
    m_sandbox->setQps(0);
    m_sandbox->setDailyQuota(0);
    m_sandbox->clearRequestLog();
}

int TestSandboxContract::firstSentCampaign() const
{
    const auto &all = m_sandbox->dataset().campaigns();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].status == CampaignStatus::Sent && all[i].clickCount > 0)
            return int(i);
    return -1;
}

ExpectedClick TestSandboxContract::expectedIn(const Dataset &d, int campaign, std::uint32_t index)
{
    const std::uint32_t contact = d.clickContact(campaign, index);
    return { QString::number(Dataset::contactId(contact)), QString::fromUtf8(d.email(contact)),
        QString::number(d.campaigns()[std::size_t(campaign)].links[std::size_t(d.clickLink(campaign, index))].id),
        isoUtc(d.clickTime(campaign, index)) };
}

ExpectedClick TestSandboxContract::actual(const QJsonObject &row)
{
    return { row.value(QLatin1String("contact_id")).toString(), row.value(QLatin1String("email_address")).toString(),
        row.value(QLatin1String("link_id")).toString(), row.value(QLatin1String("click_date")).toString() };
}

QJsonArray TestSandboxContract::followAll(const QString &firstPath, int *pages)
{
    return followAllAt(m_base, firstPath, pages);
}

QJsonArray TestSandboxContract::followAllAt(const QUrl &base, const QString &firstPath, int *pages)
{
    QJsonArray rows;
    QString path = firstPath;
    QSet<QString> seenLinks;
    int count = 0;
    while (!path.isEmpty()) {
        const HttpResult r = m_client.get(base, path);
        if (r.status != 200) {
            qWarning("GET %s -> %d %s", qPrintable(path), r.status, r.body.constData());
            return {};
        }
        const QJsonObject page = r.json().object();
        ++count;
        for (const QJsonValue &v : page.value(QLatin1String("results")).toArray())
            rows.append(v);
        const QJsonObject pagination
            = page.value(QLatin1String("meta")).toObject().value(QLatin1String("pagination")).toObject();
        path = pagination.value(QLatin1String("next_link")).toString();
        if (!path.isEmpty() && seenLinks.contains(path)) {
            qWarning("cursor repeated: %s", qPrintable(path));
            return {};
        }
        seenLinks.insert(path);
    }
    if (pages)
        *pages = count;
    return rows;
}

void TestSandboxContract::campaignListShapeAndOrder()
{
    const HttpResult r = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns?status=SENT"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    const QJsonObject page = r.json().object();
    QVERIFY(page.value(QLatin1String("meta")).toObject().value(QLatin1String("pagination")).isObject());
    const QJsonArray results = page.value(QLatin1String("results")).toArray();
    int sent = 0;
    for (const Campaign &c : m_sandbox->dataset().campaigns())
        sent += c.status == CampaignStatus::Sent ? 1 : 0;
    QCOMPARE(results.size(), sent);
    // Summaries carry exactly four fields; SENT campaigns come by latest last_run_date.
    std::int64_t previous = std::numeric_limits<std::int64_t>::max();
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(),
            QStringList({ QStringLiteral("id"), QStringLiteral("modified_date"), QStringLiteral("name"),
                QStringLiteral("status") }));
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("SENT"));
        const QString id = o.value(QLatin1String("id")).toString();
        QCOMPARE(id.size(), 13);
        const int index = m_sandbox->dataset().campaignIndexForId(id.toLongLong());
        QVERIFY(index >= 0);
        const std::int64_t lastRun = m_sandbox->dataset().campaigns()[std::size_t(index)].lastRunMs;
        QVERIFY(lastRun <= previous);
        previous = lastRun;
        QVERIFY(parseIsoDateTime(o.value(QLatin1String("modified_date")).toString().toUtf8()).has_value());
    }
}

void TestSandboxContract::campaignListPagination()
{
    int pages = 0;
    const QJsonArray all = followAll(QStringLiteral("/v2/emailmarketing/campaigns?limit=2"), &pages);
    const int total = int(m_sandbox->dataset().campaigns().size());
    QCOMPARE(all.size(), total);
    QCOMPARE(pages, (total + 1) / 2);
    QSet<QString> ids;
    for (const QJsonValue &v : all)
        ids.insert(v.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), total);
}

void TestSandboxContract::campaignListFilters()
{
    QSet<QString> statuses;
    for (const QString &status : { QStringLiteral("DRAFT"), QStringLiteral("SCHEDULED") }) {
        const QJsonArray rows = followAll(QStringLiteral("/v2/emailmarketing/campaigns?status=") + status);
        QVERIFY2(!rows.isEmpty(), qPrintable(status));
        for (const QJsonValue &v : rows)
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), status);
    }
    // modified_since is inclusive.
    const Campaign &c = m_sandbox->dataset().campaigns()[0];
    const QJsonArray since
        = followAll(QStringLiteral("/v2/emailmarketing/campaigns?modified_since=") + isoUtc(c.modifiedMs));
    int expectedCount = 0;
    for (const Campaign &x : m_sandbox->dataset().campaigns())
        expectedCount += x.modifiedMs >= c.modifiedMs ? 1 : 0;
    QCOMPARE(since.size(), expectedCount);
    bool found = false;
    for (const QJsonValue &v : since)
        found = found || v.toObject().value(QLatin1String("id")).toString() == QString::number(c.id);
    QVERIFY(found);
    QCOMPARE(m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns?status=SOMETIMES")).status, 400);
}

void TestSandboxContract::campaignDetail()
{
    const int index = firstSentCampaign();
    const Campaign &c = m_sandbox->dataset().campaigns()[std::size_t(index)];
    const HttpResult r = m_client.get(m_base,
        QStringLiteral("/v2/emailmarketing/campaigns/") + campaignId(index) + QStringLiteral("?updateSummary=true"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QLatin1String("id")).toString(), campaignId(index));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("SENT"));
    QCOMPARE(o.value(QLatin1String("last_run_date")).toString(), isoUtc(c.lastRunMs));
    for (const char *field :
        { "name", "subject", "from_name", "from_email", "created_date", "modified_date", "permalink_url" })
        QVERIFY2(o.value(QLatin1String(field)).isString(), field);
    const QJsonObject summary = o.value(QLatin1String("tracking_summary")).toObject();
    const TrackingSummary s = m_sandbox->dataset().campaignSummary(index);
    QCOMPARE(summary.value(QLatin1String("sends")).toInteger(), s.sends);
    QCOMPARE(summary.value(QLatin1String("clicks")).toInteger(), s.clicks);
    QCOMPARE(summary.value(QLatin1String("opens")).toInteger(), s.opens);
    QCOMPARE(summary.value(QLatin1String("bounces")).toInteger(), s.bounces);
    for (const char *field : { "forwards", "unsubscribes", "spam_count" })
        QVERIFY2(summary.value(QLatin1String(field)).isDouble(), field);
    QVERIFY(s.clicks > 0 && s.clicks <= s.opens && s.opens <= s.sends);
    const QJsonArray links = o.value(QLatin1String("click_through_details")).toArray();
    QCOMPARE(links.size(), qsizetype(c.links.size()));
    qint64 sum = 0;
    for (const QJsonValue &v : links) {
        const QJsonObject l = v.toObject();
        QVERIFY(l.value(QLatin1String("url")).toString().startsWith(QLatin1String("https://")));
        QCOMPARE(l.value(QLatin1String("url_uid")).toString().size(), 13);
        sum += l.value(QLatin1String("click_count")).toInteger();
    }
    QCOMPARE(sum, qint64(c.clickCount));
}

void TestSandboxContract::linkClicksFollowedToTheEndMatchTheGenerator()
{
    const int index = firstSentCampaign();
    const Campaign &c = m_sandbox->dataset().campaigns()[std::size_t(index)];
    for (const Link &link : c.links) {
        int pages = 0;
        const QJsonArray rows = followAll(QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks/%2?limit=97")
                                              .arg(campaignId(index))
                                              .arg(link.id),
            &pages);
        QCOMPARE(rows.size(), qsizetype(link.clicks.size()));
        QCOMPARE(pages, std::max(1, int((link.clicks.size() + 96) / 97)));
        // Newest first: row k is the generator's click number size-1-k of this link.
        for (qsizetype k = 0; k < rows.size(); ++k) {
            const QJsonObject row = rows[k].toObject();
            QCOMPARE(row.value(QLatin1String("activity_type")).toString(), QStringLiteral("EMAIL_CLICK"));
            QCOMPARE(row.value(QLatin1String("campaign_id")).toString(), campaignId(index));
            const ExpectedClick want = expected(index, link.clicks[link.clicks.size() - 1 - std::size_t(k)]);
            if (!(actual(row) == want))
                QFAIL(qPrintable(QStringLiteral("row %1 differs: %2")
                                     .arg(k)
                                     .arg(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)))));
        }
    }
}

void TestSandboxContract::campaignClicksFollowedToTheEndMatchTheGenerator()
{
    const int index = firstSentCampaign();
    const Campaign &c = m_sandbox->dataset().campaigns()[std::size_t(index)];
    const QJsonArray rows
        = followAll(QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks").arg(campaignId(index)));
    QCOMPARE(rows.size(), qsizetype(c.clickCount));
    QString previous = QStringLiteral("9999");
    for (qsizetype k = 0; k < rows.size(); ++k) {
        const ExpectedClick got = actual(rows[k].toObject());
        QCOMPARE(got, expected(index, c.clickCount - 1 - std::uint32_t(k)));
        QVERIFY(got.date <= previous); // same format, so string order is time order
        previous = got.date;
    }
}

void TestSandboxContract::createdSinceAcrossPages_data()
{
    QTest::addColumn<int>("shape");
    QTest::newRow("Z with milliseconds") << 0;
    QTest::newRow("Z without milliseconds") << 1;
    QTest::newRow("offset +02:00") << 2;
    QTest::newRow("offset -0500") << 3;
    QTest::newRow("date only") << 4;
    QTest::newRow("two-digit fraction (Java SDK)") << 5;
}

void TestSandboxContract::createdSinceAcrossPages()
{
    QFETCH(int, shape);
    const int index = firstSentCampaign();
    const Dataset &d = m_sandbox->dataset();
    const Campaign &c = d.campaigns()[std::size_t(index)];
    // A cut in the middle of the clicks, exactly at one click's time, so inclusiveness is tested.
    std::int64_t since = d.clickTime(index, c.clickCount / 3);
    const QString z = isoUtc(since);
    QString text;
    switch (shape) {
    case 0:
        text = z;
        break;
    case 1:
        since -= since % 1000;
        text = z.left(19) + QLatin1Char('Z');
        break;
    case 2: {
        since -= since % 1000;
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(since, QTimeZone(7200));
        text = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+02:00");
        break;
    }
    case 3: {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(since, QTimeZone(-5 * 3600));
        text = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("-0500");
        break;
    }
    case 4:
        since -= since % 86400000;
        text = z.left(10);
        break;
    case 5:
        since -= since % 10; // ".SS" is hundredths
        text = z.left(19) + QLatin1Char('.') + z.mid(20, 2) + QLatin1Char('Z');
        break;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("created_since"), text);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    const QJsonArray rows
        = followAll(QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?").arg(campaignId(index))
            + q.toString(QUrl::FullyEncoded));
    qsizetype want = 0;
    for (std::uint32_t i = 0; i < c.clickCount; ++i)
        want += d.clickTime(index, i) >= since ? 1 : 0;
    QVERIFY(want > 50); // several pages
    QCOMPARE(rows.size(), want);
    const QString sinceText = isoUtc(since);
    for (const QJsonValue &v : rows)
        QVERIFY(v.toObject().value(QLatin1String("click_date")).toString() >= sinceText);
}

void TestSandboxContract::nextLinkShape()
{
    const int index = firstSentCampaign();
    const HttpResult r = m_client.get(m_base,
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=5&created_since=2000-01-01")
            .arg(campaignId(index)));
    QCOMPARE(r.status, 200);
    const QString next
        = r.json()[QLatin1String("meta")][QLatin1String("pagination")][QLatin1String("next_link")].toString();
    QVERIFY(next.startsWith(
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?next=").arg(campaignId(index))));
    const QUrl url(next);
    const QUrlQuery q(url);
    QCOMPARE(q.queryItems().size(), 1);
    const QString cursor = q.queryItemValue(QStringLiteral("next"));
    QVERIFY(
        !cursor.contains(QLatin1Char('=')) && !cursor.contains(QLatin1Char('+')) && !cursor.contains(QLatin1Char('/')));
    QVERIFY(!next.contains(QLatin1String("api_key")));
    QVERIFY(!next.contains(QString::fromUtf8(m_client.apiKey)));

    // The last page has an empty pagination object.
    const HttpResult last = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns?status=SENT&limit=50"));
    QCOMPARE(last.json()[QLatin1String("meta")][QLatin1String("pagination")].toObject(), QJsonObject());
}

void TestSandboxContract::nextMustBeAlone()
{
    const int index = firstSentCampaign();
    const HttpResult r = m_client.get(
        m_base, QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=5").arg(campaignId(index)));
    const QString next
        = r.json()[QLatin1String("meta")][QLatin1String("pagination")][QLatin1String("next_link")].toString();
    QVERIFY(!next.isEmpty());
    QCOMPARE(m_client.get(m_base, next).status, 200);
    const HttpResult withLimit = m_client.get(m_base, next + QStringLiteral("&limit=5"));
    QCOMPARE(withLimit.status, 400);
    QCOMPARE(withLimit.json()[0][QLatin1String("error_key")].toString(), QStringLiteral("http.status.bad_request"));
}

void TestSandboxContract::badCursorIsRefused()
{
    const int index = firstSentCampaign();
    QCOMPARE(m_client
                 .get(m_base,
                     QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?next=%%%%").arg(campaignId(index)))
                 .status,
        400);
    QCOMPARE(m_client
                 .get(m_base,
                     QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?next=c3RhcnRBdD0zJmxpbWl0PTI")
                         .arg(campaignId(index)))
                 .status,
        400);
    // A cursor for the campaign list used on a tracking path.
    const HttpResult list = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns?limit=1"));
    const QString next
        = list.json()[QLatin1String("meta")][QLatin1String("pagination")][QLatin1String("next_link")].toString();
    const QString cursor = QUrlQuery(QUrl(next)).queryItemValue(QStringLiteral("next"));
    QCOMPARE(
        m_client
            .get(m_base,
                QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?next=").arg(campaignId(index)) + cursor)
            .status,
        400);
}

void TestSandboxContract::limits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("rows");
    QTest::newRow("campaigns 0") << QStringLiteral("/v2/emailmarketing/campaigns?limit=0") << 400 << -1;
    QTest::newRow("campaigns 51") << QStringLiteral("/v2/emailmarketing/campaigns?limit=51") << 400 << -1;
    QTest::newRow("campaigns 1") << QStringLiteral("/v2/emailmarketing/campaigns?limit=1") << 200 << 1;
    QTest::newRow("campaigns abc") << QStringLiteral("/v2/emailmarketing/campaigns?limit=abc") << 400 << -1;
    QTest::newRow("clicks 0") << QStringLiteral("/v2/emailmarketing/campaigns/{c}/tracking/clicks?limit=0") << 400
                              << -1;
    QTest::newRow("clicks 501") << QStringLiteral("/v2/emailmarketing/campaigns/{c}/tracking/clicks?limit=501") << 400
                                << -1;
    QTest::newRow("clicks 500") << QStringLiteral("/v2/emailmarketing/campaigns/{c}/tracking/clicks?limit=500") << 200
                                << 500;
    QTest::newRow("clicks default") << QStringLiteral("/v2/emailmarketing/campaigns/{c}/tracking/clicks") << 200 << 500;
    QTest::newRow("clicks 1") << QStringLiteral("/v2/emailmarketing/campaigns/{c}/tracking/clicks?limit=1") << 200 << 1;
    QTest::newRow("bad created_since") << QStringLiteral(
        "/v2/emailmarketing/campaigns/{c}/tracking/clicks?created_since=yesterday")
                                       << 400 << -1;
}

void TestSandboxContract::limits()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, rows);
    const HttpResult r = m_client.get(m_base, path.replace(QLatin1String("{c}"), campaignId(firstSentCampaign())));
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.json()[QLatin1String("results")].toArray().size(), rows);
    } else {
        QVERIFY(r.json().isArray());
        QVERIFY(!r.json()[0][QLatin1String("error_message")].toString().isEmpty());
    }
}

void TestSandboxContract::authFailures_data()
{
    QTest::addColumn<bool>("sendKey");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("sendToken");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorKey");
    const QByteArray key = "clickscope-demo-key";
    const QByteArray token = "clickscope-demo-token";
    const QString inactive = QStringLiteral("mashery.not.authorized.inactive");
    const QString unauthorized = QStringLiteral("http.status.unauthorized");
    QTest::newRow("no api_key") << false << key << true << token << 403 << inactive;
    QTest::newRow("wrong api_key") << true << QByteArray("nope") << true << token << 403 << inactive;
    QTest::newRow("no token") << true << key << false << token << 401 << unauthorized;
    QTest::newRow("wrong token") << true << key << true << QByteArray("nope") << 401 << unauthorized;
    QTest::newRow("both right") << true << key << true << token << 200 << QString();
}

void TestSandboxContract::authFailures()
{
    QFETCH(bool, sendKey);
    QFETCH(QByteArray, key);
    QFETCH(bool, sendToken);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    QFETCH(QString, errorKey);
    m_client.sendKey = sendKey;
    m_client.apiKey = key;
    m_client.sendToken = sendToken;
    m_client.token = token;
    for (const QString &path : { QStringLiteral("/v2/emailmarketing/campaigns"),
             QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks").arg(campaignId(firstSentCampaign())),
             QStringLiteral("/v2/contacts/1") }) {
        const HttpResult r = m_client.get(m_base, path);
        QCOMPARE(r.status, status);
        if (status != 200) {
            const QJsonArray errors = r.json().array();
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors[0][QLatin1String("error_key")].toString(), errorKey);
            QVERIFY(!errors[0][QLatin1String("error_message")].toString().isEmpty());
        }
    }
}

void TestSandboxContract::acceptHeader_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << 200;
    QTest::newRow("application/json") << QByteArray("application/json") << 200;
    QTest::newRow("*/*") << QByteArray("*/*") << 200;
    QTest::newRow("json among others") << QByteArray("text/html, application/json;q=0.9") << 200;
    QTest::newRow("text/html") << QByteArray("text/html") << 406;
    QTest::newRow("application/xml") << QByteArray("application/xml") << 406;
}

void TestSandboxContract::acceptHeader()
{
    QFETCH(QByteArray, accept);
    QFETCH(int, status);
    m_client.accept = accept;
    const HttpResult r = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns"));
    QCOMPARE(r.status, status);
    if (status == 406)
        QCOMPARE(r.json()[0][QLatin1String("error_key")].toString(), QStringLiteral("http.status.not_acceptable"));
}

void TestSandboxContract::notFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown campaign") << QStringLiteral("/v2/emailmarketing/campaigns/1234567890123");
    QTest::newRow("unknown campaign tracking")
        << QStringLiteral("/v2/emailmarketing/campaigns/1234567890123/tracking/clicks");
    QTest::newRow("non-numeric campaign") << QStringLiteral("/v2/emailmarketing/campaigns/abc");
    QTest::newRow("unknown contact") << QStringLiteral("/v2/contacts/99999999");
    QTest::newRow("contact zero") << QStringLiteral("/v2/contacts/0/tracking");
    QTest::newRow("unknown path") << QStringLiteral("/v2/activities");
    QTest::newRow("neither v2 nor v3") << QStringLiteral("/v4/emailmarketing/campaigns");
}

void TestSandboxContract::notFound()
{
    QFETCH(QString, path);
    const HttpResult r = m_client.get(m_base, path);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json()[0][QLatin1String("error_key")].toString(), QStringLiteral("http.status.not_found"));
}

void TestSandboxContract::trackingOnUnsentCampaign()
{
    const auto &all = m_sandbox->dataset().campaigns();
    int checked = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].status == CampaignStatus::Sent)
            continue;
        const HttpResult r
            = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks").arg(all[i].id));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[0][QLatin1String("error_key")].toString(), QStringLiteral("http.status.bad_request"));
        // The campaign itself is readable, without tracking data.
        const HttpResult detail
            = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns/%1").arg(all[i].id));
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json()[QLatin1String("click_through_details")].toArray().size(), 0);
        ++checked;
    }
    QVERIFY(checked >= 2);
}

void TestSandboxContract::unknownLinkGivesEmptyPage()
{
    const HttpResult r = m_client.get(m_base,
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks/1").arg(campaignId(firstSentCampaign())));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QLatin1String("results")].toArray().size(), 0);
    QCOMPARE(r.json()[QLatin1String("meta")][QLatin1String("pagination")].toObject(), QJsonObject());
}

void TestSandboxContract::otherReports_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("activity");
    QTest::addColumn<QString>("dateField");
    QTest::newRow("sends") << QStringLiteral("sends") << QStringLiteral("EMAIL_SEND") << QStringLiteral("send_date");
    QTest::newRow("opens") << QStringLiteral("opens") << QStringLiteral("EMAIL_OPEN") << QStringLiteral("open_date");
    QTest::newRow("bounces") << QStringLiteral("bounces") << QStringLiteral("EMAIL_BOUNCE")
                             << QStringLiteral("bounce_date");
    QTest::newRow("forwards") << QStringLiteral("forwards") << QStringLiteral("EMAIL_FORWARD")
                              << QStringLiteral("forward_date");
    QTest::newRow("unsubscribes") << QStringLiteral("unsubscribes") << QStringLiteral("EMAIL_UNSUBSCRIBE")
                                  << QStringLiteral("unsubscribe_date");
}

void TestSandboxContract::otherReports()
{
    QFETCH(QString, report);
    QFETCH(QString, activity);
    QFETCH(QString, dateField);
    const int index = firstSentCampaign();
    const QJsonArray rows = followAll(
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/%2?limit=250").arg(campaignId(index), report));
    const TrackingSummary s = m_sandbox->dataset().campaignSummary(index);
    const std::int64_t want = report == QLatin1String("sends") ? s.sends
        : report == QLatin1String("opens")                     ? s.opens
        : report == QLatin1String("bounces")                   ? s.bounces
        : report == QLatin1String("forwards")                  ? s.forwards
                                                               : s.unsubscribes;
    QCOMPARE(rows.size(), qsizetype(want));
    QVERIFY(want > 0);
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QLatin1String("activity_type")).toString(), activity);
        QCOMPARE(o.value(QLatin1String("campaign_id")).toString(), campaignId(index));
        QVERIFY(o.value(QLatin1String("email_address")).isString());
        const QString date = o.value(dateField).toString();
        QVERIFY2(date.size() == 24 && date <= previous, qPrintable(date));
        previous = date;
    }
    if (report == QLatin1String("bounces"))
        QVERIFY(rows[0].toObject().value(QLatin1String("bounce_code")).isString());
    if (report == QLatin1String("unsubscribes"))
        QVERIFY(rows[0]
                    .toObject()
                    .value(QLatin1String("unsubscribe_source"))
                    .toString()
                    .startsWith(QLatin1String("ACTION_BY_")));
}

void TestSandboxContract::campaignSummaryReport()
{
    const int index = firstSentCampaign();
    const HttpResult r = m_client.get(
        m_base, QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/reports/summary").arg(campaignId(index)));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json().object();
    const TrackingSummary s = m_sandbox->dataset().campaignSummary(index);
    QCOMPARE(o.value(QLatin1String("sends")).toInteger(), s.sends);
    QCOMPARE(o.value(QLatin1String("clicks")).toInteger(), s.clicks);
    QCOMPARE(o.value(QLatin1String("campaign_id")).toString(), campaignId(index));
    // All activities of the campaign: every report together, newest first.
    const QJsonArray all = followAll(QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking").arg(campaignId(index)));
    const Campaign &c = m_sandbox->dataset().campaigns()[std::size_t(index)];
    QCOMPARE(all.size(), qsizetype(s.sends + s.opens + s.bounces + s.forwards + s.unsubscribes + c.clickCount));
}

namespace {

// One contact's events in one campaign, from the campaign's all-activities report.
struct ContactEvents {
    QStringList sends, opens, clicks, bounces, unsubscribes;
};

QString minOf(const QStringList &dates)
{
    return dates.isEmpty() ? QString() : *std::min_element(dates.begin(), dates.end());
}

} // namespace

void TestSandboxContract::activityKeepsCausality()
{
    // Over every contact of three campaigns: send <= open <= first click (a click implies an open), no open or
    // click after a bounce, an unsubscribe after the send and the open. ISO strings of one length compare as times.
    const Dataset &d = m_sandbox->dataset();
    int campaigns = 0, clickers = 0, unsubscribers = 0;
    for (int index = 0; index < int(d.campaigns().size()) && campaigns < 3; ++index) {
        if (d.campaigns()[std::size_t(index)].status != CampaignStatus::Sent)
            continue;
        ++campaigns;
        const QJsonArray all
            = followAll(QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking").arg(campaignId(index)));
        QHash<QString, ContactEvents> byContact;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            ContactEvents &e = byContact[o.value(QLatin1String("contact_id")).toString()];
            const QString type = o.value(QLatin1String("activity_type")).toString();
            if (type == QLatin1String("EMAIL_SEND"))
                e.sends << o.value(QLatin1String("send_date")).toString();
            else if (type == QLatin1String("EMAIL_OPEN"))
                e.opens << o.value(QLatin1String("open_date")).toString();
            else if (type == QLatin1String("EMAIL_CLICK"))
                e.clicks << o.value(QLatin1String("click_date")).toString();
            else if (type == QLatin1String("EMAIL_BOUNCE"))
                e.bounces << o.value(QLatin1String("bounce_date")).toString();
            else if (type == QLatin1String("EMAIL_UNSUBSCRIBE"))
                e.unsubscribes << o.value(QLatin1String("unsubscribe_date")).toString();
        }
        for (auto it = byContact.cbegin(); it != byContact.cend(); ++it) {
            const ContactEvents &e = it.value();
            const QByteArray where = "campaign " + campaignId(index).toUtf8() + ", contact " + it.key().toUtf8();
            QVERIFY2(e.sends.size() == 1, where.constData());
            const QString sent = e.sends.first();
            const QString firstOpen = minOf(e.opens);
            for (const QStringList *later : { &e.opens, &e.clicks, &e.bounces, &e.unsubscribes })
                for (const QString &date : *later)
                    QVERIFY2(sent <= date,
                        QByteArray(where + ": sent " + sent.toUtf8() + ", then " + date.toUtf8()).constData());
            if (!e.clicks.isEmpty()) {
                ++clickers;
                QVERIFY2(!firstOpen.isEmpty() && firstOpen <= minOf(e.clicks),
                    QByteArray(
                        where + ": first click " + minOf(e.clicks).toUtf8() + ", first open " + firstOpen.toUtf8())
                        .constData());
            }
            if (!e.bounces.isEmpty())
                QVERIFY2(e.opens.isEmpty() && e.clicks.isEmpty(), where.constData());
            if (!e.unsubscribes.isEmpty()) {
                ++unsubscribers;
                QVERIFY2(!firstOpen.isEmpty() && firstOpen <= e.unsubscribes.first(), where.constData());
            }
        }
    }
    QCOMPARE(campaigns, 3);
    QVERIFY(clickers > 0);
    QVERIFY(unsubscribers > 0);
}

void TestSandboxContract::unsubscribedContactIsOptedOut()
{
    // Every contact who unsubscribed is OPTOUT from then on: opt_out_date after the unsubscribe, and nothing is
    // sent to them, and they click nothing, afterwards.
    const Dataset &d = m_sandbox->dataset();
    int checked = 0;
    for (int k = 0; k < d.contactCount(); ++k) {
        const QString id = QString::number(Dataset::contactId(std::uint32_t(k)));
        const QJsonArray unsubscribes = followAll(QStringLiteral("/v2/contacts/%1/tracking/unsubscribes").arg(id));
        if (unsubscribes.isEmpty())
            continue;
        QCOMPARE(unsubscribes.size(), 1);
        const QString when = unsubscribes[0][QLatin1String("unsubscribe_date")].toString();
        const HttpResult r = m_client.get(m_base, QStringLiteral("/v2/contacts/%1").arg(id));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("OPTOUT"));
        const QJsonObject email = o.value(QLatin1String("email_addresses")).toArray().at(0).toObject();
        QCOMPARE(email.value(QLatin1String("status")).toString(), QStringLiteral("OPTOUT"));
        QVERIFY2(email.value(QLatin1String("opt_out_date")).toString() >= when, qPrintable(id));
        for (const QJsonValue &v : followAll(QStringLiteral("/v2/contacts/%1/tracking/sends").arg(id)))
            QVERIFY2(v[QLatin1String("send_date")].toString() < when, qPrintable(id));
        for (const QJsonValue &v : followAll(QStringLiteral("/v2/contacts/%1/tracking/clicks").arg(id)))
            QVERIFY2(v[QLatin1String("click_date")].toString() < when, qPrintable(id));
        if (++checked == 15)
            break;
    }
    QVERIFY(checked > 0);
}

void TestSandboxContract::contactLists()
{
    // GET /v2/lists: a bare array with names; every list a contact is on is there.
    const HttpResult r = m_client.get(m_base, QStringLiteral("/v2/lists"));
    QCOMPARE(r.status, 200);
    const QJsonArray lists = r.json().array();
    QVERIFY(lists.size() >= 3);
    QHash<QString, QString> names;
    for (const QJsonValue &v : lists) {
        const QJsonObject o = v.toObject();
        for (const char *field : { "id", "name", "status", "created_date", "modified_date" })
            QVERIFY2(o.value(QLatin1String(field)).isString(), field);
        QVERIFY(o.value(QLatin1String("contact_count")).isDouble());
        names.insert(o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString());
    }
    QVERIFY(!names.value(QStringLiteral("1")).isEmpty());
    const HttpResult contact = m_client.get(m_base, QStringLiteral("/v2/contacts/1"));
    for (const QJsonValue &l : contact.json()[QLatin1String("lists")].toArray())
        QVERIFY(names.contains(l[QLatin1String("id")].toString()));
}

void TestSandboxContract::contactDetail()
{
    const Dataset &d = m_sandbox->dataset();
    const std::uint32_t contact = d.clickContact(firstSentCampaign(), 0);
    const HttpResult r = m_client.get(m_base, QStringLiteral("/v2/contacts/%1").arg(Dataset::contactId(contact)));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QLatin1String("id")).toString(), QString::number(Dataset::contactId(contact)));
    QCOMPARE(o.value(QLatin1String("first_name")).toString(), QString::fromUtf8(d.firstName(contact)));
    QCOMPARE(o.value(QLatin1String("last_name")).toString(), QString::fromUtf8(d.lastName(contact)));
    const QJsonArray emails = o.value(QLatin1String("email_addresses")).toArray();
    QCOMPARE(emails.size(), 1);
    QCOMPARE(emails[0][QLatin1String("email_address")].toString(), QString::fromUtf8(d.email(contact)));
    QVERIFY(emails[0][QLatin1String("opt_out_date")].isString());
    for (const char *field :
        { "status", "company_name", "job_title", "work_phone", "created_date", "modified_date", "source" })
        QVERIFY2(o.value(QLatin1String(field)).isString(), field);
    QVERIFY(o.value(QLatin1String("addresses")).toArray().size() == 1);
    QVERIFY(o.value(QLatin1String("lists")).toArray().size() >= 1);
    QVERIFY(o.value(QLatin1String("confirmed")).isBool());
}

void TestSandboxContract::contactTracking()
{
    const Dataset &d = m_sandbox->dataset();
    // The contact with the most clicks in the first campaign.
    const int campaign = firstSentCampaign();
    std::map<std::uint32_t, int> counts;
    for (std::uint32_t i = 0; i < d.campaigns()[std::size_t(campaign)].clickCount; ++i)
        ++counts[d.clickContact(campaign, i)];
    const auto busiest
        = std::max_element(counts.begin(), counts.end(), [](auto a, auto b) { return a.second < b.second; });
    const std::uint32_t contact = busiest->first;
    QVERIFY2(busiest->second > 3, "the generator should produce repeat clickers");

    int totalClicks = 0;
    for (std::size_t c = 0; c < d.campaigns().size(); ++c)
        for (std::uint32_t i = 0; i < d.campaigns()[c].clickCount; ++i)
            totalClicks += d.clickContact(int(c), i) == contact ? 1 : 0;

    const QString base = QStringLiteral("/v2/contacts/%1/tracking").arg(Dataset::contactId(contact));
    const QJsonArray clicks = followAll(base + QStringLiteral("/clicks?limit=7"));
    QCOMPARE(clicks.size(), totalClicks);
    for (const QJsonValue &v : clicks) {
        QCOMPARE(v[QLatin1String("contact_id")].toString(), QString::number(Dataset::contactId(contact)));
        QVERIFY(v[QLatin1String("link_uri")].toString().startsWith(QLatin1String("https://")));
    }
    const QJsonArray all = followAll(base + QStringLiteral("?limit=10"));
    QSet<QString> types;
    QString previous = QStringLiteral("9999");
    int clickRows = 0;
    for (const QJsonValue &v : all) {
        const QString type = v[QLatin1String("activity_type")].toString();
        types.insert(type);
        clickRows += type == QLatin1String("EMAIL_CLICK") ? 1 : 0;
        // Whatever the type, the one date field is newest first.
        QString date;
        for (const char *f :
            { "send_date", "open_date", "click_date", "bounce_date", "forward_date", "unsubscribe_date" })
            if (v[QLatin1String(f)].isString())
                date = v[QLatin1String(f)].toString();
        QVERIFY(!date.isEmpty() && date <= previous);
        previous = date;
    }
    QCOMPARE(clickRows, totalClicks);
    QVERIFY(types.contains(QStringLiteral("EMAIL_SEND")) && types.contains(QStringLiteral("EMAIL_OPEN")));

    // Clicks for one link of the contact.
    const QString linkId = clicks[0][QLatin1String("link_id")].toString();
    const QJsonArray oneLink = followAll(base + QStringLiteral("/clicks/") + linkId);
    int wantLink = 0;
    for (const QJsonValue &v : clicks)
        wantLink += v[QLatin1String("link_id")].toString() == linkId ? 1 : 0;
    QCOMPARE(oneLink.size(), wantLink);
}

void TestSandboxContract::contactSummaries()
{
    const std::uint32_t contact = m_sandbox->dataset().clickContact(firstSentCampaign(), 5);
    const QString base = QStringLiteral("/v2/contacts/%1/tracking/reports/").arg(Dataset::contactId(contact));
    const HttpResult r = m_client.get(m_base, base + QStringLiteral("summary"));
    QCOMPARE(r.status, 200);
    const TrackingSummary s = m_sandbox->dataset().contactSummary(contact);
    QCOMPARE(r.json()[QLatin1String("sends")].toInteger(), s.sends);
    QCOMPARE(r.json()[QLatin1String("clicks")].toInteger(), s.clicks);
    QVERIFY(r.json()[QLatin1String("spam_count")].isUndefined());
    QCOMPARE(r.json()[QLatin1String("contact_id")].toString(), QString::number(Dataset::contactId(contact)));
    const HttpResult byCampaign = m_client.get(m_base, base + QStringLiteral("summaryByCampaign"));
    QCOMPARE(byCampaign.status, 200);
    QVERIFY(byCampaign.json().isArray()); // bare array, no meta/results
    QCOMPARE(byCampaign.json().array().size(), qsizetype(s.sends));
}

void TestSandboxContract::deterministicForSeed()
{
    SandboxConfig config;
    config.data.seed = 99;
    config.data.campaigns = 3;
    config.data.clicks = 3000;
    Sandbox a(config), b(config);
    config.data.seed = 100;
    Sandbox c(config);
    ApiRequest request;
    request.authorization = "Bearer clickscope-demo-token";
    request.query = { { "api_key", "clickscope-demo-key" } };
    request.path = "/v2/emailmarketing/campaigns/" + QByteArray::number(qlonglong(a.dataset().campaigns()[0].id))
        + "/tracking/clicks";
    const ApiResponse ra = a.handle(request);
    QCOMPARE(ra.status, 200);
    QCOMPARE(b.handle(request).body, ra.body);
    request.path = "/v2/emailmarketing/campaigns/" + QByteArray::number(qlonglong(c.dataset().campaigns()[0].id))
        + "/tracking/clicks";
    const ApiResponse rc = c.handle(request);
    QCOMPARE(rc.status, 200);
    QVERIFY(rc.body != ra.body);
}

void TestSandboxContract::specialEmails()
{
    // Over the whole account there are addresses with a comma, a double quote, a leading '=' and non-ASCII text,
    // and clicks decay after the send: most fall in the first day.
    const Dataset &d = m_sandbox->dataset();
    bool comma = false, quote = false, formula = false, nonAscii = false;
    for (int k = 0; k < d.contactCount(); ++k) {
        const QByteArray e = d.email(std::uint32_t(k));
        comma = comma || e.contains(',');
        quote = quote || e.count('"') > 2;
        formula = formula || e.startsWith('=');
        nonAscii = nonAscii
            || std::any_of(e.begin(), e.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
    }
    QVERIFY(comma);
    QVERIFY(quote);
    QVERIFY(formula);
    QVERIFY(nonAscii);
    const int campaign = firstSentCampaign();
    const Campaign &c = d.campaigns()[std::size_t(campaign)];
    std::uint32_t firstDay = 0;
    for (std::uint32_t i = 0; i < c.clickCount; ++i)
        firstDay += d.clickTime(campaign, i) < c.lastRunMs + 86400000 ? 1 : 0;
    QVERIFY2(firstDay > c.clickCount / 2, "clicks should decay after the send");
    QVERIFY(d.clickTime(campaign, c.clickCount - 1) > c.lastRunMs + 7 * 86400000LL); // and a long tail
}

// --- fault plan --------------------------------------------------------------------------------------------

void TestSandboxContract::faultStatusOnNthRequest()
{
    const QString path = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=10")
                             .arg(campaignId(firstSentCampaign()));
    m_sandbox->setFaultPlan(
        *FaultPlan::parse(QStringLiteral("clicks:2:status=503;campaigns:1-2:status=500/custom.key")));
    QCOMPARE(m_client.get(m_base, path).status, 200);
    const HttpResult second = m_client.get(m_base, path);
    QCOMPARE(second.status, 503);
    QCOMPARE(
        second.json()[0][QLatin1String("error_key")].toString(), QStringLiteral("http.status.service_unavailable"));
    QCOMPARE(m_client.get(m_base, path).status, 200);
    const HttpResult list = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns"));
    QCOMPARE(list.status, 500);
    QCOMPARE(list.json()[0][QLatin1String("error_key")].toString(), QStringLiteral("custom.key"));
    QCOMPARE(m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns")).status, 500);
    QCOMPARE(m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns")).status, 200);
}

void TestSandboxContract::faultLatency()
{
    // Only a lower bound: a delay that was applied cannot be shorter than asked, however busy the machine.
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("campaign:*:latency=300")));
    const HttpResult slow
        = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns/") + campaignId(firstSentCampaign()));
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 300, qPrintable(QString::number(slow.elapsedMs)));
    QVERIFY(slow.json().isObject());
    // A transfer timeout shorter than the latency fails the request.
    const HttpResult timedOut
        = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns/") + campaignId(firstSentCampaign()), 100);
    QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError);
}

void TestSandboxContract::faultDrop()
{
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:1:drop")));
    const QString path
        = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks").arg(campaignId(firstSentCampaign()));
    const HttpResult dropped = m_client.get(m_base, path);
    QVERIFY2(dropped.error != QNetworkReply::NoError, "a connection closed mid-body must be an error");
    QVERIFY(dropped.json().isNull());
    const HttpResult next = m_client.get(m_base, path);
    QCOMPARE(next.status, 200);
    QCOMPARE(next.json()[QLatin1String("results")].toArray().size(), 500);
    QVERIFY(m_sandbox->requestLog().constFirst().dropped);
}

void TestSandboxContract::faultMalformed()
{
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:1:malformed")));
    const HttpResult r = m_client.get(
        m_base, QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks").arg(campaignId(firstSentCampaign())));
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxContract::faultNumericIds()
{
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:numeric-ids;campaign:*:numeric-ids")));
    const int index = firstSentCampaign();
    const HttpResult r = m_client.get(
        m_base, QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=3").arg(campaignId(index)));
    QCOMPARE(r.status, 200);
    const QJsonObject row = r.json()[QLatin1String("results")][0].toObject();
    QVERIFY(row.value(QLatin1String("campaign_id")).isDouble());
    QVERIFY(row.value(QLatin1String("contact_id")).isDouble());
    QVERIFY(row.value(QLatin1String("link_id")).isDouble());
    QCOMPARE(qint64(row.value(QLatin1String("campaign_id")).toDouble()), campaignId(index).toLongLong());
    const HttpResult detail = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns/") + campaignId(index));
    QVERIFY(detail.json()[QLatin1String("id")].isDouble());
    QVERIFY(detail.json()[QLatin1String("click_through_details")][0][QLatin1String("url_uid")].isDouble());
}

void TestSandboxContract::faultEmptyDates()
{
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:empty-dates")));
    const HttpResult r = m_client.get(m_base,
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=3").arg(campaignId(firstSentCampaign())));
    QCOMPARE(r.status, 200);
    const QJsonArray rows = r.json()[QLatin1String("results")].toArray();
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue &v : rows)
        QCOMPARE(v[QLatin1String("click_date")].toString(QStringLiteral("missing")), QString());
}

void TestSandboxContract::faultQpsAndRateLimit()
{
    // Forced by the plan.
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("campaigns:1:qps")));
    const HttpResult forced = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns"));
    QCOMPARE(forced.status, 403);
    QCOMPARE(
        forced.json()[0][QLatin1String("error_key")].toString(), QStringLiteral("mashery.not.authorized.over.qps"));

    // Measured: at 4 per second, eight back-to-back requests cannot all pass, and the first four do.
    m_sandbox->setFaultPlan({});
    m_sandbox->setQps(4);
    QList<int> statuses;
    for (int i = 0; i < 8; ++i)
        statuses << m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns?limit=1")).status;
    QCOMPARE(statuses.mid(0, 4), QList<int>({ 200, 200, 200, 200 }));
    QVERIFY2(statuses.count(403) >= 1, qPrintable(QString::number(statuses.count(403))));
    // In every window of one second the sandbox accepted at most four.
    QList<std::int64_t> accepted;
    for (const RequestRecord &rec : m_sandbox->requestLog())
        if (rec.status == 200 && rec.route == Route::Campaigns)
            accepted << rec.elapsedMs;
    for (qsizetype i = 4; i < accepted.size(); ++i)
        QVERIFY(accepted[i] - accepted[i - 4] >= 1000);
}

void TestSandboxContract::faultDailyQuota()
{
    m_sandbox->setDailyQuota(3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns?limit=1")).status, 200);
    const HttpResult over = m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns?limit=1"));
    QCOMPARE(over.status, 403);
    QCOMPARE(
        over.json()[0][QLatin1String("error_key")].toString(), QStringLiteral("mashery.not.authorized.over.ratelimit"));
    m_sandbox->setDailyQuota(0);
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("contact:1:quota")));
    QCOMPARE(m_client.get(m_base, QStringLiteral("/v2/contacts/1")).json()[0][QLatin1String("error_key")].toString(),
        QStringLiteral("mashery.not.authorized.over.ratelimit"));
}

void TestSandboxContract::faultPlanParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("status") << QStringLiteral("clicks:3:status=503") << true << QStringLiteral("clicks:3:status=503");
    QTest::newRow("range and key") << QStringLiteral(" campaigns : 2-4 : status=403/x.y ") << true
                                   << QStringLiteral("campaigns:2-4:status=403/x.y");
    QTest::newRow("open range") << QStringLiteral("any:5+:drop") << true << QStringLiteral("any:5+:drop");
    QTest::newRow("every") << QStringLiteral("contact-tracking:*:latency=20;tracking:1:malformed") << true
                           << QStringLiteral("contact-tracking:*:latency=20;tracking:1:malformed");
    QTest::newRow("all actions") << QStringLiteral("any:1:numeric-ids;any:1:empty-dates;any:1:qps;any:1:quota") << true
                                 << QStringLiteral("any:1:numeric-ids;any:1:empty-dates;any:1:qps;any:1:quota");
    QTest::newRow("link faults") << QStringLiteral("clicks:2:repeat-cursor;clicks:3:foreign-link") << true
                                 << QStringLiteral("clicks:2:repeat-cursor;clicks:3:foreign-link");
    QTest::newRow("page shapes") << QStringLiteral("clicks:2:empty;v3-clicks:3+/4:huge=50;any:1:wrong-types") << true
                                 << QStringLiteral("clicks:2:empty;v3-clicks:3+/4:huge=50;any:1:wrong-types");
    QTest::newRow("every fifth") << QStringLiteral("clicks:*/5:status=503") << true
                                 << QStringLiteral("clicks:*/5:status=503");
    QTest::newRow("bad every") << QStringLiteral("clicks:*/0:drop") << false << QString();
    QTest::newRow("bad size") << QStringLiteral("clicks:1:huge=0") << false << QString();
    QTest::newRow("foreign origin") << QStringLiteral("clicks:3:foreign-link=http://127.0.0.1:9/") << true
                                    << QStringLiteral("clicks:3:foreign-link=http://127.0.0.1:9");
    QTest::newRow("redirect") << QStringLiteral(
        "any:*:redirect=http://127.0.0.1:9;token:2:redirect=307/https://x.example/a")
                              << true
                              << QStringLiteral(
                                     "any:*:redirect=http://127.0.0.1:9;token:2:redirect=307/https://x.example/a");
    QTest::newRow("redirect 302 named") << QStringLiteral("clicks:1:redirect=302/http://127.0.0.1:9") << true
                                        << QStringLiteral("clicks:1:redirect=http://127.0.0.1:9");
    QTest::newRow("redirect not 3xx") << QStringLiteral("clicks:1:redirect=200/http://127.0.0.1:9") << false
                                      << QString();
    QTest::newRow("redirect nowhere") << QStringLiteral("clicks:1:redirect") << false << QString();
    QTest::newRow("redirect relative") << QStringLiteral("clicks:1:redirect=/v2/x") << false << QString();
    QTest::newRow("foreign not an origin")
        << QStringLiteral("clicks:1:foreign-link=http://127.0.0.1:9/v2") << false << QString();
    QTest::newRow("foreign not http") << QStringLiteral("clicks:1:foreign-link=ftp://127.0.0.1") << false << QString();
    QTest::newRow("unknown route") << QStringLiteral("lists:1:drop") << false << QString();
    QTest::newRow("bad when") << QStringLiteral("clicks:0:drop") << false << QString();
    QTest::newRow("reversed range") << QStringLiteral("clicks:5-2:drop") << false << QString();
    QTest::newRow("bad status") << QStringLiteral("clicks:1:status=99") << false << QString();
    QTest::newRow("unknown action") << QStringLiteral("clicks:1:explode") << false << QString();
    QTest::newRow("missing part") << QStringLiteral("clicks:drop") << false << QString();
    QTest::newRow("value on flag") << QStringLiteral("clicks:1:drop=1") << false << QString();
}

void TestSandboxContract::faultPlanParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    QString error;
    const auto plan = FaultPlan::parse(spec, &error);
    QCOMPARE(plan.has_value(), valid);
    if (valid)
        QCOMPARE(plan->toString(), normalised);
    else
        QVERIFY(!error.isEmpty());
}

void TestSandboxContract::faultNextLinks()
{
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:2:repeat-cursor;clicks:3:foreign-link")));
    const QString first = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=5")
                              .arg(campaignId(firstSentCampaign()));
    const auto nextOf = [](const HttpResult &r) {
        return r.json()[QLatin1String("meta")][QLatin1String("pagination")][QLatin1String("next_link")].toString();
    };
    const QString second = nextOf(m_client.get(m_base, first));
    QVERIFY(second.startsWith(QLatin1String("/v2/")));
    QCOMPARE(nextOf(m_client.get(m_base, second)), second); // a cursor that repeats
    const QString foreign = nextOf(m_client.get(m_base, second));
    QVERIFY2(foreign.startsWith(QLatin1String("https://attacker.example/v2/")), qPrintable(foreign));

    // foreign-link=ORIGIN: the same link on the origin given.
    m_sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:1:foreign-link=http://127.0.0.1:9")));
    const QString elsewhere = nextOf(m_client.get(m_base, first));
    QCOMPARE(elsewhere, QStringLiteral("http://127.0.0.1:9") + second);
}

void TestSandboxContract::faultRedirects()
{
    // redirect=URL: any route, the OAuth2 token endpoint too, answers the 3xx with the request's path and query
    // added to URL, and does nothing else (the token request is not handled).
    m_sandbox->setFaultPlan(*FaultPlan::parse(
        QStringLiteral("clicks:1:redirect=http://127.0.0.1:9;token:1:redirect=307/http://127.0.0.1:9/elsewhere/")));
    QNetworkAccessManager nam;
    const auto send = [&nam](QNetworkRequest request, const QByteArray &post, int *status) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = post.isNull() ? nam.get(request) : nam.post(request, post);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray location = reply->rawHeader("Location");
        reply->deleteLater();
        return location;
    };
    const QString path
        = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks").arg(campaignId(firstSentCampaign()));
    QUrl clicks = m_base.resolved(QUrl(path + QStringLiteral("?limit=5&api_key=clickscope-demo-key")));
    int status = 0;
    QCOMPARE(send(QNetworkRequest(clicks), QByteArray(), &status),
        QByteArray("http://127.0.0.1:9") + path.toUtf8() + "?limit=5&api_key=clickscope-demo-key");
    QCOMPARE(status, 302);
    // The next request of the route is served as usual.
    QCOMPARE(m_client.get(m_base, path + QStringLiteral("?limit=5")).status, 200);

    const int tokenRequests = m_sandbox->tokenRequests();
    const QUrl token = m_base.resolved(QUrl(QStringLiteral("/oauth2/default/v1/token")));
    QCOMPARE(send(QNetworkRequest(token), "grant_type=refresh_token&refresh_token=r&client_id=c", &status),
        QByteArray("http://127.0.0.1:9/elsewhere/oauth2/default/v1/token"));
    QCOMPARE(status, 307);
    QCOMPARE(m_sandbox->tokenRequests(), tokenRequests);
    const QList<RequestRecord> log = m_sandbox->requestLog();
    QCOMPARE(log.last().status, 307);
    QCOMPARE(log.last().route, Route::OAuthToken);
}

void TestSandboxContract::faultPageShapes()
{
    // empty: the rows go, the paging stays; huge: the same rows in a far bigger valid body; */K: every K-th request.
    m_sandbox->setFaultPlan(*FaultPlan::parse(
        QStringLiteral("clicks:2:empty;clicks:3:huge=3;clicks:4-9/2:status=503;clicks:11:wrong-types")));
    const QString first = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=5")
                              .arg(campaignId(firstSentCampaign()));
    const auto nextOf = [](const HttpResult &r) {
        return r.json()[QLatin1String("meta")][QLatin1String("pagination")][QLatin1String("next_link")].toString();
    };
    const auto rowsOf = [](const HttpResult &r) { return r.json()[QLatin1String("results")].toArray(); };
    const HttpResult one = m_client.get(m_base, first);
    QCOMPARE(rowsOf(one).size(), 5);
    const HttpResult two = m_client.get(m_base, nextOf(one));
    QCOMPARE(two.status, 200);
    QCOMPARE(rowsOf(two).size(), 0);
    QVERIFY(nextOf(two).startsWith(QLatin1String("/v2/")));
    const HttpResult three = m_client.get(m_base, nextOf(two));
    QVERIFY2(three.body.size() > 3 * 1024 * 1024, QByteArray::number(three.body.size()).constData());
    QCOMPARE(rowsOf(three).size(), 5);
    QCOMPARE(three.json()[QLatin1String("x_padding")].toString().size(), 3 * 1024 * 1024);
    QList<int> statuses;
    for (int n = 4; n <= 10; ++n)
        statuses << m_client.get(m_base, nextOf(three)).status;
    QCOMPARE(statuses, (QList<int> { 503, 200, 503, 200, 503, 200, 200 }));
    const HttpResult eleven = m_client.get(m_base, nextOf(three));
    QVERIFY(eleven.json()[QLatin1String("results")].isString());
    QVERIFY(nextOf(eleven).startsWith(QLatin1String("/v2/")));
}

void TestSandboxContract::requestLogRedactsKey()
{
    m_sandbox->clearRequestLog();
    m_client.apiKey = "clickscope-demo-key";
    QCOMPARE(m_client.get(m_base, QStringLiteral("/v2/emailmarketing/campaigns?limit=1")).status, 200);
    const QList<RequestRecord> log = m_sandbox->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].route, Route::Campaigns);
    QVERIFY(log[0].target.contains("api_key=***"));
    QVERIFY(!log[0].target.contains("clickscope-demo-key"));
}

QTEST_GUILESS_MAIN(TestSandboxContract)
// ---------------------------------------------------------------------------------------------------------------
// Clicks added while the sandbox runs (Sandbox::addClicks, SandboxConfig::live)

namespace {

// The first page of a list and the next_link it gave.
struct FirstPage {
    QJsonArray rows;
    QString next;
};

FirstPage firstPage(HttpTestClient &client, const QUrl &base, const QString &path)
{
    const HttpResult r = client.get(base, path);
    FirstPage page;
    if (r.status != 200) {
        qWarning("GET %s -> %d", qPrintable(path), r.status);
        return page;
    }
    page.rows = r.json()[QLatin1String("results")].toArray();
    page.next = r.json()[QLatin1String("meta")][QLatin1String("pagination")][QLatin1String("next_link")].toString();
    return page;
}

QJsonArray concat(QJsonArray a, const QJsonArray &b)
{
    for (const QJsonValue &v : b)
        a.append(v);
    return a;
}

QJsonArray tail(const QJsonArray &a, qsizetype from)
{
    QJsonArray out;
    for (qsizetype i = from; i < a.size(); ++i)
        out.append(a[i]);
    return out;
}

QMap<QString, qint64> linkCounts(const QJsonObject &detail)
{
    QMap<QString, qint64> counts;
    for (const QJsonValue &v : detail.value(QLatin1String("click_through_details")).toArray())
        counts.insert(v[QLatin1String("url_uid")].toString(), v[QLatin1String("click_count")].toInteger());
    return counts;
}

QSet<QString> contactsOf(const QJsonArray &rows)
{
    QSet<QString> ids;
    for (const QJsonValue &v : rows)
        ids.insert(v[QLatin1String("contact_id")].toString());
    return ids;
}

} // namespace

std::unique_ptr<Sandbox> TestSandboxContract::startLiveSandbox(int live)
{
    SandboxConfig config;
    config.data.seed = 7;
    config.data.campaigns = 9;
    config.data.clicks = 6000;
    config.data.contacts = 600;
    config.live = live;
    auto sandbox = std::make_unique<Sandbox>(config);
    if (!sandbox->listen())
        return nullptr;
    return sandbox;
}

void TestSandboxContract::addedClicksComeFirst()
{
    const auto sandbox = startLiveSandbox();
    QVERIFY(sandbox);
    const QUrl base = sandbox->baseUrl();
    const Dataset &d = sandbox->dataset();
    const QString id = sandbox->liveCampaignId();
    const int campaign = d.campaignIndexForId(id.toLongLong());
    QVERIFY(campaign >= 0);
    // The default is the SENT campaign sent last.
    for (const Campaign &c : d.campaigns())
        if (c.status == CampaignStatus::Sent)
            QVERIFY(c.lastRunMs <= d.campaigns()[std::size_t(campaign)].lastRunMs);
    int other = -1;
    for (std::size_t i = 0; i < d.campaigns().size() && other < 0; ++i)
        if (int(i) != campaign && d.campaigns()[i].status == CampaignStatus::Sent && d.campaigns()[i].clickCount > 0)
            other = int(i);
    QVERIFY(other >= 0);
    const QString path = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=100");
    const QString otherId = QString::number(d.campaigns()[std::size_t(other)].id);
    const QJsonArray before = followAllAt(base, path.arg(id));
    const QJsonArray otherBefore = followAllAt(base, path.arg(otherId));
    QVERIFY(!before.isEmpty() && !otherBefore.isEmpty());
    const QString oldNewest = before[0][QLatin1String("click_date")].toString();
    QCOMPARE(oldNewest, isoUtc(d.newestClickTime(campaign)));

    QSignalSpy added(sandbox.get(), &Sandbox::clicksAdded);
    const int n = 30;
    QCOMPARE(sandbox->addClicks(n), n);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added[0][0].toString(), id);
    QCOMPARE(added[0][1].toInt(), n);

    const QJsonArray after = followAllAt(base, path.arg(id));
    QCOMPARE(after.size(), before.size() + n);
    QCOMPARE(tail(after, n), before); // the old rows, unchanged and in their order, after the new ones
    QString previous = QStringLiteral("9999");
    const Campaign &c = d.campaigns()[std::size_t(campaign)];
    for (qsizetype k = 0; k < n; ++k) {
        const ExpectedClick got = actual(after[k].toObject());
        QCOMPARE(got, expectedIn(d, campaign, c.clickCount - 1 - std::uint32_t(k)));
        QVERIFY2(got.date >= oldNewest, qPrintable(got.date + QStringLiteral(" < ") + oldNewest));
        QVERIFY(got.date <= previous);
        previous = got.date;
    }
    // Some of the new clicks are repeats by contacts who clicked before, some are first clicks.
    QJsonArray newRows;
    for (qsizetype k = 0; k < n; ++k)
        newRows.append(after[k]);
    const QSet<QString> oldClickers = contactsOf(before);
    const QSet<QString> newClickers = contactsOf(newRows);
    QVERIFY(newClickers.intersects(oldClickers));
    QVERIFY(!(newClickers - oldClickers).isEmpty());
    // Another campaign is untouched.
    QCOMPARE(followAllAt(base, path.arg(otherId)), otherBefore);
}

void TestSandboxContract::addedClicksAfterCreatedSince()
{
    const auto sandbox = startLiveSandbox();
    QVERIFY(sandbox);
    const QUrl base = sandbox->baseUrl();
    const Dataset &d = sandbox->dataset();
    const QString id = sandbox->liveCampaignId();
    const int campaign = d.campaignIndexForId(id.toLongLong());
    const std::int64_t oldNewest = d.newestClickTime(campaign);
    const QString path = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=7&created_since=%2")
                             .arg(id, isoUtc(oldNewest));
    const QJsonArray before = followAllAt(base, path);
    QVERIFY(!before.isEmpty()); // the newest old click at least
    for (const QJsonValue &v : before)
        QCOMPARE(v[QLatin1String("click_date")].toString(), isoUtc(oldNewest));

    const int n = 12;
    QCOMPARE(sandbox->addClicks(n), n);
    const QJsonArray all = followAllAt(base, QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks").arg(id));
    const QJsonArray since = followAllAt(base, path);
    // The new clicks, then only the old ones at exactly that time: the same rows as the head of the whole list.
    QCOMPARE(since.size(), n + before.size());
    for (qsizetype k = 0; k < since.size(); ++k)
        QCOMPARE(since[k], all[k]);
    QCOMPARE(tail(since, n), before);
}

void TestSandboxContract::cursorsFromBeforeAddedClicksPageOn()
{
    const auto sandbox = startLiveSandbox();
    QVERIFY(sandbox);
    const QUrl base = sandbox->baseUrl();
    const Dataset &d = sandbox->dataset();
    const QString id = sandbox->liveCampaignId();
    const int campaign = d.campaignIndexForId(id.toLongLong());
    const Campaign &c = d.campaigns()[std::size_t(campaign)];
    // Who the new clicks will be by: the same sandbox, made again, tells (the data is a function of the seed). Their
    // time is later than anything generated, so every new row is newer than every old one.
    const std::int64_t at = Dataset::nowMs() + 30LL * 86400000;
    const int n = 40;
    const auto twin = startLiveSandbox();
    QVERIFY(twin);
    QCOMPARE(twin->addClicks(n, id, at), n);
    const Campaign &twinCampaign = twin->dataset().campaigns()[std::size_t(campaign)];
    // The clicker with the most clicks so far, and the link with the most clicks so far that gets a new one.
    std::uint32_t contact = twinCampaign.added.front().contact;
    int link = twinCampaign.added.front().link;
    for (const AddedClick &a : twinCampaign.added) {
        if (d.contactActivities(a.contact, ActivityType::Click).size()
            > d.contactActivities(contact, ActivityType::Click).size())
            contact = a.contact;
        if (c.links[a.link].clicks.size() > c.links[std::size_t(link)].clicks.size())
            link = a.link;
    }

    // Lists whose cursors are taken before the clicks come: the campaign's clicks, one link's, the campaign's
    // every activity, the contact's clicks and every activity. The whole list is read first, then page one again.
    const QStringList paths {
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks?limit=50").arg(id),
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks/%2?limit=20")
            .arg(id)
            .arg(c.links[std::size_t(link)].id),
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking?limit=100").arg(id),
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/opens?limit=20").arg(id),
        QStringLiteral("/v2/contacts/%1/tracking/clicks?limit=2").arg(Dataset::contactId(contact)),
        QStringLiteral("/v2/contacts/%1/tracking?limit=3").arg(Dataset::contactId(contact)),
    };
    QList<QJsonArray> wholeBefore;
    QList<FirstPage> firstPages;
    for (const QString &path : paths) {
        wholeBefore.append(followAllAt(base, path));
        firstPages.append(firstPage(m_client, base, path));
        QVERIFY2(!firstPages.last().next.isEmpty(), qPrintable(path + QStringLiteral(": one page only")));
    }

    QCOMPARE(sandbox->addClicks(n, id, at), n);
    for (std::size_t k = 0; k < c.added.size(); ++k) // as the twin said
        QCOMPARE(c.added[k].contact, twinCampaign.added[k].contact);

    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QJsonArray rest = followAllAt(base, firstPages[i].next);
        // No row served twice, none skipped: the pages from before the clicks and after them make the old list.
        QCOMPARE(concat(firstPages[i].rows, rest), wholeBefore[i]);
        // While a fresh walk sees the new rows.
        QVERIFY2(followAllAt(base, paths[i]).size() > wholeBefore[i].size(), qPrintable(paths[i]));
    }
}

void TestSandboxContract::addedClicksCountInLinksAndSummaries()
{
    const auto sandbox = startLiveSandbox();
    QVERIFY(sandbox);
    const QUrl base = sandbox->baseUrl();
    const Dataset &d = sandbox->dataset();
    const QString id = sandbox->liveCampaignId();
    QVERIFY(d.campaignIndexForId(id.toLongLong()) >= 0);
    const QString detailPath = QStringLiteral("/v2/emailmarketing/campaigns/%1").arg(id);
    const QString summaryPath = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/reports/summary").arg(id);
    const QString clicksPath = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks").arg(id);
    const QJsonObject detailBefore = m_client.get(base, detailPath).json().object();
    const QJsonObject summaryBefore = m_client.get(base, summaryPath).json().object();
    const QJsonArray clicksBefore = followAllAt(base, clicksPath);
    const qint64 allBefore
        = followAllAt(base, QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking").arg(id)).size();

    const int n = 45;
    QCOMPARE(sandbox->addClicks(n), n);
    const QJsonArray clicksAfter = followAllAt(base, clicksPath);
    QJsonArray newRows;
    for (qsizetype k = 0; k < n; ++k)
        newRows.append(clicksAfter[k]);

    // click_through_details: each link's count grows by its new clicks.
    QMap<QString, qint64> want = linkCounts(detailBefore);
    for (const QJsonValue &v : newRows)
        ++want[v[QLatin1String("link_id")].toString()];
    const QJsonObject detailAfter = m_client.get(base, detailPath).json().object();
    QCOMPARE(linkCounts(detailAfter), want);
    // Each link's own list has its new clicks first.
    for (auto it = want.cbegin(); it != want.cend(); ++it)
        QCOMPARE(followAllAt(base, clicksPath + QLatin1Char('/') + it.key()).size(), qsizetype(it.value()));

    // Unique clickers grow by the first-time clickers, and each of them opened (just before clicking).
    const qint64 newClickers = (contactsOf(newRows) - contactsOf(clicksBefore)).size();
    QVERIFY(newClickers > 0);
    const QJsonObject summaryAfter = m_client.get(base, summaryPath).json().object();
    QCOMPARE(summaryAfter[QLatin1String("clicks")].toInteger(),
        summaryBefore[QLatin1String("clicks")].toInteger() + newClickers);
    QCOMPARE(summaryAfter[QLatin1String("opens")].toInteger(),
        summaryBefore[QLatin1String("opens")].toInteger() + newClickers);
    for (const char *same : { "sends", "bounces", "forwards", "unsubscribes" })
        QCOMPARE(summaryAfter[QLatin1String(same)].toInteger(), summaryBefore[QLatin1String(same)].toInteger());
    QCOMPARE(detailAfter[QLatin1String("tracking_summary")][QLatin1String("clicks")].toInteger(),
        summaryAfter[QLatin1String("clicks")].toInteger());
    // The campaign's every activity: the new clicks and the first-time clickers' opens.
    QCOMPARE(followAllAt(base, QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking").arg(id)).size(),
        allBefore + n + newClickers);

    // A contact who clicked: the new click heads their click list, and their per-campaign summary counts it.
    const QString contactId = newRows[0][QLatin1String("contact_id")].toString();
    int theirNew = 0;
    for (const QJsonValue &v : newRows)
        theirNew += v[QLatin1String("contact_id")].toString() == contactId ? 1 : 0;
    const QJsonArray theirClicks = followAllAt(base, QStringLiteral("/v2/contacts/%1/tracking/clicks").arg(contactId));
    QVERIFY(!theirClicks.isEmpty());
    QCOMPARE(theirClicks[0][QLatin1String("click_date")], newRows[0][QLatin1String("click_date")]);
    QCOMPARE(theirClicks[0][QLatin1String("campaign_id")].toString(), id);
    int theirOld = 0;
    for (const QJsonValue &v : clicksBefore)
        theirOld += v[QLatin1String("contact_id")].toString() == contactId ? 1 : 0;
    const QJsonArray byCampaign
        = m_client.get(base, QStringLiteral("/v2/contacts/%1/tracking/reports/summaryByCampaign").arg(contactId))
              .json()
              .array();
    bool found = false;
    for (const QJsonValue &v : byCampaign) {
        if (v[QLatin1String("campaign_id")].toString() != id)
            continue;
        found = true;
        QCOMPARE(v[QLatin1String("clicks")].toInt(), theirOld + theirNew);
    }
    QVERIFY(found);
}

void TestSandboxContract::addClicksArguments()
{
    const auto sandbox = startLiveSandbox();
    QVERIFY(sandbox);
    const Dataset &d = sandbox->dataset();
    int sent = -1, unsent = -1;
    for (std::size_t i = 0; i < d.campaigns().size(); ++i) {
        if (d.campaigns()[i].status == CampaignStatus::Sent
            && QString::number(d.campaigns()[i].id) != sandbox->liveCampaignId())
            sent = int(i);
        else if (d.campaigns()[i].status != CampaignStatus::Sent)
            unsent = int(i);
    }
    QVERIFY(sent >= 0 && unsent >= 0);
    const Campaign &c = d.campaigns()[std::size_t(sent)];
    const std::uint32_t count = c.clickCount;
    QCOMPARE(sandbox->addClicks(0, QString::number(c.id)), 0);
    QCOMPARE(sandbox->addClicks(3, QString::number(d.campaigns()[std::size_t(unsent)].id)), 0);
    QCOMPARE(sandbox->addClicks(3, QStringLiteral("123")), 0);
    QCOMPARE(c.clickCount, count);
    // A time older than the newest click is raised to it; a later one is kept, for every click.
    const std::int64_t newest = d.newestClickTime(sent);
    QCOMPARE(sandbox->addClicks(2, QString::number(c.id), newest - 86400000), 2);
    QCOMPARE(d.clickTime(sent, count), newest);
    QCOMPARE(d.clickTime(sent, count + 1), newest);
    QCOMPARE(sandbox->addClicks(3, QString::number(c.id), newest + 5000), 3);
    for (std::uint32_t i = count + 2; i < count + 5; ++i)
        QCOMPARE(d.clickTime(sent, i), newest + 5000);
    QCOMPARE(c.clickCount, count + 5);
    // The default time: up to now.
    const std::int64_t before = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(sandbox->addClicks(4, QString::number(c.id)), 4);
    const std::int64_t after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(d.clickTime(sent, c.clickCount - 1) >= std::min(before, newest + 5000));
    QVERIFY(d.clickTime(sent, c.clickCount - 1) <= std::max(after, newest + 5000));
    for (std::uint32_t i = count + 5; i < c.clickCount; ++i)
        QVERIFY(d.clickTime(sent, i) >= d.clickTime(sent, i - 1));
    // Every new click is by a contact to whom the campaign was sent, on one of its links.
    for (std::uint32_t i = count; i < c.clickCount; ++i) {
        QVERIFY(d.received(sent, d.clickContact(sent, i)));
        QVERIFY(!d.bounced(sent, d.clickContact(sent, i)));
        QVERIFY(d.clickLink(sent, i) >= 0 && d.clickLink(sent, i) < int(c.links.size()));
    }
}

void TestSandboxContract::liveAddsClicksWhileListening()
{
    // 600 a minute: ten every second, to the campaign sent last.
    const auto sandbox = startLiveSandbox(600);
    QVERIFY(sandbox);
    const Dataset &d = sandbox->dataset();
    const int campaign = d.campaignIndexForId(sandbox->liveCampaignId().toLongLong());
    const Campaign &c = d.campaigns()[std::size_t(campaign)];
    const std::uint32_t generated = c.generatedClicks;
    QSignalSpy added(sandbox.get(), &Sandbox::clicksAdded);
    QVERIFY(QTest::qWaitFor([&] { return c.clickCount >= generated + 20; }, 5000));
    QVERIFY(added.size() >= 2);
    QCOMPARE(added[0][1].toInt(), 10);
    // And the API shows them.
    const QJsonArray rows = followAllAt(sandbox->baseUrl(),
        QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks").arg(sandbox->liveCampaignId()));
    QVERIFY(rows.size() >= qsizetype(generated + 20));
}

#include "tst_sandbox_contract.moc"
