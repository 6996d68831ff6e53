// SPDX-License-Identifier: GPL-3.0-or-later
// The local cache (issue 16) against the sandbox over HTTP on 127.0.0.1, with real SQLite files: a first sync equals
// a full load row for row, a second one asks only for what is new, a walk cut short is completed without a lost or a
// doubled row, repeat clicks stay repeats, a link is served from its campaign once that is held, offline and
// cache-only answers, and files the cache must refuse.
#include "backend/backendfactory.h"
#include "cache/cachingbackend.h"
#include "cache/clickcache.h"
#include "sandbox/v3ids.h"
#include "sandboxfixture.h"

#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace ClickScope;
using namespace ClickScope::Tests;

namespace {

std::vector<ExpectedClick> sorted(std::vector<ExpectedClick> rows)
{
    std::sort(rows.begin(), rows.end(), [](const ExpectedClick &a, const ExpectedClick &b) {
        return std::tie(a.ms, a.contactId, a.linkId, a.email) < std::tie(b.ms, b.contactId, b.linkId, b.email);
    });
    return rows;
}

int clickRequests(const Sandbox::Sandbox &sandbox)
{
    int n = 0;
    for (const auto &r : sandbox.requestLog())
        if (r.target.contains("/tracking/clicks"))
            ++n;
    return n;
}

ClickBatch batchOf(const std::vector<std::tuple<std::int64_t, const char *, const char *>> &rows)
{
    ClickBatch b;
    for (const auto &[ms, contact, link] : rows) {
        ParsedClick c;
        c.clickMs = ms;
        c.campaignId = b.add("c1");
        c.contactId = b.add(contact);
        c.email = b.add(QByteArray(QByteArray(contact) + "@example.com"));
        c.linkId = b.add(link);
        b.rows.push_back(c);
    }
    return b;
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void chunkRoundTrip();
    void repeatClicksStayRepeats();
    void firstSyncEqualsFullLoad_data();
    void firstSyncEqualsFullLoad();
    void cutWalkIsCompletedWithoutLossOrDoubles_data();
    void cutWalkIsCompletedWithoutLossOrDoubles();
    void refreshAsksOnlyForTheNew_data();
    void refreshAsksOnlyForTheNew();
    void cutWalkGoesOnWhereItStopped_data();
    void cutWalkGoesOnWhereItStopped();
    void repeatAcrossTheCutStaysTwo();
    void oneWalkWritesAScopeAtATime();
    void refusedResumeTokenStartsOver();
    void version1CacheIsMigrated();
    void linkIsServedFromItsCampaignOnceHeld();
    void offlineAnswersFromTheCache();
    void cacheOnlySendsNothing();
    void forgetClicksWalksEverythingAgain();
    void refusesWhatItCannotUse();

private:
    std::unique_ptr<TrackingBackend> backend(ApiVersion api, const QString &cachePath, bool cacheOnly = false);
    std::unique_ptr<TrackingBackend> plain(ApiVersion api);
    QString firstCampaign(ApiVersion api);

    SandboxFixture m_fx;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_campaign = -1;
};

void TestCache::initTestCase()
{
    Sandbox::SandboxConfig config;
    config.data.campaigns = 6;
    config.data.clicks = 9000;
    QVERIFY(m_fx.start(config));
    m_campaign = m_fx.firstSentCampaign();
    QVERIFY(m_campaign >= 0);
}

void TestCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fx.sandbox->setFaultPlan({});
    m_fx.sandbox->clearRequestLog();
}

std::unique_ptr<TrackingBackend> TestCache::plain(ApiVersion api)
{
    Account account;
    account.api = api;
    account.baseUrl = m_fx.sandbox->baseUrl();
    if (api == ApiVersion::V3)
        account.credentials.accessToken = QString::fromLatin1(Sandbox::defaultV3AccessToken);
    else
        account.credentials = Credentials::v2(
            QString::fromLatin1(Sandbox::defaultApiKey), QString::fromLatin1(Sandbox::defaultAccessToken));
    ConnectionOptions options;
    options.requestsPerSecond = 0;
    options.retry.baseDelayMs = 5;
    options.retry.maxDelayMs = 50;
    options.retry.attempts = 2;
    options.timeoutMs = 3000;
    return BackendFactory::create(account, m_fx.network.get(), options);
}

std::unique_ptr<TrackingBackend> TestCache::backend(ApiVersion api, const QString &cachePath, bool cacheOnly)
{
    QString error;
    auto b = BackendFactory::withCache(plain(api), cachePath, cacheOnly, &error);
    if (!b)
        qWarning("cache refused: %s", qPrintable(error));
    return b;
}

