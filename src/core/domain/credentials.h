// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ClickScope {

// A v2 account's secrets: the API key and the OAuth access token. Kept in the keychain, never in settings or logs.
struct Credentials {
    QString apiKey;
    QString accessToken;
    bool isComplete() const { return !apiKey.isEmpty() && !accessToken.isEmpty(); }
};

} // namespace ClickScope
