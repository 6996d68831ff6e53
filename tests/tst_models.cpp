// SPDX-License-Identifier: GPL-3.0-or-later
// ClickTableModel, ClickFilterProxy and ClickSeries: QAbstractItemModelTester on the model and the proxy while real
// pages from the sandbox arrive, the filter checked against a naive implementation, and the series on known data.
#include "domain/isotime.h"
#include "model/clickfilterproxy.h"
#include "model/clickmerger.h"
#include "model/clickseries.h"
#include "model/clickstore.h"
#include "model/clicktablemodel.h"
#include "model/linklistmodel.h"
#include "model/substringsearch.h"
#include "sandboxfixture.h"
#include "testbatches.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace ClickScope;
using namespace ClickScope::Tests;

namespace {

// A batch from literal rows: (ms, contact id, email, link id).

qint64 utc(const char *iso)
{
    return *parseIsoUtcMs(iso);
}

// A send's clicks as they usually come: most in the first hours (exponential decay, half-life 3 hours), a thin tail
// over two weeks; newest first, as the API sends them. Contact i clicks once.
ClickBatch sendDecay(qint64 sendMs, int clicks)
{
    QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> rows;
    const qint64 hour = 3600000;
    for (int i = 0; i < clicks; ++i) {
        const double u = (i + 0.5) / clicks;
        qint64 offset = qint64(-std::log(1.0 - u) * 3.0 / std::log(2.0) * double(hour));
        if (i % 50 == 49)
            offset = qint64(i % 14) * 24 * hour + 5 * hour; // the stragglers of the next two weeks
        rows.append({ sendMs + offset, QByteArray::number(i + 1), "c" + QByteArray::number(i) + "@x", "9" });
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    return makeBatch(rows);
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mergerAddsOnlyWhatIsMissing();
    void modelAndProxyUnderTesterWhileLoading();
    void filterMatchesNaiveFilter_data();
    void filterMatchesNaiveFilter();
    void sameDateRangeKeepsTheRows();
    void sortingKeepsPersistentIndexes();
    void newRowsWhileSorted();
    void rolesAndHeaders();
    void memoryPerClick();
    void seriesOnKnownData();
    void seriesFollowsFilterAndIncrementalEqualsRecompute();
    void seriesCountsRowsThatGoBackInTime();
    void seriesAutoBucket();
    void seriesAcrossDaylightSaving();
    void seriesAutoBucketIsHourForASendDecay();
    void seriesShareSinceSend();
    void moreLinkIdsThanTheTableHolds();
    void loadedLinkCountsMatchANaiveCount();
    void substringSearchMatchesStdFind_data();
    void substringSearchMatchesStdFind();
    void textIdsInternedOncePerContact_data();
    void textIdsInternedOncePerContact();

private:
    void loadAll(ClickTableModel &model, int campaign);

    SandboxFixture m_fx;
    int m_campaign = -1;
};

void TestModels::initTestCase()
{
    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 3;
    config.data.campaigns = 4;
    config.data.clicks = 12000;
    config.data.contacts = 1500;
    QVERIFY(m_fx.start(config));
    m_campaign = m_fx.firstSentCampaign();
}

void TestModels::loadAll(ClickTableModel &model, int campaign)
{
    std::unique_ptr<Pager> pager(m_fx.v2->clickPager(m_fx.campaignId(campaign), QString(), noDate));
    connect(pager.get(), &Pager::batchReady, &model, &ClickTableModel::appendBatch);
    const PagerRun run = runPager(pager.get());
    QVERIFY(run.finished);
}

void TestModels::mergerAddsOnlyWhatIsMissing()
{
    // Stored: two identical rows (a contact clicking twice in the same second is two clicks), one row per other
    // contact, one row before `since`. Arriving: the same rows again, a third identical row, one new row, a resend
    // twin of a stored row, and rows that differ in one field each.
    ClickStore store;
    store.append(Tests::makeBatch({
        { 5000, "c1", "a@x", "L1" },
        { 5000, "c1", "a@x", "L1" },
        { 4000, "c2", "b@x", "L1" },
        { 1000, "c3", "c@x", "L2" },
    }));
    ClickMerger merger(store, 2000);
    ClickBatch arriving = Tests::makeBatch({
        { 6000, "c4", "d@x", "L1" }, // new
        { 5000, "c1", "a@x", "L1" }, // stored
        { 5000, "c1", "a@x", "L1" }, // stored (the second of two)
        { 5000, "c1", "a@x", "L1" }, // a third one: new
        { 4000, "c2", "b@x", "L2" }, // another link: new
        { 4001, "c2", "b@x", "L1" }, // another time: new
        { 4000, "c2", "b@x", "L1" }, // stored
        { 4000, "c2", "b@x", "L1" }, // stored only once: new
    });
    ParsedClick resendTwin = arriving.rows[1];
    resendTwin.resend = true; // the resend's click is not the first send's
    arriving.rows.push_back(resendTwin);
    const ClickBatch kept = merger.filter(arriving);
    QCOMPARE(merger.skipped(), qint64(3));
    std::vector<std::tuple<qint64, QByteArray, QByteArray, bool>> got;
    for (const ParsedClick &c : kept.rows)
        got.emplace_back(c.clickMs, kept.view(c.contactId).toByteArray(), kept.view(c.linkId).toByteArray(), c.resend);
    const std::vector<std::tuple<qint64, QByteArray, QByteArray, bool>> want {
        { 6000, "c4", "L1", false },
        { 5000, "c1", "L1", false },
        { 4000, "c2", "L2", false },
        { 4001, "c2", "L1", false },
        { 4000, "c2", "L1", false },
        { 5000, "c1", "L1", true },
    };
    QVERIFY(got == want);
    // A row before `since` is not matched against: the refresh did not ask for it, so it arrives only if the
    // server sends it anyway, and then it is kept (the pager drops such rows before they get here).
    ClickMerger all(store, noDate);
    QCOMPARE(all.filter(Tests::makeBatch({ { 1000, "c3", "c@x", "L2" } })).rows.size(), std::size_t(0));
    ClickMerger recent(store, 2000);
    QCOMPARE(recent.filter(Tests::makeBatch({ { 1000, "c3", "c@x", "L2" } })).rows.size(), std::size_t(1));
}

void TestModels::modelAndProxyUnderTesterWhileLoading()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setTextFilter(QStringLiteral("example.org"));
    loadAll(model, m_campaign);
    const auto &c = m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)];
    QCOMPARE(model.rowCount(), int(c.clickCount));
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < model.rowCount());
    proxy.sort(ClickTableModel::EmailColumn, Qt::AscendingOrder);
    proxy.setTextFilter(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
    proxy.setDateRange(QDateTime::fromMSecsSinceEpoch(c.lastRunMs + 3600000), QDateTime());
    proxy.sort(-1);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    loadAll(model, m_campaign);
    QVERIFY(proxy.rowCount() > 0);
}