QString TestCache::firstCampaign(ApiVersion api)
{
    if (api == ApiVersion::V2)
        return m_fx.campaignId(m_campaign);
    // v3: the sent campaign with the most clicks, by its UUID (several pages in each report activity).
    const auto &all = m_fx.sandbox->dataset().campaigns();
    int best = -1;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].status == Sandbox::CampaignStatus::Sent
            && (best < 0 || all[i].clickCount > all[std::size_t(best)].clickCount))
            best = int(i);
    return QString::fromLatin1(Sandbox::V3::campaignId(m_fx.sandbox->dataset(), best));
}

void TestCache::chunkRoundTrip()
{
    ClickBatch b = batchOf({ { 3000, "7", "L1" }, { 2000, "8", "L2" }, { 1000, "7", "L1" } });
    b.rows[1].resend = true;
    b.rows[1].device = b.add("mobile");
    const QByteArray chunk = ClickChunk::encode(b);
    ClickBatch back;
    QVERIFY(ClickChunk::decode(chunk, "c1", back));
    QCOMPARE(back.rows.size(), std::size_t(3));
    QCOMPARE(back.rows[1].clickMs, 2000);
    QVERIFY(back.rows[1].resend);
    QCOMPARE(back.view(back.rows[1].device), QByteArrayView("mobile"));
    QCOMPARE(back.view(back.rows[2].email), QByteArrayView("7@example.com"));
    QCOMPARE(back.view(back.rows[0].campaignId), QByteArrayView("c1"));
    // Only a link, only from a time on; a damaged chunk is refused, not half read.
    ClickBatch some;
    QVERIFY(ClickChunk::decode(chunk, "c1", some, "L1", 2000));
    QCOMPARE(some.rows.size(), std::size_t(1));
    ClickBatch bad;
    QVERIFY(!ClickChunk::decode(QByteArrayView(chunk).first(chunk.size() - 3), "c1", bad));
}

void TestCache::repeatClicksStayRepeats()
{
    ClickCache cache;
    QVERIFY(cache.open(m_dir->filePath(QStringLiteral("unit.sqlite"))));
    {
        ClickCache::Walk walk(&cache, QStringLiteral("c1"), QString());
        ClickBatch fresh;
        QVERIFY2(walk.merge(batchOf({ { 5000, "1", "L" }, { 5000, "1", "L" }, { 4000, "2", "L" } }), &fresh),
            qPrintable(cache.lastError()));
        QCOMPARE(fresh.rows.size(), std::size_t(3)); // two identical rows are two clicks
        QVERIFY(walk.complete());
    }
    QCOMPARE(cache.walkState(QStringLiteral("c1"), QString()).highWaterMs, 5000);
    {
        // The next walk goes down to the mark and sees it again: a third twin at 5000 is new, the two held are not,
        // and the row split over two pages is counted across them.
        ClickCache::Walk walk(&cache, QStringLiteral("c1"), QString());
        QCOMPARE(walk.floorMs(), 5000);
        ClickBatch fresh;
        QVERIFY(walk.merge(batchOf({ { 6000, "3", "L" }, { 5000, "1", "L" }, { 5000, "1", "L" } }), &fresh));
        QCOMPARE(fresh.rows.size(), std::size_t(1));
        QCOMPARE(fresh.rows[0].clickMs, 6000);
        QVERIFY(walk.merge(batchOf({ { 5000, "1", "L" } }), &fresh));
        QCOMPARE(fresh.rows.size(), std::size_t(1));
        QCOMPARE(fresh.rows[0].clickMs, 5000);
        QVERIFY(walk.complete());
        QCOMPARE(walk.rowsAdded(), 2);
    }
    const ClickCache::WalkState state = cache.walkState(QStringLiteral("c1"), QString());
    QCOMPARE(state.rows, 5);
    QCOMPARE(state.highWaterMs, 6000);
    QVERIFY(state.syncedMs != noDate);
}

void TestCache::firstSyncEqualsFullLoad_data()
{
    QTest::addColumn<ApiVersion>("api");
    QTest::newRow("v2") << ApiVersion::V2;
    QTest::newRow("v3") << ApiVersion::V3;
}

