// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appinfo.h"
#include "backend/trackingbackend.h"
#include "domain/isotime.h"
#include "export/clickerscsv.h"
#include "export/csvwriter.h"
#include "gui/clickersview.h"
#include "gui/contactdialog.h"
#include "gui/preferencesdialog.h"
#include "i18n.h"
#include "model/campaignlistmodel.h"
#include "model/clickersmodel.h"
#include "model/clickfilterproxy.h"
#include "model/clickseries.h"
#include "model/clicktablemodel.h"
#include "model/linklistmodel.h"

#include "ui_mainwindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ClickScope {

namespace {
    // The link list's first row, "All links" (no link id), in bold: the model holds no fonts (it is in core/).
    class AllLinksDelegate : public QStyledItemDelegate
    {
    public:
        using QStyledItemDelegate::QStyledItemDelegate;

    protected:
        void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
        {
            QStyledItemDelegate::initStyleOption(option, index);
            if (index.isValid() && index.data(LinkListModel::LinkIdRole).toString().isEmpty())
                option->font.setBold(true);
        }
    };

    // Clicks on a campaign's resend (v3) in italics; their tooltip says what they are.
    class ResendDelegate : public QStyledItemDelegate
    {
    public:
        using QStyledItemDelegate::QStyledItemDelegate;

