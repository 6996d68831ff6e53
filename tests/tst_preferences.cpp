// SPDX-License-Identifier: GPL-3.0-or-later
// File → Preferences → Cache: the folder, the size of each account's cache as it is on disk, and clearing one
// account's cache or all of them (confirmed, never touching the settings), against real cache files.
#include "backend/backendfactory.h"
#include "cache/clickcache.h"
#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "i18n.h"
#include "testbatches.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace ClickScope;

namespace {

const QString campaignId = QStringLiteral("1100000000001");

// `count` clicks of distinct contacts, newest first, a minute apart.
ClickBatch clicks(int count)
{
    QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> rows;
    const qint64 newest = 1'700'000'000'000;
    for (int i = 0; i < count; ++i) {
        const QByteArray contact = QByteArray::number(5000 + i);
        rows.append({ newest - i * 60'000, contact, "person" + contact + "@example.com",
            i % 3 == 0 ? QByteArrayLiteral("L1") : QByteArrayLiteral("L2") });
    }
    return Tests::makeBatch(rows);
}

qint64 sizeOnDisk(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// The clicks a cache holds for the campaign (-1: it cannot be opened).
qint64 cachedRows(const QString &path)
{
    ClickCache cache;
    if (!cache.open(path))
        return -1;
    return cache.walkState(campaignId, QString()).rows;
}

QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsEachCacheWithItsSizeOnDisk();
    void emptyFolderSaysSo();
    void clearThisAccountNeedsAnOpenAccount();
    void clearThisAccountClearsOnlyIt();
    void clearAllClearsEveryCache_data();
    void clearAllClearsEveryCache();
    void declinedConfirmationChangesNothing_data();
    void declinedConfirmationChangesNothing();
    void failureIsSaidInPlainWords();
    void changeAndDefaultSetTheFolderSavedOnOk();
    void cancelSavesNoFolder();
    void windowHandsOverItsOpenAccount();
    void controlsAreNamedAndReachable();
    void fitsAndNothingIsCutOff();

private:
    // Opens the dialog (not modal, like the window's open()) on the folder in the settings.
    PreferencesDialog *openDialog();
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    // The next modal dialog that opens (a confirmation, a file dialog) is handed to `answer`, which must close it.
    void whenModal(std::function<void(QDialog *)> answer);
    // Clicks `button` and answers the confirmation with `reply`; the confirmation's text goes to `text`.
    void clickAndAnswer(QAbstractButton *button, QMessageBox::StandardButton reply, QString *text = nullptr,
        QMessageBox::StandardButton *defaultButton = nullptr);
    QMap<QString, qint64> listedBytes() const;
    void saveScreenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_v2, m_v3; // the two cache files
    qint64 m_v2Rows = 0, m_v3Rows = 0;
    std::unique_ptr<PreferencesDialog> m_dialog;
    QList<QPointer<QTimer>> m_pollers;
    int m_answered = 0;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClickScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    I18n::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestPreferences::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString caches = m_dir->filePath(QStringLiteral("caches"));
    m_v2 = QDir(caches).filePath(BackendFactory::cacheFileName(ApiVersion::V2, QUrl()));
    m_v3 = QDir(caches).filePath(BackendFactory::cacheFileName(ApiVersion::V3, QUrl()));
    // Two accounts of different sizes; the caches are closed (as by a window that opened them and quit).
    const std::pair<QString, int> made[] = { { m_v2, 3000 }, { m_v3, 800 } };
    for (const auto &[path, count] : made) {
        ClickCache cache;
        QVERIFY2(cache.open(path), qPrintable(cache.lastError()));
        ClickCache::Walk walk(&cache, campaignId, QString());
        ClickBatch fresh;
        QVERIFY2(walk.merge(clicks(count), &fresh), qPrintable(cache.lastError()));
        QVERIFY(walk.complete());
    }
    m_v2Rows = cachedRows(m_v2);
    m_v3Rows = cachedRows(m_v3);
    QCOMPARE(m_v2Rows, 3000);
    QCOMPARE(m_v3Rows, 800);
    QSettings().setValue(PreferencesDialog::cacheDirKey(), caches);
    m_answered = 0;
}

void TestPreferences::cleanup()
{
    for (const QPointer<QTimer> &t : std::as_const(m_pollers))
        delete t.data();
    m_pollers.clear();
    m_dialog.reset();
    m_dir.reset();
}

PreferencesDialog *TestPreferences::openDialog()
{
    m_dialog = std::make_unique<PreferencesDialog>();
    m_dialog->show();
    return m_dialog.get();
}

void TestPreferences::whenModal(std::function<void(QDialog *)> answer)
{
    auto *poll = new QTimer(this);
    m_pollers.append(poll);
    connect(poll, &QTimer::timeout, this, [this, poll, answer] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible() || modal == m_dialog.get())
            return;
        poll->stop();
        poll->deleteLater();
        ++m_answered;
        answer(modal);
    });
    poll->start(10);
}