void TestCache::firstSyncEqualsFullLoad()
{
    QFETCH(ApiVersion, api);
    const QString id = firstCampaign(api);
    QVERIFY(!id.isEmpty());
    auto direct = plain(api);
    std::unique_ptr<ClickStream> full(direct->clicks(id, QString(), noDate));
    m_fx.sandbox->clearRequestLog();
    const PagerRun reference = runPager(full.get());
    QVERIFY(reference.finished);
    QVERIFY(reference.rows() > 500); // more than one page
    const int fullRequests = clickRequests(*m_fx.sandbox);

    const QString path = m_dir->filePath(QStringLiteral("account.sqlite"));
    {
        auto cached = backend(api, path);
        QVERIFY(cached);
        m_fx.sandbox->clearRequestLog();
        std::unique_ptr<ClickStream> first(cached->clicks(id, QString(), noDate));
        const PagerRun sync = runPager(first.get());
        QVERIFY(sync.finished);
        QVERIFY(rowsOf(sync) == rowsOf(reference)); // row for row, in the API's order
        QCOMPARE(sync.summary.rowsFromCache, 0);
        QVERIFY(cached->clicksSyncedMs(id, QString()) != noDate);
        QCOMPARE(clickRequests(*m_fx.sandbox), fullRequests);
    }
    {
        // Opened again (a new backend over the same file): every row from the cache, and the API is asked only
        // from the newest held click on: one page, with nothing new.
        auto cached = backend(api, path);
        m_fx.sandbox->clearRequestLog();
        std::unique_ptr<ClickStream> again(cached->clicks(id, QString(), noDate));
        const PagerRun reopen = runPager(again.get());
        QVERIFY(reopen.finished);
        QCOMPARE(reopen.summary.rowsFromCache, qint64(reference.rows()));
        QCOMPARE(reopen.rows(), reference.rows());
        QVERIFY(sorted(rowsOf(reopen)) == sorted(rowsOf(reference)));
        // v2: one created_since page; v3: the first page of each report activity (primary, resend if any).
        QVERIFY2(clickRequests(*m_fx.sandbox) <= 2, qPrintable(QString::number(clickRequests(*m_fx.sandbox))));
        QVERIFY(clickRequests(*m_fx.sandbox) >= 1);
    }
}

void TestCache::cutWalkIsCompletedWithoutLossOrDoubles_data()
{
    QTest::addColumn<ApiVersion>("api");
    QTest::addColumn<int>("cutAfterPages");
    QTest::newRow("v2 after 1 page") << ApiVersion::V2 << 1;
    QTest::newRow("v2 after 3 pages") << ApiVersion::V2 << 3;
    QTest::newRow("v3 after 2 pages") << ApiVersion::V3 << 2;
}

void TestCache::cutWalkIsCompletedWithoutLossOrDoubles()
{
    QFETCH(ApiVersion, api);
    QFETCH(int, cutAfterPages);
    const QString id = firstCampaign(api);
    auto direct = plain(api);
    std::unique_ptr<ClickStream> full(direct->clicks(id, QString(), noDate));
    const PagerRun reference = runPager(full.get());
    QVERIFY(reference.finished);

    const QString path = m_dir->filePath(QStringLiteral("account.sqlite"));
    {
        auto cached = backend(api, path);
        std::unique_ptr<ClickStream> first(cached->clicks(id, QString(), noDate));
        int pages = 0;
        bool ended = false;
        connect(first.get(), &ClickStream::batchReady, this, [&] {
            if (++pages == cutAfterPages)
                first->cancel();
        });
        connect(first.get(), &ClickStream::finished, this, [&] { ended = true; });
        first->start();
        QTRY_COMPARE(pages, cutAfterPages);
        QTest::qWait(50);
        QVERIFY(!ended);
        QCOMPARE(cached->clicksSyncedMs(id, QString()), noDate); // not complete: no mark
    }
    {
        auto cached = backend(api, path);
        std::unique_ptr<ClickStream> again(cached->clicks(id, QString(), noDate));
        const PagerRun resumed = runPager(again.get());
        QVERIFY(resumed.finished);
        QVERIFY(resumed.summary.rowsFromCache >= qint64(cutAfterPages) * 500 - 500);
        QVERIFY(sorted(rowsOf(resumed)) == sorted(rowsOf(reference)));
        // And what is on disk now equals the full load.
        ClickCache cache;
        QVERIFY(cache.open(path));
        QCOMPARE(cache.walkState(id, QString()).rows, qint64(reference.rows()));
    }
}

void TestCache::refreshAsksOnlyForTheNew_data()
{
    QTest::addColumn<ApiVersion>("api");
    QTest::newRow("v2") << ApiVersion::V2;
    QTest::newRow("v3") << ApiVersion::V3;
}