    protected:
        void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
        {
            QStyledItemDelegate::initStyleOption(option, index);
            if (index.isValid() && index.data(ClickTableModel::ResendRole).toBool())
                option->font.setItalic(true);
        }
    };
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_campaigns(new CampaignListModel(this))
    , m_campaignSearch(new QSortFilterProxyModel(this))
    , m_links(new LinkListModel(this))
    , m_session(new ClickSession(nullptr, this))
    , m_clicks(m_session->model())
    , m_proxy(m_session->proxy())
    , m_series(m_session->series())
    , m_progress(new QProgressBar(this))
    , m_rateLabel(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_footer(new QLabel(this))
    , m_contactCache(std::make_unique<ContactCache>())
{
    m_ui->setupUi(this);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFullScreen->setShortcut(QKeySequence::FullScreen);
    m_ui->welcomeLayout->setSpacing(16);
    // A fixed width, and as tall as the text at that width: a centred word-wrapped label otherwise gets its own
    // narrow size hint and cuts longer translations off.
    m_ui->welcomeText->setFixedWidth(560);
    m_ui->welcomeText->installEventFilter(this); // a new font or style changes the height the text needs
    m_ui->welcomeLayout->setAlignment(m_ui->welcomeText, Qt::AlignHCenter);
    m_ui->signInButton->setDefault(true);
    for (QPushButton *b : { m_ui->signInButton, m_ui->tryDemoButton, m_ui->enterCredentialsButton })
        b->setMinimumSize(170, 34);
    m_welcomeText = tr(
        "<p>ClickScope shows who clicked which link in your Constant Contact email campaigns, and when.</p>"
        "<p><b>Sign in with Constant Contact</b> in your browser to open your account. If you still have a "
        "<b>v2 API key</b> and access token, you can use those instead.</p><p>No account at hand? Explore the demo: "
        "generated campaigns and clicks from a built-in sandbox.</p>");
    setWelcomeText(m_welcomeText);

    // Campaigns: searchable as you type.
    m_campaignSearch->setSourceModel(m_campaigns);
    m_campaignSearch->setFilterRole(CampaignListModel::NameRole);
    m_campaignSearch->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->campaignList->setModel(m_campaignSearch);
    m_ui->campaignList->setSpacing(2);
    m_ui->campaignList->setTextElideMode(Qt::ElideRight);
    m_ui->campaignList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No fixed minimum width: the side panel is as narrow as its summary allows in each language.
    // Searching only filters: the list keeps the open campaign current while it is shown and has no current row
    // while it is hidden; only a pick (click, arrow keys, Enter) opens a campaign.
    connect(m_ui->campaignSearch, &QLineEdit::textChanged, this, &MainWindow::filterCampaigns);
    connect(m_ui->campaignList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (!m_filteringCampaigns && current.isValid()
                && current.data(CampaignListModel::IdRole).toString() != m_campaign.id)
                openCampaign(current.data(CampaignListModel::IdRole).toString());
        });
    connect(m_ui->campaignList, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(CampaignListModel::IdRole).toString() != m_campaign.id)
            openCampaign(index.data(CampaignListModel::IdRole).toString());
    });

    buildSummary();

    // Links.
    m_ui->linkList->setModel(m_links);
    m_ui->linkList->setItemDelegate(new AllLinksDelegate(m_ui->linkList));
    m_ui->linkList->header()->setStretchLastSection(false);
    m_ui->linkList->header()->setSectionResizeMode(LinkListModel::UrlColumn, QHeaderView::Stretch);
    m_ui->linkList->header()->setSectionResizeMode(LinkListModel::ClicksColumn, QHeaderView::ResizeToContents);
    m_ui->linkList->header()->setSectionResizeMode(LinkListModel::ClickersColumn, QHeaderView::ResizeToContents);
    connect(m_ui->linkList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                loadClicks();
        });

    // Clicks: the session's model → filter proxy → table; the series aggregates for the chart.
    connect(m_session, &ClickSession::stateChanged, this, &MainWindow::onLoadState);
    connect(m_session, &ClickSession::progress, this, &MainWindow::onProgress);
    m_ui->clickTable->setModel(m_proxy);
    m_ui->clickTable->setItemDelegate(new ResendDelegate(m_ui->clickTable));
    m_ui->clickTable->verticalHeader()->setVisible(false);
    m_ui->clickTable->verticalHeader()->setDefaultSectionSize(m_ui->clickTable->fontMetrics().height() + 8);
    m_ui->clickTable->horizontalHeader()->setHighlightSections(false);
    m_ui->clickTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->clickTable->horizontalHeader()->setSortIndicatorShown(true);
    m_ui->clickTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Over the table when the filter hides every loaded click: an empty table alone reads as "no clicks".
    m_tableEmpty = new QLabel(m_ui->clickTable->viewport());
    m_tableEmpty->setObjectName(QStringLiteral("clickTableEmptyLabel"));
    m_tableEmpty->setWordWrap(true);
    m_tableEmpty->setAlignment(Qt::AlignCenter);
    m_tableEmpty->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(m_ui->clickTable->viewport());
    emptyLayout->addWidget(m_tableEmpty);
    m_tableEmpty->hide();
    // The placeholder stays short enough to be read whole in every language; the shortcut is in the tooltip, in the
    // keyboard's own words ("Strg+F" in German).
    m_ui->filterEdit->setToolTip(tr("Type to filter the clicks by email or contact ID (%1)")
                                     .arg(m_ui->actionFindFilter->shortcut().toString(QKeySequence::NativeText)));
    // Narrow enough for a 1024 px window with Qt 6.8's wider date edits (the placeholder then shows whole from a few
    // pixels more; the tooltip says it all); the filter takes every pixel the row has beyond that.
    m_ui->filterEdit->setMinimumWidth(80);
    m_ui->filterLayout->setStretch(0, 1);
    m_ui->filterLayout->setSpacing(4);
    m_ui->filterSeparator->hide(); // the spacing says it: the filter's dates, then what to fetch
    m_ui->chartView->setSeries(m_series);

    // Clicks and Clickers as tabs above the chart: one row per click, or one per contact who clicked.
    m_resultTabs = new QTabWidget(m_ui->contentSplitter);
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultTabs->setDocumentMode(true);
    m_resultTabs->setAccessibleName(tr("Clicks and clickers"));
    m_ui->contentSplitter->insertWidget(0, m_resultTabs);
    m_resultTabs->addTab(m_ui->clickTable, tr("Clicks"));
    m_clickers = new ClickersModel(m_proxy, this);
    m_clickersView = new ClickersView(m_resultTabs);
    m_clickersView->setObjectName(QStringLiteral("clickersView"));
    m_clickersView->setModel(m_clickers);
    m_resultTabs->addTab(m_clickersView, tr("Clickers"));
    m_resultTabs->setTabToolTip(0, tr("Every click, newest first"));
    m_resultTabs->setTabToolTip(1, tr("One row per contact who clicked: your most engaged readers"));
    // Behind the Clicks tab nobody sees the clickers: they fold in the pages that arrived when their tab is shown,
    // instead of every 250 ms of a load.
    m_clickers->setHeld(true);
    connect(m_resultTabs, &QTabWidget::currentChanged, this,
        [this] { m_clickers->setHeld(m_resultTabs->currentWidget() != m_clickersView); });
    connect(m_clickersView, &ClickersView::contactActivated, this, &MainWindow::openContact);
    connect(m_clickersView, &ClickersView::exportRequested, this, &MainWindow::exportClickers);
    connect(m_ui->chartView, &ClickChartView::saveRequested, this, &MainWindow::saveChart);
    // Zoom narrows the table and the footer to the range shown; Reset Zoom (noDate, noDate) gives From/To back.
    connect(m_ui->chartView, &ClickChartView::zoomRangeChanged, this, [this](qint64 from, qint64 to) {
        m_chartZoomed = from != noDate || to != noDate;
        if (!m_chartZoomed) {
            applyDateRange();
            return;
        }
        m_proxy->setDateRange(from == noDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
            to == noDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
        updateFooter();
    });
    // The view a marketer reads the shape from first: the share of clicks by time since the send, unless they chose.
    m_ui->chartView->setMode(
        QSettings().value(QStringLiteral("chart/mode"), QStringLiteral("share")).toString() == QLatin1String("time")
            ? ClickChartView::Mode::OverTime
            : ClickChartView::Mode::ShareSinceSend);
    connect(m_proxy, &ClickFilterProxy::acceptedChanged, this, &MainWindow::updateFooter);
    connect(m_proxy, &ClickFilterProxy::acceptedChanged, this, &MainWindow::updateActions);
    // Drill-down: double-click or Enter on a row.
    connect(m_ui->clickTable, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { openContactForRow(index.row()); });
    auto *copy = new QAction(tr("Copy"), m_ui->clickTable);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &MainWindow::copySelection);
    m_ui->clickTable->addAction(copy);
    connect(m_clicks, &QAbstractItemModel::modelReset, this, &MainWindow::updateFooter);

    // Filter row.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(120);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this, [this] { m_proxy->setTextFilter(m_ui->filterEdit->text()); });
    // From and To are whole days (From's midnight to the midnight after To) in the zone the table shows; they follow
    // the loaded clicks until the user ticks one, and To never goes before From.
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(today);
    m_ui->toEdit->setDate(today);
    m_ui->sinceEdit->setDate(today.addDays(-30));
    // A short date with the whole year ("5/10/2026", not "5/10/26"): typed dates are read the way they are shown.
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    for (QDateTimeEdit *edit : { m_ui->fromEdit, m_ui->toEdit, static_cast<QDateTimeEdit *>(m_ui->sinceEdit) }) {
        edit->setDisplayFormat(dateFormat);
        edit->setCalendarPopup(true);
        edit->installEventFilter(this);
    }
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    connect(m_ui->sinceCheck, &QCheckBox::toggled, m_ui->sinceEdit, &QWidget::setEnabled);
    connect(m_ui->fromCheck, &QCheckBox::toggled, this, &MainWindow::applyDateRange);
    connect(m_ui->toCheck, &QCheckBox::toggled, this, &MainWindow::applyDateRange);
    connect(m_ui->fromEdit, &QDateTimeEdit::dateChanged, this, [this](const QDate &from) {
        if (m_ui->toEdit->date() < from)
            m_ui->toEdit->setDate(from);
        m_ui->toEdit->setMinimumDate(from);
        applyDateRange();
    });
    connect(m_ui->toEdit, &QDateTimeEdit::dateChanged, this, &MainWindow::applyDateRange);
    m_ui->filterEdit->installEventFilter(this);
    m_ui->campaignSearch->installEventFilter(this);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_ui->actionRefresh, &QAction::trigger);

    // Menus.
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    // A header clicked is the user's order: it stays through loads.
    connect(m_ui->clickTable->horizontalHeader(), &QHeaderView::sectionClicked, this, [this] { m_autoSorted = false; });
    // View → Reload from Server: the cache's copy of the campaign's clicks is dropped and every page walked again.
    m_reloadAction = new QAction(tr("Reload from &Server"), this);
    m_reloadAction->setObjectName(QStringLiteral("actionReloadFromServer"));
    m_reloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reloadAction->setStatusTip(tr("Forget the cached clicks of this campaign and load all of them from Constant "
                                    "Contact again"));
    m_ui->menuView->insertAction(m_ui->actionFindFilter, m_reloadAction);
    addAction(m_reloadAction);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadFromServer);
    connect(m_ui->actionFindFilter, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionResetZoom, &QAction::triggered, m_ui->chartView, &ClickChartView::resetZoom);
    connect(m_ui->actionSaveChart, &QAction::triggered, this, &MainWindow::saveChart);
    connect(m_ui->actionExportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    m_spreadsheetAction = new QAction(tr("Export for &Spreadsheet…"), this);
    m_spreadsheetAction->setObjectName(QStringLiteral("actionExportSpreadsheet"));
    m_spreadsheetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_spreadsheetAction->setStatusTip(tr("Write the clicks that pass the filter for Excel or LibreOffice: campaign and "
                                         "link names, times as shown, UTF-8 that Excel reads correctly"));
    m_ui->menuFile->insertAction(m_ui->actionSaveChart, m_spreadsheetAction);
    connect(m_spreadsheetAction, &QAction::triggered, this, &MainWindow::exportSpreadsheet);
    connect(m_ui->actionCredentials, &QAction::triggered, this, &MainWindow::credentialsRequested);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_ui->enterCredentialsButton, &QPushButton::clicked, this, &MainWindow::credentialsRequested);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);

    // View → Show Times in UTC: the table, the contact window, the chart and From/To follow it.
    m_utcAction = new QAction(tr("Show Times in &UTC"), this);
    m_utcAction->setObjectName(QStringLiteral("actionShowUtc"));
    m_utcAction->setCheckable(true);
    m_utcAction->setStatusTip(tr("Show click times in UTC instead of this computer's time zone"));
    m_ui->menuView->insertAction(m_ui->actionFullScreen, m_utcAction);
    m_ui->menuView->insertSeparator(m_ui->actionFullScreen);
    connect(m_utcAction, &QAction::toggled, this, &MainWindow::setTimesInUtc);

    // Help: the shortcuts and a short guide, before About.
    auto *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    auto *guide = new QAction(tr("&Getting Started"), this);
    guide->setObjectName(QStringLiteral("actionGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::showGuide);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, guide);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, shortcuts);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
    addAction(shortcuts);
    addAction(guide);

    // Status bar: progress, rate and Cancel while loading; the footer always.
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_rateLabel->setToolTip(tr("Requests per second to the API (the v2 API allows 4)"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop loading; the clicks loaded so far stay (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_footer->setObjectName(QStringLiteral("footerLabel"));
    m_footer->setAccessibleName(tr("Click count"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_rateLabel);
    statusBar()->addPermanentWidget(m_cancel);
    m_offlineLabel = new QLabel(this);
    m_offlineLabel->setObjectName(QStringLiteral("offlineLabel"));
    m_offlineLabel->setAccessibleName(tr("Connection"));
    m_offlineLabel->hide();
    statusBar()->addPermanentWidget(m_offlineLabel);
    statusBar()->addPermanentWidget(m_footer);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // Cancel what is running: an export first (loading goes on), else the load.
        if (m_exporter)
            m_exporter->cancel();
        else
            cancelLoad();
    });
    setLoadingUi(false);
    updateFooter();
    updateActions();

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    restoreWindowState();
}

void MainWindow::updateActions()
{
    const bool workspace = m_ui->pages->currentWidget() == m_ui->workspacePage;
    const bool rows = m_clicks->rowCount() > 0;
    m_ui->actionExportCsv->setEnabled(m_proxy->rowCount() > 0 && !m_exporter);
    m_spreadsheetAction->setEnabled(m_ui->actionExportCsv->isEnabled());
    m_ui->actionSaveChart->setEnabled(rows);
    m_ui->actionRefresh->setEnabled(workspace);
    m_reloadAction->setVisible(m_backend && m_backend->hasCache());
    m_reloadAction->setEnabled(workspace && !m_campaign.id.isEmpty() && !isLoading());
    m_ui->refreshButton->setEnabled(workspace);
    m_ui->actionFindFilter->setEnabled(rows);
    m_ui->actionResetZoom->setEnabled(rows);
    // The filter row stays usable while it filters something out, so that it can always be cleared.
    const bool filtering = !m_ui->filterEdit->text().isEmpty();
    m_ui->filterEdit->setEnabled(rows || filtering);
    for (QWidget *w : { static_cast<QWidget *>(m_ui->fromCheck), static_cast<QWidget *>(m_ui->toCheck) })
        w->setEnabled(rows || m_ui->fromCheck->isChecked() || m_ui->toCheck->isChecked());
}

void MainWindow::fitClickColumns()
{
    // The URL takes the width the others leave (never a sideways scroll, however the columns were saved); the
    // link id, which nobody reads whole, is narrow.
    QHeaderView *header = m_ui->clickTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ClickTableModel::LinkUrlColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    const QFontMetrics fm = m_ui->clickTable->fontMetrics();
    m_ui->clickTable->setColumnWidth(ClickTableModel::TimeColumn,
        std::max(fm.horizontalAdvance(QStringLiteral("2026-10-22 14:18:00")),
            fm.horizontalAdvance(m_clicks->headerData(ClickTableModel::TimeColumn, Qt::Horizontal).toString()))
            + 24);
    const int rest = m_ui->clickTable->viewport()->width();
    m_ui->clickTable->setColumnWidth(ClickTableModel::EmailColumn, std::clamp(rest / 4, 160, 280));
    m_ui->clickTable->setColumnWidth(ClickTableModel::ContactIdColumn, std::clamp(rest / 10, 70, 110));
    m_ui->clickTable->setColumnWidth(ClickTableModel::LinkIdColumn, std::clamp(rest / 12, 60, 120));
}

void MainWindow::buildSummary()
{
    // Two columns of label and value; every count says what it counts, the tooltip how.
    QGridLayout *grid = m_ui->summaryLayout;
    const auto make = [this](const QString &name) {
        auto *l = new QLabel(m_ui->summaryBox);
        l->setObjectName(name);
        return l;
    };
    auto *openRateLabel = make(QStringLiteral("openRateLabel"));
    auto *totalClicksLabel = make(QStringLiteral("totalClicksLabel"));
    auto *clickToOpenLabel = make(QStringLiteral("clickToOpenLabel"));
    m_openRateValue = make(QStringLiteral("openRateValue"));
    m_totalClicksValue = make(QStringLiteral("totalClicksValue"));
    m_clickToOpenValue = make(QStringLiteral("clickToOpenValue"));
    struct Entry {
        QLabel *label, *value;
        QString text, tip;
    };
    const Entry entries[] = {
        { m_ui->sendsLabel, m_ui->sendsValue, tr("Sends"), tr("Emails sent") },
        { m_ui->bouncesLabel, m_ui->bouncesValue, tr("Bounces"), tr("Emails that could not be delivered") },
        { m_ui->opensLabel, m_ui->opensValue, tr("Openers"), tr("Contacts who opened the email, each counted once") },
        { openRateLabel, m_openRateValue, tr("Open rate"), tr("Openers ÷ (sends − bounces)") },
        { m_ui->clicksLabel, m_ui->clicksValue, tr("Clickers"),
            tr("Contacts who clicked a link, each counted once (the API's unique clicks)") },
        { m_ui->clickRateLabel, m_ui->clickRateValue, tr("Click rate"), tr("Clickers ÷ (sends − bounces)") },
        { totalClicksLabel, m_totalClicksValue, tr("Clicks"),
            tr("Every click on any link; a contact clicking twice counts twice") },
        { clickToOpenLabel, m_clickToOpenValue, tr("Click-to-open"), tr("Clickers ÷ openers") },
        { m_ui->unsubscribesLabel, m_ui->unsubscribesValue, tr("Unsubscribes"),
            tr("Contacts who unsubscribed through this email") },
    };
    for (const Entry &e : entries) {
        grid->removeWidget(e.label);
        grid->removeWidget(e.value);
    }
    int i = 0;
    for (const Entry &e : entries) {
        e.label->setText(e.text);
        e.label->setToolTip(e.tip);
        e.value->setToolTip(e.tip);
        e.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        e.value->setText(QStringLiteral("—"));
        e.value->setAccessibleName(e.text);
        e.label->setBuddy(e.value);
        grid->addWidget(e.label, i / 2, (i % 2) * 2);
        grid->addWidget(e.value, i / 2, (i % 2) * 2 + 1);
        ++i;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(6);
}

void MainWindow::filterCampaigns(const QString &text)
{
    m_filteringCampaigns = true;
    m_campaignSearch->setFilterFixedString(text);
    // The open campaign stays current when it is still listed; otherwise no row is (and nothing opens).
    const QModelIndex open
        = m_campaignSearch->mapFromSource(m_campaigns->index(std::max(0, m_campaigns->rowOf(m_campaign.id))));
    if (!m_campaign.id.isEmpty() && open.isValid())
        m_ui->campaignList->selectionModel()->setCurrentIndex(open, QItemSelectionModel::ClearAndSelect);
    else
        m_ui->campaignList->selectionModel()->clear();
    m_filteringCampaigns = false;
}

void MainWindow::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: The suggested file name of a CSV export; %1 is the campaign's id. Lower case, no spaces.
    const QString suggested = dir + QLatin1Char('/')
        + tr("clicks-%1.csv").arg(m_campaign.id.isEmpty() ? QStringLiteral("export") : m_campaign.id);
    const QString name
        = QFileDialog::getSaveFileName(this, tr("Export Clicks as CSV"), suggested, tr("CSV files (*.csv)"));
    if (!name.isEmpty())
        exportCsvTo(name);
}

void MainWindow::exportSpreadsheet()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The campaign's name, without the characters file systems refuse.
    QString base = m_campaign.name.isEmpty() ? tr("clicks") : m_campaign.name;
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    base.replace(refused, QStringLiteral(" "));
    base = base.simplified();
    const QString name = QFileDialog::getSaveFileName(this, tr("Export Clicks for a Spreadsheet"),
        dir + QLatin1Char('/') + base + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!name.isEmpty())
        exportCsvTo(name, true);
}

void MainWindow::exportClickers()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: The suggested file name of the clickers export; %1 is the campaign's id. Lower case, no spaces.
    const QString suggested = dir + QLatin1Char('/')
        + tr("clickers-%1.csv").arg(m_campaign.id.isEmpty() ? QStringLiteral("export") : m_campaign.id);
    const QString name
        = QFileDialog::getSaveFileName(this, tr("Export Clickers as CSV"), suggested, tr("CSV files (*.csv)"));
    if (!name.isEmpty())
        exportClickersTo(name);
}

bool MainWindow::exportClickersTo(const QString &fileName)
{
    m_clickers->updateNow();
    QString error;
    if (!ClickersCsv::write(*m_clickers, fileName, &error)) {
        m_ui->messageBar->showMessage(
            MessageBar::Kind::Error, tr("The export failed and no file was written. %1").arg(error));
        return false;
    }
    statusBar()->showMessage(
        tr("Exported %Ln clickers to %1", nullptr, I18n::pluralCount(m_clickers->rowCount())).arg(fileName), 15000);
    return true;
}

void MainWindow::exportCsvTo(const QString &fileName, bool spreadsheet)
{
    if (m_exporter)
        return;
    std::vector<std::uint32_t> rows(m_proxy->acceptedSourceRows()); // the table's order, filter applied
    const qint64 total = qint64(rows.size());
    m_exporter = new CsvExporter(m_clicks, std::move(rows), fileName, this);
    m_exporter->setKeepIdenticalRows(m_backend && m_backend->capabilities().identicalRowsAreDistinct);
    if (spreadsheet)
        m_exporter->setSpreadsheet(m_campaign.name);
    updateActions();
    m_progress->setRange(0, int(std::max<qint64>(1, total)));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Exporting %p%"));
    m_progress->show();
    m_cancel->show();
    connect(m_exporter, &CsvExporter::progress, this, [this](qint64 done, qint64) { m_progress->setValue(int(done)); });
    connect(m_exporter, &CsvExporter::finished, this, [this](bool ok, const QString &error) {
        const QString file = m_exporter->fileName();
        const qint64 written = m_exporter->rowsWritten();
        m_exporter->deleteLater();
        m_exporter = nullptr;
        setLoadingUi(isLoading());
        updateActions();
        if (ok)
            statusBar()->showMessage(
                tr("Exported %Ln clicks to %1", nullptr, I18n::pluralCount(written)).arg(file), 15000);
        else if (!error.isEmpty())
            m_ui->messageBar->showMessage(
                MessageBar::Kind::Error, tr("The export failed and no file was written. %1").arg(error));
        else
            statusBar()->showMessage(tr("Export cancelled; no file was written."), 8000);
        Q_EMIT exportFinished(ok, error);
    });
    m_exporter->start();
}

void MainWindow::copySelection()
{
    const QModelIndexList rows = m_ui->clickTable->selectionModel()->selectedRows();
    QList<int> order;
    for (const QModelIndex &i : rows)
        order << i.row();
    std::sort(order.begin(), order.end());
    QString text;
    for (int row : std::as_const(order)) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << m_proxy->index(row, c).data().toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void MainWindow::openContactForRow(int proxyRow)
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(proxyRow, 0));
    if (source.isValid())
        openContact(m_clicks->row(source.row()).contactId);
}

