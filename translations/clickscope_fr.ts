<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>writing the output failed</source>
        <translation>l&apos;écriture de la sortie a échoué</translation>
    </message>
    <message>
        <source>writing the output failed: %1</source>
        <translation>l&apos;écriture de la sortie a échoué : %1</translation>
    </message>
    <message>
        <source> (see clickscope-cli --help)</source>
        <translation> (voir clickscope-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see clickscope-cli --help)</source>
        <translation>aucune commande indiquée (voir clickscope-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see clickscope-cli --help)</source>
        <translation>commande inconnue &quot;%1&quot; (voir clickscope-cli --help)</translation>
    </message>
    <message>
        <source>%1 needs an id (see clickscope-cli %1 --help)</source>
        <translation>%1 nécessite un identifiant (voir clickscope-cli %1 --help)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an option does not apply to %1 (see clickscope-cli %1 --help)</source>
        <translation>une option ne s&apos;applique pas à %1 (voir clickscope-cli %1 --help)</translation>
    </message>
    <message>
        <source>--status must be one of SENT, ALL, DRAFT, SCHEDULED, RUNNING</source>
        <translation>--status doit valoir SENT, ALL, DRAFT, SCHEDULED ou RUNNING</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl</source>
        <translation>--format doit valoir csv ou jsonl</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an ISO-8601 date or time</source>
        <translation>--since &quot;%1&quot; n&apos;est pas une date ou une heure ISO-8601</translation>
    </message>
    <message>
        <source>--demo and --api-base exclude each other</source>
        <translation>--demo et --api-base s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>CLICKSCOPE_MAX_RPS must be a number, 0 or more</source>
        <translation>CLICKSCOPE_MAX_RPS doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>the built-in sandbox did not start: %1</source>
        <translation>le bac à sable intégré n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>--api-base: %1</source>
        <translation>--api-base : %1</translation>
    </message>
    <message>
        <source>none are saved for %1</source>
        <translation>aucun n&apos;est enregistré pour %1</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation>le trousseau n&apos;a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>no credentials: set CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or save them in ClickScope (Account &gt; Credentials...); %1</source>
        <translation>aucun identifiant : définissez CLICKSCOPE_API_KEY et CLICKSCOPE_ACCESS_TOKEN, ou enregistrez-les dans ClickScope (Compte &gt; Identifiants...) ; %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks, %1 pages, %2 requests/s</source>
        <translation>
            <numerusform>%Ln clic, %1 pages, %2 requêtes/s</numerusform>
            <numerusform>%Ln clics, %1 pages, %2 requêtes/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: clickscope-cli --api v3 login [--no-browser] [--redirect-port N]

Signs in to Constant Contact in the browser (OAuth2 with PKCE) and stores the tokens in the system
keychain. Prints the address to open on standard error and opens the browser unless --no-browser.
  --redirect-port N  the port of the registered redirect URI http://127.0.0.1:N/callback (default 52801)
Waits up to 300 s for the browser. Exit 3 when access is denied, the answer is not the expected one, or the time runs out.
</source>
        <translation>Utilisation : clickscope-cli --api v3 login [--no-browser] [--redirect-port N]

Se connecte à Constant Contact dans le navigateur (OAuth2 avec PKCE) et enregistre les jetons dans le trousseau
du système. Affiche l&apos;adresse à ouvrir sur la sortie d&apos;erreur standard et ouvre le navigateur, sauf avec --no-browser.
  --redirect-port N  le port de l&apos;URI de redirection enregistrée http://127.0.0.1:N/callback (52801 par défaut)
Attend le navigateur jusqu&apos;à 300 s. Code de sortie 3 si l&apos;accès est refusé, si la réponse n&apos;est pas celle attendue ou si le délai expire.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli [--api v2|v3] logout

Removes this account&apos;s stored credentials (v2 key and token, or v3 tokens) from the system keychain.
</source>
        <translation>Utilisation : clickscope-cli [--api v2|v3] logout

Supprime du trousseau du système les identifiants enregistrés de ce compte (clé et jeton v2, ou jetons v3).
</translation>
    </message>
    <message>
        <source>--api must be v2 or v3</source>
        <translation>--api doit valoir v2 ou v3</translation>
    </message>
    <message>
        <source>login is for --api v3; a v2 account uses an API key and access token (CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or saved in ClickScope)</source>
        <translation>login est destiné à --api v3 ; un compte v2 utilise une clé d&apos;API et un jeton d&apos;accès (CLICKSCOPE_API_KEY et CLICKSCOPE_ACCESS_TOKEN, ou enregistrés dans ClickScope)</translation>
    </message>
    <message>
        <source>--status must be one of SENT, ALL, Draft, Scheduled, Executing, Done, Error, Removed</source>
        <translation>--status doit valoir SENT, ALL, Draft, Scheduled, Executing, Done, Error ou Removed</translation>
    </message>
    <message>
        <source>--redirect-port must be a port number (1-65535)</source>
        <translation>--redirect-port doit être un numéro de port (1-65535)</translation>
    </message>
    <message>
        <source>--auth-base: %1</source>
        <translation>--auth-base : %1</translation>
    </message>
    <message>
        <source>Signed out: no credentials for %1 are stored.</source>
        <translation>Déconnecté : aucun identifiant n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>the keychain could not be changed (%1)</source>
        <translation>le trousseau n&apos;a pas pu être modifié (%1)</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in: %1</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter : %1</translation>
    </message>
    <message>
        <source>signed in, but the keychain could not store the tokens (%1)</source>
        <translation>connecté, mais le trousseau n&apos;a pas pu enregistrer les jetons (%1)</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>no sign-in is stored for %1</source>
        <translation>aucune connexion n&apos;est enregistrée pour %1</translation>
    </message>
    <message>
        <source>not signed in: run clickscope-cli --api v3 login, or set CLICKSCOPE_ACCESS_TOKEN; %1</source>
        <translation>non connecté : exécutez clickscope-cli --api v3 login, ou définissez CLICKSCOPE_ACCESS_TOKEN ; %1</translation>
    </message>
    <message>
        <source>contact %1 and its activity are not in the cache yet: run clickscope-cli contact %1 --activity (without --cached) once to store them</source>
        <translation>le contact %1 et son activité ne sont pas encore dans le cache : exécutez une fois clickscope-cli contact %1 --activity (sans --cached) pour les enregistrer</translation>
    </message>
    <message>
        <source>contact %1 is not in the cache yet: run clickscope-cli contact %1 (without --cached) once to store it</source>
        <translation>le contact %1 n&apos;est pas encore dans le cache : exécutez une fois clickscope-cli contact %1 (sans --cached) pour l&apos;enregistrer</translation>
    </message>
    <message>
        <source>the clicks of campaign %1 are not in the cache yet (or their sync never finished): run clickscope-cli sync %1</source>
        <translation>les clics de la campagne %1 ne sont pas encore dans le cache (ou leur synchronisation ne s&apos;est jamais terminée) : exécutez clickscope-cli sync %1</translation>
    </message>
    <message numerus="yes">
        <source>campaign %1 (%2 of %3): %Ln clicks, %4 pages, %5 requests/s</source>
        <translation>
            <numerusform>campagne %1 (%2 sur %3) : %Ln clic, %4 pages, %5 requêtes/s</numerusform>
            <numerusform>campagne %1 (%2 sur %3) : %Ln clics, %4 pages, %5 requêtes/s</numerusform>
        </translation>
    </message>
    <message>
        <source>sync stopped: %1.</source>
        <translation>synchronisation arrêtée : %1.</translation>
    </message>
    <message>
        <source>sync stopped at campaign %1 (%2 of %3 done): %4. What was fetched is kept in the cache; run clickscope-cli sync again to go on from there.</source>
        <translation>synchronisation arrêtée à la campagne %1 (%2 sur %3 terminées) : %4. Ce qui a été récupéré est conservé dans le cache ; exécutez de nouveau clickscope-cli sync pour reprendre à partir de là.</translation>
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
        <translation>Utilisation : clickscope-cli [--api v2|v3] [--api-base URL] [--auth-base URL] [--client-id ID] [--demo] COMMAND ...

Lit le suivi des clics Constant Contact (API v2 ou v3) pour les scripts et les tâches de synchronisation.

Commandes :
  login [--no-browser] [--redirect-port N]                v3 : connexion dans le navigateur ; jetons dans le trousseau
  logout                                                  oublier les identifiants enregistrés de ce compte
  campaigns [--status STATUS] [--cached]                  CSV : id,name,status,modified_date
  links CAMPAIGN_ID [--cached]                            CSV : link_id,url,click_count
  clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]
  contact CONTACT_ID [--activity] [--cached]              JSON
  sync [CAMPAIGN_ID...] [--cache-dir DIR]                 mettre à jour le cache local ; résumé CSV