void TestCache::refreshAsksOnlyForTheNew()
{
    // The campaign gains clicks after it was synced: the next load hands over the cached rows and then exactly the
    // new ones, asking for a few pages per part (v3: per report activity), not for the whole campaign again.
    QFETCH(ApiVersion, api);
    Sandbox::SandboxConfig config;
    config.data.campaigns = 4;
    config.data.clicks = 8000;
    config.data.seed = 77;
    SandboxFixture fx;
    QVERIFY(fx.start(config));
    std::swap(fx, m_fx); // the helpers talk to m_fx; this sandbox gains clicks, the shared one stays as generated
    const int sharedCampaign = m_campaign;
    const auto restore = qScopeGuard([&] {
        std::swap(fx, m_fx);
        m_campaign = sharedCampaign;
    });
    m_campaign = m_fx.firstSentCampaign();
    const QString id = firstCampaign(api);
    const QString path = m_dir->filePath(QStringLiteral("account.sqlite"));
    auto cached = backend(api, path);
    std::unique_ptr<ClickStream> first(cached->clicks(id, QString(), noDate));
    const PagerRun sync = runPager(first.get());
    QVERIFY(sync.finished);

    QCOMPARE(m_fx.sandbox->addClicks(600, id), 600);
    m_fx.sandbox->clearRequestLog();
    std::unique_ptr<ClickStream> again(cached->clicks(id, QString(), noDate));
    const PagerRun refresh = runPager(again.get());
    QVERIFY(refresh.finished);
    QCOMPARE(refresh.summary.rowsFromCache, qint64(sync.rows()));
    QCOMPARE(refresh.rows(), sync.rows() + 600); // the 600 new ones, none twice
    const int asked = clickRequests(*m_fx.sandbox);
    // 600 new rows and the ones at the mark: 2 pages, and the page asked for while the last is read.
    const int parts = api == ApiVersion::V2 ? 1 : 2;
    QVERIFY2(asked <= 3 * parts, qPrintable(QString::number(asked)));

    auto direct = plain(api);
    std::unique_ptr<ClickStream> full(direct->clicks(id, QString(), noDate));
    const PagerRun reference = runPager(full.get());
    QVERIFY(reference.finished);
    QVERIFY(sorted(rowsOf(refresh)) == sorted(rowsOf(reference)));
}

void TestCache::cutWalkGoesOnWhereItStopped_data()
{
    QTest::addColumn<ApiVersion>("api");
    QTest::addColumn<int>("cutAfterPages");
    QTest::newRow("v2 after 2 pages") << ApiVersion::V2 << 2;
    QTest::newRow("v3 after 5 pages") << ApiVersion::V3 << 5;
}

void TestCache::cutWalkGoesOnWhereItStopped()
{
    // A walk cut short (here: its stream deleted mid-walk, as a killed process leaves it) is gone on with from the
    // page that was next, not from the newest click: the pages already stored are not asked for again.
    QFETCH(ApiVersion, api);
    QFETCH(int, cutAfterPages);
    const QString id = firstCampaign(api);
    auto direct = plain(api);
    std::unique_ptr<ClickStream> full(direct->clicks(id, QString(), noDate));
    m_fx.sandbox->clearRequestLog();
    const PagerRun reference = runPager(full.get());
    QVERIFY(reference.finished);
    const int fullRequests = clickRequests(*m_fx.sandbox);
    QVERIFY(fullRequests > cutAfterPages + 1);

    // The pages asked for with a cursor (every page but an activity's first).
    const auto pagesAsked = [this] {
        QSet<QByteArray> targets;
        for (const auto &r : m_fx.sandbox->requestLog())
            if (r.target.contains("/tracking/clicks") && (r.target.contains("next=") || r.target.contains("cursor=")))
                targets.insert(r.target);
        return targets;
    };
    const QString path = m_dir->filePath(QStringLiteral("account.sqlite"));
    QSet<QByteArray> before;
    {
        auto cached = backend(api, path);
        m_fx.sandbox->clearRequestLog();
        std::unique_ptr<ClickStream> first(cached->clicks(id, QString(), noDate));
        int pages = 0;
        connect(first.get(), &ClickStream::batchReady, this, [&] {
            if (++pages == cutAfterPages)
                first->pause(); // stops here, as a kill would (the object then goes without completing)
        });
        first->start();
        QTRY_COMPARE(pages, cutAfterPages);
        first.reset();
        before = pagesAsked();
    }
    auto cached = backend(api, path);
    m_fx.sandbox->clearRequestLog();
    std::unique_ptr<ClickStream> again(cached->clicks(id, QString(), noDate));
    const PagerRun resumed = runPager(again.get());
    QVERIFY(resumed.finished);
    QVERIFY(sorted(rowsOf(resumed)) == sorted(rowsOf(reference)));
    // No page stored before the cut is asked for again, but for the one on its way when the walk stopped and, in the
    // walk from the newest click that follows, the second page of each part (asked for while the first is read, and
    // then not needed): v2 has one part and its created_since page has no second, v3 two.
    const QSet<QByteArray> after = pagesAsked();
    const qsizetype repeated = QSet<QByteArray>(after).intersect(before).size();
    // The request on its way at the cut may not have reached the sandbox's log yet (a loaded machine): then it is
    // asked for the first time afterwards, and one repeat fewer is allowed. Every page whose rows arrived is logged.
    const qsizetype allowed = std::min<qsizetype>(api == ApiVersion::V2 ? 1 : 3, before.size() - 1);
    QVERIFY2(!before.isEmpty() && repeated <= allowed,
        qPrintable(QStringLiteral("%1 of %2 pages asked for again").arg(repeated).arg(before.size())));
    QVERIFY(!after.isEmpty()); // the walk did go on with cursors
    const int asked = clickRequests(*m_fx.sandbox);
    QVERIFY2(asked < fullRequests + 2 * 2,
        qPrintable(QStringLiteral("%1 requests after the cut, %2 for the whole walk").arg(asked).arg(fullRequests)));
    ClickCache cache;
    QVERIFY(cache.open(path));
    QCOMPARE(cache.walkState(id, QString()).rows, qint64(reference.rows()));
}

