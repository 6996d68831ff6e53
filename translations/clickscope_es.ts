<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>writing the output failed</source>
        <translation>error al escribir la salida</translation>
    </message>
    <message>
        <source>writing the output failed: %1</source>
        <translation>error al escribir la salida: %1</translation>
    </message>
    <message>
        <source> (see clickscope-cli --help)</source>
        <translation> (consulte clickscope-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see clickscope-cli --help)</source>
        <translation>no se indicó ningún comando (consulte clickscope-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see clickscope-cli --help)</source>
        <translation>comando desconocido &quot;%1&quot; (consulte clickscope-cli --help)</translation>
    </message>
    <message>
        <source>%1 needs an id (see clickscope-cli %1 --help)</source>
        <translation>%1 necesita un ID (consulte clickscope-cli %1 --help)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an option does not apply to %1 (see clickscope-cli %1 --help)</source>
        <translation>una opción no es aplicable a %1 (consulte clickscope-cli %1 --help)</translation>
    </message>
    <message>
        <source>--status must be one of SENT, ALL, DRAFT, SCHEDULED, RUNNING</source>
        <translation>--status debe ser SENT, ALL, DRAFT, SCHEDULED o RUNNING</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl</source>
        <translation>--format debe ser csv o jsonl</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not an ISO-8601 date or time</source>
        <translation>--since &quot;%1&quot; no es una fecha u hora ISO-8601</translation>
    </message>
    <message>
        <source>--demo and --api-base exclude each other</source>
        <translation>--demo y --api-base se excluyen mutuamente</translation>
    </message>
    <message>
        <source>CLICKSCOPE_MAX_RPS must be a number, 0 or more</source>
        <translation>CLICKSCOPE_MAX_RPS debe ser un número mayor o igual que 0</translation>
    </message>
    <message>
        <source>the built-in sandbox did not start: %1</source>
        <translation>no se pudo iniciar el entorno de pruebas integrado: %1</translation>
    </message>
    <message>
        <source>--api-base: %1</source>
        <translation>--api-base: %1</translation>
    </message>
    <message>
        <source>none are saved for %1</source>
        <translation>no hay ninguna guardada para %1</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation>no se pudo leer el llavero (%1)</translation>
    </message>
    <message>
        <source>no credentials: set CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or save them in ClickScope (Account &gt; Credentials...); %1</source>
        <translation>no hay credenciales: defina CLICKSCOPE_API_KEY y CLICKSCOPE_ACCESS_TOKEN, o guárdelas en ClickScope (Cuenta &gt; Credenciales...); %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks, %1 pages, %2 requests/s</source>
        <translation>
            <numerusform>%Ln clic, %1 páginas, %2 solicitudes/s</numerusform>
            <numerusform>%Ln clics, %1 páginas, %2 solicitudes/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: clickscope-cli --api v3 login [--no-browser] [--redirect-port N]

Signs in to Constant Contact in the browser (OAuth2 with PKCE) and stores the tokens in the system
keychain. Prints the address to open on standard error and opens the browser unless --no-browser.
  --redirect-port N  the port of the registered redirect URI http://127.0.0.1:N/callback (default 52801)
Waits up to 300 s for the browser. Exit 3 when access is denied, the answer is not the expected one, or the time runs out.
</source>
        <translation>Uso: clickscope-cli --api v3 login [--no-browser] [--redirect-port N]

Inicia sesión en Constant Contact en el navegador (OAuth2 con PKCE) y guarda los tokens en el llavero
del sistema. Muestra la dirección que hay que abrir en la salida de error estándar y abre el navegador, salvo con --no-browser.
  --redirect-port N  el puerto del URI de redirección registrado http://127.0.0.1:N/callback (predeterminado: 52801)
Espera al navegador hasta 300 s. Sale con el código 3 si se deniega el acceso, si la respuesta no es la esperada o si se agota el tiempo.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli [--api v2|v3] logout

Removes this account&apos;s stored credentials (v2 key and token, or v3 tokens) from the system keychain.
</source>
        <translation>Uso: clickscope-cli [--api v2|v3] logout

Elimina del llavero del sistema las credenciales guardadas de esta cuenta (clave y token de v2, o tokens de v3).
</translation>
    </message>
    <message>
        <source>--api must be v2 or v3</source>
        <translation>--api debe ser v2 o v3</translation>
    </message>
    <message>
        <source>login is for --api v3; a v2 account uses an API key and access token (CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or saved in ClickScope)</source>
        <translation>login es para --api v3; una cuenta v2 usa una clave de API y un token de acceso (CLICKSCOPE_API_KEY y CLICKSCOPE_ACCESS_TOKEN, o guardados en ClickScope)</translation>
    </message>
    <message>
        <source>--status must be one of SENT, ALL, Draft, Scheduled, Executing, Done, Error, Removed</source>
        <translation>--status debe ser SENT, ALL, Draft, Scheduled, Executing, Done, Error o Removed</translation>
    </message>
    <message>
        <source>--redirect-port must be a port number (1-65535)</source>
        <translation>--redirect-port debe ser un número de puerto (1-65535)</translation>
    </message>
    <message>
        <source>--auth-base: %1</source>
        <translation>--auth-base: %1</translation>
    </message>
    <message>
        <source>Signed out: no credentials for %1 are stored.</source>
        <translation>Sesión cerrada: no hay credenciales guardadas para %1.</translation>
    </message>
    <message>
        <source>the keychain could not be changed (%1)</source>
        <translation>no se pudo modificar el llavero (%1)</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in: %1</source>
        <translation>Abra esta dirección en un navegador para iniciar sesión: %1</translation>
    </message>
    <message>
        <source>signed in, but the keychain could not store the tokens (%1)</source>
        <translation>sesión iniciada, pero el llavero no pudo guardar los tokens (%1)</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>no sign-in is stored for %1</source>
        <translation>no hay ningún inicio de sesión guardado para %1</translation>
    </message>
    <message>
        <source>not signed in: run clickscope-cli --api v3 login, or set CLICKSCOPE_ACCESS_TOKEN; %1</source>
        <translation>no ha iniciado sesión: ejecute clickscope-cli --api v3 login o defina CLICKSCOPE_ACCESS_TOKEN; %1</translation>
    </message>
    <message>
        <source>contact %1 and its activity are not in the cache yet: run clickscope-cli contact %1 --activity (without --cached) once to store them</source>
        <translation>el contacto %1 y su actividad aún no están en la caché: ejecute una vez clickscope-cli contact %1 --activity (sin --cached) para guardarlos</translation>
    </message>
    <message>
        <source>contact %1 is not in the cache yet: run clickscope-cli contact %1 (without --cached) once to store it</source>
        <translation>el contacto %1 aún no está en la caché: ejecute una vez clickscope-cli contact %1 (sin --cached) para guardarlo</translation>
    </message>
    <message>
        <source>the clicks of campaign %1 are not in the cache yet (or their sync never finished): run clickscope-cli sync %1</source>
        <translation>los clics de la campaña %1 aún no están en la caché (o su sincronización nunca terminó): ejecute clickscope-cli sync %1</translation>
    </message>
    <message numerus="yes">
        <source>campaign %1 (%2 of %3): %Ln clicks, %4 pages, %5 requests/s</source>
        <translation>
            <numerusform>campaña %1 (%2 de %3): %Ln clic, %4 páginas, %5 solicitudes/s</numerusform>
            <numerusform>campaña %1 (%2 de %3): %Ln clics, %4 páginas, %5 solicitudes/s</numerusform>
        </translation>
    </message>
    <message>
        <source>sync stopped: %1.</source>
        <translation>sincronización detenida: %1.</translation>
    </message>
    <message>
        <source>sync stopped at campaign %1 (%2 of %3 done): %4. What was fetched is kept in the cache; run clickscope-cli sync again to go on from there.</source>
        <translation>sincronización detenida en la campaña %1 (%2 de %3 completadas): %4. Lo obtenido se conserva en la caché; vuelva a ejecutar clickscope-cli sync para continuar desde ahí.</translation>
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
        <translation>Uso: clickscope-cli [--api v2|v3] [--api-base URL] [--auth-base URL] [--client-id ID] [--demo] COMMAND ...

Lee el seguimiento de clics de Constant Contact (la API v2 o la v3) para scripts y tareas de sincronización.

Comandos:
  login [--no-browser] [--redirect-port N]                v3: iniciar sesión en el navegador; tokens al llavero
  logout                                                  olvidar las credenciales guardadas de esta cuenta
  campaigns [--status STATUS] [--cached]                  CSV: id,name,status,modified_date
  links CAMPAIGN_ID [--cached]                            CSV: link_id,url,click_count
  clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]
  contact CONTACT_ID [--activity] [--cached]              JSON
  sync [CAMPAIGN_ID...] [--cache-dir DIR]                 poner al día la caché local; resumen en CSV

