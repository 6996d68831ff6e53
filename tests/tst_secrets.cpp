// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets (issue 17): credentials never leave the configured origin and never appear where they should not.
//
// A second loopback server (a plain QTcpServer that records every byte) stands for "another host": next links and
// redirects point at it, on the API routes and on the OAuth2 token endpoint, in the library (v2, v3) and in the CLI.
// It must never see a connection. Every secret the test meets (the v2 key and token, the v3 access and refresh
// tokens, every authorization code and PKCE verifier) is then looked for in everything the programs leave behind:
// the log, every error message, the CLI's and the window's output, their settings, caches (-wal and -shm too),
// exported CSV, the sandbox's request log, the output of a CLI killed by SIGABRT and SIGSEGV, and the command lines
// of running processes. The v3 loopback listener binds loopback only, answers one callback and closes.
#include "backend/backendfactory.h"
#include "backend/clickstream.h"
#include "sandbox/demo.h"
#include "sandbox/v3ids.h"
#include "sandboxfixture.h"
#include "secrets/credentialstore.h"
#include "testbrowser.h"
#include "v3/v3auth.h"
#include "v3/v3signin.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutex>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>

#ifdef Q_OS_LINUX
#include <signal.h>
#endif

using namespace ClickScope;
using namespace ClickScope::Tests;
using ClickScope::Sandbox::FaultPlan;
namespace SV3 = ClickScope::Sandbox::V3;

namespace {

// Made up for this test only, so that a find is never a false alarm from a default that other texts print.
constexpr char v2Key[] = "v2key-S3CR3T-5d1e7c2a9b";
constexpr char v2Token[] = "v2token-S3CR3T-8f3b6a0e4d";
constexpr char v3FixedToken[] = "v3token-S3CR3T-2c9e1f7a3b";
const QString clientId = QStringLiteral("secrets-test-client");
const QString keychainService = QStringLiteral("ClickScope-test-secrets");

// Everything Qt logs in this process (the library's own messages included), for the final scan.
QMutex logMutex;
QStringList collectedLog;
QtMessageHandler previousHandler = nullptr;

void collectMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        collectedLog.append(message);
    }
    previousHandler(type, context, message);
}

// "Another host": a plain TCP server on 127.0.0.1 that records every byte and answers a harmless 404.
class RecordingServer : public QObject
{
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                ++m_total;
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_bytes += socket->readAll();
                    if (m_bytes.contains("\r\n\r\n") && !socket->property("answered").toBool()) {
                        socket->setProperty("answered", true);
                        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int connections() const { return m_connections; }
    int totalConnections() const { return m_total; }
    const QByteArray &bytes() const { return m_bytes; }
    // A new test function: what follows is counted afresh (totalConnections() is not).
    void reset()
    {
        m_connections = 0;
        m_bytes.clear();
    }

private:
    QTcpServer m_server;
    int m_connections = 0;
    int m_total = 0;
    QByteArray m_bytes;
};

struct Secret {
    QString name;
    QByteArray value;
};

struct ProcessRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out, err;
    QString text() const { return QString::fromUtf8(err); }
};

#ifdef Q_OS_LINUX
// The command lines of a process and of all its descendants (Linux /proc), NUL separators kept.
QList<QByteArray> commandLinesOfTree(qint64 root)
{
    QList<QByteArray> lines;
    QList<qint64> tree { root };
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    // Parents before children is not guaranteed: repeat until nothing is added.
    for (bool grew = true; grew;) {
        grew = false;
        for (const QString &pid : pids) {
            bool ok = false;
            const qint64 n = pid.toLongLong(&ok);
            if (!ok || tree.contains(n))
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray s = stat.readAll();
            const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && tree.contains(fields[1].toLongLong())) {
                tree.append(n);
                grew = true;
            }
        }
    }
    for (qint64 pid : tree) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (f.open(QIODevice::ReadOnly))
            lines.append(f.readAll());
    }
    return lines;
}

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
#endif

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void scannerFindsAPlantedSecret();
    void sandboxRequestLogRedactsCredentials();
    void v2LoadKeepsTheKeyOnTheOrigin_data();
    void v2LoadKeepsTheKeyOnTheOrigin();
    void v3LoadKeepsTheTokensOnTheOrigin_data();
    void v3LoadKeepsTheTokensOnTheOrigin();
    void faultSessionsWithACache();
    void signInListenerIsLoopbackAndAnswersOnce();
    void signInWrongStateIsRefused();
    void signInCodeExchangeIsNotRedirected();
    void cliSessionsWithFaults();
    void cliArgumentsAndCrashOutput();
    void appArgumentsSettingsAndDemo();
    void nothingLeftBehindHoldsASecret();

private:
    void addSecret(const QString &name, const QByteArray &value);
    void harvestSandboxTokens();
    QStringList secretsIn(const QByteArray &bytes, const QList<Secret> &secrets) const;
    QStringList secretsIn(const QByteArray &bytes) const { return secretsIn(bytes, m_secrets); }
    QStringList scanTree(const QString &dir, const QList<Secret> &secrets, int *files = nullptr) const;
    void noteError(const ApiError &error);
    void noteOutput(const QString &label, const ProcessRun &run);
    // Empty when the other host saw no connection; else what reached it, and which secrets.
    QString otherHostSaw() const;

    ConnectionOptions fastOptions(const QString &cacheDir = {}) const;
    std::unique_ptr<TrackingBackend> v2Backend(const QString &cacheDir = {});
    std::unique_ptr<TrackingBackend> v3Backend(const Credentials &tokens, const QString &cacheDir = {});
    Credentials signIn();
    QByteArray browse(const QUrl &url, int *status, QByteArray *location)
    {
        return Tests::browse(&m_browser, url, status, location);
    }
    QString v2Campaign() const { return QString::number(m_sandbox->dataset().campaigns()[std::size_t(m_big)].id); }
    QString v3Campaign() const { return QString::fromLatin1(SV3::campaignId(m_sandbox->dataset(), m_big)); }
    void setPlan(const QString &spec);

    QProcessEnvironment cliEnvironment(const QString &home, bool v2Credentials) const;
    QStringList cliArguments(bool v3, const QStringList &args) const;
    QProcess *startProcess(const QString &exe, const QStringList &args, const QProcessEnvironment &env);
    ProcessRun finish(QProcess *process, int timeoutMs = 120000);
    ProcessRun cli(const QString &label, bool v3, const QStringList &args, bool v2Credentials = true);
    int clickRequests() const;

    std::unique_ptr<Sandbox::Sandbox> m_sandbox;
    RecordingServer m_other;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_browser;
    std::unique_ptr<KeychainCredentialStore> m_store;
    QTemporaryDir m_dir;
    int m_big = -1; // the SENT campaign with the most clicks
    QList<Secret> m_secrets;
    QStringList m_errors; // every userMessage() and errorMessage the library produced here
    QList<std::pair<QString, QByteArray>> m_outputs; // stdout and stderr of every process
    QByteArray m_requestLog; // every request the sandbox served, as its log prints it
};

