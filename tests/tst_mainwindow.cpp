// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform against the sandbox: pick a campaign and a link by objectName, wait for
// every row, filter, compare the footer and the chart with the proxy, cancel midway, and see the error states.
#include "backend/backendfactory.h"
#include "gui/clickchartview.h"
#include "gui/contactdialog.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "gui/preferencesdialog.h"
#include "i18n.h"
#include "model/clickfilterproxy.h"
#include "model/clickseries.h"
#include "model/clicktablemodel.h"
#include "sandbox/v3ids.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>

using namespace ClickScope;
using namespace ClickScope::Tests;
using ClickScope::Sandbox::FaultPlan;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void welcomeWithoutCredentials();
    void chooseCampaignAndLinkThenFilter();
    void cancelMidway();
    void cacheReopensAtOnceAndWorksOffline();
    void refreshShowsNewClicksFirst();
    void unauthorizedShowsCredentials();
    void serverErrorOffersRetryAndKeepsRows();
    void remembersLastCampaignAndLink();
    void preferencesOverrideTheLanguage();
    void welcomeLeadsWithSignIn();
    void v3AccountLoadsACampaignWithItsResend();
    void v3UnauthorizedOffersSignIn();
    void fetchSinceNeverDropsLoadedClicks();
    void summaryLabelsEveryCount();
    void searchingCampaignsOpensNothing();
    void shortcutsWorkFromEveryFocus();
    void nothingLoadedMeansNothingToDo();
    void dateRangeFollowsTheClicks();
    void timesSayTheirZone();
    void usableAt1024By640();
    void demoFromTheWelcomePanelGetsTheSameLayout();
    void chartZoomNarrowsTheTable();
    void clickersTabListsEngagedReaders();
    void spreadsheetExportReadsInExcel();
    void contactDialogSpeaksWords_data();
    void contactDialogSpeaksWords();

private:
    void openWindow();
    void checkContactDialog(TrackingBackend *backend, const QString &contactId, std::uint32_t contact);
    std::unique_ptr<TrackingBackend> v3Backend(const QString &token);
    int selectCampaign(int datasetIndex);
    void selectLinkRow(int row);
    int openCampaignIndex() const;
    void refresh();
    void reload();
    std::vector<ExpectedClick> tableRows() const;

    SandboxFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClickScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // English as the app runs it: the source texts plus the English catalog's plural forms ("1 request").
    I18n::install(QCoreApplication::instance(), QStringLiteral("en"));
    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 21;
    config.data.campaigns = 6;
    config.data.clicks = 9000;
    config.data.contacts = 2000;
    QVERIFY(m_fx.start(config));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_fx.sandbox->setFaultPlan({});
    m_fx.setCredentials(
        Credentials::v2(QStringLiteral("clickscope-demo-key"), QStringLiteral("clickscope-demo-token")));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setBackend(BackendFactory::createV2(m_fx.client.get()));
    m_window->resize(1280, 800);
    m_window->show();
    m_window->start();
    auto *campaigns = m_window->findChild<QListView *>(QStringLiteral("campaignList"));
    QVERIFY(campaigns);
    // The newest campaign opens by itself and loads "All links"; wait for that first load.
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    QTRY_VERIFY(campaigns->model()->rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, 30000);
}

int TestMainWindow::openCampaignIndex() const
{
    const auto *list = m_window->findChild<QListView *>(QStringLiteral("campaignList"));
    return m_fx.sandbox->dataset().campaignIndexForId(list->currentIndex().data(Qt::UserRole + 1).toLongLong());
}

void TestMainWindow::reload()
{
    m_window->loadSelectedClicks();
}

void TestMainWindow::refresh()
{
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
}

int TestMainWindow::selectCampaign(int datasetIndex)
{
    auto *list = m_window->findChild<QListView *>(QStringLiteral("campaignList"));
    const QString id = m_fx.campaignId(datasetIndex);
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const QModelIndex index = list->model()->index(r, 0);
        if (index.data(Qt::UserRole + 1).toString() == id) {
            list->setCurrentIndex(index);
            return r;
        }
    }
    return -1;
}

void TestMainWindow::selectLinkRow(int row)
{
    auto *links = m_window->findChild<QTreeView *>(QStringLiteral("linkList"));
    QTRY_VERIFY(links->model()->rowCount() > row);
    links->setCurrentIndex(links->model()->index(row, 0));
}

void TestMainWindow::welcomeWithoutCredentials()
{
    m_fx.setCredentials({});
    MainWindow window;
    window.setBackend(BackendFactory::createV2(m_fx.client.get()));
    window.show();
    window.start();
    auto *demo = window.findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
    auto *enter = window.findChild<QPushButton *>(QStringLiteral("enterCredentialsButton"));
    QVERIFY(demo && enter);
    QVERIFY(demo->isVisible());
    QVERIFY(enter->isVisible());
    QSignalSpy demoSpy(&window, &MainWindow::demoRequested);
    QSignalSpy credSpy(&window, &MainWindow::credentialsRequested);
    QTest::mouseClick(demo, Qt::LeftButton);
    QTest::mouseClick(enter, Qt::LeftButton);
    QCOMPARE(demoSpy.count(), 1);
    QCOMPARE(credSpy.count(), 1);
    QCOMPARE(m_fx.sandbox->requestLog().size(), 0); // nothing sent without credentials
    auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
    QVERIFY(text->text().contains(QLatin1String("v2 API key")));
    QVERIFY(!text->text().contains(QLatin1String("keychain")));
    // All of it shows: the label is as tall as its text needs at its width.
    QTRY_VERIFY2(text->visibleRegion().boundingRect().height() >= text->heightForWidth(text->width()),
        qPrintable(QStringLiteral("%1 px visible, needs %2")
                       .arg(text->visibleRegion().boundingRect().height())
                       .arg(text->heightForWidth(text->width()))));
    // Also after a larger font (a system text-size setting) arrives.
    QFont larger = text->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    text->setFont(larger);
    QTRY_VERIFY2(text->visibleRegion().boundingRect().height() >= text->heightForWidth(text->width()),
        qPrintable(QStringLiteral("%1 px visible, needs %2")
                       .arg(text->visibleRegion().boundingRect().height())
                       .arg(text->heightForWidth(text->width()))));
    // Without a keychain the panel says so, once, however often it is shown.
    window.setKeychainProblem(QStringLiteral("No D-Bus session"));
    window.start();
    window.start();
    QCOMPARE(text->text().count(QLatin1String("No D-Bus session")), 1);
}