void TestPreferences::clickAndAnswer(QAbstractButton *button, QMessageBox::StandardButton reply, QString *text,
    QMessageBox::StandardButton *defaultButton)
{
    const int before = m_answered;
    whenModal([=](QDialog *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            modal->reject();
            return;
        }
        if (text)
            *text = box->text();
        if (defaultButton)
            *defaultButton = box->standardButton(box->defaultButton());
        box->button(reply)->click();
    });
    QVERIFY(button->isEnabled());
    button->click(); // returns once the confirmation (and what follows it) is answered
    QCOMPARE(m_answered, before + 1);
}

QMap<QString, qint64> TestPreferences::listedBytes() const
{
    QMap<QString, qint64> listed;
    const auto *list = m_dialog->findChild<QTreeWidget *>(QStringLiteral("cacheList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        listed.insert(
            QFileInfo(item->data(0, Qt::UserRole).toString()).fileName(), item->data(1, Qt::UserRole).toLongLong());
    }
    return listed;
}

void TestPreferences::saveScreenshot(const QString &name)
{
    // With CLICKSCOPE_TEST_SCREENSHOTS=DIR the dialog is saved as a PNG, for a person to look at.
    const QString dir = qEnvironmentVariable("CLICKSCOPE_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestPreferences::listsEachCacheWithItsSizeOnDisk()
{
    openDialog();
    m_dialog->setCurrentCacheFile(m_v2, QStringLiteral("Constant Contact API v2 · api.constantcontact.com"));
    auto *list = child<QTreeWidget>("cacheList");
    QVERIFY(list);
    QCOMPARE(child<QStackedWidget>("cacheStack")->currentWidget(), list);
    QCOMPARE(list->topLevelItemCount(), 2);
    const QLocale locale;
    qint64 total = 0;
    QSet<QString> accounts;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        const QString path = item->data(0, Qt::UserRole).toString();
        QVERIFY2(path == m_v2 || path == m_v3, qPrintable(path));
        const qint64 bytes = sizeOnDisk(path);
        QVERIFY(bytes > 0);
        QCOMPARE(item->data(1, Qt::UserRole).toLongLong(), bytes);
        QCOMPARE(item->text(1), locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat));
        // The open account is marked, the other not.
        QCOMPARE(item->text(0).endsWith(QLatin1String("(open)")), path == m_v2);
        accounts.insert(item->text(0));
        total += bytes;
    }
    QCOMPARE(accounts,
        QSet<QString>({ QStringLiteral("v2 · api.constantcontact.com (open)"), QStringLiteral("v3 · api.cc.email") }));
    // More clicks, more bytes: the sizes are each file's own.
    QVERIFY(listedBytes().value(QFileInfo(m_v2).fileName()) > listedBytes().value(QFileInfo(m_v3).fileName()));
    auto *totalLabel = child<QLabel>("cacheTotalLabel");
    QVERIFY(totalLabel->isVisible());
    QCOMPARE(totalLabel->property("bytes").toLongLong(), total);
    QCOMPARE(
        totalLabel->text(), QStringLiteral("Total: ") + locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat));
    QCOMPARE(child<QLineEdit>("cacheDirEdit")->text(), QDir::toNativeSeparators(QFileInfo(m_v2).path()));
}

