// SPDX-License-Identifier: GPL-3.0-or-later
// Credentials: a real Secret Service (the gnome-keyring session scripts/test starts), the credentials dialog against
// the sandbox, secrets kept out of files and logs, and the demo mode.
#include "backend/backendfactory.h"
#include "gui/credentialsdialog.h"
#include "gui/mainwindow.h"
#include "model/clicktablemodel.h"
#include "sandbox/demo.h"
#include "sandbox/sandboxthread.h"
#include "sandboxfixture.h"
#include "secrets/credentialstore.h"
#include "session/credentialresolver.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ClickScope;
using namespace ClickScope::Tests;

namespace {

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct StoreResult {
    bool done = false;
    Credentials credentials;
    CredentialStore::Status status = CredentialStore::Status::Failed;
    QString message;
};

StoreResult waitLoad(CredentialStore &store, const QString &host)
{
    StoreResult r;
    auto c = QObject::connect(&store, &CredentialStore::loaded, &store,
        [&r](const QString &, const Credentials &cr, CredentialStore::Status s, const QString &m) {
            r = { true, cr, s, m };
        });
    store.load(host);
    if (!QTest::qWaitFor([&r] { return r.done; }, 20000))
        qWarning("the credential store did not answer in 20 s");
    QObject::disconnect(c);
    return r;
}

StoreResult waitSave(CredentialStore &store, const QString &host, const Credentials &credentials)
{
    StoreResult r;
    auto c = QObject::connect(
        &store, &CredentialStore::saved, &store, [&r](const QString &, CredentialStore::Status s, const QString &m) {
            r = { true, {}, s, m };
        });
    store.save(host, credentials);
    if (!QTest::qWaitFor([&r] { return r.done; }, 20000))
        qWarning("the credential store did not answer in 20 s");
    QObject::disconnect(c);
    return r;
}

StoreResult waitForget(CredentialStore &store, const QString &host)
{
    StoreResult r;
    auto c = QObject::connect(&store, &CredentialStore::forgotten, &store,
        [&r](const QString &, CredentialStore::Status s, const QString &m) {
            r = { true, {}, s, m };
        });
    store.forget(host);
    if (!QTest::qWaitFor([&r] { return r.done; }, 20000))
        qWarning("the credential store did not answer in 20 s");
    QObject::disconnect(c);
    return r;
}

QString unique(const char *prefix)
{
    return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainWriteReadDelete();
    void inMemoryStore();
    void environmentOverride();
    void resolverEnvironmentThenKeychain();
    void dialogTestsSavesAndForgets();
    void secretsStayOutOfFilesAndLogs();
    void noCredentialOptionsOnTheCommandLine();
    void demoModeStartsAndLoadsClicks();
};

void TestCredentials::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClickScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentials"));
    QSettings().clear();
    g_previousHandler = qInstallMessageHandler(captureMessages);
}

void TestCredentials::keychainWriteReadDelete()
{
    KeychainCredentialStore store(nullptr, QStringLiteral("ClickScope-test"));
    const QString host = unique("host-") + QStringLiteral(".example");
    const Credentials creds = Credentials::v2(unique("key-"), unique("token-"));

    const StoreResult none = waitLoad(store, host);
    QVERIFY(none.done);
    QVERIFY2(none.status == CredentialStore::Status::NotFound,
        qPrintable(
            QStringLiteral("a Secret Service is needed (run the tests through scripts/test): %1").arg(none.message)));

    const StoreResult saved = waitSave(store, host, creds);
    QVERIFY(saved.done);
    QCOMPARE(saved.status, CredentialStore::Status::Ok);

    // A second store object (as after a restart) reads the same entry.
    KeychainCredentialStore other(nullptr, QStringLiteral("ClickScope-test"));
    const StoreResult read = waitLoad(other, host);
    QCOMPARE(read.status, CredentialStore::Status::Ok);
    QCOMPARE(read.credentials.apiKey, creds.apiKey);
    QCOMPARE(read.credentials.accessToken, creds.accessToken);
    // One entry per host: another host sees nothing.
    QCOMPARE(waitLoad(other, host + QStringLiteral(".other")).status, CredentialStore::Status::NotFound);

    QCOMPARE(waitForget(store, host).status, CredentialStore::Status::Ok);
    QCOMPARE(waitLoad(other, host).status, CredentialStore::Status::NotFound);
    // Forgetting what is not there is fine.
    QCOMPARE(waitForget(store, host).status, CredentialStore::Status::Ok);
}

