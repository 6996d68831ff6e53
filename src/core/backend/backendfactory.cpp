// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backendfactory.h"

#include "v2/v2backend.h"

namespace ClickScope {

std::unique_ptr<TrackingBackend> BackendFactory::createV2(ApiClient *client)
{
    return std::make_unique<V2Backend>(client);
}

} // namespace ClickScope