void TestMainWindow::chooseCampaignAndLinkThenFilter()
{
    openWindow();
    // A SENT campaign other than the one that opened by itself.
    int campaign = -1;
    const auto &all = m_fx.sandbox->dataset().campaigns();
    for (std::size_t i = 0; i < all.size() && campaign < 0; ++i)
        if (all[i].status == ClickScope::Sandbox::CampaignStatus::Sent && int(i) != openCampaignIndex())
            campaign = int(i);
    const auto &c = all[std::size_t(campaign)];
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    QVERIFY(selectCampaign(campaign) >= 0);
    // Opening a campaign loads "All links"; wait for it, then choose the first link.
    QTRY_VERIFY(ended.count() >= 1);
    ended.clear();
    selectLinkRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    ClickTableModel *model = m_window->clickModel();
    QCOMPARE(model->rowCount(), int(c.links[0].clicks.size()));
    // One page, one request, in the singular.
    QVERIFY(c.links[0].clicks.size() < 500);
    QVERIFY2(m_window->statusBar()->currentMessage().endsWith(QLatin1String("(1 request).")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(model->index(0, ClickTableModel::LinkUrlColumn).data().toString(), QString::fromUtf8(c.links[0].url));

    // The summary shows the campaign's tracking numbers.
    const auto summary = m_fx.sandbox->dataset().campaignSummary(campaign);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("sendsValue"))->text(), QLocale().toString(summary.sends));

    // Type a filter; the proxy, the footer and the chart follow.
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("EXAMPLE.ORG"));
    int want = 0;
    QSet<QString> contacts;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString email = model->index(r, ClickTableModel::EmailColumn).data().toString();
        const QString id = model->index(r, ClickTableModel::ContactIdColumn).data().toString();
        if (email.contains(QLatin1String("example.org"), Qt::CaseInsensitive)
            || id.contains(QLatin1String("example.org"))) {
            ++want;
            contacts.insert(id);
        }
    }
    QVERIFY(want > 0 && want < model->rowCount());
    QTRY_COMPARE(m_window->clickProxy()->rowCount(), want);
    const QLocale locale;
    QCOMPARE(m_window->footerText(),
        QStringLiteral("%1 of %2 clicks · %3 contacts")
            .arg(locale.toString(want), locale.toString(model->rowCount()), locale.toString(contacts.size())));
    auto *chart = m_window->findChild<ClickChartView *>(QStringLiteral("chartView"));
    QVERIFY(chart);
    QTRY_COMPARE(chart->plottedClicks() + m_window->clickSeries()->undatedClicks(), qint64(want));
    QVERIFY(chart->plottedPoints() > 0);

    // Ctrl+F focuses the filter.
    m_window->findChild<QListView *>(QStringLiteral("campaignList"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
}

void TestMainWindow::cancelMidway()
{
    openWindow();
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:latency=60")));
    const auto &c = m_fx.sandbox->dataset().campaigns()[std::size_t(openCampaignIndex())];
    reload(); // "All links" again, slowly
    QTRY_VERIFY(m_window->clickModel()->rowCount() >= 1000);
    auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_window->isLoading());
    QVERIFY(!cancel->isVisible());
    const int kept = m_window->clickModel()->rowCount();
    QVERIFY(kept > 0 && kept < int(c.clickCount));
    QTest::qWait(300);
    QCOMPARE(m_window->clickModel()->rowCount(), kept);
    // The window says the rows are partial, how many of about how many, and offers to go on.
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    const QLocale locale;
    QVERIFY2(bar->text().contains(
                 QStringLiteral("%1 of about %2 clicks").arg(locale.toString(kept), locale.toString(c.clickCount))),
        qPrintable(bar->text()));
    QVERIFY2(m_window->footerText().contains(QLatin1String("partial")), qPrintable(m_window->footerText()));
    QCOMPARE(bar->actionButton()->text(), QStringLiteral("Continue"));
    m_fx.sandbox->setFaultPlan({});
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    QCOMPARE(m_window->clickModel()->rowCount(), int(c.clickCount));
    QVERIFY(tableRows() == expectedClicks(m_fx.sandbox->dataset(), openCampaignIndex(), -1)); // none twice
    QVERIFY2(!m_window->footerText().contains(QLatin1String("partial")), qPrintable(m_window->footerText()));
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::cacheReopensAtOnceAndWorksOffline()
{
    // With the account's cache: the first open loads from the API and keeps the clicks; the next open shows them
    // from the cache and asks only for newer ones; with the API gone, everything cached is still there and the window
    // says it is offline; Reload from Server walks every page again.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const auto byTime = [](std::vector<ExpectedClick> rows) {
        std::sort(rows.begin(), rows.end(), [](const ExpectedClick &a, const ExpectedClick &b) {
            return std::tie(a.ms, a.contactId, a.linkId, a.email) < std::tie(b.ms, b.contactId, b.linkId, b.email);
        });
        return rows;
    };
    const auto clickRequests = [this] {
        int n = 0;
        for (const auto &r : m_fx.sandbox->requestLog())
            n += r.target.contains("/tracking/clicks") ? 1 : 0;
        return n;
    };
    const auto openWith = [this](std::unique_ptr<TrackingBackend> backend) {
        QVERIFY(backend);
        m_window = std::make_unique<MainWindow>();
        m_window->setBackend(std::move(backend));
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
        m_window->start();
        QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, 30000);
    };
    m_fx.sandbox->clearRequestLog();
    openWith(BackendFactory::withCache(BackendFactory::createV2(m_fx.client.get()), path));
    const int campaign = openCampaignIndex();
    const auto want = byTime(expectedClicks(m_fx.sandbox->dataset(), campaign, -1));
    const int fullRequests = clickRequests();
    QVERIFY(fullRequests > 1);
    QVERIFY(byTime(tableRows()) == want);
    QVERIFY2(m_window->footerText().contains(QStringLiteral(" · as of ")), qPrintable(m_window->footerText()));
    auto *reload = m_window->findChild<QAction *>(QStringLiteral("actionReloadFromServer"));
    QVERIFY(reload && reload->isVisible() && reload->isEnabled());

    // Opened again: every click from the cache, one request for what is newer.
    m_window.reset();
    m_fx.sandbox->clearRequestLog();
    openWith(BackendFactory::withCache(BackendFactory::createV2(m_fx.client.get()), path));
    QVERIFY(byTime(tableRows()) == want);
    QCOMPARE(clickRequests(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Loaded %1 clicks from the cache; none is new")
                     .arg(QLocale().toString(qlonglong(want.size())))),
        qPrintable(m_window->statusBar()->currentMessage()));
    auto *offline = m_window->findChild<QLabel *>(QStringLiteral("offlineLabel"));
    QVERIFY(offline && !offline->isVisible());

    // Reload from Server: the cache's copy goes, every page is asked for again, the same rows arrive.
    m_fx.sandbox->clearRequestLog();
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    reload = m_window->findChild<QAction *>(QStringLiteral("actionReloadFromServer"));
    reload->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, 30000);
    QCOMPARE(clickRequests(), fullRequests);
    QVERIFY(byTime(tableRows()) == want);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Loaded ")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QLatin1String("cache")));

    // The API gone (nobody listens on port 1): campaigns, the campaign and its clicks come from the cache.
    m_window.reset();
    auto client = std::make_unique<HttpClient>(m_fx.network.get());
    QVERIFY(client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))));
    client->setAuthenticator(V2KeyAuthenticator::make(
        Credentials::v2(QStringLiteral("clickscope-demo-key"), QStringLiteral("clickscope-demo-token"))));
    RetryPolicy once;
    once.attempts = 1;
    client->setRetryPolicy(once);
    client->rateLimiter()->setRate(0);
    openWith(BackendFactory::withCache(BackendFactory::createV2(client.get()), path));
    QCOMPARE(openCampaignIndex(), campaign);
    QVERIFY(byTime(tableRows()) == want);
    offline = m_window->findChild<QLabel *>(QStringLiteral("offlineLabel"));
    QVERIFY(offline->isVisible());
    QVERIFY2(offline->text().startsWith(QLatin1String("Offline since ")), qPrintable(offline->text()));
    auto *bar = m_window->findChild<MessageBar *>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY2(
        bar->text().startsWith(QLatin1String("Offline: Constant Contact cannot be reached")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(
                 QStringLiteral("Showing the %1 clicks in the cache").arg(QLocale().toString(qlonglong(want.size())))),
        qPrintable(bar->text()));
    // Not "partial": what the cache holds was complete when it was last synced, and the footer says when.
    QVERIFY2(m_window->footerText().contains(QStringLiteral(" · as of ")), qPrintable(m_window->footerText()));
    QVERIFY(!m_window->footerText().contains(QLatin1String("partial")));
    // Refresh while offline: it reads only the newest cached clicks, but the bar counts what the table shows.
    QSignalSpy again(m_window.get(), &MainWindow::clicksLoadEnded);
    refresh();
    QTRY_VERIFY_WITH_TIMEOUT(again.count() >= 1, 30000);
    QCOMPARE(m_window->clickModel()->rowCount(), int(want.size()));
    QVERIFY2(bar->isVisible()
            && bar->text().contains(
                QStringLiteral("Showing the %1 clicks in the cache").arg(QLocale().toString(qlonglong(want.size())))),
        qPrintable(bar->text()));
    m_window.reset(); // before the client it uses
}

