// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appinfo.h"
#include "backend/trackingbackend.h"
#include "domain/isotime.h"
#include "export/csvwriter.h"
#include "gui/contactdialog.h"
#include "gui/preferencesdialog.h"
#include "i18n.h"
#include "model/campaignlistmodel.h"
#include "model/clickfilterproxy.h"
#include "model/clickseries.h"
#include "model/clicktablemodel.h"
#include "model/linklistmodel.h"

#include "ui_mainwindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>

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
    m_ui->sidePanel->setMinimumWidth(260);
    connect(
        m_ui->campaignSearch, &QLineEdit::textChanged, m_campaignSearch, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->campaignList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                openCampaign(current.data(CampaignListModel::IdRole).toString());
        });

    // Links.
    m_ui->linkList->setModel(m_links);
    m_ui->linkList->setItemDelegate(new AllLinksDelegate(m_ui->linkList));
    m_ui->linkList->header()->setStretchLastSection(false);
    m_ui->linkList->header()->setSectionResizeMode(LinkListModel::UrlColumn, QHeaderView::Stretch);
    m_ui->linkList->header()->setSectionResizeMode(LinkListModel::ClicksColumn, QHeaderView::ResizeToContents);
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
    m_ui->clickTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->clickTable->horizontalHeader()->setSortIndicatorShown(true);
    m_ui->clickTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->clickTable->setColumnWidth(ClickTableModel::TimeColumn, 160);
    m_ui->clickTable->setColumnWidth(ClickTableModel::EmailColumn, 260);
    m_ui->clickTable->setColumnWidth(ClickTableModel::ContactIdColumn, 90);
    m_ui->clickTable->setColumnWidth(ClickTableModel::LinkUrlColumn, 280);
    // The placeholder stays short enough to be read whole in every language; the shortcut is in the tooltip, in the
    // keyboard's own words ("Strg+F" in German).
    m_ui->filterEdit->setToolTip(tr("Type to filter the clicks by email or contact ID (%1)")
                                     .arg(m_ui->actionFindFilter->shortcut().toString(QKeySequence::NativeText)));
    m_ui->filterEdit->setMinimumWidth(
        std::max(200, m_ui->filterEdit->fontMetrics().horizontalAdvance(m_ui->filterEdit->placeholderText()) + 48));
    m_ui->filterLayout->setStretch(0, 1);
    m_ui->chartView->setSeries(m_series);
    connect(m_ui->chartView, &ClickChartView::saveRequested, this, &MainWindow::saveChart);
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
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->fromEdit->setDateTime(now.addDays(-30));
    m_ui->toEdit->setDateTime(now);
    m_ui->sinceEdit->setDate(now.date().addDays(-30));
    // Short formats, without seconds: the filter row must leave room for the campaign list.
    QString shortFormat = QLocale().dateTimeFormat(QLocale::ShortFormat);
    shortFormat.remove(QStringLiteral(":ss"));
    for (QDateTimeEdit *edit : { m_ui->fromEdit, m_ui->toEdit })
        edit->setDisplayFormat(shortFormat);
    m_ui->sinceEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    connect(m_ui->sinceCheck, &QCheckBox::toggled, m_ui->sinceEdit, &QWidget::setEnabled);
    connect(m_ui->fromCheck, &QCheckBox::toggled, this, &MainWindow::applyDateRange);
    connect(m_ui->toCheck, &QCheckBox::toggled, this, &MainWindow::applyDateRange);
    connect(m_ui->fromEdit, &QDateTimeEdit::dateTimeChanged, this, &MainWindow::applyDateRange);
    connect(m_ui->toEdit, &QDateTimeEdit::dateTimeChanged, this, &MainWindow::applyDateRange);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_ui->actionRefresh, &QAction::trigger);

    // Menus.
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (m_campaigns->rowCount() == 0 || selectedCampaignId().isEmpty())
            loadCampaigns();
        else
            loadClicks();
    });
    connect(m_ui->actionFindFilter, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionResetZoom, &QAction::triggered, m_ui->chartView, &ClickChartView::resetZoom);
    connect(m_ui->actionSaveChart, &QAction::triggered, this, &MainWindow::saveChart);
    connect(m_ui->actionExportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->actionCredentials, &QAction::triggered, this, &MainWindow::credentialsRequested);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_ui->enterCredentialsButton, &QPushButton::clicked, this, &MainWindow::credentialsRequested);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);

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

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    restoreWindowState();
}

