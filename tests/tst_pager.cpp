// SPDX-License-Identifier: GPL-3.0-or-later
// The client, the pager and the rate limiter against the sandbox over real HTTP, under every fault of the plan.
// Each load ends with complete, exact data or a clear typed error with the rows loaded so far kept.
#include "domain/isotime.h"
#include "net/ratelimiter.h"
#include "sandbox/jsonout.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace ClickScope;
using namespace ClickScope::Tests;
using ClickScope::Sandbox::FaultPlan;
using ClickScope::Sandbox::RequestRecord;
using ClickScope::Sandbox::Route;

namespace {

using Row = ExpectedClick;

} // namespace

class TestPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void baseUrlPolicy_data();
    void baseUrlPolicy();
    void nextLinkPolicy_data();
    void nextLinkPolicy();
    void requestHeaders();
    void linkLoadIsExact();
    void campaignLoadIsExact();
    void sinceIsHonoured();
    void recoverableFaults_data();
    void recoverableFaults();
    void fatalFaults_data();
    void fatalFaults();
    void persistentServerErrorGivesUpAfterFiveAttempts();
    void cursorLoopIsRefused();
    void foreignLinkIsRefused();
    void cancelMidway();
    void rateLimiterKeepsToTheRate();
    void newCredentialsAbortCallsUnderWay();
    void dailyLimitStopsLocally();
    void typedCalls();
    void errorsNeverContainTheKey();

private:
    std::vector<Row> expectedLink(int campaign, int link, std::int64_t since = noDate) const;
    Pager *linkPager(int link = 0, std::int64_t since = noDate);

    SandboxFixture m_fx;
    int m_campaign = -1;
};

void TestPager::initTestCase()
{
    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 11;
    config.data.campaigns = 6;
    config.data.clicks = 20000;
    config.data.contacts = 2500;
    QVERIFY(m_fx.start(config));
    // The SENT campaign whose first link has the most clicks.
    const auto &all = m_fx.sandbox->dataset().campaigns();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].status == ClickScope::Sandbox::CampaignStatus::Sent
            && (m_campaign < 0 || all[i].links[0].clicks.size() > all[std::size_t(m_campaign)].links[0].clicks.size()))
            m_campaign = int(i);
    QVERIFY(m_campaign >= 0);
    // The first link must span several pages for the fault tests.
    QVERIFY(m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)].links[0].clicks.size() > 1500);
}

void TestPager::init()
{
    m_fx.sandbox->setFaultPlan({});
    m_fx.sandbox->setQps(0);
    m_fx.sandbox->setDailyQuota(0);
    m_fx.sandbox->clearRequestLog();
    m_fx.client->rateLimiter()->setRate(0);
    m_fx.client->rateLimiter()->setDailyLimit(0);
    m_fx.client->setTransferTimeout(30000);
    m_fx.setCredentials(
        Credentials::v2(QStringLiteral("clickscope-demo-key"), QStringLiteral("clickscope-demo-token")));
}

std::vector<Row> TestPager::expectedLink(int campaign, int link, std::int64_t since) const
{
    return expectedClicks(m_fx.sandbox->dataset(), campaign, link, since);
}

Pager *TestPager::linkPager(int link, std::int64_t since)
{
    const auto &c = m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)];
    return m_fx.v2->clickPager(
        m_fx.campaignId(m_campaign), QString::number(c.links[std::size_t(link)].id), since, this);
}

void TestPager::baseUrlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://api.constantcontact.com") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:1234") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.constantcontact.com") << false;
    QTest::newRow("http lan") << QStringLiteral("http://192.168.1.5") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://api.constantcontact.com") << false;
    QTest::newRow("user info") << QStringLiteral("https://user:pw@api.constantcontact.com") << false;
    QTest::newRow("not a url") << QStringLiteral("api") << false;
}

void TestPager::baseUrlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString error;
    QCOMPARE(HttpClient::isAllowedBaseUrl(QUrl(url), &error), allowed);
    QCOMPARE(error.isEmpty(), allowed);
}