// --- helpers ---------------------------------------------------------------------------------------------------

void TestSecrets::addSecret(const QString &name, const QByteArray &value)
{
    if (value.isEmpty())
        return;
    for (const Secret &s : std::as_const(m_secrets))
        if (s.value == value)
            return;
    m_secrets.append({ name, value });
}

void TestSecrets::harvestSandboxTokens()
{
    addSecret(QStringLiteral("a v3 access token"), m_sandbox->latestAccessToken());
    addSecret(QStringLiteral("a v3 refresh token"), m_sandbox->latestRefreshToken());
    addSecret(QStringLiteral("a PKCE code verifier"), m_sandbox->latestCodeVerifier());
}

QStringList TestSecrets::secretsIn(const QByteArray &bytes, const QList<Secret> &secrets) const
{
    // As UTF-8 / Latin-1 text, and as UTF-16 either way round (QDataStream, some binary stores).
    QStringList found;
    for (const Secret &s : secrets) {
        const QString text = QString::fromLatin1(s.value);
        QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2), be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2)
            std::swap(be[i], be[i + 1]);
        if (bytes.contains(s.value) || bytes.contains(le) || bytes.contains(be)
            || bytes.contains(QUrl::toPercentEncoding(text)))
            found << s.name;
    }
    return found;
}

QStringList TestSecrets::scanTree(const QString &dir, const QList<Secret> &secrets, int *files) const
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The keychain's own files hold what they are given, encrypted: that is the keychain's business.
        if (path.contains(QLatin1String("/keyrings/")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // gone meanwhile (another test's temporary file), or a socket
        if (files)
            ++*files;
        for (const QString &name : secretsIn(f.readAll(), secrets))
            found << name + QStringLiteral(" in ") + path;
    }
    return found;
}

void TestSecrets::noteError(const ApiError &error)
{
    if (error.isError())
        m_errors << error.userMessage() << error.errorMessage << error.errorKey;
}

void TestSecrets::noteOutput(const QString &label, const ProcessRun &run)
{
    m_outputs.append({ label + QStringLiteral(" (stdout)"), run.out });
    m_outputs.append({ label + QStringLiteral(" (stderr)"), run.err });
}

QString TestSecrets::otherHostSaw() const
{
    if (m_other.connections() == 0)
        return {};
    // The secrets known, and the fields that carry one whatever its value (a verifier the sandbox never saw).
    QStringList carried = secretsIn(m_other.bytes());
    for (const char *field : { "api_key=", "Authorization:", "refresh_token=", "code=", "code_verifier=" })
        if (m_other.bytes().contains(field))
            carried << QString::fromLatin1(field);
    return QStringLiteral("%1 connection(s) reached the other host, carrying %2: %3")
        .arg(m_other.connections())
        .arg(carried.join(QLatin1String(", ")), QString::fromLatin1(m_other.bytes().left(600)));
}

ConnectionOptions TestSecrets::fastOptions(const QString &cacheDir) const
{
    ConnectionOptions options;
    options.requestsPerSecond = 0;
    options.retry.baseDelayMs = 5;
    options.retry.maxDelayMs = 50;
    options.retry.overQpsDelayMs = 50;
    options.tokenStore = m_store.get();
    options.cacheDir = cacheDir;
    return options;
}

std::unique_ptr<TrackingBackend> TestSecrets::v2Backend(const QString &cacheDir)
{
    const Account account
        = Account::v2(m_sandbox->baseUrl(), Credentials::v2(QString::fromLatin1(v2Key), QString::fromLatin1(v2Token)));
    QString error;
    auto backend = BackendFactory::create(account, &m_network, fastOptions(cacheDir), &error);
    if (!backend)
        qWarning("v2 backend refused: %s", qPrintable(error));
    return backend;
}

std::unique_ptr<TrackingBackend> TestSecrets::v3Backend(const Credentials &tokens, const QString &cacheDir)
{
    Account account;
    account.api = ApiVersion::V3;
    account.baseUrl = m_sandbox->baseUrl();
    account.authBaseUrl = m_sandbox->authBaseUrl();
    account.clientId = clientId;
    account.credentials = tokens;
    QString error;
    auto backend = BackendFactory::create(account, &m_network, fastOptions(cacheDir), &error);
    if (!backend)
        qWarning("v3 backend refused: %s", qPrintable(error));
    return backend;
}

// A whole v3 sign-in against the sandbox's OAuth2 stand-in (the test plays the browser); every secret of it noted.
Credentials TestSecrets::signIn()
{
    V3SignIn flow(&m_network, OAuthSettings { m_sandbox->authBaseUrl(), clientId }, 0);
    Credentials tokens;
    bool done = false;
    connect(&flow, &SignInFlow::finished, this,
        [&](SignInFlow::Outcome outcome, const Credentials &t, const ApiError &error) {
            done = true;
            noteError(error);
            if (outcome == SignInFlow::Outcome::SignedIn)
                tokens = t;
            else
                qWarning("the sign-in failed: %s", qPrintable(error.userMessage()));
        });
    QUrl authorize;
    connect(&flow, &SignInFlow::authorizeUrlReady, this, [&authorize](const QUrl &url) { authorize = url; });
    if (!flow.start(30) || !QTest::qWaitFor([&] { return !authorize.isEmpty(); }, 5000))
        return {};
    QUrlQuery q(authorize);
    q.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    authorize.setQuery(q);
    int status = 0;
    QByteArray location;
    browse(authorize, &status, &location);
    const QUrl back(QString::fromUtf8(location));
    addSecret(QStringLiteral("an authorization code"),
        QUrlQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8());
    browse(back, &status, nullptr);
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the sign-in did not finish");
    harvestSandboxTokens();
    addSecret(QStringLiteral("a v3 access token"), tokens.accessToken.toUtf8());
    addSecret(QStringLiteral("a v3 refresh token"), tokens.refreshToken.toUtf8());
    return tokens;
}