Opciones:
  --api v2|v3      la API (predeterminada: v2, o CLICKSCOPE_API)
  --api-base URL   URL base de la API (predeterminada: https://api.constantcontact.com para v2, https://api.cc.email para v3;
                   http sin cifrar solo hacia loopback)
  --auth-base URL  servidor de inicio de sesión de v3 (predeterminado: https://authz.constantcontact.com/oauth2/default/v1)
  --client-id ID   ID de cliente de la aplicación v3 (si no, CLICKSCOPE_CLIENT_ID; si no, el predeterminado de la compilación)
  --demo           usar el entorno de pruebas (sandbox) integrado con datos generados (no requiere cuenta; ambas API)
  --cached         campaigns, links, clicks, contact: responder solo desde la caché local; no se envía nada
                   y no hacen falta credenciales (la caché se llena con sync). Sin esta opción, estos comandos consultan
                   directamente la API, como siempre (contact también guarda en la caché lo que recibe).
  --cache-dir DIR  la carpeta de las cachés (si no, CLICKSCOPE_CACHE_DIR; si no, la carpeta que usa la ventana
                   de ClickScope); un archivo SQLite por cuenta, sin credenciales
  -h, --help       esta ayuda; &quot;clickscope-cli COMMAND --help&quot; para la ayuda de un comando
  -v, --version    la versión

Las credenciales de v2 se toman de CLICKSCOPE_API_KEY y CLICKSCOPE_ACCESS_TOKEN si ambas están definidas; si no, del
llavero del sistema (guardadas por ClickScope: Cuenta &gt; Credenciales...). v3 usa solo CLICKSCOPE_ACCESS_TOKEN si esta
está definida (nunca se renueva); si no, los tokens que guardó login (se renuevan cuando hace falta). Los secretos nunca se
toman de la línea de comandos.
CLICKSCOPE_MAX_RPS fija la tasa de solicitudes (predeterminada: 4, el límite de la API; 0 = sin límite, solo para entornos de pruebas locales).

Códigos de salida: 0 correcto, 2 uso, 3 autenticación, 4 no encontrado, 5 cuota diaria agotada,
                   6 fallo de red o del servidor tras los reintentos, 7 respuesta no válida.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli campaigns [--status STATUS] [--cached]

Lists campaigns as CSV with the header id,name,status,modified_date. --status defaults to ALL: every
campaign, drafts and scheduled ones included (v3: all but Removed). v2 statuses: SENT, ALL, DRAFT,
SCHEDULED, RUNNING; v3: SENT (= Done), ALL, Draft, Scheduled, Executing, Done, Error, Removed.
  --cached  the list as the last sync stored it (ALL and SENT), from the local cache; nothing is sent
</source>
        <translation>Uso: clickscope-cli campaigns [--status STATUS] [--cached]

Muestra las campañas en CSV con la cabecera id,name,status,modified_date. El valor predeterminado de --status es ALL: todas
las campañas, incluidos los borradores y las programadas (v3: todas salvo Removed). Estados de v2: SENT, ALL, DRAFT,
SCHEDULED, RUNNING; de v3: SENT (= Done), ALL, Draft, Scheduled, Executing, Done, Error, Removed.
  --cached  la lista tal como la guardó la última sincronización (ALL y SENT), desde la caché local; no se envía nada
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli links CAMPAIGN_ID [--cached]

Lists the campaign&apos;s tracked links (click_through_details) as CSV: link_id,url,click_count.
  --cached  the links as the last sync of the campaign stored them; nothing is sent
</source>
        <translation>Uso: clickscope-cli links CAMPAIGN_ID [--cached]

Muestra los enlaces con seguimiento de la campaña (click_through_details) en CSV: link_id,url,click_count.
  --cached  los enlaces tal como los guardó la última sincronización de la campaña; no se envía nada
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
        <translation>Uso: clickscope-cli clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE] [--cached]

Escribe todos los clics de la campaña (o de un enlace), del más reciente al más antiguo, a medida que llegan las páginas (v3: los del correo electrónico principal y después los del reenvío).
  --link LINK_ID     solo este enlace (su url_uid); predeterminado: todos los enlaces
  --since ISO8601    solo clics en esta fecha u hora o posteriores (v2 created_since; v3 deja de pedir páginas en el primer clic anterior),
                     p. ej. 2026-05-01 o 2026-05-01T12:00:00Z
  --format csv|jsonl CSV con la cabecera activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date
                     (predeterminado), o un objeto JSON por línea con los mismos campos (v3 añade device_type)
  --output FILE      escribir en FILE de forma atómica: si hay algún error, no queda ningún archivo; predeterminado: salida estándar
  --cached           leer en su lugar los clics de la caché local, del más reciente al más antiguo; no se envía nada (sale con el
                     código 4 hasta que una sincronización de la campaña haya terminado una vez); --cache-dir DIR indica la carpeta de las cachés
Sin --cached, los clics vienen directamente de la API y no se guarda nada en la caché. El progreso se muestra en la salida
de error estándar cuando esta es un terminal.
</translation>
    </message>
    <message>
        <source>Usage: clickscope-cli contact CONTACT_ID [--activity] [--cached] [--cache-dir DIR]

Prints the contact as JSON; with --activity also its whole tracking activity, newest first.
The contact (and its activity) comes from the API and is also stored in the local cache.
  --cached  print it from the cache, as stored by an earlier contact command; nothing is sent
</source>
        <translation>Uso: clickscope-cli contact CONTACT_ID [--activity] [--cached] [--cache-dir DIR]

Muestra el contacto en JSON; con --activity, también toda su actividad de seguimiento, de la más reciente a la más antigua.
El contacto (y su actividad) procede de la API y también se guarda en la caché local.
  --cached  mostrarlo desde la caché, tal como lo guardó un comando contact anterior; no se envía nada
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
        <translation>Uso: clickscope-cli sync [CAMPAIGN_ID...] [--cache-dir DIR]

Pone al día la caché local de la cuenta para las campañas indicadas, o para todas las campañas SENT si no se indica ninguna:
la lista de campañas, los detalles y enlaces de cada campaña, y todos sus clics. La primera sincronización de una campaña
obtiene todos los clics; las siguientes, solo los clics nuevos. Una sincronización que se detiene (un error, la cuota diaria,
Ctrl+C) conserva lo que guardó, y la siguiente continúa desde ahí sin perder ni duplicar ningún clic.
Escribe en la salida estándar una fila CSV por cada campaña sincronizada, con la cabecera
campaign_id,name,new_clicks,clicks,synced_date (clicks: todo lo que contiene ahora la caché). El progreso se muestra en la
salida de error estándar cuando esta es un terminal. Se detiene en el primer error: código de salida 5 cuando se agota la cuota
diaria (vuelva a ejecutar sync más tarde), 6 cuando no se puede acceder a la API. Lea la caché con --cached (campaigns, links, clicks).
  --cache-dir DIR  la carpeta de las cachés (si no, CLICKSCOPE_CACHE_DIR; si no, la de ClickScope)
</translation>
    </message>
    <message>
        <source>--cache-dir needs a folder</source>
        <translation>--cache-dir necesita una carpeta</translation>
    </message>
    <message>
        <source>the cache in %1 cannot be used: %2</source>
        <translation>no se puede usar la caché de %1: %2</translation>
    </message>
    <message>
        <source>nothing of %1 is in the cache yet (no %2): run clickscope-cli sync first</source>
        <translation>aún no hay nada de %1 en la caché (no existe %2): ejecute primero clickscope-cli sync</translation>
    </message>
</context>
<context>
    <name>ClickScope::ApiError</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>The API rejected the credentials: %1</source>
        <translation>La API rechazó las credenciales: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No encontrado: %1</translation>
    </message>
    <message>
        <source>The daily request quota of this API key is used up; try again tomorrow. (%1)</source>
        <translation>Se ha agotado la cuota diaria de solicitudes de esta clave de API; vuelva a intentarlo mañana. (%1)</translation>
    </message>
    <message>
        <source>The API refused a request from ClickScope (HTTP 406). This is a bug in ClickScope; please report it. (%1)</source>
        <translation>La API rechazó una solicitud de ClickScope (HTTP 406). Se trata de un error de ClickScope; por favor, notifíquelo. (%1)</translation>
    </message>
    <message>
        <source>%1. The quota resets at %2 (00:00 UTC).</source>
        <translation>%1. La cuota se restablece el %2 (00:00 UTC).</translation>
    </message>
    <message>
        <source>Constant Contact did not accept the API key: it is not active, or it is not a valid key. (%1)</source>
        <translation>Constant Contact no ha aceptado la clave de API: no está activa o no es una clave válida. (%1)</translation>
    </message>