void TestModels::filterMatchesNaiveFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fromHours"); // after the send; -1: open
    QTest::addColumn<int>("toHours");
    QTest::newRow("nothing") << QString() << -1 << -1;
    QTest::newRow("domain") << QStringLiteral("EXAMPLE.org") << -1 << -1;
    QTest::newRow("non-ascii upper") << QStringLiteral("ZOË") << -1 << -1;
    QTest::newRow("comma") << QStringLiteral(", ") << -1 << -1;
    QTest::newRow("quote") << QStringLiteral("\"") << -1 << -1;
    QTest::newRow("contact id digits") << QStringLiteral("12") << -1 << -1;
    QTest::newRow("no match") << QStringLiteral("nobody-has-this") << -1 << -1;
    QTest::newRow("first day") << QString() << 0 << 24;
    QTest::newRow("text and range") << QStringLiteral("mail") << 2 << 200;
}

void TestModels::filterMatchesNaiveFilter()
{
    QFETCH(QString, text);
    QFETCH(int, fromHours);
    QFETCH(int, toHours);
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    loadAll(model, m_campaign);
    const auto &c = m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)];
    const QDateTime from
        = fromHours < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(c.lastRunMs + fromHours * 3600000LL);
    const QDateTime to = toHours < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(c.lastRunMs + toHours * 3600000LL);
    proxy.setTextFilter(text);
    proxy.setDateRange(from, to);

    // The naive filter, through the model's public data().
    QList<int> want;
    QSet<QString> contacts;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString email = model.index(r, ClickTableModel::EmailColumn).data().toString();
        const QString id = model.index(r, ClickTableModel::ContactIdColumn).data().toString();
        const qint64 ms = model.index(r, 0).data(ClickTableModel::ClickMsRole).toLongLong();
        const bool textOk
            = text.isEmpty() || email.contains(text, Qt::CaseInsensitive) || id.contains(text, Qt::CaseInsensitive);
        const bool fromOk = !from.isValid() || ms >= from.toMSecsSinceEpoch();
        const bool toOk = !to.isValid() || ms < to.toMSecsSinceEpoch();
        if (textOk && fromOk && toOk) {
            want << r;
            contacts.insert(id);
        }
    }
    QList<int> got;
    for (int r = 0; r < proxy.rowCount(); ++r)
        got << proxy.mapToSource(proxy.index(r, 0)).row();
    QCOMPARE(got, want);
    QCOMPARE(proxy.acceptedCount(), int(want.size()));
    QCOMPARE(proxy.acceptedContacts(), int(contacts.size()));
    if (text == QLatin1String("ZOË") || text == QLatin1String("quote"))
        QVERIFY(!want.isEmpty());
}

