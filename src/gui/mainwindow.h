// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apierror.h"
#include "domain/clickbatch.h"
#include "domain/isotime.h"
#include "domain/types.h"
#include "session/clicksession.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace ClickScope {

class CampaignListModel;
class ClickersModel;
class ClickersView;
class ClickFilterProxy;
class ClickSeries;
class ClickTableModel;
class LinkListModel;
class TrackingBackend;
struct StreamProgress;
struct StreamSummary;

// The window a user lives in: campaigns and links on the left, the click table above the chart on the right,
// a filter row, and a status bar with progress, request rate, Cancel and the footer "N of M clicks · K contacts".
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The account to show (the window owns it): a running load stops, and start() loads its campaigns. Null or an
    // account without credentials: the welcome panel.
    void setBackend(std::unique_ptr<TrackingBackend> backend);
    TrackingBackend *backend() const { return m_backend.get(); }
    void setDemoMode(bool demo);
    // What the Account menu says of the open account ("Constant Contact v3 · api.cc.email"), and whether it has a
    // stored sign-in or credentials to sign out of.
    void setAccountDescription(const QString &text, bool canSignOut);
    // The browser sign-in is under way: a bar says what to do, with Cancel (signInCancelled).
    void setSignInWaiting(bool waiting);
    void showSignInProblem(const QString &message);
    // No browser could be opened: the address to open by hand, with Copy Address (the sign-in still waits).
    void showSignInAddress(const QUrl &url);
    // The keychain could not be read: the welcome panel says so (credentials can still be used for the session).
    void setKeychainProblem(const QString &message);
    // The account's cache could not be opened (the window works without one): shown when the account opens.
    void setCacheProblem(const QString &message);
    // Shows the welcome panel when the account has no credentials, else loads the campaigns.
    void start();

    ClickTableModel *clickModel() const { return m_clicks; }
    ClickFilterProxy *clickProxy() const { return m_proxy; }
    ClickSeries *clickSeries() const { return m_series; }
    bool isLoading() const;
    QString footerText() const;

    // Writes the rows that pass the filter, in the table's order, to fileName (File → Export CSV… asks for it).
    // spreadsheet: the format for Excel and LibreOffice (names, times as shown, a BOM) instead of the contract CSV.
    void exportCsvTo(const QString &fileName, bool spreadsheet = false);
    // Opens the drill-down for the contact of a table row (proxy row), or for a contact id.
    void openContactForRow(int proxyRow);
    void openContact(const QString &contactId);
    // Writes the Clickers tab (one row per contact, in its order) to fileName; false and a message when it failed.
    bool exportClickersTo(const QString &fileName);
    // Copies the selected rows as tab-separated text (Ctrl+C).
    void copySelection();
    // Loads the clicks of the open campaign and the selected link from scratch (what picking a link does).
    void loadSelectedClicks();
    // Refresh (F5): the campaigns when none is open; else goes on with a stopped load, or adds the clicks that are
    // new since the last one. Never drops loaded rows.
    void refresh();
    // View → Reload from Server: forgets the campaign's cached clicks and loads every page again.
    void reloadFromServer();

Q_SIGNALS:
    void credentialsRequested();
    void signInRequested();
    void signInCancelled();
    void signOutRequested();
    void demoRequested();
    // The user asked to restart now so a new language applies (the window's state is saved on close).
    void restartRequested();
    // A load of clicks ended: finished, failed or cancelled (for tests and scripting).
    void clicksLoadEnded();
    void exportFinished(bool ok, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadCampaigns();
    void openCampaign(const QString &campaignId);
    void loadClicks();
    void cancelLoad();
    void showApiError(const ApiError &error, const QString &what, std::function<void()> retry);
    void onProgress(const ClickScope::StreamProgress &progress);
    void onLoadState(ClickScope::ClickSession::State state); // the session's load state, shown
    void updateFooter();
    void updateConnectivity();
    void updateSummary(const Campaign &campaign);
    void buildSummary();
    void fitClickColumns();
    void applyFirstLayout();
    void filterCampaigns(const QString &text);
    void applyDateRange();
    void followLoadedRange();
    void showLoadedDays(); // while loading: unticked From/To show the days loaded so far
    bool loadedDays(QDate *first, QDate *last) const; // of the oldest and the newest loaded click (display zone)
    void setTimesInUtc(bool utc);
    void showShortcuts();
    void showGuide();
    void saveChart();
    void showAbout();
    void showPreferences();
    void setWelcomeText(const QString &text);
    void fitWelcomeText();
    void restoreWindowState();
    void saveWindowState();
    QString selectedCampaignId() const;
    QString selectedLinkId() const;
    void setLoadingUi(bool loading);
    void exportCsv();
    void exportClickers();
    void exportSpreadsheet();
    void updateActions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    bool m_demo = false;
    CampaignListModel *m_campaigns;
    QSortFilterProxyModel *m_campaignSearch;
    LinkListModel *m_links;
    std::unique_ptr<TrackingBackend> m_backend; // the open account; null before one is set
    ClickSession *m_session; // the click query: model, proxy, series, stream, load state
    ClickTableModel *m_clicks; // m_session's
    ClickFilterProxy *m_proxy; // m_session's
    ClickSeries *m_series; // m_session's
    quint64 m_generation = 0; // a new campaign query bumps it; its replies of older generations are dropped
    Campaign m_campaign;
    QProgressBar *m_progress;
    QLabel *m_rateLabel;
    QPushButton *m_cancel;
    QLabel *m_footer;
    QLabel *m_tableEmpty = nullptr; // over the click table when the filter hides every loaded click
    QLabel *m_openRateValue = nullptr;
    QLabel *m_totalClicksValue = nullptr;
    QLabel *m_clickToOpenValue = nullptr;
    QAction *m_utcAction = nullptr;
    QAction *m_spreadsheetAction = nullptr;
    QTabWidget *m_resultTabs = nullptr;
    ClickersModel *m_clickers = nullptr;
    ClickersView *m_clickersView = nullptr;
    bool m_chartZoomed = false; // the chart's zoom, not From/To, sets the proxy's range
    bool m_filteringCampaigns = false; // the campaign search is narrowing the list: nothing opens
    QTimer m_filterDelay;
    bool m_splittersRestored = false;
    QString m_keychainProblem;
    QString m_cacheProblem;
    QAction *m_reloadAction = nullptr;
    bool m_autoSorted = false; // the table sorted by time because new clicks came last, not by the user's choice
    void dropAutoSort();
    QLabel *m_offlineLabel = nullptr;
    std::int64_t m_syncedMs = noDate; // when the loaded query's cached clicks were last complete (noDate: never)
    QString m_welcomeText;
    QPointer<class CsvExporter> m_exporter;
    std::unique_ptr<struct ContactCache> m_contactCache;
};

} // namespace ClickScope