</context>
<context>
    <name>ClickScope::CachingBackend</name>
    <message>
        <source>%1 is not in the cache yet. Open it once with a connection, or sync it (clickscope-cli sync).</source>
        <translation>%1: todavía no hay datos en la caché. Cárguelos una vez con conexión o sincronícelos (clickscope-cli sync).</translation>
    </message>
    <message>
        <source>The campaign list</source>
        <translation>La lista de campañas</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>The contact lists</source>
        <translation>Las listas de contactos</translation>
    </message>
    <message>
        <source>The activity of contact %1</source>
        <translation>La actividad del contacto %1</translation>
    </message>
</context>
<context>
    <name>ClickScope::CachingClickStream</name>
    <message>
        <source>The clicks were loaded, but the cache could not record it: %1</source>
        <translation>Los clics se cargaron, pero la caché no pudo registrarlo: %1</translation>
    </message>
    <message>
        <source>The cache could not store the clicks: %1. The clicks shown so far are kept.</source>
        <translation>La caché no pudo guardar los clics: %1. Se conservan los clics mostrados hasta ahora.</translation>
    </message>
</context>
<context>
    <name>ClickScope::CampaignListModel</name>
    <message>
        <source>%1
Sent %2</source>
        <translation>%1
Enviada: %2</translation>
    </message>
    <message>
        <source>%1
Last modified %2</source>
        <translation>%1
Última modificación: %2</translation>
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
        <translation>La caché necesita el controlador SQLite de Qt, que no está instalado (libqt6sql6-sqlite en Debian).</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>No se pudo abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ClickScope cache: %2</source>
        <translation>%1 no es una caché de ClickScope: %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer ClickScope (schema %2; this one knows %3). It is left as it is.</source>
        <translation>La caché %1 la escribió una versión más reciente de ClickScope (esquema %2; esta conoce %3). Se deja como está.</translation>
    </message>
    <message>
        <source>The cache %1 could not be upgraded: %2</source>
        <translation>No se pudo actualizar la caché %1: %2</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickChartView</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>How long each point of the chart is</source>
        <translation>Intervalo de tiempo que abarca cada punto del gráfico</translation>
    </message>
    <message>
        <source>Chart bucket size</source>
        <translation>Tamaño del intervalo del gráfico</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Show the whole time range again (drag over the chart to zoom in)</source>
        <translation>Mostrar de nuevo todo el intervalo de tiempo (arrastre sobre el gráfico para ampliar)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clicks over time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clics a lo largo del tiempo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Unique contacts</source>
        <translation>Contactos únicos</translation>
    </message>
    <message>
        <source>Chart of clicks over time</source>
        <translation>Gráfico de clics a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No clicks to show</source>
        <translation>No hay clics que mostrar</translation>
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
        <translation>Clics a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Share of clicks by time since send</source>
        <translation>Proporción de clics según el tiempo desde el envío</translation>
    </message>
    <message>
        <source>Clicks per hour, day or week, or the share of all clicks that came within a given time of the send</source>
        <translation>Clics por hora, día o semana, o la proporción de todos los clics que llegaron dentro de un tiempo dado tras el envío</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Vista del gráfico</translation>
    </message>
    <message>
        <source>Share of clicks</source>
        <translation>Proporción de clics</translation>
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
        <translation>sem. del %1</translation>
    </message>
    <message>
        <source>Time since the send (log scale)</source>
        <translation>Tiempo desde el envío (escala logarítmica)</translation>
    </message>
    <message>
        <source>Time since the first click (log scale)</source>
        <translation>Tiempo desde el primer clic (escala logarítmica)</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>The origin of the share chart&apos;s time axis: the send, or the first click when the send time is unknown.</extracomment>
        <translation>Envío</translation>
    </message>
    <message>
        <source>First click</source>
        <translation>Primer clic</translation>
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
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Within %1 of the send: %2 of the clicks (%3 of %4)</source>
        <translation>Dentro de %1 tras el envío: %2 de los clics (%3 de %4)</translation>
    </message>
    <message>
        <source>Within %1 of the first click: %2 of the clicks (%3 of %4)</source>
        <translation>Dentro de %1 tras el primer clic: %2 de los clics (%3 de %4)</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Todos los enlaces</translation>
    </message>
    <message>
        <source>Clicks by hour</source>
        <translation>Clics por hora</translation>
    </message>
    <message>
        <source>Clicks by week</source>
        <translation>Clics por semana</translation>
    </message>
    <message>
        <source>Clicks by day</source>
        <translation>Clics por día</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickSession</name>
    <message>
        <source>No account is open.</source>
        <translation>No hay ninguna cuenta abierta.</translation>
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
        <translation>La API no envió ninguna fecha para este clic.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>Link URL</source>
        <translation>URL del enlace</translation>
    </message>
    <message>
        <source>Link ID</source>
        <translation>ID del enlace</translation>
    </message>
    <message>
        <source>A click on the resend of this campaign (sent again to contacts who had not opened it)</source>
        <translation>Un clic en el reenvío de esta campaña (enviada de nuevo a los contactos que no la habían abierto)</translation>
    </message>
    <message>
        <source>%1 UTC, on the resend of this campaign</source>
        <translation>%1 UTC, en el reenvío de esta campaña</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>hora local</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <extracomment>%1 is the time zone the times are shown in: &quot;UTC&quot; or the system&apos;s zone id (&quot;Europe/Berlin&quot;)</extracomment>
        <translation>Hora del clic (%1)</translation>
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
        <translation>No se conoce la hora de envío de la campaña.</translation>
    </message>
    <message>
        <source>No dated click at or after the campaign&apos;s send time.</source>
        <translation>Ningún clic con fecha en la hora de envío de la campaña o después.</translation>
    </message>
    <message>
        <source>How many different links the contact clicked</source>
        <translation>Cuántos enlaces distintos pulsó el contacto</translation>
    </message>
    <message>
        <source>From the campaign&apos;s send to the contact&apos;s first click</source>
        <translation>Desde el envío de la campaña hasta el primer clic del contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>First click</source>
        <translation>Primer clic</translation>
    </message>
    <message>
        <source>Last click</source>
        <translation>Último clic</translation>
    </message>
    <message>
        <source>Time to first click</source>
        <translation>Tiempo hasta el primer clic</translation>
    </message>
</context>
<context>
    <name>ClickScope::ClickersView</name>
    <message>
        <source>Contacts who clicked</source>
        <translation>Contactos que hicieron clic</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Clicker count</source>
        <translation>Número de clics únicos</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save these contacts, with their clicks and times, as a CSV file</source>
        <translation>Guardar estos contactos, con sus clics y horas, como archivo CSV</translation>
    </message>
    <message>
        <source>No clicks loaded</source>
        <translation>No hay clics cargados</translation>
    </message>
    <message>
        <source>No contact matches the filter</source>
        <translation>Ningún contacto coincide con el filtro</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The clickers tab&apos;s summary; %1 is &quot;N contacts clicked&quot;, %2 is &quot;M clicks&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts clicked</source>
        <translation>
            <numerusform>%Ln contacto hizo clic</numerusform>
            <numerusform>%Ln contactos hicieron clic</numerusform>
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
        <translation>Baja</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Contact %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Contacto %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Loading the contact…</source>
        <translation>Cargando el contacto…</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>Cargando la actividad…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detalles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clicks in the loaded data&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Clics en los datos cargados&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;All activity&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Toda la actividad&lt;/b&gt;, la más reciente primero</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Teléfono particular</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No activity.</source>
        <translation>Sin actividad.</translation>
    </message>
    <message>
        <source>This contact no longer exists in the account.</source>
        <translation>Este contacto ya no existe en la cuenta.</translation>
    </message>
    <message>
        <source>The activity could not be loaded completely: %1</source>
        <translation>No se pudo cargar toda la actividad: %1</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Detalles del contacto</translation>
    </message>
    <message>
        <source>This contact&apos;s clicks in the loaded data</source>
        <translation>Clics de este contacto en los datos cargados</translation>
    </message>
    <message>
        <source>All activity of this contact, newest first</source>
        <translation>Toda la actividad de este contacto, la más reciente primero</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <translation>Hora del clic (%1)</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Cuándo (%1)</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Estado del correo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>Lista %1</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculta)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Subscribed, not confirmed yet</source>
        <translation>Suscrito, aún sin confirmar</translation>
    </message>
    <message>
        <source>Removed from the account</source>
        <translation>Eliminado de la cuenta</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Not a subscriber</source>
        <translation>No es suscriptor</translation>
    </message>
    <message>
        <source>Visitor, not subscribed</source>
        <translation>Visitante, no suscrito</translation>
    </message>
    <message>
        <source>Subscribed (gave permission)</source>
        <translation>Suscrito (dio su permiso)</translation>
    </message>
    <message>
        <source>Subscribed (implied permission)</source>
        <translation>Suscrito (permiso implícito)</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Esperando confirmación</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>No permission given</source>
        <translation>No dio su permiso</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Otro (%1)</translation>
    </message>
    <message>
        <source>Was sent the email</source>
        <translation>Recibió el correo</translation>
    </message>
    <message>
        <source>Opened the email</source>
        <translation>Abrió el correo</translation>
    </message>
    <message>
        <source>Clicked a link</source>
        <translation>Hizo clic en un enlace</translation>
    </message>
    <message>
        <source>Email bounced</source>
        <translation>El correo rebotó</translation>
    </message>
    <message>
        <source>Forwarded the email</source>
        <translation>Reenvió el correo</translation>
    </message>
    <message>
        <source>by the contact</source>
        <translation>por el contacto</translation>
    </message>
    <message>
        <source>by the account owner</source>
        <translation>por el titular de la cuenta</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
