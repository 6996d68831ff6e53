<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>writing the output failed</source>
        <translation>die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>writing the output failed: %1</source>
        <translation>die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source> (see clickscope-cli --help)</source>
        <translation> (siehe clickscope-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see clickscope-cli --help)</source>
        <translation>kein Befehl angegeben (siehe clickscope-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see clickscope-cli --help)</source>
        <translation>unbekannter Befehl &quot;%1&quot; (siehe clickscope-cli --help)</translation>
    </message>
    <message>
        <source>%1 needs an id (see clickscope-cli %1 --help)</source>
        <translation>%1 benötigt eine ID (siehe clickscope-cli %1 --help)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an option does not apply to %1 (see clickscope-cli %1 --help)</source>
        <translation>eine Option gilt nicht für %1 (siehe clickscope-cli %1 --help)</translation>
    </message>
    <message>
        <source>--status must be one of SENT, ALL, DRAFT, SCHEDULED, RUNNING</source>
        <translation>--status muss SENT, ALL, DRAFT, SCHEDULED oder RUNNING sein</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl</source>
        <translation>--format muss csv oder jsonl sein</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an ISO-8601 date or time</source>
        <translation>--since &quot;%1&quot; ist keine Datums- oder Zeitangabe nach ISO-8601</translation>
    </message>
    <message>
        <source>--demo and --api-base exclude each other</source>
        <translation>--demo und --api-base schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>CLICKSCOPE_MAX_RPS must be a number, 0 or more</source>
        <translation>CLICKSCOPE_MAX_RPS muss eine Zahl größer oder gleich 0 sein</translation>
    </message>
    <message>
        <source>the built-in sandbox did not start: %1</source>
        <translation>die eingebaute Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>--api-base: %1</source>
        <translation>--api-base: %1</translation>
    </message>
    <message>
        <source>none are saved for %1</source>
        <translation>für %1 sind keine gespeichert</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>no credentials: set CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or save them in ClickScope (Account &gt; Credentials...); %1</source>
        <translation>keine Zugangsdaten: setzen Sie CLICKSCOPE_API_KEY und CLICKSCOPE_ACCESS_TOKEN oder speichern Sie sie in ClickScope (Konto &gt; Zugangsdaten...); %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks, %1 pages, %2 requests/s</source>
        <translation>
            <numerusform>%Ln Klick, %1 Seiten, %2 Anfragen/s</numerusform>
            <numerusform>%Ln Klicks, %1 Seiten, %2 Anfragen/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: clickscope-cli --api v3 login [--no-browser] [--redirect-port N]

Signs in to Constant Contact in the browser (OAuth2 with PKCE) and stores the tokens in the system
keychain. Prints the address to open on standard error and opens the browser unless --no-browser.
  --redirect-port N  the port of the registered redirect URI http://127.0.0.1:N/callback (default 52801)
Waits up to 300 s for the browser. Exit 3 when access is denied, the answer is not the expected one, or the time runs out.
</source>
        <translation>Aufruf: clickscope-cli --api v3 login [--no-browser] [--redirect-port N]

Meldet Sie im Browser bei Constant Contact an (OAuth2 mit PKCE) und speichert die Tokens im Schlüsselbund
des Systems. Gibt die zu öffnende Adresse auf der Standardfehlerausgabe aus und öffnet den Browser, außer bei --no-browser.
  --redirect-port N  der Port der registrierten Redirect-URI http://127.0.0.1:N/callback (Standard 52801)
Wartet bis zu 300 s auf den Browser. Exit-Code 3, wenn der Zugriff verweigert wird, die Antwort nicht die erwartete ist oder die Zeit abläuft.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli [--api v2|v3] logout

Removes this account&apos;s stored credentials (v2 key and token, or v3 tokens) from the system keychain.
</source>
        <translation>Aufruf: clickscope-cli [--api v2|v3] logout

Entfernt die gespeicherten Zugangsdaten dieses Kontos (v2-Schlüssel und -Token oder v3-Tokens) aus dem Schlüsselbund des Systems.
</translation>
    </message>
    <message>
        <source>--api must be v2 or v3</source>
        <translation>--api muss v2 oder v3 sein</translation>
    </message>
    <message>
        <source>login is for --api v3; a v2 account uses an API key and access token (CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or saved in ClickScope)</source>
        <translation>login ist für --api v3 gedacht; ein v2-Konto verwendet einen API-Schlüssel und ein Zugriffstoken (CLICKSCOPE_API_KEY und CLICKSCOPE_ACCESS_TOKEN oder in ClickScope gespeichert)</translation>
    </message>
    <message>
        <source>--status must be one of SENT, ALL, Draft, Scheduled, Executing, Done, Error, Removed</source>
        <translation>--status muss SENT, ALL, Draft, Scheduled, Executing, Done, Error oder Removed sein</translation>
    </message>
    <message>
        <source>--redirect-port must be a port number (1-65535)</source>
        <translation>--redirect-port muss eine Portnummer sein (1-65535)</translation>
    </message>
    <message>
        <source>--auth-base: %1</source>
        <translation>--auth-base: %1</translation>
    </message>
    <message>
        <source>Signed out: no credentials for %1 are stored.</source>
        <translation>Abgemeldet: Für %1 sind keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>the keychain could not be changed (%1)</source>
        <translation>der Schlüsselbund konnte nicht geändert werden (%1)</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in: %1</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>signed in, but the keychain could not store the tokens (%1)</source>
        <translation>angemeldet, aber der Schlüsselbund konnte die Tokens nicht speichern (%1)</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>no sign-in is stored for %1</source>
        <translation>für %1 ist keine Anmeldung gespeichert</translation>
    </message>
    <message>
        <source>not signed in: run clickscope-cli --api v3 login, or set CLICKSCOPE_ACCESS_TOKEN; %1</source>
        <translation>nicht angemeldet: führen Sie clickscope-cli --api v3 login aus oder setzen Sie CLICKSCOPE_ACCESS_TOKEN; %1</translation>
    </message>
    <message>
        <source>contact %1 and its activity are not in the cache yet: run clickscope-cli contact %1 --activity (without --cached) once to store them</source>
        <translation>Kontakt %1 und seine Aktivität sind noch nicht im Cache: führen Sie einmal clickscope-cli contact %1 --activity (ohne --cached) aus, um sie zu speichern</translation>
    </message>
    <message>
        <source>contact %1 is not in the cache yet: run clickscope-cli contact %1 (without --cached) once to store it</source>
        <translation>Kontakt %1 ist noch nicht im Cache: führen Sie einmal clickscope-cli contact %1 (ohne --cached) aus, um ihn zu speichern</translation>
    </message>
    <message>
        <source>the clicks of campaign %1 are not in the cache yet (or their sync never finished): run clickscope-cli sync %1</source>
        <translation>die Klicks der Kampagne %1 sind noch nicht im Cache (oder ihre Synchronisierung wurde nie abgeschlossen): führen Sie clickscope-cli sync %1 aus</translation>
    </message>
    <message numerus="yes">
        <source>campaign %1 (%2 of %3): %Ln clicks, %4 pages, %5 requests/s</source>
        <translation>
            <numerusform>Kampagne %1 (%2 von %3): %Ln Klick, %4 Seiten, %5 Anfragen/s</numerusform>
            <numerusform>Kampagne %1 (%2 von %3): %Ln Klicks, %4 Seiten, %5 Anfragen/s</numerusform>
        </translation>
    </message>
    <message>
        <source>sync stopped: %1.</source>
        <translation>Synchronisierung angehalten: %1.</translation>
    </message>
    <message>
        <source>sync stopped at campaign %1 (%2 of %3 done): %4. What was fetched is kept in the cache; run clickscope-cli sync again to go on from there.</source>
        <translation>Synchronisierung bei Kampagne %1 angehalten (%2 von %3 fertig): %4. Was abgerufen wurde, bleibt im Cache; führen Sie clickscope-cli sync erneut aus, um dort fortzufahren.</translation>
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
        <translation>Aufruf: clickscope-cli [--api v2|v3] [--api-base URL] [--auth-base URL] [--client-id ID] [--demo] COMMAND ...

Liest das Klick-Tracking von Constant Contact (über die v2- oder die v3-API) für Skripte und Sync-Jobs.

Befehle:
  login [--no-browser] [--redirect-port N]                v3: im Browser anmelden; Tokens in den Schlüsselbund
  logout                                                  die gespeicherten Zugangsdaten dieses Kontos entfernen
  campaigns [--status STATUS] [--cached]                  CSV: id,name,status,modified_date
  links CAMPAIGN_ID [--cached]                            CSV: link_id,url,click_count
  clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]
  contact CONTACT_ID [--activity] [--cached]              JSON
  sync [CAMPAIGN_ID...] [--cache-dir DIR]                 den lokalen Cache aktualisieren; CSV-Zusammenfassung