void TestPreferences::emptyFolderSaysSo()
{
    const QString empty = m_dir->filePath(QStringLiteral("nothing-yet"));
    QSettings().setValue(PreferencesDialog::cacheDirKey(), empty); // not even made yet
    openDialog();
    auto *label = child<QLabel>("cacheEmptyLabel");
    QCOMPARE(child<QStackedWidget>("cacheStack")->currentWidget(), label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No cached data yet."));
    QVERIFY(!child<QLabel>("cacheTotalLabel")->isVisible());
    QVERIFY(!child<QPushButton>("clearAllCachesButton")->isEnabled());
    QVERIFY(!child<QPushButton>("clearAllCachesButton")->toolTip().isEmpty());
    QVERIFY(!QFileInfo::exists(empty)); // looking made nothing
}

void TestPreferences::clearThisAccountNeedsAnOpenAccount()
{
    openDialog();
    auto *clear = child<QPushButton>("clearCurrentCacheButton");
    QVERIFY(!clear->isEnabled());
    QVERIFY(clear->toolTip().contains(QLatin1String("demo")));
    m_dialog->setCurrentCacheFile(m_v3, QStringLiteral("v3 account"));
    QVERIFY(clear->isEnabled());
    QVERIFY(clear->toolTip().contains(QLatin1String("v3 account")));
    m_dialog->setCurrentCacheFile(QString(), QString()); // signed out
    QVERIFY(!clear->isEnabled());
    // An account with a cache that has nothing in it yet: nothing to clear (and no file made).
    const QString none
        = QDir(QFileInfo(m_v2).path())
              .filePath(BackendFactory::cacheFileName(ApiVersion::V3, QUrl(QStringLiteral("http://127.0.0.1:8080"))));
    m_dialog->setCurrentCacheFile(none, QStringLiteral("sandbox"));
    QVERIFY(!clear->isEnabled());
    QVERIFY(clear->toolTip().contains(QLatin1String("Nothing is cached for sandbox")));
    QVERIFY(!QFileInfo::exists(none));
}

void TestPreferences::clearThisAccountClearsOnlyIt()
{
    QSettings().setValue(PreferencesDialog::clientIdKey(), QStringLiteral("client-1"));
    QSettings settings;
    QVariantMap before;
    for (const QString &key : settings.allKeys())
        before.insert(key, settings.value(key));
    const qint64 v2Bytes = sizeOnDisk(m_v2), v3Bytes = sizeOnDisk(m_v3);

    openDialog();
    const QString label = QStringLiteral("Constant Contact API v2 · api.constantcontact.com");
    m_dialog->setCurrentCacheFile(m_v2, label);
    QSignalSpy cleared(m_dialog.get(), &PreferencesDialog::cacheCleared);
    QString text;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    clickAndAnswer(child<QPushButton>("clearCurrentCacheButton"), QMessageBox::Yes, &text, &defaultButton);
    QCOMPARE(defaultButton, QMessageBox::No);
    QVERIFY2(text.contains(QLatin1String("campaigns, clicks and contacts of ") + label), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("loaded again from Constant Contact")), qPrintable(text));

    QCOMPARE(cleared.count(), 1);
    QCOMPARE(cleared.at(0).at(0).toBool(), true);
    QCOMPARE(cachedRows(m_v2), 0);
    QCOMPARE(cachedRows(m_v3), m_v3Rows);
    // The list shows the sizes after clearing: the cleared file gave its space back, the other is as it was.
    const QMap<QString, qint64> listed = listedBytes();
    QCOMPARE(listed.value(QFileInfo(m_v2).fileName()), sizeOnDisk(m_v2));
    QVERIFY2(sizeOnDisk(m_v2) < v2Bytes, qPrintable(QStringLiteral("%1 -> %2").arg(v2Bytes).arg(sizeOnDisk(m_v2))));
    QCOMPARE(listed.value(QFileInfo(m_v3).fileName()), v3Bytes);
    QCOMPARE(sizeOnDisk(m_v3), v3Bytes);
    // The settings are as they were (the keychain is not reachable from here at all).
    QVariantMap after;
    for (const QString &key : settings.allKeys())
        after.insert(key, settings.value(key));
    QCOMPARE(after, before);
}

void TestPreferences::clearAllClearsEveryCache_data()
{
    QTest::addColumn<bool>("accountOpen");
    QTest::newRow("an account open") << true;
    QTest::newRow("none open") << false;
}

