// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OAuth2 stand-in for Constant Contact's authorization server (ctct-v3-api.md §1): the authorize page and the
// token endpoint of the authorization code flow with PKCE (S256), rotating refresh tokens and access tokens with a
// configurable lifetime. Unlike the API routes it has state (codes and tokens), kept behind a mutex.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

#include <cstdint>

namespace ClickScope::Sandbox {

struct ApiRequest;
struct ApiResponse;

struct OAuthConfig {
    QByteArray clientId; // the registered client id; empty: any non-empty id
    // Registered redirect URIs, matched exactly; empty: any http://127.0.0.1:PORT/... or http://localhost:PORT/...
    QList<QByteArray> redirectUris;
    int accessTokenLifetimeSec = 86400; // 24 h (§1.6)
    bool rotateRefreshTokens = true; // false: long-lived refresh tokens
    bool autoApprove = false; // the authorize page approves at once (as ?auto=allow does)
    bool expiresInEpoch = false; // expires_in as an epoch time, as the spec describes it (UNCONFIRMED, §1.3)
    double tokenQps = 1; // the token endpoint's limit (§1.6); 0: unlimited
};

class OAuthStandIn
{
public:
    explicit OAuthStandIn(OAuthConfig config)
        : m_config(std::move(config))
    { }

    // GET {auth-base}/authorize: the consent page, or (approved or denied) a 302 to the redirect URI.
    ApiResponse authorize(const ApiRequest &request);
    // POST {auth-base}/token with a form body: authorization_code (+ PKCE) and refresh_token grants.
    ApiResponse token(const QByteArray &formBody, std::int64_t monotonicMs);

    enum class TokenState { Unknown, Valid, Expired };
    TokenState accessToken(QByteArrayView token) const;

    // For tests.
    void expireAccessTokens();
    void revokeRefreshTokens();
    void setAccessTokenLifetime(int seconds);
    QByteArray latestRefreshToken() const;
    QByteArray latestAccessToken() const;
    QByteArray latestCodeVerifier() const; // the code_verifier of the last authorization_code grant
    int tokenRequests() const;
    int refreshGrants() const;

private:
    struct Code {
        QByteArray clientId, redirectUri, challenge, scope;
        std::int64_t expiresAtMs = 0;
    };
    struct Refresh {
        int family = 0;
        int generation = 0;
        QByteArray scope;
        bool used = false;
    };
    ApiResponse issue(int family, const QByteArray &scope);

    mutable QMutex m_mutex;
    OAuthConfig m_config;
    QHash<QByteArray, Code> m_codes;
    QHash<QByteArray, std::int64_t> m_accessTokens; // token -> expiry (wall clock ms)
    QHash<QByteArray, Refresh> m_refreshTokens;
    QHash<int, int> m_familyGeneration; // the newest token set of each grant; older refresh tokens are void
    QByteArray m_latestRefresh;
    QByteArray m_latestAccess;
    QByteArray m_latestVerifier;
    int m_nextFamily = 1;
    int m_tokenRequests = 0;
    int m_refreshGrants = 0;
    std::int64_t m_lastTokenMs = -1000000;
};

} // namespace ClickScope::Sandbox