void TestCredentials::inMemoryStore()
{
    InMemoryCredentialStore store;
    QCOMPARE(waitLoad(store, QStringLiteral("a")).status, CredentialStore::Status::NotFound);
    QCOMPARE(waitSave(store, QStringLiteral("a"), Credentials::v2(QStringLiteral("k"), QStringLiteral("t"))).status,
        CredentialStore::Status::Ok);
    QCOMPARE(waitLoad(store, QStringLiteral("a")).credentials.accessToken, QStringLiteral("t"));
    QCOMPARE(waitForget(store, QStringLiteral("a")).status, CredentialStore::Status::Ok);
    QCOMPARE(waitLoad(store, QStringLiteral("a")).status, CredentialStore::Status::NotFound);
}

void TestCredentials::environmentOverride()
{
    qputenv("CLICKSCOPE_API_KEY", "env-key");
    qunsetenv("CLICKSCOPE_ACCESS_TOKEN");
    QVERIFY(!CredentialStore::fromEnvironment().isComplete()); // both or nothing
    qputenv("CLICKSCOPE_ACCESS_TOKEN", "env-token");
    const Credentials c = CredentialStore::fromEnvironment();
    QCOMPARE(c.apiKey, QStringLiteral("env-key"));
    QCOMPARE(c.accessToken, QStringLiteral("env-token"));
    qunsetenv("CLICKSCOPE_API_KEY");
    qunsetenv("CLICKSCOPE_ACCESS_TOKEN");
}

void TestCredentials::resolverEnvironmentThenKeychain()
{
    // What the window and the CLI do at start-up, against the real keychain.
    qunsetenv("CLICKSCOPE_API_KEY");
    qunsetenv("CLICKSCOPE_ACCESS_TOKEN");
    KeychainCredentialStore store(nullptr, QStringLiteral("ClickScope-test"));
    CredentialResolver resolver(&store);
    QSignalSpy answers(&resolver, &CredentialResolver::resolved);
    const QString host = unique("resolver-") + QStringLiteral(".example");
    const auto next = [&]() -> QList<QVariant> {
        if (!answers.wait(20000))
            return {};
        return answers.takeFirst();
    };

    // Nothing anywhere: the keychain says so.
    resolver.resolve(host);
    QList<QVariant> a = next();
    QCOMPARE(a.size(), 5);
    QCOMPARE(a.at(0).toString(), host);
    QCOMPARE(a.at(2).value<CredentialResolver::Source>(), CredentialResolver::Source::Store);
    QCOMPARE(a.at(3).value<CredentialStore::Status>(), CredentialStore::Status::NotFound);
    QVERIFY(!a.at(1).value<Credentials>().isComplete());

    // Saved in the keychain: those.
    const Credentials saved = Credentials::v2(unique("rk-"), unique("rt-"));
    QCOMPARE(waitSave(store, host, saved).status, CredentialStore::Status::Ok);
    resolver.resolve(host);
    a = next();
    QCOMPARE(a.at(3).value<CredentialStore::Status>(), CredentialStore::Status::Ok);
    QCOMPARE(a.at(2).value<CredentialResolver::Source>(), CredentialResolver::Source::Store);
    QCOMPARE(a.at(1).value<Credentials>().apiKey, saved.apiKey);
    QCOMPARE(a.at(1).value<Credentials>().accessToken, saved.accessToken);

    // Both variables set: the environment wins over the keychain; one alone does not count.
    qputenv("CLICKSCOPE_API_KEY", "env-key");
    resolver.resolve(host);
    a = next();
    QCOMPARE(a.at(2).value<CredentialResolver::Source>(), CredentialResolver::Source::Store);
    QCOMPARE(a.at(1).value<Credentials>().apiKey, saved.apiKey);
    qputenv("CLICKSCOPE_ACCESS_TOKEN", "env-token");
    resolver.resolve(host);
    a = next();
    QCOMPARE(a.at(2).value<CredentialResolver::Source>(), CredentialResolver::Source::Environment);
    QCOMPARE(a.at(3).value<CredentialStore::Status>(), CredentialStore::Status::Ok);
    QCOMPARE(a.at(1).value<Credentials>().apiKey, QStringLiteral("env-key"));
    QCOMPARE(a.at(1).value<Credentials>().accessToken, QStringLiteral("env-token"));
    qunsetenv("CLICKSCOPE_API_KEY");
    qunsetenv("CLICKSCOPE_ACCESS_TOKEN");

    // A second resolve before the first answered: only the second answers.
    QSignalSpy loads(&store, &CredentialStore::loaded);
    resolver.resolve(host + QStringLiteral(".other"));
    resolver.resolve(host);
    QVERIFY(QTest::qWaitFor([&loads] { return loads.size() == 2; }, 20000));
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.first().at(0).toString(), host);
    QCOMPARE(answers.first().at(1).value<Credentials>().apiKey, saved.apiKey);
    QCoreApplication::processEvents();
    QCOMPARE(answers.size(), 1);

    QCOMPARE(waitForget(store, host).status, CredentialStore::Status::Ok);
}