void TestMainWindow::refreshShowsNewClicksFirst()
{
    // A sandbox of its own gains clicks after the campaign is loaded (the shared one stays as generated): Refresh
    // adds exactly those, and they are on top of the table, not below the thousands already there.
    SandboxFixture fx;
    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 31;
    config.data.campaigns = 3;
    config.data.clicks = 3000;
    QVERIFY(fx.start(config));
    QTemporaryDir dir;
    m_window = std::make_unique<MainWindow>();
    m_window->setBackend(
        BackendFactory::withCache(BackendFactory::createV2(fx.client.get()), dir.filePath(QStringLiteral("c.sqlite"))));
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    m_window->start();
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, 30000);
    const auto *list = m_window->findChild<QListView *>(QStringLiteral("campaignList"));
    const QString id = list->currentIndex().data(Qt::UserRole + 1).toString();
    const int before = m_window->clickModel()->rowCount();
    QVERIFY(before > 100);
    QCOMPARE(fx.sandbox->addClicks(25, id), 25);
    ended.clear();
    refresh();
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, 30000);
    QCOMPARE(m_window->clickModel()->rowCount(), before + 25);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Added 25 clicks")),
        qPrintable(m_window->statusBar()->currentMessage()));
    // The table's first row is the newest click there is.
    const ClickStore &store = m_window->clickModel()->store();
    std::int64_t newest = INT64_MIN;
    for (std::size_t r = 0; r < store.size(); ++r)
        newest = std::max(newest, store.at(std::uint32_t(r)).clickMs);
    const auto *proxy = m_window->findChild<QTableView *>(QStringLiteral("clickTable"))->model();
    const ClickRow top = m_window->clickModel()->row(
        static_cast<const ClickFilterProxy *>(proxy)->mapToSource(proxy->index(0, 0)).row());
    QCOMPARE(top.clickMs, newest);
    // That order was ClickScope's, not the user's: the next campaign loads in arrival order again (a sorted table
    // would sort all over at every page).
    auto *header = m_window->findChild<QTableView *>(QStringLiteral("clickTable"))->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(ClickTableModel::TimeColumn));
    ended.clear();
    auto *campaigns = m_window->findChild<QListView *>(QStringLiteral("campaignList"));
    campaigns->setCurrentIndex(campaigns->model()->index(1, 0));
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, 30000);
    QCOMPARE(header->sortIndicatorSection(), -1);
    m_window.reset();
}

std::vector<ExpectedClick> TestMainWindow::tableRows() const
{
    std::vector<ExpectedClick> out;
    const ClickTableModel *model = m_window->clickModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        const ClickRow row = model->row(r);
        out.push_back({ row.contactId.toUtf8(), row.email.toUtf8(), row.linkId.toUtf8(), row.clickMs });
    }
    return out;
}

void TestMainWindow::fetchSinceNeverDropsLoadedClicks()
{
    // What the user did: everything loaded, "Fetch since" a date after every click, Refresh. Before, the table was
    // emptied ("Loaded 0 clicks", "No clicks loaded").
    openWindow();
    const int campaign = openCampaignIndex();
    const auto want = expectedClicks(m_fx.sandbox->dataset(), campaign, -1);
    QCOMPARE(m_window->clickModel()->rowCount(), int(want.size()));
    m_window->findChild<QCheckBox *>(QStringLiteral("sinceCheck"))->setChecked(true);
    m_window->findChild<QDateEdit *>(QStringLiteral("sinceEdit"))->setDate(QDate::currentDate().addDays(1));
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    refresh();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    QVERIFY(tableRows() == want);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QLatin1String("No new clicks")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->footerText().contains(QLatin1String("No clicks")));
    // A refresh while a load was stopped goes on instead of starting over.
    m_window->findChild<QCheckBox *>(QStringLiteral("sinceCheck"))->setChecked(false);
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:latency=60")));
    reload();
    QTRY_VERIFY(m_window->clickModel()->rowCount() >= 500);
    m_window->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    m_fx.sandbox->setFaultPlan({});
    ended.clear();
    refresh();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    QVERIFY(tableRows() == want);
}