void TestCache::repeatAcrossTheCutStaysTwo()
{
    // Two identical clicks (v3: whole minutes, no click id) on either side of a page boundary, with the walk cut
    // between the pages: the resumed walk must keep the second one.
    ClickCache cache;
    QVERIFY(cache.open(m_dir->filePath(QStringLiteral("unit.sqlite"))));
    {
        ClickCache::Walk walk(&cache, QStringLiteral("c1"), QString());
        QVERIFY(walk.merge(batchOf({ { 7000, "1", "L" } }), nullptr));
        QVERIFY(walk.complete());
    }
    {
        ClickCache::Walk walk(&cache, QStringLiteral("c1"), QString());
        ClickBatch fresh;
        QVERIFY(walk.merge(batchOf({ { 9000, "2", "L" }, { 8000, "3", "L" }, { 7000, "1", "L" } }), &fresh, "page-2"));
        QCOMPARE(fresh.rows.size(), std::size_t(2)); // the row at the mark was held
        // Cut here (the object goes, as a killed process does).
    }
    {
        ClickCache::Walk walk(&cache, QStringLiteral("c1"), QString());
        QVERIFY(walk.isResumed());
        QCOMPARE(walk.resumeToken(), QByteArray("page-2"));
        ClickBatch fresh;
        QVERIFY(walk.merge(batchOf({ { 7000, "1", "L" } }), &fresh, "end"));
        QCOMPARE(fresh.rows.size(), std::size_t(1)); // the twin at 7000 is the second click there
        QCOMPARE(fresh.rows[0].clickMs, 7000);
        QVERIFY(walk.complete());
    }
    const ClickCache::WalkState state = cache.walkState(QStringLiteral("c1"), QString());
    QCOMPARE(state.rows, 4); // 7000 twice, 8000, 9000
    QCOMPARE(state.highWaterMs, 9000);
    ClickCache::Walk next(&cache, QStringLiteral("c1"), QString());
    QVERIFY(!next.isResumed());
}

void TestCache::oneWalkWritesAScopeAtATime()
{
    // Two walks of one scope at once (the window and `clickscope-cli sync` share the file): both would take the
    // clicks newer than the held ones as new and store them twice. The second to write stops instead. And a walk
    // whose cache was cleared under it stops: completing it would claim rows it never wrote.
    ClickCache cache;
    QVERIFY(cache.open(m_dir->filePath(QStringLiteral("unit.sqlite"))));
    ClickCache::Walk a(&cache, QStringLiteral("c1"), QString());
    ClickCache::Walk b(&cache, QStringLiteral("c1"), QString());
    QVERIFY(a.merge(batchOf({ { 5000, "1", "L" } }), nullptr, "a-1"));
    QVERIFY(!b.merge(batchOf({ { 5000, "1", "L" } }), nullptr, "b-1"));
    QVERIFY2(
        cache.lastError().contains(QStringLiteral("changed while the clicks loaded")), qPrintable(cache.lastError()));
    QVERIFY(!b.complete());
    QVERIFY(a.merge(batchOf({ { 4000, "2", "L" } }), nullptr, "end"));
    QVERIFY(a.complete());
    ClickCache::WalkState state = cache.walkState(QStringLiteral("c1"), QString());
    QCOMPARE(state.rows, 2);
    QCOMPARE(state.highWaterMs, 5000);

    ClickCache::Walk c(&cache, QStringLiteral("c1"), QString());
    QVERIFY(c.merge(batchOf({ { 7000, "3", "L" } }), nullptr, "c-1"));
    QVERIFY(cache.clear());
    QVERIFY(!c.merge(batchOf({ { 6000, "4", "L" } }), nullptr, "c-2"));
    QVERIFY(!c.complete());
    state = cache.walkState(QStringLiteral("c1"), QString());
    QCOMPARE(state.rows, 0);
    QCOMPARE(state.syncedMs, noDate); // not "complete": the next load walks everything
}

