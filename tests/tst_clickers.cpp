// SPDX-License-Identifier: GPL-3.0-or-later
// The clickers view (issue 15, item 14): ClickersModel on a hand-made batch and against a naive aggregate while pages
// arrive and the filter changes (QAbstractItemModelTester throughout), numeric and time sorting, the clickers CSV
// written to a real file and read back by Python's csv module, durations in words, and ClickersView's signals,
// summary, empty states and copy.
#include "domain/isotime.h"
#include "export/clickerscsv.h"
#include "gui/clickersview.h"
#include "model/clickersmodel.h"
#include "model/clickfilterproxy.h"
#include "model/clicktablemodel.h"
#include "testbatches.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QMetaEnum>
#include <QPersistentModelIndex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ClickScope;
using namespace ClickScope::Tests;

namespace {

qint64 utc(const char *iso)
{
    return *parseIsoUtcMs(iso);
}

// The row of a contact id, or -1.
int rowOf(const ClickersModel &m, const QString &contactId)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.contactId(r) == contactId)
            return r;
    return -1;
}

// The hand-made batch: a@ three clicks on two links, b@ one undated click, c@ two clicks on one link, d@ one click
// before the send time.
ClickBatch handMade()
{
    return makeBatch({
        { utc("2024-05-01T12:30:00.000Z"), "1001", "a@example.com", "L1" },
        { utc("2024-05-01T10:05:00.000Z"), "1001", "a@example.com", "L2" },
        { utc("2024-05-03T09:00:00.000Z"), "1001", "a@example.com", "L1" },
        { noDate, "1002", "b@example.com", "L1" },
        { utc("2024-05-04T14:00:00.000Z"), "1003", "c@example.com", "L3" },
        { utc("2024-05-02T10:00:00.000Z"), "1003", "c@example.com", "L3" },
        { utc("2024-05-01T07:00:00.000Z"), "1004", "d@example.com", "L2" },
    });
}

const qint64 sendMs = utc("2024-05-01T08:00:00.000Z");

// Independent of the model: one pass over the proxy's rows through the table's own data.
struct Naive {
    qint64 clicks = 0;
    QSet<QString> links;
    std::int64_t first = noDate, last = noDate;
};
QMap<QString, Naive> naive(const ClickFilterProxy &proxy)
{
    QMap<QString, Naive> out;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const ClickRow row = proxy.clickModel()->row(proxy.mapToSource(proxy.index(r, 0)).row());
        Naive &n = out[row.contactId];
        ++n.clicks;
        n.links.insert(row.linkId);
        if (row.clickMs != noDate) {
            n.first = n.first == noDate ? row.clickMs : std::min(n.first, row.clickMs);
            n.last = n.last == noDate ? row.clickMs : std::max(n.last, row.clickMs);
        }
    }
    return out;
}

void compareWithNaive(const ClickersModel &m, const ClickFilterProxy &proxy)
{
    const QMap<QString, Naive> expected = naive(proxy);
    QCOMPARE(m.rowCount(), int(expected.size()));
    qint64 total = 0;
    for (int r = 0; r < m.rowCount(); ++r) {
        const auto it = expected.constFind(m.contactId(r));
        QVERIFY2(it != expected.constEnd(), qPrintable(m.contactId(r)));
        const ClickersModel::Clicker c = m.clicker(r);
        QCOMPARE(qint64(c.clicks), it->clicks);
        QCOMPARE(int(c.links), int(it->links.size()));
        QCOMPARE(c.firstMs, it->first);
        QCOMPARE(c.lastMs, it->last);
        total += c.clicks;
    }
    QCOMPARE(m.totalClicks(), total);
    QCOMPARE(total, qint64(proxy.rowCount()));
}