void TestMainWindow::summaryLabelsEveryCount()
{
    // v2: the summary's "clicks" are unique clickers; the link list counts clicks. Both are shown, each under its
    // own name, with the open rate and the click-to-open rate; once all links are loaded, both counts per link.
    openWindow();
    const int campaign = openCampaignIndex();
    const auto summary = m_fx.sandbox->dataset().campaignSummary(campaign);
    const auto text = [this](const char *name) { return m_window->findChild<QLabel *>(QLatin1String(name))->text(); };
    const QLocale locale;
    QCOMPARE(text("clicksLabel"), QStringLiteral("Clickers"));
    QCOMPARE(text("clicksValue"), locale.toString(summary.clicks));
    QCOMPARE(text("totalClicksLabel"), QStringLiteral("Clicks"));
    const auto want = expectedClicks(m_fx.sandbox->dataset(), campaign, -1);
    QCOMPARE(text("totalClicksValue"), locale.toString(qint64(want.size())));
    QCOMPARE(text("opensLabel"), QStringLiteral("Openers"));
    const double delivered = double(summary.sends - summary.bounces);
    QCOMPARE(
        text("openRateValue"), locale.toString(double(summary.opens) / delivered * 100.0, 'f', 1) + locale.percent());
    QCOMPARE(text("clickToOpenValue"),
        locale.toString(double(summary.clicks) / double(summary.opens) * 100.0, 'f', 1) + locale.percent());
    // The link list: "All links" has the loaded clicks and the distinct contacts.
    auto *links = m_window->findChild<QTreeView *>(QStringLiteral("linkList"));
    QSet<QByteArray> contacts;
    for (const auto &c : want)
        contacts.insert(c.contactId);
    QCOMPARE(links->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Clicks"));
    QCOMPARE(links->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Clickers"));
    QCOMPARE(links->model()->index(0, 1).data().toString(), locale.toString(qint64(want.size())));
    QCOMPARE(links->model()->index(0, 2).data().toString(), locale.toString(qint64(contacts.size())));
    // Per link: the same, counted from the generator.
    const auto &c = m_fx.sandbox->dataset().campaigns()[std::size_t(campaign)];
    for (int l = 0; l < int(c.links.size()); ++l) {
        const auto linkClicks = expectedClicks(m_fx.sandbox->dataset(), campaign, l);
        QSet<QByteArray> linkContacts;
        for (const auto &k : linkClicks)
            linkContacts.insert(k.contactId);
        QCOMPARE(links->model()->index(l + 1, 1).data().toString(), locale.toString(qint64(linkClicks.size())));
        QCOMPARE(links->model()->index(l + 1, 2).data().toString(), locale.toString(qint64(linkContacts.size())));
    }
}

void TestMainWindow::searchingCampaignsOpensNothing()
{
    openWindow();
    const QString open = m_window->findChild<QListView *>(QStringLiteral("campaignList"))
                             ->currentIndex()
                             .data(Qt::UserRole + 1)
                             .toString();
    const int requests = int(m_fx.sandbox->requestLog().size());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("campaignSearch"));
    // Narrow the list to another campaign only (its name's distinctive tail), then to nothing, then back.
    const auto &all = m_fx.sandbox->dataset().campaigns();
    QString other;
    for (std::size_t i = 0; i < all.size() && other.isEmpty(); ++i)
        if (m_fx.campaignId(int(i)) != open && all[i].status == ClickScope::Sandbox::CampaignStatus::Sent)
            other = QString::fromUtf8(all[i].name);
    QVERIFY(!other.isEmpty());
    search->setFocus();
    for (qsizetype n = 1; n <= other.size(); ++n) // as typed, a character at a time (names hold non-ASCII dashes)
        search->setText(other.left(n));
    QTest::qWait(200);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzzz-no-such-campaign"));
    QTest::qWait(200);
    search->clear();
    QTest::qWait(200);
    QCOMPARE(int(m_fx.sandbox->requestLog().size()), requests); // nothing was opened or loaded
    QVERIFY(!m_window->isLoading());
    QCOMPARE(m_window->findChild<QListView *>(QStringLiteral("campaignList"))
                 ->currentIndex()
                 .data(Qt::UserRole + 1)
                 .toString(),
        open);
}

void TestMainWindow::shortcutsWorkFromEveryFocus()
{
    openWindow();
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QAction *exportAction = m_window->findChild<QAction *>(QStringLiteral("actionExportCsv"));
    QVERIFY(exportAction->isEnabled());
    // Ctrl+F puts the focus in the filter; Ctrl+E (which a line edit takes for "end of line") still exports.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QSignalSpy exports(exportAction, &QAction::triggered);
    QTimer::singleShot(300, this, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(exports.count(), 1);
    // Esc in the filter clears it (and cancels nothing).
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("example.org"));
    QTRY_VERIFY(m_window->clickProxy()->rowCount() < m_window->clickModel()->rowCount());
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QTRY_COMPARE(m_window->clickProxy()->rowCount(), m_window->clickModel()->rowCount());
    // Help has the shortcuts and a guide.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionShortcuts")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionGuide")));
}

void TestMainWindow::nothingLoadedMeansNothingToDo()
{
    m_fx.setCredentials({});
    MainWindow window;
    window.setBackend(BackendFactory::createV2(m_fx.client.get()));
    window.show();
    window.start();
    for (const char *name :
        { "actionRefresh", "actionFindFilter", "actionResetZoom", "actionExportCsv", "actionSaveChart" })
        QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
}

void TestMainWindow::dateRangeFollowsTheClicks()
{
    openWindow();
    const auto want = expectedClicks(m_fx.sandbox->dataset(), openCampaignIndex(), -1);
    qint64 first = INT64_MAX, last = INT64_MIN;
    for (const auto &c : want) {
        first = std::min(first, c.ms);
        last = std::max(last, c.ms);
    }
    auto *fromEdit = m_window->findChild<QDateTimeEdit *>(QStringLiteral("fromEdit"));
    auto *toEdit = m_window->findChild<QDateTimeEdit *>(QStringLiteral("toEdit"));
    QCOMPARE(fromEdit->date(), QDateTime::fromMSecsSinceEpoch(first).date());
    QCOMPARE(toEdit->date(), QDateTime::fromMSecsSinceEpoch(last).date());
    // Ticking From and To as they stand keeps every click: whole days, the last day included.
    m_window->findChild<QCheckBox *>(QStringLiteral("fromCheck"))->setChecked(true);
    m_window->findChild<QCheckBox *>(QStringLiteral("toCheck"))->setChecked(true);
    QTRY_COMPARE(m_window->clickProxy()->rowCount(), int(want.size()));
    // From after To moves To along; To cannot go before From.
    fromEdit->setDate(toEdit->date().addDays(2));
    QCOMPARE(toEdit->date(), fromEdit->date());
    toEdit->setDate(fromEdit->date().addDays(-5));
    QCOMPARE(toEdit->date(), fromEdit->date());
    QTRY_COMPARE(m_window->clickProxy()->rowCount(), 0);
    // The empty table says why, and goes when a click shows again.
    auto *why = m_window->findChild<QLabel *>(QStringLiteral("clickTableEmptyLabel"));
    QVERIFY(why);
    QTRY_VERIFY(why->isVisible());
    QVERIFY2(why->text().contains(QLocale().toString(qint64(want.size()))), qPrintable(why->text()));
    QVERIFY2(why->text().contains(QLatin1String("From and To")), qPrintable(why->text()));

    // While a load runs, unticked From/To show the days loaded so far (they showed the last range, here days that
    // hold no click), so that ticking From mid-load keeps the loaded clicks of its day and after.
    m_window->findChild<QCheckBox *>(QStringLiteral("fromCheck"))->setChecked(false);
    m_window->findChild<QCheckBox *>(QStringLiteral("toCheck"))->setChecked(false);
    QTRY_VERIFY(!why->isVisible());
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:latency=60")));
    reload();
    QTRY_VERIFY(m_window->clickModel()->rowCount() >= 1000);
    QVERIFY(m_window->isLoading());
    const ClickStore &store = m_window->clickModel()->store();
    QCOMPARE(fromEdit->date(), QDateTime::fromMSecsSinceEpoch(store.minMs()).date());
    QCOMPARE(toEdit->date(), QDateTime::fromMSecsSinceEpoch(store.maxMs()).date());
    QVERIFY(m_window->isLoading()); // not the end of the load's doing
    const int loaded = m_window->clickModel()->rowCount();
    m_window->findChild<QCheckBox *>(QStringLiteral("fromCheck"))->setChecked(true);
    QVERIFY(m_window->clickProxy()->rowCount() > 0);
    QVERIFY(m_window->clickProxy()->rowCount() <= loaded);
    m_fx.sandbox->setFaultPlan({});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 30000);
    // Ticked, From stayed where it was; the clicks of its day and after are all shown.
    const qint64 fromMs = QDateTime(fromEdit->date(), QTime(0, 0)).toMSecsSinceEpoch();
    const auto shown = std::count_if(want.begin(), want.end(), [fromMs](const auto &c) { return c.ms >= fromMs; });
    QCOMPARE(m_window->clickProxy()->rowCount(), int(shown));
}

