// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"

#include <QUrl>

#include <utility>

namespace ClickScope {

// Which Constant Contact API an account speaks.
enum class ApiVersion {
    V2,
    V3,
};

// What may be shown of an account: its API and host, never a secret.
struct AccountInfo {
    ApiVersion api = ApiVersion::V2;
    QUrl baseUrl;
};

// One account to open: the API, its origin and its secrets (from the keychain or the environment, never settings).
struct Account {
    ApiVersion api = ApiVersion::V2;
    QUrl baseUrl;
    Credentials credentials;
    // v3: where the account signs in and renews its tokens (ctct-v3-api.md §1).
    QUrl authBaseUrl;
    QString clientId;

    static Account v2(QUrl base, Credentials credentials)
    {
        Account a;
        a.baseUrl = std::move(base);
        a.credentials = std::move(credentials);
        return a;
    }
};

} // namespace ClickScope
