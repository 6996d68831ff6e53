// SPDX-License-Identifier: GPL-3.0-or-later
// clickscope-sandbox: a local stand-in for the Constant Contact v2 API, for tests, demos and benchmarks.
#include "clickscope/version.h"
#include "sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace ClickScope::Sandbox;

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "clickscope-sandbox: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clickscope-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLICKSCOPE_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local emulator of the Constant Contact v2 and v3 API endpoints that ClickScope uses, "
                       "with generated, deterministic data.\nThe first line on stdout is the base URL, e.g. "
                       "http://127.0.0.1:38123\n\nDefault credentials (generated data only): v2 api_key=%1, "
                       "Authorization: Bearer %2; v3 Authorization: Bearer %3")
            .arg(QLatin1String(defaultApiKey), QLatin1String(defaultAccessToken), QLatin1String(defaultV3AccessToken)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"),
        QStringLiteral("Address to listen on (default 127.0.0.1). Addresses other than loopback need "
                       "--allow-remote."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
        QStringLiteral("Allow --host to be an address other than loopback. The demo credentials are public: "
                       "anyone who can reach the port can read the generated data."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default 0: any free port)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated data (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption campaigns(QStringLiteral("campaigns"),
        QStringLiteral("Number of campaigns (default 12; every sixth is a DRAFT, every sixth a SCHEDULED one)."),
        QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption clicks(QStringLiteral("clicks"),
        QStringLiteral("Total clicks over all SENT campaigns (default 50000; up to 50000000)."), QStringLiteral("N"),
        QStringLiteral("50000"));
    const QCommandLineOption links(QStringLiteral("links"),
        QStringLiteral("Links per campaign (default 0: between 3 and 8)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption contacts(QStringLiteral("contacts"),
        QStringLiteral("Contacts in the account (default 0: a third of the clicks, at least 50)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
        QStringLiteral("The api_key query parameter to accept (default %1).").arg(QLatin1String(defaultApiKey)),
        QStringLiteral("K"), QLatin1String(defaultApiKey));
    const QCommandLineOption token(QStringLiteral("token"),
        QStringLiteral("The bearer access token to accept (default %1).").arg(QLatin1String(defaultAccessToken)),
        QStringLiteral("T"), QLatin1String(defaultAccessToken));
    const QCommandLineOption v3Token(QStringLiteral("v3-token"),
        QStringLiteral("A v3 bearer access token to accept besides those the OAuth2 stand-in issues (default %1).")
            .arg(QLatin1String(defaultV3AccessToken)),
        QStringLiteral("T"), QLatin1String(defaultV3AccessToken));
    const QCommandLineOption qps(QStringLiteral("qps"),
        QStringLiteral("Requests per second allowed per API key; beyond it 403 mashery.not.authorized.over.qps "
                       "(v3: 429 throttled) (default 0: unlimited; the real API allows 4)."),
        QStringLiteral("Q"), QStringLiteral("0"));
    const QCommandLineOption daily(QStringLiteral("daily-quota"),
        QStringLiteral("Requests allowed per API key before 403 mashery.not.authorized.over.ratelimit (v3: 429 "
                       "quota_exceeded) (default 0: unlimited; the real API allows 10000 a day)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faults(QStringLiteral("faults"),
        QStringLiteral("Fault plan: RULE[;RULE...], RULE = ROUTE:WHEN:ACTION. ROUTE: any, campaigns, campaign, "
                       "clicks, tracking, contact, contact-tracking, v3-campaigns, v3-campaign, v3-clicks, v3-reports, "
                       "v3-contact, v3-contact-reports, authorize, token. WHEN: N, N-M, N+ or *, optionally /K (every "
                       "K-th of those). ACTION: status=CODE[/error_key], latency=MS, drop, malformed, numeric-ids, "
                       "empty-dates, qps, quota, repeat-cursor, foreign-link[=ORIGIN] (the next link on ORIGIN, e.g. "
                       "http://127.0.0.1:PORT; plain: https://attacker.example), redirect=[3XX/]URL (302 or the 3XX "
                       "given, Location: URL + the request's path and query, on any route), empty, wrong-types, "
                       "huge=MB. Example: \"clicks:3:status=503;clicks:5:drop;any:*:latency=20\"."),
        QStringLiteral("SPEC"));
    const QCommandLineOption unsent(QStringLiteral("unsent-tracking-status"),
        QStringLiteral("HTTP status for tracking requests on a campaign that is not SENT (default 400)."),
        QStringLiteral("CODE"), QStringLiteral("400"));
    const QCommandLineOption clamp(
        QStringLiteral("clamp-limit"), QStringLiteral("Clamp an out-of-range limit instead of answering 400."));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
        QStringLiteral("The OAuth2 stand-in's registered client id (default: any)."), QStringLiteral("ID"));
    const QCommandLineOption redirectUri(QStringLiteral("redirect-uri"),
        QStringLiteral("A registered redirect URI, matched exactly; repeat for more (default: any "
                       "http://127.0.0.1:PORT/... or http://localhost:PORT/...)."),
        QStringLiteral("URI"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"),
        QStringLiteral("Seconds an issued v3 access token lives (default 86400)."), QStringLiteral("S"),
        QStringLiteral("86400"));
    const QCommandLineOption autoApprove(QStringLiteral("auto-approve"),
        QStringLiteral("The authorize page approves at once instead of asking (as ?auto=allow does)."));
    const QCommandLineOption longLived(QStringLiteral("long-lived-refresh"),
        QStringLiteral("Issue long-lived refresh tokens instead of rotating ones."));
    const QCommandLineOption live(QStringLiteral("live"),
        QStringLiteral("Add N new clicks a minute to the SENT campaign sent last, spread over the minute, as if its "
                       "readers were still clicking: a refresh of that campaign then finds new clicks (default 0: "
                       "off; up to 60000)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ host, allowRemote, port, seed, campaigns, clicks, links, contacts, apiKey, token, v3Token, qps,
        daily, faults, unsent, clamp, clientId, redirectUri, tokenLifetime, autoApprove, longLived, live });
    parser.process(app);

    const auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max, bool *ok) {
        const qint64 v = parser.value(option).toLongLong(ok);
        *ok = *ok && v >= min && v <= max;
        return v;
    };
    bool ok = true;
    SandboxConfig config;
    config.data.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed must be a whole number"));
    config.data.campaigns = int(number(campaigns, 1, 2000, &ok));
    if (!ok)
        return usageError(QStringLiteral("--campaigns must be between 1 and 2000"));
    config.data.clicks = number(clicks, 0, 50000000, &ok);
    if (!ok)
        return usageError(QStringLiteral("--clicks must be between 0 and 50000000"));
    config.data.linksPerCampaign = int(number(links, 0, 64, &ok));
    if (!ok)
        return usageError(QStringLiteral("--links must be between 0 and 64"));
    config.data.contacts = int(number(contacts, 0, 20000000, &ok));
    if (!ok)
        return usageError(QStringLiteral("--contacts must be between 0 and 20000000"));
    config.qps = parser.value(qps).toDouble(&ok);
    if (!ok || config.qps < 0)
        return usageError(QStringLiteral("--qps must be a number, 0 or more"));
    config.dailyQuota = number(daily, 0, std::numeric_limits<qint64>::max(), &ok);
    if (!ok)
        return usageError(QStringLiteral("--daily-quota must be a whole number, 0 or more"));
    config.unsentTrackingStatus = int(number(unsent, 400, 599, &ok));
    if (!ok)
        return usageError(QStringLiteral("--unsent-tracking-status must be an HTTP error status (400-599)"));
    config.clampLimit = parser.isSet(clamp);
    config.apiKey = parser.value(apiKey).toUtf8();
    config.accessToken = parser.value(token).toUtf8();
    config.v3AccessToken = parser.value(v3Token).toUtf8();
    if (config.apiKey.isEmpty() || config.accessToken.isEmpty() || config.v3AccessToken.isEmpty())
        return usageError(QStringLiteral("--api-key, --token and --v3-token must not be empty"));
    config.oauth.clientId = parser.value(clientId).toUtf8();
    for (const QString &uri : parser.values(redirectUri))
        config.oauth.redirectUris.append(uri.toUtf8());
    config.oauth.accessTokenLifetimeSec = int(number(tokenLifetime, 1, 365LL * 86400, &ok));
    if (!ok)
        return usageError(QStringLiteral("--token-lifetime must be between 1 and 31536000 seconds"));
    config.oauth.autoApprove = parser.isSet(autoApprove);
    config.oauth.rotateRefreshTokens = !parser.isSet(longLived);
    config.live = int(number(live, 0, 60000, &ok));
    if (!ok)
        return usageError(QStringLiteral("--live must be between 0 and 60000 clicks a minute"));
    const quint16 listenPort = quint16(number(port, 0, 65535, &ok));
    if (!ok)
        return usageError(QStringLiteral("--port must be between 0 and 65535"));
    const QHostAddress address(parser.value(host));
    if (address.isNull())
        return usageError(QStringLiteral("--host must be an IP address"));
    if (!address.isLoopback() && !parser.isSet(allowRemote))
        return usageError(QStringLiteral("refusing to listen on %1, which is not a loopback address: the sandbox's "
                                         "credentials are public. Add --allow-remote if you mean it.")
                              .arg(address.toString()));
    FaultPlan plan;
    if (parser.isSet(faults)) {
        QString error;
        const auto parsed = FaultPlan::parse(parser.value(faults), &error);
        if (!parsed)
            return usageError(QStringLiteral("--faults: ") + error);
        plan = *parsed;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().constFirst()));

    Sandbox sandbox(config);
    sandbox.setFaultPlan(plan);
    QString error;
    if (!sandbox.listen(address, listenPort, &error)) {
        QTextStream(stderr) << "clickscope-sandbox: cannot listen on " << address.toString() << ':' << listenPort
                            << ": " << error << '\n';
        return 1;
    }
    std::printf("%s\n", sandbox.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