void TestMainWindow::timesSayTheirZone()
{
    openWindow();
    ClickTableModel *model = m_window->clickModel();
    QVERIFY(!model->headerData(ClickTableModel::TimeColumn, Qt::Horizontal).toString().contains(QLatin1String("UTC"))
        || QTimeZone::systemTimeZoneId().contains("UTC"));
    QAction *utc = m_window->findChild<QAction *>(QStringLiteral("actionShowUtc"));
    QVERIFY(utc);
    utc->setChecked(true);
    QCOMPARE(
        model->headerData(ClickTableModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Click time (UTC)"));
    const qint64 ms = model->row(0).clickMs;
    QCOMPARE(model->index(0, ClickTableModel::TimeColumn).data().toString(),
        QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    utc->setChecked(false);
    QCOMPARE(model->index(0, ClickTableModel::TimeColumn).data().toString(),
        QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void TestMainWindow::unauthorizedShowsCredentials()
{
    openWindow();
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:2:status=401")));
    QSignalSpy credentials(m_window.get(), &MainWindow::credentialsRequested);
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    reload();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QLatin1String("rejected the credentials")), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QLatin1String("Injected fault: HTTP 401")));
    QCOMPARE(credentials.count(), 1);
    QCOMPARE(m_window->clickModel()->rowCount(), 500); // the first page stays
    QCOMPARE(bar->actionButton()->text(), QStringLiteral("Enter Credentials…"));
}

void TestMainWindow::serverErrorOffersRetryAndKeepsRows()
{
    openWindow();
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:3-7:status=503")));
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    const int campaign = openCampaignIndex();
    reload();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QLocale().toString(1000)), qPrintable(bar->text()));
    QCOMPARE(m_window->clickModel()->rowCount(), 1000);
    QCOMPARE(bar->actionButton()->text(), QStringLiteral("Retry"));
    // The bar is as tall as its text at its width, not the several lines a word-wrapped label asks for by itself.
    QTRY_COMPARE(bar->height(), bar->heightForWidth(bar->width()));
    QVERIFY(bar->height() < 4 * bar->fontMetrics().lineSpacing());
    m_fx.sandbox->setFaultPlan({});
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 30000);
    QCOMPARE(
        m_window->clickModel()->rowCount(), int(m_fx.sandbox->dataset().campaigns()[std::size_t(campaign)].clickCount));
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::remembersLastCampaignAndLink()
{
    openWindow();
    const auto &all = m_fx.sandbox->dataset().campaigns();
    int second = -1;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].status == ClickScope::Sandbox::CampaignStatus::Sent && int(i) != openCampaignIndex()) {
            second = int(i);
            break;
        }
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    selectCampaign(second);
    QTRY_VERIFY(ended.count() >= 1);
    selectLinkRow(2);
    QTRY_VERIFY(ended.count() >= 2);
    m_window->close();
    m_window.reset();
    QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QLatin1String("clickscope-demo")));

    openWindow();
    auto *links = m_window->findChild<QTreeView *>(QStringLiteral("linkList"));
    QTRY_COMPARE(m_window->findChild<QListView *>(QStringLiteral("campaignList"))
                     ->currentIndex()
                     .data(Qt::UserRole + 1)
                     .toString(),
        m_fx.campaignId(second));
    QTRY_COMPARE(links->currentIndex().row(), 2);
}

void TestMainWindow::preferencesOverrideTheLanguage()
{
    openWindow();
    const auto choose = [this](const QString &code) {
        m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) != nullptr);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5); // the system's, then Deutsch, English, Español, Français
        combo->setCurrentIndex(combo->findData(code));
        QVERIFY(combo->currentIndex() >= 0);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(m_window->findChild<PreferencesDialog *>() == nullptr);
    };
    auto *bar = m_window->findChild<MessageBar *>(QStringLiteral("messageBar"));

    choose(QStringLiteral("fr"));
    QCOMPARE(QSettings().value(I18n::settingsKey()).toString(), QStringLiteral("fr"));
    QCOMPARE(I18n::savedLanguage(), QStringLiteral("fr"));
    QVERIFY2(bar->isVisible() && bar->text().contains(QLatin1String("next time")), qPrintable(bar->text()));
    QCOMPARE(bar->actionButton()->text(), QStringLiteral("Restart Now"));
    QSignalSpy restart(m_window.get(), &MainWindow::restartRequested);
    bar->actionButton()->click();
    QCOMPARE(restart.count(), 1);

    // Opening it again shows the saved choice; "System default" removes the override.
    m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    PreferencesDialog *again = nullptr;
    QTRY_VERIFY((again = m_window->findChild<PreferencesDialog *>()) != nullptr);
    QCOMPARE(again->language(), QStringLiteral("fr"));
    again->reject();
    QTRY_VERIFY(m_window->findChild<PreferencesDialog *>() == nullptr);
    choose(QString());
    QVERIFY(!QSettings().contains(I18n::settingsKey()));
}