Optionen:
  --api v2|v3      die API (Standard v2 oder CLICKSCOPE_API)
  --api-base URL   Basis-URL der API (Standard https://api.constantcontact.com für v2, https://api.cc.email für v3;
                   unverschlüsseltes http nur zu Loopback)
  --auth-base URL  v3-Anmeldeserver (Standard https://authz.constantcontact.com/oauth2/default/v1)
  --client-id ID   Client-ID der v3-Anwendung (sonst CLICKSCOPE_CLIENT_ID, sonst der Standardwert dieses Builds)
  --demo           die eingebaute Sandbox mit generierten Daten verwenden (kein Konto nötig; beide APIs)
  --cached         campaigns, links, clicks, contact: nur aus dem lokalen Cache antworten; es wird nichts gesendet
                   und es sind keine Zugangsdaten nötig (den Cache mit sync füllen). Ohne diese Option fragen diese
                   Befehle wie bisher direkt die API (contact speichert das Erhaltene zusätzlich im Cache).
  --cache-dir DIR  der Ordner der Caches (sonst CLICKSCOPE_CACHE_DIR, sonst der Ordner, den das Fenster von
                   ClickScope verwendet); eine SQLite-Datei pro Konto, ohne Zugangsdaten
  -h, --help       diese Hilfe; &quot;clickscope-cli COMMAND --help&quot; für einen Befehl
  -v, --version    die Version

v2-Zugangsdaten stammen aus CLICKSCOPE_API_KEY und CLICKSCOPE_ACCESS_TOKEN, wenn beide gesetzt sind, sonst aus dem
Schlüsselbund des Systems (gespeichert von ClickScope: Konto &gt; Zugangsdaten...). v3 verwendet allein CLICKSCOPE_ACCESS_TOKEN,
wenn diese Variable gesetzt ist (wird nie erneuert), sonst die von login gespeicherten Tokens (bei Bedarf erneuert). Geheime
Daten werden nie aus der Befehlszeile übernommen.
CLICKSCOPE_MAX_RPS legt die Anfragerate fest (Standard 4, das API-Limit; 0 = unbegrenzt, nur für lokale Sandboxes).

Exit-Codes: 0 OK, 2 Aufruf, 3 Authentifizierung, 4 nicht gefunden, 5 Tageskontingent erschöpft,
            6 Netzwerk- oder Serverfehler nach Wiederholungen, 7 ungültige Antwort.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli campaigns [--status STATUS] [--cached]

Lists campaigns as CSV with the header id,name,status,modified_date. --status defaults to ALL: every
campaign, drafts and scheduled ones included (v3: all but Removed). v2 statuses: SENT, ALL, DRAFT,
SCHEDULED, RUNNING; v3: SENT (= Done), ALL, Draft, Scheduled, Executing, Done, Error, Removed.
  --cached  the list as the last sync stored it (ALL and SENT), from the local cache; nothing is sent
</source>
        <translation>Aufruf: clickscope-cli campaigns [--status STATUS] [--cached]

Listet die Kampagnen als CSV mit der Kopfzeile id,name,status,modified_date auf. Standard für --status ist ALL: alle
Kampagnen, auch Entwürfe und geplante (v3: alle außer Removed). v2-Status: SENT, ALL, DRAFT,
SCHEDULED, RUNNING; v3: SENT (= Done), ALL, Draft, Scheduled, Executing, Done, Error, Removed.
  --cached  die Liste, wie die letzte Synchronisierung sie gespeichert hat (ALL und SENT), aus dem lokalen Cache; es wird nichts gesendet
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli links CAMPAIGN_ID [--cached]

Lists the campaign&apos;s tracked links (click_through_details) as CSV: link_id,url,click_count.
  --cached  the links as the last sync of the campaign stored them; nothing is sent
</source>
        <translation>Aufruf: clickscope-cli links CAMPAIGN_ID [--cached]

Listet die verfolgten Links der Kampagne (click_through_details) als CSV auf: link_id,url,click_count.
  --cached  die Links, wie die letzte Synchronisierung der Kampagne sie gespeichert hat; es wird nichts gesendet
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
        <translation>Aufruf: clickscope-cli clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]

Schreibt jeden Klick der Kampagne (oder eines Links), neueste zuerst, sobald die Seiten eintreffen (v3: erst die der primären E-Mail, dann die des erneuten Versands).
  --link LINK_ID     nur dieser Link (seine url_uid); Standard: alle Links
  --since ISO8601    nur Klicks ab diesem Zeitpunkt (v2 created_since; v3 beendet den Seitenabruf beim ersten älteren Klick),
                     z. B. 2026-05-01 oder 2026-05-01T12:00:00Z
  --format csv|jsonl CSV mit der Kopfzeile activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date
                     (Standard) oder ein JSON-Objekt pro Zeile mit denselben Feldern (v3 ergänzt device_type)
  --output FILE      atomar in FILE schreiben: bei einem Fehler bleibt keine Datei zurück; Standard: Standardausgabe
  --cached           die Klicks stattdessen aus dem lokalen Cache lesen, neueste zuerst; es wird nichts gesendet (Exit-Code 4,
                     bis eine Synchronisierung der Kampagne einmal abgeschlossen ist); --cache-dir DIR nennt den Ordner der Caches
Ohne --cached kommen die Klicks direkt von der API, und nichts wird im Cache gespeichert. Der Fortschritt wird auf die
Standardfehlerausgabe geschrieben, wenn diese ein Terminal ist.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli contact CONTACT_ID [--activity] [--cached] [--cache-dir DIR]

Prints the contact as JSON; with --activity also its whole tracking activity, newest first.
The contact (and its activity) comes from the API and is also stored in the local cache.
  --cached  print it from the cache, as stored by an earlier contact command; nothing is sent
</source>
        <translation>Aufruf: clickscope-cli contact CONTACT_ID [--activity] [--cached] [--cache-dir DIR]

Gibt den Kontakt als JSON aus; mit --activity auch seine gesamte Tracking-Aktivität, neueste zuerst.
Der Kontakt (und seine Aktivität) kommt von der API und wird zusätzlich im lokalen Cache gespeichert.
  --cached  ihn aus dem Cache ausgeben, wie ihn ein früherer contact-Befehl gespeichert hat; es wird nichts gesendet
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
        <translation>Aufruf: clickscope-cli sync [CAMPAIGN_ID...] [--cache-dir DIR]

Bringt den lokalen Cache des Kontos für die angegebenen Kampagnen auf den neuesten Stand, oder für jede Kampagne mit Status SENT,
wenn keine angegeben ist: die Kampagnenliste, Details und Links jeder Kampagne und alle ihre Klicks. Die erste Synchronisierung
einer Kampagne ruft jeden Klick ab, spätere nur die neuen Klicks. Eine Synchronisierung, die anhält (ein Fehler, das
Tageskontingent, Strg+C), behält, was sie gespeichert hat, und die nächste macht dort weiter, ohne einen Klick zu verlieren oder
doppelt zu speichern.
Schreibt pro synchronisierter Kampagne eine CSV-Zeile auf die Standardausgabe, mit der Kopfzeile
campaign_id,name,new_clicks,clicks,synced_date (clicks: alles, was der Cache jetzt enthält). Der Fortschritt wird auf die
Standardfehlerausgabe geschrieben, wenn diese ein Terminal ist. Hält beim ersten Fehler an: Exit-Code 5, wenn das
Tageskontingent aufgebraucht ist (sync später erneut ausführen), 6, wenn die API nicht erreichbar ist. Den Cache mit --cached
lesen (campaigns, links, clicks).
  --cache-dir DIR  der Ordner der Caches (sonst CLICKSCOPE_CACHE_DIR, sonst der von ClickScope selbst)
</translation>
    </message>
    <message>
        <source>--cache-dir needs a folder</source>
        <translation>--cache-dir benötigt einen Ordner</translation>
    </message>
    <message>
        <source>the cache in %1 cannot be used: %2</source>
        <translation>der Cache in %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>nothing of %1 is in the cache yet (no %2): run clickscope-cli sync first</source>
        <translation>von %1 ist noch nichts im Cache (%2 fehlt): führen Sie zuerst clickscope-cli sync aus</translation>
    </message>
</context>
<context>
    <name>ClickScope::ApiError</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The API rejected the credentials: %1</source>
        <translation>Die API hat die Zugangsdaten abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The daily request quota of this API key is used up; try again tomorrow. (%1)</source>
        <translation>Das tägliche Anfragekontingent dieses API-Schlüssels ist aufgebraucht; versuchen Sie es morgen erneut. (%1)</translation>
    </message>
    <message>
        <source>The API refused a request from ClickScope (HTTP 406). This is a bug in ClickScope; please report it. (%1)</source>
        <translation>Die API hat eine Anfrage von ClickScope abgelehnt (HTTP 406). Dies ist ein Fehler in ClickScope; bitte melden Sie ihn. (%1)</translation>
    </message>
    <message>
        <source>%1. The quota resets at %2 (00:00 UTC).</source>
        <translation>%1. Das Kontingent wird am %2 (00:00 UTC) zurückgesetzt.</translation>
    </message>
    <message>
        <source>Constant Contact did not accept the API key: it is not active, or it is not a valid key. (%1)</source>
        <translation>Constant Contact hat den API-Schlüssel nicht angenommen: Er ist nicht aktiv oder kein gültiger Schlüssel. (%1)</translation>
    </message>
