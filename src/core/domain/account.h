// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"

#include <QUrl>

namespace ClickScope {

// Which Constant Contact API an account speaks.
enum class ApiVersion {
    V2,
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
};

} // namespace ClickScope