void TestCache::refusedResumeTokenStartsOver()
{
    const QString id = m_fx.campaignId(m_campaign);
    const QString path = m_dir->filePath(QStringLiteral("account.sqlite"));
    {
        auto cached = backend(ApiVersion::V2, path);
        std::unique_ptr<ClickStream> first(cached->clicks(id, QString(), noDate));
        int pages = 0;
        connect(first.get(), &ClickStream::batchReady, this, [&] { ++pages; });
        first->start();
        QTRY_VERIFY(pages >= 2);
        first.reset();
    }
    {
        // The cursor has expired (the sandbox refuses a cursor it did not write: 400).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE walks SET resume = CAST('/v2/emailmarketing/campaigns/%1/tracking/"
                                      "clicks?next=bm90LWEtY3Vyc29y' AS BLOB)")
                           .arg(id)));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    auto cached = backend(ApiVersion::V2, path);
    std::unique_ptr<ClickStream> again(cached->clicks(id, QString(), noDate));
    const PagerRun run = runPager(again.get());
    QVERIFY2(run.finished, qPrintable(run.error.userMessage()));
    const auto want = sorted(expectedClicks(m_fx.sandbox->dataset(), m_campaign, -1));
    QVERIFY(sorted(rowsOf(run)) == want); // the cached rows once, and only the missing ones from the API
    ClickCache cache;
    QVERIFY(cache.open(path));
    QCOMPARE(cache.walkState(id, QString()).rows, qint64(want.size()));
}