</context>
<context>
    <name>ClickScope::CachingBackend</name>
    <message>
        <source>%1 is not in the cache yet. Open it once with a connection, or sync it (clickscope-cli sync).</source>
        <translation>%1: noch nichts im Cache. Laden Sie die Daten einmal mit bestehender Verbindung oder synchronisieren Sie sie (clickscope-cli sync).</translation>
    </message>
    <message>
        <source>The campaign list</source>
        <translation>Die Kampagnenliste</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>The contact lists</source>
        <translation>Die Kontaktlisten</translation>
    </message>
    <message>
        <source>The activity of contact %1</source>
        <translation>Die Aktivität von Kontakt %1</translation>
    </message>
</context>
<context>
    <name>ClickScope::CachingClickStream</name>
    <message>
        <source>The clicks were loaded, but the cache could not record it: %1</source>
        <translation>Die Klicks wurden geladen, aber der Cache konnte das nicht vermerken: %1</translation>
    </message>
    <message>
        <source>The cache could not store the clicks: %1. The clicks shown so far are kept.</source>
        <translation>Der Cache konnte die Klicks nicht speichern: %1. Die bisher angezeigten Klicks bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ClickScope::CampaignListModel</name>
    <message>
        <source>%1
Sent %2</source>
        <translation>%1
Versendet am %2</translation>
    </message>
    <message>
        <source>%1
Last modified %2</source>
        <translation>%1
Zuletzt geändert am %2</translation>
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
        <translation>Der Cache benötigt den SQLite-Treiber von Qt, der nicht installiert ist (libqt6sql6-sqlite unter Debian).</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>Der Cache %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a ClickScope cache: %2</source>
        <translation>%1 ist kein Cache von ClickScope: %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer ClickScope (schema %2; this one knows %3). It is left as it is.</source>
        <translation>Der Cache %1 wurde von einer neueren Version von ClickScope geschrieben (Schema %2; diese kennt %3). Er bleibt unverändert.</translation>
    </message>
    <message>
        <source>The cache %1 could not be upgraded: %2</source>
        <translation>Der Cache %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickChartView</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>How long each point of the chart is</source>
        <translation>Zeitspanne, die ein Punkt des Diagramms umfasst</translation>
    </message>
    <message>
        <source>Chart bucket size</source>
        <translation>Intervallgröße des Diagramms</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole time range again (drag over the chart to zoom in)</source>
        <translation>Wieder den gesamten Zeitraum anzeigen (zum Vergrößern über das Diagramm ziehen)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clicks over time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klicks im Zeitverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Unique contacts</source>
        <translation>Eindeutige Kontakte</translation>
    </message>
    <message>
        <source>Chart of clicks over time</source>
        <translation>Diagramm der Klicks im Zeitverlauf</translation>
    </message>
    <message>
        <source>No clicks to show</source>
        <translation>Keine Klicks zum Anzeigen</translation>
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
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>Clicks over time</source>
        <translation>Klicks im Zeitverlauf</translation>
    </message>
    <message>
        <source>Share of clicks by time since send</source>
        <translation>Anteil der Klicks nach Zeit seit dem Versand</translation>
    </message>
    <message>
        <source>Clicks per hour, day or week, or the share of all clicks that came within a given time of the send</source>
        <translation>Klicks pro Stunde, Tag oder Woche, oder der Anteil aller Klicks, die innerhalb einer bestimmten Zeit nach dem Versand kamen</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Diagrammansicht</translation>
    </message>
    <message>
        <source>Share of clicks</source>
        <translation>Anteil der Klicks</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>Date format of the chart&apos;s hour ticks (QDateTime format: d day, MMM month name, HH:mm time).</extracomment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of the chart&apos;s day ticks; the second with the year, when the chart spans more than one.
----------
Date format in the chart&apos;s tooltip (QDateTime format).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>w/c %1</source>
        <extracomment>A week&apos;s tick on the chart: the week commencing (starting) on that Monday.</extracomment>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>Time since the send (log scale)</source>
        <translation>Zeit seit dem Versand (logarithmisch)</translation>
    </message>
    <message>
        <source>Time since the first click (log scale)</source>
        <translation>Zeit seit dem ersten Klick (logarithmisch)</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>The origin of the share chart&apos;s time axis: the send, or the first click when the send time is unknown.</extracomment>
        <translation>Versand</translation>
    </message>
    <message>
        <source>First click</source>
        <translation>Erster Klick</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 Wo.</translation>
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
            <numerusform>%Ln Klick</numerusform>
            <numerusform>%Ln Klicks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Within %1 of the send: %2 of the clicks (%3 of %4)</source>
        <translation>Innerhalb von %1 nach dem Versand: %2 der Klicks (%3 von %4)</translation>
    </message>
    <message>
        <source>Within %1 of the first click: %2 of the clicks (%3 of %4)</source>
        <translation>Innerhalb von %1 nach dem ersten Klick: %2 der Klicks (%3 von %4)</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Alle Links</translation>
    </message>
    <message>
        <source>Clicks by hour</source>
        <translation>Klicks pro Stunde</translation>
    </message>
    <message>
        <source>Clicks by week</source>
        <translation>Klicks pro Woche</translation>
    </message>
    <message>
        <source>Clicks by day</source>
        <translation>Klicks pro Tag</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickSession</name>
    <message>
        <source>No account is open.</source>
        <translation>Es ist kein Konto geöffnet.</translation>
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
        <translation>Die API hat für diesen Klick kein Datum geliefert.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Link URL</source>
        <translation>Link-URL</translation>
    </message>
    <message>
        <source>Link ID</source>
        <translation>Link-ID</translation>
    </message>
    <message>
        <source>A click on the resend of this campaign (sent again to contacts who had not opened it)</source>
        <translation>Ein Klick auf den erneuten Versand dieser Kampagne (noch einmal an Kontakte gesendet, die sie nicht geöffnet hatten)</translation>
    </message>
    <message>
        <source>%1 UTC, on the resend of this campaign</source>
        <translation>%1 UTC, auf den erneuten Versand dieser Kampagne</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <extracomment>%1 is the time zone the times are shown in: &quot;UTC&quot; or the system&apos;s zone id (&quot;Europe/Berlin&quot;)</extracomment>
        <translation>Klickzeit (%1)</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickersModel</name>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours (&quot;3 d 4 h&quot;)</extracomment>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A duration in whole days (&quot;3 d&quot;)</extracomment>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes (&quot;2 h 5 min&quot;)</extracomment>
        <translation>%1 Std. %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in whole hours (&quot;2 h&quot;)</extracomment>
        <translation>%1 Std.</translation>
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
        <translation>Der Versandzeitpunkt der Kampagne ist nicht bekannt.</translation>
    </message>
    <message>
        <source>No dated click at or after the campaign&apos;s send time.</source>
        <translation>Kein datierter Klick zum oder nach dem Versandzeitpunkt der Kampagne.</translation>
    </message>
    <message>
        <source>How many different links the contact clicked</source>
        <translation>Wie viele verschiedene Links der Kontakt geklickt hat</translation>
    </message>
    <message>
        <source>From the campaign&apos;s send to the contact&apos;s first click</source>
        <translation>Vom Versand der Kampagne bis zum ersten Klick des Kontakts</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>First click</source>
        <translation>Erster Klick</translation>
    </message>
    <message>
        <source>Last click</source>
        <translation>Letzter Klick</translation>
    </message>
    <message>
        <source>Time to first click</source>
        <translation>Zeit bis zum ersten Klick</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickersView</name>
    <message>
        <source>Contacts who clicked</source>
        <translation>Kontakte, die geklickt haben</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Clicker count</source>
        <translation>Anzahl der Klickenden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save these contacts, with their clicks and times, as a CSV file</source>
        <translation>Diese Kontakte mit ihren Klicks und Zeiten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No clicks loaded</source>
        <translation>Keine Klicks geladen</translation>
    </message>
    <message>
        <source>No contact matches the filter</source>
        <translation>Kein Kontakt passt zum Filter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The clickers tab&apos;s summary; %1 is &quot;N contacts clicked&quot;, %2 is &quot;M clicks&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts clicked</source>
        <translation>
            <numerusform>%Ln Kontakt hat geklickt</numerusform>
            <numerusform>%Ln Kontakte haben geklickt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks</source>
        <translation>
            <numerusform>%Ln Klick</numerusform>
            <numerusform>%Ln Klicks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickScope::ContactDialog</name>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Contact %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kontakt %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Loading the contact…</source>
        <translation>Kontakt wird geladen…</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>Aktivität wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Details&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clicks in the loaded data&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Klicks in den geladenen Daten&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;All activity&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Alle Aktivitäten&lt;/b&gt;, neueste zuerst</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No activity.</source>
        <translation>Keine Aktivität.</translation>
    </message>
    <message>
        <source>This contact no longer exists in the account.</source>
        <translation>Dieser Kontakt existiert im Konto nicht mehr.</translation>
    </message>
    <message>
        <source>The activity could not be loaded completely: %1</source>
        <translation>Die Aktivität konnte nicht vollständig geladen werden: %1</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>This contact&apos;s clicks in the loaded data</source>
        <translation>Klicks dieses Kontakts in den geladenen Daten</translation>
    </message>
    <message>
        <source>All activity of this contact, newest first</source>
        <translation>Alle Aktivitäten dieses Kontakts, neueste zuerst</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <translation>Klickzeit (%1)</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Wann (%1)</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>E-Mail-Status</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Subscribed, not confirmed yet</source>
        <translation>Abonniert, noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Removed from the account</source>
        <translation>Aus dem Konto entfernt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Not a subscriber</source>
        <translation>Kein Abonnent</translation>
    </message>
    <message>
        <source>Visitor, not subscribed</source>
        <translation>Besucher, nicht abonniert</translation>
    </message>
    <message>
        <source>Subscribed (gave permission)</source>
        <translation>Abonniert (Einwilligung erteilt)</translation>
    </message>
    <message>
        <source>Subscribed (implied permission)</source>
        <translation>Abonniert (stillschweigende Einwilligung)</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>No permission given</source>
        <translation>Keine Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Sonstiges (%1)</translation>
    </message>
    <message>
        <source>Was sent the email</source>
        <translation>Hat die E-Mail erhalten</translation>
    </message>
    <message>
        <source>Opened the email</source>
        <translation>Hat die E-Mail geöffnet</translation>
    </message>
    <message>
        <source>Clicked a link</source>
        <translation>Hat einen Link geklickt</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>E-Mail unzustellbar</translation>
    </message>
    <message>
        <source>Forwarded the email</source>
        <translation>Hat die E-Mail weitergeleitet</translation>
    </message>
    <message>
        <source>by the contact</source>
        <translation>durch den Kontakt</translation>
    </message>
    <message>
        <source>by the account owner</source>
        <translation>durch den Kontoinhaber</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