void TestModels::sameDateRangeKeepsTheRows()
{
    // The window sets the range again at the end of every load; the same range must not reset the table (and with it
    // the series and the clickers): at 1,000,000 rows that froze the window for 0.3 s (bench_faults).
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    loadAll(model, m_campaign);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy accepted(&proxy, &ClickFilterProxy::acceptedChanged);
    proxy.setDateRange(QDateTime(), QDateTime());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(proxy.rowCount(), model.rowCount());

    const auto &c = m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)];
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(c.lastRunMs + 3600000, QTimeZone::utc());
    proxy.setDateRange(from, QDateTime());
    QCOMPARE(resets.size(), 1);
    const int inRange = proxy.rowCount();
    QVERIFY(inRange > 0 && inRange < model.rowCount());
    // The same instant in another zone: the same rows, no reset, and the range as given.
    const QDateTime sameInstant = from.toTimeZone(QTimeZone(3 * 3600));
    proxy.setDateRange(sameInstant, QDateTime());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(proxy.rowCount(), inRange);
    QCOMPARE(proxy.dateFrom().timeZone(), sameInstant.timeZone());
    proxy.setDateRange(QDateTime(), QDateTime());
    QCOMPARE(resets.size(), 2);
    QCOMPARE(accepted.size(), 2);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestModels::sortingKeepsPersistentIndexes()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    loadAll(model, m_campaign);
    const QPersistentModelIndex kept(proxy.index(17, ClickTableModel::EmailColumn));
    const QString keptEmail = kept.data().toString();
    const int keptSource = proxy.mapToSource(kept).row();

    proxy.sort(ClickTableModel::TimeColumn, Qt::AscendingOrder);
    qint64 previous = INT64_MIN;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const qint64 ms = proxy.index(r, 0).data(ClickTableModel::ClickMsRole).toLongLong();
        QVERIFY(ms >= previous);
        previous = ms;
    }
    proxy.sort(ClickTableModel::EmailColumn, Qt::DescendingOrder);
    QString previousEmail;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QString e = proxy.index(r, ClickTableModel::EmailColumn).data().toString().toLower();
        if (r > 0)
            QVERIFY2(e.toUtf8() <= previousEmail.toUtf8(), qPrintable(e + QStringLiteral(" after ") + previousEmail));
        previousEmail = e;
    }
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), keptEmail);
    QCOMPARE(proxy.mapToSource(kept).row(), keptSource);
}

void TestModels::newRowsWhileSorted()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ClickTableModel::TimeColumn, Qt::AscendingOrder);
    model.appendBatch(makeBatch({ { utc("2024-01-02T00:00:00.000Z"), "1", "b@x", "9" },
        { utc("2024-01-04T00:00:00.000Z"), "2", "a@x", "9" } }));
    model.appendBatch(makeBatch({ { utc("2024-01-03T00:00:00.000Z"), "3", "c@x", "9" },
        { utc("2024-01-01T00:00:00.000Z"), "1", "b@x", "9" } }));
    QCOMPARE(proxy.rowCount(), 4);
    QList<QString> ids;
    for (int r = 0; r < 4; ++r)
        ids << proxy.index(r, ClickTableModel::ContactIdColumn).data().toString();
    QCOMPARE(
        ids, QList<QString>({ QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("2") }));
    QCOMPARE(proxy.acceptedContacts(), 3);
}

void TestModels::rolesAndHeaders()
{
    ClickTableModel model;
    model.appendBatch(makeBatch({ { utc("2024-01-02T03:04:05.678Z"), "42", "=cmd@example.com", "1100000000009" },
        { noDate, "43", "x@y", "1100000000009" } }));
    model.setLinkUrls({ { QStringLiteral("1100000000009"), QStringLiteral("https://shop.example.com/") } });
    // The header names the zone the times are shown in.
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
        QStringLiteral("Click time (%1)").arg(ClickTableModel::displayZoneName()));
    QVERIFY(!ClickTableModel::displayZoneName().isEmpty());
    QCOMPARE(
        model.index(0, ClickTableModel::LinkUrlColumn).data().toString(), QStringLiteral("https://shop.example.com/"));
    QCOMPARE(model.index(0, 0).data(ClickTableModel::SortRole).toLongLong(), utc("2024-01-02T03:04:05.678Z"));
    QCOMPARE(model.index(0, 0).data().toString(),
        QDateTime::fromMSecsSinceEpoch(utc("2024-01-02T03:04:05.678Z"))
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("—"));
    const ClickRow row = model.index(0, 0).data(ClickTableModel::RowRole).value<ClickRow>();
    QCOMPARE(row.email, QStringLiteral("=cmd@example.com"));
    QCOMPARE(row.contactId, QStringLiteral("42"));
    QCOMPARE(row.campaignId, QStringLiteral("1100000000001"));
    QCOMPARE(row.linkUrl, QStringLiteral("https://shop.example.com/"));
    QCOMPARE(model.store().contactCount(), 2U);
}

