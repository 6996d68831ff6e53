// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <utility>

namespace ClickScope {

// An account's secrets. Kept in the keychain, never in settings or logs.
// v2: the API key and the OAuth access token. v3: the access token, its expiry and the (rotating) refresh token
// from the sign-in; no API key.
struct Credentials {
    QString apiKey;
    QString accessToken;
    QString refreshToken; // v3
    std::int64_t expiresAtMs = 0; // v3: when the access token expires (UTC ms); 0: not known
    std::int64_t obtainedAtMs = 0; // v3: when it was issued (UTC ms); 0: not known
    static Credentials v2(QString key, QString token)
    {
        Credentials c;
        c.apiKey = std::move(key);
        c.accessToken = std::move(token);
        return c;
    }
    bool isComplete() const { return !apiKey.isEmpty() && !accessToken.isEmpty(); }
    bool hasOAuthTokens() const { return !accessToken.isEmpty() || !refreshToken.isEmpty(); }
};

} // namespace ClickScope

Q_DECLARE_METATYPE(ClickScope::Credentials)
