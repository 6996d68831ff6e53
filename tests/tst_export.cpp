// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export (read back by Python's csv module), failures that leave no file, Ctrl+C, and the contact drill-down.
#include "backend/backendfactory.h"
#include "domain/isotime.h"
#include "export/csvwriter.h"
#include "gui/contactdialog.h"
#include "gui/mainwindow.h"
#include "model/clickfilterproxy.h"
#include "model/clicktablemodel.h"
#include "sandboxfixture.h"
#include "testbatches.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace ClickScope;
using namespace ClickScope::Tests;

namespace {

// Rows as Python's csv module reads them back, header first.
QList<QStringList> readBack(const QString &file, bool *crlf)
{
    QProcess py;
    py.start(QStringLiteral("python3"), { QStringLiteral(CLICKSCOPE_TESTS_DIR "/csv_read.py"), file });
    py.waitForFinished(30000);
    const QJsonObject o = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
    *crlf = o.value(QLatin1String("crlf")).toBool();
    QList<QStringList> rows;
    for (const QJsonValue &r : o.value(QLatin1String("rows")).toArray()) {
        QStringList cells;
        for (const QJsonValue &c : r.toArray())
            cells << c.toString();
        rows << cells;
    }
    return rows;
}

bool runExport(const ClickTableModel &model, std::vector<std::uint32_t> rows, const QString &file, QString *error)
{
    CsvExporter exporter(&model, std::move(rows), file);
    QSignalSpy done(&exporter, &CsvExporter::finished);
    exporter.start();
    if (!done.count() && !done.wait(30000))
        return false;
    *error = done.first().at(1).toString();
    return done.first().at(0).toBool();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cells_data();
    void cells();
    void oneDedupRuleInBothOrders();
    void readBackEqualsFilteredRows();
    void exportFromTheWindow();
    void unwritableTargetLeavesNothing_data();
    void unwritableTargetLeavesNothing();
    void diskFullLeavesNothing();
    void copySelectedRows();
    void drillDownShowsTheContact();
    void drillDownOfAVanishedContact();

private:
    std::unique_ptr<MainWindow> openLoadedWindow();
    SandboxFixture m_fx;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClickScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_export"));
    QSettings().clear();
    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 5;
    config.data.campaigns = 3;
    config.data.clicks = 5000;
    config.data.contacts = 900;
    QVERIFY(m_fx.start(config));
}

void TestExport::cells_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << QByteArray("anna@example.com") << QByteArray("anna@example.com");
    QTest::newRow("comma") << QByteArray("\"smith, anna\"@x") << QByteArray("\"\"\"smith, anna\"\"@x\"");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("formula") << QByteArray("=cmd@x") << QByteArray("'=cmd@x");
    QTest::newRow("plus") << QByteArray("+1@x") << QByteArray("'+1@x");
    QTest::newRow("minus") << QByteArray("-1@x") << QByteArray("'-1@x");
    QTest::newRow("at") << QByteArray("@x") << QByteArray("'@x");
    QTest::newRow("tab") << QByteArray("\tx") << QByteArray("'\tx");
    QTest::newRow("formula and comma") << QByteArray("=a,b") << QByteArray("\"'=a,b\"");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("non-ascii") << QStringLiteral("zoë@example.de").toUtf8()
                               << QStringLiteral("zoë@example.de").toUtf8();
}

void TestExport::cells()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, cell);
    std::string out;
    Csv::appendCell(out, value);
    QCOMPARE(QByteArray::fromStdString(out), cell);
}

void TestExport::oneDedupRuleInBothOrders()
{
    // The window's export (any order) and the CLI's stream (by time) drop the same rows: same campaign, link,
    // contact and time. A different value in any one of them is another click.
    const struct {
        const char *campaign, *link, *contact;
        std::int64_t ms;
        bool first;
    } rows[] = {
        { "c", "l1", "p1", 3000, true },
        { "c", "l1", "p1", 3000, false }, // the same click again
        { "c", "l2", "p1", 3000, true },
        { "c", "l1", "p2", 3000, true },
        { "d", "l1", "p1", 3000, true },
        { "c", "l1", "p1", 2000, true }, // same contact and link, another time
        { "c", "l1", "p1", 2000, false },
        { "c", "l1", "p1", noDate, true },
        { "c", "l1", "p1", noDate, false },
    };
    ClickDeduplicator any, byTime(ClickDeduplicator::Order::ByTime);
    for (const auto &r : rows) {
        QCOMPARE(any.firstTime(r.campaign, r.link, r.contact, r.ms), r.first);
        QCOMPARE(byTime.firstTime(r.campaign, r.link, r.contact, r.ms), r.first);
    }
    // What sets them apart: out of time order only Any still knows a click from before.
    QVERIFY(!any.firstTime("c", "l1", "p1", 3000));
    QVERIFY(byTime.firstTime("c", "l1", "p1", 3000));
}

