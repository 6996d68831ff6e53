<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>writing the output failed</source>
        <translation>writing the output failed</translation>
    </message>
    <message>
        <source>writing the output failed: %1</source>
        <translation>writing the output failed: %1</translation>
    </message>
    <message>
        <source> (see clickscope-cli --help)</source>
        <translation> (see clickscope-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see clickscope-cli --help)</source>
        <translation>no command given (see clickscope-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see clickscope-cli --help)</source>
        <translation>unknown command &quot;%1&quot; (see clickscope-cli --help)</translation>
    </message>
    <message>
        <source>%1 needs an id (see clickscope-cli %1 --help)</source>
        <translation>%1 needs an id (see clickscope-cli %1 --help)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an option does not apply to %1 (see clickscope-cli %1 --help)</source>
        <translation>an option does not apply to %1 (see clickscope-cli %1 --help)</translation>
    </message>
    <message>
        <source>--status must be one of SENT, ALL, DRAFT, SCHEDULED, RUNNING</source>
        <translation>--status must be one of SENT, ALL, DRAFT, SCHEDULED, RUNNING</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl</source>
        <translation>--format must be csv or jsonl</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an ISO-8601 date or time</source>
        <translation>--since &quot;%1&quot; is not an ISO-8601 date or time</translation>
    </message>
    <message>
        <source>--demo and --api-base exclude each other</source>
        <translation>--demo and --api-base exclude each other</translation>
    </message>
    <message>
        <source>CLICKSCOPE_MAX_RPS must be a number, 0 or more</source>
        <translation>CLICKSCOPE_MAX_RPS must be a number, 0 or more</translation>
    </message>
    <message>
        <source>the built-in sandbox did not start: %1</source>
        <translation>the built-in sandbox did not start: %1</translation>
    </message>
    <message>
        <source>--api-base: %1</source>
        <translation>--api-base: %1</translation>
    </message>
    <message>
        <source>none are saved for %1</source>
        <translation>none are saved for %1</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation>the keychain could not be read (%1)</translation>
    </message>
    <message>
        <source>no credentials: set CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or save them in ClickScope (Account &gt; Credentials...); %1</source>
        <translation>no credentials: set CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or save them in ClickScope (Account &gt; Credentials...); %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks, %1 pages, %2 requests/s</source>
        <translation>
            <numerusform>%Ln click, %1 pages, %2 requests/s</numerusform>
            <numerusform>%Ln clicks, %1 pages, %2 requests/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: clickscope-cli --api v3 login [--no-browser] [--redirect-port N]

Signs in to Constant Contact in the browser (OAuth2 with PKCE) and stores the tokens in the system
keychain. Prints the address to open on standard error and opens the browser unless --no-browser.
  --redirect-port N  the port of the registered redirect URI http://127.0.0.1:N/callback (default 52801)
Waits up to 300 s for the browser. Exit 3 when access is denied, the answer is not the expected one, or the time runs out.
</source>
        <translation>Usage: clickscope-cli --api v3 login [--no-browser] [--redirect-port N]

Signs in to Constant Contact in the browser (OAuth2 with PKCE) and stores the tokens in the system
keychain. Prints the address to open on standard error and opens the browser unless --no-browser.
  --redirect-port N  the port of the registered redirect URI http://127.0.0.1:N/callback (default 52801)
Waits up to 300 s for the browser. Exit 3 when access is denied, the answer is not the expected one, or the time runs out.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli [--api v2|v3] logout

Removes this account&apos;s stored credentials (v2 key and token, or v3 tokens) from the system keychain.
</source>
        <translation>Usage: clickscope-cli [--api v2|v3] logout

Removes this account&apos;s stored credentials (v2 key and token, or v3 tokens) from the system keychain.
</translation>
    </message>
    <message>
        <source>--api must be v2 or v3</source>
        <translation>--api must be v2 or v3</translation>
    </message>
    <message>
        <source>login is for --api v3; a v2 account uses an API key and access token (CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or saved in ClickScope)</source>
        <translation>login is for --api v3; a v2 account uses an API key and access token (CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or saved in ClickScope)</translation>
    </message>
    <message>
        <source>--status must be one of SENT, ALL, Draft, Scheduled, Executing, Done, Error, Removed</source>
        <translation>--status must be one of SENT, ALL, Draft, Scheduled, Executing, Done, Error, Removed</translation>
    </message>
    <message>
        <source>--redirect-port must be a port number (1-65535)</source>
        <translation>--redirect-port must be a port number (1-65535)</translation>
    </message>
    <message>
        <source>--auth-base: %1</source>
        <translation>--auth-base: %1</translation>
    </message>
    <message>
        <source>Signed out: no credentials for %1 are stored.</source>
        <translation>Signed out: no credentials for %1 are stored.</translation>
    </message>
    <message>
        <source>the keychain could not be changed (%1)</source>
        <translation>the keychain could not be changed (%1)</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in: %1</source>
        <translation>Open this address in a browser to sign in: %1</translation>
    </message>
    <message>
        <source>signed in, but the keychain could not store the tokens (%1)</source>
        <translation>signed in, but the keychain could not store the tokens (%1)</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>no sign-in is stored for %1</source>
        <translation>no sign-in is stored for %1</translation>
    </message>
    <message>
        <source>not signed in: run clickscope-cli --api v3 login, or set CLICKSCOPE_ACCESS_TOKEN; %1</source>
        <translation>not signed in: run clickscope-cli --api v3 login, or set CLICKSCOPE_ACCESS_TOKEN; %1</translation>
    </message>
    <message>
        <source>contact %1 and its activity are not in the cache yet: run clickscope-cli contact %1 --activity (without --cached) once to store them</source>
        <translation>contact %1 and its activity are not in the cache yet: run clickscope-cli contact %1 --activity (without --cached) once to store them</translation>
    </message>
    <message>
        <source>contact %1 is not in the cache yet: run clickscope-cli contact %1 (without --cached) once to store it</source>
        <translation>contact %1 is not in the cache yet: run clickscope-cli contact %1 (without --cached) once to store it</translation>
    </message>
    <message>
        <source>the clicks of campaign %1 are not in the cache yet (or their sync never finished): run clickscope-cli sync %1</source>
        <translation>the clicks of campaign %1 are not in the cache yet (or their sync never finished): run clickscope-cli sync %1</translation>
    </message>
    <message numerus="yes">
        <source>campaign %1 (%2 of %3): %Ln clicks, %4 pages, %5 requests/s</source>
        <translation>
            <numerusform>campaign %1 (%2 of %3): %Ln click, %4 pages, %5 requests/s</numerusform>
            <numerusform>campaign %1 (%2 of %3): %Ln clicks, %4 pages, %5 requests/s</numerusform>
        </translation>
    </message>
    <message>
        <source>sync stopped: %1.</source>
        <translation>sync stopped: %1.</translation>
    </message>
    <message>
        <source>sync stopped at campaign %1 (%2 of %3 done): %4. What was fetched is kept in the cache; run clickscope-cli sync again to go on from there.</source>
        <translation>sync stopped at campaign %1 (%2 of %3 done): %4. What was fetched is kept in the cache; run clickscope-cli sync again to go on from there.</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli [--api v2|v3] [--api-base URL] [--auth-base URL] [--client-id ID] [--demo] COMMAND ...

Reads Constant Contact click tracking (the v2 or the v3 API) for scripts and sync jobs.

Commands:
  login [--no-browser] [--redirect-port N]                v3: sign in with the browser; tokens to the keychain
  logout                                                  forget this account&apos;s stored credentials
  campaigns [--status STATUS] [--cached]                  CSV: id,name,status,modified_date
  links CAMPAIGN_ID [--cached]                            CSV: link_id,url,click_count
  clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]
  contact CONTACT_ID [--activity] [--cached]              JSON
  sync [CAMPAIGN_ID...] [--cache-dir DIR]                 bring the local cache up to date; CSV summary