void MainWindow::openContact(const QString &contactId)
{
    // The same contact's window, if open, comes forward.
    for (ContactDialog *d : findChildren<ContactDialog *>())
        if (d->contactId() == contactId) {
            d->raise();
            d->activateWindow();
            return;
        }
    QList<ClickRow> clicks;
    const ClickStore &store = m_clicks->store();
    const QByteArray id = contactId.toUtf8();
    std::uint32_t contact = store.contactCount();
    for (std::uint32_t k = 0; k < store.contactCount() && contact == store.contactCount(); ++k)
        if (store.contactId(k) == id)
            contact = k;
    for (std::size_t i = 0; i < store.size(); ++i)
        if (store.at(i).contact == contact)
            clicks.append(m_clicks->row(int(i)));
    QHash<QString, QString> names;
    for (int r = 0; r < m_campaigns->rowCount(); ++r)
        names.insert(m_campaigns->idAt(r), m_campaigns->index(r).data(CampaignListModel::NameRole).toString());
    auto *dialog = new ContactDialog(m_backend.get(), m_contactCache.get(), contactId, clicks, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

MainWindow::~MainWindow()
{
    // Nothing of a load may reach a half-destroyed window.
    m_session->disconnect(this);
    m_session->cancel();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    // The application's display name is added by the platform ("Demo — ClickScope"), so it is not repeated here.
    setWindowTitle(demo ? tr("Demo") : QString());
}

void MainWindow::setAccountDescription(const QString &text, bool canSignOut)
{
    m_ui->actionAccountInfo->setText(text);
    m_ui->actionSignOut->setEnabled(canSignOut);
}

void MainWindow::setSignInWaiting(bool waiting)
{
    m_ui->signInButton->setEnabled(!waiting);
    m_ui->actionSignIn->setEnabled(!waiting);
    if (waiting)
        m_ui->messageBar->showMessage(MessageBar::Kind::Information,
            tr("Finish signing in in your browser; ClickScope continues when Constant Contact answers."), tr("Cancel"),
            [this] { Q_EMIT signInCancelled(); });
    else if (m_ui->messageBar->actionButton()->text() == tr("Cancel"))
        m_ui->messageBar->hide();
}

void MainWindow::showSignInAddress(const QUrl &url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    m_ui->messageBar->showMessage(MessageBar::Kind::Warning,
        tr("ClickScope could not open a browser. Open this address in one to sign in: %1").arg(address),
        tr("Copy Address"), [address] { QGuiApplication::clipboard()->setText(address); });
}

void MainWindow::showSignInProblem(const QString &message)
{
    m_ui->messageBar->showMessage(
        MessageBar::Kind::Error, message, tr("Sign In…"), [this] { Q_EMIT signInRequested(); });
}

void MainWindow::setWelcomeText(const QString &text)
{
    m_ui->welcomeText->setText(text);
    fitWelcomeText();
}

void MainWindow::fitWelcomeText()
{
    m_ui->welcomeText->setMinimumHeight(m_ui->welcomeText->heightForWidth(m_ui->welcomeText->width()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->welcomeText && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        QTimer::singleShot(0, this, &MainWindow::fitWelcomeText); // after the label has taken the new font
    if (event->type() == QEvent::ShortcutOverride && qobject_cast<QWidget *>(watched)) {
        // A text field takes keys such as Ctrl+E (end of line) for itself; the window's own shortcuts win, so that
        // they work from every focus. Esc in a filter with text clears it instead of cancelling a load.
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (key->key() == Qt::Key_Escape) {
            if (watched == m_ui->filterEdit && !m_ui->filterEdit->text().isEmpty()) {
                event->accept();
                return false;
            }
            return false;
        }
        const auto ours = findChildren<QAction *>();
        for (QAction *action : ours)
            if (action->isEnabled() && action->shortcuts().contains(pressed)
                && action->shortcutContext() == Qt::WindowShortcut)
                return true; // not accepted: the shortcut fires
    }
    if (watched == m_ui->filterEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_ui->filterEdit->text().isEmpty()) {
        m_ui->filterEdit->clear();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setTimesInUtc(bool utc)
{
    ClickTableModel::setDisplayUtc(utc);
    QSettings().setValue(QStringLiteral("view/utc"), utc);
    m_clicks->timesChanged();
    m_series->setTimeZone(ClickTableModel::displayZone());
    applyDateRange();
}

void MainWindow::showShortcuts()
{
    QString rows;
    const auto add = [&rows](const QString &what, const QKeySequence &key) {
        if (!key.isEmpty())
            rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                        .arg(what.toHtmlEscaped(), key.toString(QKeySequence::NativeText).toHtmlEscaped());
    };
    for (QMenu *menu : { m_ui->menuFile, m_ui->menuView, m_ui->menuAccount, m_ui->menuHelp })
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                add(QString(a->text()).remove(QLatin1Char('&')), a->shortcut());
    add(tr("Open the contact of the selected click"), QKeySequence(Qt::Key_Return));
    add(tr("Copy the selected clicks"), QKeySequence(QKeySequence::Copy));
    add(tr("Stop loading, or clear the filter when it has the focus"), QKeySequence(Qt::Key_Escape));
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), QStringLiteral("<table>%1</table>").arg(rows),
        QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutsBox"));
    box.exec();
}

void MainWindow::showGuide()
{
    QMessageBox box(QMessageBox::NoIcon, tr("Getting Started"),
        tr("<h3>Who clicked which link, and when</h3>"
           "<ol><li><b>Pick a campaign</b> on the left (type in <i>Search campaigns</i> to narrow the list). Its "
           "numbers appear below it: <i>clickers</i> are contacts who clicked, each counted once; <i>clicks</i> "
           "counts every click.</li>"
           "<li><b>Pick a link</b>, or <i>All links</i>. Its clicks load into the table and the chart; Esc stops "
           "loading and <i>Continue</i> goes on.</li>"
           "<li><b>Narrow down</b>: type an email or contact ID in the filter, tick From or To, or drag across the "
           "chart to zoom. The footer counts what is shown.</li>"
           "<li><b>Look closer</b>: double-click a click for the contact's whole history; the <i>Clickers</i> tab "
           "lists your most engaged readers.</li>"
           "<li><b>Take it along</b>: File → Export saves what is shown as CSV.</li></ol>"
           "<p><i>Refresh</i> (F5) adds new clicks to what is loaded; it never throws loaded clicks away.</p>"),
        QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("guideBox"));
    box.exec();
}

void MainWindow::setBackend(std::unique_ptr<TrackingBackend> backend)
{
    cancelLoad();
    m_session->setBackend(backend.get());
    // Later, not now: this may run inside one of the old backend's callbacks (a 401 asks for new credentials).
    if (m_backend)
        m_backend.release()->deleteLater();
    m_backend = std::move(backend);
    m_syncedMs = noDate;
    if (m_backend)
        connect(m_backend.get(), &TrackingBackend::connectivityChanged, this, &MainWindow::updateConnectivity);
    updateConnectivity();
}

void MainWindow::dropAutoSort()
{
    if (!m_autoSorted)
        return;
    m_autoSorted = false;
    m_ui->clickTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the view sorts back
}

void MainWindow::setCacheProblem(const QString &message)
{
    m_cacheProblem = message;
}

void MainWindow::updateConnectivity()
{
    const std::int64_t since = m_backend ? m_backend->offlineSinceMs() : noDate;
    m_offlineLabel->setVisible(since != noDate);
    if (since == noDate)
        return;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(since, ClickTableModel::displayZone());
    m_offlineLabel->setText(tr("Offline since %1").arg(QLocale().toString(at.time(), QLocale::ShortFormat)));
    m_offlineLabel->setToolTip(tr("Constant Contact could not be reached at %1. What is shown comes from the local "
                                  "cache; Refresh tries again.")
                                   .arg(QLocale().toString(at, QLocale::LongFormat)));
}

void MainWindow::reloadFromServer()
{
    if (!m_backend || m_campaign.id.isEmpty() || isLoading())
        return;
    m_backend->forgetClicks(m_campaign.id);
    m_syncedMs = noDate;
    loadClicks();
}

void MainWindow::setKeychainProblem(const QString &message)
{
    m_keychainProblem = message;
}

void MainWindow::start()
{
    m_ui->actionCredentials->setEnabled(true);
    if (!m_cacheProblem.isEmpty())
        m_ui->messageBar->showMessage(MessageBar::Kind::Warning,
            tr("ClickScope works without its local cache this time: %1").arg(m_cacheProblem));
    if (!m_backend || !m_backend->hasCredentials()) {
        cancelLoad();
        m_clicks->clear();
        m_campaigns->setCampaigns({});
        m_links->setLinks({});
        if (!m_keychainProblem.isEmpty())
            setWelcomeText(m_welcomeText
                + tr("<p><i>The system keychain is not available: %1. Credentials you enter can be used for this "
                     "session only.</i></p>")
                      .arg(m_keychainProblem.toHtmlEscaped()));
        m_ui->pages->setCurrentWidget(m_ui->welcomePage);
        m_footer->hide();
        updateActions();
        return;
    }
    m_footer->show();
    m_ui->pages->setCurrentWidget(m_ui->workspacePage);
    applyFirstLayout();
    updateActions();
    loadCampaigns();
}

bool MainWindow::isLoading() const
{
    return m_session->state() == ClickSession::State::Loading;
}

QString MainWindow::footerText() const
{
    return m_footer->text();
}

QString MainWindow::selectedCampaignId() const
{
    return m_ui->campaignList->currentIndex().data(CampaignListModel::IdRole).toString();
}

QString MainWindow::selectedLinkId() const
{
    const QModelIndex index = m_ui->linkList->currentIndex();
    return index.isValid() ? m_links->linkIdAt(index.row()) : QString();
}

void MainWindow::loadCampaigns()
{
    const quint64 generation = ++m_generation;
    cancelLoad();
    statusBar()->showMessage(tr("Loading campaigns…"));
    m_backend->campaigns(
        QStringLiteral("SENT"), this, [this, generation](const QList<CampaignSummary> &list, const ApiError &error) {
            if (generation != m_generation)
                return;
            statusBar()->clearMessage();
            if (error.isError()) {
                showApiError(error, tr("The campaigns could not be loaded."), [this] { loadCampaigns(); });
                if (list.isEmpty())
                    return;
            }
            m_campaigns->setCampaigns(list);
            if (list.isEmpty()) {
                statusBar()->showMessage(tr("This account has no sent campaigns yet."));
                return;
            }
            const QString last = QSettings().value(QStringLiteral("session/lastCampaign")).toString();
            const int row = std::max(0, m_campaigns->rowOf(last));
            const QString id = m_campaigns->idAt(row);
            const QModelIndex shown = m_campaignSearch->mapFromSource(m_campaigns->index(row));
            if (shown.isValid())
                m_ui->campaignList->setCurrentIndex(shown); // opens it
            if (id != m_campaign.id)
                openCampaign(id); // hidden by the search, or the list was refreshed
        });
}

void MainWindow::openCampaign(const QString &campaignId)
{
    const quint64 generation = ++m_generation;
    cancelLoad();
    m_clicks->clear();
    m_links->setLinks({});
    m_campaign = {};
    m_clickers->setSendTimeMs(noDate);
    m_campaign.id = campaignId; // which one is opening: a search keeps it current, the list does not open it twice
    m_ui->messageBar->hide();
    updateSummary(m_campaign);
    QSettings().setValue(QStringLiteral("session/lastCampaign"), campaignId);
    statusBar()->showMessage(tr("Opening the campaign…"));
    m_backend->campaign(
        campaignId, this, [this, generation, campaignId](const Campaign &campaign, const ApiError &error) {
            if (generation != m_generation)
                return;
            statusBar()->clearMessage();
            if (error.isError()) {
                showApiError(
                    error, tr("The campaign could not be opened."), [this, campaignId] { openCampaign(campaignId); });
                return;
            }
            m_campaign = campaign;
            m_ui->chartView->setSendTime(campaign.lastRunMs);
            m_clickers->setSendTimeMs(campaign.lastRunMs);
            updateSummary(campaign);
            if (campaign.lastRunMs != noDate)
                m_campaigns->setSentDate(campaign.id, campaign.lastRunMs);
            QHash<QString, QString> urls;
            for (const LinkInfo &l : campaign.links)
                urls.insert(l.id, l.url);
            m_clicks->setLinkUrls(urls);
            m_links->setLinks(campaign.links, campaign.linkCountsAreClickers,
                campaign.hasTrackingSummary ? campaign.tracking.clicks : -1);
            updateSummary(campaign);
            if (campaign.links.isEmpty()) {
                statusBar()->showMessage(tr("This campaign has no tracked links."));
                return;
            }
            const QString lastLink = QSettings().value(QStringLiteral("session/lastLink/") + campaign.id).toString();
            const int row = std::max(0, m_links->rowOf(lastLink));
            m_ui->linkList->setCurrentIndex(m_links->index(row, 0));
        });
}

void MainWindow::updateSummary(const Campaign &campaign)
{
    const QLocale locale;
    const bool has = campaign.hasTrackingSummary;
    const auto number = [&](qint64 v) { return has ? locale.toString(v) : QStringLiteral("—"); };
    const auto percent = [&](double rate) {
        return has && rate >= 0 ? locale.toString(rate * 100.0, 'f', 1) + locale.percent() : QStringLiteral("—");
    };
    // Clickers: once the whole campaign is loaded, the distinct contacts of its rows. The API's figure adds the
    // unique clickers of each send (v3: first send and resend), so a contact who clicked both counts twice there.
    TrackingSummary tracking = campaign.tracking;
    const qint64 loadedClickers = m_links->hasLoadedCounts() ? m_links->clickers(0) : -1;
    QString clickersTip = tr("Contacts who clicked a link, each counted once (the API's unique clicks)");
    if (has && loadedClickers >= 0 && loadedClickers != tracking.clicks) {
        clickersTip = tr("Contacts who clicked a link, each counted once, from the loaded clicks (the API reports %1: "
                         "it counts a contact once per send)")
                          .arg(locale.toString(tracking.clicks));
        tracking.clicks = loadedClickers;
    }
    m_ui->clicksValue->setToolTip(clickersTip);
    m_ui->sendsValue->setText(number(tracking.sends));
    m_ui->opensValue->setText(number(tracking.opens));
    m_ui->clicksValue->setText(number(tracking.clicks));
    m_ui->bouncesValue->setText(number(tracking.bounces));
    m_ui->unsubscribesValue->setText(number(tracking.unsubscribes));
    m_ui->clickRateValue->setText(percent(tracking.clickRate()));
    m_openRateValue->setText(percent(tracking.openRate()));
    m_clickToOpenValue->setText(percent(tracking.clickToOpenRate()));
    // Total clicks: from the API when it counts clicks per link (v2), else from the loaded rows once the whole
    // campaign is loaded; never the clickers again.
    const qint64 total = m_links->rowCount() > 0 ? m_links->clicks(0) : -1;
    m_totalClicksValue->setText(total >= 0 ? locale.toString(total) : QStringLiteral("—"));
    m_totalClicksValue->setToolTip(total >= 0 ? tr("Every click on any link; a contact clicking twice counts twice")
                                              : tr("Every click on any link: known once all links' clicks are loaded"));
}
void MainWindow::loadClicks()
{
    const QString campaignId = m_campaign.id;
    if (campaignId.isEmpty())
        return;
    const QString linkId = selectedLinkId();
    ++m_generation;
    cancelLoad();
    dropAutoSort(); // a sorted table would sort again at every page of the load
    m_ui->messageBar->hide();
    m_syncedMs = noDate;
    QSettings().setValue(QStringLiteral("session/lastLink/") + campaignId, linkId);

    // What the link counts promise, when they count clicks (v2); v3 counts clickers, which says nothing of rows.
    qint64 expectedRows = 0;
    if (!m_campaign.linkCountsAreClickers)
        for (const LinkInfo &l : m_campaign.links)
            if (linkId.isEmpty() || l.id == linkId)
                expectedRows += l.clickCount;
    const std::int64_t since
        = m_ui->sinceCheck->isChecked() ? QDateTime(m_ui->sinceEdit->date(), QTime(0, 0)).toMSecsSinceEpoch() : noDate;
    m_session->load(campaignId, linkId, since, expectedRows); // clears the model; onLoadState shows the rest
}

void MainWindow::refresh()
{
    if (m_campaigns->rowCount() == 0 || m_campaign.id.isEmpty()) {
        loadCampaigns();
        return;
    }
    const bool sameQuery = m_session->campaignId() == m_campaign.id && m_session->linkId() == selectedLinkId()
        && m_clicks->rowCount() > 0;
    if (!sameQuery || m_session->state() == ClickSession::State::Idle) {
        loadClicks();
        return;
    }
    if (isLoading())
        return;
    m_ui->messageBar->hide();
    dropAutoSort(); // the new rows arrive in source order; Complete sorts once
    if (m_session->canContinue()) {
        m_session->continueLoad();
        return;
    }
    // Complete: what is new since the last load, or older clicks down to "Fetch since" when the rows held do not
    // reach back that far. Nothing loaded is dropped.
    const std::int64_t want
        = m_ui->sinceCheck->isChecked() ? QDateTime(m_ui->sinceEdit->date(), QTime(0, 0)).toMSecsSinceEpoch() : noDate;
    m_session->refresh(m_session->refreshSince(want));
}

void MainWindow::loadSelectedClicks()
{
    loadClicks();
}

void MainWindow::cancelLoad()
{
    // The export reads the model's rows: a new query (or closing) must stop it first.
    if (m_exporter)
        m_exporter->cancel();
    m_session->cancel(); // a running load becomes Partial (onLoadState); otherwise nothing happens
}

void MainWindow::onProgress(const StreamProgress &progress)
{
    showLoadedDays();
    m_rateLabel->setText(tr("%1 req/s").arg(QLocale().toString(progress.requestsPerSecond, 'f', 1)));
    if (m_exporter)
        return; // the progress bar shows the export
    const qint64 expectedRows = m_session->expectedRows();
    if (expectedRows > 0 && m_session->sinceMs() == noDate && !m_session->isRefresh()) {
        m_progress->setRange(0, int(std::max<qint64>(expectedRows, progress.rows)));
        m_progress->setValue(int(progress.rows));
    } else {
        m_progress->setRange(0, 0); // busy
    }
    m_progress->setFormat(tr("%Ln clicks", nullptr, I18n::pluralCount(progress.rows)));
    m_rateLabel->setText(tr("%1 req/s").arg(QLocale().toString(progress.requestsPerSecond, 'f', 1)));
}

void MainWindow::onLoadState(ClickSession::State state)
{
    using State = ClickSession::State;
    const StreamSummary &summary = m_session->summary();
    switch (state) {
    case State::Idle:
        return;
    case State::Loading:
        setLoadingUi(true);
        statusBar()->showMessage(tr("Loading clicks…"));
        return;
    case State::Complete: {
        setLoadingUi(false);
        m_syncedMs = m_backend ? m_backend->clicksSyncedMs(m_session->campaignId(), m_session->linkId()) : noDate;
        const QString requests = tr("%Ln requests", nullptr, I18n::pluralCount(summary.requests));
        const QString seconds = QLocale().toString(double(summary.elapsedMs) / 1000.0, 'f', 1);
        const qint64 fromApi = summary.rows - summary.rowsFromCache;
        if (!m_session->isRefresh() && summary.rowsFromCache > 0)
            statusBar()->showMessage(fromApi == 0
                    ? tr("Loaded %Ln clicks from the cache; none is new (%1).", nullptr,
                        I18n::pluralCount(summary.rowsFromCache))
                          .arg(requests)
                    : tr("Loaded %Ln clicks from the cache and %1 new from Constant Contact (%2).", nullptr,
                        I18n::pluralCount(summary.rowsFromCache))
                          .arg(QLocale().toString(fromApi), requests),
                15000);
        else if (m_session->isRefresh())
            statusBar()->showMessage(m_session->rowsAdded() == 0
                    ? tr("No new clicks (%1).").arg(requests)
                    : tr("Added %Ln clicks in %1 s (%2).", nullptr, I18n::pluralCount(m_session->rowsAdded()))
                          .arg(seconds, requests),
                15000);
        else
            statusBar()->showMessage(
                tr("Loaded %Ln clicks in %1 s (%2).", nullptr, I18n::pluralCount(summary.rows)).arg(seconds, requests),
                15000);
        m_ui->messageBar->hide();
        // Clicks newer than the ones held arrive after them (a refresh, a cached campaign with new clicks): in the
        // arrival order they would sit at the bottom of a newest-first table. Unless the user chose an order, the
        // table is sorted by time, newest first, so that they show on top.
        if (((m_session->isRefresh() && m_session->rowsAdded() > 0) || (summary.rowsFromCache > 0 && fromApi > 0))
            && m_ui->clickTable->horizontalHeader()->sortIndicatorSection() < 0) {
            m_ui->clickTable->sortByColumn(ClickTableModel::TimeColumn, Qt::DescendingOrder);
            m_autoSorted = true;
        }
        if (m_session->linkId().isEmpty() && m_session->coveredSinceMs() == noDate) {
            m_links->setLoadedCounts(m_clicks->store()); // both counts of every link, from the rows
            updateSummary(m_campaign);
        }
        followLoadedRange();
        break;
    }
    case State::Partial: {
        setLoadingUi(false);
        const qint64 expected = m_session->expectedRows();
        const QString loaded = expected > m_clicks->rowCount()
            ? tr("Loading stopped: %1 of about %Ln clicks are loaded.", nullptr, I18n::pluralCount(expected))
                  .arg(QLocale().toString(m_clicks->rowCount()))
            : tr("Loading stopped: %Ln clicks are loaded, more exist.", nullptr,
                I18n::pluralCount(m_clicks->rowCount()));
        statusBar()->clearMessage();
        m_ui->messageBar->showMessage(MessageBar::Kind::Warning,
            loaded + QLatin1Char(' ') + tr("The table, the chart and the counts show only these."), tr("Continue"),
            [this] { m_session->continueLoad(); });
        followLoadedRange();
        break;
    }
    case State::Failed: {
        setLoadingUi(false);
        const qint64 rows = m_clicks->rowCount();
        m_syncedMs = m_backend ? m_backend->clicksSyncedMs(m_session->campaignId(), m_session->linkId()) : noDate;
        const bool offline = m_backend && m_backend->offlineSinceMs() != noDate;
        if (offline && summary.rowsFromCache > 0) {
            // Offline with a cache: not an error to fix but a state to know. The cached clicks are all there.
            const QString asOf = m_syncedMs != noDate
                ? tr(" They were complete at %1.")
                      .arg(
                          QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_syncedMs, ClickTableModel::displayZone()),
                              QLocale::ShortFormat))
                : QString();
            m_ui->messageBar->showMessage(MessageBar::Kind::Warning,
                tr("Offline: Constant Contact cannot be reached. Showing the %Ln clicks in the cache.", nullptr,
                    I18n::pluralCount(rows))
                    + asOf + QLatin1Char(' ') + m_session->lastError().userMessage(),
                tr("Retry"), [this] {
                    m_ui->messageBar->hide();
                    m_session->continueLoad();
                });
            statusBar()->showMessage(tr("Offline: %Ln clicks from the cache.", nullptr, I18n::pluralCount(rows)));
            followLoadedRange();
            break;
        }
        const QString kept = rows > 0
            ? tr(" The %Ln clicks loaded before the error are shown.", nullptr, I18n::pluralCount(rows))
            : QString();
        // Retry goes on and adds only what is missing; the loaded rows stay.
        showApiError(m_session->lastError(), tr("Loading the clicks stopped.") + kept, [this] {
            m_ui->messageBar->hide();
            m_session->continueLoad();
        });
        statusBar()->showMessage(tr("Loading stopped after %Ln clicks.", nullptr, I18n::pluralCount(rows)));
        followLoadedRange();
        break;
    }
    }
    updateFooter();
    updateActions();
    Q_EMIT clicksLoadEnded();
}

void MainWindow::showApiError(const ApiError &error, const QString &what, std::function<void()> retry)
{
    using Kind = ApiError::Kind;
    const QString text = what + QLatin1Char(' ') + error.userMessage();
    switch (error.kind) {
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::MissingCredentials:
        if (m_backend && m_backend->account().api == ApiVersion::V3) {
            // v3: a new sign-in in the browser, when the user chooses (never a browser opened unasked).
            showSignInProblem(text);
            break;
        }
        m_ui->messageBar->showMessage(
            MessageBar::Kind::Error, text, tr("Enter Credentials…"), [this] { Q_EMIT credentialsRequested(); });
        Q_EMIT credentialsRequested();
        break;
    case Kind::QuotaExhausted:
    case Kind::NotAcceptable:
    case Kind::InsecureUrl:
        m_ui->messageBar->showMessage(MessageBar::Kind::Error, text);
        break;
    case Kind::Cancelled:
        break;
    default:
        m_ui->messageBar->showMessage(MessageBar::Kind::Error, text, tr("Retry"), std::move(retry));
    }
}

void MainWindow::updateFooter()
{
    const QLocale locale;
    const int total = m_clicks->rowCount();
    const int shown = m_proxy->rowCount();
    const int contacts = m_proxy->acceptedContacts();
    QString text = total == 0 ? tr("No clicks loaded")
                              : tr("%1 of %Ln clicks", nullptr, total).arg(locale.toString(shown))
            + QStringLiteral(" · ") + tr("%Ln contacts", nullptr, contacts);
    const auto state = m_session->state();
    // Offline with the clicks from the cache: they were complete when last synced ("as of" below), not cut short.
    const bool offlineCached = state == ClickSession::State::Failed && m_backend
        && m_backend->offlineSinceMs() != noDate && m_session->summary().rowsFromCache > 0;
    // (The status bar's "Offline since" label says it once; the footer only leaves "partial" out.)
    if (!offlineCached && total > 0 && (state == ClickSession::State::Partial || state == ClickSession::State::Failed))
        text += QStringLiteral(" · ") + tr("partial");
    if (m_chartZoomed)
        text += QStringLiteral(" · ") + tr("chart zoom");
    QString fresh;
    if (total > 0 && m_syncedMs != noDate && m_backend && m_backend->hasCache()) {
        // How fresh the clicks are: when the cache last held all of them (a time today, else the date too).
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_syncedMs, ClickTableModel::displayZone());
        const bool today
            = at.date() == QDateTime::currentDateTimeUtc().toTimeZone(ClickTableModel::displayZone()).date();
        text += QStringLiteral(" · ")
            + tr("as of %1")
                  .arg(today ? QLocale().toString(at.time(), QLocale::ShortFormat)
                             : QLocale().toString(at, QLocale::ShortFormat));
        fresh = tr("Every click up to %1 is loaded (kept in the local cache; Refresh asks for newer ones)")
                    .arg(QLocale().toString(at, QLocale::LongFormat));
    }
    m_footer->setText(text);
    m_tableEmpty->setVisible(total > 0 && shown == 0);
    if (m_tableEmpty->isVisibleTo(m_ui->clickTable))
        m_tableEmpty->setText(tr("None of the %Ln loaded clicks passes the filter: the text, the From and To dates or "
                                 "the chart zoom. Clear them to see the clicks.",
            nullptr, I18n::pluralCount(total)));
    m_footer->setToolTip(
        !offlineCached && total > 0 && (state == ClickSession::State::Partial || state == ClickSession::State::Failed)
            ? tr("Loading stopped before the end: more clicks exist than are loaded (Refresh goes on)")
            : fresh);
}

void MainWindow::applyDateRange()
{
    m_chartZoomed = false;
    const QTimeZone zone = ClickTableModel::displayZone();
    const auto midnight = [&zone](const QDate &d) { return QDateTime(d, QTime(0, 0), zone); };
    const QDateTime from = m_ui->fromCheck->isChecked() ? midnight(m_ui->fromEdit->date()) : QDateTime();
    const QDateTime to = m_ui->toCheck->isChecked() ? midnight(m_ui->toEdit->date().addDays(1)) : QDateTime();
    m_proxy->setDateRange(from, to);
    m_ui->chartView->setZoomRange(
        from.isValid() ? from.toMSecsSinceEpoch() : noDate, to.isValid() ? to.toMSecsSinceEpoch() : noDate);
    updateActions();
}

bool MainWindow::loadedDays(QDate *first, QDate *last) const
{
    const ClickStore &store = m_clicks->store();
    if (store.size() == 0 || store.minMs() > store.maxMs())
        return false; // no dated click
    const QTimeZone zone = ClickTableModel::displayZone();
    *first = QDateTime::fromMSecsSinceEpoch(store.minMs(), zone).date();
    *last = QDateTime::fromMSecsSinceEpoch(store.maxMs(), zone).date();
    return true;
}

void MainWindow::followLoadedRange()
{
    // Unticked From/To show the days of the loaded clicks, so that ticking one starts from the data.
    QDate first, last;
    if (!loadedDays(&first, &last))
        return;
    const QSignalBlocker fromBlock(m_ui->fromEdit);
    const QSignalBlocker toBlock(m_ui->toEdit);
    if (!m_ui->fromCheck->isChecked())
        m_ui->fromEdit->setDate(first);
    m_ui->toEdit->setMinimumDate(m_ui->fromEdit->date());
    if (!m_ui->toCheck->isChecked())
        m_ui->toEdit->setDate(std::max(last, m_ui->fromEdit->date()));
    applyDateRange();
}

void MainWindow::showLoadedDays()
{
    // Until a load ended, an unticked From/To showed the last campaign's days (or today): ticking it then filtered
    // out every click, for good. A ticked one is the user's filter and stays as it is.
    QDate first, last;
    if (!loadedDays(&first, &last))
        return;
    const QDate toBefore = m_ui->toEdit->date();
    {
        const QSignalBlocker fromBlock(m_ui->fromEdit);
        const QSignalBlocker toBlock(m_ui->toEdit);
        if (!m_ui->fromCheck->isChecked())
            m_ui->fromEdit->setDate(first);
        m_ui->toEdit->setMinimumDate(m_ui->fromEdit->date());
        if (!m_ui->toCheck->isChecked())
            m_ui->toEdit->setDate(std::max(last, m_ui->fromEdit->date()));
    }
    // A ticked To moved up to the new From: the filter changed with it.
    if (m_ui->toCheck->isChecked() && m_ui->toEdit->date() != toBefore)
        applyDateRange();
}

void MainWindow::setLoadingUi(bool loading)
{
    // An export in progress keeps the progress bar and Cancel, whatever the load does.
    m_progress->setVisible(loading || m_exporter);
    m_rateLabel->setVisible(loading);
    m_cancel->setVisible(loading || m_exporter);
    if (loading && !m_exporter) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
        m_rateLabel->clear();
    }
}

void MainWindow::saveChart()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    //: The suggested file name of a saved chart. Lower case, no spaces.
    const QString suggested = dir + QLatin1Char('/') + tr("clicks.png");
    const QString name
        = QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"), suggested, tr("PNG images (*.png)"));
    if (name.isEmpty())
        return;
    const QString link = selectedLinkId().isEmpty()
        ? QString()
        : m_links->index(m_links->rowOf(selectedLinkId()), 0).data().toString();
    QString range;
    const QDateTime from = m_proxy->dateFrom(), to = m_proxy->dateTo();
    if (from.isValid() || to.isValid()) {
        const QLocale locale;
        const auto day = [&locale](const QDateTime &t) { return locale.toString(t.date(), QLocale::ShortFormat); };
        range = from.isValid() && to.isValid() ? tr("%1 to %2").arg(day(from), day(to.addMSecs(-1)))
            : from.isValid()                   ? tr("from %1").arg(day(from))
                                               : tr("until %1").arg(day(to.addMSecs(-1)));
    }
    m_ui->chartView->setTitleContext(m_campaign.name, link, range);
    QString error;
    if (!m_ui->chartView->savePng(name, &error))
        m_ui->messageBar->showMessage(
            MessageBar::Kind::Error, tr("The chart could not be saved to %1: %2").arg(name, error));
    else
        statusBar()->showMessage(tr("Chart saved to %1").arg(name), 8000);
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // "Clear This Account": the open account's cache file, named as the Account menu names it (none in the demo,
    // without a cache or before sign-in). The file the backend has open, even when the folder was changed since.
    if (m_backend && m_backend->hasCache() && m_backend->hasCredentials() && !m_demo)
        dialog->setCurrentCacheFile(m_backend->cachePath(), m_ui->actionAccountInfo->text());
    // The clicks shown stay (they are loaded); only "as of" no longer holds, and the next load walks every page.
    connect(dialog, &PreferencesDialog::cacheCleared, this, [this](bool currentAccount) {
        if (!currentAccount)
            return;
        m_syncedMs = noDate;
        updateFooter();
        statusBar()->showMessage(tr("The cache of this account is cleared. The clicks shown stay until the next load, "
                                    "which asks Constant Contact for all of them."),
            15000);
    });
    connect(dialog, &PreferencesDialog::languageChanged, this, [this] {
        m_ui->messageBar->showMessage(MessageBar::Kind::Information,
            tr("ClickScope will use the new language the next time it starts."), tr("Restart Now"),
            [this] { Q_EMIT restartRequested(); });
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ClickScope"),
        tr("<h3>ClickScope %1</h3><p>Who clicked which link in your email campaign, and when.</p>"
           "<p>Reads the Constant Contact v2 click tracking API.</p>"
           "<p>License: %2 (GNU General Public License, version 3 or later).</p>")
            .arg(versionString(), licenseName()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splittersRestored
        = m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_ui->contentSplitter->restoreState(settings.value(QStringLiteral("window/contentSplitter")).toByteArray());
    m_ui->clickTable->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/clickColumns")).toByteArray());
    m_ui->clickTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    fitClickColumns();
    m_utcAction->setChecked(settings.value(QStringLiteral("view/utc"), false).toBool());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("chart/mode"),
        m_ui->chartView->mode() == ClickChartView::Mode::OverTime ? QStringLiteral("time") : QStringLiteral("share"));
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/contentSplitter"), m_ui->contentSplitter->saveState());
    settings.setValue(QStringLiteral("window/clickColumns"), m_ui->clickTable->horizontalHeader()->saveState());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    applyFirstLayout();
}

void MainWindow::applyFirstLayout()
{
    // First run: room for campaign names on the left, the rest for the clicks; table above a smaller chart. Once
    // the workspace is on screen with its final geometry (from the event loop): the same layout whether the window
    // opened on it or came from the welcome panel.
    if (m_splittersRestored || !isVisible() || m_ui->pages->currentWidget() != m_ui->workspacePage)
        return;
    m_splittersRestored = true;
    QTimer::singleShot(0, this, [this] {
        const int total = m_ui->mainSplitter->width();
        const int side = std::max(m_ui->sidePanel->minimumSizeHint().width(), std::min(380, total / 3));
        m_ui->mainSplitter->setSizes({ side, total - side });
        const int height = m_ui->contentSplitter->height();
        m_ui->contentSplitter->setSizes({ height * 3 / 5, height - height * 3 / 5 });
        fitClickColumns();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    cancelLoad();
    event->accept();
}

} // namespace ClickScope