void TestCache::version1CacheIsMigrated()
{
    // A cache as the first version wrote it (schema 1: no resume state, chunks without a walk): opened, it is
    // upgraded in place and used: its clicks are served, its mark holds, only what is newer is asked for.
    const QString id = m_fx.campaignId(m_campaign);
    const auto rows = expectedClicks(m_fx.sandbox->dataset(), m_campaign, -1);
    const QString path = m_dir->filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *ddl : {
                 "CREATE TABLE campaign_lists(status TEXT PRIMARY KEY, fetched_ms INTEGER, data BLOB)",
                 "CREATE TABLE campaigns(id TEXT PRIMARY KEY, fetched_ms INTEGER, data BLOB)",
                 "CREATE TABLE contacts(id TEXT PRIMARY KEY, fetched_ms INTEGER, data BLOB)",
                 "CREATE TABLE contact_activity(id TEXT PRIMARY KEY, fetched_ms INTEGER, data BLOB)",
                 "CREATE TABLE contact_lists(id INTEGER PRIMARY KEY CHECK (id = 1), fetched_ms INTEGER, data BLOB)",
                 "CREATE TABLE click_chunks(id INTEGER PRIMARY KEY, campaign_id TEXT NOT NULL, scope TEXT NOT NULL, "
                 "min_ms INTEGER, max_ms INTEGER, rows INTEGER, data BLOB)",
                 "CREATE INDEX click_chunks_scope ON click_chunks(campaign_id, scope, max_ms)",
                 "CREATE TABLE walks(campaign_id TEXT NOT NULL, scope TEXT NOT NULL, high_water_ms INTEGER, "
                 "synced_ms INTEGER, PRIMARY KEY(campaign_id, scope))",
                 "PRAGMA user_version=1",
             })
            QVERIFY2(q.exec(QLatin1String(ddl)), qPrintable(q.lastError().text()));
        ClickBatch batch;
        for (const ExpectedClick &e : rows) {
            ParsedClick c;
            c.clickMs = e.ms;
            c.contactId = batch.add(e.contactId);
            c.email = batch.add(e.email);
            c.linkId = batch.add(e.linkId);
            batch.rows.push_back(c);
        }
        q.prepare(QStringLiteral("INSERT INTO click_chunks(campaign_id, scope, min_ms, max_ms, rows, data) "
                                 "VALUES (?, '', ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(qint64(rows.back().ms));
        q.addBindValue(qint64(rows.front().ms));
        q.addBindValue(qint64(rows.size()));
        q.addBindValue(ClickChunk::encode(batch));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral("INSERT INTO walks VALUES (?, '', ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(qint64(rows.front().ms));
        q.addBindValue(qint64(1700000000000));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto cached = backend(ApiVersion::V2, path);
    QVERIFY(cached);
    QCOMPARE(cached->clicksSyncedMs(id, QString()), 1700000000000);
    m_fx.sandbox->clearRequestLog();
    std::unique_ptr<ClickStream> s(cached->clicks(id, QString(), noDate));
    const PagerRun run = runPager(s.get());
    QVERIFY(run.finished);
    QCOMPARE(run.summary.rowsFromCache, qint64(rows.size()));
    QVERIFY(sorted(rowsOf(run)) == sorted(rows));
    QCOMPARE(clickRequests(*m_fx.sandbox), 1);
    cached.reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), ClickCache::schemaVersion);
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    q.finish();
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestCache::linkIsServedFromItsCampaignOnceHeld()
{
    const QString id = m_fx.campaignId(m_campaign);
    const auto &campaign = m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)];
    const QString link = QString::number(campaign.links[0].id);
    const auto expected = sorted(expectedClicks(m_fx.sandbox->dataset(), m_campaign, 0));
    const QString path = m_dir->filePath(QStringLiteral("account.sqlite"));
    auto cached = backend(ApiVersion::V2, path);
    {
        // Never walked: the link is its own scope.
        std::unique_ptr<ClickStream> s(cached->clicks(id, link, noDate));
        const PagerRun run = runPager(s.get());
        QVERIFY(run.finished);
        QVERIFY(sorted(rowsOf(run)) == expected);
    }
    auto *cache = static_cast<CachingBackend *>(cached.get())->cache();
    QCOMPARE(cache->scopeFor(id, link), link);
    {
        std::unique_ptr<ClickStream> s(cached->clicks(id, QString(), noDate));
        QVERIFY(runPager(s.get()).finished);
    }
    // The whole campaign is held: the link's own rows are gone, the link is read from the campaign's.
    QCOMPARE(cache->scopeFor(id, link), QString());
    QCOMPARE(cache->walkState(id, link).rows, 0);
    m_fx.sandbox->clearRequestLog();
    std::unique_ptr<ClickStream> s(cached->clicks(id, link, noDate));
    const PagerRun run = runPager(s.get());
    QVERIFY(run.finished);
    QCOMPARE(run.summary.rowsFromCache, qint64(expected.size()));
    QVERIFY(sorted(rowsOf(run)) == expected);
    QCOMPARE(clickRequests(*m_fx.sandbox), 1);
}