void TestModels::memoryPerClick()
{
    // 16 bytes a record plus a contact's id and email once: far below six QStrings a row.
    ClickTableModel model;
    loadAll(model, m_campaign);
    const double perClick = double(model.store().memoryBytes()) / double(model.rowCount());
    qInfo("store estimate: %.1f bytes per click for %d clicks of %u contacts", perClick, model.rowCount(),
        model.store().contactCount());
    QVERIFY2(perClick < 96, qPrintable(QString::number(perClick)));
    QCOMPARE(sizeof(ClickRecord), std::size_t(16));
}

void TestModels::seriesOnKnownData()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickSeries series(&proxy);
    series.setTimeZone(QTimeZone::utc());
    series.setBucket(ClickSeries::Bucket::Day);
    // Newest first, as the API sends them. Day 3: 3 clicks by 2 contacts; day 2: nothing; day 1: 2 clicks by 1.
    model.appendBatch(makeBatch({
        { utc("2024-03-03T20:00:00.000Z"), "1", "a@x", "9" },
        { utc("2024-03-03T10:00:00.000Z"), "2", "b@x", "9" },
        { utc("2024-03-03T00:00:00.000Z"), "1", "a@x", "9" },
    }));
    model.appendBatch(makeBatch({
        { utc("2024-03-01T23:59:59.999Z"), "3", "c@x", "9" },
        { utc("2024-03-01T08:00:00.000Z"), "3", "c@x", "9" },
        { noDate, "4", "d@x", "9" },
    }));
    auto points = series.points();
    QCOMPARE(points.size(), std::size_t(3));
    QCOMPARE(points[0].startMs, utc("2024-03-01T00:00:00.000Z"));
    QCOMPARE(points[0].clicks, 2);
    QCOMPARE(points[0].contacts, 1);
    QCOMPARE(points[1].clicks, 0);
    QCOMPARE(points[1].contacts, 0);
    QCOMPARE(points[2].startMs, utc("2024-03-03T00:00:00.000Z"));
    QCOMPARE(points[2].endMs, utc("2024-03-04T00:00:00.000Z"));
    QCOMPARE(points[2].clicks, 3);
    QCOMPARE(points[2].contacts, 2);
    QCOMPARE(series.totalClicks(), 6);
    QCOMPARE(series.undatedClicks(), 1);

    series.setBucket(ClickSeries::Bucket::Hour);
    points = series.points();
    QCOMPARE(points.front().startMs, utc("2024-03-01T08:00:00.000Z"));
    QCOMPARE(points.back().startMs, utc("2024-03-03T20:00:00.000Z"));
    QCOMPARE(points.size(), std::size_t(2 * 24 + 12 + 1));

    // Weeks start on Monday (2024-02-26).
    series.setBucket(ClickSeries::Bucket::Week);
    points = series.points();
    QCOMPARE(points.size(), std::size_t(1));
    QCOMPARE(points[0].startMs, utc("2024-02-26T00:00:00.000Z"));
    QCOMPARE(points[0].clicks, 5);
    QCOMPARE(points[0].contacts, 3);

    // Days are local days: in UTC+10 the day starts at 14:00 UTC the day before, and the 23:59 UTC click of
    // March 1st falls on March 2nd, apart from the 08:00 UTC click.
    series.setTimeZone(QTimeZone(10 * 3600));
    series.setBucket(ClickSeries::Bucket::Day);
    points = series.points();
    QCOMPARE(points[0].startMs, utc("2024-02-29T14:00:00.000Z"));
    QCOMPARE(points[0].clicks, 1);
    QCOMPARE(points[1].startMs, utc("2024-03-01T14:00:00.000Z"));
    QCOMPARE(points[1].clicks, 1);
}

void TestModels::seriesFollowsFilterAndIncrementalEqualsRecompute()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickSeries series(&proxy);
    series.setBucket(ClickSeries::Bucket::Day);
    loadAll(model, m_campaign); // incremental, page by page
    const auto incremental = series.points();
    series.recompute();
    const auto full = series.points();
    QCOMPARE(incremental.size(), full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
        QCOMPARE(incremental[i].clicks, full[i].clicks);
        QCOMPARE(incremental[i].contacts, full[i].contacts);
    }
    // The chart's total equals the filtered row count, whatever the filter.
    for (const QString &text : { QString(), QStringLiteral("example.com"), QStringLiteral("7") }) {
        proxy.setTextFilter(text);
        qint64 sum = 0;
        for (const auto &p : series.points())
            sum += p.clicks;
        QCOMPARE(sum + series.undatedClicks(), qint64(proxy.rowCount()));
        QCOMPARE(series.totalClicks(), qint64(proxy.rowCount()));
    }
    // Distinct contacts per bucket, checked by brute force for the last filter.
    for (const auto &p : series.points()) {
        QSet<QString> who;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const qint64 ms = proxy.index(r, 0).data(ClickTableModel::ClickMsRole).toLongLong();
            if (ms >= p.startMs && ms < p.endMs)
                who.insert(proxy.index(r, ClickTableModel::ContactIdColumn).data().toString());
        }
        QCOMPARE(p.contacts, int(who.size()));
    }
}

