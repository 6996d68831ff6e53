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
#include <QNetworkAccessManager>
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

} // namespace

int main(int argc, char *argv[])
{
    qtMessageHandler = qInstallMessageHandler(cliMessageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clickscope-cli"));
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
    parser.addOptions({ help, version, apiBase, demo, status, link, since, format, output, activity });
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

    // Arguments and options each command takes.
    const int wantArgs = command == QLatin1String("campaigns") ? 1 : 2;
    if (args.size() != wantArgs)
        return fail(Usage,
            args.size() < wantArgs ? Cli::tr("%1 needs an id (see clickscope-cli %1 --help)").arg(command)
                                   : Cli::tr("unexpected argument \"%1\"").arg(args.value(wantArgs)));
    const auto onlyFor = [&](const QCommandLineOption &option, const char *cmd) {
        return !parser.isSet(option) || command == QLatin1String(cmd);
    };
    if (!onlyFor(status, "campaigns") || !onlyFor(link, "clicks") || !onlyFor(since, "clicks")
        || !onlyFor(format, "clicks") || !onlyFor(output, "clicks") || !onlyFor(activity, "contact"))
        return fail(Usage, Cli::tr("an option does not apply to %1 (see clickscope-cli %1 --help)").arg(command));
    static const QStringList statuses { QStringLiteral("SENT"), QStringLiteral("ALL"), QStringLiteral("DRAFT"),
        QStringLiteral("SCHEDULED"), QStringLiteral("RUNNING") };
    if (parser.isSet(status) && !statuses.contains(parser.value(status).toUpper()))
        return fail(Usage, Cli::tr("--status must be one of SENT, ALL, DRAFT, SCHEDULED, RUNNING"));
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
    account.baseUrl = BackendFactory::defaultBaseUrl(account.api);
    std::unique_ptr<Sandbox::SandboxThread> sandbox;
    if (parser.isSet(demo)) {
        sandbox = std::make_unique<Sandbox::SandboxThread>(Sandbox::demoConfig());
        QString error;
        if (!sandbox->start(&error))
            return fail(NetworkFailure, Cli::tr("the built-in sandbox did not start: %1").arg(error));
        const Sandbox::DemoAccount demoAccount;
        account.baseUrl = sandbox->baseUrl();
        account.credentials = { demoAccount.apiKey, demoAccount.accessToken };
    } else if (parser.isSet(apiBase)) {
        QString error;
        account.baseUrl = QUrl(parser.value(apiBase));
        if (!BackendFactory::isAllowedBaseUrl(account.baseUrl, &error))
            return fail(Usage, Cli::tr("--api-base: %1").arg(error));
    }

    QNetworkAccessManager network;
    Command run(args, parser);
    const auto start = [&] {
        QString error;
        auto backend = BackendFactory::create(account, &network, connection, &error);
        if (!backend)
            return QCoreApplication::exit(fail(Usage, Cli::tr("--api-base: %1").arg(error)));
        run.run(std::move(backend));
    };
    KeychainCredentialStore keychain;
    CredentialResolver resolver(&keychain);
    if (account.credentials.isComplete()) {
        QTimer::singleShot(0, &run, start);
    } else {
        // The environment (automation), else the keychain's entry for the API host.
        QObject::connect(&resolver, &CredentialResolver::resolved, &run,
            [&](const QString &, const Credentials &c, CredentialResolver::Source, CredentialStore::Status s,
                const QString &message) {
                if (s == CredentialStore::Status::Ok) {
                    account.credentials = c;
                    start();
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