void MainWindow::updateActions()
{
    m_ui->actionExportCsv->setEnabled(m_proxy->rowCount() > 0 && !m_exporter);
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

void MainWindow::exportCsvTo(const QString &fileName)
{
    if (m_exporter)
        return;
    std::vector<std::uint32_t> rows(m_proxy->acceptedSourceRows()); // the table's order, filter applied
    const qint64 total = qint64(rows.size());
    m_exporter = new CsvExporter(m_clicks, std::move(rows), fileName, this);
    m_exporter->setKeepIdenticalRows(m_backend && m_backend->capabilities().identicalRowsAreDistinct);
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
    if (!source.isValid())
        return;
    const ClickRow row = m_clicks->row(source.row());
    // The same contact's window, if open, comes forward.
    for (ContactDialog *d : findChildren<ContactDialog *>())
        if (d->contactId() == row.contactId) {
            d->raise();
            d->activateWindow();
            return;
        }
    QList<ClickRow> clicks;
    const ClickStore &store = m_clicks->store();
    const std::uint32_t contact = store.at(std::size_t(source.row())).contact;
    for (std::size_t i = 0; i < store.size(); ++i)
        if (store.at(i).contact == contact)
            clicks.append(m_clicks->row(int(i)));
    QHash<QString, QString> names;
    for (int r = 0; r < m_campaigns->rowCount(); ++r)
        names.insert(m_campaigns->idAt(r), m_campaigns->index(r).data(CampaignListModel::NameRole).toString());
    auto *dialog = new ContactDialog(m_backend.get(), m_contactCache.get(), row.contactId, clicks, names, this);
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
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setBackend(std::unique_ptr<TrackingBackend> backend)
{
    cancelLoad();
    m_session->setBackend(backend.get());
    // Later, not now: this may run inside one of the old backend's callbacks (a 401 asks for new credentials).
    if (m_backend)
        m_backend.release()->deleteLater();
    m_backend = std::move(backend);
}

void MainWindow::setKeychainProblem(const QString &message)
{
    m_keychainProblem = message;
}

void MainWindow::start()
{
    m_ui->actionCredentials->setEnabled(true);
    if (!m_backend || !m_backend->hasCredentials()) {
        cancelLoad();
        m_clicks->clear();
        m_campaigns->setCampaigns({});
        m_links->setLinks({});
        if (!m_keychainProblem.isEmpty())
            setWelcomeText(m_welcomeText
                + tr("<p><i>The system keychain is not available (%1). Credentials you enter can be used for this "
                     "session only.</i></p>")
                      .arg(m_keychainProblem.toHtmlEscaped()));
        m_ui->pages->setCurrentWidget(m_ui->welcomePage);
        m_footer->hide();
        return;
    }
    m_footer->show();
    m_ui->pages->setCurrentWidget(m_ui->workspacePage);
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
            m_ui->campaignList->setCurrentIndex(m_campaignSearch->mapFromSource(m_campaigns->index(row)));
        });
}

void MainWindow::openCampaign(const QString &campaignId)
{
    const quint64 generation = ++m_generation;
    cancelLoad();
    m_clicks->clear();
    m_links->setLinks({});
    m_campaign = {};
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
            updateSummary(campaign);
            if (campaign.lastRunMs != noDate)
                m_campaigns->setSentDate(campaign.id, campaign.lastRunMs);
            QHash<QString, QString> urls;
            for (const LinkInfo &l : campaign.links)
                urls.insert(l.id, l.url);
            m_clicks->setLinkUrls(urls);
            m_links->setLinks(campaign.links);
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
    m_ui->sendsValue->setText(number(campaign.tracking.sends));
    m_ui->opensValue->setText(number(campaign.tracking.opens));
    m_ui->clicksValue->setText(number(campaign.tracking.clicks));
    m_ui->bouncesValue->setText(number(campaign.tracking.bounces));
    m_ui->unsubscribesValue->setText(number(campaign.tracking.unsubscribes));
    const double rate = campaign.tracking.clickRate();
    m_ui->clickRateValue->setText(
        has && rate >= 0 ? locale.toString(rate * 100.0, 'f', 1) + locale.percent() : QStringLiteral("—"));
    m_ui->clickRateValue->setToolTip(tr("Unique clicks ÷ (sends − bounces)"));
    m_ui->summaryBox->setTitle(campaign.name.isEmpty() ? tr("Tracking summary") : tr("Tracking summary"));
}