// Pages that go back in time: a v3 resend's clicks after the first send's oldest, a refresh's newer clicks after the
// held ones. From the first such page on, the series counts distinct contacts per bucket by (bucket, contact) pairs
// and keeps doing so page by page: after every page each bucket must hold the clicks and the distinct contacts a
// brute-force count of the proxy's rows gives, with and without a filter.
void TestModels::seriesCountsRowsThatGoBackInTime()
{
    for (const QString &filter : { QString(), QStringLiteral("@b.example") }) {
        ClickTableModel model;
        ClickFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setTextFilter(filter);
        ClickSeries series(&proxy);
        series.setTimeZone(QTimeZone::utc());
        series.setBucket(ClickSeries::Bucket::Day);
        QRandomGenerator rng(41);
        const qint64 day = 24 * 3600 * 1000LL;
        const qint64 base = utc("2024-05-01T00:00:00.000Z");
        // Newest first within each part, like the API: the first send over days 0-9, the resend over days 5-12
        // (it starts newer than where the first send stopped), then a refresh's clicks on days 13-14.
        const auto part = [&](qint64 fromDay, qint64 toDay, int rows) {
            std::vector<qint64> times;
            for (int i = 0; i < rows; ++i) {
                const qint64 ms = base + fromDay * day + qint64(rng.bounded(quint32((toDay - fromDay) * day)));
                times.push_back(i % 7 == 0 ? ms - ms % day : ms); // some exactly at a bucket's start
            }
            std::sort(times.rbegin(), times.rend());
            return times;
        };
        std::vector<qint64> all;
        for (const auto &p : { part(0, 10, 600), part(5, 13, 400), part(13, 15, 100) })
            all.insert(all.end(), p.begin(), p.end());
        for (std::size_t at = 0; at < all.size(); at += 50) {
            QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> rows;
            for (std::size_t i = at; i < std::min(all.size(), at + 50); ++i) {
                const int contact = int(rng.bounded(40));
                rows.append({ all[i], QByteArray::number(contact),
                    QByteArray::number(contact) + (contact % 2 ? "@a.example" : "@b.example"), "L1" });
            }
            model.appendBatch(makeBatch(rows));
            QMap<qint64, QPair<int, QSet<QString>>> want; // bucket start -> clicks, contacts
            for (int r = 0; r < proxy.rowCount(); ++r) {
                const qint64 ms = proxy.index(r, 0).data(ClickTableModel::ClickMsRole).toLongLong();
                auto &b = want[ms - ms % day];
                ++b.first;
                b.second.insert(proxy.index(r, ClickTableModel::ContactIdColumn).data().toString());
            }
            for (const ClickSeries::Point &p : series.points()) {
                const auto it = want.constFind(p.startMs);
                QCOMPARE(p.clicks, it == want.constEnd() ? 0 : it->first);
                QCOMPARE(p.contacts, it == want.constEnd() ? 0 : int(it->second.size()));
            }
            QCOMPARE(series.totalClicks(), qint64(proxy.rowCount()));
        }
        QVERIFY(proxy.rowCount() > 0);
    }
}

void TestModels::seriesAutoBucket()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickSeries series(&proxy);
    model.appendBatch(makeBatch({ { utc("2024-03-02T00:00:00.000Z"), "1", "a@x", "9" },
        { utc("2024-03-01T00:00:00.000Z"), "1", "a@x", "9" } }));
    QCOMPARE(series.effectiveBucket(), ClickSeries::Bucket::Hour);
    model.appendBatch(makeBatch({ { utc("2024-02-01T00:00:00.000Z"), "1", "a@x", "9" } }));
    QCOMPARE(series.effectiveBucket(), ClickSeries::Bucket::Day);
    model.appendBatch(makeBatch({ { utc("2023-06-01T00:00:00.000Z"), "1", "a@x", "9" } }));
    QCOMPARE(series.effectiveBucket(), ClickSeries::Bucket::Week);
    QCOMPARE(series.totalClicks(), 4);
}

