// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace ClickScope {

// File → Preferences…: the language override, the v3 client id, and the local cache (its folder, its size per
// account, and clearing it). The choices are saved in the settings on OK; a new language takes effect the next time
// ClickScope starts, a new cache folder the next time an account is opened. Clearing a cache happens at once (after a
// confirmation) and never touches the keychain or the settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The chosen language code, "" for the system's.
    QString language() const;

    // The client id of the Constant Contact application that signs in (v3; not a secret), saved in the settings.
    static QString savedClientId();
    static QString clientIdKey() { return QStringLiteral("account/v3ClientId"); }

    // The folder of the local caches: the saved one, else BackendFactory::defaultCacheDir(). The setting is absent
    // while the default is used, so that a default that moves is followed.
    static QString savedCacheDir();
    static QString cacheDirKey() { return QStringLiteral("cache/dir"); }

    // The cache file of the account the window has open and how to name it ("v2 · api.constantcontact.com"), for
    // "Clear This Account". An empty path (the demo, an account without a cache, not signed in) disables it.
    void setCurrentCacheFile(const QString &path, const QString &accountLabel);
    // The folder shown (and saved on OK).
    QString cacheDir() const;

Q_SIGNALS:
    // Emitted on OK when the saved language changed.
    void languageChanged(const QString &code);
    // Emitted after caches were cleared; currentAccount: the open account's cache was one of them.
    void cacheCleared(bool currentAccount);

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void setCacheDir(const QString &dir);
    void chooseCacheDir();
    // Lists the caches of the folder shown, with their sizes, and enables the Clear buttons.
    void refreshCaches();
    void clearCurrentCache();
    void clearAllCaches();
    bool confirmClear(const QString &title, const QString &what);
    // Clears the files and returns those cleared; says why in a message box when one of them could not be.
    QStringList clearFiles(const QStringList &paths, const QStringList &labels);
    bool isCurrentCache(const QString &path) const;

    QComboBox *m_language;
    QLineEdit *m_clientId;
    QLineEdit *m_cacheDir;
    QPushButton *m_changeCacheDir;
    QPushButton *m_defaultCacheDir;
    QStackedWidget *m_cacheStack;
    QTreeWidget *m_cacheList;
    QLabel *m_cacheEmpty;
    QLabel *m_cacheTotal;
    QPushButton *m_clearCurrent;
    QPushButton *m_clearAll;
    QString m_currentCacheFile;
    QString m_currentAccount;
    QString m_shownCacheDir; // the folder, as given (m_cacheDir shows it with native separators)
};

} // namespace ClickScope
