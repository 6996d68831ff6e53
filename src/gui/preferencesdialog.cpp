// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "backend/backendfactory.h"
#include "i18n.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ClickScope {

namespace {

    // Sizes as the desktop's file managers give them (GNOME Files and Finder count in powers of 1000: "1.3 MB").
    QString formattedSize(qint64 bytes)
    {
        return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
    }

    QString cleanDir(const QString &dir)
    {
        return dir.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(dir));
    }

    bool sameFile(const QString &a, const QString &b)
    {
        if (a.isEmpty() || b.isEmpty())
            return false;
        const QFileInfo fa(a), fb(b);
        if (fa.exists() && fb.exists())
            return fa.canonicalFilePath() == fb.canonicalFilePath();
        return fa.absoluteFilePath() == fb.absoluteFilePath();
    }

    QLabel *noteLabel(const QString &text, const QString &objectName, QWidget *parent)
    {
        auto *note = new QLabel(text, parent);
        note->setObjectName(objectName);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        return note;
    }

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_cacheDir(new QLineEdit(this))
    , m_changeCacheDir(new QPushButton(tr("C&hange…"), this))
    , m_defaultCacheDir(new QPushButton(tr("&Default"), this))
    , m_cacheStack(new QStackedWidget(this))
    , m_cacheList(new QTreeWidget(this))
    , m_cacheEmpty(new QLabel(tr("No cached data yet."), this))
    , m_cacheTotal(new QLabel(this))
    , m_clearCurrent(new QPushButton(tr("Clear &This Account"), this))
    , m_clearAll(new QPushButton(tr("Clear &All"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of ClickScope's windows and messages"));
    // The system's language first, named as it would be used; then each catalog in its own language, so a user
    // who cannot read the current one still finds theirs.
    const QString system = I18n::resolve(QString());
    QString systemName = system;
    for (const I18n::Language &l : I18n::availableLanguages()) {
        if (l.code == system)
            systemName = l.nativeName;
    }
    m_language->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const I18n::Language &l : I18n::availableLanguages())
        m_language->addItem(l.nativeName, l.code);
    const int current = m_language->findData(I18n::savedLanguage());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = noteLabel(
        tr("A new language is used the next time ClickScope starts."), QStringLiteral("languageNote"), this);

    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Constant Contact client id"));
    m_clientId->setText(savedClientId());
    m_clientId->setPlaceholderText(tr("From your application in the Constant Contact developer portal"));
    m_clientId->setToolTip(tr("Sign in uses this application (OAuth2 with PKCE; no client secret). Its redirect URI "
                              "must be http://127.0.0.1:52801/callback."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Client id (v3):"), m_clientId);

    // --- the cache ---
    // Read-only, but selectable: the path can be copied to find the files.
    m_cacheDir->setObjectName(QStringLiteral("cacheDirEdit"));
    m_cacheDir->setAccessibleName(tr("Cache folder"));
    m_cacheDir->setReadOnly(true);
    m_changeCacheDir->setObjectName(QStringLiteral("changeCacheDirButton"));
    m_changeCacheDir->setAccessibleName(tr("Change the cache folder"));
    m_changeCacheDir->setToolTip(tr("Choose another folder for the cached data"));
    m_defaultCacheDir->setObjectName(QStringLiteral("defaultCacheDirButton"));
    m_defaultCacheDir->setAccessibleName(tr("Use the default cache folder"));
    connect(m_changeCacheDir, &QPushButton::clicked, this, &PreferencesDialog::chooseCacheDir);
    connect(m_defaultCacheDir, &QPushButton::clicked, this, [this] { setCacheDir(BackendFactory::defaultCacheDir()); });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_cacheDir, 1);
    dirRow->addWidget(m_changeCacheDir);
    dirRow->addWidget(m_defaultCacheDir);
    auto *dirNote = noteLabel(tr("A new folder is used the next time an account is opened. The files in the old "
                                 "folder stay where they are."),
        QStringLiteral("cacheDirNote"), this);

    m_cacheList->setObjectName(QStringLiteral("cacheList"));
    m_cacheList->setAccessibleName(tr("Cached accounts and their size on disk"));
    m_cacheList->setColumnCount(2);
    m_cacheList->setHeaderLabels({ tr("Account"), tr("Size") });
    m_cacheList->setRootIsDecorated(false);
    m_cacheList->setUniformRowHeights(true);
    m_cacheList->setSelectionMode(QAbstractItemView::NoSelection);
    m_cacheList->setFocusPolicy(Qt::TabFocus);
    m_cacheList->header()->setStretchLastSection(false);
    m_cacheList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_cacheList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_cacheList->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_cacheEmpty->setObjectName(QStringLiteral("cacheEmptyLabel"));
    m_cacheEmpty->setAlignment(Qt::AlignCenter);
    m_cacheEmpty->setWordWrap(true);
    m_cacheEmpty->setFrameShape(QFrame::StyledPanel);
    m_cacheEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_cacheStack->setObjectName(QStringLiteral("cacheStack"));
    m_cacheStack->addWidget(m_cacheList);
    m_cacheStack->addWidget(m_cacheEmpty);
    // Room for a few accounts (most people have one or two); more scroll.
    m_cacheStack->setFixedHeight(m_cacheList->header()->sizeHint().height() + 4 * fontMetrics().height() + 16);

    m_cacheTotal->setObjectName(QStringLiteral("cacheTotalLabel"));
    m_clearCurrent->setObjectName(QStringLiteral("clearCurrentCacheButton"));
    m_clearCurrent->setAccessibleName(tr("Clear the cache of this account"));
    m_clearAll->setObjectName(QStringLiteral("clearAllCachesButton"));
    m_clearAll->setAccessibleName(tr("Clear every cache in this folder"));
    m_clearAll->setToolTip(tr("Clears the cached data of every account in this folder"));
    connect(m_clearCurrent, &QPushButton::clicked, this, &PreferencesDialog::clearCurrentCache);
    connect(m_clearAll, &QPushButton::clicked, this, &PreferencesDialog::clearAllCaches);
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clearCurrent);
    clearRow->addWidget(m_clearAll);
    clearRow->addStretch();
    clearRow->addWidget(m_cacheTotal);

    // One form for every section, so that the labels and fields line up; a heading starts the cache's part.
    auto *heading = new QLabel(tr("Cache"), this);
    heading->setObjectName(QStringLiteral("cacheHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    form->addRow(heading);
    auto *dirLabel = new QLabel(tr("Cache &folder:"), this);
    dirLabel->setBuddy(m_cacheDir);
    form->addRow(dirLabel, dirRow);
    form->addRow(QString(), dirNote);
    auto *sizeLabel = new QLabel(tr("&Size on disk:"), this);
    sizeLabel->setBuddy(m_cacheList);
    form->addRow(sizeLabel, m_cacheStack);
    form->addRow(QString(), clearRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    setCacheDir(savedCacheDir());
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::savedClientId()
{
    return QSettings().value(clientIdKey()).toString();
}

QString PreferencesDialog::savedCacheDir()
{
    const QString saved = cleanDir(QSettings().value(cacheDirKey()).toString());
    return saved.isEmpty() ? BackendFactory::defaultCacheDir() : saved;
}

void PreferencesDialog::setCurrentCacheFile(const QString &path, const QString &accountLabel)
{
    m_currentCacheFile = path;
    m_currentAccount = accountLabel.isEmpty() ? QFileInfo(path).completeBaseName() : accountLabel;
    refreshCaches();
}

QString PreferencesDialog::cacheDir() const
{
    return m_shownCacheDir;
}

void PreferencesDialog::setCacheDir(const QString &dir)
{
    m_shownCacheDir = cleanDir(dir);
    m_cacheDir->setText(QDir::toNativeSeparators(m_shownCacheDir));
    m_cacheDir->setToolTip(m_cacheDir->text());
    m_cacheDir->setCursorPosition(0);
    const bool isDefault = m_shownCacheDir == cleanDir(BackendFactory::defaultCacheDir());
    m_defaultCacheDir->setEnabled(!isDefault);
    m_defaultCacheDir->setToolTip(isDefault
            ? tr("The default folder is in use")
            : tr("Use %1").arg(QDir::toNativeSeparators(cleanDir(BackendFactory::defaultCacheDir()))));
    refreshCaches();
}

void PreferencesDialog::chooseCacheDir()
{
    // Start in the folder shown, or the nearest one above it that exists (a folder is made on first use).
    QDir start(m_shownCacheDir);
    while (!start.exists() && start.cdUp()) { }
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the Cache Folder"), start.path());
    if (chosen.isEmpty())
        return;
    if (!QFileInfo(chosen).isWritable()) {
        QMessageBox::warning(this, tr("Folder Not Writable"),
            tr("ClickScope cannot write in %1. Choose a folder of your own.").arg(QDir::toNativeSeparators(chosen)));
        return;
    }
    setCacheDir(chosen);
}

void PreferencesDialog::refreshCaches()
{
    const QList<CacheFileInfo> files = BackendFactory::cacheFiles(m_shownCacheDir);
    m_cacheList->clear();
    qint64 total = 0;
    for (const CacheFileInfo &f : files) {
        auto *item = new QTreeWidgetItem(m_cacheList);
        const bool current = isCurrentCache(f.path);
        //: A row of the cache list in Preferences: the account that the window has open.
        item->setText(0, current ? tr("%1 (open)").arg(f.account) : f.account);
        item->setData(0, Qt::UserRole, f.path);
        item->setToolTip(0, QDir::toNativeSeparators(f.path));
        item->setText(1, formattedSize(f.bytes));
        item->setData(1, Qt::UserRole, f.bytes);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, tr("%1 bytes").arg(QLocale().toString(f.bytes)));
        if (current) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFont(1, bold);
        }
        total += f.bytes;
    }
    m_cacheStack->setCurrentWidget(files.isEmpty() ? static_cast<QWidget *>(m_cacheEmpty) : m_cacheList);
    m_cacheTotal->setVisible(!files.isEmpty());
    m_cacheTotal->setText(tr("Total: %1").arg(formattedSize(total)));
    m_cacheTotal->setProperty("bytes", total);

    m_clearAll->setEnabled(!files.isEmpty());
    m_clearAll->setToolTip(files.isEmpty() ? tr("Nothing is cached in this folder")
                                           : tr("Clears the cached data of every account in this folder"));
    if (m_currentCacheFile.isEmpty()) {
        m_clearCurrent->setEnabled(false);
        m_clearCurrent->setToolTip(
            tr("No signed-in account is open (the demo keeps its cache in a temporary folder that goes when ClickScope "
               "closes)"));
    } else if (!QFileInfo::exists(m_currentCacheFile)) {
        m_clearCurrent->setEnabled(false);
        m_clearCurrent->setToolTip(tr("Nothing is cached for %1 yet").arg(m_currentAccount));
    } else {
        m_clearCurrent->setEnabled(true);
        m_clearCurrent->setToolTip(tr("Clears the cached data of %1").arg(m_currentAccount));
    }
}

bool PreferencesDialog::isCurrentCache(const QString &path) const
{
    return sameFile(path, m_currentCacheFile);
}

bool PreferencesDialog::confirmClear(const QString &title, const QString &what)
{
    const QString text = tr("The cached campaigns, clicks and contacts of %1 are removed from this computer; they "
                            "are loaded again from Constant Contact when next opened.\n\nYour sign-in and "
                            "settings stay.")
                             .arg(what);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void PreferencesDialog::clearCurrentCache()
{
    if (m_currentCacheFile.isEmpty())
        return;
    if (!confirmClear(tr("Clear the Cache of This Account?"), m_currentAccount))
        return;
    const QStringList cleared = clearFiles({ m_currentCacheFile }, { m_currentAccount });
    refreshCaches();
    if (!cleared.isEmpty())
        Q_EMIT cacheCleared(true);
}

void PreferencesDialog::clearAllCaches()
{
    const QList<CacheFileInfo> files = BackendFactory::cacheFiles(m_shownCacheDir);
    if (files.isEmpty())
        return;
    QStringList paths, labels;
    for (const CacheFileInfo &f : files) {
        paths.append(f.path);
        labels.append(f.account);
    }
    //: %1 names the accounts: "v2 · api.constantcontact.com and v3 · api.cc.email".
    const QString what
        = files.size() == 1 ? labels.first() : tr("every account (%1)").arg(QLocale().createSeparatedList(labels));
    if (!confirmClear(tr("Clear Every Cache?"), what))
        return;
    // What was cleared before a failure is cleared all the same: the window hears of it.
    const QStringList cleared = clearFiles(paths, labels);
    refreshCaches();
    if (cleared.isEmpty())
        return;
    bool current = false;
    for (const QString &p : cleared)
        current = current || isCurrentCache(p);
    Q_EMIT cacheCleared(current);
}

QStringList PreferencesDialog::clearFiles(const QStringList &paths, const QStringList &labels)
{
    QStringList cleared, problems;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        QString error;
        if (BackendFactory::clearCacheFile(paths.at(i), &error))
            cleared.append(paths.at(i));
        else
            //: %1 is an account ("v2 · api.constantcontact.com"), %2 the reason.
            problems.append(tr("%1: %2").arg(labels.value(i), error.isEmpty() ? tr("unknown error") : error));
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Cache Not Cleared"),
            tr("Some cached data could not be cleared; it stays until it can be. ClickScope keeps working.\n\n%1")
                .arg(problems.join(QLatin1Char('\n'))));
    }
    return cleared;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // Loads go on while the dialog is open: the sizes are read again when it comes back to the front.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refreshCaches();
}

void PreferencesDialog::save()
{
    const QString clientId = m_clientId->text().trimmed();
    if (clientId.isEmpty())
        QSettings().remove(clientIdKey());
    else
        QSettings().setValue(clientIdKey(), clientId);
    if (m_shownCacheDir.isEmpty() || m_shownCacheDir == cleanDir(BackendFactory::defaultCacheDir()))
        QSettings().remove(cacheDirKey());
    else
        QSettings().setValue(cacheDirKey(), m_shownCacheDir);
    const QString chosen = language();
    if (chosen == I18n::savedLanguage())
        return;
    I18n::saveLanguage(chosen);
    Q_EMIT languageChanged(chosen);
}

} // namespace ClickScope