Options:
  --api v2|v3      the API (default v2, or CLICKSCOPE_API)
  --api-base URL   API base URL (default https://api.constantcontact.com for v2, https://api.cc.email for v3;
                   plain http only to loopback)
  --auth-base URL  v3 sign-in server (default https://authz.constantcontact.com/oauth2/default/v1)
  --client-id ID   v3 application client id (else CLICKSCOPE_CLIENT_ID, else the build&apos;s default)
  --demo           use the built-in sandbox with generated data (no account needed; both APIs)
  --cached         campaigns, links, clicks, contact: answer from the local cache only; nothing is sent and
                   no credentials are needed (fill the cache with sync). Without it these commands ask the
                   API directly, as always (contact also stores what it got in the cache).
  --cache-dir DIR  the folder of the caches (else CLICKSCOPE_CACHE_DIR, else the folder ClickScope&apos;s window
                   uses); one SQLite file per account, holding no credentials
  -h, --help       this help; &quot;clickscope-cli COMMAND --help&quot; for a command
  -v, --version    the version

v2 credentials come from CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN when both are set, else from the
system keychain (saved by ClickScope: Account &gt; Credentials...). v3 uses CLICKSCOPE_ACCESS_TOKEN alone when it
is set (never renewed), else the tokens that login stored (renewed as needed). Secrets are never taken from
the command line.
CLICKSCOPE_MAX_RPS sets the request rate (default 4, the API limit; 0 = no limit, for local sandboxes only).

Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 daily quota exhausted,
            6 network or server failure after retries, 7 invalid response.
</source>
        <extracomment>The CLI&apos;s help. Translate the prose; keep commands, options, placeholders, CSV headers and variable names.</extracomment>
        <translation>Usage: clickscope-cli [--api v2|v3] [--api-base URL] [--auth-base URL] [--client-id ID] [--demo] COMMAND ...

Reads Constant Contact click tracking (the v2 or the v3 API) for scripts and sync jobs.

Commands:
  login [--no-browser] [--redirect-port N]                v3: sign in with the browser; tokens to the keychain
  logout                                                  forget this account&apos;s stored credentials
  campaigns [--status STATUS] [--cached]                  CSV: id,name,status,modified_date
  links CAMPAIGN_ID [--cached]                            CSV: link_id,url,click_count
  clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]
  contact CONTACT_ID [--activity] [--cached]              JSON
  sync [CAMPAIGN_ID...] [--cache-dir DIR]                 bring the local cache up to date; CSV summary

Options:
  --api v2|v3      the API (default v2, or CLICKSCOPE_API)
  --api-base URL   API base URL (default https://api.constantcontact.com for v2, https://api.cc.email for v3;
                   plain http only to loopback)
  --auth-base URL  v3 sign-in server (default https://authz.constantcontact.com/oauth2/default/v1)
  --client-id ID   v3 application client id (else CLICKSCOPE_CLIENT_ID, else the build&apos;s default)
  --demo           use the built-in sandbox with generated data (no account needed; both APIs)
  --cached         campaigns, links, clicks, contact: answer from the local cache only; nothing is sent and
                   no credentials are needed (fill the cache with sync). Without it these commands ask the
                   API directly, as always (contact also stores what it got in the cache).
  --cache-dir DIR  the folder of the caches (else CLICKSCOPE_CACHE_DIR, else the folder ClickScope&apos;s window
                   uses); one SQLite file per account, holding no credentials
  -h, --help       this help; &quot;clickscope-cli COMMAND --help&quot; for a command
  -v, --version    the version

v2 credentials come from CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN when both are set, else from the
system keychain (saved by ClickScope: Account &gt; Credentials...). v3 uses CLICKSCOPE_ACCESS_TOKEN alone when it
is set (never renewed), else the tokens that login stored (renewed as needed). Secrets are never taken from
the command line.
CLICKSCOPE_MAX_RPS sets the request rate (default 4, the API limit; 0 = no limit, for local sandboxes only).

Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 daily quota exhausted,
            6 network or server failure after retries, 7 invalid response.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli campaigns [--status STATUS] [--cached]

Lists campaigns as CSV with the header id,name,status,modified_date. --status defaults to ALL: every
campaign, drafts and scheduled ones included (v3: all but Removed). v2 statuses: SENT, ALL, DRAFT,
SCHEDULED, RUNNING; v3: SENT (= Done), ALL, Draft, Scheduled, Executing, Done, Error, Removed.
  --cached  the list as the last sync stored it (ALL and SENT), from the local cache; nothing is sent
</source>
        <translation>Usage: clickscope-cli campaigns [--status STATUS] [--cached]

Lists campaigns as CSV with the header id,name,status,modified_date. --status defaults to ALL: every
campaign, drafts and scheduled ones included (v3: all but Removed). v2 statuses: SENT, ALL, DRAFT,
SCHEDULED, RUNNING; v3: SENT (= Done), ALL, Draft, Scheduled, Executing, Done, Error, Removed.
  --cached  the list as the last sync stored it (ALL and SENT), from the local cache; nothing is sent
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli links CAMPAIGN_ID [--cached]

Lists the campaign&apos;s tracked links (click_through_details) as CSV: link_id,url,click_count.
  --cached  the links as the last sync of the campaign stored them; nothing is sent
</source>
        <translation>Usage: clickscope-cli links CAMPAIGN_ID [--cached]

Lists the campaign&apos;s tracked links (click_through_details) as CSV: link_id,url,click_count.
  --cached  the links as the last sync of the campaign stored them; nothing is sent
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]

Writes every click of the campaign (or of one link), newest first, as pages arrive (v3: the primary email&apos;s, then the resend&apos;s).
  --link LINK_ID     only this link (its url_uid); default: all links
  --since ISO8601    only clicks on or after this time (v2 created_since; v3 stops paging at the first older click),
                     e.g. 2026-05-01 or 2026-05-01T12:00:00Z
  --format csv|jsonl CSV with the header activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date
                     (default), or one JSON object per line with the same fields (v3 adds device_type)
  --output FILE      write to FILE, atomically: on any error no file is left; default: standard output
  --cached           read the clicks from the local cache instead, newest first; nothing is sent (exit 4 until a sync
                     of the campaign has finished once); --cache-dir DIR names the folder of the caches
Without --cached the clicks come from the API directly, and nothing is cached. Progress goes to standard error
when it is a terminal.
</source>
        <translation>Usage: clickscope-cli clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]

Writes every click of the campaign (or of one link), newest first, as pages arrive (v3: the primary email&apos;s, then the resend&apos;s).
  --link LINK_ID     only this link (its url_uid); default: all links
  --since ISO8601    only clicks on or after this time (v2 created_since; v3 stops paging at the first older click),
                     e.g. 2026-05-01 or 2026-05-01T12:00:00Z
  --format csv|jsonl CSV with the header activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date
                     (default), or one JSON object per line with the same fields (v3 adds device_type)
  --output FILE      write to FILE, atomically: on any error no file is left; default: standard output
  --cached           read the clicks from the local cache instead, newest first; nothing is sent (exit 4 until a sync
                     of the campaign has finished once); --cache-dir DIR names the folder of the caches
Without --cached the clicks come from the API directly, and nothing is cached. Progress goes to standard error
when it is a terminal.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli contact CONTACT_ID [--activity] [--cached] [--cache-dir DIR]

Prints the contact as JSON; with --activity also its whole tracking activity, newest first.
The contact (and its activity) comes from the API and is also stored in the local cache.
  --cached  print it from the cache, as stored by an earlier contact command; nothing is sent
</source>
        <translation>Usage: clickscope-cli contact CONTACT_ID [--activity] [--cached] [--cache-dir DIR]

Prints the contact as JSON; with --activity also its whole tracking activity, newest first.
The contact (and its activity) comes from the API and is also stored in the local cache.
  --cached  print it from the cache, as stored by an earlier contact command; nothing is sent
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli sync [CAMPAIGN_ID...] [--cache-dir DIR]

Brings the account&apos;s local cache up to date for the given campaigns, or for every SENT campaign when none is given:
the campaign list, each campaign&apos;s details and links, and all its clicks. The first sync of a campaign fetches
every click; later ones only the clicks that are new. A sync that stops (an error, the daily quota, Ctrl+C) keeps
what it stored, and the next sync goes on from there without losing or doubling a click.
Writes one CSV row per campaign synced to standard output, with the header
campaign_id,name,new_clicks,clicks,synced_date (clicks: all the cache now holds). Progress goes to standard error
when it is a terminal. Stops at the first error: exit 5 when the daily quota is used up (run sync again later),
6 when the API cannot be reached. Read the cache with --cached (campaigns, links, clicks).
  --cache-dir DIR  the folder of the caches (else CLICKSCOPE_CACHE_DIR, else ClickScope&apos;s own)
</source>
        <translation>Usage: clickscope-cli sync [CAMPAIGN_ID...] [--cache-dir DIR]

Brings the account&apos;s local cache up to date for the given campaigns, or for every SENT campaign when none is given:
the campaign list, each campaign&apos;s details and links, and all its clicks. The first sync of a campaign fetches
every click; later ones only the clicks that are new. A sync that stops (an error, the daily quota, Ctrl+C) keeps
what it stored, and the next sync goes on from there without losing or doubling a click.
Writes one CSV row per campaign synced to standard output, with the header
campaign_id,name,new_clicks,clicks,synced_date (clicks: all the cache now holds). Progress goes to standard error
when it is a terminal. Stops at the first error: exit 5 when the daily quota is used up (run sync again later),
6 when the API cannot be reached. Read the cache with --cached (campaigns, links, clicks).
  --cache-dir DIR  the folder of the caches (else CLICKSCOPE_CACHE_DIR, else ClickScope&apos;s own)
