// SPDX-License-Identifier: GPL-3.0-or-later
// The TrackingBackend seam, for the v2 backend, against the sandbox over real HTTP: what goes through the
// interface is exactly the sandbox's own data.
#include "backend/backendfactory.h"
#include "domain/isotime.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <optional>

using namespace ClickScope;
using namespace ClickScope::Tests;
using ClickScope::Sandbox::FaultPlan;

namespace {

using Row = ExpectedClick;

} // namespace

class TestBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void capabilities();
    void campaignsAndDetail();
    void clicksOfTheWholeCampaign();
    void clicksOfOneLinkSince();
    void cancelStopsTheStream();
    void failureKeepsTheRowsSoFar();
    void contactAndActivity();
    void listsFollowPagesThroughTheOneGuard();
    void factoryMakesAnAccountOfItsOwn();

private:
    std::vector<Row> expected(int link, std::int64_t since = noDate) const;

    SandboxFixture m_fx;
    std::unique_ptr<TrackingBackend> m_backend;
    int m_campaign = -1;
};

void TestBackend::initTestCase()
{
    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 23;
    config.data.campaigns = 5;
    config.data.clicks = 6000;
    config.data.contacts = 900;
    QVERIFY(m_fx.start(config));
    m_campaign = m_fx.firstSentCampaign();
    QVERIFY(m_campaign >= 0);
    m_backend = BackendFactory::createV2(m_fx.client.get());
    QVERIFY(m_backend);
}

void TestBackend::init()
{
    m_fx.sandbox->setFaultPlan({});
    m_fx.sandbox->clearRequestLog();
}

std::vector<Row> TestBackend::expected(int link, std::int64_t since) const
{
    return expectedClicks(m_fx.sandbox->dataset(), m_campaign, link, since);
}

void TestBackend::capabilities()
{
    // v2 filters by created_since on the server and has no click ids.
    QVERIFY(m_backend->capabilities().serverSideSince);
    QVERIFY(!m_backend->capabilities().clickIds);
}

void TestBackend::campaignsAndDetail()
{
    QList<CampaignSummary> list;
    ApiError error;
    bool done = false;
    m_backend->campaigns(QStringLiteral("SENT"), this, [&](const QList<CampaignSummary> &l, const ApiError &e) {
        list = l;
        error = e;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
    QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    QSet<QString> want;
    for (const auto &c : m_fx.sandbox->dataset().campaigns())
        if (c.status == ClickScope::Sandbox::CampaignStatus::Sent)
            want.insert(QString::number(c.id));
    QSet<QString> got;
    for (const auto &c : list) {
        QCOMPARE(c.status, QStringLiteral("SENT"));
        got.insert(c.id);
    }
    QCOMPARE(got, want);

    Campaign campaign;
    done = false;
    m_backend->campaign(m_fx.campaignId(m_campaign), this, [&](const Campaign &c, const ApiError &e) {
        campaign = c;
        error = e;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
    QVERIFY(!error.isError());
    const auto &source = m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)];
    QCOMPARE(campaign.name, QString::fromUtf8(source.name));
    QCOMPARE(campaign.links.size(), qsizetype(source.links.size()));
    for (std::size_t i = 0; i < source.links.size(); ++i) {
        QCOMPARE(campaign.links[qsizetype(i)].id, QString::number(source.links[i].id));
        QCOMPARE(campaign.links[qsizetype(i)].clickCount, std::int64_t(source.links[i].clicks.size()));
    }
}

void TestBackend::clicksOfTheWholeCampaign()
{
    std::unique_ptr<ClickStream> stream(m_backend->clicks(m_fx.campaignId(m_campaign), QString(), noDate));
    const PagerRun r = runPager(stream.get());
    QVERIFY(r.finished);
    QVERIFY(!stream->isRunning());
    const auto want = expected(-1);
    QVERIFY(want.size() > 1000);
    QVERIFY(rowsOf(r) == want);
    QCOMPARE(r.summary.rows, qint64(want.size()));
    QCOMPARE(r.summary.pages, int(r.batches.size()));
}

void TestBackend::clicksOfOneLinkSince()
{
    const auto &d = m_fx.sandbox->dataset();
    const auto &link = d.campaigns()[std::size_t(m_campaign)].links[0];
    const std::int64_t since = d.clickTime(m_campaign, link.clicks[link.clicks.size() / 3]);
    std::unique_ptr<ClickStream> stream(
        m_backend->clicks(m_fx.campaignId(m_campaign), QString::number(link.id), since));
    const PagerRun r = runPager(stream.get());
    QVERIFY(r.finished);
    const auto want = expected(0, since);
    QVERIFY(!want.empty() && want.size() < link.clicks.size());
    QVERIFY(rowsOf(r) == want);
    // The server did the filtering (the capability says so): the first request carries created_since.
    QVERIFY(m_fx.sandbox->requestLog()[0].target.contains(QByteArray("created_since=" + formatIsoUtcMs(since))));
}

void TestBackend::cancelStopsTheStream()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:latency=40")));
    std::unique_ptr<ClickStream> stream(m_backend->clicks(m_fx.campaignId(m_campaign), QString(), noDate));
    int batches = 0;
    bool ended = false;
    connect(stream.get(), &ClickStream::batchReady, this, [&] {
        if (++batches == 1)
            stream->cancel();
    });
    connect(stream.get(), &ClickStream::finished, this, [&] { ended = true; });
    connect(stream.get(), &ClickStream::failed, this, [&] { ended = true; });
    stream->start();
    QVERIFY(QTest::qWaitFor([&batches] { return batches > 0; }, 20000));
    QVERIFY(!stream->isRunning());
    QTest::qWait(400); // several pages' worth of latency: nothing more may arrive
    QCOMPARE(batches, 1);
    QVERIFY(!ended);
}

void TestBackend::failureKeepsTheRowsSoFar()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:3:status=401")));
    std::unique_ptr<ClickStream> stream(m_backend->clicks(m_fx.campaignId(m_campaign), QString(), noDate));
    const PagerRun r = runPager(stream.get());
    QVERIFY(r.failed);
    QVERIFY(!r.finished);
    QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
    // The two pages before the failing one arrived, in order, and the summary counts them.
    const auto want = expected(-1);
    const auto rows = rowsOf(r);
    QCOMPARE(r.batches.size(), std::size_t(2));
    QVERIFY(rows.size() > 0 && rows.size() < want.size());
    QVERIFY(std::equal(rows.begin(), rows.end(), want.begin()));
    QCOMPARE(r.summary.rows, qint64(rows.size()));
}

