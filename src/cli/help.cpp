// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/help.h"

#include "cli/output.h"

namespace ClickScope::Console {

QString programHelp()
{
    //: The CLI's help. Translate the prose; keep commands, options, placeholders, CSV headers and variable names.
    return Cli::tr(
        "Usage: clickscope-cli [--api v2|v3] [--api-base URL] [--auth-base URL] [--client-id ID] [--demo] COMMAND ...\n"
        "\n"
        "Reads Constant Contact click tracking (the v2 or the v3 API) for scripts and sync jobs.\n"
        "\n"
        "Commands:\n"
        "  login [--no-browser] [--redirect-port N]                v3: sign in with the browser; tokens to the "
        "keychain\n"
        "  logout                                                  forget this account's stored credentials\n"
        "  campaigns [--status STATUS] [--cached]                  CSV: id,name,status,modified_date\n"
        "  links CAMPAIGN_ID [--cached]                            CSV: link_id,url,click_count\n"
        "  clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]\n"
        "  contact CONTACT_ID [--activity] [--cached]              JSON\n"
        "  sync [CAMPAIGN_ID...] [--cache-dir DIR]                 bring the local cache up to date; CSV summary\n"
        "\n"
        "Options:\n"
        "  --api v2|v3      the API (default v2, or CLICKSCOPE_API)\n"
        "  --api-base URL   API base URL (default https://api.constantcontact.com for v2, https://api.cc.email for "
        "v3;\n"
        "                   plain http only to loopback)\n"
        "  --auth-base URL  v3 sign-in server (default https://authz.constantcontact.com/oauth2/default/v1)\n"
        "  --client-id ID   v3 application client id (else CLICKSCOPE_CLIENT_ID, else the build's default)\n"
        "  --demo           use the built-in sandbox with generated data (no account needed; both APIs)\n"
        "  --cached         campaigns, links, clicks, contact: answer from the local cache only; nothing is sent and\n"
        "                   no credentials are needed (fill the cache with sync). Without it these commands ask the\n"
        "                   API directly, as always (contact also stores what it got in the cache).\n"
        "  --cache-dir DIR  the folder of the caches (else CLICKSCOPE_CACHE_DIR, else the folder ClickScope's window\n"
        "                   uses); one SQLite file per account, holding no credentials\n"
        "  -h, --help       this help; \"clickscope-cli COMMAND --help\" for a command\n"
        "  -v, --version    the version\n"
        "\n"
        "v2 credentials come from CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN when both are set, else from the\n"
        "system keychain (saved by ClickScope: Account > Credentials...). v3 uses CLICKSCOPE_ACCESS_TOKEN alone when "
        "it\n"
        "is set (never renewed), else the tokens that login stored (renewed as needed). Secrets are never taken from\n"
        "the command line.\n"
        "CLICKSCOPE_MAX_RPS sets the request rate (default 4, the API limit; 0 = no limit, for local sandboxes only).\n"
        "\n"
        "Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 daily quota exhausted,\n"
        "            6 network or server failure after retries, 7 invalid response.\n");
}

QString commandHelp(const QString &command)
{
    if (command == QLatin1String("login"))
        return Cli::tr(
            "Usage: clickscope-cli --api v3 login [--no-browser] [--redirect-port N]\n\n"
            "Signs in to Constant Contact in the browser (OAuth2 with PKCE) and stores the tokens in the system\n"
            "keychain. Prints the address to open on standard error and opens the browser unless --no-browser.\n"
            "  --redirect-port N  the port of the registered redirect URI http://127.0.0.1:N/callback (default "
            "52801)\n"
            "Waits up to 300 s for the browser. Exit 3 when access is denied, the answer is not the expected one, or "
            "the time runs out.\n");
    if (command == QLatin1String("logout"))
        return Cli::tr("Usage: clickscope-cli [--api v2|v3] logout\n\n"
                       "Removes this account's stored credentials (v2 key and token, or v3 tokens) from the system "
                       "keychain.\n");
    if (command == QLatin1String("campaigns"))
        return Cli::tr(
            "Usage: clickscope-cli campaigns [--status STATUS] [--cached]\n\n"
            "Lists campaigns as CSV with the header id,name,status,modified_date. --status defaults to ALL: every\n"
            "campaign, drafts and scheduled ones included (v3: all but Removed). v2 statuses: SENT, ALL, DRAFT,\n"
            "SCHEDULED, RUNNING; v3: SENT (= Done), ALL, Draft, Scheduled, Executing, Done, Error, Removed.\n"
            "  --cached  the list as the last sync stored it (ALL and SENT), from the local cache; nothing is sent\n");
    if (command == QLatin1String("links"))
        return Cli::tr("Usage: clickscope-cli links CAMPAIGN_ID [--cached]\n\n"
                       "Lists the campaign's tracked links (click_through_details) as CSV: link_id,url,click_count.\n"
                       "  --cached  the links as the last sync of the campaign stored them; nothing is sent\n");
    if (command == QLatin1String("clicks"))
        return Cli::tr(
            "Usage: clickscope-cli clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] "
            "[--output FILE] [--cached]\n\n"
            "Writes every click of the campaign (or of one link), newest first, as pages arrive (v3: the primary "
            "email's, then the resend's).\n"
            "  --link LINK_ID     only this link (its url_uid); default: all links\n"
            "  --since ISO8601    only clicks on or after this time (v2 created_since; v3 stops paging at the first "
            "older click),\n                     e.g. 2026-05-01 or "
            "2026-05-01T12:00:00Z\n"
            "  --format csv|jsonl CSV with the header "
            "activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date\n"
            "                     (default), or one JSON object per line with the same fields (v3 adds device_type)\n"
            "  --output FILE      write to FILE, atomically: on any error no file is left; default: standard "
            "output\n"
            "  --cached           read the clicks from the local cache instead, newest first; nothing is sent (exit 4 "
            "until a sync\n"
            "                     of the campaign has finished once); --cache-dir DIR names the folder of the caches\n"
            "Without --cached the clicks come from the API directly, and nothing is cached. Progress goes to standard "
            "error\nwhen it is a terminal.\n");
    if (command == QLatin1String("contact"))
        return Cli::tr(
            "Usage: clickscope-cli contact CONTACT_ID [--activity] [--cached] [--cache-dir DIR]\n\n"
            "Prints the contact as JSON; with --activity also its whole tracking activity, newest first.\n"
            "The contact (and its activity) comes from the API and is also stored in the local cache.\n"
            "  --cached  print it from the cache, as stored by an earlier contact command; nothing is sent\n");
    if (command == QLatin1String("sync"))
        return Cli::tr(
            "Usage: clickscope-cli sync [CAMPAIGN_ID...] [--cache-dir DIR]\n\n"
            "Brings the account's local cache up to date for the given campaigns, or for every SENT campaign when "
            "none is given:\n"
            "the campaign list, each campaign's details and links, and all its clicks. The first sync of a campaign "
            "fetches\n"
            "every click; later ones only the clicks that are new. A sync that stops (an error, the daily quota, "
            "Ctrl+C) keeps\n"
            "what it stored, and the next sync goes on from there without losing or doubling a click.\n"
            "Writes one CSV row per campaign synced to standard output, with the header\n"
            "campaign_id,name,new_clicks,clicks,synced_date (clicks: all the cache now holds). Progress goes to "
            "standard error\n"
            "when it is a terminal. Stops at the first error: exit 5 when the daily quota is used up (run sync "
            "again later),\n"
            "6 when the API cannot be reached. Read the cache with --cached (campaigns, links, clicks).\n"
            "  --cache-dir DIR  the folder of the caches (else CLICKSCOPE_CACHE_DIR, else ClickScope's own)\n");
    return QString();
}

} // namespace ClickScope::Console
