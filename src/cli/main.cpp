// SPDX-License-Identifier: GPL-3.0-or-later
// clickscope-cli: the ClickScope core for scripts and sync jobs (DESIGN.md, "CLI contract"). This file: the options
// and the start-up (sandbox, credentials, backend); commands.cpp runs the commands, output.cpp writes.
#include "appinfo.h"
#include "backend/backendfactory.h"
#include "cli/commands.h"
#include "cli/help.h"
#include "cli/output.h"
#include "domain/isotime.h"
#include "i18n.h"
#include "sandbox/demo.h"
#include "sandbox/sandboxthread.h"
#include "secrets/credentialstore.h"
#include "session/credentialresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

using namespace ClickScope;
using namespace ClickScope::Console;

namespace {

// From Qt 6.5, a locale that is not UTF-8 (LANG=C, or unset, as cron runs jobs) makes QCoreApplication print a
// four-line notice on stderr before it switches LC_CTYPE to UTF-8 itself. The CLI writes UTF-8 whatever the locale
// and promises one line per error on stderr, so that notice alone is dropped; every other message goes to Qt.
QtMessageHandler qtMessageHandler = nullptr;

void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Only the notice that Qt switched to UTF-8 by itself; "has failed to switch" is a real problem and is shown.
    if (type == QtWarningMsg && message.startsWith(u"Detected locale \"") && message.contains(u"and has switched to"))
        return;
    qtMessageHandler(type, context, message); // never null: Qt returns its default handler
}