void TestPreferences::clearAllClearsEveryCache()
{
    QFETCH(bool, accountOpen);
    openDialog();
    if (accountOpen)
        m_dialog->setCurrentCacheFile(m_v3, QStringLiteral("v3 account"));
    QSignalSpy cleared(m_dialog.get(), &PreferencesDialog::cacheCleared);
    QString text;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    clickAndAnswer(child<QPushButton>("clearAllCachesButton"), QMessageBox::Yes, &text, &defaultButton);
    QCOMPARE(defaultButton, QMessageBox::No);
    QVERIFY2(text.contains(QStringLiteral("v2 · api.constantcontact.com"))
            && text.contains(QStringLiteral("v3 · api.cc.email")),
        qPrintable(text));
    QCOMPARE(cachedRows(m_v2), 0);
    QCOMPARE(cachedRows(m_v3), 0);
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(cleared.at(0).at(0).toBool(), accountOpen);
    const QMap<QString, qint64> listed = listedBytes();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.value(QFileInfo(m_v2).fileName()), sizeOnDisk(m_v2));
    QCOMPARE(listed.value(QFileInfo(m_v3).fileName()), sizeOnDisk(m_v3));
}

void TestPreferences::declinedConfirmationChangesNothing_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QMessageBox::StandardButton>("reply");
    QTest::newRow("this account, No") << QStringLiteral("clearCurrentCacheButton") << QMessageBox::No;
    QTest::newRow("all, No") << QStringLiteral("clearAllCachesButton") << QMessageBox::No;
    // Escape (the window's close button) on a Yes/No question answers No.
    QTest::newRow("all, Escape") << QStringLiteral("clearAllCachesButton") << QMessageBox::Escape;
}

void TestPreferences::declinedConfirmationChangesNothing()
{
    QFETCH(QString, button);
    QFETCH(QMessageBox::StandardButton, reply);
    const qint64 v2Bytes = sizeOnDisk(m_v2), v3Bytes = sizeOnDisk(m_v3);
    openDialog();
    m_dialog->setCurrentCacheFile(m_v2, QStringLiteral("v2 account"));
    QSignalSpy cleared(m_dialog.get(), &PreferencesDialog::cacheCleared);
    auto *clear = m_dialog->findChild<QPushButton *>(button);
    QVERIFY(clear);
    if (reply == QMessageBox::Escape) {
        const int before = m_answered;
        whenModal([](QDialog *modal) { QTest::keyClick(modal, Qt::Key_Escape); });
        clear->click();
        QCOMPARE(m_answered, before + 1);
    } else {
        clickAndAnswer(clear, reply);
    }
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(cachedRows(m_v2), m_v2Rows);
    QCOMPARE(cachedRows(m_v3), m_v3Rows);
    QCOMPARE(sizeOnDisk(m_v2), v2Bytes);
    QCOMPARE(sizeOnDisk(m_v3), v3Bytes);
}

void TestPreferences::failureIsSaidInPlainWords()
{
    // A file in the cache's place that is not a cache: it cannot be cleared, and the user is told so.
    const QString broken
        = QDir(QFileInfo(m_v2).path())
              .filePath(BackendFactory::cacheFileName(ApiVersion::V3, QUrl(QStringLiteral("https://api.example.com"))));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    openDialog();
    m_dialog->setCurrentCacheFile(broken, QStringLiteral("Example account"));
    QSignalSpy cleared(m_dialog.get(), &PreferencesDialog::cacheCleared);
    QString warning;
    const int before = m_answered;
    whenModal([&](QDialog *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        whenModal([&](QDialog *next) {
            auto *problem = qobject_cast<QMessageBox *>(next);
            if (problem)
                warning = problem->text();
            next->accept();
        });
        box->button(QMessageBox::Yes)->click();
    });
    child<QPushButton>("clearCurrentCacheButton")->click();
    QCOMPARE(m_answered, before + 2);
    QVERIFY2(warning.contains(QLatin1String("could not be cleared")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("Example account: ")), qPrintable(warning));
    QVERIFY2(!warning.endsWith(QLatin1String(": ")), qPrintable(warning)); // a reason follows
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(QFileInfo(broken).size(), 8192); // left as it was
    QCOMPARE(cachedRows(m_v2), m_v2Rows);
}