void TestExport::readBackEqualsFilteredRows()
{
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    const qint64 t0 = *parseIsoUtcMs("2024-05-01T10:00:00.123Z");
    model.appendBatch(makeBatch({
        { t0, "1", "\"smith, anna\"@example.com", "11" },
        { t0 - 1000, "2", "\"o\\\"neil\"@example.com", "11" },
        { t0 - 2000, "3", "multi\nline@example.com", "12" },
        { t0 - 3000, "4", QStringLiteral("zoë.müller@example.de").toUtf8(), "12" },
        { t0 - 4000, "5", "=HYPERLINK(\"x\")@example.com", "11" },
        { t0 - 5000, "6", "+sum@example.com", "11" },
        { noDate, "7", "nodate@example.com", "12" },
        { t0 - 6000, "8", "other@elsewhere.test", "11" },
    }));
    // The same click again (a retry or an overlapping load): exported once.
    model.appendBatch(makeBatch({ { t0, "1", "\"smith, anna\"@example.com", "11" } }));
    model.setLinkUrls({ { QStringLiteral("11"), QStringLiteral("https://shop.example.com/sale?a=1,b=2") },
        { QStringLiteral("12"), QStringLiteral("-https://weird.example/") } });
    proxy.setTextFilter(QStringLiteral("example"));
    QCOMPARE(proxy.rowCount(), 8); // all but other@elsewhere.test (the duplicate included)

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("clicks.csv"));
    QString error;
    QVERIFY2(runExport(model, proxy.acceptedSourceRows(), file, &error), qPrintable(error));
    bool crlf = false;
    const QList<QStringList> rows = readBack(file, &crlf);
    QVERIFY(crlf);
    QCOMPARE(rows.value(0),
        QStringList({ QStringLiteral("activity_type"), QStringLiteral("campaign_id"), QStringLiteral("link_id"),
            QStringLiteral("link_url"), QStringLiteral("contact_id"), QStringLiteral("email_address"),
            QStringLiteral("click_date") }));
    QCOMPARE(rows.size(), 1 + 7);
    // Each exported row equals the model's row, with formula cells prefixed by "'".
    const auto safe = [](const QString &v) {
        return !v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()) ? QLatin1Char('\'') + v : v;
    };
    for (int i = 0; i < 7; ++i) {
        const ClickRow r = model.row(int(proxy.acceptedSourceRows()[std::size_t(i)]));
        const QStringList &got = rows[i + 1];
        QCOMPARE(got.size(), 7);
        QCOMPARE(got[0], QStringLiteral("EMAIL_CLICK"));
        QCOMPARE(got[1], r.campaignId);
        QCOMPARE(got[2], r.linkId);
        QCOMPARE(got[3], safe(r.linkUrl));
        QCOMPARE(got[4], r.contactId);
        QCOMPARE(got[5], safe(r.email));
        QCOMPARE(got[6], r.clickMs == noDate ? QString() : QString::fromLatin1(formatIsoUtcMs(r.clickMs)));
    }
    QCOMPARE(rows[1][6], QStringLiteral("2024-05-01T10:00:00.123Z"));
    QCOMPARE(rows[5][5], QStringLiteral("'=HYPERLINK(\"x\")@example.com"));
    QCOMPARE(rows[3][5], QStringLiteral("multi\nline@example.com"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ QStringLiteral("clicks.csv") })); // no temp files
}

std::unique_ptr<MainWindow> TestExport::openLoadedWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setBackend(BackendFactory::createV2(m_fx.client.get()));
    window->resize(1200, 800);
    window->show();
    QSignalSpy ended(window.get(), &MainWindow::clicksLoadEnded);
    window->start();
    if (!ended.wait(30000))
        qWarning("the first load did not end");
    return window;
}

void TestExport::exportFromTheWindow()
{
    auto window = openLoadedWindow();
    window->clickProxy()->setTextFilter(QStringLiteral("example.org"));
    const int filtered = window->clickProxy()->rowCount();
    QVERIFY(filtered > 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("window.csv"));
    QSignalSpy finished(window.get(), &MainWindow::exportFinished);
    window->exportCsvTo(file);
    QVERIFY(finished.count() || finished.wait(30000));
    QVERIFY(finished.first().at(0).toBool());
    bool crlf = false;
    const QList<QStringList> rows = readBack(file, &crlf);
    QCOMPARE(rows.size(), 1 + filtered); // the sandbox never repeats a click
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i][5].contains(QLatin1String("example.org"), Qt::CaseInsensitive));
}

void TestExport::unwritableTargetLeavesNothing_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("parent is a file") << QStringLiteral("%1/a-file/clicks.csv");
    QTest::newRow("read-only file system") << QStringLiteral("/proc/clickscope-test.csv");
}