// Random clicks: 300 contacts, 80 link ids (so both the bit path, links 0-63, and the set path, 64+, count), newest
// first with some undated rows, in pages of pageRows.
std::vector<ClickBatch> randomPages(int clicks, quint32 seed, int pageRows = 500)
{
    QRandomGenerator rng(seed);
    std::vector<ClickBatch> pages;
    qint64 ms = utc("2024-06-30T00:00:00.000Z");
    QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> rows;
    for (int i = 0; i < clicks; ++i) {
        ms -= rng.bounded(60000);
        const int contact = int(rng.bounded(300));
        const int link = int(rng.bounded(80));
        rows.append({ rng.bounded(50) == 0 ? noDate : ms, QByteArray::number(5000 + contact),
            "user" + QByteArray::number(contact) + "@example.org", "link" + QByteArray::number(link) });
        if (rows.size() == pageRows || i + 1 == clicks) {
            pages.push_back(makeBatch(rows));
            rows.clear();
        }
    }
    return pages;
}

QList<QStringList> readCsvWithPython(const QString &fileName, bool *crlf)
{
    QProcess py;
    py.start(QStringLiteral("python3"), { QStringLiteral(CLICKSCOPE_TESTS_DIR "/csv_read.py"), fileName });
    if (!py.waitForFinished(30000))
        return {};
    const QJsonObject doc = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
    *crlf = doc[QLatin1String("crlf")].toBool();
    QList<QStringList> rows;
    for (const QJsonValue &r : doc[QLatin1String("rows")].toArray()) {
        QStringList cells;
        for (const QJsonValue &c : r.toArray())
            cells << c.toString();
        rows << cells;
    }
    return rows;
}

} // namespace

// A failed comparison inside the helper ends the test, not only the helper.
#define COMPARE_WITH_NAIVE(clickers, proxy)                                                                            \
    do {                                                                                                               \
        compareWithNaive(clickers, proxy);                                                                             \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestClickers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durationWords_data();
    void durationWords();
    void aggregatesHandMadeBatch();
    void sendTimeUnknownOrAfterFirstClick();
    void followsFilterAndAppendedPages();
    void throttledPagesArriveAndNewQueryResets();
    void sortsNumbersAndTimes();
    void foldedPagesKeepTheSortOrder_data();
    void foldedPagesKeepTheSortOrder();
    void heldWhileHidden();
    void csvRoundTrip();
    void csvFailureLeavesNoFile();
    void viewActivatesContactOnEnterAndDoubleClick();
    void viewSummaryEmptyStatesAndCopy();
};

void TestClickers::durationWords_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    const qint64 s = 1000, min = 60 * s, h = 60 * min, d = 24 * h;
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("under a second") << qint64(999) << QStringLiteral("0 s");
    QTest::newRow("seconds, truncated") << 45 * s + 999 << QStringLiteral("45 s");
    QTest::newRow("minutes and seconds") << 12 * min + 5 * s << QStringLiteral("12 min 5 s");
    QTest::newRow("whole minutes") << 12 * min << QStringLiteral("12 min");
    QTest::newRow("hours and minutes") << 2 * h + 5 * min + 59 * s << QStringLiteral("2 h 5 min");
    QTest::newRow("whole hours") << 2 * h + 30 * s << QStringLiteral("2 h");
    QTest::newRow("days and hours") << 3 * d + 4 * h + 59 * min << QStringLiteral("3 d 4 h");
    QTest::newRow("whole days") << 3 * d + 59 * min << QStringLiteral("3 d");
    QTest::newRow("many days") << 400 * d + 1 * h << QStringLiteral("400 d 1 h");
    QTest::newRow("negative") << qint64(-1) << QStringLiteral("—");
}

void TestClickers::durationWords()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(durationText(ms), text);
}