void TestModels::seriesAcrossDaylightSaving()
{
    // Berlin: summer time ends on 2024-10-27 at 03:00 CEST (01:00 UTC), so 02:00-03:00 local happens twice.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY2(berlin.isValid(), "the tz database (tzdata) has Europe/Berlin");
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickSeries series(&proxy);
    series.setTimeZone(berlin);
    series.setBucket(ClickSeries::Bucket::Hour);
    model.appendBatch(makeBatch({
        { utc("2024-10-27T01:30:00.000Z"), "2", "b@x", "9" }, // 02:30 CET, the second time
        { utc("2024-10-27T00:30:00.000Z"), "1", "a@x", "9" }, // 02:30 CEST, the first time
        { utc("2024-10-26T21:59:00.000Z"), "1", "a@x", "9" }, // 23:59 CEST on the 26th
    }));
    auto points = series.points();
    // 21:00Z ... 01:00Z: five hours; the repeated local hour is two buckets, not one holding both clicks.
    QCOMPARE(points.size(), std::size_t(5));
    QCOMPARE(points[0].startMs, utc("2024-10-26T21:00:00.000Z"));
    QCOMPARE(points[3].startMs, utc("2024-10-27T00:00:00.000Z"));
    QCOMPARE(points[3].clicks, 1);
    QCOMPARE(points[4].startMs, utc("2024-10-27T01:00:00.000Z"));
    QCOMPARE(points[4].endMs, utc("2024-10-27T02:00:00.000Z"));
    QCOMPARE(points[4].clicks, 1);

    // That local day has 25 hours and holds both 02:30 clicks; the click before it is on the 26th.
    series.setBucket(ClickSeries::Bucket::Day);
    points = series.points();
    QCOMPARE(points.size(), std::size_t(2));
    QCOMPARE(points[0].startMs, utc("2024-10-25T22:00:00.000Z"));
    QCOMPARE(points[0].clicks, 1);
    QCOMPARE(points[1].startMs, utc("2024-10-26T22:00:00.000Z"));
    QCOMPARE(points[1].endMs - points[1].startMs, qint64(25) * 3600 * 1000);
    QCOMPARE(points[1].clicks, 2);

    // The day summer time starts (2024-03-31) has 23 hours.
    ClickTableModel spring;
    ClickFilterProxy springProxy;
    springProxy.setSourceModel(&spring);
    ClickSeries springSeries(&springProxy);
    springSeries.setTimeZone(berlin);
    springSeries.setBucket(ClickSeries::Bucket::Day);
    spring.appendBatch(makeBatch({ { utc("2024-03-31T12:10:00.000Z"), "1", "a@x", "9" } }));
    QCOMPARE(springSeries.points().size(), std::size_t(1));
    QCOMPARE(springSeries.points()[0].startMs, utc("2024-03-30T23:00:00.000Z"));
    QCOMPARE(springSeries.points()[0].endMs, utc("2024-03-31T22:00:00.000Z"));

    // A half-hour zone: India's hours start at :30 UTC.
    springSeries.setTimeZone(QTimeZone("Asia/Kolkata"));
    springSeries.setBucket(ClickSeries::Bucket::Hour);
    QCOMPARE(springSeries.points()[0].startMs, utc("2024-03-31T11:30:00.000Z"));
}

void TestModels::seriesAutoBucketIsHourForASendDecay()
{
    // Two weeks of clicks, 95% of them in the first day: Auto takes hours (days made it one spike and a flat line).
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickSeries series(&proxy);
    series.setTimeZone(QTimeZone::utc());
    const qint64 send = utc("2026-05-06T09:00:00.000Z");
    model.appendBatch(sendDecay(send, 2000));
    QVERIFY(model.store().maxMs() - model.store().minMs() > 12 * 24 * 3600000LL);
    QCOMPARE(series.effectiveBucket(), ClickSeries::Bucket::Hour);
    // Page by page, newest (the tail) first, ends the same as one recompute.
    ClickTableModel paged;
    ClickFilterProxy pagedProxy;
    pagedProxy.setSourceModel(&paged);
    ClickSeries pagedSeries(&pagedProxy);
    pagedSeries.setTimeZone(QTimeZone::utc());
    const ClickBatch all = sendDecay(send, 2000);
    for (std::size_t from = 0; from < all.rows.size(); from += 300) {
        ClickBatch page = all;
        page.rows.assign(
            all.rows.begin() + qsizetype(from), all.rows.begin() + qsizetype(std::min(all.rows.size(), from + 300)));
        paged.appendBatch(page);
    }
    QCOMPARE(pagedSeries.effectiveBucket(), ClickSeries::Bucket::Hour);
    const auto a = series.points(), b = pagedSeries.points();
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].clicks, b[i].clicks);
        QCOMPARE(a[i].contacts, b[i].contacts);
    }
    // Spread the same number of clicks evenly over two months: days.
    ClickTableModel even;
    ClickFilterProxy evenProxy;
    evenProxy.setSourceModel(&even);
    ClickSeries evenSeries(&evenProxy);
    QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> rows;
    for (int i = 2000; i > 0; --i)
        rows.append({ send + qint64(i) * 2592000, QByteArray::number(i), "e@x", "9" });
    even.appendBatch(makeBatch(rows));
    QCOMPARE(evenSeries.effectiveBucket(), ClickSeries::Bucket::Day);
}