void TestSecrets::setPlan(const QString &spec)
{
    QString error;
    const auto plan = FaultPlan::parse(spec, &error);
    QVERIFY2(plan, qPrintable(error));
    m_sandbox->setFaultPlan(*plan);
}

QProcessEnvironment TestSecrets::cliEnvironment(const QString &home, bool v2Credentials) const
{
    // A home of its own, so that every file the program writes (settings, caches) is in the scanned folder. The
    // D-Bus session (and so the keychain) stays the test session's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (name.startsWith(QLatin1String("CLICKSCOPE_")))
            env.remove(name);
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("CLICKSCOPE_MAX_RPS"), QStringLiteral("0"));
    env.insert(QStringLiteral("CLICKSCOPE_RETRY_BASE_MS"), QStringLiteral("5"));
    if (v2Credentials) {
        env.insert(QStringLiteral("CLICKSCOPE_API_KEY"), QString::fromLatin1(v2Key));
        env.insert(QStringLiteral("CLICKSCOPE_ACCESS_TOKEN"), QString::fromLatin1(v2Token));
    }
    return env;
}

QStringList TestSecrets::cliArguments(bool v3, const QStringList &args) const
{
    const QString base = m_sandbox->baseUrl().toString();
    if (!v3)
        return QStringList { QStringLiteral("--api-base"), base } + args;
    return QStringList { QStringLiteral("--api"), QStringLiteral("v3"), QStringLiteral("--api-base"), base,
        QStringLiteral("--auth-base"), m_sandbox->authBaseUrl().toString(), QStringLiteral("--client-id"), clientId }
    + args;
}

QProcess *TestSecrets::startProcess(const QString &exe, const QStringList &args, const QProcessEnvironment &env)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(env);
    p->start(exe, args);
    return p;
}

// Waits with the event loop running: the sandbox lives on this thread.
ProcessRun TestSecrets::finish(QProcess *process, int timeoutMs)
{
    if (!QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, timeoutMs)) {
        process->kill();
        process->waitForFinished(5000);
    }
    ProcessRun run;
    run.crashed = process->exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process->exitCode();
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    process->deleteLater();
    return run;
}

ProcessRun TestSecrets::cli(const QString &label, bool v3, const QStringList &args, bool v2Credentials)
{
    QProcess *p = startProcess(QStringLiteral(CLICKSCOPE_CLI_EXE), cliArguments(v3, args),
        cliEnvironment(m_dir.filePath(QStringLiteral("cli-home")), v2Credentials && !v3));
    const ProcessRun run = finish(p);
    noteOutput(QStringLiteral("clickscope-cli ") + label, run);
    harvestSandboxTokens();
    return run;
}

int TestSecrets::clickRequests() const
{
    int n = 0;
    for (const auto &r : m_sandbox->requestLog())
        n += r.route == Sandbox::Route::Clicks || r.route == Sandbox::Route::V3Clicks ? 1 : 0;
    return n;
}

// --- set-up ----------------------------------------------------------------------------------------------------

void TestSecrets::initTestCase()
{
    previousHandler = qInstallMessageHandler(collectMessages);
    QCoreApplication::setOrganizationName(QStringLiteral("ClickScope-secrets-test"));
    QVERIFY(m_dir.isValid());

    Sandbox::SandboxConfig config;
    config.data.seed = 17;
    config.data.campaigns = 6;
    config.data.clicks = 9000;
    config.data.contacts = 1500;
    config.apiKey = v2Key;
    config.accessToken = v2Token;
    config.v3AccessToken = v3FixedToken;
    config.oauth.tokenQps = 0; // the limit is tst_sandbox_v3's; here it would only slow the test
    m_sandbox = std::make_unique<Sandbox::Sandbox>(config);
    QVERIFY(m_sandbox->listen());
    connect(m_sandbox.get(), &Sandbox::Sandbox::requestServed, this, [this](const Sandbox::RequestRecord &r) {
        m_requestLog += r.method + ' ' + r.target + ' ' + QByteArray::number(r.status) + '\n';
    });
    QVERIFY(m_other.listen());
    m_store = std::make_unique<KeychainCredentialStore>(nullptr, keychainService);

    addSecret(QStringLiteral("the v2 API key"), v2Key);
    addSecret(QStringLiteral("the v2 access token"), v2Token);
    addSecret(QStringLiteral("the fixed v3 access token"), v3FixedToken);

    const auto &all = m_sandbox->dataset().campaigns();
    for (int i = 0; i < int(all.size()); ++i)
        if (all[std::size_t(i)].status == Sandbox::CampaignStatus::Sent
            && (m_big < 0 || all[std::size_t(i)].clickCount > all[std::size_t(m_big)].clickCount))
            m_big = i;
    QVERIFY(m_big >= 0);
    // Several pages of 500 in v2 and in the v3 primary activity.
    QVERIFY(all[std::size_t(m_big)].clickCount > 2500);
}

void TestSecrets::init()
{
    m_other.reset();
    m_sandbox->setFaultPlan({});
    m_sandbox->setAccessTokenLifetime(86400);
}

void TestSecrets::cleanupTestCase()
{
    QSignalSpy forgotten(m_store.get(), &CredentialStore::forgotten);
    m_store->forget(BackendFactory::credentialKey(ApiVersion::V3, m_sandbox->baseUrl()));
    forgotten.wait(5000);
    // The CLI's sign-in, from the default keychain service.
    cli(QStringLiteral("logout"), true, { QStringLiteral("logout") });
    qInstallMessageHandler(previousHandler);
}

// --- the tests -------------------------------------------------------------------------------------------------