void TestCredentials::dialogTestsSavesAndForgets()
{
    ClickScope::Sandbox::SandboxConfig config;
    config.apiKey = unique("dk-").toLatin1();
    config.accessToken = unique("dt-").toLatin1();
    config.data.clicks = 500;
    SandboxFixture fx;
    QVERIFY(fx.start(config));
    KeychainCredentialStore store(nullptr, QStringLiteral("ClickScope-test"));

    CredentialsDialog dialog(&store, fx.sandbox->baseUrl(), {});
    dialog.show();
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("accessTokenEdit"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    // Both labels are mnemonics for their fields (an "&" with no buddy would show as a literal ampersand).
    for (QLineEdit *field : { key, token }) {
        bool labelled = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            labelled = labelled || (label->buddy() == field && label->text().contains(QLatin1Char('&')));
        QVERIFY2(labelled, qPrintable(field->objectName()));
    }
    QTest::keyClicks(key, QString::fromLatin1(config.apiKey));
    QTest::keyClicks(token, QStringLiteral("wrong-token"));

    QSignalSpy tested(&dialog, &CredentialsDialog::testFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.takeFirst().at(0).toBool(), false);
    // The API's error_message, verbatim.
    QVERIFY2(dialog.testResult().contains(QLatin1String("the access token is missing, invalid or expired")),
        qPrintable(dialog.testResult()));

    token->clear();
    QTest::keyClicks(token, QString::fromLatin1(config.accessToken));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.takeFirst().at(0).toBool(), true);
    QVERIFY(dialog.testResult().contains(QLatin1String("Connected")));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveCredentialsButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
    QVERIFY(!dialog.sessionOnly());
    const QString host = fx.sandbox->baseUrl().host();
    const StoreResult read = waitLoad(store, host);
    QCOMPARE(read.status, CredentialStore::Status::Ok);
    QCOMPARE(read.credentials.accessToken, QString::fromLatin1(config.accessToken));

    // Forget removes them from the keychain and from the form.
    CredentialsDialog again(&store, fx.sandbox->baseUrl(), read.credentials);
    QSignalSpy forgotten(&again, &CredentialsDialog::forgotten);
    QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("forgetCredentialsButton")), Qt::LeftButton);
    QVERIFY(forgotten.wait(20000));
    QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("accessTokenEdit"))->text().isEmpty());
    QCOMPARE(waitLoad(store, host).status, CredentialStore::Status::NotFound);
}