void TestPreferences::changeAndDefaultSetTheFolderSavedOnOk()
{
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    openDialog();
    auto *field = child<QLineEdit>("cacheDirEdit");
    QVERIFY(field->isReadOnly());
    whenModal([&](QDialog *modal) {
        auto *files = qobject_cast<QFileDialog *>(modal);
        if (!files) {
            modal->reject();
            return;
        }
        files->setDirectory(elsewhere);
        modal->accept(); // QFileDialog::accept() is protected; QDialog's calls it
    });
    const int before = m_answered;
    child<QPushButton>("changeCacheDirButton")->click();
    QCOMPARE(m_answered, before + 1);
    QCOMPARE(field->text(), QDir::toNativeSeparators(elsewhere));
    QCOMPARE(m_dialog->cacheDir(), elsewhere);
    // The list follows the folder shown: nothing there yet.
    QCOMPARE(child<QStackedWidget>("cacheStack")->currentWidget(), child<QLabel>("cacheEmptyLabel"));
    // Not saved before OK.
    QCOMPARE(PreferencesDialog::savedCacheDir(), QFileInfo(m_v2).path());
    m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(QSettings().value(PreferencesDialog::cacheDirKey()).toString(), elsewhere);
    QCOMPARE(PreferencesDialog::savedCacheDir(), elsewhere);

    // Opened again, it shows the saved folder; Default goes back to the default, and OK forgets the setting.
    openDialog();
    field = child<QLineEdit>("cacheDirEdit");
    QCOMPARE(field->text(), QDir::toNativeSeparators(elsewhere));
    auto *useDefault = child<QPushButton>("defaultCacheDirButton");
    QVERIFY(useDefault->isEnabled());
    useDefault->click();
    QCOMPARE(field->text(), QDir::toNativeSeparators(QDir::cleanPath(BackendFactory::defaultCacheDir())));
    QVERIFY(!useDefault->isEnabled()); // already the default
    m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!QSettings().contains(PreferencesDialog::cacheDirKey()));
    QCOMPARE(PreferencesDialog::savedCacheDir(), BackendFactory::defaultCacheDir());
}

void TestPreferences::cancelSavesNoFolder()
{
    const QString saved = PreferencesDialog::savedCacheDir();
    openDialog();
    child<QPushButton>("defaultCacheDirButton")->click();
    QVERIFY(child<QLineEdit>("cacheDirEdit")->text() != QDir::toNativeSeparators(saved));
    m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(QSettings().value(PreferencesDialog::cacheDirKey()).toString(), saved);
}

void TestPreferences::windowHandsOverItsOpenAccount()
{
    // The window's account, opened with a cache in the saved folder (as the app opens it), holds its cache open.
    QNetworkAccessManager network;
    const auto makeBackend = [&](const Credentials &credentials) {
        ConnectionOptions options;
        options.cacheDir = PreferencesDialog::savedCacheDir();
        return BackendFactory::create(
            Account::v2(BackendFactory::defaultBaseUrl(ApiVersion::V2), credentials), &network, options);
    };
    const QString description = QStringLiteral("Constant Contact API v2 · api.constantcontact.com");
    const auto openPreferences = [](MainWindow &window) -> PreferencesDialog * {
        if (auto *open = window.findChild<PreferencesDialog *>())
            delete open;
        window.findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
        return window.findChild<PreferencesDialog *>();
    };
    MainWindow window;
    auto backend = makeBackend(Credentials::v2(QStringLiteral("key"), QStringLiteral("token")));
    QVERIFY(backend && backend->hasCache());
    window.setBackend(std::move(backend));
    window.setAccountDescription(description, true);
    PreferencesDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    auto *clear = dialog->findChild<QPushButton *>(QStringLiteral("clearCurrentCacheButton"));
    QVERIFY(clear->isEnabled());
    QVERIFY2(clear->toolTip().contains(description), qPrintable(clear->toolTip()));
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("cacheList"));
    QStringList marked;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0).endsWith(QLatin1String("(open)")))
            marked.append(list->topLevelItem(i)->data(0, Qt::UserRole).toString());
    QCOMPARE(marked, QStringList { m_v2 });
    // Cleared while the account's backend has the file open: its rows go all the same.
    QSignalSpy cleared(dialog, &PreferencesDialog::cacheCleared);
    const int before = m_answered;
    whenModal([](QDialog *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
        else
            modal->reject();
    });
    clear->click();
    QCOMPARE(m_answered, before + 1);
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(cachedRows(m_v2), 0);
    QCOMPARE(cachedRows(m_v3), m_v3Rows);

    // Not signed in, or the demo: nothing to clear for "this account".
    window.setBackend(makeBackend(Credentials()));
    dialog = openPreferences(window);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("clearCurrentCacheButton"))->isEnabled());
    window.setBackend(makeBackend(Credentials::v2(QStringLiteral("key"), QStringLiteral("token"))));
    window.setDemoMode(true);
    dialog = openPreferences(window);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("clearCurrentCacheButton"))->isEnabled());
    delete dialog;
}