void TestPager::nextLinkPolicy_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<bool>("safe");
    QTest::newRow("path") << QByteArray("/v2/emailmarketing/campaigns/1/tracking/clicks?next=abc") << true;
    QTest::newRow("absolute other host") << QByteArray("https://attacker.example/v2/x?next=a") << false;
    QTest::newRow("scheme-relative") << QByteArray("//attacker.example/v2/x") << false;
    QTest::newRow("not v2") << QByteArray("/v3/x?next=a") << false;
    QTest::newRow("relative") << QByteArray("v2/x?next=a") << false;
    QTest::newRow("backslash") << QByteArray("/v2/\\\\attacker.example") << false;
    QTest::newRow("space") << QByteArray("/v2/x ?next=a") << false;
}

void TestPager::nextLinkPolicy()
{
    QFETCH(QByteArray, link);
    QFETCH(bool, safe);
    QCOMPARE(NextLinkGuard::isSafe(link, "/v2/"), safe);
}

void TestPager::requestHeaders()
{
    // What reached the server: api_key as a query parameter, nothing else in a next request.
    std::unique_ptr<Pager> pager(linkPager());
    const PagerRun run = runPager(pager.get());
    QVERIFY(run.finished);
    const auto log = m_fx.sandbox->requestLog();
    QVERIFY(log.size() >= 3);
    QVERIFY(log[0].target.contains("limit=500"));
    for (qsizetype i = 1; i < log.size(); ++i) {
        QVERIFY2(log[i].target.contains("?next=") && log[i].target.endsWith("&api_key=***"), log[i].target.constData());
        QCOMPARE(log[i].target.count('&'), 1);
        QCOMPARE(log[i].status, 200);
    }
}

void TestPager::linkLoadIsExact()
{
    std::unique_ptr<Pager> pager(linkPager());
    const PagerRun run = runPager(pager.get());
    QVERIFY2(run.finished, qPrintable(run.error.userMessage()));
    const std::vector<Row> want = expectedLink(m_campaign, 0);
    QCOMPARE(run.rows(), want.size());
    QVERIFY(rowsOf(run) == want);
    QCOMPARE(run.summary.rows, qint64(want.size()));
    QCOMPARE(run.summary.pages, int((want.size() + 499) / 500));
    QCOMPARE(run.summary.requests, run.summary.pages);
}

void TestPager::campaignLoadIsExact()
{
    std::unique_ptr<Pager> pager(m_fx.v2->clickPager(m_fx.campaignId(m_campaign), QString(), noDate));
    const PagerRun run = runPager(pager.get());
    QVERIFY(run.finished);
    QVERIFY(rowsOf(run) == expectedLink(m_campaign, -1));
}

void TestPager::sinceIsHonoured()
{
    const auto &d = m_fx.sandbox->dataset();
    const auto &c = d.campaigns()[std::size_t(m_campaign)];
    const std::int64_t since = d.clickTime(m_campaign, c.links[0].clicks[c.links[0].clicks.size() / 4]);
    std::unique_ptr<Pager> pager(linkPager(0, since));
    const PagerRun run = runPager(pager.get());
    QVERIFY(run.finished);
    const auto want = expectedLink(m_campaign, 0, since);
    QVERIFY(want.size() > 1000 && want.size() < c.links[0].clicks.size());
    QVERIFY(rowsOf(run) == want);
    QVERIFY(m_fx.sandbox->requestLog()[0].target.contains(QByteArray("created_since=" + formatIsoUtcMs(since))));
}

void TestPager::recoverableFaults_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("extraRequests");
    QTest::newRow("503 on page 2") << QStringLiteral("clicks:2:status=503") << 1;
    QTest::newRow("500, 502, 504 in a row")
        << QStringLiteral("clicks:2:status=500;clicks:3:status=502;clicks:4:status=504") << 3;
    QTest::newRow("connection dropped mid-body") << QStringLiteral("clicks:3:drop") << 1;
    QTest::newRow("over qps") << QStringLiteral("clicks:2-3:qps") << 2;
    QTest::newRow("slower than the timeout") << QStringLiteral("clicks:2:latency=1500") << 1;
    QTest::newRow("numeric ids") << QStringLiteral("clicks:*:numeric-ids") << 0;
    QTest::newRow("latency everywhere") << QStringLiteral("any:*:latency=15") << 0;
}