void TestSecrets::scannerFindsAPlantedSecret()
{
    // The scan at the end is only worth something if it finds what is there: a secret planted in a file, as
    // text, as UTF-16 and percent-encoded, is found each time.
    QTemporaryDir planted;
    QVERIFY(planted.isValid());
    const QList<Secret> one { { QStringLiteral("planted"), QByteArray("pl/ant+ed S3CR3T") } };
    const QString text = QStringLiteral("pl/ant+ed S3CR3T");
    const QList<QByteArray> forms { "x pl/ant+ed S3CR3T y",
        QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
        "?k=" + QUrl::toPercentEncoding(text) };
    for (int i = 0; i < forms.size(); ++i) {
        QFile f(planted.filePath(QStringLiteral("sub/f%1").arg(i)));
        QDir().mkpath(planted.filePath(QStringLiteral("sub")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(forms[i]);
    }
    int files = 0;
    QCOMPARE(scanTree(planted.path(), one, &files).size(), 3);
    QCOMPARE(files, 3);
    QVERIFY(secretsIn("nothing here", one).isEmpty());
}

void TestSecrets::sandboxRequestLogRedactsCredentials()
{
    // The request log prints path and query: every credential a query could carry is shown as ***.
    m_sandbox->clearRequestLog();
    const QByteArray values[]
        = { "k-S3CR3T-log1", "at-S3CR3T-log2", "rt-S3CR3T-log3", "cv-S3CR3T-log4", "cs-S3CR3T-log5", "c-S3CR3T-log6" };
    const char *names[] = { "api_key", "access_token", "refresh_token", "code_verifier", "client_secret", "code" };
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    for (int i = 0; i < 6; ++i)
        q.addQueryItem(QString::fromLatin1(names[i]), QString::fromLatin1(values[i]));
    QUrl url = m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v2/emailmarketing/campaigns")));
    url.setQuery(q);
    int status = 0;
    browse(url, &status, nullptr);
    const QList<Sandbox::RequestRecord> log = m_sandbox->requestLog();
    QCOMPARE(log.size(), 1);
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(!log[0].target.contains(values[i]), log[0].target.constData());
        QVERIFY2(log[0].target.contains(QByteArray(QByteArray(names[i]) + "=***")), log[0].target.constData());
    }
    QVERIFY(log[0].target.contains("limit=1")); // the rest stays readable
}

void TestSecrets::v2LoadKeepsTheKeyOnTheOrigin_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("says");
    QTest::newRow("next link on the other host") << QStringLiteral("clicks:2:foreign-link=%1") << 1000 << QString();
    QTest::newRow("302 to the other host")
        << QStringLiteral("clicks:2:redirect=%1") << 500 << QStringLiteral("redirect");
    QTest::newRow("307 to the other host")
        << QStringLiteral("clicks:2:redirect=307/%1") << 500 << QStringLiteral("redirect");
    QTest::newRow("308 on the first page")
        << QStringLiteral("clicks:1:redirect=308/%1") << 0 << QStringLiteral("redirect");
}

void TestSecrets::v2LoadKeepsTheKeyOnTheOrigin()
{
    QFETCH(QString, plan);
    QFETCH(int, rows);
    QFETCH(QString, says);
    setPlan(plan.arg(m_other.origin()));
    auto backend = v2Backend();
    QVERIFY(backend);
    std::unique_ptr<ClickStream> stream(backend->clicks(v2Campaign(), QString(), noDate));
    const PagerRun run = runPager(stream.get());
    QVERIFY2(otherHostSaw().isEmpty(), qPrintable(otherHostSaw())); // before anything else
    noteError(run.error);
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::ForeignLink);
    QCOMPARE(run.rows(), std::size_t(rows)); // the rows loaded before stay
    const QString message = run.error.userMessage();
    QVERIFY2(message.contains(m_other.origin()), qPrintable(message)); // names the other host
    QVERIFY2(says.isEmpty() || message.contains(says), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("api_key")), qPrintable(message)); // the host, not the whole URL
}

void TestSecrets::v3LoadKeepsTheTokensOnTheOrigin_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<bool>("expireAfterFirstPage");
    QTest::addColumn<int>("rows"); // -1: at least the first page, not all
    QTest::addColumn<QString>("says");
    QTest::newRow("next link on the other host")
        << QStringLiteral("v3-clicks:2:foreign-link=%1") << false << 1000 << QString();
    QTest::newRow("302 to the other host")
        << QStringLiteral("v3-clicks:2:redirect=%1") << false << 500 << QStringLiteral("redirect");
    QTest::newRow("401, renewed, then a redirect")
        << QStringLiteral("v3-clicks:2:status=401;v3-clicks:3:redirect=307/%1") << false << 500
        << QStringLiteral("redirect");
    QTest::newRow("401, renewed, then a foreign next link")
        << QStringLiteral("v3-clicks:2:status=401;v3-clicks:3:foreign-link=%1") << false << 1000 << QString();
    QTest::newRow("token endpoint redirects the renewal")
        << QStringLiteral("token:*:redirect=307/%1") << true << -1 << QStringLiteral("redirect");
    QTest::newRow("token endpoint 302 after a 401")
        << QStringLiteral("v3-clicks:2:status=401;token:*:redirect=%1") << false << 500 << QStringLiteral("redirect");
}

void TestSecrets::v3LoadKeepsTheTokensOnTheOrigin()
{
    QFETCH(QString, plan);
    QFETCH(bool, expireAfterFirstPage);
    QFETCH(int, rows);
    QFETCH(QString, says);
    const Credentials tokens = signIn();
    QVERIFY(!tokens.refreshToken.isEmpty());
    auto backend = v3Backend(tokens);
    QVERIFY(backend);
    setPlan(plan.arg(m_other.origin()));
    std::unique_ptr<ClickStream> stream(backend->clicks(v3Campaign(), QString(), noDate));
    bool expired = false;
    connect(stream.get(), &ClickStream::batchReady, this, [&] {
        if (expireAfterFirstPage && !expired) {
            expired = true;
            m_sandbox->expireAccessTokens();
        }
    });
    const PagerRun run = runPager(stream.get());
    harvestSandboxTokens();
    QVERIFY2(otherHostSaw().isEmpty(), qPrintable(otherHostSaw())); // before anything else
    noteError(run.error);
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::ForeignLink);
    if (rows >= 0)
        QCOMPARE(run.rows(), std::size_t(rows));
    else
        QVERIFY(run.rows() >= 500 && run.rows() < m_sandbox->dataset().campaigns()[std::size_t(m_big)].clickCount);
    const QString message = run.error.userMessage();
    QVERIFY2(message.contains(m_other.origin()), qPrintable(message));
    QVERIFY2(says.isEmpty() || message.contains(says), qPrintable(message));
}