std::unique_ptr<TrackingBackend> TestMainWindow::v3Backend(const QString &token)
{
    Account account;
    account.api = ApiVersion::V3;
    account.baseUrl = m_fx.sandbox->baseUrl();
    account.authBaseUrl = m_fx.sandbox->authBaseUrl();
    account.credentials.accessToken = token;
    ConnectionOptions options;
    options.requestsPerSecond = 0;
    options.retry.baseDelayMs = 5;
    options.retry.maxDelayMs = 50;
    return BackendFactory::create(account, m_fx.network.get(), options);
}

void TestMainWindow::welcomeLeadsWithSignIn()
{
    MainWindow window;
    window.setBackend(v3Backend(QString()));
    window.show();
    window.start();
    // The platform adds the application's name: the window's own title does not repeat it.
    window.setDemoMode(true);
    QCOMPARE(window.windowTitle(), QStringLiteral("Demo"));
    window.setDemoMode(false);
    QVERIFY(!window.windowTitle().contains(QLatin1String("Demo")));
    auto *signIn = window.findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *enter = window.findChild<QPushButton *>(QStringLiteral("enterCredentialsButton"));
    auto *demo = window.findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
    QVERIFY(signIn && enter && demo);
    QVERIFY(signIn->isVisible());
    QVERIFY(signIn->isDefault());
    QCOMPARE(signIn->text(), QStringLiteral("Sign in with Constant Contact"));
    QCOMPARE(enter->text(), QStringLiteral("Use a v2 API Key…"));
    // Sign in comes first, left of the others.
    QVERIFY(signIn->geometry().right() < enter->geometry().left());
    QVERIFY(signIn->geometry().right() < demo->geometry().left());
    QSignalSpy requested(&window, &MainWindow::signInRequested);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    // The Account menu signs in too, and says which account is open.
    QAction *menuSignIn = window.findChild<QAction *>(QStringLiteral("actionSignIn"));
    QVERIFY(menuSignIn && menuSignIn->isEnabled());
    menuSignIn->trigger();
    QCOMPARE(requested.count(), 2);
    window.setAccountDescription(QStringLiteral("Constant Contact API v3 · api.cc.email"), true);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionAccountInfo"))->text(),
        QStringLiteral("Constant Contact API v3 · api.cc.email"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionSignOut"))->isEnabled());
    // While the browser is out, the bar says so and Cancel cancels.
    QSignalSpy cancelled(&window, &MainWindow::signInCancelled);
    window.setSignInWaiting(true);
    auto *bar = window.findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(!signIn->isEnabled());
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    window.setSignInWaiting(false);
    QVERIFY(signIn->isEnabled());
    // No browser: the address is shown and can be copied.
    const QUrl address(QStringLiteral("https://authz.example/oauth2/default/v1/authorize?client_id=x&state=y"));
    window.showSignInAddress(address);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(address.toString(QUrl::FullyEncoded)));
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), address.toString(QUrl::FullyEncoded));
}

void TestMainWindow::v3AccountLoadsACampaignWithItsResend()
{
    const auto &d = m_fx.sandbox->dataset();
    int campaign = -1;
    for (int i = 0; i < int(d.campaigns().size()); ++i)
        if (ClickScope::Sandbox::V3::hasResend(d, i) && (campaign < 0 || d.campaigns()[std::size_t(i)].clickCount > 0))
            campaign = i;
    QVERIFY(campaign >= 0);
    m_window = std::make_unique<MainWindow>();
    m_window->setBackend(v3Backend(QString::fromLatin1(ClickScope::Sandbox::defaultV3AccessToken)));
    m_window->resize(1280, 800);
    m_window->show();
    m_window->start();
    auto *list = m_window->findChild<QListView *>(QStringLiteral("campaignList"));
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 10000);
    int sent = 0;
    for (const auto &c : d.campaigns())
        sent += c.status == ClickScope::Sandbox::CampaignStatus::Sent ? 1 : 0;
    QCOMPARE(list->model()->rowCount(), sent); // Done campaigns only
    QSignalSpy ended(m_window.get(), &MainWindow::clicksLoadEnded);
    const QString id = QString::fromLatin1(ClickScope::Sandbox::V3::campaignId(d, campaign));
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->index(r, 0).data(Qt::UserRole + 1).toString() == id)
            row = r;
    QVERIFY(row >= 0);
    list->setCurrentIndex(list->model()->index(row, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading() && m_window->clickModel()->rowCount() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 30000);
    // Every click of the campaign: the primary email's and the resend's.
    QCOMPARE(m_window->clickModel()->rowCount(), int(d.campaigns()[std::size_t(campaign)].clickCount));
    QVERIFY2(m_window->footerText().contains(QLocale().toString(int(d.campaigns()[std::size_t(campaign)].clickCount))),
        qPrintable(m_window->footerText()));
    // The resend's clicks are marked, and only those.
    int resendRows = 0;
    for (int r = 0; r < m_window->clickModel()->rowCount(); ++r)
        resendRows += m_window->clickModel()->index(r, 0).data(ClickTableModel::ResendRole).toBool() ? 1 : 0;
    int expectedResend = 0;
    for (std::uint32_t i = 0; i < d.campaigns()[std::size_t(campaign)].clickCount; ++i)
        expectedResend += ClickScope::Sandbox::V3::clickInResend(d, campaign, i) ? 1 : 0;
    QVERIFY(expectedResend > 0);
    QCOMPARE(resendRows, expectedResend);
    for (int r = 0; r < m_window->clickModel()->rowCount(); ++r) {
        const QModelIndex email = m_window->clickModel()->index(r, ClickTableModel::EmailColumn);
        if (email.data(ClickTableModel::ResendRole).toBool()) {
            QVERIFY(email.data(Qt::ToolTipRole).toString().contains(QLatin1String("resend")));
            break;
        }
    }

    // The links of both activities, once each.
    auto *links = m_window->findChild<QTreeView *>(QStringLiteral("linkList"));
    QCOMPARE(links->model()->rowCount(), int(d.campaigns()[std::size_t(campaign)].links.size()) + 1); // + All links
    // v3 counts clickers per link, not clicks: nothing sums them into a click count. Loaded, the window counts both
    // from the rows, and the summary's clickers are the distinct contacts (the API adds each send's unique clickers).
    QSet<QString> contacts;
    for (int r = 0; r < m_window->clickModel()->rowCount(); ++r)
        contacts.insert(m_window->clickModel()->row(r).contactId);
    const QLocale locale;
    QCOMPARE(links->model()->index(0, 1).data().toString(), locale.toString(m_window->clickModel()->rowCount()));
    QCOMPARE(links->model()->index(0, 2).data().toString(), locale.toString(contacts.size()));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("clicksValue"))->text(), locale.toString(contacts.size()));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("totalClicksValue"))->text(),
        locale.toString(m_window->clickModel()->rowCount()));

    // The export keeps identical rows: with no click id they are real repeat clicks.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v3.csv"));
    QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
    m_window->exportCsvTo(file);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
    QVERIFY(exported.first().at(0).toBool());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n") - 1, qsizetype(d.campaigns()[std::size_t(campaign)].clickCount));

    // The contact drill-down over v3: the record and its whole activity, campaigns by name.
    m_window->openContactForRow(3);
    ContactDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ContactDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isComplete(), 30000);
    const auto contact = ClickScope::Sandbox::V3::contactForId(d, dialog->contactId().toUtf8());
    QVERIFY(contact);
    QVERIFY2(dialog->detailsText().contains(QString::fromUtf8(d.email(*contact))), qPrintable(dialog->detailsText()));
    QCOMPARE(dialog->activityRows(), int(d.contactActivities(*contact, std::nullopt).size()));
    auto *activity = dialog->findChild<QTableWidget *>(QStringLiteral("contactActivity"));
    QVERIFY(activity && activity->rowCount() > 0);
    QCOMPARE(activity->item(0, 2)->text(),
        QString::fromUtf8(
            d.campaigns()[std::size_t(d.contactActivities(*contact, std::nullopt).front().campaign)].name));
    dialog->close();
}