void TestClickers::aggregatesHandMadeBatch()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    QAbstractItemModelTester tester(&clickers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    clickers.setUpdateInterval(0);
    clickers.setSendTimeMs(sendMs);
    model.appendBatch(handMade());

    QCOMPARE(clickers.rowCount(), 4);
    QCOMPARE(clickers.totalClicks(), qint64(7));
    // Unsorted: the order in which contacts first clicked.
    QCOMPARE(clickers.contactId(0), QStringLiteral("1001"));
    QCOMPARE(clickers.contactId(3), QStringLiteral("1004"));

    const ClickersModel::Clicker a = clickers.clicker(rowOf(clickers, QStringLiteral("1001")));
    QCOMPARE(a.clicks, 3U);
    QCOMPARE(a.links, 2U);
    QCOMPARE(a.firstMs, utc("2024-05-01T10:05:00.000Z"));
    QCOMPARE(a.lastMs, utc("2024-05-03T09:00:00.000Z"));
    QCOMPARE(a.sendToFirstMs, qint64(2 * 3600000 + 5 * 60000));
    const int aRow = rowOf(clickers, QStringLiteral("1001"));
    QCOMPARE(clickers.index(aRow, ClickersModel::EmailColumn).data().toString(), QStringLiteral("a@example.com"));
    QCOMPARE(clickers.index(aRow, ClickersModel::ClicksColumn).data().toLongLong(), qint64(3));
    QCOMPARE(clickers.index(aRow, ClickersModel::LinksColumn).data().toLongLong(), qint64(2));
    QCOMPARE(clickers.index(aRow, ClickersModel::SendToFirstColumn).data().toString(), QStringLiteral("2 h 5 min"));
    QCOMPARE(clickers.index(aRow, ClickersModel::FirstClickColumn).data().toString(),
        ClickTableModel::displayTime(utc("2024-05-01T10:05:00.000Z")));
    QCOMPARE(clickers.index(aRow, ClickersModel::LastClickColumn).data(ClickersModel::SortRole).toLongLong(),
        utc("2024-05-03T09:00:00.000Z"));

    // Undated only: counted, no times, no send delta.
    const ClickersModel::Clicker b = clickers.clicker(rowOf(clickers, QStringLiteral("1002")));
    QCOMPARE(b.clicks, 1U);
    QCOMPARE(b.links, 1U);
    QCOMPARE(b.firstMs, noDate);
    QCOMPARE(b.lastMs, noDate);
    QCOMPARE(b.sendToFirstMs, noDate);
    QCOMPARE(clickers.index(rowOf(clickers, QStringLiteral("1002")), ClickersModel::FirstClickColumn).data().toString(),
        QStringLiteral("—"));

    // The same link twice is one link.
    const ClickersModel::Clicker c = clickers.clicker(rowOf(clickers, QStringLiteral("1003")));
    QCOMPARE(c.clicks, 2U);
    QCOMPARE(c.links, 1U);
    QCOMPARE(c.firstMs, utc("2024-05-02T10:00:00.000Z"));
    QCOMPARE(c.lastMs, utc("2024-05-04T14:00:00.000Z"));
    QCOMPARE(c.sendToFirstMs, qint64(26 * 3600000));
    QCOMPARE(
        clickers.index(rowOf(clickers, QStringLiteral("1003")), ClickersModel::SendToFirstColumn).data().toString(),
        QStringLiteral("1 d 2 h"));
}

void TestClickers::sendTimeUnknownOrAfterFirstClick()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    clickers.setUpdateInterval(0);
    model.appendBatch(handMade());
    const int a = rowOf(clickers, QStringLiteral("1001"));
    const int d = rowOf(clickers, QStringLiteral("1004"));
    // Not set: unknown.
    QCOMPARE(clickers.clicker(a).sendToFirstMs, noDate);
    QCOMPARE(clickers.index(a, ClickersModel::SendToFirstColumn).data().toString(), QStringLiteral("—"));
    // Set: a value, and the views are told.
    QSignalSpy changed(&clickers, &QAbstractItemModel::dataChanged);
    clickers.setSendTimeMs(sendMs);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(clickers.index(a, ClickersModel::SendToFirstColumn).data().toString(), QStringLiteral("2 h 5 min"));
    // d clicked an hour before the recorded send: no negative duration.
    QCOMPARE(clickers.clicker(d).sendToFirstMs, noDate);
    QCOMPARE(clickers.index(d, ClickersModel::SendToFirstColumn).data().toString(), QStringLiteral("—"));
    // Campaign::lastRunMs is noDate (or 0 in a default Campaign) when the API sent none: unknown again.
    clickers.setSendTimeMs(noDate);
    QCOMPARE(clickers.clicker(a).sendToFirstMs, noDate);
    clickers.setSendTimeMs(sendMs);
    clickers.setSendTimeMs(0);
    QCOMPARE(clickers.clicker(a).sendToFirstMs, noDate);
}

