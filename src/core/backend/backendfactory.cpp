// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backendfactory.h"

#include "net/ratelimiter.h"
#include "v2/v2authenticator.h"
#include "v2/v2backend.h"
#include "v3/v3auth.h"
#include "v3/v3backend.h"
#include "v3/v3signin.h"

namespace ClickScope {

QUrl BackendFactory::defaultBaseUrl(ApiVersion api)
{
    return api == ApiVersion::V3 ? QUrl(QStringLiteral("https://api.cc.email")) : HttpClient::defaultBaseUrl();
}

QUrl BackendFactory::defaultAuthBaseUrl()
{
    return OAuthSettings::defaultAuthBase();
}

QString BackendFactory::credentialKey(ApiVersion api, const QUrl &baseUrl)
{
    const QUrl base = baseUrl.isEmpty() ? defaultBaseUrl(api) : baseUrl;
    if (api == ApiVersion::V2)
        return base.host();
    return QStringLiteral("v3:") + base.host()
        + (base.port() > 0 ? QLatin1Char(':') + QString::number(base.port()) : QString());
}

bool BackendFactory::isAllowedBaseUrl(const QUrl &url, QString *error)
{
    return HttpClient::isAllowedBaseUrl(url, error);
}

std::unique_ptr<TrackingBackend> BackendFactory::create(
    const Account &account, QNetworkAccessManager *network, const ConnectionOptions &options, QString *error)
{
    auto client = std::make_unique<HttpClient>(network);
    if (!client->setBaseUrl(account.baseUrl.isEmpty() ? defaultBaseUrl(account.api) : account.baseUrl, error))
        return nullptr;
    client->rateLimiter()->setRate(options.requestsPerSecond);
    client->setRetryPolicy(options.retry);
    client->setTransferTimeout(options.timeoutMs);
    if (account.api == ApiVersion::V3) {
        OAuthSettings settings { account.authBaseUrl.isEmpty() ? defaultAuthBaseUrl() : account.authBaseUrl,
            account.clientId };
        if (!HttpClient::isAllowedBaseUrl(settings.authBase, error))
            return nullptr;
        auto *tokens = new V3TokenManager(
            network, settings, account.credentials, options.tokenStore, credentialKey(account.api, client->baseUrl()));
        client->setAuthenticator(std::make_shared<const V3Authenticator>(tokens));
        auto backend = std::make_unique<V3Backend>(client.get(), tokens);
        tokens->setParent(backend.get());
        client.release()->setParent(backend.get());
        return backend;
    }
    client->setAuthenticator(V2KeyAuthenticator::make(account.credentials));
    auto backend = std::make_unique<V2Backend>(client.get());
    client.release()->setParent(backend.get());
    return backend;
}

std::unique_ptr<SignInFlow> BackendFactory::createSignIn(
    const Account &account, QNetworkAccessManager *network, quint16 redirectPort)
{
    if (account.api != ApiVersion::V3)
        return nullptr;
    OAuthSettings settings { account.authBaseUrl.isEmpty() ? defaultAuthBaseUrl() : account.authBaseUrl,
        account.clientId };
    return std::make_unique<V3SignIn>(network, settings, redirectPort);
}

std::unique_ptr<TrackingBackend> BackendFactory::createV2(HttpClient *client)
{
    return std::make_unique<V2Backend>(client);
}

} // namespace ClickScope