void TestPager::recoverableFaults()
{
    QFETCH(QString, plan);
    QFETCH(int, extraRequests);
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(plan));
    m_fx.client->setTransferTimeout(1000);
    std::unique_ptr<Pager> pager(linkPager());
    const PagerRun run = runPager(pager.get());
    QVERIFY2(run.finished, qPrintable(run.error.userMessage()));
    // Complete and exact: no row lost, none duplicated, in order.
    QVERIFY(rowsOf(run) == expectedLink(m_campaign, 0));
    QCOMPARE(run.summary.requests, run.summary.pages + extraRequests);
}

void TestPager::fatalFaults_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("pagesKept");
    QTest::newRow("401 on page 3") << QStringLiteral("clicks:3:status=401") << int(ApiError::Kind::Unauthorized) << 401
                                   << 2;
    QTest::newRow("404 on page 1") << QStringLiteral("clicks:1:status=404") << int(ApiError::Kind::NotFound) << 404
                                   << 0;
    QTest::newRow("400 on page 2") << QStringLiteral("clicks:2:status=400") << int(ApiError::Kind::BadRequest) << 400
                                   << 1;
    QTest::newRow("406 on page 2") << QStringLiteral("clicks:2:status=406") << int(ApiError::Kind::NotAcceptable) << 406
                                   << 1;
    QTest::newRow("daily quota on page 3")
        << QStringLiteral("clicks:3:quota") << int(ApiError::Kind::QuotaExhausted) << 403 << 2;
    QTest::newRow("bad api key") << QStringLiteral("clicks:2:status=403/mashery.not.authorized.inactive")
                                 << int(ApiError::Kind::Forbidden) << 403 << 1;
    QTest::newRow("malformed page 2") << QStringLiteral("clicks:2:malformed") << int(ApiError::Kind::InvalidResponse)
                                      << 0 << 1;
}

void TestPager::fatalFaults()
{
    QFETCH(QString, plan);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, pagesKept);
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(plan));
    std::unique_ptr<Pager> pager(linkPager());
    const PagerRun run = runPager(pager.get());
    QVERIFY(run.failed);
    QCOMPARE(int(run.error.kind), kind);
    QCOMPARE(run.error.httpStatus, status);
    QVERIFY(!run.error.userMessage().isEmpty());
    QVERIFY(!run.error.retryable);
    // The rows before the failing page were handed over and are exactly the first pages.
    const auto want = expectedLink(m_campaign, 0);
    const auto got = rowsOf(run);
    QCOMPARE(got.size(), std::size_t(pagesKept) * 500);
    QVERIFY(std::equal(got.begin(), got.end(), want.begin()));
    QCOMPARE(run.summary.rows, qint64(got.size()));
    // Not retried (the request of the next page, already sent while parsing, may be in the log too).
    int failing = 0;
    for (const RequestRecord &r : m_fx.sandbox->requestLog())
        failing += r.status != 200 ? 1 : 0;
    QCOMPARE(failing, status == 0 ? 0 : 1);
    if (status == 401)
        QCOMPARE(run.error.errorKey, QStringLiteral("http.status.unauthorized"));
}

void TestPager::persistentServerErrorGivesUpAfterFiveAttempts()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:2+:status=503")));
    std::unique_ptr<Pager> pager(linkPager());
    const PagerRun run = runPager(pager.get());
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::Server);
    QCOMPARE(run.error.httpStatus, 503);
    QCOMPARE(run.rows(), std::size_t(500));
    QCOMPARE(run.summary.requests, 1 + 5);
}

void TestPager::cursorLoopIsRefused()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:2:repeat-cursor")));
    std::unique_ptr<Pager> pager(linkPager());
    const PagerRun run = runPager(pager.get());
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::CursorLoop);
    QCOMPARE(run.rows(), std::size_t(1000)); // pages 1 and 2 were fine
}