Options :
  --api v2|v3      l&apos;API (v2 par défaut, ou CLICKSCOPE_API)
  --api-base URL   URL de base de l&apos;API (par défaut https://api.constantcontact.com pour v2, https://api.cc.email pour v3 ;
                   http simple uniquement vers la boucle locale)
  --auth-base URL  serveur de connexion v3 (par défaut https://authz.constantcontact.com/oauth2/default/v1)
  --client-id ID   identifiant client de l&apos;application v3 (sinon CLICKSCOPE_CLIENT_ID, sinon la valeur par défaut de la compilation)
  --demo           utiliser le bac à sable intégré avec des données générées (aucun compte nécessaire ; les deux API)
  --cached         campaigns, links, clicks, contact : répondre uniquement depuis le cache local ; rien n&apos;est envoyé
                   et aucun identifiant n&apos;est nécessaire (remplir le cache avec sync). Sans cette option, ces commandes
                   interrogent directement l&apos;API, comme toujours (contact enregistre aussi ce qu&apos;il reçoit dans le cache).
  --cache-dir DIR  le dossier des caches (sinon CLICKSCOPE_CACHE_DIR, sinon le dossier qu&apos;utilise la fenêtre de
                   ClickScope) ; un fichier SQLite par compte, sans aucun identifiant
  -h, --help       cette aide ; &quot;clickscope-cli COMMAND --help&quot; pour l&apos;aide d&apos;une commande
  -v, --version    la version

Les identifiants v2 proviennent de CLICKSCOPE_API_KEY et CLICKSCOPE_ACCESS_TOKEN si les deux sont définies, sinon du
trousseau du système (enregistrés par ClickScope : Compte &gt; Identifiants...). v3 utilise uniquement CLICKSCOPE_ACCESS_TOKEN
si cette variable est définie (jeton jamais renouvelé), sinon les jetons enregistrés par login (renouvelés si nécessaire). Les secrets
ne sont jamais lus depuis la ligne de commande.
CLICKSCOPE_MAX_RPS fixe le débit de requêtes (4 par défaut, la limite de l&apos;API ; 0 = sans limite, pour les bacs à sable locaux uniquement).

Codes de sortie : 0 succès, 2 utilisation incorrecte, 3 authentification, 4 introuvable, 5 quota quotidien épuisé,
                  6 échec du réseau ou du serveur après plusieurs tentatives, 7 réponse invalide.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli campaigns [--status STATUS] [--cached]

Lists campaigns as CSV with the header id,name,status,modified_date. --status defaults to ALL: every
campaign, drafts and scheduled ones included (v3: all but Removed). v2 statuses: SENT, ALL, DRAFT,
SCHEDULED, RUNNING; v3: SENT (= Done), ALL, Draft, Scheduled, Executing, Done, Error, Removed.
  --cached  the list as the last sync stored it (ALL and SENT), from the local cache; nothing is sent
</source>
        <translation>Utilisation : clickscope-cli campaigns [--status STATUS] [--cached]

Liste les campagnes au format CSV avec l&apos;en-tête id,name,status,modified_date. --status vaut ALL par défaut : toutes
les campagnes, y compris les brouillons et les campagnes programmées (v3 : toutes sauf Removed). Statuts v2 : SENT, ALL, DRAFT,
SCHEDULED, RUNNING ; v3 : SENT (= Done), ALL, Draft, Scheduled, Executing, Done, Error, Removed.
  --cached  la liste telle que la dernière synchronisation l&apos;a enregistrée (ALL et SENT), depuis le cache local ; rien n&apos;est envoyé
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli links CAMPAIGN_ID [--cached]

Lists the campaign&apos;s tracked links (click_through_details) as CSV: link_id,url,click_count.
  --cached  the links as the last sync of the campaign stored them; nothing is sent
</source>
        <translation>Utilisation : clickscope-cli links CAMPAIGN_ID [--cached]

Liste les liens suivis de la campagne (click_through_details) au format CSV : link_id,url,click_count.
  --cached  les liens tels que la dernière synchronisation de la campagne les a enregistrés ; rien n&apos;est envoyé
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
        <translation>Utilisation : clickscope-cli clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]

Écrit chaque clic de la campagne (ou d&apos;un seul lien), du plus récent au plus ancien, à mesure que les pages arrivent (v3 : ceux de l&apos;e-mail principal, puis ceux du renvoi).
  --link LINK_ID     uniquement ce lien (son url_uid) ; par défaut : tous les liens
  --since ISO8601    uniquement les clics à partir de cette date (v2 created_since ; v3 arrête la pagination au premier clic plus ancien),
                     p. ex. 2026-05-01 ou 2026-05-01T12:00:00Z
  --format csv|jsonl CSV avec l&apos;en-tête activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date
                     (par défaut), ou un objet JSON par ligne avec les mêmes champs (v3 ajoute device_type)
  --output FILE      écrire dans FILE, de façon atomique : en cas d&apos;erreur, aucun fichier n&apos;est laissé ; par défaut : sortie standard
  --cached           lire plutôt les clics depuis le cache local, du plus récent au plus ancien ; rien n&apos;est envoyé (code de sortie 4
                     tant qu&apos;aucune synchronisation de la campagne ne s&apos;est terminée) ; --cache-dir DIR indique le dossier des caches
Sans --cached, les clics viennent directement de l&apos;API et rien n&apos;est mis en cache. La progression s&apos;affiche sur la sortie
d&apos;erreur standard lorsqu&apos;il s&apos;agit d&apos;un terminal.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli contact CONTACT_ID [--activity] [--cached] [--cache-dir DIR]

Prints the contact as JSON; with --activity also its whole tracking activity, newest first.
The contact (and its activity) comes from the API and is also stored in the local cache.
  --cached  print it from the cache, as stored by an earlier contact command; nothing is sent
</source>
        <translation>Utilisation : clickscope-cli contact CONTACT_ID [--activity] [--cached] [--cache-dir DIR]

Affiche le contact au format JSON ; avec --activity, également toute son activité de suivi, de la plus récente à la plus ancienne.
Le contact (et son activité) provient de l&apos;API et est aussi enregistré dans le cache local.
  --cached  l&apos;afficher depuis le cache, tel qu&apos;enregistré par une commande contact antérieure ; rien n&apos;est envoyé
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
        <translation>Utilisation : clickscope-cli sync [CAMPAIGN_ID...] [--cache-dir DIR]

Met à jour le cache local du compte pour les campagnes indiquées, ou pour chaque campagne SENT si aucune n&apos;est indiquée :
la liste des campagnes, les détails et les liens de chaque campagne, et tous ses clics. La première synchronisation d&apos;une
campagne récupère chaque clic ; les suivantes, seulement les nouveaux clics. Une synchronisation qui s&apos;arrête (une erreur, le
quota quotidien, Ctrl+C) conserve ce qu&apos;elle a enregistré, et la suivante reprend à partir de là sans perdre ni doubler un clic.
Écrit sur la sortie standard une ligne CSV par campagne synchronisée, avec l&apos;en-tête
campaign_id,name,new_clicks,clicks,synced_date (clicks : tout ce que le cache contient désormais). La progression s&apos;affiche sur
la sortie d&apos;erreur standard lorsqu&apos;il s&apos;agit d&apos;un terminal. S&apos;arrête à la première erreur : code de sortie 5 quand le quota
quotidien est épuisé (relancez sync plus tard), 6 quand l&apos;API est injoignable. Lisez le cache avec --cached (campaigns, links, clicks).
  --cache-dir DIR  le dossier des caches (sinon CLICKSCOPE_CACHE_DIR, sinon celui de ClickScope)
</translation>
    </message>
    <message>
        <source>--cache-dir needs a folder</source>
        <translation>--cache-dir nécessite un dossier</translation>
    </message>
    <message>
        <source>the cache in %1 cannot be used: %2</source>
        <translation>le cache de %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>nothing of %1 is in the cache yet (no %2): run clickscope-cli sync first</source>
        <translation>rien de %1 n&apos;est encore dans le cache (%2 absent) : exécutez d&apos;abord clickscope-cli sync</translation>
    </message>
</context>
<context>
    <name>ClickScope::ApiError</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The API rejected the credentials: %1</source>
        <translation>L&apos;API a rejeté les identifiants : %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>The daily request quota of this API key is used up; try again tomorrow. (%1)</source>
        <translation>Le quota quotidien de requêtes de cette clé d&apos;API est épuisé ; réessayez demain. (%1)</translation>
    </message>
    <message>
        <source>The API refused a request from ClickScope (HTTP 406). This is a bug in ClickScope; please report it. (%1)</source>
        <translation>L&apos;API a refusé une requête de ClickScope (HTTP 406). Il s&apos;agit d&apos;un bogue de ClickScope ; merci de le signaler. (%1)</translation>
    </message>
    <message>
        <source>%1. The quota resets at %2 (00:00 UTC).</source>
        <translation>%1. Le quota est réinitialisé le %2 (00:00 UTC).</translation>
    </message>
    <message>
        <source>Constant Contact did not accept the API key: it is not active, or it is not a valid key. (%1)</source>
        <translation>Constant Contact n&apos;a pas accepté la clé d&apos;API : elle n&apos;est pas active, ou ce n&apos;est pas une clé valide. (%1)</translation>
    </message>