void TestClickers::followsFilterAndAppendedPages()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    QAbstractItemModelTester tester(&clickers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    clickers.setUpdateInterval(0);
    clickers.sort(ClickersModel::ClicksColumn, Qt::DescendingOrder); // pages arrive while sorted
    QPersistentModelIndex followed;
    QString followedId;
    const std::vector<ClickBatch> pages = randomPages(6000, 7);
    QSignalSpy inserted(&clickers, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&clickers, &QAbstractItemModel::modelReset);
    // A text filter set before loading: pages are folded in under it.
    proxy.setTextFilter(QStringLiteral("user1"));
    const int resetsBefore = reset.count();
    for (const ClickBatch &page : pages) {
        model.appendBatch(page);
        COMPARE_WITH_NAIVE(clickers, proxy);
        if (!followed.isValid() && clickers.rowCount() > 3) {
            followed = clickers.index(3, 0);
            followedId = clickers.contactId(3);
        }
    }
    QVERIFY(inserted.count() > 0);
    QCOMPARE(reset.count(), resetsBefore); // pages insert, never reset
    // The persistent index stayed on its contact through the re-sorts.
    QVERIFY(followed.isValid());
    QCOMPARE(clickers.contactId(followed.row()), followedId);
    // Still sorted by clicks, most first.
    for (int r = 1; r < clickers.rowCount(); ++r)
        QVERIFY(clickers.clicker(r - 1).clicks >= clickers.clicker(r).clicks);
    // Links past 63 counted (the set path): some contact clicked more than one of them.
    bool highLinks = false;
    for (int r = 0; r < proxy.rowCount() && !highLinks; ++r)
        highLinks = proxy.index(r, ClickTableModel::LinkIdColumn).data().toString().mid(4).toInt() >= 64;
    QVERIFY(highLinks);

    // Filter changes: text, date range, both cleared.
    proxy.setTextFilter(QStringLiteral("user2"));
    COMPARE_WITH_NAIVE(clickers, proxy);
    const qint64 newest = utc("2024-06-30T00:00:00.000Z");
    proxy.setDateRange(QDateTime::fromMSecsSinceEpoch(newest - 40 * 3600000LL, QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(newest - 10 * 3600000LL, QTimeZone::utc()));
    COMPARE_WITH_NAIVE(clickers, proxy);
    QVERIFY(clickers.rowCount() > 0);
    proxy.setTextFilter(QString());
    COMPARE_WITH_NAIVE(clickers, proxy);
    proxy.setDateRange(QDateTime(), QDateTime());
    COMPARE_WITH_NAIVE(clickers, proxy);
    QCOMPARE(clickers.totalClicks(), qint64(6000));
    // Folded in page by page equals computed at once.
    std::vector<ClickersModel::Clicker> incremental;
    for (int r = 0; r < clickers.rowCount(); ++r)
        incremental.push_back(clickers.clicker(r));
    proxy.setTextFilter(QStringLiteral("x"));
    proxy.setTextFilter(QString());
    QCOMPARE(clickers.rowCount(), int(incremental.size()));
    for (int r = 0; r < clickers.rowCount(); ++r) {
        QCOMPARE(clickers.clicker(r).contact, incremental[std::size_t(r)].contact);
        QCOMPARE(clickers.clicker(r).links, incremental[std::size_t(r)].links);
    }
}

void TestClickers::throttledPagesArriveAndNewQueryResets()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    QAbstractItemModelTester tester(&clickers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    clickers.setUpdateInterval(200);
    const std::vector<ClickBatch> pages = randomPages(3000, 11);
    QSignalSpy updated(&clickers, &ClickersModel::updated);
    for (const ClickBatch &page : pages)
        model.appendBatch(page);
    // The first page shows at once, the rest within the interval, folded into one update.
    QVERIFY(clickers.rowCount() > 0);
    QVERIFY(clickers.totalClicks() < 3000);
    const int updatesWhileLoading = updated.count();
    QTRY_COMPARE_WITH_TIMEOUT(clickers.totalClicks(), qint64(3000), 5000);
    QCOMPARE(updated.count(), updatesWhileLoading + 1);
    COMPARE_WITH_NAIVE(clickers, proxy);
    // A new query empties the store: the clickers go with it at once (their rows named its contacts).
    model.clear();
    QCOMPARE(clickers.rowCount(), 0);
    QCOMPARE(clickers.sourceRowsSeen(), std::size_t(0));
    model.appendBatch(handMade());
    QCOMPARE(clickers.rowCount(), 4); // the first page of a load shows at once again
}

void TestClickers::sortsNumbersAndTimes()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    QAbstractItemModelTester tester(&clickers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    clickers.setUpdateInterval(0);
    // 2, 10 and 9 clicks: as text "10" < "2" < "9"; as numbers 2 < 9 < 10. Contact ids likewise (numerically 99 <
    // 100 < 1000; as text "100" < "1000" < "99").
    QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> rows;
    const auto add = [&](int n, const QByteArray &id, const QByteArray &email, const char *firstIso) {
        for (int i = 0; i < n; ++i)
            rows.append({ utc(firstIso) + i * 60000, id, email, "L" + QByteArray::number(i % 3) });
    };
    add(2, "100", "Zed@example.com", "2024-05-03T00:00:00.000Z");
    add(10, "1000", "amy@example.com", "2024-05-01T00:00:00.000Z");
    add(9, "99", "bob@example.com", "2024-05-02T00:00:00.000Z");
    rows.append({ noDate, "7", "undated@example.com", "L0" });
    model.appendBatch(makeBatch(rows));
    clickers.setSendTimeMs(utc("2024-04-30T00:00:00.000Z"));

    const auto ids = [&] {
        QStringList out;
        for (int r = 0; r < clickers.rowCount(); ++r)
            out << clickers.contactId(r);
        return out.join(QLatin1Char(' '));
    };
    const QPersistentModelIndex bob = clickers.index(rowOf(clickers, QStringLiteral("99")), 1);
    clickers.sort(ClickersModel::ClicksColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), QStringLiteral("1000 99 100 7"));
    QCOMPARE(clickers.contactId(bob.row()), QStringLiteral("99"));
    clickers.sort(ClickersModel::ClicksColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), QStringLiteral("7 100 99 1000"));
    clickers.sort(ClickersModel::ContactIdColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), QStringLiteral("7 99 100 1000"));
    // Emails case-insensitively: amy, bob, undated, Zed.
    clickers.sort(ClickersModel::EmailColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), QStringLiteral("1000 99 7 100"));
    clickers.sort(ClickersModel::LinksColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), QStringLiteral("1000 99 100 7")); // 3, 3, 2, 1 links; ties in the store's order
    // Times by time; the contact without a dated click last in both orders.
    clickers.sort(ClickersModel::FirstClickColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), QStringLiteral("1000 99 100 7"));
    clickers.sort(ClickersModel::FirstClickColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), QStringLiteral("100 99 1000 7"));
    clickers.sort(ClickersModel::LastClickColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), QStringLiteral("100 99 1000 7"));
    clickers.sort(ClickersModel::SendToFirstColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), QStringLiteral("1000 99 100 7"));
    clickers.sort(ClickersModel::SendToFirstColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), QStringLiteral("100 99 1000 7"));
    QCOMPARE(clickers.contactId(bob.row()), QStringLiteral("99"));
    // Back to arrival order.
    clickers.sort(-1);
    QCOMPARE(ids(), QStringLiteral("100 1000 99 7"));
}

void TestClickers::foldedPagesKeepTheSortOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("pageRows");
    const QMetaEnum orders = QMetaEnum::fromType<Qt::SortOrder>();
    for (int column = 0; column < ClickersModel::ColumnCount; ++column)
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder })
            for (const int pageRows : { 10, 60, 500 })
                QTest::addRow("column %d %s, pages of %d", column, orders.valueToKey(order), pageRows)
                    << column << order << pageRows;
}

// While sorted, a folded page moves only the contacts it touched (merged back into the others): after every page
// the order must be the one a whole sort gives. 300 contacts: pages of 10 rows move few of them (each merged by a
// binary search), 60 more (one merging pass), 500 most (a whole sort again). Some rows undated (unknown times sort
// last).
void TestClickers::foldedPagesKeepTheSortOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, pageRows);
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    QAbstractItemModelTester tester(&clickers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    clickers.setUpdateInterval(0);
    clickers.setSendTimeMs(utc("2024-06-25T00:00:00.000Z")); // some first clicks before it: "—" in that column
    clickers.sort(column, order);
    const std::vector<ClickBatch> pages = randomPages(3000, 23, pageRows);
    int page = 0;
    for (const ClickBatch &batch : pages) {
        model.appendBatch(batch);
        ++page;
        if (page % (200 / pageRows + 1) != 0 && page != int(pages.size()))
            continue;
        ClickersModel whole(&proxy); // folds everything at once, then one sort
        whole.setSendTimeMs(clickers.sendTimeMs());
        whole.sort(column, order);
        QCOMPARE(clickers.rowCount(), whole.rowCount());
        for (int r = 0; r < whole.rowCount(); ++r)
            if (clickers.clicker(r).contact != whole.clicker(r).contact)
                QFAIL(qPrintable(QStringLiteral("after page %1, row %2: contact %3, a whole sort has %4")
                                     .arg(page)
                                     .arg(r)
                                     .arg(clickers.contactId(r), whole.contactId(r))));
    }
    QCOMPARE(clickers.totalClicks(), qint64(3000));
}