void TestSecrets::faultSessionsWithACache()
{
    // A session of loads with every kind of fault, through a cache (its files are scanned at the end), v2 and v3.
    // Each failed load leaves a cut walk that the next one resumes (a page further each time), so a fault may find
    // the walk already past it: what counts is that faults happened and were handled.
    const QString cacheDir = m_dir.filePath(QStringLiteral("library-cache"));
    const QString other = m_other.origin();
    const QStringList v2Plans { QStringLiteral("clicks:2:status=401"), QStringLiteral("clicks:2:status=403"),
        QStringLiteral("clicks:2+:status=503"), QStringLiteral("clicks:2:malformed"), QStringLiteral("clicks:2+:drop"),
        QStringLiteral("clicks:1+:foreign-link=") + other, QStringLiteral("clicks:2:redirect=") + other,
        QStringLiteral("campaign:1:redirect=") + other, QString() };
    int failures = 0;
    {
        auto backend = v2Backend(cacheDir);
        QVERIFY(backend);
        for (const QString &plan : v2Plans) {
            setPlan(plan);
            std::unique_ptr<ClickStream> stream(backend->clicks(v2Campaign(), QString(), noDate));
            const PagerRun run = runPager(stream.get());
            QVERIFY2(run.failed || run.finished, qPrintable(plan));
            failures += run.failed ? 1 : 0;
            noteError(run.error);
            bool done = false;
            backend->campaign(v2Campaign(), this, [&](const Campaign &, const ApiError &e) {
                noteError(e);
                done = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        }
    }
    const QStringList v3Plans { QStringLiteral("v3-clicks:2-3:status=401"), QStringLiteral("v3-clicks:2:status=403"),
        QStringLiteral("v3-clicks:2+:status=502"), QStringLiteral("v3-clicks:2:malformed"),
        QStringLiteral("v3-clicks:2+:drop"), QStringLiteral("v3-clicks:1+:foreign-link=") + other,
        QStringLiteral("v3-clicks:2:redirect=") + other,
        QStringLiteral("v3-clicks:2:status=401;token:*:redirect=") + other, QString() };
    {
        auto backend = v3Backend(signIn(), cacheDir);
        QVERIFY(backend);
        for (const QString &plan : v3Plans) {
            setPlan(plan);
            std::unique_ptr<ClickStream> stream(backend->clicks(v3Campaign(), QString(), noDate));
            const PagerRun run = runPager(stream.get());
            harvestSandboxTokens();
            QVERIFY2(run.failed || run.finished, qPrintable(plan));
            failures += run.failed ? 1 : 0;
            noteError(run.error);
        }
    }
    QVERIFY2(failures >= 8, qPrintable(QString::number(failures)));
    QVERIFY2(otherHostSaw().isEmpty(), qPrintable(otherHostSaw()));
    // The cache was written, with its write-ahead log.
    QVERIFY(!QDir(cacheDir).entryList({ QStringLiteral("*.sqlite*") }, QDir::Files).isEmpty());
}

void TestSecrets::signInListenerIsLoopbackAndAnswersOnce()
{
    V3SignIn flow(&m_network, OAuthSettings { m_sandbox->authBaseUrl(), clientId }, 0);
    bool done = false;
    SignInFlow::Outcome outcome = SignInFlow::Outcome::Failed;
    connect(&flow, &SignInFlow::finished, this, [&](SignInFlow::Outcome o, const Credentials &t, const ApiError &e) {
        done = true;
        outcome = o;
        noteError(e);
        addSecret(QStringLiteral("a v3 access token"), t.accessToken.toUtf8());
        addSecret(QStringLiteral("a v3 refresh token"), t.refreshToken.toUtf8());
    });
    QUrl authorize;
    connect(&flow, &SignInFlow::authorizeUrlReady, this, [&authorize](const QUrl &url) { authorize = url; });
    QVERIFY(flow.start(30));
    QVERIFY(QTest::qWaitFor([&] { return !authorize.isEmpty(); }, 5000));
    const quint16 port = flow.port();
    QVERIFY(port > 0);

    // Bound to 127.0.0.1 only: the kernel's table of listening sockets has it on 127.0.0.1 (hex 0100007F) and on no
    // other address, IPv4 or IPv6. That is what a connection to another address of this machine would find out,
    // for every address at once (and this workplace sends no test traffic to addresses other than loopback).
    const QByteArray portHex = QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    int listening = QFileInfo::exists(QStringLiteral("/proc/net/tcp")) ? 0 : 1; // elsewhere: no such table
    for (const char *table : { "/proc/net/tcp", "/proc/net/tcp6" }) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> cols = line.simplified().split(' ');
            if (cols.size() < 4 || cols[3] != "0A" || !cols[1].endsWith(QByteArray(':' + portHex)))
                continue; // not a listening socket on this port
            ++listening;
            QVERIFY2(cols[1] == "0100007F:" + portHex, line.constData());
        }
    }
    QCOMPARE(listening, 1);
    QStringList others;
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            others << a.toString();
    if (others.isEmpty())
        qInfo("This machine has no non-loopback IPv4 address; the socket table above shows the listener is on "
              "127.0.0.1 only.");
    else
        qInfo("The listener is not on this machine's other addresses (%s): the socket table lists it on 127.0.0.1 "
              "only.",
            qPrintable(others.join(QLatin1String(", "))));

    // A connection made before the callback, kept open (a browser's keep-alive).
    QTcpSocket early;
    early.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(early.waitForConnected(5000));

    // A wrong path (the browser's /favicon.ico): 404, and the sign-in goes on waiting.
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
    int status = 0;
    browse(base.resolved(QUrl(QStringLiteral("/favicon.ico"))), &status, nullptr);
    QCOMPARE(status, 404);
    browse(base.resolved(QUrl(QStringLiteral("/callback/../other?code=x"))), &status, nullptr);
    QCOMPARE(status, 404);
    QTest::qWait(100);
    QVERIFY(!done);

    // The real callback: accepted once, the code exchanged, the page does not repeat the code.
    QUrlQuery q(authorize);
    const QString state = q.queryItemValue(QStringLiteral("state"));
    q.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    authorize.setQuery(q);
    QByteArray location;
    browse(authorize, &status, &location);
    QCOMPARE(status, 302);
    const QUrl back(QString::fromUtf8(location));
    const QByteArray code = QUrlQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
    addSecret(QStringLiteral("an authorization code"), code);
    QCOMPARE(back.port(), int(port));
    const QByteArray page = browse(back, &status, nullptr);
    QCOMPARE(status, 200);
    QVERIFY(!page.contains(code));
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(outcome, SignInFlow::Outcome::SignedIn);
    harvestSandboxTokens();
    const int exchanges = m_sandbox->tokenRequests();

    // The connection opened before: a second callback on it is not accepted.
    early.write("GET /callback?code=" + code + "&state=" + state.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor(
        [&] { return early.bytesAvailable() > 0 || early.state() != QTcpSocket::ConnectedState; }, 5000));
    const QByteArray answer = early.readAll();
    QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 404"), answer.constData());
    // A new connection is refused at the TCP level: the listener is closed.
    QTcpSocket late;
    late.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!late.waitForConnected(3000));
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
    QTest::qWait(200);
    QCOMPARE(m_sandbox->tokenRequests(), exchanges); // nothing exchanged a second time
}