</context>
<context>
    <name>ClickScope::CachingBackend</name>
    <message>
        <source>%1 is not in the cache yet. Open it once with a connection, or sync it (clickscope-cli sync).</source>
        <translation>%1 : rien dans le cache pour l&apos;instant. Chargez ces données une fois avec une connexion, ou synchronisez-les (clickscope-cli sync).</translation>
    </message>
    <message>
        <source>The campaign list</source>
        <translation>La liste des campagnes</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>The contact lists</source>
        <translation>Les listes de contacts</translation>
    </message>
    <message>
        <source>The activity of contact %1</source>
        <translation>L&apos;activité du contact %1</translation>
    </message>
</context>
<context>
    <name>ClickScope::CachingClickStream</name>
    <message>
        <source>The clicks were loaded, but the cache could not record it: %1</source>
        <translation>Les clics ont été chargés, mais le cache n&apos;a pas pu l&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>The cache could not store the clicks: %1. The clicks shown so far are kept.</source>
        <translation>Le cache n&apos;a pas pu enregistrer les clics : %1. Les clics affichés jusqu&apos;ici sont conservés.</translation>
    </message>
</context>
<context>
    <name>ClickScope::CampaignListModel</name>
    <message>
        <source>%1
Sent %2</source>
        <translation>%1
Envoyée le %2</translation>
    </message>
    <message>
        <source>%1
Last modified %2</source>
        <translation>%1