// Held (its tab hidden), the model folds no page: the pages wait, and are folded in at once when released; a
// filter still applies at once. (The window holds it while the Clicks tab is shown: tst_mainwindow.)
void TestClickers::heldWhileHidden()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    QAbstractItemModelTester tester(&clickers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    clickers.setUpdateInterval(0);
    clickers.sort(ClickersModel::ClicksColumn, Qt::DescendingOrder);
    const std::vector<ClickBatch> pages = randomPages(3000, 29);
    model.appendBatch(pages[0]);
    const int shown = clickers.rowCount();
    QVERIFY(shown > 0);
    clickers.setHeld(true);
    QSignalSpy updated(&clickers, &ClickersModel::updated);
    for (std::size_t i = 1; i < pages.size(); ++i)
        model.appendBatch(pages[i]);
    QTest::qWait(50);
    QCOMPARE(updated.count(), 0);
    QCOMPARE(clickers.rowCount(), shown);
    QCOMPARE(clickers.totalClicks(), qint64(pages[0].rows.size()));
    clickers.setHeld(false);
    QCOMPARE(updated.count(), 1);
    COMPARE_WITH_NAIVE(clickers, proxy);
    QCOMPARE(clickers.totalClicks(), qint64(3000));
    // A filter while held applies at once.
    clickers.setHeld(true);
    proxy.setTextFilter(QStringLiteral("user2"));
    COMPARE_WITH_NAIVE(clickers, proxy);
    proxy.setTextFilter(QString());
    clickers.setHeld(false);
}

void TestClickers::csvRoundTrip()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    clickers.setUpdateInterval(0);
    // Emails that CSV and spreadsheets find hard, a non-ASCII one, and a formula.
    model.appendBatch(makeBatch({
        { utc("2024-05-01T10:05:00.123Z"), "1001", "\"quoted\", with comma@example.com", "L1" },
        { utc("2024-05-01T12:00:00.000Z"), "1001", "\"quoted\", with comma@example.com", "L2" },
        { utc("2024-05-01T09:00:00.000Z"), "1002", "=cmd()@example.com", "L1" },
        { utc("2024-05-01T09:30:00.000Z"), "1003", "jos\xc3\xa9@example.com", "L1" },
        { noDate, "1004", "nodate@example.com", "L1" },
    }));
    clickers.setSendTimeMs(utc("2024-05-01T08:00:00.000Z"));
    clickers.sort(ClickersModel::ClicksColumn, Qt::DescendingOrder);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("clickers.csv"));
    QString error;
    QVERIFY2(ClickersCsv::write(clickers, file, &error), qPrintable(error));
    bool crlf = false;
    const QList<QStringList> rows = readCsvWithPython(file, &crlf);
    QVERIFY(crlf);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[0].join(QLatin1Char(',')),
        QStringLiteral("email_address,contact_id,clicks,links_clicked,first_click,last_click,seconds_to_first_click"));
    // The model's order: most clicks first, then the store's order.
    QCOMPARE(rows[1],
        QStringList({ QStringLiteral("\"quoted\", with comma@example.com"), QStringLiteral("1001"), QStringLiteral("2"),
            QStringLiteral("2"), QStringLiteral("2024-05-01T10:05:00.123Z"), QStringLiteral("2024-05-01T12:00:00.000Z"),
            QStringLiteral("7500") }));
    QCOMPARE(rows[2][0], QStringLiteral("'=cmd()@example.com"));
    QCOMPARE(rows[2][6], QStringLiteral("3600"));
    QCOMPARE(rows[3][0], QStringLiteral("josé@example.com"));
    QCOMPARE(rows[4],
        QStringList({ QStringLiteral("nodate@example.com"), QStringLiteral("1004"), QStringLiteral("1"),
            QStringLiteral("1"), QString(), QString(), QString() }));
    // UTF-8 without BOM.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().startsWith("email_address,"));
}