// The system browser, without QtGui: the CLI links QtCore and QtNetwork only. The address carries no secret.
bool openBrowser(const QUrl &url)
{
#if defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"),
        { QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded) });
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), { url.toString(QUrl::FullyEncoded) });
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), { url.toString(QUrl::FullyEncoded) });
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    qtMessageHandler = qInstallMessageHandler(cliMessageHandler);
    QCoreApplication app(argc, argv);
    // The window's names: the same application data folder, so both use the same caches
    // (BackendFactory::defaultCacheDir). The keychain's service name is set apart and does not depend on them.
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationVersion(versionString());
    I18n::install(&app, QString()); // the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif

    // The descriptions below are never shown: --help prints programHelp().
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Version."));
    const QCommandLineOption apiBase(
        QStringLiteral("api-base"), QStringLiteral("API base URL."), QStringLiteral("URL"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Use the built-in sandbox."));
    const QCommandLineOption status(
        QStringLiteral("status"), QStringLiteral("Campaign status."), QStringLiteral("STATUS"));
    const QCommandLineOption link(QStringLiteral("link"), QStringLiteral("Link id."), QStringLiteral("LINK_ID"));
    const QCommandLineOption since(
        QStringLiteral("since"), QStringLiteral("ISO-8601 time."), QStringLiteral("ISO8601"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("csv or jsonl."), QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption activity(QStringLiteral("activity"), QStringLiteral("Include the activity."));
    const QCommandLineOption apiOption(QStringLiteral("api"), QStringLiteral("v2 or v3."), QStringLiteral("API"));
    const QCommandLineOption authBase(
        QStringLiteral("auth-base"), QStringLiteral("OAuth2 base URL."), QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("Client id."), QStringLiteral("ID"));
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"), QStringLiteral("Do not open a browser."));
    const QCommandLineOption redirectPort(
        QStringLiteral("redirect-port"), QStringLiteral("Loopback redirect port."), QStringLiteral("N"));
    const QCommandLineOption cached(QStringLiteral("cached"), QStringLiteral("Read the local cache only."));
    const QCommandLineOption cacheDir(
        QStringLiteral("cache-dir"), QStringLiteral("The folder of the caches."), QStringLiteral("DIR"));
    parser.addOptions({ help, version, apiBase, demo, status, link, since, format, output, activity, apiOption,
        authBase, clientId, noBrowser, redirectPort, cached, cacheDir });
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(Usage, parser.errorText() + Cli::tr(" (see clickscope-cli --help)"));

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (parser.isSet(version)) {
        std::printf("clickscope-cli %s\n", qPrintable(versionString()));
        return Ok;
    }
    if (parser.isSet(help)) {
        const QString text = commandHelp(command);
        writeText(stdout, text.isEmpty() ? programHelp() : text);
        return Ok;
    }
    if (command.isEmpty())
        return fail(Usage, Cli::tr("no command given (see clickscope-cli --help)"));
    if (commandHelp(command).isEmpty())
        return fail(Usage, Cli::tr("unknown command \"%1\" (see clickscope-cli --help)").arg(command));

    const QString apiName = parser.isSet(apiOption)   ? parser.value(apiOption)
        : qEnvironmentVariableIsSet("CLICKSCOPE_API") ? qEnvironmentVariable("CLICKSCOPE_API")
                                                      : QStringLiteral("v2");
    if (apiName != QLatin1String("v2") && apiName != QLatin1String("v3"))
        return fail(Usage, Cli::tr("--api must be v2 or v3"));
    const ApiVersion api = apiName == QLatin1String("v3") ? ApiVersion::V3 : ApiVersion::V2;

    // Arguments and options each command takes.
    const bool noId = command == QLatin1String("campaigns") || command == QLatin1String("login")
        || command == QLatin1String("logout");
    const bool sync = command == QLatin1String("sync"); // any number of campaign ids
    const int wantArgs = noId ? 1 : 2;
    if (!sync && args.size() != wantArgs)
        return fail(Usage,
            args.size() < wantArgs ? Cli::tr("%1 needs an id (see clickscope-cli %1 --help)").arg(command)
                                   : Cli::tr("unexpected argument \"%1\"").arg(args.value(wantArgs)));
    const auto onlyFor = [&](const QCommandLineOption &option, const char *cmd) {
        return !parser.isSet(option) || command == QLatin1String(cmd);
    };
    if (!onlyFor(status, "campaigns") || !onlyFor(link, "clicks") || !onlyFor(since, "clicks")
        || !onlyFor(format, "clicks") || !onlyFor(output, "clicks") || !onlyFor(activity, "contact")
        || !onlyFor(noBrowser, "login") || !onlyFor(redirectPort, "login")
        || (parser.isSet(cached)
            && !QStringList({ QStringLiteral("campaigns"), QStringLiteral("links"), QStringLiteral("clicks"),
                                QStringLiteral("contact") })
                    .contains(command))
        || (parser.isSet(cacheDir) && !sync && !parser.isSet(cached) && command != QLatin1String("contact")))
        return fail(Usage, Cli::tr("an option does not apply to %1 (see clickscope-cli %1 --help)").arg(command));
    // --cached reads the local cache and sends nothing: no credentials are needed, none are looked up.
    const bool cacheOnly = parser.isSet(cached);
    // sync and --cached use the cache; contact also stores what it fetched there (for contact --cached).
    const bool useCache = sync || cacheOnly || command == QLatin1String("contact");
    QString cacheFolder = parser.value(cacheDir);
    if (cacheFolder.isEmpty() && !parser.isSet(cacheDir))
        cacheFolder = qEnvironmentVariable("CLICKSCOPE_CACHE_DIR");
    if (cacheFolder.isEmpty() && parser.isSet(cacheDir))
        return fail(Usage, Cli::tr("--cache-dir needs a folder"));
    if (cacheFolder.isEmpty())
        cacheFolder = BackendFactory::defaultCacheDir();
    if (command == QLatin1String("login") && api != ApiVersion::V3)
        return fail(Usage,
            Cli::tr("login is for --api v3; a v2 account uses an API key and access token (CLICKSCOPE_API_KEY and "
                    "CLICKSCOPE_ACCESS_TOKEN, or saved in ClickScope)"));
    static const QStringList v2Statuses { QStringLiteral("SENT"), QStringLiteral("ALL"), QStringLiteral("DRAFT"),
        QStringLiteral("SCHEDULED"), QStringLiteral("RUNNING") };
    static const QStringList v3Statuses { QStringLiteral("SENT"), QStringLiteral("ALL"), QStringLiteral("DRAFT"),
        QStringLiteral("SCHEDULED"), QStringLiteral("EXECUTING"), QStringLiteral("DONE"), QStringLiteral("ERROR"),
        QStringLiteral("REMOVED") };
    if (parser.isSet(status) && api == ApiVersion::V2 && !v2Statuses.contains(parser.value(status).toUpper()))
        return fail(Usage, Cli::tr("--status must be one of SENT, ALL, DRAFT, SCHEDULED, RUNNING"));
    if (parser.isSet(status) && api == ApiVersion::V3 && !v3Statuses.contains(parser.value(status).toUpper()))
        return fail(
            Usage, Cli::tr("--status must be one of SENT, ALL, Draft, Scheduled, Executing, Done, Error, Removed"));
    bool portOk = true;
    const int port
        = parser.isSet(redirectPort) ? parser.value(redirectPort).toInt(&portOk) : int(SignInFlow::defaultRedirectPort);
    if (!portOk || port < 1 || port > 65535)
        return fail(Usage, Cli::tr("--redirect-port must be a port number (1-65535)"));
    if (parser.value(format) != QLatin1String("csv") && parser.value(format) != QLatin1String("jsonl"))
        return fail(Usage, Cli::tr("--format must be csv or jsonl"));
    if (parser.isSet(since) && !parseIsoUtcMs(parser.value(since).toStdString()))
        return fail(Usage, Cli::tr("--since \"%1\" is not an ISO-8601 date or time").arg(parser.value(since)));
    if (parser.isSet(demo) && parser.isSet(apiBase))
        return fail(Usage, Cli::tr("--demo and --api-base exclude each other"));

    ConnectionOptions connection;
    bool rateOk = true;
    connection.requestsPerSecond = qEnvironmentVariableIsSet("CLICKSCOPE_MAX_RPS")
        ? qEnvironmentVariable("CLICKSCOPE_MAX_RPS").toDouble(&rateOk)
        : 4.0;
    if (!rateOk || connection.requestsPerSecond < 0)
        return fail(Usage, Cli::tr("CLICKSCOPE_MAX_RPS must be a number, 0 or more"));
    if (qEnvironmentVariableIsSet("CLICKSCOPE_RETRY_BASE_MS")) {
        connection.retry.baseDelayMs = qEnvironmentVariableIntValue("CLICKSCOPE_RETRY_BASE_MS");
        connection.retry.overQpsDelayMs = std::max(connection.retry.baseDelayMs, 50);
    }

    Account account;
    account.api = api;
    account.baseUrl = BackendFactory::defaultBaseUrl(account.api);
    account.authBaseUrl = BackendFactory::defaultAuthBaseUrl();
    account.clientId = v3ClientId(parser.value(clientId));
    std::unique_ptr<Sandbox::SandboxThread> sandbox;
    if (parser.isSet(demo)) {
        sandbox = std::make_unique<Sandbox::SandboxThread>(Sandbox::demoConfig());
        QString error;
        if (!sandbox->start(&error))
            return fail(NetworkFailure, Cli::tr("the built-in sandbox did not start: %1").arg(error));
        const Sandbox::DemoAccount demoAccount;
        account.baseUrl = sandbox->baseUrl();
        // The demo serves both APIs; its OAuth2 stand-in lives on the same origin.
        account.authBaseUrl = sandbox->baseUrl();
        account.authBaseUrl.setPath(QStringLiteral("/oauth2/default/v1"));
        if (!parser.isSet(clientId))
            account.clientId = demoAccount.v3ClientId;
        if (api == ApiVersion::V2)
            account.credentials = Credentials::v2(demoAccount.apiKey, demoAccount.accessToken);
        else if (command != QLatin1String("login") && command != QLatin1String("logout"))
            account.credentials.accessToken = demoAccount.v3AccessToken; // signed in without a browser
    } else if (parser.isSet(apiBase)) {
        QString error;
        account.baseUrl = QUrl(parser.value(apiBase));
        if (!BackendFactory::isAllowedBaseUrl(account.baseUrl, &error))
            return fail(Usage, Cli::tr("--api-base: %1").arg(error));
    }
    if (parser.isSet(authBase)) {
        QString error;
        account.authBaseUrl = QUrl(parser.value(authBase));
        if (!BackendFactory::isAllowedBaseUrl(account.authBaseUrl, &error))
            return fail(Usage, Cli::tr("--auth-base: %1").arg(error));
    }

    QNetworkAccessManager network;
    KeychainCredentialStore keychain;
    const QString key = BackendFactory::credentialKey(account.api, account.baseUrl);

    if (command == QLatin1String("logout")) {
        QObject::connect(&keychain, &CredentialStore::forgotten, &keychain,
            [&](const QString &, CredentialStore::Status s, const QString &message) {
                if (s == CredentialStore::Status::Ok || s == CredentialStore::Status::NotFound) {
                    writeText(stderr,
                        Cli::tr("Signed out: no credentials for %1 are stored.").arg(account.baseUrl.host())
                            + QLatin1Char('\n'));
                    return QCoreApplication::exit(Ok);
                }
                QCoreApplication::exit(
                    fail(Authentication, Cli::tr("the keychain could not be changed (%1)").arg(message)));
            });
        keychain.forget(key);
        return QCoreApplication::exec();
    }

    if (command == QLatin1String("login")) {
        const std::unique_ptr<SignInFlow> flow = BackendFactory::createSignIn(account, &network, quint16(port));
        SignInFlow &signIn = *flow;
        const bool browser = !parser.isSet(noBrowser);
        QObject::connect(&signIn, &SignInFlow::authorizeUrlReady, &signIn, [browser](const QUrl &url) {
            writeText(stderr,
                Cli::tr("Open this address in a browser to sign in: %1").arg(url.toString(QUrl::FullyEncoded))
                    + QLatin1Char('\n'));
            if (browser)
                openBrowser(url);
        });
        QObject::connect(&signIn, &SignInFlow::finished, &signIn,
            [&](SignInFlow::Outcome outcome, const Credentials &tokens, const ApiError &error) {
                if (outcome != SignInFlow::Outcome::SignedIn) {
                    const bool auth = outcome == SignInFlow::Outcome::Denied
                        || outcome == SignInFlow::Outcome::WrongState || outcome == SignInFlow::Outcome::TimedOut;
                    return QCoreApplication::exit(
                        fail(auth ? int(Authentication) : exitCodeFor(error), error.userMessage()));
                }
                QObject::connect(&keychain, &CredentialStore::saved, &keychain,
                    [](const QString &, CredentialStore::Status s, const QString &message) {
                        if (s != CredentialStore::Status::Ok)
                            return QCoreApplication::exit(fail(Authentication,
                                Cli::tr("signed in, but the keychain could not store the tokens (%1)").arg(message)));
                        writeText(stderr, Cli::tr("Signed in.") + QLatin1Char('\n'));
                        QCoreApplication::exit(Ok);
                    });
                keychain.save(key, tokens);
            });
        if (!signIn.start(300))
            return fail(exitCodeFor(signIn.error()), signIn.error().userMessage());
        return QCoreApplication::exec();
    }

    Command run(args, parser);
    const auto start = [&](CredentialStore *tokenStore) {
        QString error, cacheWarning;
        ConnectionOptions options = connection;
        options.tokenStore = tokenStore;
        if (useCache) {
            options.cacheDir = cacheFolder;
            options.cacheOnly = cacheOnly;
        }
        auto backend = BackendFactory::create(account, &network, options, &error, &cacheWarning);
        if (!backend)
            return QCoreApplication::exit(fail(Usage, Cli::tr("--api-base: %1").arg(error)));
        // Without its cache, sync has nothing to do and --cached nothing to read (and must not ask the API); contact
        // then only goes without storing what it fetched.
        if ((sync || cacheOnly) && !backend->hasCache())
            return QCoreApplication::exit(
                fail(NetworkFailure, Cli::tr("the cache in %1 cannot be used: %2").arg(cacheFolder, cacheWarning)));
        backend->setCacheFallback(false); // a failure of the API is an exit code, never an older answer
        run.run(std::move(backend));
    };
    CredentialResolver resolver(&keychain);
    if (cacheOnly) {
        // Nothing is sent: no credentials at all (none from the environment, the keychain or the demo).
        account.credentials = Credentials();
        const QString file = QDir(cacheFolder).filePath(BackendFactory::cacheFileName(account.api, account.baseUrl));
        if (!QFileInfo::exists(file) && command == QLatin1String("contact"))
            return fail(NotFound,
                Cli::tr("contact %1 is not in the cache yet: run clickscope-cli contact %1 (without --cached) once to "
                        "store it")
                    .arg(args.value(1)));
        if (!QFileInfo::exists(file))
            return fail(NotFound,
                Cli::tr("nothing of %1 is in the cache yet (no %2): run clickscope-cli sync first")
                    .arg(account.baseUrl.host(), QDir::toNativeSeparators(file)));
        QTimer::singleShot(0, &run, [&] { start(nullptr); });
    } else if (account.credentials.isComplete() || (api == ApiVersion::V3 && account.credentials.hasOAuthTokens())) {
        QTimer::singleShot(0, &run, [&] { start(nullptr); });
    } else if (api == ApiVersion::V3) {
        // CLICKSCOPE_ACCESS_TOKEN alone is used as it is, never renewed; else the tokens login stored (renewed).
        const QString envToken = qEnvironmentVariable("CLICKSCOPE_ACCESS_TOKEN");
        if (!envToken.isEmpty()) {
            account.credentials.accessToken = envToken;
            QTimer::singleShot(0, &run, [&] { start(nullptr); });
        } else {
            QObject::connect(&keychain, &CredentialStore::loaded, &run,
                [&](const QString &loadedKey, const Credentials &c, CredentialStore::Status s, const QString &message) {
                    if (loadedKey != key)
                        return;
                    if (s == CredentialStore::Status::Ok && c.hasOAuthTokens()) {
                        account.credentials = c;
                        return start(&keychain);
                    }
                    const QString why = s == CredentialStore::Status::Ok || s == CredentialStore::Status::NotFound
                        ? Cli::tr("no sign-in is stored for %1").arg(account.baseUrl.host())
                        : Cli::tr("the keychain could not be read (%1)").arg(message);
                    QCoreApplication::exit(fail(Authentication,
                        Cli::tr("not signed in: run clickscope-cli --api v3 login, or set CLICKSCOPE_ACCESS_TOKEN; %1")
                            .arg(why)));
                });
            keychain.load(key);
        }
    } else {
        // The environment (automation), else the keychain's entry for the API host.
        QObject::connect(&resolver, &CredentialResolver::resolved, &run,
            [&](const QString &, const Credentials &c, CredentialResolver::Source, CredentialStore::Status s,
                const QString &message) {
                if (s == CredentialStore::Status::Ok) {
                    account.credentials = c;
                    start(nullptr);
                    return;
                }
                const QString why = s == CredentialStore::Status::NotFound
                    ? Cli::tr("none are saved for %1").arg(account.baseUrl.host())
                    : Cli::tr("the keychain could not be read (%1)").arg(message);
                QCoreApplication::exit(fail(Authentication,
                    Cli::tr("no credentials: set CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or save them in "
                            "ClickScope (Account > Credentials...); %1")
                        .arg(why)));
            });
        resolver.resolve(account.baseUrl.host());
    }
    return QCoreApplication::exec();
}