void TestMainWindow::contactDialogSpeaksWords_data()
{
    QTest::addColumn<bool>("v3");
    QTest::newRow("v2") << false;
    QTest::newRow("v3") << true;
}

void TestMainWindow::contactDialogSpeaksWords()
{
    // A contact who clicked and later unsubscribed: the dialog says so in words, with list names, and Esc closes it.
    QFETCH(bool, v3);
    const auto &d = m_fx.sandbox->dataset();
    std::optional<std::uint32_t> chosen;
    for (int k = 0; k < d.contactCount() && !chosen; ++k)
        if (d.unsubscribeCampaign(std::uint32_t(k)) >= 0
            && !d.contactActivities(std::uint32_t(k), ClickScope::Sandbox::ActivityType::Click).empty())
            chosen = std::uint32_t(k);
    QVERIFY(chosen);
    std::unique_ptr<TrackingBackend> v3backend;
    TrackingBackend *backend = m_fx.v2.get();
    QString id = QString::number(ClickScope::Sandbox::Dataset::contactId(*chosen));
    if (v3) {
        v3backend = v3Backend(QStringLiteral("clickscope-demo-v3-token"));
        backend = v3backend.get();
        id = QString::fromLatin1(ClickScope::Sandbox::V3::contactId(d, *chosen));
    }
    checkContactDialog(backend, id, *chosen);
}