void TestPager::foreignLinkIsRefused()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:2:foreign-link")));
    std::unique_ptr<Pager> pager(linkPager());
    const PagerRun run = runPager(pager.get());
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::ForeignLink);
    QCOMPARE(run.rows(), std::size_t(1000));
    QCOMPARE(m_fx.sandbox->requestLog().size(), 2); // nothing was sent anywhere after page 2
}

void TestPager::cancelMidway()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:latency=30")));
    std::unique_ptr<Pager> pager(linkPager());
    int batches = 0;
    bool ended = false;
    connect(pager.get(), &Pager::batchReady, this, [&](const ClickBatch &) {
        if (++batches == 2)
            pager->cancel();
    });
    connect(pager.get(), &Pager::finished, this, [&] { ended = true; });
    connect(pager.get(), &Pager::failed, this, [&] { ended = true; });
    pager->start();
    QTRY_COMPARE(batches, 2);
    QVERIFY(!pager->isRunning());
    const qsizetype requestsAtCancel = m_fx.sandbox->requestLog().size();
    QTest::qWait(300); // ten latencies: anything still running would show
    QCOMPARE(batches, 2);
    QVERIFY(!ended);
    QVERIFY(m_fx.sandbox->requestLog().size() <= requestsAtCancel + 1); // at most the one already on the wire
}

void TestPager::rateLimiterKeepsToTheRate()
{
    // A load of many links at once, against a sandbox that refuses anything over 4 a second.
    m_fx.sandbox->setQps(4);
    m_fx.client->rateLimiter()->setRate(4);
    const auto &c = m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)];
    std::vector<std::unique_ptr<Pager>> pagers;
    std::vector<PagerRun> runs(c.links.size());
    int done = 0;
    for (std::size_t l = 0; l < c.links.size(); ++l) {
        pagers.push_back(std::unique_ptr<Pager>(linkPager(int(l))));
        connect(pagers.back().get(), &Pager::batchReady, this,
            [&runs, l](const ClickBatch &b) { runs[l].batches.push_back(b); });
        connect(pagers.back().get(), &Pager::finished, this, [&done] { ++done; });
        connect(pagers.back().get(), &Pager::failed, this, [&done] { ++done; });
        pagers.back()->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, int(c.links.size()), 60000);
    for (std::size_t l = 0; l < c.links.size(); ++l)
        QVERIFY(rowsOf(runs[l]) == expectedLink(m_campaign, int(l)));

    QList<std::int64_t> times;
    for (const RequestRecord &r : m_fx.sandbox->requestLog()) {
        QCOMPARE(r.status, 200); // never an over.qps
        times << r.elapsedMs;
    }
    QVERIFY(times.size() >= 12);
    // Never more than 4 in any window of one second, as the server saw them ...
    for (qsizetype i = 4; i < times.size(); ++i)
        QVERIFY2(times[i] - times[i - 4] >= 1000,
            qPrintable(QStringLiteral("%1 ms for 5 requests").arg(times[i] - times[i - 4])));
    // ... yet at least 95% of the allowed rate over the whole load.
    const double rate = double(times.size() - 1) * 1000.0 / double(times.last() - times.first());
    QVERIFY2(rate >= 0.95 * 4, qPrintable(QStringLiteral("%1 requests/s").arg(rate)));
    qInfo("rate limiter: %lld requests at %.2f requests/s (limit 4)", qlonglong(times.size()), rate);
}

void TestPager::newCredentialsAbortCallsUnderWay()
{
    // Calls already made must not carry new credentials to the old host: a change aborts them.
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:latency=200")));
    std::unique_ptr<Pager> pager(linkPager());
    PagerRun run;
    connect(pager.get(), &Pager::failed, this, [&run](const ApiError &e, const PagerSummary &) {
        run.failed = true;
        run.error = e;
    });
    pager->start();
    QTest::qWait(50);
    m_fx.setCredentials(Credentials::v2(QStringLiteral("other-key"), QStringLiteral("other-token")));
    QTRY_VERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::Cancelled);
    QTest::qWait(400);
    for (const RequestRecord &r : m_fx.sandbox->requestLog())
        QCOMPARE(r.status, 200); // nothing was sent with the other credentials
    m_fx.setCredentials(
        Credentials::v2(QStringLiteral("clickscope-demo-key"), QStringLiteral("clickscope-demo-token")));
}