void TestPreferences::controlsAreNamedAndReachable()
{
    openDialog();
    m_dialog->setCurrentCacheFile(m_v2, QStringLiteral("v2 account"));
    // Every control has an accessible name (or a text that names it) and an object name for tests.
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QTreeWidget *>(w) || qobject_cast<QPushButton *>(w);
        if (!control || !w->isVisible() || qobject_cast<QDialogButtonBox *>(w->parentWidget())
            || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(),
            qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()));
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
    }
    // The mnemonics of the labels and buttons are all different.
    QMap<QChar, QString> mnemonics;
    const auto check = [&mnemonics](const QString &text) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("&([^&])")).match(text);
        if (!m.hasMatch())
            return;
        const QChar key = m.captured(1).at(0).toLower();
        QVERIFY2(!mnemonics.contains(key),
            qPrintable(QStringLiteral("'%1' in \"%2\" and \"%3\"").arg(key, text, mnemonics.value(key))));
        mnemonics.insert(key, text);
    };
    for (QLabel *l : m_dialog->findChildren<QLabel *>())
        if (l->buddy())
            check(l->text());
    for (QAbstractButton *b : m_dialog->findChildren<QAbstractButton *>())
        check(b->text());
    for (const char *expected : { "l", "c", "f", "h", "d", "s", "t", "a" })
        QVERIFY2(mnemonics.contains(QLatin1Char(*expected)), expected);
    // Each label's mnemonic reaches its control.
    for (QLabel *l : m_dialog->findChildren<QLabel *>())
        if (l->buddy() && withoutMnemonic(l->text()).startsWith(QLatin1String("Cache folder")))
            QCOMPARE(l->buddy(), child<QLineEdit>("cacheDirEdit"));
}

void TestPreferences::fitsAndNothingIsCutOff()
{
    openDialog();
    m_dialog->setCurrentCacheFile(m_v2, QStringLiteral("Constant Contact API v2 · api.constantcontact.com"));
    m_dialog->adjustSize();
    QTest::qWait(50);
    // It fits a 1024 × 640 screen with room for the window frame.
    const QSize size = m_dialog->size();
    QVERIFY2(size.width() <= 1024 && size.height() <= 600,
        qPrintable(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height())));
    // No label or button narrower than its text, no wrapped note shorter than its lines.
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        const QString what = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        if (label && label->wordWrap()) {
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(), qPrintable(what));
        } else if (label || qobject_cast<QAbstractButton *>(w)) {
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(what));
            QVERIFY2(w->height() >= w->minimumSizeHint().height(), qPrintable(what));
        }
    }
    // The sizes are not elided.
    auto *list = child<QTreeWidget>("cacheList");
    const QFontMetrics metrics(list->font());
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        QVERIFY(list->columnWidth(1) >= metrics.horizontalAdvance(list->topLevelItem(i)->text(1)));
    QVERIFY(list->viewport()->height() >= 2 * list->visualItemRect(list->topLevelItem(0)).height());
    saveScreenshot(QStringLiteral("preferences"));

    QSettings().setValue(PreferencesDialog::cacheDirKey(), m_dir->filePath(QStringLiteral("empty")));
    openDialog();
    m_dialog->adjustSize();
    QTest::qWait(50);
    saveScreenshot(QStringLiteral("preferences-empty"));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