void TestCache::offlineAnswersFromTheCache()
{
    const QString id = m_fx.campaignId(m_campaign);
    const QString path = m_dir->filePath(QStringLiteral("account.sqlite"));
    auto cached = backend(ApiVersion::V2, path);
    QList<CampaignSummary> online;
    bool done = false;
    cached->campaigns(QStringLiteral("SENT"), this, [&](const QList<CampaignSummary> &l, const ApiError &e) {
        QVERIFY(!e.isError());
        online = l;
        done = true;
    });
    QTRY_VERIFY(done);
    std::unique_ptr<ClickStream> s(cached->clicks(id, QString(), noDate));
    const PagerRun reference = runPager(s.get());
    QVERIFY(reference.finished);
    done = false;
    cached->campaign(id, this, [&](const Campaign &, const ApiError &e) {
        QVERIFY(!e.isError());
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(cached->offlineSinceMs(), noDate);

    // The API goes away: a backend pointed at a port nobody listens on.
    Account account;
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    account.credentials = Credentials::v2(QStringLiteral("k"), QStringLiteral("t"));
    ConnectionOptions options;
    options.requestsPerSecond = 0;
    options.retry.attempts = 1;
    options.timeoutMs = 2000;
    cached.reset();
    auto offline = BackendFactory::withCache(BackendFactory::create(account, m_fx.network.get(), options), path);
    QVERIFY(offline);
    QSignalSpy connectivity(offline.get(), &TrackingBackend::connectivityChanged);
    QList<CampaignSummary> list;
    ApiError error;
    done = false;
    offline->campaigns(QStringLiteral("SENT"), this, [&](const QList<CampaignSummary> &l, const ApiError &e) {
        list = l;
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
    QCOMPARE(list.size(), online.size());
    QVERIFY(offline->offlineSinceMs() != noDate);
    QCOMPARE(connectivity.size(), 1);
    Campaign detail;
    done = false;
    offline->campaign(id, this, [&](const Campaign &c, const ApiError &e) {
        detail = c;
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
    QCOMPARE(detail.id, id);
    QVERIFY(!detail.links.isEmpty());
    // The clicks: every cached row, then the failure that says why nothing newer came.
    std::unique_ptr<ClickStream> c(offline->clicks(id, QString(), noDate));
    const PagerRun run = runPager(c.get());
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::Network);
    QCOMPARE(run.rows(), reference.rows());
    QCOMPARE(run.summary.rowsFromCache, qint64(reference.rows()));
}

void TestCache::cacheOnlySendsNothing()
{
    const QString id = m_fx.campaignId(m_campaign);
    const QString path = m_dir->filePath(QStringLiteral("account.sqlite"));
    {
        auto cached = backend(ApiVersion::V2, path);
        std::unique_ptr<ClickStream> s(cached->clicks(id, QString(), noDate));
        QVERIFY(runPager(s.get()).finished);
    }
    auto only = backend(ApiVersion::V2, path, true);
    m_fx.sandbox->clearRequestLog();
    std::unique_ptr<ClickStream> s(only->clicks(id, QString(), noDate));
    const PagerRun run = runPager(s.get());
    QVERIFY(run.finished);
    QVERIFY(sorted(rowsOf(run)) == sorted(expectedClicks(m_fx.sandbox->dataset(), m_campaign, -1)));
    bool done = false;
    ApiError error;
    only->campaign(id, this, [&](const Campaign &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Kind::NotFound); // never fetched: said so
    QVERIFY(error.userMessage().contains(QStringLiteral("not in the cache")));
    QCOMPARE(m_fx.sandbox->requestLog().size(), 0);
}

void TestCache::forgetClicksWalksEverythingAgain()
{
    const QString id = m_fx.campaignId(m_campaign);
    auto cached = backend(ApiVersion::V2, m_dir->filePath(QStringLiteral("account.sqlite")));
    std::unique_ptr<ClickStream> s(cached->clicks(id, QString(), noDate));
    const PagerRun first = runPager(s.get());
    QVERIFY(first.finished);
    cached->forgetClicks(id);
    QCOMPARE(cached->clicksSyncedMs(id, QString()), noDate);
    m_fx.sandbox->clearRequestLog();
    std::unique_ptr<ClickStream> again(cached->clicks(id, QString(), noDate));
    const PagerRun run = runPager(again.get());
    QVERIFY(run.finished);
    QCOMPARE(run.summary.rowsFromCache, 0);
    QCOMPARE(run.rows(), first.rows());
    QCOMPARE(clickRequests(*m_fx.sandbox), first.summary.requests);
}

void TestCache::refusesWhatItCannotUse()
{
    // A file written by a newer ClickScope is left alone, with a reason.
    const QString newer = m_dir->filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(ClickCache::schemaVersion + 1)));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future(x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    ClickCache cache;
    QString error;
    QVERIFY(!cache.open(newer, &error));
    QVERIFY2(error.contains(QStringLiteral("newer ClickScope")), qPrintable(error));
    // Not a database at all.
    const QString junk = m_dir->filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    ClickCache other;
    QVERIFY(!other.open(junk, &error));
    QVERIFY2(error.contains(QStringLiteral("not a ClickScope cache")), qPrintable(error));
    // And a backend whose cache cannot be opened still works, saying why.
    Account account = Account::v2(m_fx.sandbox->baseUrl(),
        Credentials::v2(QString::fromLatin1(Sandbox::defaultApiKey), QString::fromLatin1(Sandbox::defaultAccessToken)));
    ConnectionOptions options;
    options.cacheDir = m_dir->filePath(QStringLiteral("dir"));
    QDir().mkpath(options.cacheDir);
    QFile blocker(QDir(options.cacheDir).filePath(BackendFactory::cacheFileName(ApiVersion::V2, account.baseUrl)));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.write(QByteArray(4096, 'x'));
    blocker.close();
    QString warning;
    auto b = BackendFactory::create(account, m_fx.network.get(), options, &error, &warning);
    QVERIFY(b);
    QVERIFY(!b->hasCache());
    QVERIFY(!warning.isEmpty());
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