void TestModels::seriesShareSinceSend()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickSeries series(&proxy);
    const qint64 send = utc("2026-05-06T09:00:00.000Z");
    series.setSendTime(send);
    model.appendBatch(sendDecay(send + 10 * 60000, 2000)); // the first click 10 minutes after the send
    model.appendBatch(makeBatch({ { noDate, "1", "c0@x", "9" } })); // undated: not in the share
    const auto share = series.shareSinceSend();
    QVERIFY(share.size() > 20);
    QCOMPARE(share.front().sinceMs, 0);
    QCOMPARE(share.front().clicks, 0);
    for (std::size_t i = 1; i < share.size(); ++i) {
        QVERIFY(share[i].sinceMs > share[i - 1].sinceMs);
        QVERIFY(share[i].clicks >= share[i - 1].clicks);
        QVERIFY(share[i].share >= share[i - 1].share);
    }
    QCOMPARE(share.back().clicks, 2000);
    QCOMPARE(share.back().share, 1.0);
    // Half the burst (half-life 3 h) within about 3 h 10 min of the send: the origin is the send, not the first click.
    const auto at = [&](qint64 since) {
        auto it = std::find_if(share.begin(), share.end(), [&](const auto &p) { return p.sinceMs >= since; });
        return it->share;
    };
    QVERIFY2(at(3 * 3600000 + 10 * 60000 - 300000) < 0.5 && at(3 * 3600000 + 10 * 60000 + 300000) > 0.45,
        qPrintable(QString::number(at(3 * 3600000 + 10 * 60000))));
    QVERIFY(at(10 * 60000 - 300000) < 0.01);
    // Unknown send time: the first click is the origin.
    series.setSendTime(noDate);
    QCOMPARE(series.shareOriginMs(), model.store().minMs());
    QCOMPARE(series.shareSinceSend().back().share, 1.0);
    // Clicks years apart coarsen the bins rather than grow them without end.
    model.appendBatch(makeBatch({ { send - qint64(3 * 365) * 24 * 3600000, "7", "old@x", "9" } }));
    const auto wide = series.shareSinceSend();
    QCOMPARE(wide.back().clicks, 2001);
    QCOMPARE(wide.back().share, 1.0);
}

void TestModels::moreLinkIdsThanTheTableHolds()
{
    // 16-bit link indexes: past 65,533 distinct ids in one load the rest share "(other)"; nothing reads past the
    // table and every row stays.
    ClickTableModel model;
    const int links = 70000;
    QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> rows;
    for (int i = 0; i < links; ++i)
        rows.append({ utc("2024-05-01T00:00:00.000Z") - i, QByteArray::number(i % 50), QByteArray("a@x"),
            QByteArray::number(2000000 + i) });
    model.appendBatch(makeBatch(rows));
    QCOMPARE(model.rowCount(), links);
    const auto linkAt = [&model](int row) { return model.index(row, ClickTableModel::LinkIdColumn).data().toString(); };
    QCOMPARE(linkAt(0), QStringLiteral("2000000"));
    QCOMPARE(linkAt(65532), QStringLiteral("2065532"));
    QCOMPARE(linkAt(65533), QStringLiteral("(other)"));
    QCOMPARE(linkAt(links - 1), QStringLiteral("(other)"));
    // A link seen before the table filled keeps its own id afterwards.
    model.appendBatch(makeBatch({ { utc("2024-04-01T00:00:00.000Z"), "1", "a@x", "2000007" } }));
    QCOMPARE(linkAt(links), QStringLiteral("2000007"));
}

void TestModels::loadedLinkCountsMatchANaiveCount()
{
    // Clicks and distinct clickers per link from the rows, for more links than the 64 counted with bits: 100 links,
    // 40 contacts, most pairs clicked more than once.
    QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> rows;
    QHash<QString, qint64> clicks;
    QHash<QString, QSet<QByteArray>> clickers;
    for (int i = 0; i < 6000; ++i) {
        const QByteArray contact = QByteArray::number((i * 7) % 40 + 1);
        const QByteArray link = QByteArray::number(3000000 + (i * 13 + i / 700) % 100);
        rows.append({ utc("2024-05-01T00:00:00.000Z") - i * 1000LL, contact, contact + "@x", link });
        ++clicks[QString::fromLatin1(link)];
        clickers[QString::fromLatin1(link)].insert(contact);
    }
    ClickTableModel model;
    model.appendBatch(makeBatch(rows));
    QCOMPARE(model.store().linkIdCount(), 100);
    QList<LinkInfo> infos;
    for (int l = 0; l < 101; ++l) // one link nobody clicked
        infos.append({ QStringLiteral("https://example.org/%1").arg(l), QString::number(3000000 + l), 0 });
    LinkListModel links;
    links.setLinks(infos);
    links.setLoadedCounts(model.store());
    QVERIFY(links.hasLoadedCounts());
    QCOMPARE(links.clicks(0), qint64(rows.size()));
    QCOMPARE(links.clickers(0), qint64(40));
    for (const LinkInfo &info : std::as_const(infos)) {
        const int row = links.rowOf(info.id);
        QCOMPARE(links.clicks(row), clicks.value(info.id));
        QCOMPARE(links.clickers(row), qint64(clickers.value(info.id).size()));
    }
}

