// SPDX-License-Identifier: GPL-3.0-or-later
// clickscope-cli: the ClickScope core for scripts and sync jobs. The commands arrive with the CLI issue;
// this version parses the contract's options and says plainly that the commands are not there yet.
#include "core/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clickscope-cli"));
    QCoreApplication::setApplicationVersion(ClickScope::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads Constant Contact v2 click tracking for scripts and sync jobs.\n\nCommands:\n"
        "  campaigns [--status SENT|ALL|DRAFT|SCHEDULED|RUNNING]\n"
        "  links CAMPAIGN_ID\n"
        "  clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE]\n"
        "  contact CONTACT_ID [--activity]"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("api-base"), QStringLiteral("Base URL of the API."),
        QStringLiteral("URL"), QStringLiteral("https://api.constantcontact.com")));
    parser.addOption(QCommandLineOption(QStringLiteral("demo"), QStringLiteral("Use the built-in sandbox.")));
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("campaigns, links, clicks or contact"));
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << "clickscope-cli: no command given; see clickscope-cli --help\n";
        return 2;
    }
    err << "clickscope-cli: the command \"" << args.constFirst() << "\" is not implemented in this version yet\n";
    return 2;
}
