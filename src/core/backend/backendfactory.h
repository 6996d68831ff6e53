// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/trackingbackend.h"

#include <memory>

namespace ClickScope {

class ApiClient;

// The one place that names the concrete backends (DESIGN: only BackendFactory names v2/ and v3/).
class BackendFactory
{
public:
    // A v2 account (API key + access token) through this client, which keeps its base URL, credentials, rate
    // limiter and retry policy. The client must outlive the backend.
    static std::unique_ptr<TrackingBackend> createV2(ApiClient *client);
};

} // namespace ClickScope
