// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandbox.h"

#include <QString>

namespace ClickScope::Sandbox {

// The demo that `clickscope --demo` and `clickscope-cli --demo` start: a fixed seed, 18 campaigns (12 SENT, the
// others DRAFT or SCHEDULED), over 60 links, 60,000 clicks.
inline SandboxConfig demoConfig()
{
    SandboxConfig config;
    config.data.seed = 20261126;
    config.data.campaigns = 18;
    config.data.clicks = 60000;
    return config;
}

// The sandbox's public demo account (generated data only), as the client's credentials take it.
struct DemoAccount {
    QString apiKey = QString::fromLatin1(defaultApiKey);
    QString accessToken = QString::fromLatin1(defaultAccessToken);
    // v3: a fixed access token the sandbox accepts without a sign-in, and the client id its OAuth2 stand-in takes.
    QString v3AccessToken = QString::fromLatin1(defaultV3AccessToken);
    QString v3ClientId = QStringLiteral("clickscope-demo");
};

} // namespace ClickScope::Sandbox