</context>
<context>
    <name>ClickScope::CredentialStore</name>
    <message>
        <source>the system keyring has no default collection, or it is locked. Open your keyring manager (for example &quot;Passwords and Keys&quot;), create or unlock the default keyring, then try again</source>
        <translation>el llavero del sistema no tiene una colección predeterminada o está bloqueado. Abra su gestor de llaveros (por ejemplo, «Contraseñas y claves»), cree o desbloquee el llavero predeterminado y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>no system keyring answered. Install and start one (for example GNOME Keyring or KWallet), then try again</source>
        <translation>ningún llavero del sistema respondió. Instale e inicie uno (por ejemplo, GNOME Keyring o KWallet) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>access to the system keyring was denied</source>
        <translation>se denegó el acceso al llavero del sistema</translation>
    </message>
</context>
<context>
    <name>ClickScope::CredentialsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Forget Credentials</source>
        <translation>&amp;Olvidar credenciales</translation>
    </message>
    <message>
        <source>Constant Contact Credentials</source>
        <translation>Credenciales de Constant Contact</translation>
    </message>
    <message>
        <source>ClickScope needs an existing Constant Contact &lt;b&gt;v2&lt;/b&gt; API key and an access token for your account. They are kept in your system&apos;s keychain and nowhere else.</source>
        <translation>ClickScope necesita una clave de API &lt;b&gt;v2&lt;/b&gt; de Constant Contact ya existente y un token de acceso para su cuenta. Se guardan en el llavero del sistema y en ningún otro lugar.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation>Mostrar u ocultar el token de acceso</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>Mostrar token de acceso</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL &amp;base de la API:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>There is no keychain on this system that ClickScope can use (%1), so the credentials cannot be stored. Use them for this session only? They will not be written anywhere.</source>
        <translation>No hay ningún llavero en este sistema que ClickScope pueda usar (%1), por lo que no se pueden guardar las credenciales. ¿Desea usarlas solo en esta sesión? No se escribirán en ningún sitio.</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>No se pudieron guardar las credenciales: %1</translation>
    </message>
    <message>
        <source>The credentials were removed from the keychain.</source>
        <translation>Se eliminaron las credenciales del llavero.</translation>
    </message>
    <message>
        <source>The credentials could not be removed: %1</source>
        <translation>No se pudieron eliminar las credenciales: %1</translation>
    </message>
    <message>
        <source>Enter both the API key and the access token.</source>
        <translation>Introduzca la clave de API y el token de acceso.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>✔ Connected: the API accepted these credentials.</source>
        <translation>✔ Conectado: la API aceptó estas credenciales.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Eliminando del llavero…</translation>
    </message>
</context>
<context>
    <name>ClickScope::CsvExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
    <message>
        <source>Click time (%1)</source>
        <extracomment>A column of the spreadsheet export; %1 is the time zone (&quot;UTC&quot; or &quot;Europe/Berlin&quot;)</extracomment>
        <translation>Hora del clic (%1)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Link URL</source>
        <translation>URL del enlace</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID de la campaña</translation>
    </message>
    <message>
        <source>Link ID</source>
        <translation>ID del enlace</translation>
    </message>
</context>
<context>
    <name>ClickScope::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No credentials are set.</source>
        <translation>No se han configurado credenciales.</translation>
    </message>
    <message>
        <source>The daily request limit of this API key is reached; ClickScope stops here to keep the key in good standing.</source>
        <translation>Se ha alcanzado el límite diario de solicitudes de esta clave de API; ClickScope se detiene aquí para mantener la clave en regla.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>El servidor no respondió en %1 segundos.</translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified; ClickScope does not connect to it.</source>
        <translation>No se pudo verificar el certificado TLS del servidor; ClickScope no se conectará a él.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved.</source>
        <translation>No se pudo resolver el nombre del servidor.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>El servidor cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The network request failed (error %1).</source>
        <translation>La solicitud de red falló (error %1).</translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>La dirección de la API no es una URL válida.</translation>
    </message>
    <message>
        <source>The API address must not carry user names, queries or fragments.</source>
        <translation>La dirección de la API no debe contener nombres de usuario, consultas ni fragmentos.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback); use https for %1.</source>
        <translation>Solo se permite http sin cifrar hacia este equipo (loopback); use https para %1.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>La dirección de la API debe empezar por https://.</translation>
    </message>
    <message>
        <source>The server sent a next page link that is not on the API&apos;s own address; it was not followed, and loading stopped.</source>
        <translation>El servidor envió un enlace de página siguiente que no está en la dirección de la propia API; no se ha seguido y la carga se detuvo.</translation>
    </message>
    <message>
        <source>The server sent the same next page link twice; loading stopped to avoid an endless loop.</source>
        <translation>El servidor envió dos veces el mismo enlace de página siguiente; la carga se detuvo para evitar un bucle infinito.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1 (HTTP %2). ClickScope does not follow redirects: the credentials go to the API&apos;s own address only.</source>
        <translation>El servidor ha redirigido la solicitud a %1 (HTTP %2). ClickScope no sigue redirecciones: las credenciales solo van a la dirección propia de la API.</translation>
    </message>
</context>
<context>
    <name>ClickScope::LinkListModel</name>
    <message>
        <source>All links</source>
        <translation>Todos los enlaces</translation>
    </message>
    <message>
        <source>Every click of the campaign, on any link</source>
        <translation>Todos los clics de la campaña, en cualquier enlace</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>%1
Link ID %2</source>
        <translation>%1
ID del enlace %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clicks (a contact clicking twice counts twice)</source>
        <translation>
            <numerusform>%Ln clic (un contacto que hace clic dos veces cuenta dos veces)</numerusform>
            <numerusform>%Ln clics (un contacto que hace clic dos veces cuenta dos veces)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks: known once the campaign&apos;s clicks are loaded</source>
        <translation>Clics: se conocen cuando se han cargado los clics de la campaña</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clickers (contacts who clicked, each once)</source>
        <translation>
            <numerusform>%Ln contacto que hizo clic (cada uno una vez)</numerusform>
            <numerusform>%Ln contactos que hicieron clic (cada uno una vez)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clickers: known once the campaign&apos;s clicks are loaded</source>
        <translation>Contactos que hicieron clic: se conocen cuando se han cargado los clics de la campaña</translation>
    </message>
    <message>
        <source>Clickers</source>
        <translation>Clics únicos</translation>
    </message>
    <message>
        <source>Every click: a contact clicking twice counts twice</source>
        <translation>Cada clic: un contacto que hace clic dos veces cuenta dos veces</translation>
    </message>
    <message>
        <source>Contacts who clicked, each counted once</source>
        <translation>Contactos que hicieron clic, cada uno contado una vez</translation>
    </message>
