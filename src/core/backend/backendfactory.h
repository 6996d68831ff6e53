// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/signinflow.h"
#include "backend/trackingbackend.h"
#include "domain/account.h"
#include "net/httpclient.h"

#include <memory>

class QNetworkAccessManager;

namespace ClickScope {

// How a backend made by BackendFactory::create() talks to its origin.
class CredentialStore;

struct ConnectionOptions {
    double requestsPerSecond = 4.0; // 0: no limit (the sandbox)
    RetryPolicy retry;
    int timeoutMs = 30000;
    // v3: where renewed tokens are written (before they are used). Null: the tokens are used as they are and never
    // renewed (an access token from the environment).
    CredentialStore *tokenStore = nullptr;
    // The folder of the local caches (one SQLite file per account, BackendFactory::cacheFileName); empty: no cache.
    QString cacheDir;
    // Answer from the cache only, with no request at all (clickscope-cli --cached). Needs cacheDir.
    bool cacheOnly = false;
};

// One account's cache file, for Preferences.
struct CacheFileInfo {
    QString path;
    QString account; // "v2 · api.constantcontact.com", "v3 · api.cc.email"
    qint64 bytes = 0;
};

// The one place that names the concrete backends (DESIGN: only BackendFactory names v2/ and v3/).
class BackendFactory
{
public:
    static QUrl defaultBaseUrl(ApiVersion api);
    static QUrl defaultAuthBaseUrl();
    // The keychain entry of an account: v2 the API host (as before); v3 "v3:" and the host, and the port when one is
    // given (a sandbox and the real API keep separate tokens).
    static QString credentialKey(ApiVersion api, const QUrl &baseUrl);
    // False (and a reason) for an address the client refuses: not https, or http to a host other than loopback.
    static bool isAllowedBaseUrl(const QUrl &url, QString *error = nullptr);

    // A backend for this account with a network client of its own (a child of the backend): base URL, credentials,
    // rate limit and retries fixed for its lifetime. Another account, or new credentials, is another backend.
    // Null (and a reason) when the base URL is refused. With options.cacheDir, the backend keeps a local cache; when
    // that cannot be opened the backend works without one and cacheWarning says why.
    static std::unique_ptr<TrackingBackend> create(const Account &account, QNetworkAccessManager *network,
        const ConnectionOptions &options = {}, QString *error = nullptr, QString *cacheWarning = nullptr);
    // Wraps a backend in a cache kept in `path` (tests and benchmarks); null and a reason when it cannot be opened.
    static std::unique_ptr<TrackingBackend> withCache(std::unique_ptr<TrackingBackend> backend, const QString &path,
        bool cacheOnly = false, QString *error = nullptr);

    // The default folder of the caches: the application data folder's "cache".
    static QString defaultCacheDir();
    // The file of an account's cache in `dir`: "v2-HOST.sqlite", "v3-HOST[-PORT].sqlite".
    static QString cacheFileName(ApiVersion api, const QUrl &baseUrl);
    static QList<CacheFileInfo> cacheFiles(const QString &dir);
    // Empties a cache file (it may be in use by a running backend: its rows go, the file stays).
    static bool clearCacheFile(const QString &path, QString *error = nullptr);

    // The browser sign-in of an account's API (v3; null for v2, which has no sign-in), on the loopback redirect
    // port. It uses the account's auth base and client id.
    static std::unique_ptr<SignInFlow> createSignIn(
        const Account &account, QNetworkAccessManager *network, quint16 redirectPort = SignInFlow::defaultRedirectPort);

    // A v2 backend over an existing client, which keeps its base URL, authenticator, rate limiter and retry policy
    // (tests and benchmarks tune the client). The client must outlive the backend.
    static std::unique_ptr<TrackingBackend> createV2(HttpClient *client);
};

} // namespace ClickScope
