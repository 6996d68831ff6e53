// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "sandbox/sandbox.h"

namespace ClickScope {

// The demo: a fixed seed, 18 campaigns (12 SENT, the others DRAFT or SCHEDULED), over 60 links, 60,000 clicks.
inline Sandbox::SandboxConfig demoSandboxConfig()
{
    Sandbox::SandboxConfig config;
    config.data.seed = 20261126;
    config.data.campaigns = 18;
    config.data.clicks = 60000;
    return config;
}

// The sandbox's public demo credentials (generated data only).
inline Credentials demoCredentials()
{
    return { QString::fromLatin1(Sandbox::defaultApiKey), QString::fromLatin1(Sandbox::defaultAccessToken) };
}

} // namespace ClickScope