</translation>
    </message>
    <message>
        <source>--cache-dir needs a folder</source>
        <translation>--cache-dir needs a folder</translation>
    </message>
    <message>
        <source>the cache in %1 cannot be used: %2</source>
        <translation>the cache in %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>nothing of %1 is in the cache yet (no %2): run clickscope-cli sync first</source>
        <translation>nothing of %1 is in the cache yet (no %2): run clickscope-cli sync first</translation>
    </message>
</context>
<context>
    <name>ClickScope::ApiError</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>The server answered with HTTP status %1.</translation>
    </message>
    <message>
        <source>The API rejected the credentials: %1</source>
        <translation>The API rejected the credentials: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>The daily request quota of this API key is used up; try again tomorrow. (%1)</source>
        <translation>The daily request quota of this API key is used up; try again tomorrow. (%1)</translation>
    </message>
    <message>
        <source>The API refused a request from ClickScope (HTTP 406). This is a bug in ClickScope; please report it. (%1)</source>
        <translation>The API refused a request from ClickScope (HTTP 406). This is a bug in ClickScope; please report it. (%1)</translation>
    </message>
    <message>
        <source>%1. The quota resets at %2 (00:00 UTC).</source>
        <translation>%1. The quota resets at %2 (00:00 UTC).</translation>
    </message>
    <message>
        <source>Constant Contact did not accept the API key: it is not active, or it is not a valid key. (%1)</source>
        <translation>Constant Contact did not accept the API key: it is not active, or it is not a valid key. (%1)</translation>
    </message>
</context>
<context>
    <name>ClickScope::CachingBackend</name>
    <message>
        <source>%1 is not in the cache yet. Open it once with a connection, or sync it (clickscope-cli sync).</source>
        <translation>%1 is not in the cache yet. Open it once with a connection, or sync it (clickscope-cli sync).</translation>
    </message>
    <message>
        <source>The campaign list</source>
        <translation>The campaign list</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>The contact lists</source>
        <translation>The contact lists</translation>
    </message>
    <message>
        <source>The activity of contact %1</source>
        <translation>The activity of contact %1</translation>
    </message>
</context>
<context>
    <name>ClickScope::CachingClickStream</name>
    <message>
        <source>The clicks were loaded, but the cache could not record it: %1</source>
        <translation>The clicks were loaded, but the cache could not record it: %1</translation>
    </message>
    <message>
        <source>The cache could not store the clicks: %1. The clicks shown so far are kept.</source>
        <translation>The cache could not store the clicks: %1. The clicks shown so far are kept.</translation>
    </message>
</context>
<context>
    <name>ClickScope::CampaignListModel</name>
    <message>
        <source>%1
Sent %2</source>
        <translation>%1
Sent %2</translation>
    </message>
    <message>
        <source>%1
Last modified %2</source>
        <translation>%1
Last modified %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickCache</name>
    <message>
        <source>The cache needs Qt&apos;s SQLite driver, which is not installed (libqt6sql6-sqlite on Debian).</source>
        <translation>The cache needs Qt&apos;s SQLite driver, which is not installed (libqt6sql6-sqlite on Debian).</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>The cache %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>%1 is not a ClickScope cache: %2</source>
        <translation>%1 is not a ClickScope cache: %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer ClickScope (schema %2; this one knows %3). It is left as it is.</source>
        <translation>The cache %1 was written by a newer ClickScope (schema %2; this one knows %3). It is left as it is.</translation>
    </message>
    <message>
        <source>The cache %1 could not be upgraded: %2</source>
        <translation>The cache %1 could not be upgraded: %2</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickChartView</name>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>By hour</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>How long each point of the chart is</source>
        <translation>How long each point of the chart is</translation>
    </message>
    <message>
        <source>Chart bucket size</source>
        <translation>Chart bucket size</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Reset Zoom</translation>
    </message>
    <message>
        <source>Show the whole time range again (drag over the chart to zoom in)</source>
        <translation>Show the whole time range again (drag over the chart to zoom in)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clicks over time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clicks over time&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Unique contacts</source>
        <translation>Unique contacts</translation>
    </message>
    <message>
        <source>Chart of clicks over time</source>
        <translation>Chart of clicks over time</translation>
    </message>
    <message>
        <source>No clicks to show</source>
        <translation>No clicks to show</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Clicks over time</source>
        <translation>Clicks over time</translation>
    </message>
    <message>
        <source>Share of clicks by time since send</source>
        <translation>Share of clicks by time since send</translation>
    </message>
    <message>
        <source>Clicks per hour, day or week, or the share of all clicks that came within a given time of the send</source>
        <translation>Clicks per hour, day or week, or the share of all clicks that came within a given time of the send</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Chart view</translation>
    </message>
    <message>
        <source>Share of clicks</source>
        <translation>Share of clicks</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>Date format of the chart&apos;s hour ticks (QDateTime format: d day, MMM month name, HH:mm time).</extracomment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of the chart&apos;s day ticks; the second with the year, when the chart spans more than one.