Modifiée le %2</translation>
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
        <translation>Le cache nécessite le pilote SQLite de Qt, qui n&apos;est pas installé (libqt6sql6-sqlite sous Debian).</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>Le cache %1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 is not a ClickScope cache: %2</source>
        <translation>%1 n&apos;est pas un cache ClickScope : %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer ClickScope (schema %2; this one knows %3). It is left as it is.</source>
        <translation>Le cache %1 a été écrit par une version plus récente de ClickScope (schéma %2 ; celle-ci connaît %3). Il est laissé tel quel.</translation>
    </message>
    <message>
        <source>The cache %1 could not be upgraded: %2</source>
        <translation>Le cache %1 n&apos;a pas pu être mis à niveau : %2</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickChartView</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>How long each point of the chart is</source>
        <translation>Durée couverte par chaque point du graphique</translation>
    </message>
    <message>
        <source>Chart bucket size</source>
        <translation>Taille des intervalles du graphique</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole time range again (drag over the chart to zoom in)</source>
        <translation>Afficher de nouveau toute la période (faites glisser sur le graphique pour zoomer)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clicks over time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clics au fil du temps&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Unique contacts</source>
        <translation>Contacts uniques</translation>
    </message>
    <message>
        <source>Chart of clicks over time</source>
        <translation>Graphique des clics au fil du temps</translation>
    </message>
    <message>
        <source>No clicks to show</source>
        <translation>Aucun clic à afficher</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Clicks over time</source>
        <translation>Clics dans le temps</translation>
    </message>
    <message>
        <source>Share of clicks by time since send</source>
        <translation>Part des clics selon le temps depuis l&apos;envoi</translation>
    </message>
    <message>
        <source>Clicks per hour, day or week, or the share of all clicks that came within a given time of the send</source>
        <translation>Clics par heure, jour ou semaine, ou la part de tous les clics arrivés dans un délai donné après l&apos;envoi</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Vue du graphique</translation>
    </message>
    <message>
        <source>Share of clicks</source>
        <translation>Part des clics</translation>
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
        <translation>sem. du %1</translation>
    </message>
    <message>
        <source>Time since the send (log scale)</source>
        <translation>Temps depuis l&apos;envoi (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Time since the first click (log scale)</source>
        <translation>Temps depuis le premier clic (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>The origin of the share chart&apos;s time axis: the send, or the first click when the send time is unknown.</extracomment>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>First click</source>
        <translation>Premier clic</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 sem.</translation>
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
            <numerusform>%Ln clic</numerusform>
            <numerusform>%Ln clics</numerusform>
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
        <translation>Dans les %1 après l&apos;envoi : %2 des clics (%3 sur %4)</translation>
    </message>
    <message>
        <source>Within %1 of the first click: %2 of the clicks (%3 of %4)</source>
        <translation>Dans les %1 après le premier clic : %2 des clics (%3 sur %4)</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Tous les liens</translation>
    </message>
    <message>
        <source>Clicks by hour</source>
        <translation>Clics par heure</translation>
    </message>
    <message>
        <source>Clicks by week</source>
        <translation>Clics par semaine</translation>
    </message>
    <message>
        <source>Clicks by day</source>
        <translation>Clics par jour</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickSession</name>
    <message>
        <source>No account is open.</source>
        <translation>Aucun compte n&apos;est ouvert.</translation>
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
        <translation>L&apos;API n&apos;a envoyé aucune date pour ce clic.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID du contact</translation>
    </message>
    <message>
        <source>Link URL</source>
        <translation>URL du lien</translation>
    </message>
    <message>
        <source>Link ID</source>
        <translation>ID du lien</translation>
    </message>
    <message>
        <source>A click on the resend of this campaign (sent again to contacts who had not opened it)</source>
        <translation>Un clic sur le renvoi de cette campagne (envoyée à nouveau aux contacts qui ne l&apos;avaient pas ouverte)</translation>
    </message>
    <message>
        <source>%1 UTC, on the resend of this campaign</source>
        <translation>%1 UTC, sur le renvoi de cette campagne</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <extracomment>%1 is the time zone the times are shown in: &quot;UTC&quot; or the system&apos;s zone id (&quot;Europe/Berlin&quot;)</extracomment>
        <translation>Heure du clic (%1)</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickersModel</name>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours (&quot;3 d 4 h&quot;)</extracomment>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A duration in whole days (&quot;3 d&quot;)</extracomment>
        <translation>%1 j</translation>
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
        <translation>L&apos;heure d&apos;envoi de la campagne n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>No dated click at or after the campaign&apos;s send time.</source>
        <translation>Aucun clic daté à l&apos;heure d&apos;envoi de la campagne ou après.</translation>
    </message>
    <message>
        <source>How many different links the contact clicked</source>
        <translation>Combien de liens différents le contact a cliqués</translation>
    </message>
    <message>
        <source>From the campaign&apos;s send to the contact&apos;s first click</source>
        <translation>De l&apos;envoi de la campagne au premier clic du contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID du contact</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>First click</source>
        <translation>Premier clic</translation>
    </message>
    <message>
        <source>Last click</source>
        <translation>Dernier clic</translation>
    </message>
    <message>
        <source>Time to first click</source>
        <translation>Délai avant le premier clic</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickersView</name>
    <message>
        <source>Contacts who clicked</source>
        <translation>Contacts ayant cliqué</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Clicker count</source>
        <translation>Nombre de cliqueurs</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save these contacts, with their clicks and times, as a CSV file</source>
        <translation>Enregistrer ces contacts, avec leurs clics et leurs heures, dans un fichier CSV</translation>
    </message>
    <message>
        <source>No clicks loaded</source>
        <translation>Aucun clic chargé</translation>
    </message>
    <message>
        <source>No contact matches the filter</source>
        <translation>Aucun contact ne correspond au filtre</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The clickers tab&apos;s summary; %1 is &quot;N contacts clicked&quot;, %2 is &quot;M clicks&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts clicked</source>
        <translation>
            <numerusform>%Ln contact a cliqué</numerusform>
            <numerusform>%Ln contacts ont cliqué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks</source>
        <translation>
            <numerusform>%Ln clic</numerusform>
            <numerusform>%Ln clics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickScope::ContactDialog</name>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonnement</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
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
        <translation>Chargement du contact…</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>Chargement de l&apos;activité…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Détails&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clicks in the loaded data&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Clics dans les données chargées&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;All activity&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Toute l&apos;activité&lt;/b&gt;, la plus récente en premier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID du contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone personnel</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
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
        <translation>Listes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No activity.</source>
        <translation>Aucune activité.</translation>
    </message>
    <message>
        <source>This contact no longer exists in the account.</source>
        <translation>Ce contact n&apos;existe plus dans le compte.</translation>
    </message>
    <message>
        <source>The activity could not be loaded completely: %1</source>
        <translation>L&apos;activité n&apos;a pas pu être chargée entièrement : %1</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>This contact&apos;s clicks in the loaded data</source>
        <translation>Clics de ce contact dans les données chargées</translation>
    </message>
    <message>
        <source>All activity of this contact, newest first</source>
        <translation>Toute l&apos;activité de ce contact, la plus récente en premier</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <translation>Heure du clic (%1)</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Quand (%1)</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Statut de l&apos;e-mail</translation>
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
        <translation>%1 (masquée)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Subscribed, not confirmed yet</source>
        <translation>Abonné, pas encore confirmé</translation>
    </message>
    <message>
        <source>Removed from the account</source>
        <translation>Retiré du compte</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Not a subscriber</source>
        <translation>Pas abonné</translation>
    </message>
    <message>
        <source>Visitor, not subscribed</source>
        <translation>Visiteur, non abonné</translation>
    </message>
    <message>
        <source>Subscribed (gave permission)</source>
        <translation>Abonné (consentement donné)</translation>
    </message>
    <message>
        <source>Subscribed (implied permission)</source>
        <translation>Abonné (consentement implicite)</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>No permission given</source>
        <translation>Aucun consentement donné</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Autre (%1)</translation>
    </message>
    <message>
        <source>Was sent the email</source>
        <translation>A reçu l&apos;e-mail</translation>
    </message>
    <message>
        <source>Opened the email</source>
        <translation>A ouvert l&apos;e-mail</translation>
    </message>
    <message>
        <source>Clicked a link</source>
        <translation>A cliqué sur un lien</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>E-mail non distribué</translation>
    </message>
    <message>
        <source>Forwarded the email</source>
        <translation>A transféré l&apos;e-mail</translation>
    </message>
    <message>
        <source>by the contact</source>
        <translation>par le contact</translation>
    </message>
    <message>
        <source>by the account owner</source>
        <translation>par le titulaire du compte</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>ClickScope::CredentialStore</name>
    <message>
        <source>the system keyring has no default collection, or it is locked. Open your keyring manager (for example &quot;Passwords and Keys&quot;), create or unlock the default keyring, then try again</source>
        <translation>le trousseau du système n&apos;a pas de collection par défaut, ou il est verrouillé. Ouvrez votre gestionnaire de trousseau (par exemple « Mots de passe et clés »), créez ou déverrouillez le trousseau par défaut, puis réessayez</translation>
    </message>
    <message>
        <source>no system keyring answered. Install and start one (for example GNOME Keyring or KWallet), then try again</source>
        <translation>aucun trousseau du système n&apos;a répondu. Installez-en un et démarrez-le (par exemple GNOME Keyring ou KWallet), puis réessayez</translation>
    </message>
    <message>
        <source>access to the system keyring was denied</source>
        <translation>l&apos;accès au trousseau du système a été refusé</translation>
    </message>
</context>
<context>
    <name>ClickScope::CredentialsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Forget Credentials</source>
        <translation>&amp;Oublier les identifiants</translation>
    </message>
    <message>
        <source>Constant Contact Credentials</source>
        <translation>Identifiants Constant Contact</translation>
    </message>
    <message>
        <source>ClickScope needs an existing Constant Contact &lt;b&gt;v2&lt;/b&gt; API key and an access token for your account. They are kept in your system&apos;s keychain and nowhere else.</source>
        <translation>ClickScope a besoin d&apos;une clé d&apos;API Constant Contact &lt;b&gt;v2&lt;/b&gt; existante et d&apos;un jeton d&apos;accès pour votre compte. Ils sont conservés dans le trousseau de votre système, et nulle part ailleurs.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation>Afficher ou masquer le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>Afficher le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l&apos;API :</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>There is no keychain on this system that ClickScope can use (%1), so the credentials cannot be stored. Use them for this session only? They will not be written anywhere.</source>
        <translation>Aucun trousseau utilisable par ClickScope n&apos;est disponible sur ce système (%1) ; les identifiants ne peuvent donc pas être enregistrés. Les utiliser pour cette session uniquement ? Ils ne seront écrits nulle part.</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>Les identifiants n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>The credentials were removed from the keychain.</source>
        <translation>Les identifiants ont été supprimés du trousseau.</translation>
    </message>
    <message>
        <source>The credentials could not be removed: %1</source>
        <translation>Les identifiants n&apos;ont pas pu être supprimés : %1</translation>
    </message>
    <message>
        <source>Enter both the API key and the access token.</source>
        <translation>Saisissez la clé d&apos;API et le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>✔ Connected: the API accepted these credentials.</source>
        <translation>✔ Connecté : l&apos;API a accepté ces identifiants.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Suppression des identifiants du trousseau…</translation>
    </message>
</context>
<context>
    <name>ClickScope::CsvExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <extracomment>A column of the spreadsheet export; %1 is the time zone (&quot;UTC&quot; or &quot;Europe/Berlin&quot;)</extracomment>
        <translation>Heure du clic (%1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Link URL</source>
        <translation>URL du lien</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID du contact</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID de la campagne</translation>
    </message>
    <message>
        <source>Link ID</source>
        <translation>ID du lien</translation>
    </message>
</context>
<context>
    <name>ClickScope::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No credentials are set.</source>
        <translation>Aucun identifiant n&apos;est défini.</translation>
    </message>
    <message>
        <source>The daily request limit of this API key is reached; ClickScope stops here to keep the key in good standing.</source>
        <translation>La limite quotidienne de requêtes de cette clé d&apos;API est atteinte ; ClickScope s&apos;arrête ici pour ne pas pénaliser la clé.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Le serveur n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation>Le délai de connexion au serveur a expiré.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified; ClickScope does not connect to it.</source>
        <translation>Le certificat TLS du serveur n&apos;a pas pu être vérifié ; ClickScope ne s&apos;y connecte pas.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved.</source>
        <translation>Le nom du serveur n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Le serveur a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The network request failed (error %1).</source>
        <translation>La requête réseau a échoué (erreur %1).</translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>L&apos;adresse de l&apos;API n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API address must not carry user names, queries or fragments.</source>
        <translation>L&apos;adresse de l&apos;API ne doit contenir ni noms d&apos;utilisateur, ni paramètres de requête, ni fragments.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for %1.</source>
        <translation>Le http simple n&apos;est autorisé que vers cet ordinateur (boucle locale) ; utilisez https pour %1.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>L&apos;adresse de l&apos;API doit commencer par https://.</translation>
    </message>
    <message>
        <source>The server sent a next page link that is not on the API&apos;s own address; it was not followed, and loading stopped.</source>
        <translation>Le serveur a envoyé un lien de page suivante situé hors de l&apos;adresse de l&apos;API ; il n&apos;a pas été suivi et le chargement s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The server sent the same next page link twice; loading stopped to avoid an endless loop.</source>
        <translation>Le serveur a envoyé deux fois le même lien de page suivante ; le chargement s&apos;est arrêté pour éviter une boucle infinie.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1 (HTTP %2). ClickScope does not follow redirects: the credentials go to the API&apos;s own address only.</source>
        <translation>Le serveur a redirigé la requête vers %1 (HTTP %2). ClickScope ne suit pas les redirections : les identifiants ne vont qu&apos;à l&apos;adresse propre de l&apos;API.</translation>
    </message>
</context>
<context>
    <name>ClickScope::LinkListModel</name>
    <message>
        <source>All links</source>
        <translation>Tous les liens</translation>
    </message>
    <message>
        <source>Every click of the campaign, on any link</source>
        <translation>Tous les clics de la campagne, sur n&apos;importe quel lien</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>%1
Link ID %2</source>
        <translation>%1
ID du lien %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks (a contact clicking twice counts twice)</source>
        <translation>
            <numerusform>%Ln clic (un contact qui clique deux fois compte deux fois)</numerusform>
            <numerusform>%Ln clics (un contact qui clique deux fois compte deux fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks: known once the campaign&apos;s clicks are loaded</source>
        <translation>Clics : connus une fois les clics de la campagne chargés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clickers (contacts who clicked, each once)</source>
        <translation>
            <numerusform>%Ln cliqueur (contacts ayant cliqué, chacun une fois)</numerusform>
            <numerusform>%Ln cliqueurs (contacts ayant cliqué, chacun une fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clickers: known once the campaign&apos;s clicks are loaded</source>
        <translation>Cliqueurs : connus une fois les clics de la campagne chargés</translation>
    </message>
    <message>
        <source>Clickers</source>
        <translation>Cliqueurs</translation>
    </message>
    <message>
        <source>Every click: a contact clicking twice counts twice</source>
        <translation>Chaque clic : un contact qui clique deux fois compte deux fois</translation>
    </message>
    <message>
        <source>Contacts who clicked, each counted once</source>
        <translation>Contacts ayant cliqué, chacun compté une fois</translation>
    </message>
</context>
<context>
    <name>ClickScope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Requests per second to the API (the v2 API allows 4)</source>
        <translation>Requêtes par seconde vers l&apos;API (l&apos;API v2 en autorise 4)</translation>
    </message>
    <message>
        <source>Stop loading; the clicks loaded so far stay (Esc)</source>
        <translation>Arrêter le chargement ; les clics déjà chargés sont conservés (Esc)</translation>
    </message>
    <message>
        <source>Click count</source>
        <translation>Nombre de clics</translation>
    </message>
    <message>
        <source>Export Clicks as CSV</source>
        <translation>Exporter les clics en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %p%</source>
        <translation>Exportation %p%</translation>
    </message>
    <message>
        <source>The export failed and no file was written. %1</source>
        <translation>L&apos;exportation a échoué et aucun fichier n&apos;a été écrit. %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Chargement des campagnes…</translation>
    </message>
    <message>
        <source>The campaigns could not be loaded.</source>
        <translation>Les campagnes n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>This account has no sent campaigns yet.</source>
        <translation>Ce compte n&apos;a encore envoyé aucune campagne.</translation>
    </message>
    <message>
        <source>Opening the campaign…</source>
        <translation>Ouverture de la campagne…</translation>
    </message>
    <message>
        <source>The campaign could not be opened.</source>
        <translation>La campagne n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>This campaign has no tracked links.</source>
        <translation>Cette campagne n&apos;a aucun lien suivi.</translation>
    </message>
    <message>
        <source>Loading clicks…</source>
        <translation>Chargement des clics…</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req./s</translation>
    </message>
    <message>
        <source>Loading the clicks stopped.</source>
        <translation>Le chargement des clics a été arrêté.</translation>
    </message>
    <message>
        <source>Enter Credentials…</source>
        <translation>Saisir les identifiants…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No clicks loaded</source>
        <translation>Aucun clic chargé</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>Le graphique n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>ClickScope will use the new language the next time it starts.</source>
        <translation>ClickScope utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>About ClickScope</source>
        <translation>À propos de ClickScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClickScope %1&lt;/h3&gt;&lt;p&gt;Who clicked which link in your email campaign, and when.&lt;/p&gt;&lt;p&gt;Reads the Constant Contact v2 click tracking API.&lt;/p&gt;&lt;p&gt;License: %2 (GNU General Public License, version 3 or later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClickScope %1&lt;/h3&gt;&lt;p&gt;Qui a cliqué sur quel lien dans votre campagne d&apos;e-mails, et quand.&lt;/p&gt;&lt;p&gt;Lit l&apos;API de suivi des clics Constant Contact v2.&lt;/p&gt;&lt;p&gt;Licence : %2 (GNU General Public License, version 3 ou ultérieure).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clicks to %1</source>
        <translation>
            <numerusform>%Ln clic exporté vers %1</numerusform>
            <numerusform>%Ln clics exportés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks</source>
        <translation>
            <numerusform>%Ln clic</numerusform>
            <numerusform>%Ln clics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The %Ln clicks loaded before the error are shown.</source>
        <translation>
            <numerusform> %Ln clic chargé avant l&apos;erreur est affiché.</numerusform>
            <numerusform> Les %Ln clics chargés avant l&apos;erreur sont affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %Ln clicks.</source>
        <translation>
            <numerusform>Chargement arrêté après %Ln clic.</numerusform>
            <numerusform>Chargement arrêté après %Ln clics.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln clicks</source>
        <translation>
            <numerusform>%1 sur %Ln clic</numerusform>
            <numerusform>%1 sur %Ln clics</numerusform>
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
        <translation>clics-%1.csv</translation>
    </message>
    <message>
        <source>clicks.png</source>
        <extracomment>The suggested file name of a saved chart. Lower case, no spaces.</extracomment>
        <translation>clics.png</translation>
    </message>
    <message>
        <source>Type to filter the clicks by email or contact ID (%1)</source>
        <translation>Saisissez du texte pour filtrer les clics par e-mail ou ID de contact (%1)</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&lt;p&gt;ClickScope shows who clicked which link in your Constant Contact email campaigns, and when.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sign in with Constant Contact&lt;/b&gt; in your browser to open your account. If you still have a &lt;b&gt;v2 API key&lt;/b&gt; and access token, you can use those instead.&lt;/p&gt;&lt;p&gt;No account at hand? Explore the demo: generated campaigns and clicks from a built-in sandbox.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ClickScope montre qui a cliqué sur quel lien de vos campagnes d&apos;e-mails Constant Contact, et quand.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connectez-vous à Constant Contact&lt;/b&gt; dans votre navigateur pour ouvrir votre compte. Si vous avez encore une &lt;b&gt;clé d&apos;API v2&lt;/b&gt; et un jeton d&apos;accès, vous pouvez les utiliser à la place.&lt;/p&gt;&lt;p&gt;Pas de compte sous la main ? Explorez la démo : des campagnes et des clics générés par un bac à sable intégré.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; ClickScope continues when Constant Contact answers.</source>
        <translation>Terminez la connexion dans votre navigateur ; ClickScope continue dès que Constant Contact répond.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks in %1 s (%2).</source>
        <translation>
            <numerusform>%Ln clic chargé en %1 s (%2).</numerusform>
            <numerusform>%Ln clics chargés en %1 s (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>ClickScope could not open a browser. Open this address in one to sign in: %1</source>
        <translation>ClickScope n&apos;a pas pu ouvrir de navigateur. Ouvrez cette adresse dans un navigateur pour vous connecter : %1</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Show Times in &amp;UTC</source>
        <translation>Afficher les heures en &amp;UTC</translation>
    </message>
    <message>
        <source>Show click times in UTC instead of this computer&apos;s time zone</source>
        <translation>Afficher les heures des clics en UTC plutôt que dans le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>E-mails envoyés</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <source>Emails that could not be delivered</source>
        <translation>E-mails qui n&apos;ont pas pu être distribués</translation>
    </message>
    <message>
        <source>Openers</source>
        <translation>Ouvreurs</translation>
    </message>
    <message>
        <source>Contacts who opened the email, each counted once</source>
        <translation>Contacts ayant ouvert l&apos;e-mail, chacun compté une fois</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Taux d&apos;ouverture</translation>
    </message>
    <message>
        <source>Openers ÷ (sends − bounces)</source>
        <translation>Ouvreurs ÷ (envois − rebonds)</translation>
    </message>
    <message>
        <source>Clickers</source>
        <translation>Cliqueurs</translation>
    </message>
    <message>
        <source>Contacts who clicked a link, each counted once (the API&apos;s unique clicks)</source>
        <translation>Contacts ayant cliqué sur un lien, chacun compté une fois (les clics uniques de l&apos;API)</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Taux de clic</translation>
    </message>
    <message>
        <source>Clickers ÷ (sends − bounces)</source>
        <translation>Cliqueurs ÷ (envois − rebonds)</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Every click on any link; a contact clicking twice counts twice</source>
        <translation>Chaque clic sur n&apos;importe quel lien ; un contact qui clique deux fois compte deux fois</translation>
    </message>
    <message>
        <source>Click-to-open</source>
        <translation>Clics par ouverture</translation>
    </message>
    <message>
        <source>Clickers ÷ openers</source>
        <translation>Cliqueurs ÷ ouvreurs</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Désabonnements</translation>
    </message>
    <message>
        <source>Contacts who unsubscribed through this email</source>
        <translation>Contacts qui se sont désabonnés via cet e-mail</translation>
    </message>
    <message>
        <source>Open the contact of the selected click</source>
        <translation>Ouvrir le contact du clic sélectionné</translation>
    </message>
    <message>
        <source>Copy the selected clicks</source>
        <translation>Copier les clics sélectionnés</translation>
    </message>
    <message>
        <source>Stop loading, or clear the filter when it has the focus</source>
        <translation>Arrêter le chargement, ou vider le filtre quand il a le focus</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who clicked which link, and when&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick a campaign&lt;/b&gt; on the left (type in &lt;i&gt;Search campaigns&lt;/i&gt; to narrow the list). Its numbers appear below it: &lt;i&gt;clickers&lt;/i&gt; are contacts who clicked, each counted once; &lt;i&gt;clicks&lt;/i&gt; counts every click.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pick a link&lt;/b&gt;, or &lt;i&gt;All links&lt;/i&gt;. Its clicks load into the table and the chart; Esc stops loading and &lt;i&gt;Continue&lt;/i&gt; goes on.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Narrow down&lt;/b&gt;: type an email or contact ID in the filter, tick From or To, or drag across the chart to zoom. The footer counts what is shown.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Look closer&lt;/b&gt;: double-click a click for the contact&apos;s whole history; the &lt;i&gt;Clickers&lt;/i&gt; tab lists your most engaged readers.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Take it along&lt;/b&gt;: File → Export saves what is shown as CSV.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;i&gt;Refresh&lt;/i&gt; (F5) adds new clicks to what is loaded; it never throws loaded clicks away.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qui a cliqué sur quel lien, et quand&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Choisissez une campagne&lt;/b&gt; à gauche (tapez dans &lt;i&gt;Rechercher des campagnes&lt;/i&gt; pour réduire la liste). Ses chiffres apparaissent en dessous : les &lt;i&gt;cliqueurs&lt;/i&gt; sont les contacts ayant cliqué, chacun compté une fois ; les &lt;i&gt;clics&lt;/i&gt; comptent chaque clic.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Choisissez un lien&lt;/b&gt;, ou &lt;i&gt;Tous les liens&lt;/i&gt;. Ses clics se chargent dans le tableau et le graphique ; Échap arrête le chargement et &lt;i&gt;Continuer&lt;/i&gt; le reprend.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Affinez&lt;/b&gt; : tapez une adresse e-mail ou un ID de contact dans le filtre, cochez Du ou Au, ou faites glisser sur le graphique pour zoomer. Le pied de page compte ce qui est affiché.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Regardez de plus près&lt;/b&gt; : un double-clic sur un clic montre tout l&apos;historique du contact ; l&apos;onglet &lt;i&gt;Cliqueurs&lt;/i&gt; liste vos lecteurs les plus engagés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Emportez-le&lt;/b&gt; : Fichier → Exporter enregistre ce qui est affiché en CSV.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;i&gt;Actualiser&lt;/i&gt; (F5) ajoute les nouveaux clics à ceux chargés ; il ne jette jamais de clics chargés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every click on any link: known once all links&apos; clicks are loaded</source>
        <translation>Chaque clic sur n&apos;importe quel lien : connu une fois les clics de tous les liens chargés</translation>
    </message>
    <message>
        <source>No new clicks (%1).</source>
        <translation>Aucun nouveau clic (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln clicks in %1 s (%2).</source>
        <translation>
            <numerusform>%Ln clic ajouté en %1 s (%2).</numerusform>
            <numerusform>%Ln clics ajoutés en %1 s (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %1 of about %Ln clicks are loaded.</source>
        <translation>
            <numerusform>Chargement arrêté : %1 clics chargés sur environ %Ln.</numerusform>
            <numerusform>Chargement arrêté : %1 clics chargés sur environ %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %Ln clicks are loaded, more exist.</source>
        <translation>
            <numerusform>Chargement arrêté : %Ln clic chargé, il en existe d&apos;autres.</numerusform>
            <numerusform>Chargement arrêté : %Ln clics chargés, il en existe d&apos;autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table, the chart and the counts show only these.</source>
        <translation>Le tableau, le graphique et les totaux ne montrent que ceux-ci.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>Loading stopped before the end: more clicks exist than are loaded (Refresh goes on)</source>
        <translation>Le chargement s&apos;est arrêté avant la fin : il existe plus de clics que ceux chargés (Actualiser reprend)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The system keychain is not available: %1. Credentials you enter can be used for this session only.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Le trousseau du système n&apos;est pas disponible : %1. Les identifiants que vous saisissez ne valent que pour cette session.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Contacts who clicked a link, each counted once, from the loaded clicks (the API reports %1: it counts a contact once per send)</source>
        <translation>Contacts ayant cliqué sur un lien, chacun compté une fois, d&apos;après les clics chargés (l&apos;API indique %1 : elle compte un contact une fois par envoi)</translation>
    </message>
    <message>
        <source>chart zoom</source>
        <translation>zoom du graphique</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Every click, newest first</source>
        <translation>Chaque clic, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>One row per contact who clicked: your most engaged readers</source>
        <translation>Une ligne par contact ayant cliqué : vos lecteurs les plus engagés</translation>
    </message>
    <message>
        <source>clickers-%1.csv</source>
        <extracomment>The suggested file name of the clickers export; %1 is the campaign&apos;s id. Lower case, no spaces.</extracomment>
        <translation>cliqueurs-%1.csv</translation>
    </message>
    <message>
        <source>Export Clickers as CSV</source>
        <translation>Exporter les cliqueurs en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clickers to %1</source>
        <translation>
            <numerusform>%Ln cliqueur exporté vers %1</numerusform>
            <numerusform>%Ln cliqueurs exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks and clickers</source>
        <translation>Clics et cliqueurs</translation>
    </message>
    <message>
        <source>Export for &amp;Spreadsheet…</source>
        <translation>Exporter pour un &amp;tableur…</translation>
    </message>
    <message>
        <source>Write the clicks that pass the filter for Excel or LibreOffice: campaign and link names, times as shown, UTF-8 that Excel reads correctly</source>
        <translation>Écrire les clics qui passent le filtre pour Excel ou LibreOffice : noms de campagne et de lien, heures telles qu&apos;affichées, UTF-8 qu&apos;Excel lit correctement</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clics</translation>
    </message>
    <message>
        <source>Export Clicks for a Spreadsheet</source>
        <translation>Exporter les clics pour un tableur</translation>
    </message>
    <message>
        <source>Reload from &amp;Server</source>
        <translation>Recharger depuis le &amp;serveur</translation>
    </message>
    <message>
        <source>Forget the cached clicks of this campaign and load all of them from Constant Contact again</source>
        <translation>Oublier les clics de cette campagne mis en cache et tous les recharger depuis Constant Contact</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Constant Contact could not be reached at %1. What is shown comes from the local cache; Refresh tries again.</source>
        <translation>Constant Contact était injoignable le %1. Les données affichées proviennent du cache local ; Actualiser réessaie.</translation>
    </message>
    <message>
        <source>ClickScope works without its local cache this time: %1</source>
        <translation>ClickScope fonctionne cette fois sans son cache local : %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks from the cache; none is new (%1).</source>
        <translation>
            <numerusform>%Ln clic chargé depuis le cache ; aucun n&apos;est nouveau (%1).</numerusform>
            <numerusform>%Ln clics chargés depuis le cache ; aucun n&apos;est nouveau (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks from the cache and %1 new from Constant Contact (%2).</source>
        <translation>
            <numerusform>%Ln clic chargé depuis le cache, nouveaux depuis Constant Contact : %1 (%2).</numerusform>
            <numerusform>%Ln clics chargés depuis le cache, nouveaux depuis Constant Contact : %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source> They were complete at %1.</source>
        <translation> Ils étaient complets le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %Ln clicks from the cache.</source>
        <translation>
            <numerusform>Hors ligne : %Ln clic du cache.</numerusform>
            <numerusform>Hors ligne : %Ln clics du cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>mis à jour : %1</translation>
    </message>
    <message>
        <source>Every click up to %1 is loaded (kept in the local cache; Refresh asks for newer ones)</source>
        <translation>Tous les clics jusqu&apos;au %1 sont chargés (conservés dans le cache local ; Actualiser demande les plus récents)</translation>
    </message>
    <message>
        <source>The cache of this account is cleared. The clicks shown stay until the next load, which asks Constant Contact for all of them.</source>
        <translation>Le cache de ce compte est vidé. Les clics affichés restent jusqu&apos;au prochain chargement, qui les redemandera tous à Constant Contact.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: Constant Contact cannot be reached. Showing the %Ln clicks in the cache.</source>
        <translation>
            <numerusform>Hors ligne : Constant Contact est injoignable. Voici le %Ln clic du cache.</numerusform>
            <numerusform>Hors ligne : Constant Contact est injoignable. Voici les %Ln clics du cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln loaded clicks passes the filter: the text, the From and To dates or the chart zoom. Clear them to see the clicks.</source>
        <translation>
            <numerusform>%Ln clic chargé ne passe pas le filtre : le texte, les dates Du et Au ou le zoom du graphique. Effacez-les pour voir les clics.</numerusform>
            <numerusform>Aucun des %Ln clics chargés ne passe le filtre : le texte, les dates Du et Au ou le zoom du graphique. Effacez-les pour voir les clics.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickScope::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>ClickScope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>A new language is used the next time ClickScope starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de ClickScope.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language of ClickScope&apos;s windows and messages</source>
        <translation>La langue des fenêtres et des messages de ClickScope</translation>
    </message>
    <message>
        <source>Constant Contact client id</source>
        <translation>Identifiant client Constant Contact</translation>
    </message>
    <message>
        <source>From your application in the Constant Contact developer portal</source>
        <translation>De votre application dans le portail développeur de Constant Contact</translation>
    </message>
    <message>
        <source>Sign in uses this application (OAuth2 with PKCE; no client secret). Its redirect URI must be http://127.0.0.1:52801/callback.</source>
        <translation>La connexion utilise cette application (OAuth2 avec PKCE ; pas de secret client). Son URI de redirection doit être http://127.0.0.1:52801/callback.</translation>
    </message>
    <message>
        <source>&amp;Client id (v3):</source>
        <translation>Identifiant &amp;client (v3) :</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Par défaut</translation>
    </message>
    <message>
        <source>No cached data yet.</source>
        <translation>Aucune donnée en cache pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Clear &amp;This Account</source>
        <translation>&amp;Vider ce compte</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>T&amp;out vider</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Dossier du cache</translation>
    </message>
    <message>
        <source>Change the cache folder</source>
        <translation>Modifier le dossier du cache</translation>
    </message>
    <message>
        <source>Choose another folder for the cached data</source>
        <translation>Choisir un autre dossier pour les données en cache</translation>
    </message>
    <message>
        <source>Use the default cache folder</source>
        <translation>Utiliser le dossier du cache par défaut</translation>
    </message>
    <message>
        <source>A new folder is used the next time an account is opened. The files in the old folder stay where they are.</source>
        <translation>Un nouveau dossier est utilisé à la prochaine ouverture d&apos;un compte. Les fichiers de l&apos;ancien dossier restent où ils sont.</translation>
    </message>
    <message>
        <source>Cached accounts and their size on disk</source>
        <translation>Comptes en cache et leur taille sur le disque</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Clear the cache of this account</source>
        <translation>Vider le cache de ce compte</translation>
    </message>
    <message>
        <source>Clear every cache in this folder</source>
        <translation>Vider tous les caches de ce dossier</translation>
    </message>
    <message>
        <source>Clears the cached data of every account in this folder</source>
        <translation>Vide les données en cache de tous les comptes de ce dossier</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cache &amp;folder:</source>
        <translation>&amp;Dossier du cache :</translation>
    </message>
    <message>
        <source>&amp;Size on disk:</source>
        <translation>&amp;Taille sur le disque :</translation>
    </message>
    <message>
        <source>The default folder is in use</source>
        <translation>Le dossier par défaut est déjà utilisé</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Choose the Cache Folder</source>
        <translation>Choisir le dossier du cache</translation>
    </message>
    <message>
        <source>Folder Not Writable</source>
        <translation>Dossier non accessible en écriture</translation>
    </message>
    <message>
        <source>ClickScope cannot write in %1. Choose a folder of your own.</source>
        <translation>ClickScope ne peut pas écrire dans %1. Choisissez un dossier qui vous appartient.</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <extracomment>A row of the cache list in Preferences: the account that the window has open.</extracomment>
        <translation>%1 (ouvert)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Nothing is cached in this folder</source>
        <translation>Rien n&apos;est en cache dans ce dossier</translation>
    </message>
    <message>
        <source>Nothing is cached for %1 yet</source>
        <translation>Rien n&apos;est encore en cache pour %1</translation>
    </message>
    <message>
        <source>Clears the cached data of %1</source>
        <translation>Vide les données en cache de %1</translation>
    </message>
    <message>
        <source>The cached campaigns, clicks and contacts of %1 are removed from this computer; they are loaded again from Constant Contact when next opened.

Your sign-in and settings stay.</source>
        <translation>Les campagnes, clics et contacts de %1 mis en cache sont supprimés de cet ordinateur ; ils seront rechargés depuis Constant Contact à la prochaine ouverture.

Votre connexion et vos préférences sont conservées.</translation>
    </message>
    <message>
        <source>Clear the Cache of This Account?</source>
        <translation>Vider le cache de ce compte ?</translation>
    </message>
    <message>
        <source>every account (%1)</source>
        <extracomment>%1 names the accounts: &quot;v2 · api.constantcontact.com and v3 · api.cc.email&quot;.</extracomment>
        <translation>tous les comptes (%1)</translation>
    </message>
    <message>
        <source>Clear Every Cache?</source>
        <translation>Vider tous les caches ?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an account (&quot;v2 · api.constantcontact.com&quot;), %2 the reason.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Cache Not Cleared</source>
        <translation>Cache non vidé</translation>
    </message>
    <message>
        <source>Some cached data could not be cleared; it stays until it can be. ClickScope keeps working.

%1</source>
        <translation>Certaines données en cache n&apos;ont pas pu être supprimées ; elles restent jusqu&apos;à ce que ce soit possible. ClickScope continue de fonctionner.

%1</translation>
    </message>
    <message>
        <source>No signed-in account is open (the demo keeps its cache in a temporary folder that goes when ClickScope closes)</source>
        <translation>Aucun compte connecté n&apos;est ouvert (la démo garde son cache dans un dossier temporaire supprimé à la fermeture de ClickScope)</translation>
    </message>
</context>
<context>
    <name>ClickScope::V2KeyAuthenticator</name>
    <message>
        <source>No API key and access token are set.</source>
        <translation>La clé d&apos;API et le jeton d&apos;accès ne sont pas définis.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V2Parser</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>la page</translation>
    </message>
    <message>
        <source>Invalid click page: %1: %2</source>
        <translation>Page de clics invalide : %1 : %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>&quot;results&quot; is not an array</source>
        <translation>&quot;results&quot; n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>a string that is not valid JSON</source>
        <translation>une chaîne qui n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string or a whole number, not %2</source>
        <translation>%1 doit être une chaîne non vide ou un nombre entier, et non %2</translation>
    </message>
    <message>
        <source>email_address must be a string, not %1</source>
        <translation>email_address doit être une chaîne, et non %1</translation>
    </message>
    <message>
        <source>click_date must be a string, not %1</source>
        <translation>click_date doit être une chaîne, et non %1</translation>
    </message>
    <message>
        <source>click_date &quot;%1&quot; is not an ISO-8601 date</source>
        <translation>click_date &quot;%1&quot; n&apos;est pas une date ISO-8601</translation>
    </message>
    <message>
        <source>activity_type must be &quot;EMAIL_CLICK&quot;</source>
        <translation>activity_type doit valoir &quot;EMAIL_CLICK&quot;</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>&quot;meta&quot; is not an object</source>
        <translation>&quot;meta&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;meta.pagination&quot; is not an object</source>
        <translation>&quot;meta.pagination&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;next_link&quot; is not a string</source>
        <translation>&quot;next_link&quot; n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>no &quot;results&quot; array</source>
        <translation>aucun tableau &quot;results&quot;</translation>
    </message>
    <message>
        <source>no &quot;meta&quot; object</source>
        <translation>aucun objet &quot;meta&quot;</translation>
    </message>
    <message>
        <source>Invalid response: %1: %2</source>
        <translation>Réponse invalide : %1 : %2</translation>
    </message>
    <message>
        <source>%1 must be a string or a whole number</source>
        <translation>%1 doit être une chaîne ou un nombre entier</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 must be a date string</source>
        <translation>%1 doit être une chaîne de date</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 date</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une date ISO-8601</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>Invalid response: not valid JSON (%1 at byte %2)</source>
        <translation>Réponse invalide : JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>Invalid response: expected a JSON object</source>
        <translation>Réponse invalide : objet JSON attendu</translation>
    </message>
    <message>
        <source>Invalid response: no &quot;results&quot; array</source>
        <translation>Réponse invalide : aucun tableau &quot;results&quot;</translation>
    </message>
    <message>
        <source>Invalid response: no &quot;meta.pagination&quot; object</source>
        <translation>Réponse invalide : aucun objet &quot;meta.pagination&quot;</translation>
    </message>
    <message>
        <source>Invalid response: &quot;next_link&quot; is not a string</source>
        <translation>Réponse invalide : &quot;next_link&quot; n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>campaign list</source>
        <translation>liste des campagnes</translation>
    </message>
    <message>
        <source>Invalid response: expected a campaign object</source>
        <translation>Réponse invalide : objet campagne attendu</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>tracking_summary must be an object</source>
        <translation>tracking_summary doit être un objet</translation>
    </message>
    <message>
        <source>click_through_details must be an array</source>
        <translation>click_through_details doit être un tableau</translation>
    </message>
    <message>
        <source>Invalid response: expected a contact object</source>
        <translation>Réponse invalide : objet contact attendu</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>activity list</source>
        <translation>liste d&apos;activités</translation>
    </message>
    <message>
        <source>the contact lists are not a JSON array</source>
        <translation>les listes de contacts ne sont pas un tableau JSON</translation>
    </message>
    <message>
        <source>contact lists</source>
        <translation>listes de contacts</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3AuthText</name>
    <message>
        <source>Your Constant Contact sign-in has expired or was revoked. Sign in again.</source>
        <translation>Votre connexion à Constant Contact a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3Authenticator</name>
    <message>
        <source>Not signed in to Constant Contact.</source>
        <translation>Non connecté à Constant Contact.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3BackendText</name>
    <message>
        <source>reading campaigns needs the campaign_data scope and the campaign:read privilege</source>
        <translation>la lecture des campagnes nécessite la portée campaign_data et le privilège campaign:read</translation>
    </message>
    <message>
        <source>reading email reports needs the campaign_data scope and the ui:campaign:metrics privilege</source>
        <translation>la lecture des rapports d&apos;e-mails nécessite la portée campaign_data et le privilège ui:campaign:metrics</translation>
    </message>
    <message>
        <source>reading contacts needs the contact_data scope and the contacts:read privilege</source>
        <translation>la lecture des contacts nécessite la portée contact_data et le privilège contacts:read</translation>
    </message>
    <message>
        <source>reading contact reports needs the contact_data scope and the ui:campaign:metrics privilege</source>
        <translation>la lecture des rapports de contacts nécessite la portée contact_data et le privilège ui:campaign:metrics</translation>
    </message>
    <message>
        <source>Constant Contact refused access (%1): %2. Sign in again to grant the scope, or ask the account owner for a user role with that privilege.</source>
        <translation>Constant Contact a refusé l&apos;accès (%1) : %2. Reconnectez-vous pour accorder la portée, ou demandez au propriétaire du compte un rôle utilisateur disposant de ce privilège.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3Parser</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>une chaîne vide</translation>
    </message>
    <message>
        <source>a non-empty string or a whole number</source>
        <translation>une chaîne non vide ou un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation>Réponse invalide (%1) : %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 est %2, et non %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 date</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une date ISO-8601</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>click page</source>
        <translation>page de clics</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>email list</source>
        <translation>liste des e-mails</translation>
    </message>
    <message>
        <source>email campaign</source>
        <translation>campagne d&apos;e-mails</translation>
    </message>
    <message>
        <source>link report</source>
        <translation>rapport des liens</translation>
    </message>
    <message>
        <source>activity stats</source>
        <translation>statistiques d&apos;activité</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contact activity page</source>
        <translation>page d&apos;activité du contact</translation>
    </message>
    <message>
        <source>token response</source>
        <translation>réponse de jeton</translation>
    </message>
    <message>
        <source>contact list page</source>
        <translation>page des listes de contacts</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3SignIn</name>
    <message>
        <source>Cannot listen for the sign-in on port %1 (%2). Close the program that uses it, or choose another redirect port that the application has registered.</source>
        <translation>Impossible d&apos;écouter sur le port %1 pour la connexion (%2). Fermez le programme qui l&apos;utilise, ou choisissez un autre port de redirection enregistré par l&apos;application.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation>La connexion n&apos;a pas été terminée à temps dans le navigateur. Réessayez.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>La requête était trop volumineuse.</translation>
    </message>
    <message>
        <source>The request was not understood.</source>
        <translation>La requête n&apos;a pas été comprise.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n&apos;y a rien ici.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in ClickScope started. Start the sign-in again.</source>
        <translation>Cette réponse ne correspond pas à la connexion lancée par ClickScope. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in answer did not carry the expected state; it was ignored. Start the sign-in again.</source>
        <translation>La réponse de connexion ne contenait pas l&apos;état attendu ; elle a été ignorée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>Access to the Constant Contact account was not allowed.</source>
        <translation>L&apos;accès au compte Constant Contact n&apos;a pas été autorisé.</translation>
    </message>
    <message>
        <source>Constant Contact refused the sign-in: %1</source>
        <translation>Constant Contact a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The answer carried no authorization code.</source>
        <translation>La réponse ne contenait aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>La réponse de connexion ne contenait aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>ClickScope is finishing the sign-in. You can close this tab and return to ClickScope.</source>
        <translation>ClickScope termine la connexion. Vous pouvez fermer cet onglet et revenir à ClickScope.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3SignInText</name>
    <message>
        <source>Signing in needs the client id of a Constant Contact application. Register one in the Constant Contact developer portal with the PKCE flow and the redirect URI %1, then enter its client id in Preferences (or set CLICKSCOPE_CLIENT_ID).</source>
        <translation>La connexion nécessite l&apos;identifiant client d&apos;une application Constant Contact. Enregistrez-en une dans le portail des développeurs Constant Contact avec le flux PKCE et l&apos;URI de redirection %1, puis saisissez son identifiant client dans les Préférences (ou définissez CLICKSCOPE_CLIENT_ID).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h1&gt;Welcome to ClickScope&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans ClickScope&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation>Découvrir la démo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Campaigns&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campagnes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Rechercher des campagnes</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Tracking summary</source>
        <translation>Résumé du suivi</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Désabonnements</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links&lt;/b&gt;</source>
        <translation>&lt;b&gt;Liens&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Filter clicks by email or contact ID</source>
        <translation>Filtrer les clics par e-mail ou ID de contact</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Only clicks at or after this time</source>
        <translation>Uniquement les clics à partir de cette date</translation>
    </message>
    <message>
        <source>Show clicks from</source>
        <translation>Afficher les clics à partir du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Only clicks before this time</source>
        <translation>Uniquement les clics antérieurs à cette date</translation>
    </message>
    <message>
        <source>Show clicks until</source>
        <translation>Afficher les clics jusqu&apos;au</translation>
    </message>
    <message>
        <source>Fetch since</source>
        <translation>Récupérer depuis</translation>
    </message>
    <message>
        <source>Ask the API only for clicks on or after this date (created_since): faster for large campaigns</source>
        <translation>Ne demander à l&apos;API que les clics à partir de cette date (created_since) : plus rapide pour les grosses campagnes</translation>
    </message>
    <message>
        <source>Fetch clicks since</source>
        <translation>Récupérer les clics depuis le</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the clicks again (F5)</source>
        <translation>Recharger les clics (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write the clicks that pass the filter to a CSV file</source>
        <translation>Écrire les clics filtrés dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG…</source>
        <translation>Enregistrer le &amp;graphique en PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Choose the language of ClickScope</source>
        <translation>Choisir la langue de ClickScope</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the clicks again</source>
        <translation>Recharger les clics</translation>
    </message>
    <message>
        <source>&amp;Filter Clicks</source>
        <translation>&amp;Filtrer les clics</translation>
    </message>
    <message>
        <source>Type to filter the clicks by email or contact ID</source>
        <translation>Saisissez du texte pour filtrer les clics par e-mail ou ID de contact</translation>
    </message>
    <message>
        <source>Reset Chart &amp;Zoom</source>
        <translation>Réinitialiser le &amp;zoom du graphique</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Enter the API key and access token</source>
        <translation>Saisir la clé d&apos;API et le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;About ClickScope</source>
        <translation>À &amp;propos de ClickScope</translation>
    </message>
    <message>
        <source>Email or contact ID</source>
        <translation>E-mail ou ID de contact</translation>
    </message>
    <message>
        <source>Sign in with Constant Contact</source>
        <translation>Se connecter à Constant Contact</translation>
    </message>
    <message>
        <source>Use a v2 API Key…</source>
        <translation>Utiliser une clé d&apos;API v2…</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>Aucun compte ouvert</translation>
    </message>
    <message>
        <source>&amp;Sign In with Constant Contact…</source>
        <translation>&amp;Se connecter à Constant Contact…</translation>
    </message>
    <message>
        <source>Sign in to your Constant Contact account in the browser (API v3)</source>
        <translation>Se connecter à votre compte Constant Contact dans le navigateur (API v3)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget the stored sign-in or credentials of this account</source>
        <translation>Oublier la connexion ou les identifiants enregistrés de ce compte</translation>
    </message>
    <message>
        <source>Use a v2 API &amp;Key…</source>
        <translation>Utiliser une &amp;clé d&apos;API v2…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Who clicked which link in your email campaign, and when.</source>
        <translation>Qui a cliqué sur quel lien dans votre campagne d&apos;e-mails, et quand.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with generated data and open the window against it.</source>
        <translation>Démarrer le bac à sable intégré avec des données générées et ouvrir la fenêtre dessus.</translation>
    </message>
    <message>
        <source>Base URL of the API (default https://api.constantcontact.com).</source>
        <translation>URL de base de l&apos;API (par défaut https://api.constantcontact.com).</translation>
    </message>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>L&apos;adresse d&apos;API %1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>The demo could not start its built-in sandbox: %1</source>
        <translation>La démo n&apos;a pas pu démarrer son bac à sable intégré : %1</translation>
    </message>
    <message>
        <source>The Constant Contact API to open: v2 or v3 (default: the one used last; v3 for the demo).</source>
        <translation>L&apos;API Constant Contact à ouvrir : v2 ou v3 (par défaut : la dernière utilisée ; v3 pour la démo).</translation>
    </message>
    <message>
        <source>Sign-in server of the v3 API (default https://authz.constantcontact.com/oauth2/default/v1).</source>
        <translation>Serveur de connexion de l&apos;API v3 (par défaut https://authz.constantcontact.com/oauth2/default/v1).</translation>
    </message>
    <message>
        <source>Client id of the Constant Contact application that signs in (v3).</source>
        <translation>Identifiant client de l&apos;application Constant Contact qui se connecte (v3).</translation>
    </message>
    <message>
        <source>--api must be v2 or v3, not %1.</source>
        <translation>--api doit valoir v2 ou v3, et non %1.</translation>
    </message>
    <message>
        <source>Demo: the built-in sandbox (API %1)</source>
        <translation>Démo : le bac à sable intégré (API %1)</translation>
    </message>
    <message>
        <source>Constant Contact API %1 · %2</source>
        <translation>API Constant Contact %1 · %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>With --demo: the sandbox gains N new clicks a minute on its newest campaign, so that Refresh has something to fetch.</source>
        <translation>Avec --demo : le bac à sable reçoit N nouveaux clics par minute sur sa campagne la plus récente, pour qu&apos;Actualiser ait quelque chose à récupérer.</translation>
    </message>
</context>
</TS>