void TestExport::unwritableTargetLeavesNothing()
{
    QFETCH(QString, target);
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    target = target.arg(dir.path());
    ClickTableModel model;
    model.appendBatch(makeBatch({ { 1, "1", "a@x", "1" } }));
    QString error;
    QVERIFY(!runExport(model, { 0 }, target, &error));
    QVERIFY2(!error.isEmpty() && error.contains(target), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ QStringLiteral("a-file") }));
}

void TestExport::diskFullLeavesNothing()
{
    // A real full disk: a 64 KiB tmpfs. Needs mount(8) rights (CI runs as root); without them this is reported as
    // skipped, not passed.
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("tiny"));
    QDir().mkpath(mountPoint);
    QProcess mount;
    mount.start(QStringLiteral("mount"),
        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
            QStringLiteral("tmpfs"), mountPoint });
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
        QSKIP("cannot mount a small tmpfs here (needs root); the full-disk case is not exercised");
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), { mountPoint }); });
    ClickTableModel model;
    {
        // The campaign with the most clicks.
        const auto &all = m_fx.sandbox->dataset().campaigns();
        const auto biggest = std::max_element(
            all.begin(), all.end(), [](const auto &a, const auto &b) { return a.clickCount < b.clickCount; });
        std::unique_ptr<Pager> pager(m_fx.v2->clickPager(QString::number(biggest->id), QString(), noDate));
        connect(pager.get(), &Pager::batchReady, &model, &ClickTableModel::appendBatch);
        QVERIFY(runPager(pager.get()).finished);
    }
    QVERIFY(model.rowCount() > 1000); // well over 64 KiB of CSV
    std::vector<std::uint32_t> rows(std::size_t(model.rowCount()));
    std::iota(rows.begin(), rows.end(), 0U);
    const QString target = mountPoint + QStringLiteral("/clicks.csv");
    QString error;
    QVERIFY(!runExport(model, rows, target, &error));
    QVERIFY2(!error.isEmpty(), "a full disk must be reported");
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestExport::copySelectedRows()
{
    auto window = openLoadedWindow();
    auto *table = window->findChild<QTableView *>(QStringLiteral("clickTable"));
    table->setFocus();
    table->selectionModel()->select(QItemSelection(table->model()->index(2, 0), table->model()->index(4, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList cells = lines[0].split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), ClickTableModel::ColumnCount);
    QCOMPARE(
        cells[ClickTableModel::EmailColumn], table->model()->index(2, ClickTableModel::EmailColumn).data().toString());
}

void TestExport::drillDownShowsTheContact()
{
    auto window = openLoadedWindow();
    auto *table = window->findChild<QTableView *>(QStringLiteral("clickTable"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 1));
    const QString contactId = table->model()->index(3, ClickTableModel::ContactIdColumn).data().toString();
    QTest::keyClick(table, Qt::Key_Return); // Enter opens the contact
    ContactDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ContactDialog *>()) != nullptr);
    QCOMPARE(dialog->contactId(), contactId);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isComplete(), 30000);
    const std::uint32_t contact = std::uint32_t(contactId.toUInt() - 1);
    const auto &d = m_fx.sandbox->dataset();
    QVERIFY2(
        dialog->detailsText().contains(QString::fromUtf8(d.firstName(contact))), qPrintable(dialog->detailsText()));
    QVERIFY(dialog->detailsText().contains(QString::fromUtf8(d.lastName(contact))));
    QVERIFY(dialog->detailsText().contains(QString::fromUtf8(d.email(contact))));
    QCOMPARE(dialog->activityRows(), int(d.contactActivities(contact, std::nullopt).size()));
    // Cached for the session: opening it again sends nothing.
    const qsizetype requests = m_fx.sandbox->requestLog().size();
    dialog->close();
    QTRY_VERIFY(window->findChild<ContactDialog *>() == nullptr);
    window->openContactForRow(3);
    QTRY_VERIFY((dialog = window->findChild<ContactDialog *>()) != nullptr);
    QVERIFY(dialog->isComplete());
    QCOMPARE(m_fx.sandbox->requestLog().size(), requests);
}

void TestExport::drillDownOfAVanishedContact()
{
    auto window = openLoadedWindow();
    m_fx.sandbox->setFaultPlan(*ClickScope::Sandbox::FaultPlan::parse(QStringLiteral("contact:*:status=404")));
    window->openContactForRow(window->clickProxy()->rowCount() - 1);
    ContactDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ContactDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isComplete(), 30000);
    QVERIFY2(dialog->detailsText().contains(QLatin1String("no longer exists")), qPrintable(dialog->detailsText()));
    m_fx.sandbox->setFaultPlan({});
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
