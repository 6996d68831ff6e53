// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/trackingbackend.h"
#include "domain/account.h"
#include "net/httpclient.h"

#include <memory>

class QNetworkAccessManager;

namespace ClickScope {

// How a backend made by BackendFactory::create() talks to its origin.
struct ConnectionOptions {
    double requestsPerSecond = 4.0; // 0: no limit (the sandbox)
    RetryPolicy retry;
    int timeoutMs = 30000;
};

// The one place that names the concrete backends (DESIGN: only BackendFactory names v2/ and v3/).
class BackendFactory
{
public:
    static QUrl defaultBaseUrl(ApiVersion api);
    // False (and a reason) for an address the client refuses: not https, or http to a host other than loopback.
    static bool isAllowedBaseUrl(const QUrl &url, QString *error = nullptr);

    // A backend for this account with a network client of its own (a child of the backend): base URL, credentials,
    // rate limit and retries fixed for its lifetime. Another account, or new credentials, is another backend.
    // Null (and a reason) when the base URL is refused.
    static std::unique_ptr<TrackingBackend> create(const Account &account, QNetworkAccessManager *network,
        const ConnectionOptions &options = {}, QString *error = nullptr);

    // A v2 backend over an existing client, which keeps its base URL, authenticator, rate limiter and retry policy
    // (tests and benchmarks tune the client). The client must outlive the backend.
    static std::unique_ptr<TrackingBackend> createV2(HttpClient *client);
};

} // namespace ClickScope