void TestSecrets::signInWrongStateIsRefused()
{
    V3SignIn flow(&m_network, OAuthSettings { m_sandbox->authBaseUrl(), clientId }, 0);
    bool done = false;
    SignInFlow::Outcome outcome = SignInFlow::Outcome::SignedIn;
    connect(&flow, &SignInFlow::finished, this, [&](SignInFlow::Outcome o, const Credentials &, const ApiError &e) {
        done = true;
        outcome = o;
        noteError(e);
    });
    QUrl authorize;
    connect(&flow, &SignInFlow::authorizeUrlReady, this, [&authorize](const QUrl &url) { authorize = url; });
    QVERIFY(flow.start(30));
    QVERIFY(QTest::qWaitFor([&] { return !authorize.isEmpty(); }, 5000));
    const quint16 port = flow.port();
    QUrlQuery q(authorize);
    q.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    authorize.setQuery(q);
    int status = 0;
    QByteArray location;
    browse(authorize, &status, &location);
    QUrl back(QString::fromUtf8(location));
    QUrlQuery bq(back);
    addSecret(QStringLiteral("an authorization code"),
        bq.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8());
    bq.removeAllQueryItems(QStringLiteral("state"));
    bq.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
    back.setQuery(bq);
    const int exchanges = m_sandbox->tokenRequests();
    browse(back, &status, nullptr);
    QCOMPARE(status, 400);
    QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
    QCOMPARE(outcome, SignInFlow::Outcome::WrongState);
    QCOMPARE(m_sandbox->tokenRequests(), exchanges);
    QTcpSocket late;
    late.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!late.waitForConnected(3000));
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestSecrets::signInCodeExchangeIsNotRedirected()
{
    // The token endpoint answers the code exchange (code, verifier, client id) with a redirect: not followed, the
    // sign-in fails and says where it was sent.
    V3SignIn flow(&m_network, OAuthSettings { m_sandbox->authBaseUrl(), clientId }, 0);
    bool done = false;
    SignInFlow::Outcome outcome = SignInFlow::Outcome::SignedIn;
    ApiError error;
    connect(&flow, &SignInFlow::finished, this, [&](SignInFlow::Outcome o, const Credentials &, const ApiError &e) {
        done = true;
        outcome = o;
        error = e;
        noteError(e);
    });
    QUrl authorize;
    connect(&flow, &SignInFlow::authorizeUrlReady, this, [&authorize](const QUrl &url) { authorize = url; });
    QVERIFY(flow.start(30));
    QVERIFY(QTest::qWaitFor([&] { return !authorize.isEmpty(); }, 5000));
    setPlan(QStringLiteral("token:1+:redirect=307/") + m_other.origin());
    QUrlQuery q(authorize);
    q.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    authorize.setQuery(q);
    int status = 0;
    QByteArray location;
    browse(authorize, &status, &location);
    const QUrl back(QString::fromUtf8(location));
    addSecret(QStringLiteral("an authorization code"),
        QUrlQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8());
    browse(back, &status, nullptr);
    QCOMPARE(status, 200); // the browser is told to go back to ClickScope
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY2(otherHostSaw().isEmpty(), qPrintable(otherHostSaw()));
    QCOMPARE(outcome, SignInFlow::Outcome::Failed);
    QCOMPARE(error.kind, ApiError::Kind::ForeignLink);
    QVERIFY2(error.userMessage().contains(m_other.origin()), qPrintable(error.userMessage()));
    QVERIFY2(error.userMessage().contains(QLatin1String("redirect")), qPrintable(error.userMessage()));
}