</context>
<context>
    <name>ClickScope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>Requests per second to the API (the v2 API allows 4)</source>
        <translation>Solicitudes por segundo a la API (la API v2 permite 4)</translation>
    </message>
    <message>
        <source>Stop loading; the clicks loaded so far stay (Esc)</source>
        <translation>Detener la carga; se conservan los clics cargados hasta ahora (Esc)</translation>
    </message>
    <message>
        <source>Click count</source>
        <translation>Número de clics</translation>
    </message>
    <message>
        <source>Export Clicks as CSV</source>
        <translation>Exportar clics como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %p%</source>
        <translation>Exportando %p%</translation>
    </message>
    <message>
        <source>The export failed and no file was written. %1</source>
        <translation>La exportación falló y no se escribió ningún archivo. %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Cargando campañas…</translation>
    </message>
    <message>
        <source>The campaigns could not be loaded.</source>
        <translation>No se pudieron cargar las campañas.</translation>
    </message>
    <message>
        <source>This account has no sent campaigns yet.</source>
        <translation>Esta cuenta aún no tiene campañas enviadas.</translation>
    </message>
    <message>
        <source>Opening the campaign…</source>
        <translation>Abriendo la campaña…</translation>
    </message>
    <message>
        <source>The campaign could not be opened.</source>
        <translation>No se pudo abrir la campaña.</translation>
    </message>
    <message>
        <source>This campaign has no tracked links.</source>
        <translation>Esta campaña no tiene enlaces con seguimiento.</translation>
    </message>
    <message>
        <source>Loading clicks…</source>
        <translation>Cargando clics…</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 sol./s</translation>
    </message>
    <message>
        <source>Loading the clicks stopped.</source>
        <translation>Se detuvo la carga de clics.</translation>
    </message>
    <message>
        <source>Enter Credentials…</source>
        <translation>Introducir credenciales…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No clicks loaded</source>
        <translation>No hay clics cargados</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>No se pudo guardar el gráfico en %1: %2</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
    <message>
        <source>ClickScope will use the new language the next time it starts.</source>
        <translation>ClickScope usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>About ClickScope</source>
        <translation>Acerca de ClickScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClickScope %1&lt;/h3&gt;&lt;p&gt;Who clicked which link in your email campaign, and when.&lt;/p&gt;&lt;p&gt;Reads the Constant Contact v2 click tracking API.&lt;/p&gt;&lt;p&gt;License: %2 (GNU General Public License, version 3 or later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClickScope %1&lt;/h3&gt;&lt;p&gt;Quién hizo clic en qué enlace de su campaña de correo electrónico, y cuándo.&lt;/p&gt;&lt;p&gt;Lee la API v2 de seguimiento de clics de Constant Contact.&lt;/p&gt;&lt;p&gt;Licencia: %2 (Licencia Pública General de GNU, versión 3 o posterior).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clicks to %1</source>
        <translation>
            <numerusform>Se exportó %Ln clic a %1</numerusform>
            <numerusform>Se exportaron %Ln clics a %1</numerusform>
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
            <numerusform> Se muestra el %Ln clic cargado antes del error.</numerusform>
            <numerusform> Se muestran los %Ln clics cargados antes del error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %Ln clicks.</source>
        <translation>
            <numerusform>La carga se detuvo tras %Ln clic.</numerusform>
            <numerusform>La carga se detuvo tras %Ln clics.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln clicks</source>
        <translation>
            <numerusform>%1 de %Ln clic</numerusform>
            <numerusform>%1 de %Ln clics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
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
        <translation>Escriba para filtrar los clics por correo electrónico o ID de contacto (%1)</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>&lt;p&gt;ClickScope shows who clicked which link in your Constant Contact email campaigns, and when.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sign in with Constant Contact&lt;/b&gt; in your browser to open your account. If you still have a &lt;b&gt;v2 API key&lt;/b&gt; and access token, you can use those instead.&lt;/p&gt;&lt;p&gt;No account at hand? Explore the demo: generated campaigns and clicks from a built-in sandbox.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ClickScope muestra quién hizo clic en qué enlace de sus campañas de correo electrónico de Constant Contact, y cuándo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inicie sesión en Constant Contact&lt;/b&gt; en su navegador para abrir su cuenta. Si todavía tiene una &lt;b&gt;clave de API v2&lt;/b&gt; y un token de acceso, puede usarlos en su lugar.&lt;/p&gt;&lt;p&gt;¿No tiene una cuenta a mano? Explore la demostración: campañas y clics generados por un entorno de pruebas integrado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; ClickScope continues when Constant Contact answers.</source>
        <translation>Termine de iniciar sesión en su navegador; ClickScope continúa cuando Constant Contact responda.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks in %1 s (%2).</source>
        <translation>
            <numerusform>%Ln clic cargado en %1 s (%2).</numerusform>
            <numerusform>%Ln clics cargados en %1 s (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>ClickScope could not open a browser. Open this address in one to sign in: %1</source>
        <translation>ClickScope no pudo abrir un navegador. Abra esta dirección en uno para iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>Show Times in &amp;UTC</source>
        <translation>Mostrar las horas en &amp;UTC</translation>
    </message>
    <message>
        <source>Show click times in UTC instead of this computer&apos;s time zone</source>
        <translation>Mostrar las horas de los clics en UTC en lugar de la zona horaria de este equipo</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>Correos enviados</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rebotes</translation>
    </message>
    <message>
        <source>Emails that could not be delivered</source>
        <translation>Correos que no se pudieron entregar</translation>
    </message>
    <message>
        <source>Openers</source>
        <translation>Aperturas únicas</translation>
    </message>
    <message>
        <source>Contacts who opened the email, each counted once</source>
        <translation>Contactos que abrieron el correo, cada uno contado una vez</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Tasa de apertura</translation>
    </message>
    <message>
        <source>Openers ÷ (sends − bounces)</source>
        <translation>Aperturas únicas ÷ (envíos − rebotes)</translation>
    </message>
    <message>
        <source>Clickers</source>
        <translation>Clics únicos</translation>
    </message>
    <message>
        <source>Contacts who clicked a link, each counted once (the API&apos;s unique clicks)</source>
        <translation>Contactos que hicieron clic en un enlace, cada uno contado una vez (los clics únicos de la API)</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Tasa de clics</translation>
    </message>
    <message>
        <source>Clickers ÷ (sends − bounces)</source>
        <translation>Clics únicos ÷ (envíos − rebotes)</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Every click on any link; a contact clicking twice counts twice</source>
        <translation>Cada clic en cualquier enlace; un contacto que hace clic dos veces cuenta dos veces</translation>
    </message>
    <message>
        <source>Click-to-open</source>
        <translation>Clics por apertura</translation>
    </message>
    <message>
        <source>Clickers ÷ openers</source>
        <translation>Clics únicos ÷ aperturas únicas</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Contacts who unsubscribed through this email</source>
        <translation>Contactos que se dieron de baja a través de este correo</translation>
    </message>
    <message>
        <source>Open the contact of the selected click</source>
        <translation>Abrir el contacto del clic seleccionado</translation>
    </message>
    <message>
        <source>Copy the selected clicks</source>
        <translation>Copiar los clics seleccionados</translation>
    </message>
    <message>
        <source>Stop loading, or clear the filter when it has the focus</source>
        <translation>Detener la carga o, si el filtro tiene el foco, vaciarlo</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who clicked which link, and when&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick a campaign&lt;/b&gt; on the left (type in &lt;i&gt;Search campaigns&lt;/i&gt; to narrow the list). Its numbers appear below it: &lt;i&gt;clickers&lt;/i&gt; are contacts who clicked, each counted once; &lt;i&gt;clicks&lt;/i&gt; counts every click.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pick a link&lt;/b&gt;, or &lt;i&gt;All links&lt;/i&gt;. Its clicks load into the table and the chart; Esc stops loading and &lt;i&gt;Continue&lt;/i&gt; goes on.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Narrow down&lt;/b&gt;: type an email or contact ID in the filter, tick From or To, or drag across the chart to zoom. The footer counts what is shown.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Look closer&lt;/b&gt;: double-click a click for the contact&apos;s whole history; the &lt;i&gt;Clickers&lt;/i&gt; tab lists your most engaged readers.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Take it along&lt;/b&gt;: File → Export saves what is shown as CSV.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;i&gt;Refresh&lt;/i&gt; (F5) adds new clicks to what is loaded; it never throws loaded clicks away.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quién hizo clic en qué enlace, y cuándo&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Elija una campaña&lt;/b&gt; a la izquierda (escriba en &lt;i&gt;Buscar campañas&lt;/i&gt; para acotar la lista). Sus cifras aparecen debajo: los &lt;i&gt;clics únicos&lt;/i&gt; cuentan a los contactos que hicieron clic, cada uno contado una vez; los &lt;i&gt;clics&lt;/i&gt; cuentan cada clic.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Elija un enlace&lt;/b&gt;, o &lt;i&gt;Todos los enlaces&lt;/i&gt;. Sus clics se cargan en la tabla y el gráfico; Esc detiene la carga y &lt;i&gt;Continuar&lt;/i&gt; la reanuda.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Acote&lt;/b&gt;: escriba un correo o un ID de contacto en el filtro, marque Desde o Hasta, o arrastre sobre el gráfico para ampliar. El pie cuenta lo que se muestra.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mire más de cerca&lt;/b&gt;: un doble clic en un clic muestra todo el historial del contacto; la pestaña &lt;i&gt;Clics únicos&lt;/i&gt; lista a sus lectores más comprometidos.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lléveselo&lt;/b&gt;: Archivo → Exportar guarda lo mostrado como CSV.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;i&gt;Actualizar&lt;/i&gt; (F5) añade los clics nuevos a los cargados; nunca descarta clics cargados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every click on any link: known once all links&apos; clicks are loaded</source>
        <translation>Cada clic en cualquier enlace: se conoce cuando se han cargado los clics de todos los enlaces</translation>
    </message>
    <message>
        <source>No new clicks (%1).</source>
        <translation>No hay clics nuevos (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln clicks in %1 s (%2).</source>
        <translation>
            <numerusform>%Ln clic añadido en %1 s (%2).</numerusform>
            <numerusform>%Ln clics añadidos en %1 s (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %1 of about %Ln clicks are loaded.</source>
        <translation>
            <numerusform>Carga detenida: %1 de unos %Ln clic cargados.</numerusform>
            <numerusform>Carga detenida: %1 de unos %Ln clics cargados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %Ln clicks are loaded, more exist.</source>
        <translation>
            <numerusform>Carga detenida: %Ln clic cargado, hay más.</numerusform>
            <numerusform>Carga detenida: %Ln clics cargados, hay más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table, the chart and the counts show only these.</source>
        <translation>La tabla, el gráfico y los recuentos muestran solo estos.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>Loading stopped before the end: more clicks exist than are loaded (Refresh goes on)</source>
        <translation>La carga se detuvo antes del final: hay más clics de los cargados (Actualizar continúa)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The system keychain is not available: %1. Credentials you enter can be used for this session only.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;El llavero del sistema no está disponible: %1. Las credenciales que introduzca solo sirven para esta sesión.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Contacts who clicked a link, each counted once, from the loaded clicks (the API reports %1: it counts a contact once per send)</source>
        <translation>Contactos que hicieron clic en un enlace, cada uno contado una vez, según los clics cargados (la API indica %1: cuenta un contacto una vez por envío)</translation>
    </message>
    <message>
        <source>chart zoom</source>
        <translation>zoom del gráfico</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Every click, newest first</source>
        <translation>Cada clic, el más reciente primero</translation>
    </message>
    <message>
        <source>One row per contact who clicked: your most engaged readers</source>
        <translation>Una fila por contacto que hizo clic: sus lectores más comprometidos</translation>
    </message>
    <message>
        <source>clickers-%1.csv</source>
        <extracomment>The suggested file name of the clickers export; %1 is the campaign&apos;s id. Lower case, no spaces.</extracomment>
        <translation>clics-unicos-%1.csv</translation>
    </message>
    <message>
        <source>Export Clickers as CSV</source>
        <translation>Exportar los clics únicos como CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clickers to %1</source>
        <translation>
            <numerusform>%Ln contacto exportado a %1</numerusform>
            <numerusform>%Ln contactos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks and clickers</source>
        <translation>Clics y clics únicos</translation>
    </message>
    <message>
        <source>Export for &amp;Spreadsheet…</source>
        <translation>Exportar para &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>Write the clicks that pass the filter for Excel or LibreOffice: campaign and link names, times as shown, UTF-8 that Excel reads correctly</source>
        <translation>Escribir los clics que pasan el filtro para Excel o LibreOffice: nombres de campaña y enlace, horas tal como se muestran, UTF-8 que Excel lee correctamente</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clics</translation>
    </message>
    <message>
        <source>Export Clicks for a Spreadsheet</source>
        <translation>Exportar los clics para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Reload from &amp;Server</source>
        <translation>Recargar desde el &amp;servidor</translation>
    </message>
    <message>
        <source>Forget the cached clicks of this campaign and load all of them from Constant Contact again</source>
        <translation>Descartar los clics de esta campaña guardados en la caché y volver a cargarlos todos desde Constant Contact</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde las %1</translation>
    </message>
    <message>
        <source>Constant Contact could not be reached at %1. What is shown comes from the local cache; Refresh tries again.</source>
        <translation>No se pudo contactar con Constant Contact el %1. Lo que se muestra procede de la caché local; Actualizar vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>ClickScope works without its local cache this time: %1</source>
        <translation>Esta vez ClickScope funciona sin su caché local: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks from the cache; none is new (%1).</source>
        <translation>
            <numerusform>%Ln clic cargado desde la caché; ninguno es nuevo (%1).</numerusform>
            <numerusform>%Ln clics cargados desde la caché; ninguno es nuevo (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln clicks from the cache and %1 new from Constant Contact (%2).</source>
        <translation>
            <numerusform>%Ln clic cargado desde la caché; nuevos desde Constant Contact: %1 (%2).</numerusform>
            <numerusform>%Ln clics cargados desde la caché; nuevos desde Constant Contact: %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source> They were complete at %1.</source>
        <translation> Estaban completos el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %Ln clicks from the cache.</source>
        <translation>
            <numerusform>Sin conexión: %Ln clic de la caché.</numerusform>
            <numerusform>Sin conexión: %Ln clics de la caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>actualizado: %1</translation>
    </message>
    <message>
        <source>Every click up to %1 is loaded (kept in the local cache; Refresh asks for newer ones)</source>
        <translation>Todos los clics hasta el %1 están cargados (guardados en la caché local; Actualizar pide los más recientes)</translation>
    </message>
    <message>
        <source>The cache of this account is cleared. The clicks shown stay until the next load, which asks Constant Contact for all of them.</source>
        <translation>Se vació la caché de esta cuenta. Los clics mostrados permanecen hasta la próxima carga, que los volverá a pedir todos a Constant Contact.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: Constant Contact cannot be reached. Showing the %Ln clicks in the cache.</source>
        <translation>
            <numerusform>Sin conexión: no se puede acceder a Constant Contact. Se muestra el %Ln clic de la caché.</numerusform>
            <numerusform>Sin conexión: no se puede acceder a Constant Contact. Se muestran los %Ln clics de la caché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln loaded clicks passes the filter: the text, the From and To dates or the chart zoom. Clear them to see the clicks.</source>
        <translation>
            <numerusform>%Ln clic cargado no pasa el filtro: el texto, las fechas Desde y Hasta o el zoom del gráfico. Quítelos para ver los clics.</numerusform>
            <numerusform>Ninguno de los %Ln clics cargados pasa el filtro: el texto, las fechas Desde y Hasta o el zoom del gráfico. Quítelos para ver los clics.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickScope::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
</context>
<context>
    <name>ClickScope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>A new language is used the next time ClickScope starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie ClickScope.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of ClickScope&apos;s windows and messages</source>
        <translation>El idioma de las ventanas y los mensajes de ClickScope</translation>
    </message>
    <message>
        <source>Constant Contact client id</source>
        <translation>ID de cliente de Constant Contact</translation>
    </message>
    <message>
        <source>From your application in the Constant Contact developer portal</source>
        <translation>De su aplicación en el portal para desarrolladores de Constant Contact</translation>
    </message>
    <message>
        <source>Sign in uses this application (OAuth2 with PKCE; no client secret). Its redirect URI must be http://127.0.0.1:52801/callback.</source>
        <translation>El inicio de sesión usa esta aplicación (OAuth2 con PKCE; sin secreto de cliente). Su URI de redirección debe ser http://127.0.0.1:52801/callback.</translation>
    </message>
    <message>
        <source>&amp;Client id (v3):</source>
        <translation>ID de &amp;cliente (v3):</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Predeterminada</translation>
    </message>
    <message>
        <source>No cached data yet.</source>
        <translation>Aún no hay datos en la caché.</translation>
    </message>
    <message>
        <source>Clear &amp;This Account</source>
        <translation>&amp;Vaciar esta cuenta</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>Vaciar t&amp;odo</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Carpeta de la caché</translation>
    </message>
    <message>
        <source>Change the cache folder</source>
        <translation>Cambiar la carpeta de la caché</translation>
    </message>
    <message>
        <source>Choose another folder for the cached data</source>
        <translation>Elegir otra carpeta para los datos en caché</translation>
    </message>
    <message>
        <source>Use the default cache folder</source>
        <translation>Usar la carpeta predeterminada de la caché</translation>
    </message>
    <message>
        <source>A new folder is used the next time an account is opened. The files in the old folder stay where they are.</source>
        <translation>Una carpeta nueva se usa la próxima vez que se abre una cuenta. Los archivos de la carpeta anterior se quedan donde están.</translation>
    </message>
    <message>
        <source>Cached accounts and their size on disk</source>
        <translation>Cuentas en caché y su tamaño en disco</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Clear the cache of this account</source>
        <translation>Vaciar la caché de esta cuenta</translation>
    </message>
    <message>
        <source>Clear every cache in this folder</source>
        <translation>Vaciar todas las cachés de esta carpeta</translation>
    </message>
    <message>
        <source>Clears the cached data of every account in this folder</source>
        <translation>Vacía los datos en caché de todas las cuentas de esta carpeta</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Cache &amp;folder:</source>
        <translation>C&amp;arpeta de la caché:</translation>
    </message>
    <message>
        <source>&amp;Size on disk:</source>
        <translation>&amp;Tamaño en disco:</translation>
    </message>
    <message>
        <source>The default folder is in use</source>
        <translation>Ya se usa la carpeta predeterminada</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Choose the Cache Folder</source>
        <translation>Elegir la carpeta de la caché</translation>
    </message>
    <message>
        <source>Folder Not Writable</source>
        <translation>Carpeta sin permiso de escritura</translation>
    </message>
    <message>
        <source>ClickScope cannot write in %1. Choose a folder of your own.</source>
        <translation>ClickScope no puede escribir en %1. Elija una carpeta propia.</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <extracomment>A row of the cache list in Preferences: the account that the window has open.</extracomment>
        <translation>%1 (abierta)</translation>
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
        <translation>No hay nada en caché en esta carpeta</translation>
    </message>
    <message>
        <source>Nothing is cached for %1 yet</source>
        <translation>Aún no hay nada en caché para %1</translation>
    </message>
    <message>
        <source>Clears the cached data of %1</source>
        <translation>Vacía los datos en caché de %1</translation>
    </message>
    <message>
        <source>The cached campaigns, clicks and contacts of %1 are removed from this computer; they are loaded again from Constant Contact when next opened.

Your sign-in and settings stay.</source>
        <translation>Las campañas, los clics y los contactos de %1 guardados en la caché se eliminan de este equipo; se volverán a cargar desde Constant Contact la próxima vez que se abran.

Su inicio de sesión y su configuración se conservan.</translation>
    </message>
    <message>
        <source>Clear the Cache of This Account?</source>
        <translation>¿Vaciar la caché de esta cuenta?</translation>
    </message>
    <message>
        <source>every account (%1)</source>
        <extracomment>%1 names the accounts: &quot;v2 · api.constantcontact.com and v3 · api.cc.email&quot;.</extracomment>
        <translation>todas las cuentas (%1)</translation>
    </message>
    <message>
        <source>Clear Every Cache?</source>
        <translation>¿Vaciar todas las cachés?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an account (&quot;v2 · api.constantcontact.com&quot;), %2 the reason.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Cache Not Cleared</source>
        <translation>Caché no vaciada</translation>
    </message>
    <message>
        <source>Some cached data could not be cleared; it stays until it can be. ClickScope keeps working.

%1</source>
        <translation>No se pudieron borrar algunos datos de la caché; se quedan hasta que se pueda. ClickScope sigue funcionando.

%1</translation>
    </message>
    <message>
        <source>No signed-in account is open (the demo keeps its cache in a temporary folder that goes when ClickScope closes)</source>
        <translation>No hay ninguna cuenta con sesión iniciada (la demo guarda su caché en una carpeta temporal que se borra al cerrar ClickScope)</translation>
    </message>
</context>
<context>
    <name>ClickScope::V2KeyAuthenticator</name>
    <message>
        <source>No API key and access token are set.</source>
        <translation>No se han configurado la clave de API y el token de acceso.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V2Parser</name>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>la página</translation>
    </message>
    <message>
        <source>Invalid click page: %1: %2</source>
        <translation>Página de clics no válida: %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;results&quot; is not an array</source>
        <translation>&quot;results&quot; no es una matriz</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>a string that is not valid JSON</source>
        <translation>una cadena que no es JSON válido</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string or a whole number, not %2</source>
        <translation>%1 debe ser una cadena no vacía o un número entero, no %2</translation>
    </message>
    <message>
        <source>email_address must be a string, not %1</source>
        <translation>email_address debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>click_date must be a string, not %1</source>
        <translation>click_date debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>click_date &quot;%1&quot; is not an ISO-8601 date</source>
        <translation>click_date &quot;%1&quot; no es una fecha ISO-8601</translation>
    </message>
    <message>
        <source>activity_type must be &quot;EMAIL_CLICK&quot;</source>
        <translation>activity_type debe ser &quot;EMAIL_CLICK&quot;</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>&quot;meta&quot; is not an object</source>
        <translation>&quot;meta&quot; no es un objeto</translation>
    </message>
    <message>
        <source>&quot;meta.pagination&quot; is not an object</source>
        <translation>&quot;meta.pagination&quot; no es un objeto</translation>
    </message>
    <message>
        <source>&quot;next_link&quot; is not a string</source>
        <translation>&quot;next_link&quot; no es una cadena</translation>
    </message>
    <message>
        <source>no &quot;results&quot; array</source>
        <translation>falta la matriz &quot;results&quot;</translation>
    </message>
    <message>
        <source>no &quot;meta&quot; object</source>
        <translation>falta el objeto &quot;meta&quot;</translation>
    </message>
    <message>
        <source>Invalid response: %1: %2</source>
        <translation>Respuesta no válida: %1: %2</translation>
    </message>
    <message>
        <source>%1 must be a string or a whole number</source>
        <translation>%1 debe ser una cadena o un número entero</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 debe ser una cadena</translation>
    </message>
    <message>
        <source>%1 must be a date string</source>
        <translation>%1 debe ser una cadena de fecha</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 date</source>
        <translation>%1 &quot;%2&quot; no es una fecha ISO-8601</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <source>Invalid response: not valid JSON (%1 at byte %2)</source>
        <translation>Respuesta no válida: JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>Invalid response: expected a JSON object</source>
        <translation>Respuesta no válida: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>Invalid response: no &quot;results&quot; array</source>
        <translation>Respuesta no válida: falta la matriz &quot;results&quot;</translation>
    </message>
    <message>
        <source>Invalid response: no &quot;meta.pagination&quot; object</source>
        <translation>Respuesta no válida: falta el objeto &quot;meta.pagination&quot;</translation>
    </message>
    <message>
        <source>Invalid response: &quot;next_link&quot; is not a string</source>
        <translation>Respuesta no válida: &quot;next_link&quot; no es una cadena</translation>
    </message>
    <message>
        <source>campaign list</source>
        <translation>lista de campañas</translation>
    </message>
    <message>
        <source>Invalid response: expected a campaign object</source>
        <translation>Respuesta no válida: se esperaba un objeto de campaña</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>tracking_summary must be an object</source>
        <translation>tracking_summary debe ser un objeto</translation>
    </message>
    <message>
        <source>click_through_details must be an array</source>
        <translation>click_through_details debe ser una matriz</translation>
    </message>
    <message>
        <source>Invalid response: expected a contact object</source>
        <translation>Respuesta no válida: se esperaba un objeto de contacto</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>activity list</source>
        <translation>lista de actividad</translation>
    </message>
    <message>
        <source>the contact lists are not a JSON array</source>
        <translation>las listas de contactos no son un array JSON</translation>
    </message>
    <message>
        <source>contact lists</source>
        <translation>listas de contactos</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3AuthText</name>
    <message>
        <source>Your Constant Contact sign-in has expired or was revoked. Sign in again.</source>
        <translation>Su sesión de Constant Contact ha caducado o se ha revocado. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3Authenticator</name>
    <message>
        <source>Not signed in to Constant Contact.</source>
        <translation>No ha iniciado sesión en Constant Contact.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3BackendText</name>
    <message>
        <source>reading campaigns needs the campaign_data scope and the campaign:read privilege</source>
        <translation>para leer campañas se necesitan el ámbito campaign_data y el privilegio campaign:read</translation>
    </message>
    <message>
        <source>reading email reports needs the campaign_data scope and the ui:campaign:metrics privilege</source>
        <translation>para leer informes de correo electrónico se necesitan el ámbito campaign_data y el privilegio ui:campaign:metrics</translation>
    </message>
    <message>
        <source>reading contacts needs the contact_data scope and the contacts:read privilege</source>
        <translation>para leer contactos se necesitan el ámbito contact_data y el privilegio contacts:read</translation>
    </message>
    <message>
        <source>reading contact reports needs the contact_data scope and the ui:campaign:metrics privilege</source>
        <translation>para leer informes de contactos se necesitan el ámbito contact_data y el privilegio ui:campaign:metrics</translation>
    </message>
    <message>
        <source>Constant Contact refused access (%1): %2. Sign in again to grant the scope, or ask the account owner for a user role with that privilege.</source>
        <translation>Constant Contact denegó el acceso (%1): %2. Vuelva a iniciar sesión para conceder el ámbito o pida al propietario de la cuenta un rol de usuario con ese privilegio.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3Parser</name>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>una cadena vacía</translation>
    </message>
    <message>
        <source>a non-empty string or a whole number</source>
        <translation>una cadena no vacía o un número entero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>Invalid %1: %2</source>
        <translation>Respuesta no válida (%1): %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 es %2, no %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO-8601 date</source>
        <translation>%1 &quot;%2&quot; no es una fecha ISO-8601</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <source>click page</source>
        <translation>página de clics</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>email list</source>
        <translation>lista de correos electrónicos</translation>
    </message>
    <message>
        <source>email campaign</source>
        <translation>campaña de correo electrónico</translation>
    </message>
    <message>
        <source>link report</source>
        <translation>informe de enlaces</translation>
    </message>
    <message>
        <source>activity stats</source>
        <translation>estadísticas de actividad</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>contact activity page</source>
        <translation>página de actividad del contacto</translation>
    </message>
    <message>
        <source>token response</source>
        <translation>respuesta de token</translation>
    </message>
    <message>
        <source>contact list page</source>
        <translation>página de listas de contactos</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3SignIn</name>
    <message>
        <source>Cannot listen for the sign-in on port %1 (%2). Close the program that uses it, or choose another redirect port that the application has registered.</source>
        <translation>No se puede escuchar en el puerto %1 para el inicio de sesión (%2). Cierre el programa que lo usa o elija otro puerto de redirección que la aplicación tenga registrado.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation>El inicio de sesión no se completó a tiempo en el navegador. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>No se pudo iniciar sesión</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>La solicitud era demasiado grande.</translation>
    </message>
    <message>
        <source>The request was not understood.</source>
        <translation>No se entendió la solicitud.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in ClickScope started. Start the sign-in again.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que empezó ClickScope. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in answer did not carry the expected state; it was ignored. Start the sign-in again.</source>
        <translation>La respuesta del inicio de sesión no contenía el estado esperado; se ha ignorado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Access to the Constant Contact account was not allowed.</source>
        <translation>No se permitió el acceso a la cuenta de Constant Contact.</translation>
    </message>
    <message>
        <source>Constant Contact refused the sign-in: %1</source>
        <translation>Constant Contact rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>No se ha iniciado sesión</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>The answer carried no authorization code.</source>
        <translation>La respuesta no contenía ningún código de autorización.</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code.</source>
        <translation>La respuesta del inicio de sesión no contenía ningún código de autorización.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>ClickScope is finishing the sign-in. You can close this tab and return to ClickScope.</source>
        <translation>ClickScope está completando el inicio de sesión. Puede cerrar esta pestaña y volver a ClickScope.</translation>
    </message>
</context>
<context>
    <name>ClickScope::V3SignInText</name>
    <message>
        <source>Signing in needs the client id of a Constant Contact application. Register one in the Constant Contact developer portal with the PKCE flow and the redirect URI %1, then enter its client id in Preferences (or set CLICKSCOPE_CLIENT_ID).</source>
        <translation>Para iniciar sesión se necesita el ID de cliente de una aplicación de Constant Contact. Registre una en el portal para desarrolladores de Constant Contact con el flujo PKCE y el URI de redirección %1 y, a continuación, introduzca su ID de cliente en Preferencias (o defina CLICKSCOPE_CLIENT_ID).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h1&gt;Welcome to ClickScope&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Le damos la bienvenida a ClickScope&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation>Explorar la demostración</translation>
    </message>
    <message>
        <source>&lt;b&gt;Campaigns&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campañas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Buscar campañas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Tracking summary</source>
        <translation>Resumen de seguimiento</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Aperturas</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rebotes</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Tasa de clics</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enlaces&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Filter clicks by email or contact ID</source>
        <translation>Filtrar clics por correo electrónico o ID de contacto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Only clicks at or after this time</source>
        <translation>Solo clics a partir de esta hora</translation>
    </message>
    <message>
        <source>Show clicks from</source>
        <translation>Mostrar clics desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Only clicks before this time</source>
        <translation>Solo clics anteriores a esta hora</translation>
    </message>
    <message>
        <source>Show clicks until</source>
        <translation>Mostrar clics hasta</translation>
    </message>
    <message>
        <source>Fetch since</source>
        <translation>Obtener desde</translation>
    </message>
    <message>
        <source>Ask the API only for clicks on or after this date (created_since): faster for large campaigns</source>
        <translation>Pedir a la API solo los clics a partir de esta fecha (created_since): más rápido en campañas grandes</translation>
    </message>
    <message>
        <source>Fetch clicks since</source>
        <translation>Obtener clics desde</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the clicks again (F5)</source>
        <translation>Volver a cargar los clics (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the clicks that pass the filter to a CSV file</source>
        <translation>Escribir en un archivo CSV los clics que pasan el filtro</translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG…</source>
        <translation>&amp;Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Choose the language of ClickScope</source>
        <translation>Elegir el idioma de ClickScope</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the clicks again</source>
        <translation>Volver a cargar los clics</translation>
    </message>
    <message>
        <source>&amp;Filter Clicks</source>
        <translation>&amp;Filtrar clics</translation>
    </message>
    <message>
        <source>Type to filter the clicks by email or contact ID</source>
        <translation>Escriba para filtrar los clics por correo electrónico o ID de contacto</translation>
    </message>
    <message>
        <source>Reset Chart &amp;Zoom</source>
        <translation>Restablecer &amp;zoom del gráfico</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Enter the API key and access token</source>
        <translation>Introducir la clave de API y el token de acceso</translation>
    </message>
    <message>
        <source>&amp;About ClickScope</source>
        <translation>&amp;Acerca de ClickScope</translation>
    </message>
    <message>
        <source>Email or contact ID</source>
        <translation>Correo electrónico o ID de contacto</translation>
    </message>
    <message>
        <source>Sign in with Constant Contact</source>
        <translation>Iniciar sesión en Constant Contact</translation>
    </message>
    <message>
        <source>Use a v2 API Key…</source>
        <translation>Usar una clave de API v2…</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>Ninguna cuenta abierta</translation>
    </message>
    <message>
        <source>&amp;Sign In with Constant Contact…</source>
        <translation>&amp;Iniciar sesión en Constant Contact…</translation>
    </message>
    <message>
        <source>Sign in to your Constant Contact account in the browser (API v3)</source>
        <translation>Iniciar sesión en su cuenta de Constant Contact en el navegador (API v3)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Forget the stored sign-in or credentials of this account</source>
        <translation>Olvidar el inicio de sesión o las credenciales guardadas de esta cuenta</translation>
    </message>
    <message>
        <source>Use a v2 API &amp;Key…</source>
        <translation>Usar una c&amp;lave de API v2…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Who clicked which link in your email campaign, and when.</source>
        <translation>Quién hizo clic en qué enlace de su campaña de correo electrónico, y cuándo.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox with generated data and open the window against it.</source>
        <translation>Iniciar el entorno de pruebas integrado con datos generados y abrir la ventana conectada a él.</translation>
    </message>
    <message>
        <source>Base URL of the API (default https://api.constantcontact.com).</source>
        <translation>URL base de la API (predeterminada: https://api.constantcontact.com).</translation>
    </message>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>No se puede usar la dirección de API %1: %2</translation>
    </message>
    <message>
        <source>The demo could not start its built-in sandbox: %1</source>
        <translation>La demostración no pudo iniciar su entorno de pruebas integrado: %1</translation>
    </message>
    <message>
        <source>The Constant Contact API to open: v2 or v3 (default: the one used last; v3 for the demo).</source>
        <translation>La API de Constant Contact que se abre: v2 o v3 (predeterminada: la última usada; v3 para la demostración).</translation>
    </message>
    <message>
        <source>Sign-in server of the v3 API (default https://authz.constantcontact.com/oauth2/default/v1).</source>
        <translation>Servidor de inicio de sesión de la API v3 (predeterminado https://authz.constantcontact.com/oauth2/default/v1).</translation>
    </message>
    <message>
        <source>Client id of the Constant Contact application that signs in (v3).</source>
        <translation>ID de cliente de la aplicación de Constant Contact que inicia sesión (v3).</translation>
    </message>
    <message>
        <source>--api must be v2 or v3, not %1.</source>
        <translation>--api debe ser v2 o v3, no %1.</translation>
    </message>
    <message>
        <source>Demo: the built-in sandbox (API %1)</source>
        <translation>Demostración: el entorno de pruebas integrado (API %1)</translation>
    </message>
    <message>
        <source>Constant Contact API %1 · %2</source>
        <translation>API de Constant Contact %1 · %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>With --demo: the sandbox gains N new clicks a minute on its newest campaign, so that Refresh has something to fetch.</source>
        <translation>Con --demo: el entorno de pruebas recibe N clics nuevos por minuto en su campaña más reciente, para que Actualizar tenga algo que obtener.</translation>
    </message>
</context>
</TS>