void TestModels::substringSearchMatchesStdFind_data()
{
    QTest::addColumn<bool>("rareByte");
    QTest::newRow("rare byte + memchr") << true;
    QTest::newRow("Horspool") << false;
}

void TestModels::substringSearchMatchesStdFind()
{
    // Every occurrence, in order, as std::string_view::find sees it, on random text over a small alphabet (so that
    // needles occur often, overlap, and sit at both ends of the buffer), for needles of 1 to 12 bytes.
    QFETCH(bool, rareByte);
    std::uint32_t seed = rareByte ? 11U : 12U;
    const auto next = [&seed] {
        seed = seed * 1664525U + 1013904223U;
        return seed >> 24;
    };
    const std::string alphabet = "ab.@\n\xc3\xab";
    int needlesChecked = 0, hitsChecked = 0;
    for (int round = 0; round < 400; ++round) {
        std::string haystack(std::size_t(next() % 300), ' ');
        for (char &c : haystack)
            c = alphabet[next() % alphabet.size()];
        const std::size_t length = 1 + next() % 12;
        QByteArray needle;
        if (!haystack.empty() && next() % 2) { // a needle taken from the text, so that it occurs
            const std::size_t at = next() % haystack.size();
            needle = QByteArray::fromStdString(haystack.substr(at, length));
        } else {
            for (std::size_t i = 0; i < length; ++i)
                needle.append(alphabet[next() % alphabet.size()]);
        }
        // The sample decides the way: text without the needle's bytes makes them rare, the needle itself common.
        const std::string sample = rareByte ? std::string(64, 'z') : needle.repeated(64).toStdString();
        const SubstringSearch search(needle, sample);
        if (needle.size() >= 2)
            QCOMPARE(search.usesRareByte(), rareByte);

        const char *begin = haystack.data();
        const char *end = begin + haystack.size();
        const std::string_view text(haystack);
        const std::string_view pattern(needle.constData(), std::size_t(needle.size()));
        std::size_t from = 0;
        for (;;) {
            const std::size_t expected = text.find(pattern, from);
            const char *hit = search.find(begin + from, end);
            if (expected == std::string_view::npos) {
                QCOMPARE(hit, end);
                break;
            }
            QCOMPARE(std::size_t(hit - begin), expected);
            ++hitsChecked;
            from = expected + 1;
        }
        ++needlesChecked;
    }
    QCOMPARE(needlesChecked, 400);
    QVERIFY2(hitsChecked > 400, "the random needles must occur often");
}

void TestModels::textIdsInternedOncePerContact_data()
{
    QTest::addColumn<quint64>("mask");
    QTest::newRow("the whole hash") << ~quint64(0);
    QTest::newRow("16 keys: most ids collide") << quint64(0xF);
    QTest::newRow("one key: every id collides") << quint64(0);
}

void TestModels::textIdsInternedOncePerContact()
{
    QFETCH(quint64, mask);
    // v3 UUIDs (and a few numeric v2 ids mixed in), each contact many times, in batches as pages bring them.
    ClickStore store;
    store.setTextKeyMaskForTests(mask);
    QList<QByteArray> ids;
    for (int i = 0; i < 1500; ++i)
        ids << (i % 10 == 0 ? QByteArray::number(900000 + i)
                            : QUuid::createUuidV5(QUuid(), QByteArray::number(i)).toByteArray(QUuid::WithoutBraces));
    std::vector<int> expected;
    std::uint32_t seed = 7;
    for (int b = 0; b < 10; ++b) {
        ClickBatch batch;
        const TextRef campaign = batch.add("c");
        const TextRef link = batch.add("1");
        for (int r = 0; r < 500; ++r) {
            seed = seed * 1103515245U + 12345U;
            const int who = int((seed >> 8) % std::uint32_t(ids.size()));
            ParsedClick c;
            c.clickMs = 1000000 - b * 500 - r;
            c.campaignId = campaign;
            c.linkId = link;
            c.contactId = batch.add(ids[who]);
            const QByteArray email = QByteArray("user") + QByteArray::number(who) + "@example.com";
            c.email = batch.add(email);
            batch.rows.push_back(c);
            expected.push_back(who);
        }
        store.append(batch);
    }
    QSet<int> distinct(expected.begin(), expected.end());
    QCOMPARE(int(store.contactCount()), int(distinct.size()));
    QCOMPARE(store.size(), expected.size());
    for (std::size_t row = 0; row < expected.size(); ++row) {
        const ClickRecord &r = store.at(row);
        QCOMPARE(store.contactId(r.contact).toByteArray(), ids[expected[row]]);
        QCOMPARE(store.email(r.contact).toByteArray(),
            QByteArray("user") + QByteArray::number(expected[row]) + "@example.com");
    }
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