void TestClickers::csvFailureLeavesNoFile()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("missing-folder/clickers.csv"));
    QString error;
    QVERIFY(!ClickersCsv::write(clickers, file, &error));
    QVERIFY(error.contains(file));
    QVERIFY(!QFile::exists(file));
}

void TestClickers::viewActivatesContactOnEnterAndDoubleClick()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    clickers.setUpdateInterval(0);
    model.appendBatch(handMade());
    ClickersView view;
    view.setModel(&clickers);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &ClickersView::contactActivated);
    QTableView *table = view.tableView();
    // Sorted by clicks, most first: a@ (3 clicks) on top.
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ClickersModel::ClicksColumn));
    QCOMPARE(clickers.contactId(0), QStringLiteral("1001"));
    table->setFocus();
    table->setCurrentIndex(clickers.index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), clickers.contactId(1));
    QTest::keyClick(table, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(activated.count(), 1);
    activated.clear();
    const QRect cell = table->visualRect(clickers.index(0, ClickersModel::EmailColumn));
    QVERIFY(cell.isValid());
    // A double-click as a user makes it: press and release, then the second press as a double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("1001"));
}

void TestClickers::viewSummaryEmptyStatesAndCopy()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    ClickersModel clickers(&proxy);
    clickers.setUpdateInterval(0);
    clickers.setSendTimeMs(sendMs);
    ClickersView view;
    view.setModel(&clickers);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    auto *empty = view.findChild<QLabel *>(QStringLiteral("clickersEmptyLabel"));
    auto *summary = view.findChild<QLabel *>(QStringLiteral("clickersSummaryLabel"));
    QVERIFY(empty && summary);
    QCOMPARE(view.emptyText(), QStringLiteral("No clicks loaded"));
    QVERIFY(empty->isVisible());
    QVERIFY(!view.tableView()->isVisible());

    model.appendBatch(handMade());
    QCOMPARE(view.emptyText(), QString());
    QVERIFY(view.tableView()->isVisible());
    QCOMPARE(summary->text(), QStringLiteral("4 contacts clicked · 7 clicks"));
    QVERIFY(!view.tableView()->accessibleName().isEmpty());
    QVERIFY(!summary->accessibleName().isEmpty());

    proxy.setTextFilter(QStringLiteral("c@example"));
    // "1 contact(s)": the singular comes from the English catalog, which the window installs.
    QVERIFY2(summary->text().startsWith(QStringLiteral("1 contact"))
            && summary->text().endsWith(QStringLiteral(" · 2 clicks")),
        qPrintable(summary->text()));
    proxy.setTextFilter(QStringLiteral("nobody"));
    QCOMPARE(view.emptyText(), QStringLiteral("No contact matches the filter"));
    QVERIFY(empty->isVisible());
    proxy.setTextFilter(QString());

    // Ctrl+C: the selected rows as the table shows them, tab-separated, in the view's order.
    QTableView *table = view.tableView();
    table->setFocus();
    table->selectionModel()->select(clickers.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(clickers.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList first = lines[0].split(QLatin1Char('\t'));
    QCOMPARE(first.size(), int(ClickersModel::ColumnCount));
    QCOMPARE(first[0], QStringLiteral("a@example.com"));
    QCOMPARE(first[2], QStringLiteral("3"));
    QCOMPARE(first[6], QStringLiteral("2 h 5 min"));
    QCOMPARE(lines[1].split(QLatin1Char('\t'))[1], clickers.contactId(2));
}

QTEST_MAIN(TestClickers)
#include "tst_clickers.moc"