----------
Date format in the chart&apos;s tooltip (QDateTime format).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>w/c %1</source>
        <extracomment>A week&apos;s tick on the chart: the week commencing (starting) on that Monday.</extracomment>
        <translation>w/c %1</translation>
    </message>
    <message>
        <source>Time since the send (log scale)</source>
        <translation>Time since the send (log scale)</translation>
    </message>
    <message>
        <source>Time since the first click (log scale)</source>
        <translation>Time since the first click (log scale)</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>The origin of the share chart&apos;s time axis: the send, or the first click when the send time is unknown.</extracomment>
        <translation>Send</translation>
    </message>
    <message>
        <source>First click</source>
        <translation>First click</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 wk</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>A bucket of the chart&apos;s tooltip: date, start time–end time.</extracomment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The counts of a bucket in the chart&apos;s tooltip: &quot;1,234 clicks · 1,010 contacts&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks</source>
        <translation>
            <numerusform>%Ln click</numerusform>
            <numerusform>%Ln clicks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Within %1 of the send: %2 of the clicks (%3 of %4)</source>
        <translation>Within %1 of the send: %2 of the clicks (%3 of %4)</translation>
    </message>
    <message>
        <source>Within %1 of the first click: %2 of the clicks (%3 of %4)</source>
        <translation>Within %1 of the first click: %2 of the clicks (%3 of %4)</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>All links</translation>
    </message>
    <message>
        <source>Clicks by hour</source>
        <translation>Clicks by hour</translation>
    </message>
    <message>
        <source>Clicks by week</source>
        <translation>Clicks by week</translation>
    </message>
    <message>
        <source>Clicks by day</source>
        <translation>Clicks by day</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickSession</name>
    <message>
        <source>No account is open.</source>
        <translation>No account is open.</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The API sent no date for this click.</source>
        <translation>The API sent no date for this click.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <source>Link URL</source>
        <translation>Link URL</translation>
    </message>
    <message>
        <source>Link ID</source>
        <translation>Link ID</translation>
    </message>
    <message>
        <source>A click on the resend of this campaign (sent again to contacts who had not opened it)</source>
        <translation>A click on the resend of this campaign (sent again to contacts who had not opened it)</translation>
    </message>
    <message>
        <source>%1 UTC, on the resend of this campaign</source>
        <translation>%1 UTC, on the resend of this campaign</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>local time</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <extracomment>%1 is the time zone the times are shown in: &quot;UTC&quot; or the system&apos;s zone id (&quot;Europe/Berlin&quot;)</extracomment>
        <translation>Click time (%1)</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickersModel</name>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours (&quot;3 d 4 h&quot;)</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A duration in whole days (&quot;3 d&quot;)</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (&quot;2 h 5 min&quot;)</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in whole hours (&quot;2 h&quot;)</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds (&quot;12 min 5 s&quot;)</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in whole minutes (&quot;12 min&quot;)</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds (&quot;45 s&quot;)</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The campaign&apos;s send time is not known.</source>
        <translation>The campaign&apos;s send time is not known.</translation>
    </message>
    <message>
        <source>No dated click at or after the campaign&apos;s send time.</source>
        <translation>No dated click at or after the campaign&apos;s send time.</translation>
    </message>
    <message>
        <source>How many different links the contact clicked</source>
        <translation>How many different links the contact clicked</translation>
    </message>
    <message>
        <source>From the campaign&apos;s send to the contact&apos;s first click</source>
        <translation>From the campaign&apos;s send to the contact&apos;s first click</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>First click</source>
        <translation>First click</translation>
    </message>
    <message>
        <source>Last click</source>
        <translation>Last click</translation>
    </message>
    <message>
        <source>Time to first click</source>
        <translation>Time to first click</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickersView</name>
    <message>
        <source>Contacts who clicked</source>
        <translation>Contacts who clicked</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Clicker count</source>
        <translation>Clicker count</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save these contacts, with their clicks and times, as a CSV file</source>
        <translation>Save these contacts, with their clicks and times, as a CSV file</translation>
    </message>
    <message>
        <source>No clicks loaded</source>
        <translation>No clicks loaded</translation>
    </message>
    <message>
        <source>No contact matches the filter</source>
        <translation>No contact matches the filter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The clickers tab&apos;s summary; %1 is &quot;N contacts clicked&quot;, %2 is &quot;M clicks&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts clicked</source>
        <translation>
            <numerusform>%Ln contact clicked</numerusform>
            <numerusform>%Ln contacts clicked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks</source>
        <translation>
            <numerusform>%Ln click</numerusform>
            <numerusform>%Ln clicks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickScope::ContactDialog</name>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Contact %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Contact %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Loading the contact…</source>
        <translation>Loading the contact…</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>Loading the activity…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Details&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clicks in the loaded data&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Clicks in the loaded data&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;All activity&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;All activity&lt;/b&gt;, newest first</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No activity.</source>
        <translation>No activity.</translation>
    </message>
    <message>
        <source>This contact no longer exists in the account.</source>
        <translation>This contact no longer exists in the account.</translation>
    </message>
    <message>
        <source>The activity could not be loaded completely: %1</source>
        <translation>The activity could not be loaded completely: %1</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>This contact&apos;s clicks in the loaded data</source>
        <translation>This contact&apos;s clicks in the loaded data</translation>
    </message>
    <message>
        <source>All activity of this contact, newest first</source>
        <translation>All activity of this contact, newest first</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <translation>Click time (%1)</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>When (%1)</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Email status</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>List %1</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>Subscribed, not confirmed yet</source>
        <translation>Subscribed, not confirmed yet</translation>
    </message>
    <message>
        <source>Removed from the account</source>
        <translation>Removed from the account</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Not a subscriber</source>
        <translation>Not a subscriber</translation>
    </message>
    <message>
        <source>Visitor, not subscribed</source>
        <translation>Visitor, not subscribed</translation>
    </message>
    <message>
        <source>Subscribed (gave permission)</source>
        <translation>Subscribed (gave permission)</translation>
    </message>
    <message>
        <source>Subscribed (implied permission)</source>
        <translation>Subscribed (implied permission)</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>No permission given</source>
        <translation>No permission given</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Other (%1)</translation>
    </message>
    <message>
        <source>Was sent the email</source>
        <translation>Was sent the email</translation>
    </message>
    <message>
        <source>Opened the email</source>
        <translation>Opened the email</translation>
    </message>
    <message>
        <source>Clicked a link</source>
        <translation>Clicked a link</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>Email bounced</translation>
    </message>
    <message>
        <source>Forwarded the email</source>
        <translation>Forwarded the email</translation>
    </message>
    <message>
        <source>by the contact</source>
        <translation>by the contact</translation>
    </message>
    <message>
        <source>by the account owner</source>
        <translation>by the account owner</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>ClickScope::CredentialStore</name>
    <message>
        <source>the system keyring has no default collection, or it is locked. Open your keyring manager (for example &quot;Passwords and Keys&quot;), create or unlock the default keyring, then try again</source>
        <translation>the system keyring has no default collection, or it is locked. Open your keyring manager (for example &quot;Passwords and Keys&quot;), create or unlock the default keyring, then try again</translation>
    </message>
    <message>
        <source>no system keyring answered. Install and start one (for example GNOME Keyring or KWallet), then try again</source>
        <translation>no system keyring answered. Install and start one (for example GNOME Keyring or KWallet), then try again</translation>
    </message>
    <message>
        <source>access to the system keyring was denied</source>
        <translation>access to the system keyring was denied</translation>
    </message>
</context>
<context>
    <name>ClickScope::CredentialsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Forget Credentials</source>
        <translation>&amp;Forget Credentials</translation>
    </message>
    <message>
        <source>Constant Contact Credentials</source>
        <translation>Constant Contact Credentials</translation>
    </message>
    <message>
        <source>ClickScope needs an existing Constant Contact &lt;b&gt;v2&lt;/b&gt; API key and an access token for your account. They are kept in your system&apos;s keychain and nowhere else.</source>
        <translation>ClickScope needs an existing Constant Contact &lt;b&gt;v2&lt;/b&gt; API key and an access token for your account. They are kept in your system&apos;s keychain and nowhere else.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation>Show or hide the access token</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>Show access token</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API base URL</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API &amp;base URL:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access &amp;token:</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>No Keychain</translation>
    </message>
    <message>
        <source>There is no keychain on this system that ClickScope can use (%1), so the credentials cannot be stored. Use them for this session only? They will not be written anywhere.</source>
        <translation>There is no keychain on this system that ClickScope can use (%1), so the credentials cannot be stored. Use them for this session only? They will not be written anywhere.</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>The credentials could not be saved: %1</translation>
    </message>
    <message>
        <source>The credentials were removed from the keychain.</source>
        <translation>The credentials were removed from the keychain.</translation>
    </message>
    <message>
        <source>The credentials could not be removed: %1</source>
        <translation>The credentials could not be removed: %1</translation>
    </message>
    <message>
        <source>Enter both the API key and the access token.</source>
        <translation>Enter both the API key and the access token.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>✔ Connected: the API accepted these credentials.</source>
        <translation>✔ Connected: the API accepted these credentials.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Saving to the keychain…</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Removing from the keychain…</translation>
    </message>
