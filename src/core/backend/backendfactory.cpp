// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backendfactory.h"

#include "cache/cachingbackend.h"
#include "net/ratelimiter.h"
#include "v2/v2authenticator.h"
#include "v2/v2backend.h"
#include "v3/v3auth.h"
#include "v3/v3backend.h"
#include "v3/v3signin.h"

#include <QDir>
#include <QStandardPaths>

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

std::unique_ptr<TrackingBackend> BackendFactory::create(const Account &account, QNetworkAccessManager *network,
    const ConnectionOptions &options, QString *error, QString *cacheWarning)
{
    if (!options.cacheDir.isEmpty()) {
        ConnectionOptions plain = options;
        plain.cacheDir.clear();
        auto api = create(account, network, plain, error);
        if (!api)
            return nullptr;
        const QString path = QDir(options.cacheDir).filePath(cacheFileName(account.api, api->account().baseUrl));
        QString why;
        auto cached = withCache(std::move(api), path, options.cacheOnly, &why);
        if (cached)
            return cached;
        if (cacheWarning)
            *cacheWarning = why;
        return create(account, network, plain, error);
    }
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

std::unique_ptr<TrackingBackend> BackendFactory::withCache(
    std::unique_ptr<TrackingBackend> backend, const QString &path, bool cacheOnly, QString *error)
{
    auto cache = std::make_unique<ClickCache>();
    if (!cache->open(path, error))
        return nullptr;
    auto caching = std::make_unique<CachingBackend>(std::move(backend), std::move(cache));
    caching->setCacheOnly(cacheOnly);
    return caching;
}

QString BackendFactory::defaultCacheDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("cache"));
}

QString BackendFactory::cacheFileName(ApiVersion api, const QUrl &baseUrl)
{
    const QUrl base = baseUrl.isEmpty() ? defaultBaseUrl(api) : baseUrl;
    QString name = (api == ApiVersion::V3 ? QStringLiteral("v3-") : QStringLiteral("v2-")) + base.host();
    if (base.port() > 0)
        name += QLatin1Char('-') + QString::number(base.port());
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    return name + QStringLiteral(".sqlite");
}

QList<CacheFileInfo> BackendFactory::cacheFiles(const QString &dir)
{
    QList<CacheFileInfo> files;
    const QFileInfoList found = QDir(dir).entryInfoList({ QStringLiteral("v[23]-*.sqlite") }, QDir::Files, QDir::Name);
    for (const QFileInfo &f : found) {
        CacheFileInfo info;
        info.path = f.absoluteFilePath();
        QString name = f.completeBaseName();
        const QString api = name.left(2);
        name = name.mid(3);
        // "v3-127.0.0.1-8080" -> "v3 · 127.0.0.1:8080"
        const qsizetype dash = name.lastIndexOf(QLatin1Char('-'));
        bool isPort = false;
        if (dash > 0)
            name.mid(dash + 1).toInt(&isPort);
        if (isPort)
            name[dash] = QLatin1Char(':');
        info.account = api + QStringLiteral(" · ") + name;
        info.bytes = f.size() + QFileInfo(info.path + QStringLiteral("-wal")).size();
        files.append(info);
    }
    return files;
}

bool BackendFactory::clearCacheFile(const QString &path, QString *error)
{
    ClickCache cache;
    if (!cache.open(path, error))
        return false;
    if (!cache.clear()) {
        if (error)
            *error = cache.lastError();
        return false;
    }
    return true;
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