void TestPager::dailyLimitStopsLocally()
{
    m_fx.client->rateLimiter()->setDailyLimit(m_fx.client->rateLimiter()->usedToday() + 2);
    std::unique_ptr<Pager> pager(linkPager());
    const PagerRun run = runPager(pager.get());
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::QuotaExhausted);
    QCOMPARE(run.error.httpStatus, 0); // refused here, not by the server
    QCOMPARE(run.rows(), std::size_t(1000));
    QCOMPARE(m_fx.sandbox->requestLog().size(), 2);
}

void TestPager::typedCalls()
{
    QList<CampaignSummary> campaigns;
    ApiError error;
    bool done = false;
    m_fx.v2->campaigns(QStringLiteral("SENT"), this, [&](const QList<CampaignSummary> &list, const ApiError &e) {
        campaigns = list;
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
    int sent = 0;
    for (const auto &c : m_fx.sandbox->dataset().campaigns())
        sent += c.status == ClickScope::Sandbox::CampaignStatus::Sent ? 1 : 0;
    QCOMPARE(campaigns.size(), sent);

    Campaign campaign;
    done = false;
    m_fx.v2->campaign(m_fx.campaignId(m_campaign), true, this, [&](const Campaign &c, const ApiError &e) {
        campaign = c;
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
    const auto &dc = m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)];
    QCOMPARE(campaign.links.size(), qsizetype(dc.links.size()));
    QCOMPARE(campaign.links[0].clickCount, qint64(dc.links[0].clicks.size()));
    QCOMPARE(campaign.tracking.clicks, m_fx.sandbox->dataset().campaignSummary(m_campaign).clicks);
    QVERIFY(m_fx.sandbox->requestLog().constLast().target.contains("updateSummary=true"));

    Contact contact;
    done = false;
    m_fx.v2->contact(QStringLiteral("7"), this, [&](const Contact &c, const ApiError &e) {
        contact = c;
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
    QCOMPARE(contact.firstName, QString::fromUtf8(m_fx.sandbox->dataset().firstName(6)));
    QCOMPARE(contact.emails[0].address, QString::fromUtf8(m_fx.sandbox->dataset().email(6)));

    QList<Activity> activity;
    done = false;
    m_fx.v2->contactActivity(QStringLiteral("7"), this, [&](const QList<Activity> &a, const ApiError &e) {
        activity = a;
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
    QCOMPARE(activity.size(), qsizetype(m_fx.sandbox->dataset().contactActivities(6, std::nullopt).size()));

    done = false;
    m_fx.v2->contact(QStringLiteral("99999999"), this, [&](const Contact &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
    QVERIFY(error.errorMessage.contains(QLatin1String("99999999")));
}

void TestPager::errorsNeverContainTheKey()
{
    // Whatever goes wrong, no message names the API key or the token.
    const QString key = QStringLiteral("clickscope-demo-key");
    const QString token = QStringLiteral("clickscope-demo-token");
    for (const QString &plan : { QStringLiteral("clicks:1:status=401"), QStringLiteral("clicks:1:malformed"),
             QStringLiteral("clicks:1+:drop"), QStringLiteral("clicks:1:status=404") }) {
        m_fx.sandbox->setFaultPlan(*FaultPlan::parse(plan));
        std::unique_ptr<Pager> pager(linkPager());
        const PagerRun run = runPager(pager.get());
        QVERIFY(run.failed);
        const QString text = run.error.userMessage() + run.error.errorMessage + run.error.errorKey;
        QVERIFY2(!text.contains(key) && !text.contains(token), qPrintable(text));
    }
    // A refused connection (nothing listens on the port).
    m_fx.client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
    std::unique_ptr<Pager> pager(linkPager());
    const PagerRun run = runPager(pager.get());
    m_fx.client->setBaseUrl(m_fx.sandbox->baseUrl());
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::Network);
    QVERIFY(!run.error.userMessage().contains(key));
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