</context>
<context>
    <name>ClickScope::CredentialStore</name>
    <message>
        <source>the system keyring has no default collection, or it is locked. Open your keyring manager (for example &quot;Passwords and Keys&quot;), create or unlock the default keyring, then try again</source>
        <translation>der Schlüsselbund des Systems hat keine Standardsammlung oder ist gesperrt. Öffnen Sie Ihre Schlüsselbundverwaltung (zum Beispiel „Passwörter und Schlüssel“), legen Sie den Standardschlüsselbund an oder entsperren Sie ihn, und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>no system keyring answered. Install and start one (for example GNOME Keyring or KWallet), then try again</source>
        <translation>kein Schlüsselbund des Systems hat geantwortet. Installieren und starten Sie einen (zum Beispiel GNOME Keyring oder KWallet), und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>access to the system keyring was denied</source>
        <translation>der Zugriff auf den Schlüsselbund des Systems wurde verweigert</translation>
    </message>
</context>
<context>
    <name>ClickScope::CredentialsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Forget Credentials</source>
        <translation>Zugangsdaten &amp;entfernen</translation>
    </message>
    <message>
        <source>Constant Contact Credentials</source>
        <translation>Zugangsdaten für Constant Contact</translation>
    </message>
    <message>
        <source>ClickScope needs an existing Constant Contact &lt;b&gt;v2&lt;/b&gt; API key and an access token for your account. They are kept in your system&apos;s keychain and nowhere else.</source>
        <translation>ClickScope benötigt einen vorhandenen &lt;b&gt;v2&lt;/b&gt;-API-Schlüssel von Constant Contact und ein Zugriffstoken für Ihr Konto. Beide werden im Schlüsselbund Ihres Systems gespeichert und nirgendwo sonst.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation>Zugriffstoken ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>There is no keychain on this system that ClickScope can use (%1), so the credentials cannot be stored. Use them for this session only? They will not be written anywhere.</source>
        <translation>Auf diesem System gibt es keinen Schlüsselbund, den ClickScope verwenden kann (%1), daher können die Zugangsdaten nicht gespeichert werden. Nur für diese Sitzung verwenden? Sie werden nirgendwo abgelegt.</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>Die Zugangsdaten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The credentials were removed from the keychain.</source>
        <translation>Die Zugangsdaten wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The credentials could not be removed: %1</source>
        <translation>Die Zugangsdaten konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Enter both the API key and the access token.</source>
        <translation>Geben Sie sowohl den API-Schlüssel als auch das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>✔ Connected: the API accepted these credentials.</source>
        <translation>✔ Verbunden: Die API hat diese Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Wird aus dem Schlüsselbund entfernt…</translation>
    </message>