void TestMainWindow::checkContactDialog(TrackingBackend *backend, const QString &contactId, std::uint32_t contact)
{
    QList<ContactList> lists;
    bool listsDone = false;
    QObject callbacks;
    backend->contactLists(&callbacks, [&](const QList<ContactList> &value, const ApiError &error) {
        QVERIFY(!error.isError());
        lists = value;
        listsDone = true;
    });
    QTRY_VERIFY(listsDone);
    QVERIFY(!lists.isEmpty());

    QWidget parent;
    parent.show();
    ContactCache cache;
    auto *dialog = new ContactDialog(backend, &cache, contactId, {}, {}, &parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ContactDialog> guard(dialog);
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isComplete(), 30000);
    QVERIFY(cache.listNamesLoaded);

    const QString details = dialog->detailsText();
    QVERIFY2(details.contains(QLatin1String("Unsubscribed")), qPrintable(details));
    for (const char *code : { "OPTOUT", "ACTIVE", "UNSUBSCRIBED", "unsubscribed", "ACTION_BY", "EXPLICIT", "IMPLICIT" })
        QVERIFY2(
            !details.contains(QLatin1String(code)), qPrintable(QLatin1String(code) + QLatin1String(" in ") + details));
    // List names, never their ids.
    bool named = false;
    QVERIFY2(!details.contains(QLatin1String("List ")), qPrintable(details)); // the fallback for an unknown id
    for (const ContactList &l : lists) {
        if (l.id.size() > 8) // a v3 UUID; v2's "1" is in any phone number
            QVERIFY2(!details.contains(l.id), qPrintable(details));
        named = named || details.contains(l.name);
    }
    QVERIFY2(named, qPrintable(details));

    auto *activity = dialog->findChild<QTableWidget *>(QStringLiteral("contactActivity"));
    QVERIFY(activity->rowCount() > 0);
    QVERIFY(activity->horizontalHeaderItem(0)->text().contains(QLatin1Char('('))); // the time zone
    bool clicked = false, unsubscribed = false;
    for (int r = 0; r < activity->rowCount(); ++r) {
        const QString what = activity->item(r, 1)->text();
        QVERIFY2(!what.contains(QLatin1String("EMAIL_")), qPrintable(what));
        clicked = clicked || what == QLatin1String("Clicked a link");
        if (what == QLatin1String("Unsubscribed")) {
            unsubscribed = true;
            const QString detail = activity->item(r, 3)->text();
            QVERIFY2(detail.isEmpty() || detail.startsWith(QLatin1String("by the ")), qPrintable(detail));
        }
        QCOMPARE(activity->item(r, 2)->toolTip(), activity->item(r, 2)->text()); // the whole campaign name
    }
    QVERIFY(clicked);
    QVERIFY(unsubscribed);
    Q_UNUSED(contact)

    // Esc closes the dialog, with the focus in a table as after a click there.
    activity->setFocus();
    QTest::keyClick(activity, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
}

void TestMainWindow::v3UnauthorizedOffersSignIn()
{
    MainWindow window;
    window.setBackend(v3Backend(QStringLiteral("not-a-valid-token")));
    window.resize(1280, 800);
    window.show();
    QSignalSpy credentials(&window, &MainWindow::credentialsRequested);
    window.start();
    auto *bar = window.findChild<MessageBar *>(QStringLiteral("messageBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QCOMPARE(bar->actionButton()->text(), QStringLiteral("Sign In…"));
    QCOMPARE(credentials.count(), 0); // no v2 dialog for a v3 account
    QSignalSpy signIn(&window, &MainWindow::signInRequested);
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QCOMPARE(signIn.count(), 1);
}

void TestMainWindow::demoFromTheWelcomePanelGetsTheSameLayout()
{
    // Before, the splitters were sized while the welcome panel showed: the table got ~7 rows under a huge chart.
    m_fx.setCredentials({});
    m_window = std::make_unique<MainWindow>();
    m_window->setBackend(BackendFactory::createV2(m_fx.client.get()));
    m_window->resize(1280, 800);
    m_window->show();
    m_window->start();
    QTest::qWait(50);
    m_fx.setCredentials(
        Credentials::v2(QStringLiteral("clickscope-demo-key"), QStringLiteral("clickscope-demo-token")));
    m_window->setBackend(BackendFactory::createV2(m_fx.client.get()));
    m_window->start();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("clickTable"));
    auto *chart = m_window->findChild<ClickChartView *>(QStringLiteral("chartView"));
    QTRY_VERIFY(table->height() > chart->height());
    QVERIFY(table->height() > 10 * table->verticalHeader()->defaultSectionSize());
}

void TestMainWindow::chartZoomNarrowsTheTable()
{
    openWindow();
    auto *chart = m_window->findChild<ClickChartView *>(QStringLiteral("chartView"));
    chart->setMode(ClickChartView::Mode::OverTime);
    chart->refreshNow();
    const int all = m_window->clickModel()->rowCount();
    QChart *c = chart->chartView()->chart();
    QRectF left = c->plotArea();
    left.setWidth(left.width() / 3);
    c->zoomIn(left);
    QTRY_VERIFY(m_window->clickProxy()->rowCount() < all);
    QVERIFY(m_window->clickProxy()->rowCount() > 0);
    QVERIFY2(m_window->footerText().contains(QLatin1String("chart zoom")), qPrintable(m_window->footerText()));
    QVERIFY(m_window->footerText().startsWith(
        QLocale().toString(m_window->clickProxy()->rowCount()) + QLatin1String(" of ")));
    m_window->findChild<QAction *>(QStringLiteral("actionResetZoom"))->trigger();
    QTRY_COMPARE(m_window->clickProxy()->rowCount(), all);
    QVERIFY(!m_window->footerText().contains(QLatin1String("chart zoom")));
}

void TestMainWindow::clickersTabListsEngagedReaders()
{
    openWindow();
    const auto want = expectedClicks(m_fx.sandbox->dataset(), openCampaignIndex(), -1);
    QHash<QByteArray, int> perContact;
    for (const auto &c : want)
        ++perContact[c.contactId];
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("resultTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    auto *view = m_window->findChild<QWidget *>(QStringLiteral("clickersView"));
    auto *table = view->findChild<QTableView *>();
    QVERIFY(table);
    // Behind the Clicks tab the clickers fold in nothing; shown, they fold in every loaded page at once.
    QVERIFY(tabs->currentWidget() != view);
    QCOMPARE(m_window->clickModel()->rowCount(), int(want.size()));
    QCOMPARE(table->model()->rowCount(), 0);
    tabs->setCurrentWidget(view);
    QCOMPARE(table->model()->rowCount(), int(perContact.size()));
    // Most clicks first, and the top row's count is the most any contact clicked.
    int most = 0;
    for (int n : std::as_const(perContact))
        most = std::max(most, n);
    QCOMPARE(table->model()->index(0, 2).data(Qt::DisplayRole).toString(), QLocale().toString(most));
    // The filter row applies here too.
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(QStringLiteral("example.org"));
    QTRY_VERIFY(m_window->clickProxy()->rowCount() < m_window->clickModel()->rowCount());
    QTRY_COMPARE(table->model()->rowCount(), m_window->clickProxy()->acceptedContacts());
    QVERIFY(table->model()->rowCount() < int(perContact.size()));
    // Exported: a header and a row per contact shown.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("clickers.csv"));
    QVERIFY(m_window->exportClickersTo(file));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), qsizetype(table->model()->rowCount()) + 1);
    // Enter on a row opens that contact's window.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ContactDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ContactDialog *>()) != nullptr);
    QCOMPARE(dialog->contactId(), table->model()->index(0, 1).data().toString());
}

void TestMainWindow::spreadsheetExportReadsInExcel()
{
    openWindow();
    const int campaign = openCampaignIndex();
    const auto &c = m_fx.sandbox->dataset().campaigns()[std::size_t(campaign)];
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sheet.csv"));
    QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
    m_window->exportCsvTo(file, true);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
    QVERIFY(exported.first().at(0).toBool());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    QVERIFY(all.startsWith("\xEF\xBB\xBF")); // the BOM: Excel then reads UTF-8
    const QList<QByteArray> lines = all.mid(3).split('\n');
    QVERIFY(lines.first().startsWith("Click time ("));
    QVERIFY(lines.first().contains("Campaign,Link URL"));
    QCOMPARE(all.count("\r\n"), qsizetype(m_window->clickProxy()->rowCount()) + 1);
    // The first row: the time as the table shows it, the campaign's name and the link's URL, UTF-8 intact.
    const QString firstRow = QString::fromUtf8(lines.at(1));
    QVERIFY2(firstRow.startsWith(
                 m_window->clickProxy()->index(0, ClickTableModel::TimeColumn).data().toString() + QLatin1Char(',')),
        qPrintable(firstRow));
    QVERIFY(firstRow.contains(QString::fromUtf8(c.name)) || firstRow.contains(QLatin1Char('"')));
    QVERIFY(all.contains(QString::fromUtf8(c.name).toUtf8()));
}

void TestMainWindow::usableAt1024By640()
{
    // A small laptop screen: the window fits, no label of the summary is cut, the table needs no sideways scrolling
    // and the link URLs get the width, the table has room for more rows than the chart takes.
    openWindow();
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
        qPrintable(QStringLiteral("needs %1 px").arg(m_window->minimumSizeHint().width())));
    m_window->resize(1024, 640);
    QTRY_COMPARE(m_window->width(), 1024);
    QTest::qWait(50);
    for (QLabel *label : m_window->findChild<QWidget *>(QStringLiteral("summaryBox"))->findChildren<QLabel *>())
        QVERIFY2(label->width() >= label->sizeHint().width(),
            qPrintable(QStringLiteral("%1 '%2' is %3 px, needs %4")
                           .arg(label->objectName(), label->text())
                           .arg(label->width())
                           .arg(label->sizeHint().width())));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("clickTable"));
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(table->columnWidth(ClickTableModel::LinkUrlColumn) > table->columnWidth(ClickTableModel::LinkIdColumn));
    QVERIFY(table->height() > m_window->findChild<ClickChartView *>(QStringLiteral("chartView"))->height());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
