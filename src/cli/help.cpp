// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/help.h"

#include "cli/output.h"

namespace ClickScope::Console {

QString programHelp()
{
    //: The CLI's help. Translate the prose; keep commands, options, placeholders, CSV headers and variable names.
    return Cli::tr(
        "Usage: clickscope-cli [--api-base URL] [--demo] COMMAND ...\n"
        "\n"
        "Reads Constant Contact v2 click tracking for scripts and sync jobs.\n"
        "\n"
        "Commands:\n"
        "  campaigns [--status SENT|ALL|DRAFT|SCHEDULED|RUNNING]   CSV: id,name,status,modified_date\n"
        "  links CAMPAIGN_ID                                       CSV: link_id,url,click_count\n"
        "  clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE]\n"
        "  contact CONTACT_ID [--activity]                         JSON\n"
        "\n"
        "Options:\n"
        "  --api-base URL   API base URL (default https://api.constantcontact.com; plain http only to loopback)\n"
        "  --demo           use the built-in sandbox with generated data (no account needed)\n"
        "  -h, --help       this help; \"clickscope-cli COMMAND --help\" for a command\n"
        "  -v, --version    the version\n"
        "\n"
        "Credentials come from CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN when both are set, else from the system\n"
        "keychain (saved by ClickScope: Account > Credentials...). They are never taken from the command line.\n"
        "CLICKSCOPE_MAX_RPS sets the request rate (default 4, the v2 limit; 0 = no limit, for local sandboxes only).\n"
        "\n"
        "Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 daily quota exhausted,\n"
        "            6 network or server failure after retries, 7 invalid response.\n");
}

QString commandHelp(const QString &command)
{
    if (command == QLatin1String("campaigns"))
        return Cli::tr(
            "Usage: clickscope-cli campaigns [--status SENT|ALL|DRAFT|SCHEDULED|RUNNING]\n\n"
            "Lists campaigns as CSV with the header id,name,status,modified_date. --status defaults to ALL.\n");
    if (command == QLatin1String("links"))
        return Cli::tr("Usage: clickscope-cli links CAMPAIGN_ID\n\n"
                       "Lists the campaign's tracked links (click_through_details) as CSV: link_id,url,click_count.\n");
    if (command == QLatin1String("clicks"))
        return Cli::tr(
            "Usage: clickscope-cli clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] "
            "[--output FILE]\n\n"
            "Writes every click of the campaign (or of one link), newest first, as pages arrive.\n"
            "  --link LINK_ID     only this link (its url_uid); default: all links\n"
            "  --since ISO8601    only clicks on or after this time (created_since), e.g. 2026-05-01 or "
            "2026-05-01T12:00:00Z\n"
            "  --format csv|jsonl CSV with the header "
            "activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date\n"
            "                     (default), or one JSON object per line with the same fields\n"
            "  --output FILE      write to FILE, atomically: on any error no file is left; default: standard "
            "output\n"
            "Progress goes to standard error when it is a terminal.\n");
    if (command == QLatin1String("contact"))
        return Cli::tr("Usage: clickscope-cli contact CONTACT_ID [--activity]\n\n"
                       "Prints the contact as JSON; with --activity also its whole tracking activity, newest first.\n");
    return QString();
}

} // namespace ClickScope::Console
