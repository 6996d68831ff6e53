// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backendfactory.h"

#include "net/ratelimiter.h"
#include "v2/v2authenticator.h"
#include "v2/v2backend.h"

namespace ClickScope {

QUrl BackendFactory::defaultBaseUrl(ApiVersion)
{
    return HttpClient::defaultBaseUrl();
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
    client->setAuthenticator(V2KeyAuthenticator::make(account.credentials));
    auto backend = std::make_unique<V2Backend>(client.get());
    client.release()->setParent(backend.get());
    return backend;
}

std::unique_ptr<TrackingBackend> BackendFactory::createV2(HttpClient *client)
{
    return std::make_unique<V2Backend>(client);
}

} // namespace ClickScope