void TestCredentials::secretsStayOutOfFilesAndLogs()
{
    const QByteArray key = unique("secret-key-").toLatin1();
    const QByteArray token = unique("secret-token-").toLatin1();
    ClickScope::Sandbox::SandboxConfig config;
    config.apiKey = key;
    config.accessToken = token;
    config.data.clicks = 4000;
    SandboxFixture fx;
    QVERIFY(fx.start(config));
    KeychainCredentialStore store;
    QCOMPARE(waitSave(store, fx.sandbox->baseUrl().host(),
                 Credentials::v2(QString::fromLatin1(key), QString::fromLatin1(token)))
                 .status,
        CredentialStore::Status::Ok);
    g_log.clear();

    {
        // Load clicks, then fail a load with a 401 and a dropped connection: the error paths write messages too.
        MainWindow window;
        window.setBackend(BackendFactory::createV2(fx.client.get()));
        window.show();
        QSignalSpy ended(&window, &MainWindow::clicksLoadEnded);
        window.start();
        QVERIFY(ended.wait(30000));
        QVERIFY(window.clickModel()->rowCount() > 0);
        // Export, so that a file written by the program is among those scanned below.
        QSignalSpy exported(&window, &MainWindow::exportFinished);
        QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        window.exportCsvTo(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/export.csv"));
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.first().at(0).toBool());
        fx.sandbox->setFaultPlan(
            *ClickScope::Sandbox::FaultPlan::parse(QStringLiteral("clicks:1:status=401;clicks:2+:drop")));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QVERIFY(ended.wait(30000));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QVERIFY(ended.wait(30000));
        window.close();
    }
    QSettings().sync();

    // Every file this program may have written: settings, app data, caches, and in the test session the whole
    // throw-away home (the keyring there is encrypted, so the plain secret must not appear anywhere).
    QStringList roots { QFileInfo(QSettings().fileName()).absolutePath(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) };
    if (qEnvironmentVariableIsSet("CLICKSCOPE_IN_TEST_SESSION"))
        roots << QDir::homePath();
    int filesRead = 0;
    bool settingsSeen = false, exportSeen = false;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
                continue;
            const QByteArray content = file.readAll();
            ++filesRead;
            settingsSeen = settingsSeen || content.contains("lastCampaign");
            exportSeen = exportSeen || content.startsWith("activity_type,campaign_id");
            QVERIFY2(!content.contains(key) && !content.contains(token), qPrintable(file.fileName()));
        }
    }
    QVERIFY2(settingsSeen, "the settings file was not found, so the scan proves nothing");
    QVERIFY2(exportSeen, "the exported file was not found, so the scan proves nothing");
    QVERIFY(filesRead >= 1);
    // Whatever was logged (Qt's own warnings included) must be clean.
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(
            !line.contains(QString::fromLatin1(key)) && !line.contains(QString::fromLatin1(token)), qPrintable(line));
    waitForget(store, fx.sandbox->baseUrl().host());
}

void TestCredentials::noCredentialOptionsOnTheCommandLine()
{
    // Secrets never travel as process arguments: neither program offers an option for them.
    QProcess app;
    app.start(QStringLiteral(CLICKSCOPE_APP_EXE), { QStringLiteral("--help") });
    QVERIFY(app.waitForFinished(20000));
    const QString help = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(help.contains(QLatin1String("--demo")), qPrintable(help));
    QVERIFY(!help.contains(QLatin1String("key"), Qt::CaseInsensitive));
    QVERIFY(!help.contains(QLatin1String("token"), Qt::CaseInsensitive));
}

void TestCredentials::demoModeStartsAndLoadsClicks()
{
    ClickScope::Sandbox::SandboxThread demo(Sandbox::demoConfig());
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    QCOMPARE(demo.baseUrl().host(), QStringLiteral("127.0.0.1"));
    // Realistic enough: at least 12 campaigns, 60 links and 50,000 clicks.
    QNetworkAccessManager network;
    const Sandbox::DemoAccount account;
    std::unique_ptr<TrackingBackend> backend = BackendFactory::create(
        Account::v2(demo.baseUrl(), Credentials::v2(account.apiKey, account.accessToken)), &network);
    QVERIFY(backend);
    QList<CampaignSummary> all;
    bool done = false;
    backend->campaigns(QStringLiteral("ALL"), this, [&](const QList<CampaignSummary> &list, const ApiError &) {
        all = list;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(all.size() >= 12);
    Sandbox::Dataset dataset(Sandbox::demoConfig().data); // the same seed gives the same data
    std::size_t links = 0;
    qint64 clicks = 0;
    for (const auto &c : dataset.campaigns()) {
        if (c.status == Sandbox::CampaignStatus::Sent)
            links += c.links.size();
        clicks += c.clickCount;
    }
    QVERIFY(links >= 60);
    QVERIFY(clicks >= 50000);

    MainWindow window;
    window.setBackend(std::move(backend));
    window.setDemoMode(true);
    QVERIFY(window.windowTitle().contains(QLatin1String("Demo")));
    window.show();
    QSignalSpy ended(&window, &MainWindow::clicksLoadEnded);
    window.start();
    QVERIFY(ended.wait(60000));
    QVERIFY(window.clickModel()->rowCount() > 1000);
}

QTEST_MAIN(TestCredentials)
#include "tst_credentials.moc"