void MainWindow::loadClicks()
{
    const QString campaignId = m_campaign.id;
    if (campaignId.isEmpty())
        return;
    const QString linkId = selectedLinkId();
    ++m_generation;
    cancelLoad();
    m_ui->messageBar->hide();
    QSettings().setValue(QStringLiteral("session/lastLink/") + campaignId, linkId);

    qint64 expectedRows = 0;
    for (const LinkInfo &l : m_campaign.links)
        if (linkId.isEmpty() || l.id == linkId)
            expectedRows += l.clickCount;
    const std::int64_t since
        = m_ui->sinceCheck->isChecked() ? QDateTime(m_ui->sinceEdit->date(), QTime(0, 0)).toMSecsSinceEpoch() : noDate;
    m_session->load(campaignId, linkId, since, expectedRows); // clears the model; onLoadState shows the rest
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
    m_rateLabel->setText(tr("%1 req/s").arg(QLocale().toString(progress.requestsPerSecond, 'f', 1)));
    if (m_exporter)
        return; // the progress bar shows the export
    const qint64 expectedRows = m_session->expectedRows();
    if (expectedRows > 0 && m_session->sinceMs() == noDate) {
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
    case State::Complete:
        setLoadingUi(false);
        statusBar()->showMessage(tr("Loaded %Ln clicks in %1 s (%2).", nullptr, I18n::pluralCount(summary.rows))
                                     .arg(QLocale().toString(double(summary.elapsedMs) / 1000.0, 'f', 1),
                                         tr("%Ln requests", nullptr, I18n::pluralCount(summary.requests))),
            15000);
        break;
    case State::Partial:
        setLoadingUi(false);
        statusBar()->showMessage(
            tr("Stopped. %Ln clicks were loaded before you cancelled.", nullptr, m_clicks->rowCount()));
        break;
    case State::Failed: {
        setLoadingUi(false);
        const QString kept = summary.rows > 0
            ? tr(" The %Ln clicks loaded before the error are shown.", nullptr, I18n::pluralCount(summary.rows))
            : QString();
        showApiError(m_session->lastError(), tr("Loading the clicks stopped.") + kept, [this] { loadClicks(); });
        statusBar()->showMessage(tr("Loading stopped after %Ln clicks.", nullptr, I18n::pluralCount(summary.rows)));
        break;
    }
    }
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
    m_footer->setText(total == 0 ? tr("No clicks loaded")
                                 : tr("%1 of %Ln clicks", nullptr, total).arg(locale.toString(shown))
                + QStringLiteral(" · ") + tr("%Ln contacts", nullptr, contacts));
}

void MainWindow::applyDateRange()
{
    m_proxy->setDateRange(m_ui->fromCheck->isChecked() ? m_ui->fromEdit->dateTime() : QDateTime(),
        m_ui->toCheck->isChecked() ? m_ui->toEdit->dateTime() : QDateTime());
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
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/contentSplitter"), m_ui->contentSplitter->saveState());
    settings.setValue(QStringLiteral("window/clickColumns"), m_ui->clickTable->horizontalHeader()->saveState());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_splittersRestored) {
        // First run: room for campaign names on the left, the rest for the clicks; table above a smaller chart.
        // Once the layout has its final geometry, i.e. from the event loop.
        m_splittersRestored = true;
        QTimer::singleShot(0, this, [this] {
            const int total = m_ui->mainSplitter->width();
            const int side = std::min(380, total / 3);
            m_ui->mainSplitter->setSizes({ side, total - side });
            const int height = m_ui->contentSplitter->height();
            m_ui->contentSplitter->setSizes({ height * 3 / 5, height - height * 3 / 5 });
        });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    cancelLoad();
    event->accept();
}

} // namespace ClickScope