void TestBackend::contactAndActivity()
{
    const auto &d = m_fx.sandbox->dataset();
    const std::uint32_t contact = d.clickContact(m_campaign, 0);
    const QString id = QString::number(ClickScope::Sandbox::Dataset::contactId(contact));
    Contact c;
    ApiError error;
    bool done = false;
    m_backend->contact(id, this, [&](const Contact &got, const ApiError &e) {
        c = got;
        error = e;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
    QVERIFY(!error.isError());
    QCOMPARE(c.id, id);
    QVERIFY(!c.emails.isEmpty());
    QCOMPARE(c.emails.first().address, QString::fromUtf8(d.email(contact)));

    QList<Activity> activity;
    done = false;
    m_backend->contactActivity(id, this, [&](const QList<Activity> &a, const ApiError &e) {
        activity = a;
        error = e;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
    QVERIFY(!error.isError());
    bool sawThisClick = false;
    for (const Activity &a : activity) {
        QCOMPARE(a.contactId, id);
        if (a.type == QLatin1String("EMAIL_CLICK") && a.dateMs == d.clickTime(m_campaign, 0))
            sawThisClick = true;
    }
    QVERIFY2(sawThisClick, "the contact's activity holds the click it was picked by");
}

void TestBackend::listsFollowPagesThroughTheOneGuard()
{
    // 120 campaigns are three pages of 50: the list comes whole, and the same next-link guard as the click pager's
    // stops it on a link to another host or a link seen before.
    SandboxFixture many;
    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 5;
    config.data.campaigns = 120;
    config.data.clicks = 300;
    config.data.contacts = 50;
    QVERIFY(many.start(config));
    const auto list = [&](const QString &faults) {
        many.sandbox->setFaultPlan(*FaultPlan::parse(faults));
        std::pair<QList<CampaignSummary>, ApiError> got;
        bool done = false;
        many.v2->campaigns(QStringLiteral("ALL"), this, [&](const QList<CampaignSummary> &l, const ApiError &e) {
            got = { l, e };
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            got.second = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer"));
        return got;
    };
    const auto whole = list(QString());
    QVERIFY2(!whole.second.isError(), qPrintable(whole.second.userMessage()));
    QCOMPARE(whole.first.size(), 120);
    QSet<QString> ids;
    for (const CampaignSummary &c : whole.first)
        ids.insert(c.id);
    QCOMPARE(ids.size(), 120); // no page twice

    const auto foreign = list(QStringLiteral("campaigns:1:foreign-link"));
    QCOMPARE(foreign.second.kind, ApiError::Kind::ForeignLink);
    QCOMPARE(foreign.first.size(), 50); // the first page's campaigns stay
    const auto loop = list(QStringLiteral("campaigns:2:repeat-cursor"));
    QCOMPARE(loop.second.kind, ApiError::Kind::CursorLoop);
    QCOMPARE(loop.first.size(), 100);
}

void TestBackend::factoryMakesAnAccountOfItsOwn()
{
    // BackendFactory::create: a client of the backend's own, with this account's origin and credentials.
    QNetworkAccessManager network;
    ConnectionOptions options;
    options.requestsPerSecond = 0;
    options.retry.attempts = 1;
    const QUrl base = m_fx.sandbox->baseUrl();
    QString error;
    QVERIFY(!BackendFactory::create(
        Account::v2(QUrl(QStringLiteral("http://example.com")), {}), &network, options, &error));
    QVERIFY2(error.contains(QLatin1String("https")), qPrintable(error));

    const auto verify = [&](const Credentials &credentials) {
        auto backend = BackendFactory::create(Account::v2(base, credentials), &network, options, &error);
        std::optional<ApiError> result;
        if (!backend)
            return ApiError::make(ApiError::Kind::InvalidResponse, error);
        backend->verify(this, [&](const ApiError &e) { result = e; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    };
    const ApiError good
        = verify(Credentials::v2(QStringLiteral("clickscope-demo-key"), QStringLiteral("clickscope-demo-token")));
    QVERIFY2(!good.isError(), qPrintable(good.userMessage()));
    QCOMPARE(verify(Credentials::v2(QStringLiteral("clickscope-demo-key"), QStringLiteral("wrong-token"))).kind,
        ApiError::Kind::Unauthorized);
    QCOMPARE(verify({}).kind, ApiError::Kind::MissingCredentials);

    auto backend = BackendFactory::create(Account::v2(base, {}), &network, options);
    QVERIFY(backend);
    QVERIFY(!backend->hasCredentials());
    QCOMPARE(backend->account().baseUrl.host(), base.host());
    QCOMPARE(int(backend->account().api), int(ApiVersion::V2));
}

QTEST_GUILESS_MAIN(TestBackend)
#include "tst_backend.moc"