</context>
<context>
    <name>ClickScope::CsvExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <extracomment>A column of the spreadsheet export; %1 is the time zone (&quot;UTC&quot; or &quot;Europe/Berlin&quot;)</extracomment>
        <translation>Klickzeit (%1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Link URL</source>
        <translation>Link-URL</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <source>Link ID</source>
        <translation>Link-ID</translation>
    </message>
</context>
<context>
    <name>ClickScope::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No credentials are set.</source>
        <translation>Es sind keine Zugangsdaten festgelegt.</translation>
    </message>
    <message>
        <source>The daily request limit of this API key is reached; ClickScope stops here to keep the key in good standing.</source>
        <translation>Das tägliche Anfragelimit dieses API-Schlüssels ist erreicht; ClickScope hält hier an, damit der Schlüssel nicht gefährdet wird.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zum Server.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified; ClickScope does not connect to it.</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht überprüft werden; ClickScope stellt keine Verbindung zu ihm her.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved.</source>
        <translation>Der Name des Servers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The network request failed (error %1).</source>
        <translation>Die Netzwerkanfrage ist fehlgeschlagen (Fehler %1).</translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>Die API-Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API address must not carry user names, queries or fragments.</source>
        <translation>Die API-Adresse darf keine Benutzernamen, Abfragen oder Fragmente enthalten.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for %1.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer (Loopback) erlaubt; verwenden Sie https für %1.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The server sent a next page link that is not on the API&apos;s own address; it was not followed, and loading stopped.</source>
        <translation>Der Server hat einen Link zur nächsten Seite gesendet, der nicht auf der Adresse der API liegt; er wurde nicht verfolgt und das Laden wurde angehalten.</translation>
    </message>
    <message>
        <source>The server sent the same next page link twice; loading stopped to avoid an endless loop.</source>
        <translation>Der Server hat denselben Link zur nächsten Seite zweimal gesendet; das Laden wurde angehalten, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1 (HTTP %2). ClickScope does not follow redirects: the credentials go to the API&apos;s own address only.</source>
        <translation>Der Server hat die Anfrage nach %1 umgeleitet (HTTP %2). ClickScope folgt keinen Umleitungen: Die Zugangsdaten gehen nur an die eigene Adresse der API.</translation>
    </message>
</context>
<context>
    <name>ClickScope::LinkListModel</name>
    <message>
        <source>All links</source>
        <translation>Alle Links</translation>
    </message>
    <message>
        <source>Every click of the campaign, on any link</source>
        <translation>Alle Klicks der Kampagne, auf beliebige Links</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>%1
Link ID %2</source>
        <translation>%1
Link-ID %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks (a contact clicking twice counts twice)</source>
        <translation>
            <numerusform>%Ln Klick (ein Kontakt, der zweimal klickt, zählt doppelt)</numerusform>
            <numerusform>%Ln Klicks (ein Kontakt, der zweimal klickt, zählt doppelt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks: known once the campaign&apos;s clicks are loaded</source>
        <translation>Klicks: bekannt, sobald die Klicks der Kampagne geladen sind</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clickers (contacts who clicked, each once)</source>
        <translation>
            <numerusform>%Ln Klickender (Kontakte, die geklickt haben, jeder einmal)</numerusform>
            <numerusform>%Ln Klickende (Kontakte, die geklickt haben, jeder einmal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clickers: known once the campaign&apos;s clicks are loaded</source>
        <translation>Klickende: bekannt, sobald die Klicks der Kampagne geladen sind</translation>
    </message>
    <message>
        <source>Clickers</source>
        <translation>Klickende</translation>
    </message>
    <message>
        <source>Every click: a contact clicking twice counts twice</source>
        <translation>Jeder Klick: ein Kontakt, der zweimal klickt, zählt doppelt</translation>
    </message>
    <message>
        <source>Contacts who clicked, each counted once</source>
        <translation>Kontakte, die geklickt haben, jeder einmal gezählt</translation>
    </message>
</context>
<context>
    <name>ClickScope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Requests per second to the API (the v2 API allows 4)</source>
        <translation>Anfragen pro Sekunde an die API (die v2-API erlaubt 4)</translation>
    </message>
    <message>
        <source>Stop loading; the clicks loaded so far stay (Esc)</source>
        <translation>Laden anhalten; die bisher geladenen Klicks bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <source>Click count</source>
        <translation>Anzahl Klicks</translation>
    </message>
    <message>
        <source>Export Clicks as CSV</source>
        <translation>Klicks als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %p%</source>
        <translation>Export: %p%</translation>
    </message>
    <message>
        <source>The export failed and no file was written. %1</source>
        <translation>Der Export ist fehlgeschlagen; es wurde keine Datei geschrieben. %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Kampagnen werden geladen…</translation>
    </message>
    <message>
        <source>The campaigns could not be loaded.</source>
        <translation>Die Kampagnen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This account has no sent campaigns yet.</source>
        <translation>Dieses Konto hat noch keine versendeten Kampagnen.</translation>
    </message>
    <message>
        <source>Opening the campaign…</source>
        <translation>Kampagne wird geöffnet…</translation>
    </message>
    <message>
        <source>The campaign could not be opened.</source>
        <translation>Die Kampagne konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This campaign has no tracked links.</source>
        <translation>Diese Kampagne hat keine verfolgten Links.</translation>
    </message>
    <message>
        <source>Loading clicks…</source>
        <translation>Klicks werden geladen…</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>Loading the clicks stopped.</source>
        <translation>Das Laden der Klicks wurde angehalten.</translation>
    </message>
    <message>
        <source>Enter Credentials…</source>
        <translation>Zugangsdaten eingeben…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No clicks loaded</source>
        <translation>Keine Klicks geladen</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm unter %1 gespeichert</translation>
    </message>
    <message>
        <source>ClickScope will use the new language the next time it starts.</source>
        <translation>ClickScope verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>About ClickScope</source>
        <translation>Über ClickScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClickScope %1&lt;/h3&gt;&lt;p&gt;Who clicked which link in your email campaign, and when.&lt;/p&gt;&lt;p&gt;Reads the Constant Contact v2 click tracking API.&lt;/p&gt;&lt;p&gt;License: %2 (GNU General Public License, version 3 or later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClickScope %1&lt;/h3&gt;&lt;p&gt;Wer wann auf welchen Link in Ihrer E-Mail-Kampagne geklickt hat.&lt;/p&gt;&lt;p&gt;Liest die Klick-Tracking-API von Constant Contact v2.&lt;/p&gt;&lt;p&gt;Lizenz: %2 (GNU General Public License, Version 3 oder später).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clicks to %1</source>
        <translation>
            <numerusform>%Ln Klick nach %1 exportiert</numerusform>
            <numerusform>%Ln Klicks nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks</source>
        <translation>
            <numerusform>%Ln Klick</numerusform>
            <numerusform>%Ln Klicks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The %Ln clicks loaded before the error are shown.</source>
        <translation>
            <numerusform> %Ln vor dem Fehler geladener Klick wird angezeigt.</numerusform>
            <numerusform> %Ln vor dem Fehler geladene Klicks werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %Ln clicks.</source>
        <translation>
            <numerusform>Laden nach %Ln Klick angehalten.</numerusform>
            <numerusform>Laden nach %Ln Klicks angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln clicks</source>
        <translation>
            <numerusform>%1 von %Ln Klick</numerusform>
            <numerusform>%1 von %Ln Klicks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>clicks-%1.csv</source>
        <extracomment>The suggested file name of a CSV export; %1 is the campaign&apos;s id. Lower case, no spaces.</extracomment>
        <translation>klicks-%1.csv</translation>
    </message>
    <message>
        <source>clicks.png</source>
        <extracomment>The suggested file name of a saved chart. Lower case, no spaces.</extracomment>
        <translation>klicks.png</translation>
    </message>
    <message>
        <source>Type to filter the clicks by email or contact ID (%1)</source>
        <translation>Tippen Sie, um die Klicks nach E-Mail oder Kontakt-ID zu filtern (%1)</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>&lt;p&gt;ClickScope shows who clicked which link in your Constant Contact email campaigns, and when.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sign in with Constant Contact&lt;/b&gt; in your browser to open your account. If you still have a &lt;b&gt;v2 API key&lt;/b&gt; and access token, you can use those instead.&lt;/p&gt;&lt;p&gt;No account at hand? Explore the demo: generated campaigns and clicks from a built-in sandbox.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ClickScope zeigt, wer in Ihren Constant-Contact-E-Mail-Kampagnen welchen Link angeklickt hat, und wann.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Melden Sie sich im Browser bei Constant Contact an&lt;/b&gt;, um Ihr Konto zu öffnen. Wenn Sie noch einen &lt;b&gt;v2-API-Schlüssel&lt;/b&gt; und ein Zugriffstoken haben, können Sie stattdessen diese verwenden.&lt;/p&gt;&lt;p&gt;Kein Konto zur Hand? Erkunden Sie die Demo: erzeugte Kampagnen und Klicks aus einer eingebauten Sandbox.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; ClickScope continues when Constant Contact answers.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab; ClickScope macht weiter, sobald Constant Contact antwortet.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks in %1 s (%2).</source>
        <translation>
            <numerusform>%Ln Klick in %1 s geladen (%2).</numerusform>
            <numerusform>%Ln Klicks in %1 s geladen (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>ClickScope could not open a browser. Open this address in one to sign in: %1</source>
        <translation>ClickScope konnte keinen Browser öffnen. Öffnen Sie diese Adresse in einem Browser, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Show Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC anzeigen</translation>
    </message>
    <message>
        <source>Show click times in UTC instead of this computer&apos;s time zone</source>
        <translation>Klickzeiten in UTC statt in der Zeitzone dieses Computers anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>Versendete E-Mails</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Emails that could not be delivered</source>
        <translation>E-Mails, die nicht zugestellt werden konnten</translation>
    </message>
    <message>
        <source>Openers</source>
        <translation>Öffnende</translation>
    </message>
    <message>
        <source>Contacts who opened the email, each counted once</source>
        <translation>Kontakte, die die E-Mail geöffnet haben, jeder einmal gezählt</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>Openers ÷ (sends − bounces)</source>
        <translation>Öffnende ÷ (versendet − unzustellbar)</translation>
    </message>
    <message>
        <source>Clickers</source>
        <translation>Klickende</translation>
    </message>
    <message>
        <source>Contacts who clicked a link, each counted once (the API&apos;s unique clicks)</source>
        <translation>Kontakte, die einen Link geklickt haben, jeder einmal gezählt (die eindeutigen Klicks der API)</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Clickers ÷ (sends − bounces)</source>
        <translation>Klickende ÷ (versendet − unzustellbar)</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Every click on any link; a contact clicking twice counts twice</source>
        <translation>Jeder Klick auf einen beliebigen Link; ein Kontakt, der zweimal klickt, zählt doppelt</translation>
    </message>
    <message>
        <source>Click-to-open</source>
        <translation>Klicks pro Öffnung</translation>
    </message>
    <message>
        <source>Clickers ÷ openers</source>
        <translation>Klickende ÷ Öffnende</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Contacts who unsubscribed through this email</source>
        <translation>Kontakte, die sich über diese E-Mail abgemeldet haben</translation>
    </message>
    <message>
        <source>Open the contact of the selected click</source>
        <translation>Den Kontakt des gewählten Klicks öffnen</translation>
    </message>
    <message>
        <source>Copy the selected clicks</source>
        <translation>Die gewählten Klicks kopieren</translation>
    </message>
    <message>
        <source>Stop loading, or clear the filter when it has the focus</source>
        <translation>Laden anhalten oder, wenn der Filter den Fokus hat, ihn leeren</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who clicked which link, and when&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick a campaign&lt;/b&gt; on the left (type in &lt;i&gt;Search campaigns&lt;/i&gt; to narrow the list). Its numbers appear below it: &lt;i&gt;clickers&lt;/i&gt; are contacts who clicked, each counted once; &lt;i&gt;clicks&lt;/i&gt; counts every click.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pick a link&lt;/b&gt;, or &lt;i&gt;All links&lt;/i&gt;. Its clicks load into the table and the chart; Esc stops loading and &lt;i&gt;Continue&lt;/i&gt; goes on.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Narrow down&lt;/b&gt;: type an email or contact ID in the filter, tick From or To, or drag across the chart to zoom. The footer counts what is shown.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Look closer&lt;/b&gt;: double-click a click for the contact&apos;s whole history; the &lt;i&gt;Clickers&lt;/i&gt; tab lists your most engaged readers.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Take it along&lt;/b&gt;: File → Export saves what is shown as CSV.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;i&gt;Refresh&lt;/i&gt; (F5) adds new clicks to what is loaded; it never throws loaded clicks away.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wer hat welchen Link geklickt, und wann&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Wählen Sie eine Kampagne&lt;/b&gt; links (tippen Sie in &lt;i&gt;Kampagnen suchen&lt;/i&gt;, um die Liste einzugrenzen). Ihre Zahlen erscheinen darunter: &lt;i&gt;Klickende&lt;/i&gt; sind Kontakte, die geklickt haben, jeder einmal gezählt; &lt;i&gt;Klicks&lt;/i&gt; zählt jeden Klick.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Wählen Sie einen Link&lt;/b&gt; oder &lt;i&gt;Alle Links&lt;/i&gt;. Seine Klicks werden in Tabelle und Diagramm geladen; Esc hält das Laden an und &lt;i&gt;Fortsetzen&lt;/i&gt; macht weiter.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Grenzen Sie ein&lt;/b&gt;: Tippen Sie eine E-Mail-Adresse oder Kontakt-ID in den Filter, setzen Sie Von oder Bis, oder ziehen Sie über das Diagramm, um zu zoomen. Die Fußzeile zählt, was angezeigt wird.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sehen Sie genauer hin&lt;/b&gt;: Ein Doppelklick auf einen Klick zeigt den ganzen Verlauf des Kontakts; der Reiter &lt;i&gt;Klickende&lt;/i&gt; listet Ihre engagiertesten Leser.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nehmen Sie es mit&lt;/b&gt;: Datei → Exportieren speichert das Angezeigte als CSV.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;i&gt;Aktualisieren&lt;/i&gt; (F5) fügt neue Klicks zu den geladenen hinzu; geladene Klicks wirft es nie weg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every click on any link: known once all links&apos; clicks are loaded</source>
        <translation>Jeder Klick auf einen beliebigen Link: bekannt, sobald die Klicks aller Links geladen sind</translation>
    </message>
    <message>
        <source>No new clicks (%1).</source>
        <translation>Keine neuen Klicks (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln clicks in %1 s (%2).</source>
        <translation>
            <numerusform>%Ln Klick in %1 s hinzugefügt (%2).</numerusform>
            <numerusform>%Ln Klicks in %1 s hinzugefügt (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %1 of about %Ln clicks are loaded.</source>
        <translation>
            <numerusform>Laden angehalten: %1 von etwa %Ln Klick sind geladen.</numerusform>
            <numerusform>Laden angehalten: %1 von etwa %Ln Klicks sind geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %Ln clicks are loaded, more exist.</source>
        <translation>
            <numerusform>Laden angehalten: %Ln Klick ist geladen, es gibt mehr.</numerusform>
            <numerusform>Laden angehalten: %Ln Klicks sind geladen, es gibt mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table, the chart and the counts show only these.</source>
        <translation>Tabelle, Diagramm und Zählungen zeigen nur diese.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Loading stopped before the end: more clicks exist than are loaded (Refresh goes on)</source>
        <translation>Das Laden wurde vor dem Ende angehalten: Es gibt mehr Klicks als geladen sind (Aktualisieren setzt fort)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The system keychain is not available: %1. Credentials you enter can be used for this session only.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Der Schlüsselbund des Systems ist nicht verfügbar: %1. Zugangsdaten, die Sie eingeben, gelten nur für diese Sitzung.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Contacts who clicked a link, each counted once, from the loaded clicks (the API reports %1: it counts a contact once per send)</source>
        <translation>Kontakte, die einen Link geklickt haben, jeder einmal gezählt, aus den geladenen Klicks (die API meldet %1: sie zählt einen Kontakt einmal pro Versand)</translation>
    </message>
    <message>
        <source>chart zoom</source>
        <translation>Diagrammzoom</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Every click, newest first</source>
        <translation>Jeder Klick, neueste zuerst</translation>
    </message>
    <message>
        <source>One row per contact who clicked: your most engaged readers</source>
        <translation>Eine Zeile pro Kontakt, der geklickt hat: Ihre engagiertesten Leser</translation>
    </message>
    <message>
        <source>clickers-%1.csv</source>
        <extracomment>The suggested file name of the clickers export; %1 is the campaign&apos;s id. Lower case, no spaces.</extracomment>
        <translation>klickende-%1.csv</translation>
    </message>
    <message>
        <source>Export Clickers as CSV</source>
        <translation>Klickende als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clickers to %1</source>
        <translation>
            <numerusform>%Ln Klickender nach %1 exportiert</numerusform>
            <numerusform>%Ln Klickende nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks and clickers</source>
        <translation>Klicks und Klickende</translation>
    </message>
    <message>
        <source>Export for &amp;Spreadsheet…</source>
        <translation>Für &amp;Tabellenkalkulation exportieren…</translation>
    </message>
    <message>
        <source>Write the clicks that pass the filter for Excel or LibreOffice: campaign and link names, times as shown, UTF-8 that Excel reads correctly</source>
        <translation>Die Klicks, die den Filter passieren, für Excel oder LibreOffice schreiben: Kampagnen- und Linknamen, Zeiten wie angezeigt, UTF-8, das Excel richtig liest</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>klicks</translation>
    </message>
    <message>
        <source>Export Clicks for a Spreadsheet</source>
        <translation>Klicks für eine Tabellenkalkulation exportieren</translation>
    </message>
    <message>
        <source>Reload from &amp;Server</source>
        <translation>Vom &amp;Server neu laden</translation>
    </message>
    <message>
        <source>Forget the cached clicks of this campaign and load all of them from Constant Contact again</source>
        <translation>Die Klicks dieser Kampagne im Cache verwerfen und alle erneut von Constant Contact laden</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Constant Contact could not be reached at %1. What is shown comes from the local cache; Refresh tries again.</source>
        <translation>Constant Contact war am %1 nicht erreichbar. Die angezeigten Daten stammen aus dem lokalen Cache; Aktualisieren versucht es erneut.</translation>
    </message>
    <message>
        <source>ClickScope works without its local cache this time: %1</source>
        <translation>ClickScope arbeitet diesmal ohne seinen lokalen Cache: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks from the cache; none is new (%1).</source>
        <translation>
            <numerusform>%Ln Klick aus dem Cache geladen; keiner ist neu (%1).</numerusform>
            <numerusform>%Ln Klicks aus dem Cache geladen; keiner ist neu (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks from the cache and %1 new from Constant Contact (%2).</source>
        <translation>
            <numerusform>%Ln Klick aus dem Cache geladen, neu von Constant Contact: %1 (%2).</numerusform>
            <numerusform>%Ln Klicks aus dem Cache geladen, neu von Constant Contact: %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source> They were complete at %1.</source>
        <translation> Sie waren am %1 vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %Ln clicks from the cache.</source>
        <translation>
            <numerusform>Offline: %Ln Klick aus dem Cache.</numerusform>
            <numerusform>Offline: %Ln Klicks aus dem Cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Every click up to %1 is loaded (kept in the local cache; Refresh asks for newer ones)</source>
        <translation>Alle Klicks bis %1 sind geladen (im lokalen Cache gespeichert; Aktualisieren fragt nach neueren)</translation>
    </message>
    <message>
        <source>The cache of this account is cleared. The clicks shown stay until the next load, which asks Constant Contact for all of them.</source>
        <translation>Der Cache dieses Kontos ist geleert. Die angezeigten Klicks bleiben bis zum nächsten Laden, das alle erneut bei Constant Contact anfordert.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: Constant Contact cannot be reached. Showing the %Ln clicks in the cache.</source>
        <translation>
            <numerusform>Offline: Constant Contact ist nicht erreichbar. Angezeigt wird der %Ln Klick aus dem Cache.</numerusform>
            <numerusform>Offline: Constant Contact ist nicht erreichbar. Angezeigt werden die %Ln Klicks aus dem Cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln loaded clicks passes the filter: the text, the From and To dates or the chart zoom. Clear them to see the clicks.</source>
        <translation>
            <numerusform>%Ln geladener Klick passt nicht zum Filter: dem Text, den Daten Von und Bis oder dem Diagramm-Zoom. Heben Sie sie auf, um die Klicks zu sehen.</numerusform>
            <numerusform>Keiner der %Ln geladenen Klicks passt zum Filter: dem Text, den Daten Von und Bis oder dem Diagramm-Zoom. Heben Sie sie auf, um die Klicks zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickScope::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ClickScope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>A new language is used the next time ClickScope starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von ClickScope verwendet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of ClickScope&apos;s windows and messages</source>
        <translation>Die Sprache der Fenster und Meldungen von ClickScope</translation>
    </message>
    <message>
        <source>Constant Contact client id</source>
        <translation>Constant-Contact-Client-ID</translation>
    </message>
    <message>
        <source>From your application in the Constant Contact developer portal</source>
        <translation>Aus Ihrer Anwendung im Constant-Contact-Entwicklerportal</translation>
    </message>
    <message>
        <source>Sign in uses this application (OAuth2 with PKCE; no client secret). Its redirect URI must be http://127.0.0.1:52801/callback.</source>
        <translation>Die Anmeldung verwendet diese Anwendung (OAuth2 mit PKCE; kein Client-Secret). Ihre Redirect-URI muss http://127.0.0.1:52801/callback sein.</translation>
    </message>
    <message>
        <source>&amp;Client id (v3):</source>
        <translation>&amp;Client-ID (v3):</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <source>No cached data yet.</source>
        <translation>Noch keine Daten im Cache.</translation>
    </message>
    <message>
        <source>Clear &amp;This Account</source>
        <translation>Dieses &amp;Konto leeren</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>&amp;Alle leeren</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <source>Change the cache folder</source>
        <translation>Cache-Ordner ändern</translation>
    </message>
    <message>
        <source>Choose another folder for the cached data</source>
        <translation>Einen anderen Ordner für die Daten im Cache wählen</translation>
    </message>
    <message>
        <source>Use the default cache folder</source>
        <translation>Den Standardordner für den Cache verwenden</translation>
    </message>
    <message>
        <source>A new folder is used the next time an account is opened. The files in the old folder stay where they are.</source>
        <translation>Ein neuer Ordner gilt ab dem nächsten Öffnen eines Kontos. Die Dateien im alten Ordner bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Cached accounts and their size on disk</source>
        <translation>Konten im Cache und ihre Größe auf dem Datenträger</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Clear the cache of this account</source>
        <translation>Den Cache dieses Kontos leeren</translation>
    </message>
    <message>
        <source>Clear every cache in this folder</source>
        <translation>Alle Caches in diesem Ordner leeren</translation>
    </message>
    <message>
        <source>Clears the cached data of every account in this folder</source>
        <translation>Leert den Cache aller Konten in diesem Ordner</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cache &amp;folder:</source>
        <translation>Cache-&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Size on disk:</source>
        <translation>&amp;Größe auf Datenträger:</translation>
    </message>
    <message>
        <source>The default folder is in use</source>
        <translation>Der Standardordner wird bereits verwendet</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Choose the Cache Folder</source>
        <translation>Cache-Ordner wählen</translation>
    </message>
    <message>
        <source>Folder Not Writable</source>
        <translation>Ordner nicht beschreibbar</translation>
    </message>
    <message>
        <source>ClickScope cannot write in %1. Choose a folder of your own.</source>
        <translation>ClickScope kann nicht in %1 schreiben. Wählen Sie einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <extracomment>A row of the cache list in Preferences: the account that the window has open.</extracomment>
        <translation>%1 (geöffnet)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Nothing is cached in this folder</source>
        <translation>In diesem Ordner ist nichts im Cache</translation>
    </message>
    <message>
        <source>Nothing is cached for %1 yet</source>
        <translation>Für %1 ist noch nichts im Cache</translation>
    </message>
    <message>
        <source>Clears the cached data of %1</source>
        <translation>Leert den Cache von %1</translation>
    </message>
    <message>
        <source>The cached campaigns, clicks and contacts of %1 are removed from this computer; they are loaded again from Constant Contact when next opened.

Your sign-in and settings stay.</source>
        <translation>Die Kampagnen, Klicks und Kontakte im Cache werden für %1 von diesem Computer entfernt; beim nächsten Öffnen werden sie erneut von Constant Contact geladen.

Ihre Anmeldung und Ihre Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Clear the Cache of This Account?</source>
        <translation>Cache dieses Kontos leeren?</translation>
    </message>
    <message>
        <source>every account (%1)</source>
        <extracomment>%1 names the accounts: &quot;v2 · api.constantcontact.com and v3 · api.cc.email&quot;.</extracomment>
        <translation>alle Konten (%1)</translation>
    </message>
    <message>
        <source>Clear Every Cache?</source>
        <translation>Alle Caches leeren?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an account (&quot;v2 · api.constantcontact.com&quot;), %2 the reason.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cache Not Cleared</source>
        <translation>Cache nicht geleert</translation>
    </message>
    <message>
        <source>Some cached data could not be cleared; it stays until it can be. ClickScope keeps working.

%1</source>
        <translation>Einige Daten im Cache konnten nicht gelöscht werden; sie bleiben, bis das möglich ist. ClickScope arbeitet normal weiter.

%1</translation>
    </message>
    <message>
        <source>No signed-in account is open (the demo keeps its cache in a temporary folder that goes when ClickScope closes)</source>
        <translation>Kein angemeldetes Konto ist geöffnet (die Demo hält ihren Cache in einem temporären Ordner, der beim Schließen von ClickScope gelöscht wird)</translation>
    </message>
</context>
<context>
    <name>ClickScope::V2KeyAuthenticator</name>
    <message>
        <source>No API key and access token are set.</source>
        <translation>Es sind weder API-Schlüssel noch Zugriffstoken festgelegt.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V2Parser</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>die Seite</translation>
    </message>
    <message>
        <source>Invalid click page: %1: %2</source>
        <translation>Ungültige Klickseite: %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>&quot;results&quot; is not an array</source>
        <translation>&quot;results&quot; ist kein Array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>a string that is not valid JSON</source>
        <translation>eine Zeichenkette, die kein gültiges JSON ist</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string or a whole number, not %2</source>
        <translation>%1 muss eine nicht leere Zeichenkette oder eine ganze Zahl sein, ist aber %2</translation>
    </message>
    <message>
        <source>email_address must be a string, not %1</source>
        <translation>email_address muss eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>click_date must be a string, not %1</source>
        <translation>click_date muss eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>click_date &quot;%1&quot; is not an ISO-8601 date</source>
        <translation>click_date &quot;%1&quot; ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <source>activity_type must be &quot;EMAIL_CLICK&quot;</source>
        <translation>activity_type muss &quot;EMAIL_CLICK&quot; sein</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>&quot;meta&quot; is not an object</source>
        <translation>&quot;meta&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;meta.pagination&quot; is not an object</source>
        <translation>&quot;meta.pagination&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;next_link&quot; is not a string</source>
        <translation>&quot;next_link&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>no &quot;results&quot; array</source>
        <translation>kein &quot;results&quot;-Array</translation>
    </message>
    <message>
        <source>no &quot;meta&quot; object</source>
        <translation>kein &quot;meta&quot;-Objekt</translation>
    </message>
    <message>
        <source>Invalid response: %1: %2</source>
        <translation>Ungültige Antwort: %1: %2</translation>
    </message>
    <message>
        <source>%1 must be a string or a whole number</source>
        <translation>%1 muss eine Zeichenkette oder eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 must be a date string</source>
        <translation>%1 muss eine Datumszeichenkette sein</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 date</source>
        <translation>%1 &quot;%2&quot; ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Invalid response: not valid JSON (%1 at byte %2)</source>
        <translation>Ungültige Antwort: kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>Invalid response: expected a JSON object</source>
        <translation>Ungültige Antwort: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>Invalid response: no &quot;results&quot; array</source>
        <translation>Ungültige Antwort: kein &quot;results&quot;-Array</translation>
    </message>
    <message>
        <source>Invalid response: no &quot;meta.pagination&quot; object</source>
        <translation>Ungültige Antwort: kein &quot;meta.pagination&quot;-Objekt</translation>
    </message>
    <message>
        <source>Invalid response: &quot;next_link&quot; is not a string</source>
        <translation>Ungültige Antwort: &quot;next_link&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>campaign list</source>
        <translation>Kampagnenliste</translation>
    </message>
    <message>
        <source>Invalid response: expected a campaign object</source>
        <translation>Ungültige Antwort: Kampagnenobjekt erwartet</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>tracking_summary must be an object</source>
        <translation>tracking_summary muss ein Objekt sein</translation>
    </message>
    <message>
        <source>click_through_details must be an array</source>
        <translation>click_through_details muss ein Array sein</translation>
    </message>
    <message>
        <source>Invalid response: expected a contact object</source>
        <translation>Ungültige Antwort: Kontaktobjekt erwartet</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>activity list</source>
        <translation>Aktivitätsliste</translation>
    </message>
    <message>
        <source>the contact lists are not a JSON array</source>
        <translation>die Kontaktlisten sind kein JSON-Array</translation>
    </message>
    <message>
        <source>contact lists</source>
        <translation>Kontaktlisten</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3AuthText</name>
    <message>
        <source>Your Constant Contact sign-in has expired or was revoked. Sign in again.</source>
        <translation>Ihre Anmeldung bei Constant Contact ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3Authenticator</name>
    <message>
        <source>Not signed in to Constant Contact.</source>
        <translation>Nicht bei Constant Contact angemeldet.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3BackendText</name>
    <message>
        <source>reading campaigns needs the campaign_data scope and the campaign:read privilege</source>
        <translation>zum Lesen von Kampagnen sind der Scope campaign_data und die Berechtigung campaign:read erforderlich</translation>
    </message>
    <message>
        <source>reading email reports needs the campaign_data scope and the ui:campaign:metrics privilege</source>
        <translation>zum Lesen von E-Mail-Berichten sind der Scope campaign_data und die Berechtigung ui:campaign:metrics erforderlich</translation>
    </message>
    <message>
        <source>reading contacts needs the contact_data scope and the contacts:read privilege</source>
        <translation>zum Lesen von Kontakten sind der Scope contact_data und die Berechtigung contacts:read erforderlich</translation>
    </message>
    <message>
        <source>reading contact reports needs the contact_data scope and the ui:campaign:metrics privilege</source>
        <translation>zum Lesen von Kontaktberichten sind der Scope contact_data und die Berechtigung ui:campaign:metrics erforderlich</translation>
    </message>
    <message>
        <source>Constant Contact refused access (%1): %2. Sign in again to grant the scope, or ask the account owner for a user role with that privilege.</source>
        <translation>Constant Contact hat den Zugriff verweigert (%1): %2. Melden Sie sich erneut an, um den Scope zu gewähren, oder bitten Sie den Kontoinhaber um eine Benutzerrolle mit dieser Berechtigung.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3Parser</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>a non-empty string or a whole number</source>
        <translation>eine nicht leere Zeichenkette oder eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation>%1 ungültig: %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 ist %2, erwartet wurde %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 date</source>
        <translation>%1 &quot;%2&quot; ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>click page</source>
        <translation>Klickseite</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>email list</source>
        <translation>E-Mail-Liste</translation>
    </message>
    <message>
        <source>email campaign</source>
        <translation>E-Mail-Kampagne</translation>
    </message>
    <message>
        <source>link report</source>
        <translation>Linkbericht</translation>
    </message>
    <message>
        <source>activity stats</source>
        <translation>Aktivitätsstatistik</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contact activity page</source>
        <translation>Aktivitätsseite des Kontakts</translation>
    </message>
    <message>
        <source>token response</source>
        <translation>Token-Antwort</translation>
    </message>
    <message>
        <source>contact list page</source>
        <translation>Seite der Kontaktlisten</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3SignIn</name>
    <message>
        <source>Cannot listen for the sign-in on port %1 (%2). Close the program that uses it, or choose another redirect port that the application has registered.</source>
        <translation>Auf Port %1 kann nicht auf die Anmeldung gewartet werden (%2). Schließen Sie das Programm, das ihn verwendet, oder wählen Sie einen anderen Weiterleitungsport, den die Anwendung registriert hat.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>Die Anfrage war zu groß.</translation>
    </message>
    <message>
        <source>The request was not understood.</source>
        <translation>Die Anfrage wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in ClickScope started. Start the sign-in again.</source>
        <translation>Diese Antwort gehört nicht zu der von ClickScope gestarteten Anmeldung. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in answer did not carry the expected state; it was ignored. Start the sign-in again.</source>
        <translation>Die Antwort der Anmeldung enthielt nicht den erwarteten Zustand; sie wurde ignoriert. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Access to the Constant Contact account was not allowed.</source>
        <translation>Der Zugriff auf das Konto bei Constant Contact wurde nicht gewährt.</translation>
    </message>
    <message>
        <source>Constant Contact refused the sign-in: %1</source>
        <translation>Constant Contact hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The answer carried no authorization code.</source>
        <translation>Die Antwort enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>Die Antwort der Anmeldung enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>ClickScope is finishing the sign-in. You can close this tab and return to ClickScope.</source>
        <translation>ClickScope schließt die Anmeldung ab. Sie können diesen Tab schließen und zu ClickScope zurückkehren.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3SignInText</name>
    <message>
        <source>Signing in needs the client id of a Constant Contact application. Register one in the Constant Contact developer portal with the PKCE flow and the redirect URI %1, then enter its client id in Preferences (or set CLICKSCOPE_CLIENT_ID).</source>
        <translation>Für die Anmeldung wird die Client-ID einer Anwendung bei Constant Contact benötigt. Registrieren Sie eine im Entwicklerportal von Constant Contact mit dem PKCE-Ablauf und der Weiterleitungs-URI %1 und geben Sie dann ihre Client-ID in den Einstellungen ein (oder setzen Sie CLICKSCOPE_CLIENT_ID).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h1&gt;Welcome to ClickScope&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei ClickScope&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Campaigns&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kampagnen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Kampagnen durchsuchen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Tracking summary</source>
        <translation>Tracking-Übersicht</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnungen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
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
        <translation>Klicks nach E-Mail oder Kontakt-ID filtern</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Only clicks at or after this time</source>
        <translation>Nur Klicks ab diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Show clicks from</source>
        <translation>Klicks anzeigen ab</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Only clicks before this time</source>
        <translation>Nur Klicks vor diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Show clicks until</source>
        <translation>Klicks anzeigen bis</translation>
    </message>
    <message>
        <source>Fetch since</source>
        <translation>Abrufen ab</translation>
    </message>
    <message>
        <source>Ask the API only for clicks on or after this date (created_since): faster for large campaigns</source>
        <translation>Nur Klicks ab diesem Datum von der API anfordern (created_since): schneller bei großen Kampagnen</translation>
    </message>
    <message>
        <source>Fetch clicks since</source>
        <translation>Klicks abrufen ab</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the clicks again (F5)</source>
        <translation>Klicks neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the clicks that pass the filter to a CSV file</source>
        <translation>Die gefilterten Klicks in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG…</source>
        <translation>Diagramm als PNG &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Choose the language of ClickScope</source>
        <translation>Sprache von ClickScope auswählen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the clicks again</source>
        <translation>Klicks neu laden</translation>
    </message>
    <message>
        <source>&amp;Filter Clicks</source>
        <translation>Klicks &amp;filtern</translation>
    </message>
    <message>
        <source>Type to filter the clicks by email or contact ID</source>
        <translation>Tippen Sie, um die Klicks nach E-Mail oder Kontakt-ID zu filtern</translation>
    </message>
    <message>
        <source>Reset Chart &amp;Zoom</source>
        <translation>Diagramm-&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Enter the API key and access token</source>
        <translation>API-Schlüssel und Zugriffstoken eingeben</translation>
    </message>
    <message>
        <source>&amp;About ClickScope</source>
        <translation>&amp;Über ClickScope</translation>
    </message>
    <message>
        <source>Email or contact ID</source>
        <translation>E-Mail oder Kontakt-ID</translation>
    </message>
    <message>
        <source>Sign in with Constant Contact</source>
        <translation>Bei Constant Contact anmelden</translation>
    </message>
    <message>
        <source>Use a v2 API Key…</source>
        <translation>v2-API-Schlüssel verwenden…</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>Kein Konto geöffnet</translation>
    </message>
    <message>
        <source>&amp;Sign In with Constant Contact…</source>
        <translation>Bei Constant Contact &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign in to your Constant Contact account in the browser (API v3)</source>
        <translation>Im Browser bei Ihrem Constant-Contact-Konto anmelden (API v3)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Forget the stored sign-in or credentials of this account</source>
        <translation>Die gespeicherte Anmeldung oder die Zugangsdaten dieses Kontos vergessen</translation>
    </message>
    <message>
        <source>Use a v2 API &amp;Key…</source>
        <translation>v2-API-&amp;Schlüssel verwenden…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Who clicked which link in your email campaign, and when.</source>
        <translation>Wer wann auf welchen Link in Ihrer E-Mail-Kampagne geklickt hat.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with generated data and open the window against it.</source>
        <translation>Die eingebaute Sandbox mit generierten Daten starten und das Fenster damit öffnen.</translation>
    </message>
    <message>
        <source>Base URL of the API (default https://api.constantcontact.com).</source>
        <translation>Basis-URL der API (Standard: https://api.constantcontact.com).</translation>
    </message>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>Die API-Adresse %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The demo could not start its built-in sandbox: %1</source>
        <translation>Die Demo konnte ihre eingebaute Sandbox nicht starten: %1</translation>
    </message>
    <message>
        <source>The Constant Contact API to open: v2 or v3 (default: the one used last; v3 for the demo).</source>
        <translation>Die zu öffnende Constant-Contact-API: v2 oder v3 (Standard: die zuletzt verwendete; v3 für die Demo).</translation>
    </message>
    <message>
        <source>Sign-in server of the v3 API (default https://authz.constantcontact.com/oauth2/default/v1).</source>
        <translation>Anmeldeserver der v3-API (Standard https://authz.constantcontact.com/oauth2/default/v1).</translation>
    </message>
    <message>
        <source>Client id of the Constant Contact application that signs in (v3).</source>
        <translation>Client-ID der Constant-Contact-Anwendung, mit der die Anmeldung erfolgt (v3).</translation>
    </message>
    <message>
        <source>--api must be v2 or v3, not %1.</source>
        <translation>--api muss v2 oder v3 sein, nicht %1.</translation>
    </message>
    <message>
        <source>Demo: the built-in sandbox (API %1)</source>
        <translation>Demo: die eingebaute Sandbox (API %1)</translation>
    </message>
    <message>
        <source>Constant Contact API %1 · %2</source>
        <translation>Constant-Contact-API %1 · %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>With --demo: the sandbox gains N new clicks a minute on its newest campaign, so that Refresh has something to fetch.</source>
        <translation>Mit --demo: Die Sandbox erhält pro Minute N neue Klicks in ihrer neuesten Kampagne, damit Aktualisieren etwas abzurufen hat.</translation>
    </message>
</context>
</TS>