</context>
<context>
    <name>ClickScope::CsvExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <extracomment>A column of the spreadsheet export; %1 is the time zone (&quot;UTC&quot; or &quot;Europe/Berlin&quot;)</extracomment>
        <translation>Click time (%1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Link URL</source>
        <translation>Link URL</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Contact ID</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>Campaign ID</translation>
    </message>
    <message>
        <source>Link ID</source>
        <translation>Link ID</translation>
    </message>
</context>
<context>
    <name>ClickScope::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>No credentials are set.</source>
        <translation>No credentials are set.</translation>
    </message>
    <message>
        <source>The daily request limit of this API key is reached; ClickScope stops here to keep the key in good standing.</source>
        <translation>The daily request limit of this API key is reached; ClickScope stops here to keep the key in good standing.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>The server did not answer within %1 seconds.</translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation>The connection to the server timed out.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified; ClickScope does not connect to it.</source>
        <translation>The server&apos;s TLS certificate could not be verified; ClickScope does not connect to it.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>The server refused the connection.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved.</source>
        <translation>The server&apos;s name could not be resolved.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>The server closed the connection before the answer was complete.</translation>
    </message>
    <message>
        <source>The network request failed (error %1).</source>
        <translation>The network request failed (error %1).</translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>The API address is not a valid URL.</translation>
    </message>
    <message>
        <source>The API address must not carry user names, queries or fragments.</source>
        <translation>The API address must not carry user names, queries or fragments.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for %1.</source>
        <translation>Plain http is only allowed to this computer (loopback); use https for %1.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>The API address must start with https://.</translation>
    </message>
    <message>
        <source>The server sent a next page link that is not on the API&apos;s own address; it was not followed, and loading stopped.</source>
        <translation>The server sent a next page link that is not on the API&apos;s own address; it was not followed, and loading stopped.</translation>
    </message>
    <message>
        <source>The server sent the same next page link twice; loading stopped to avoid an endless loop.</source>
        <translation>The server sent the same next page link twice; loading stopped to avoid an endless loop.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>The server answered with HTTP status %1.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1 (HTTP %2). ClickScope does not follow redirects: the credentials go to the API&apos;s own address only.</source>
        <translation>The server redirected the request to %1 (HTTP %2). ClickScope does not follow redirects: the credentials go to the API&apos;s own address only.</translation>
    </message>
</context>
<context>
    <name>ClickScope::LinkListModel</name>
    <message>
        <source>All links</source>
        <translation>All links</translation>
    </message>
    <message>
        <source>Every click of the campaign, on any link</source>
        <translation>Every click of the campaign, on any link</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>%1
Link ID %2</source>
        <translation>%1
Link ID %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks (a contact clicking twice counts twice)</source>
        <translation>
            <numerusform>%Ln click (a contact clicking twice counts twice)</numerusform>
            <numerusform>%Ln clicks (a contact clicking twice counts twice)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks: known once the campaign&apos;s clicks are loaded</source>
        <translation>Clicks: known once the campaign&apos;s clicks are loaded</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clickers (contacts who clicked, each once)</source>
        <translation>
            <numerusform>%Ln clicker (contacts who clicked, each once)</numerusform>
            <numerusform>%Ln clickers (contacts who clicked, each once)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clickers: known once the campaign&apos;s clicks are loaded</source>
        <translation>Clickers: known once the campaign&apos;s clicks are loaded</translation>
    </message>
    <message>
        <source>Clickers</source>
        <translation>Clickers</translation>
    </message>
    <message>
        <source>Every click: a contact clicking twice counts twice</source>
        <translation>Every click: a contact clicking twice counts twice</translation>
    </message>
    <message>
        <source>Contacts who clicked, each counted once</source>
        <translation>Contacts who clicked, each counted once</translation>
    </message>
</context>
<context>
    <name>ClickScope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>Requests per second to the API (the v2 API allows 4)</source>
        <translation>Requests per second to the API (the v2 API allows 4)</translation>
    </message>
    <message>
        <source>Stop loading; the clicks loaded so far stay (Esc)</source>
        <translation>Stop loading; the clicks loaded so far stay (Esc)</translation>
    </message>
    <message>
        <source>Click count</source>
        <translation>Click count</translation>
    </message>
    <message>
        <source>Export Clicks as CSV</source>
        <translation>Export Clicks as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %p%</source>
        <translation>Exporting %p%</translation>
    </message>
    <message>
        <source>The export failed and no file was written. %1</source>
        <translation>The export failed and no file was written. %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Loading campaigns…</translation>
    </message>
    <message>
        <source>The campaigns could not be loaded.</source>
        <translation>The campaigns could not be loaded.</translation>
    </message>
    <message>
        <source>This account has no sent campaigns yet.</source>
        <translation>This account has no sent campaigns yet.</translation>
    </message>
    <message>
        <source>Opening the campaign…</source>
        <translation>Opening the campaign…</translation>
    </message>
    <message>
        <source>The campaign could not be opened.</source>
        <translation>The campaign could not be opened.</translation>
    </message>
    <message>
        <source>This campaign has no tracked links.</source>
        <translation>This campaign has no tracked links.</translation>
    </message>
    <message>
        <source>Loading clicks…</source>
        <translation>Loading clicks…</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>Loading the clicks stopped.</source>
        <translation>Loading the clicks stopped.</translation>
    </message>
    <message>
        <source>Enter Credentials…</source>
        <translation>Enter Credentials…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>No clicks loaded</source>
        <translation>No clicks loaded</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Save Chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>The chart could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Chart saved to %1</translation>
    </message>
    <message>
        <source>ClickScope will use the new language the next time it starts.</source>
        <translation>ClickScope will use the new language the next time it starts.</translation>
    </message>
    <message>
        <source>About ClickScope</source>
        <translation>About ClickScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClickScope %1&lt;/h3&gt;&lt;p&gt;Who clicked which link in your email campaign, and when.&lt;/p&gt;&lt;p&gt;Reads the Constant Contact v2 click tracking API.&lt;/p&gt;&lt;p&gt;License: %2 (GNU General Public License, version 3 or later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClickScope %1&lt;/h3&gt;&lt;p&gt;Who clicked which link in your email campaign, and when.&lt;/p&gt;&lt;p&gt;Reads the Constant Contact v2 click tracking API.&lt;/p&gt;&lt;p&gt;License: %2 (GNU General Public License, version 3 or later).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clicks to %1</source>
        <translation>
            <numerusform>Exported %Ln click to %1</numerusform>
            <numerusform>Exported %Ln clicks to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks</source>
        <translation>
            <numerusform>%Ln click</numerusform>
            <numerusform>%Ln clicks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The %Ln clicks loaded before the error are shown.</source>
        <translation>
            <numerusform> The %Ln click loaded before the error is shown.</numerusform>
            <numerusform> The %Ln clicks loaded before the error are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %Ln clicks.</source>
        <translation>
            <numerusform>Loading stopped after %Ln click.</numerusform>
            <numerusform>Loading stopped after %Ln clicks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln clicks</source>
        <translation>
            <numerusform>%1 of %Ln click</numerusform>
            <numerusform>%1 of %Ln clicks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>clicks-%1.csv</source>
        <extracomment>The suggested file name of a CSV export; %1 is the campaign&apos;s id. Lower case, no spaces.</extracomment>
        <translation>clicks-%1.csv</translation>
    </message>
    <message>
        <source>clicks.png</source>
        <extracomment>The suggested file name of a saved chart. Lower case, no spaces.</extracomment>
        <translation>clicks.png</translation>
    </message>
    <message>
        <source>Type to filter the clicks by email or contact ID (%1)</source>
        <translation>Type to filter the clicks by email or contact ID (%1)</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Restart Now</translation>
    </message>
    <message>
        <source>&lt;p&gt;ClickScope shows who clicked which link in your Constant Contact email campaigns, and when.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sign in with Constant Contact&lt;/b&gt; in your browser to open your account. If you still have a &lt;b&gt;v2 API key&lt;/b&gt; and access token, you can use those instead.&lt;/p&gt;&lt;p&gt;No account at hand? Explore the demo: generated campaigns and clicks from a built-in sandbox.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ClickScope shows who clicked which link in your Constant Contact email campaigns, and when.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sign in with Constant Contact&lt;/b&gt; in your browser to open your account. If you still have a &lt;b&gt;v2 API key&lt;/b&gt; and access token, you can use those instead.&lt;/p&gt;&lt;p&gt;No account at hand? Explore the demo: generated campaigns and clicks from a built-in sandbox.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; ClickScope continues when Constant Contact answers.</source>
        <translation>Finish signing in in your browser; ClickScope continues when Constant Contact answers.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Sign In…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks in %1 s (%2).</source>
        <translation>
            <numerusform>Loaded %Ln click in %1 s (%2).</numerusform>
            <numerusform>Loaded %Ln clicks in %1 s (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>ClickScope could not open a browser. Open this address in one to sign in: %1</source>
        <translation>ClickScope could not open a browser. Open this address in one to sign in: %1</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copy Address</translation>
    </message>
    <message>
        <source>Show Times in &amp;UTC</source>
        <translation>Show Times in &amp;UTC</translation>
    </message>
    <message>
        <source>Show click times in UTC instead of this computer&apos;s time zone</source>
        <translation>Show click times in UTC instead of this computer&apos;s time zone</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Getting Started</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sends</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>Emails sent</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>Emails that could not be delivered</source>
        <translation>Emails that could not be delivered</translation>
    </message>
    <message>
        <source>Openers</source>
        <translation>Openers</translation>
    </message>
    <message>
        <source>Contacts who opened the email, each counted once</source>
        <translation>Contacts who opened the email, each counted once</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Open rate</translation>
    </message>
    <message>
        <source>Openers ÷ (sends − bounces)</source>
        <translation>Openers ÷ (sends − bounces)</translation>
    </message>
    <message>
        <source>Clickers</source>
        <translation>Clickers</translation>
    </message>
    <message>
        <source>Contacts who clicked a link, each counted once (the API&apos;s unique clicks)</source>
        <translation>Contacts who clicked a link, each counted once (the API&apos;s unique clicks)</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Click rate</translation>
    </message>
    <message>
        <source>Clickers ÷ (sends − bounces)</source>
        <translation>Clickers ÷ (sends − bounces)</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Every click on any link; a contact clicking twice counts twice</source>
        <translation>Every click on any link; a contact clicking twice counts twice</translation>
    </message>
    <message>
        <source>Click-to-open</source>
        <translation>Click-to-open</translation>
    </message>
    <message>
        <source>Clickers ÷ openers</source>
        <translation>Clickers ÷ openers</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Unsubscribes</translation>
    </message>
    <message>
        <source>Contacts who unsubscribed through this email</source>
        <translation>Contacts who unsubscribed through this email</translation>
    </message>
    <message>
        <source>Open the contact of the selected click</source>
        <translation>Open the contact of the selected click</translation>
    </message>
    <message>
        <source>Copy the selected clicks</source>
        <translation>Copy the selected clicks</translation>
    </message>
    <message>
        <source>Stop loading, or clear the filter when it has the focus</source>
        <translation>Stop loading, or clear the filter when it has the focus</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Getting Started</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who clicked which link, and when&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick a campaign&lt;/b&gt; on the left (type in &lt;i&gt;Search campaigns&lt;/i&gt; to narrow the list). Its numbers appear below it: &lt;i&gt;clickers&lt;/i&gt; are contacts who clicked, each counted once; &lt;i&gt;clicks&lt;/i&gt; counts every click.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pick a link&lt;/b&gt;, or &lt;i&gt;All links&lt;/i&gt;. Its clicks load into the table and the chart; Esc stops loading and &lt;i&gt;Continue&lt;/i&gt; goes on.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Narrow down&lt;/b&gt;: type an email or contact ID in the filter, tick From or To, or drag across the chart to zoom. The footer counts what is shown.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Look closer&lt;/b&gt;: double-click a click for the contact&apos;s whole history; the &lt;i&gt;Clickers&lt;/i&gt; tab lists your most engaged readers.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Take it along&lt;/b&gt;: File → Export saves what is shown as CSV.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;i&gt;Refresh&lt;/i&gt; (F5) adds new clicks to what is loaded; it never throws loaded clicks away.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Who clicked which link, and when&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick a campaign&lt;/b&gt; on the left (type in &lt;i&gt;Search campaigns&lt;/i&gt; to narrow the list). Its numbers appear below it: &lt;i&gt;clickers&lt;/i&gt; are contacts who clicked, each counted once; &lt;i&gt;clicks&lt;/i&gt; counts every click.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pick a link&lt;/b&gt;, or &lt;i&gt;All links&lt;/i&gt;. Its clicks load into the table and the chart; Esc stops loading and &lt;i&gt;Continue&lt;/i&gt; goes on.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Narrow down&lt;/b&gt;: type an email or contact ID in the filter, tick From or To, or drag across the chart to zoom. The footer counts what is shown.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Look closer&lt;/b&gt;: double-click a click for the contact&apos;s whole history; the &lt;i&gt;Clickers&lt;/i&gt; tab lists your most engaged readers.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Take it along&lt;/b&gt;: File → Export saves what is shown as CSV.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;i&gt;Refresh&lt;/i&gt; (F5) adds new clicks to what is loaded; it never throws loaded clicks away.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every click on any link: known once all links&apos; clicks are loaded</source>
        <translation>Every click on any link: known once all links&apos; clicks are loaded</translation>
    </message>
    <message>
        <source>No new clicks (%1).</source>
        <translation>No new clicks (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln clicks in %1 s (%2).</source>
        <translation>
            <numerusform>Added %Ln click in %1 s (%2).</numerusform>
            <numerusform>Added %Ln clicks in %1 s (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %1 of about %Ln clicks are loaded.</source>
        <translation>
            <numerusform>Loading stopped: %1 of about %Ln click is loaded.</numerusform>
            <numerusform>Loading stopped: %1 of about %Ln clicks are loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %Ln clicks are loaded, more exist.</source>
        <translation>
            <numerusform>Loading stopped: %Ln click is loaded, more exist.</numerusform>
            <numerusform>Loading stopped: %Ln clicks are loaded, more exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table, the chart and the counts show only these.</source>
        <translation>The table, the chart and the counts show only these.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>Loading stopped before the end: more clicks exist than are loaded (Refresh goes on)</source>
        <translation>Loading stopped before the end: more clicks exist than are loaded (Refresh goes on)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The system keychain is not available: %1. Credentials you enter can be used for this session only.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;The system keychain is not available: %1. Credentials you enter can be used for this session only.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Contacts who clicked a link, each counted once, from the loaded clicks (the API reports %1: it counts a contact once per send)</source>
        <translation>Contacts who clicked a link, each counted once, from the loaded clicks (the API reports %1: it counts a contact once per send)</translation>
    </message>
    <message>
        <source>chart zoom</source>
        <translation>chart zoom</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Every click, newest first</source>
        <translation>Every click, newest first</translation>
    </message>
    <message>
        <source>One row per contact who clicked: your most engaged readers</source>
        <translation>One row per contact who clicked: your most engaged readers</translation>
    </message>
    <message>
        <source>clickers-%1.csv</source>
        <extracomment>The suggested file name of the clickers export; %1 is the campaign&apos;s id. Lower case, no spaces.</extracomment>
        <translation>clickers-%1.csv</translation>
    </message>
    <message>
        <source>Export Clickers as CSV</source>
        <translation>Export Clickers as CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clickers to %1</source>
        <translation>
            <numerusform>Exported %Ln clicker to %1</numerusform>
            <numerusform>Exported %Ln clickers to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks and clickers</source>
        <translation>Clicks and clickers</translation>
    </message>
    <message>
        <source>Export for &amp;Spreadsheet…</source>
        <translation>Export for &amp;Spreadsheet…</translation>
    </message>
    <message>
        <source>Write the clicks that pass the filter for Excel or LibreOffice: campaign and link names, times as shown, UTF-8 that Excel reads correctly</source>
        <translation>Write the clicks that pass the filter for Excel or LibreOffice: campaign and link names, times as shown, UTF-8 that Excel reads correctly</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clicks</translation>
    </message>
    <message>
        <source>Export Clicks for a Spreadsheet</source>
        <translation>Export Clicks for a Spreadsheet</translation>
    </message>
    <message>
        <source>Reload from &amp;Server</source>
        <translation>Reload from &amp;Server</translation>
    </message>
    <message>
        <source>Forget the cached clicks of this campaign and load all of them from Constant Contact again</source>
        <translation>Forget the cached clicks of this campaign and load all of them from Constant Contact again</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <source>Constant Contact could not be reached at %1. What is shown comes from the local cache; Refresh tries again.</source>
        <translation>Constant Contact could not be reached at %1. What is shown comes from the local cache; Refresh tries again.</translation>
    </message>
    <message>
        <source>ClickScope works without its local cache this time: %1</source>
        <translation>ClickScope works without its local cache this time: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks from the cache; none is new (%1).</source>
        <translation>
            <numerusform>Loaded %Ln click from the cache; none is new (%1).</numerusform>
            <numerusform>Loaded %Ln clicks from the cache; none is new (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks from the cache and %1 new from Constant Contact (%2).</source>
        <translation>
            <numerusform>Loaded %Ln click from the cache and %1 new from Constant Contact (%2).</numerusform>
            <numerusform>Loaded %Ln clicks from the cache and %1 new from Constant Contact (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source> They were complete at %1.</source>
        <translation> They were complete at %1.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %Ln clicks from the cache.</source>
        <translation>
            <numerusform>Offline: %Ln click from the cache.</numerusform>
            <numerusform>Offline: %Ln clicks from the cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>Every click up to %1 is loaded (kept in the local cache; Refresh asks for newer ones)</source>
        <translation>Every click up to %1 is loaded (kept in the local cache; Refresh asks for newer ones)</translation>
    </message>
    <message>
        <source>The cache of this account is cleared. The clicks shown stay until the next load, which asks Constant Contact for all of them.</source>
        <translation>The cache of this account is cleared. The clicks shown stay until the next load, which asks Constant Contact for all of them.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: Constant Contact cannot be reached. Showing the %Ln clicks in the cache.</source>
        <translation>
            <numerusform>Offline: Constant Contact cannot be reached. Showing the %Ln click in the cache.</numerusform>
            <numerusform>Offline: Constant Contact cannot be reached. Showing the %Ln clicks in the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln loaded clicks passes the filter: the text, the From and To dates or the chart zoom. Clear them to see the clicks.</source>
        <translation>
            <numerusform>None of the %Ln loaded clicks passes the filter: the text, the From and To dates or the chart zoom. Clear them to see the clicks.</numerusform>
            <numerusform>None of the %Ln loaded clicks passes the filter: the text, the From and To dates or the chart zoom. Clear them to see the clicks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickScope::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
</context>
<context>
    <name>ClickScope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <source>A new language is used the next time ClickScope starts.</source>
        <translation>A new language is used the next time ClickScope starts.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The language of ClickScope&apos;s windows and messages</source>
        <translation>The language of ClickScope&apos;s windows and messages</translation>
    </message>
    <message>
        <source>Constant Contact client id</source>
        <translation>Constant Contact client id</translation>
    </message>
    <message>
        <source>From your application in the Constant Contact developer portal</source>
        <translation>From your application in the Constant Contact developer portal</translation>
    </message>
    <message>
        <source>Sign in uses this application (OAuth2 with PKCE; no client secret). Its redirect URI must be http://127.0.0.1:52801/callback.</source>
        <translation>Sign in uses this application (OAuth2 with PKCE; no client secret). Its redirect URI must be http://127.0.0.1:52801/callback.</translation>
    </message>
    <message>
        <source>&amp;Client id (v3):</source>
        <translation>&amp;Client id (v3):</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <source>No cached data yet.</source>
        <translation>No cached data yet.</translation>
    </message>
    <message>
        <source>Clear &amp;This Account</source>
        <translation>Clear &amp;This Account</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>Clear &amp;All</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Cache folder</translation>
    </message>
    <message>
        <source>Change the cache folder</source>
        <translation>Change the cache folder</translation>
    </message>
    <message>
        <source>Choose another folder for the cached data</source>
        <translation>Choose another folder for the cached data</translation>
    </message>
    <message>
        <source>Use the default cache folder</source>
        <translation>Use the default cache folder</translation>
    </message>
    <message>
        <source>A new folder is used the next time an account is opened. The files in the old folder stay where they are.</source>
        <translation>A new folder is used the next time an account is opened. The files in the old folder stay where they are.</translation>
    </message>
    <message>
        <source>Cached accounts and their size on disk</source>
        <translation>Cached accounts and their size on disk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Clear the cache of this account</source>
        <translation>Clear the cache of this account</translation>
    </message>
    <message>
        <source>Clear every cache in this folder</source>
        <translation>Clear every cache in this folder</translation>
    </message>
    <message>
        <source>Clears the cached data of every account in this folder</source>
        <translation>Clears the cached data of every account in this folder</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cache &amp;folder:</source>
        <translation>Cache &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Size on disk:</source>
        <translation>&amp;Size on disk:</translation>
    </message>
    <message>
        <source>The default folder is in use</source>
        <translation>The default folder is in use</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <source>Choose the Cache Folder</source>
        <translation>Choose the Cache Folder</translation>
    </message>
    <message>
        <source>Folder Not Writable</source>
        <translation>Folder Not Writable</translation>
    </message>
    <message>
        <source>ClickScope cannot write in %1. Choose a folder of your own.</source>
        <translation>ClickScope cannot write in %1. Choose a folder of your own.</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <extracomment>A row of the cache list in Preferences: the account that the window has open.</extracomment>
        <translation>%1 (open)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Nothing is cached in this folder</source>
        <translation>Nothing is cached in this folder</translation>
    </message>
    <message>
        <source>Nothing is cached for %1 yet</source>
        <translation>Nothing is cached for %1 yet</translation>
    </message>
    <message>
        <source>Clears the cached data of %1</source>
        <translation>Clears the cached data of %1</translation>
    </message>
    <message>
        <source>The cached campaigns, clicks and contacts of %1 are removed from this computer; they are loaded again from Constant Contact when next opened.

Your sign-in and settings stay.</source>
        <translation>The cached campaigns, clicks and contacts of %1 are removed from this computer; they are loaded again from Constant Contact when next opened.

Your sign-in and settings stay.</translation>
    </message>
    <message>
        <source>Clear the Cache of This Account?</source>
        <translation>Clear the Cache of This Account?</translation>
    </message>
    <message>
        <source>every account (%1)</source>
        <extracomment>%1 names the accounts: &quot;v2 · api.constantcontact.com and v3 · api.cc.email&quot;.</extracomment>
        <translation>every account (%1)</translation>
    </message>
    <message>
        <source>Clear Every Cache?</source>
        <translation>Clear Every Cache?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an account (&quot;v2 · api.constantcontact.com&quot;), %2 the reason.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Cache Not Cleared</source>
        <translation>Cache Not Cleared</translation>
    </message>
    <message>
        <source>Some cached data could not be cleared; it stays until it can be. ClickScope keeps working.

%1</source>
        <translation>Some cached data could not be cleared; it stays until it can be. ClickScope keeps working.

%1</translation>
    </message>
    <message>
        <source>No signed-in account is open (the demo keeps its cache in a temporary folder that goes when ClickScope closes)</source>
        <translation>No signed-in account is open (the demo keeps its cache in a temporary folder that goes when ClickScope closes)</translation>
    </message>
</context>
<context>
    <name>ClickScope::V2KeyAuthenticator</name>
    <message>
        <source>No API key and access token are set.</source>
        <translation>No API key and access token are set.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V2Parser</name>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>the page</translation>
    </message>
    <message>
        <source>Invalid click page: %1: %2</source>
        <translation>Invalid click page: %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <source>&quot;results&quot; is not an array</source>
        <translation>&quot;results&quot; is not an array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>a string that is not valid JSON</source>
        <translation>a string that is not valid JSON</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string or a whole number, not %2</source>
        <translation>%1 must be a non-empty string or a whole number, not %2</translation>
    </message>
    <message>
        <source>email_address must be a string, not %1</source>
        <translation>email_address must be a string, not %1</translation>
    </message>
    <message>
        <source>click_date must be a string, not %1</source>
        <translation>click_date must be a string, not %1</translation>
    </message>
    <message>
        <source>click_date &quot;%1&quot; is not an ISO-8601 date</source>
        <translation>click_date &quot;%1&quot; is not an ISO-8601 date</translation>
    </message>
    <message>
        <source>activity_type must be &quot;EMAIL_CLICK&quot;</source>
        <translation>activity_type must be &quot;EMAIL_CLICK&quot;</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>&quot;meta&quot; is not an object</source>
        <translation>&quot;meta&quot; is not an object</translation>
    </message>
    <message>
        <source>&quot;meta.pagination&quot; is not an object</source>
        <translation>&quot;meta.pagination&quot; is not an object</translation>
    </message>
    <message>
        <source>&quot;next_link&quot; is not a string</source>
        <translation>&quot;next_link&quot; is not a string</translation>
    </message>
    <message>
        <source>no &quot;results&quot; array</source>
        <translation>no &quot;results&quot; array</translation>
    </message>
    <message>
        <source>no &quot;meta&quot; object</source>
        <translation>no &quot;meta&quot; object</translation>
    </message>
    <message>
        <source>Invalid response: %1: %2</source>
        <translation>Invalid response: %1: %2</translation>
    </message>
    <message>
        <source>%1 must be a string or a whole number</source>
        <translation>%1 must be a string or a whole number</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 must be a string</translation>
    </message>
    <message>
        <source>%1 must be a date string</source>
        <translation>%1 must be a date string</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 date</source>
        <translation>%1 &quot;%2&quot; is not an ISO-8601 date</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 must be a number</translation>
    </message>
    <message>
        <source>Invalid response: not valid JSON (%1 at byte %2)</source>
        <translation>Invalid response: not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>Invalid response: expected a JSON object</source>
        <translation>Invalid response: expected a JSON object</translation>
    </message>
    <message>
        <source>Invalid response: no &quot;results&quot; array</source>
        <translation>Invalid response: no &quot;results&quot; array</translation>
    </message>
    <message>
        <source>Invalid response: no &quot;meta.pagination&quot; object</source>
        <translation>Invalid response: no &quot;meta.pagination&quot; object</translation>
    </message>
    <message>
        <source>Invalid response: &quot;next_link&quot; is not a string</source>
        <translation>Invalid response: &quot;next_link&quot; is not a string</translation>
    </message>
    <message>
        <source>campaign list</source>
        <translation>campaign list</translation>
    </message>
    <message>
        <source>Invalid response: expected a campaign object</source>
        <translation>Invalid response: expected a campaign object</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>tracking_summary must be an object</source>
        <translation>tracking_summary must be an object</translation>
    </message>
    <message>
        <source>click_through_details must be an array</source>
        <translation>click_through_details must be an array</translation>
    </message>
    <message>
        <source>Invalid response: expected a contact object</source>
        <translation>Invalid response: expected a contact object</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>activity list</source>
        <translation>activity list</translation>
    </message>
    <message>
        <source>the contact lists are not a JSON array</source>
        <translation>the contact lists are not a JSON array</translation>
    </message>
    <message>
        <source>contact lists</source>
        <translation>contact lists</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3AuthText</name>
    <message>
        <source>Your Constant Contact sign-in has expired or was revoked. Sign in again.</source>
        <translation>Your Constant Contact sign-in has expired or was revoked. Sign in again.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3Authenticator</name>
    <message>
        <source>Not signed in to Constant Contact.</source>
        <translation>Not signed in to Constant Contact.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3BackendText</name>
    <message>
        <source>reading campaigns needs the campaign_data scope and the campaign:read privilege</source>
        <translation>reading campaigns needs the campaign_data scope and the campaign:read privilege</translation>
    </message>
    <message>
        <source>reading email reports needs the campaign_data scope and the ui:campaign:metrics privilege</source>
        <translation>reading email reports needs the campaign_data scope and the ui:campaign:metrics privilege</translation>
    </message>
    <message>
        <source>reading contacts needs the contact_data scope and the contacts:read privilege</source>
        <translation>reading contacts needs the contact_data scope and the contacts:read privilege</translation>
    </message>
    <message>
        <source>reading contact reports needs the contact_data scope and the ui:campaign:metrics privilege</source>
        <translation>reading contact reports needs the contact_data scope and the ui:campaign:metrics privilege</translation>
    </message>
    <message>
        <source>Constant Contact refused access (%1): %2. Sign in again to grant the scope, or ask the account owner for a user role with that privilege.</source>
        <translation>Constant Contact refused access (%1): %2. Sign in again to grant the scope, or ask the account owner for a user role with that privilege.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3Parser</name>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>an empty string</translation>
    </message>
    <message>
        <source>a non-empty string or a whole number</source>
        <translation>a non-empty string or a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation>Invalid %1: %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 is %2, not %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 date</source>
        <translation>%1 &quot;%2&quot; is not an ISO-8601 date</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>click page</source>
        <translation>click page</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>the response</translation>
    </message>
    <message>
        <source>email list</source>
        <translation>email list</translation>
    </message>
    <message>
        <source>email campaign</source>
        <translation>email campaign</translation>
    </message>
    <message>
        <source>link report</source>
        <translation>link report</translation>
    </message>
    <message>
        <source>activity stats</source>
        <translation>activity stats</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contact activity page</source>
        <translation>contact activity page</translation>
    </message>
    <message>
        <source>token response</source>
        <translation>token response</translation>
    </message>
    <message>
        <source>contact list page</source>
        <translation>contact list page</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3SignIn</name>
    <message>
        <source>Cannot listen for the sign-in on port %1 (%2). Close the program that uses it, or choose another redirect port that the application has registered.</source>
        <translation>Cannot listen for the sign-in on port %1 (%2). Close the program that uses it, or choose another redirect port that the application has registered.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation>The sign-in was not completed in the browser in time. Try again.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>The request was too large.</translation>
    </message>
    <message>
        <source>The request was not understood.</source>
        <translation>The request was not understood.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>There is nothing here.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in ClickScope started. Start the sign-in again.</source>
        <translation>This answer does not belong to the sign-in ClickScope started. Start the sign-in again.</translation>
    </message>
    <message>
        <source>The sign-in answer did not carry the expected state; it was ignored. Start the sign-in again.</source>
        <translation>The sign-in answer did not carry the expected state; it was ignored. Start the sign-in again.</translation>
    </message>
    <message>
        <source>Access to the Constant Contact account was not allowed.</source>
        <translation>Access to the Constant Contact account was not allowed.</translation>
    </message>
    <message>
        <source>Constant Contact refused the sign-in: %1</source>
        <translation>Constant Contact refused the sign-in: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>You can close this tab.</translation>
    </message>
    <message>
        <source>The answer carried no authorization code.</source>
        <translation>The answer carried no authorization code.</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>The sign-in answer carried no authorization code.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>ClickScope is finishing the sign-in. You can close this tab and return to ClickScope.</source>
        <translation>ClickScope is finishing the sign-in. You can close this tab and return to ClickScope.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3SignInText</name>
    <message>
        <source>Signing in needs the client id of a Constant Contact application. Register one in the Constant Contact developer portal with the PKCE flow and the redirect URI %1, then enter its client id in Preferences (or set CLICKSCOPE_CLIENT_ID).</source>
        <translation>Signing in needs the client id of a Constant Contact application. Register one in the Constant Contact developer portal with the PKCE flow and the redirect URI %1, then enter its client id in Preferences (or set CLICKSCOPE_CLIENT_ID).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h1&gt;Welcome to ClickScope&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Welcome to ClickScope&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation>Explore the Demo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Campaigns&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campaigns&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Search campaigns</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Tracking summary</source>
        <translation>Tracking summary</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sends</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Unsubscribes</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Click rate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links&lt;/b&gt;</source>
        <translation>&lt;b&gt;Links&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Filter clicks by email or contact ID</source>
        <translation>Filter clicks by email or contact ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Only clicks at or after this time</source>
        <translation>Only clicks at or after this time</translation>
    </message>
    <message>
        <source>Show clicks from</source>
        <translation>Show clicks from</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Only clicks before this time</source>
        <translation>Only clicks before this time</translation>
    </message>
    <message>
        <source>Show clicks until</source>
        <translation>Show clicks until</translation>
    </message>
    <message>
        <source>Fetch since</source>
        <translation>Fetch since</translation>
    </message>
    <message>
        <source>Ask the API only for clicks on or after this date (created_since): faster for large campaigns</source>
        <translation>Ask the API only for clicks on or after this date (created_since): faster for large campaigns</translation>
    </message>
    <message>
        <source>Fetch clicks since</source>
        <translation>Fetch clicks since</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the clicks again (F5)</source>
        <translation>Load the clicks again (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Write the clicks that pass the filter to a CSV file</source>
        <translation>Write the clicks that pass the filter to a CSV file</translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG…</source>
        <translation>&amp;Save Chart as PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Choose the language of ClickScope</source>
        <translation>Choose the language of ClickScope</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load the clicks again</source>
        <translation>Load the clicks again</translation>
    </message>
    <message>
        <source>&amp;Filter Clicks</source>
        <translation>&amp;Filter Clicks</translation>
    </message>
    <message>
        <source>Type to filter the clicks by email or contact ID</source>
        <translation>Type to filter the clicks by email or contact ID</translation>
    </message>
    <message>
        <source>Reset Chart &amp;Zoom</source>
        <translation>Reset Chart &amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>Enter the API key and access token</source>
        <translation>Enter the API key and access token</translation>
    </message>
    <message>
        <source>&amp;About ClickScope</source>
        <translation>&amp;About ClickScope</translation>
    </message>
    <message>
        <source>Email or contact ID</source>
        <translation>Email or contact ID</translation>
    </message>
    <message>
        <source>Sign in with Constant Contact</source>
        <translation>Sign in with Constant Contact</translation>
    </message>
    <message>
        <source>Use a v2 API Key…</source>
        <translation>Use a v2 API Key…</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>No account open</translation>
    </message>
    <message>
        <source>&amp;Sign In with Constant Contact…</source>
        <translation>&amp;Sign In with Constant Contact…</translation>
    </message>
    <message>
        <source>Sign in to your Constant Contact account in the browser (API v3)</source>
        <translation>Sign in to your Constant Contact account in the browser (API v3)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>Forget the stored sign-in or credentials of this account</source>
        <translation>Forget the stored sign-in or credentials of this account</translation>
    </message>
    <message>
        <source>Use a v2 API &amp;Key…</source>
        <translation>Use a v2 API &amp;Key…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Who clicked which link in your email campaign, and when.</source>
        <translation>Who clicked which link in your email campaign, and when.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with generated data and open the window against it.</source>
        <translation>Start the built-in sandbox with generated data and open the window against it.</translation>
    </message>
    <message>
        <source>Base URL of the API (default https://api.constantcontact.com).</source>
        <translation>Base URL of the API (default https://api.constantcontact.com).</translation>
    </message>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>The API address %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The demo could not start its built-in sandbox: %1</source>
        <translation>The demo could not start its built-in sandbox: %1</translation>
    </message>
    <message>
        <source>The Constant Contact API to open: v2 or v3 (default: the one used last; v3 for the demo).</source>
        <translation>The Constant Contact API to open: v2 or v3 (default: the one used last; v3 for the demo).</translation>
    </message>
    <message>
        <source>Sign-in server of the v3 API (default https://authz.constantcontact.com/oauth2/default/v1).</source>
        <translation>Sign-in server of the v3 API (default https://authz.constantcontact.com/oauth2/default/v1).</translation>
    </message>
    <message>
        <source>Client id of the Constant Contact application that signs in (v3).</source>
        <translation>Client id of the Constant Contact application that signs in (v3).</translation>
    </message>
    <message>
        <source>--api must be v2 or v3, not %1.</source>
        <translation>--api must be v2 or v3, not %1.</translation>
    </message>
    <message>
        <source>Demo: the built-in sandbox (API %1)</source>
        <translation>Demo: the built-in sandbox (API %1)</translation>
    </message>
    <message>
        <source>Constant Contact API %1 · %2</source>
        <translation>Constant Contact API %1 · %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>With --demo: the sandbox gains N new clicks a minute on its newest campaign, so that Refresh has something to fetch.</source>
        <translation>With --demo: the sandbox gains N new clicks a minute on its newest campaign, so that Refresh has something to fetch.</translation>
    </message>
</context>
</TS>