void TestSecrets::cliSessionsWithFaults()
{
    const QString other = m_other.origin();
    const QString csv = m_dir.filePath(QStringLiteral("exports/clicks-v2.csv"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("exports")));
    const QString cacheDir = m_dir.filePath(QStringLiteral("cli-cache"));

    // v2: an export, a sync, then every fault, each with its exit code and a clear message.
    ProcessRun r = cli(QStringLiteral("v2 clicks --output"), false,
        { QStringLiteral("clicks"), v2Campaign(), QStringLiteral("--output"), csv });
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY(QFileInfo(csv).size() > 1000);
    setPlan(QStringLiteral("clicks:3:status=500"));
    r = cli(QStringLiteral("v2 sync"), false,
        { QStringLiteral("sync"), v2Campaign(), QStringLiteral("--cache-dir"), cacheDir });
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    const QList<std::tuple<QString, int, QString>> v2Faults {
        { QStringLiteral("clicks:2:status=401"), 3, QString() },
        { QStringLiteral("clicks:2:status=403"), 3, QString() },
        { QStringLiteral("clicks:2+:status=503"), 6, QString() },
        { QStringLiteral("clicks:2:malformed"), 7, QString() },
        { QStringLiteral("clicks:2+:drop"), 6, QString() },
        { QStringLiteral("clicks:2:foreign-link=") + other, 7, other },
        { QStringLiteral("clicks:2:redirect=") + other, 7, other },
        { QStringLiteral("campaigns:1:redirect=307/") + other, 7, other },
    };
    for (const auto &[plan, exitCode, names] : v2Faults) {
        setPlan(plan);
        const bool list = plan.startsWith(QLatin1String("campaigns"));
        r = cli(QStringLiteral("v2 ") + plan, false,
            list ? QStringList { QStringLiteral("campaigns") }
                 : QStringList { QStringLiteral("clicks"), v2Campaign() });
        QVERIFY2(r.exitCode == exitCode, qPrintable(plan + QStringLiteral(": ") + r.text()));
        QVERIFY2(names.isEmpty() || r.text().contains(names), qPrintable(r.text()));
        QCOMPARE(r.err.count('\n'), 1); // one line, as the contract says
    }
    setPlan(QStringLiteral("clicks:1+:redirect=") + other); // the walk is complete: this sync asks for one page
    r = cli(QStringLiteral("v2 sync redirected"), false,
        { QStringLiteral("sync"), v2Campaign(), QStringLiteral("--cache-dir"), cacheDir });
    QCOMPARE(r.exitCode, 7);

    // v3: sign in as the CLI does (the test plays the browser), then loads with the keychain's tokens.
    m_sandbox->setFaultPlan({});
    QProcess *login = startProcess(QStringLiteral(CLICKSCOPE_CLI_EXE),
        cliArguments(true,
            { QStringLiteral("login"), QStringLiteral("--no-browser"), QStringLiteral("--redirect-port"),
                QString::number([] {
                    QTcpServer probe;
                    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
                    return probe.serverPort();
                }()) }),
        cliEnvironment(m_dir.filePath(QStringLiteral("cli-home")), false));
    QString err;
    QUrl address;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += QString::fromUtf8(login->readAllStandardError());
            const auto m = QRegularExpression(QStringLiteral("sign in: (\\S+)\\n")).match(err);
            if (m.hasMatch())
                address = QUrl(m.captured(1));
            return address.isValid();
        },
        15000));
    QUrlQuery aq(address);
    aq.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    address.setQuery(aq);
    int status = 0;
    QByteArray location;
    browse(address, &status, &location);
    QCOMPARE(status, 302);
    const QUrl back(QString::fromUtf8(location));
    addSecret(QStringLiteral("an authorization code"),
        QUrlQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8());
    browse(back, &status, nullptr);
    ProcessRun loggedIn = finish(login, 20000);
    loggedIn.err.prepend(err.toUtf8());
    noteOutput(QStringLiteral("clickscope-cli login"), loggedIn);
    harvestSandboxTokens();
    QVERIFY2(loggedIn.exitCode == 0, loggedIn.err.constData());

    const QString csv3 = m_dir.filePath(QStringLiteral("exports/clicks-v3.csv"));
    r = cli(QStringLiteral("v3 clicks --output"), true,
        { QStringLiteral("clicks"), v3Campaign(), QStringLiteral("--output"), csv3 });
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    m_sandbox->expireAccessTokens(); // renewed by the sync, the rotated tokens written to the keychain
    r = cli(QStringLiteral("v3 sync"), true,
        { QStringLiteral("sync"), v3Campaign(), QStringLiteral("--cache-dir"), cacheDir });
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    const QList<std::tuple<QString, int, QString>> v3Faults {
        { QStringLiteral("v3-clicks:2:status=401;token:*:redirect=307/") + other, 7, other },
        { QStringLiteral("v3-clicks:2:status=401;v3-clicks:3:foreign-link=") + other, 7, other },
        { QStringLiteral("v3-clicks:2:redirect=") + other, 7, other },
        { QStringLiteral("v3-clicks:2:status=403"), 3, QString() },
        { QStringLiteral("v3-clicks:2:malformed"), 7, QString() },
        { QStringLiteral("v3-clicks:2+:drop"), 6, QString() },
    };
    for (const auto &[plan, exitCode, names] : v3Faults) {
        setPlan(plan);
        r = cli(QStringLiteral("v3 ") + plan, true, { QStringLiteral("clicks"), v3Campaign() });
        QVERIFY2(r.exitCode == exitCode, qPrintable(plan + QStringLiteral(": ") + r.text()));
        QVERIFY2(names.isEmpty() || r.text().contains(names), qPrintable(r.text()));
    }
    QVERIFY2(otherHostSaw().isEmpty(), qPrintable(otherHostSaw()));
}

void TestSecrets::cliArgumentsAndCrashOutput()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc and sends POSIX signals: Linux only");
#else
    // A running clickscope-cli has its credentials in its environment (v2) or from the keychain (v3), never in its
    // arguments; killed mid-load by SIGABRT or SIGSEGV it prints nothing secret. (The v3 case uses the tokens that
    // cliSessionsWithFaults signed in with; cleanupTestCase signs out.)
    struct Case {
        bool v3;
        int signal;
    };
    for (const Case c : { Case { false, SIGABRT }, Case { false, SIGSEGV }, Case { true, SIGABRT } }) {
        setPlan(c.v3 ? QStringLiteral("v3-clicks:*:latency=400") : QStringLiteral("clicks:*:latency=400"));
        m_sandbox->clearRequestLog();
        const QStringList args = { QStringLiteral("sync"), c.v3 ? v3Campaign() : v2Campaign(),
            QStringLiteral("--cache-dir"), m_dir.filePath(QStringLiteral("crash-cache")) };
        QProcess *p = startProcess(QStringLiteral(CLICKSCOPE_CLI_EXE), cliArguments(c.v3, args),
            cliEnvironment(m_dir.filePath(QStringLiteral("cli-home")), !c.v3));
        QVERIFY(p->waitForStarted(10000));
        const qint64 pid = p->processId();
        QVERIFY(QTest::qWaitFor([&] { return clickRequests() >= 2 || p->state() == QProcess::NotRunning; }, 30000));
        QVERIFY2(p->state() == QProcess::Running, p->readAllStandardError().constData()); // mid-load
        const QList<QByteArray> lines = commandLinesOfTree(pid);
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.first().contains("sync"), lines.first().constData()); // it is the right process
        for (const QByteArray &line : lines) {
            const QStringList found = secretsIn(line);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String(", "))));
        }
        if (!c.v3) // the scan would have seen it: the key is right there in the environment
            QVERIFY(readProcFile(pid, "environ").contains(v2Key));
        QCOMPARE(::kill(pid_t(pid), c.signal), 0);
        const ProcessRun run = finish(p, 20000);
        // Killed mid-load; a build with AddressSanitizer reports a SIGSEGV itself (its report is crash output to scan
        // too) and then exits with 1 instead of dying of the signal.
        QVERIFY2(run.crashed || run.exitCode != 0, qPrintable(run.text()));
        noteOutput(QStringLiteral("clickscope-cli killed by signal %1").arg(c.signal), run);
    }
#endif
}

void TestSecrets::appArgumentsSettingsAndDemo()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc and sends POSIX signals: Linux only");
#else
    // The window against the sandbox, with v2 credentials from the environment and a fault: it loads, saves its
    // settings and cache in its own home; neither it nor any process it starts has a secret in its arguments.
    setPlan(QStringLiteral("clicks:1:status=503;clicks:2:foreign-link=") + m_other.origin());
    m_sandbox->clearRequestLog();
    const QString home = m_dir.filePath(QStringLiteral("app-home"));
    QProcess *app = startProcess(QStringLiteral(CLICKSCOPE_APP_EXE),
        { QStringLiteral("--api"), QStringLiteral("v2"), QStringLiteral("--api-base"),
            m_sandbox->baseUrl().toString() },
        cliEnvironment(home, true));
    QVERIFY(app->waitForStarted(10000));
    const qint64 pid = app->processId();
    QStringList found;
    int samples = 0;
    const bool loaded = QTest::qWaitFor(
        [&] {
            for (const QByteArray &line : commandLinesOfTree(pid))
                found += secretsIn(line);
            ++samples;
            return clickRequests() >= 2 || app->state() == QProcess::NotRunning;
        },
        30000);
    QVERIFY2(loaded && clickRequests() >= 2, "the window did not load clicks");
    QTest::qWait(500); // the page that names the other host is handled, the settings written
    found += secretsIn(readProcFile(pid, "cmdline"));
    QVERIFY(readProcFile(pid, "environ").contains(v2Key)); // the scan would have seen it
    app->terminate();
    const ProcessRun run = finish(app, 20000);
    noteOutput(QStringLiteral("clickscope"), run);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String(", "))));
    QVERIFY(samples > 1);
    QVERIFY2(otherHostSaw().isEmpty(), qPrintable(otherHostSaw()));
    // It wrote its settings (the campaign it opened) where the scan will look.
    int settingsFiles = 0;
    QVERIFY(scanTree(home + QStringLiteral("/config"), m_secrets, &settingsFiles).isEmpty());
    QVERIFY(settingsFiles > 0);

    // --demo: the built-in sandbox's public credentials (and the environment's) are in no process's arguments.
    const Sandbox::DemoAccount demo;
    const QList<Secret> demoSecrets = m_secrets
        + QList<Secret> { { QStringLiteral("the demo API key"), demo.apiKey.toUtf8() },
              { QStringLiteral("the demo access token"), demo.accessToken.toUtf8() },
              { QStringLiteral("the demo v3 token"), demo.v3AccessToken.toUtf8() } };
    QProcess *demoApp
        = startProcess(QStringLiteral(CLICKSCOPE_APP_EXE), { QStringLiteral("--demo") }, cliEnvironment(home, true));
    QVERIFY(demoApp->waitForStarted(10000));
    const qint64 demoPid = demoApp->processId();
    QElapsedTimer watch;
    watch.start();
    while (watch.elapsed() < 3000 && demoApp->state() == QProcess::Running) {
        for (const QByteArray &line : commandLinesOfTree(demoPid))
            found += secretsIn(line, demoSecrets);
        QTest::qWait(100);
    }
    QCOMPARE(demoApp->state(), QProcess::Running);
    demoApp->terminate();
    noteOutput(QStringLiteral("clickscope --demo"), finish(demoApp, 20000));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String(", "))));
#endif
}

void TestSecrets::nothingLeftBehindHoldsASecret()
{
    // Everything the sessions above left behind, scanned for every secret they used.
    harvestSandboxTokens();
    QVERIFY(m_secrets.size() >= 10); // the v2 pair, the fixed token, and codes, verifiers and tokens of sign-ins
    QStringList found;

    // This process's log (Qt's and the library's messages) and every error message the library produced.
    {
        QMutexLocker lock(&logMutex);
        for (const QString &name : secretsIn(collectedLog.join(QLatin1Char('\n')).toUtf8()))
            found << name + QStringLiteral(" in the log");
    }
    for (const QString &name : secretsIn(m_errors.join(QLatin1Char('\n')).toUtf8()))
        found << name + QStringLiteral(" in an error message");

    // The CLI's and the window's output, the clean runs and the killed ones.
    for (const auto &[label, bytes] : std::as_const(m_outputs))
        for (const QString &name : secretsIn(bytes))
            found << name + QStringLiteral(" in the output of ") + label;

    // The sandbox's request log as it prints it, every request of the run.
    for (const QString &name : secretsIn(m_requestLog))
        found << name + QStringLiteral(" in the sandbox's request log");

    // Every file written: caches (with -wal and -shm), CSV exports, the CLI's and the window's homes (settings,
    // caches), and this session's own settings and data folders.
    int files = 0;
    found += scanTree(m_dir.path(), m_secrets, &files);
    // The test session's throwaway home (scripts/with-test-session): whatever this process wrote by default.
    if (qEnvironmentVariableIsSet("CLICKSCOPE_IN_TEST_SESSION"))
        for (const auto location : { QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
                 QStandardPaths::GenericCacheLocation })
            found += scanTree(QStandardPaths::writableLocation(location), m_secrets);
    QSettings settings;
    settings.sync();
    QFile own(settings.fileName());
    if (own.open(QIODevice::ReadOnly))
        for (const QString &name : secretsIn(own.readAll()))
            found << name + QStringLiteral(" in ") + settings.fileName();

    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String("\n"))));
    // ...and the scan had something to scan.
    QVERIFY(m_errors.size() > 30);
    QVERIFY(m_outputs.size() > 30);
    QVERIFY(files >= 8);
    QVERIFY(m_requestLog.contains("api_key=***"));
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("exports/clicks-v2.csv"))));
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("exports/clicks-v3.csv"))));
    QDirIterator wal(m_dir.path(), { QStringLiteral("*-wal") }, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(wal.hasNext()); // the caches' write-ahead logs are among the files scanned
    QCOMPARE(m_other.totalConnections(), 0); // in the whole run
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
