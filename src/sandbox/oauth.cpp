// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth.h"

#include "jsonout.h"
#include "sandbox.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace ClickScope::Sandbox {

namespace {

    constexpr std::int64_t codeLifetimeMs = 5 * 60 * 1000; // §1.3: the code lives 5 minutes and works once
    constexpr auto b64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

    std::int64_t wallMs()
    {
        return QDateTime::currentMSecsSinceEpoch();
    }

    QByteArray randomToken(int bytes)
    {
        QByteArray raw(bytes, Qt::Uninitialized);
        for (int i = 0; i < bytes; ++i)
            raw[i] = char(QRandomGenerator::system()->bounded(256));
        return raw.toBase64(b64url);
    }

    // {"error": ..., "error_description": ...} (§1.3, the spec's OAuthError).
    ApiResponse oauthError(int status, QByteArrayView error, QByteArrayView description)
    {
        ApiResponse r;
        r.status = status;
        JsonOut out(r.body);
        out.raw('{').key("error").str(error).raw(',').key("error_description").str(description).raw('}');
        out.finish();
        return r;
    }

    QByteArray htmlEscape(const QByteArray &text)
    {
        return QString::fromUtf8(text).toHtmlEscaped().toUtf8();
    }

    bool isLoopbackRedirect(const QByteArray &uri)
    {
        const QUrl url(QString::fromUtf8(uri), QUrl::StrictMode);
        return url.isValid() && url.scheme() == QLatin1String("http")
            && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")) && url.port() > 0
            && url.fragment().isNull() && url.userInfo().isEmpty();
    }

    // RFC 7636 §4.1: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~].
    bool validVerifier(const QByteArray &v)
    {
        if (v.size() < 43 || v.size() > 128)
            return false;
        for (char c : v)
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~'))
                return false;
        return true;
    }

    std::optional<QByteArray> value(const QList<std::pair<QByteArray, QByteArray>> &items, QByteArrayView key)
    {
        for (const auto &kv : items)
            if (kv.first == key)
                return kv.second;
        return std::nullopt;
    }

} // namespace

ApiResponse OAuthStandIn::authorize(const ApiRequest &request)
{
    const auto get = [&](QByteArrayView key) { return value(request.query, key).value_or(QByteArray()); };
    const QByteArray clientId = get("client_id");
    const QByteArray redirectUri = get("redirect_uri");
    QMutexLocker lock(&m_mutex);
    // Without a usable client id or redirect URI there is nobody to send the user back to: a page says why.
    const auto page = [](int status, const QByteArray &title, const QByteArray &text) {
        ApiResponse r;
        r.status = status;
        r.contentType = "text/html;charset=UTF-8";
        r.body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
            + title + "</h1><p>" + text + "</p></body></html>";
        return r;
    };
    if (clientId.isEmpty() || (!m_config.clientId.isEmpty() && clientId != m_config.clientId))
        return page(400, "Unknown application", "The client_id is not a registered application.");
    const bool registered = m_config.redirectUris.isEmpty() ? isLoopbackRedirect(redirectUri)
                                                            : m_config.redirectUris.contains(redirectUri);
    if (!registered)
        return page(400, "Redirect URI not registered",
            "The redirect_uri " + htmlEscape(redirectUri) + " is not registered for this application.");

    const auto redirect = [&](const QList<std::pair<QString, QString>> &params) {
        QUrl target(QString::fromUtf8(redirectUri));
        QUrlQuery q(target);
        for (const auto &p : params)
            q.addQueryItem(p.first, QString::fromUtf8(QUrl::toPercentEncoding(p.second)));
        if (!get("state").isNull())
            q.addQueryItem(
                QStringLiteral("state"), QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(get("state")))));
        target.setQuery(q);
        ApiResponse r;
        r.status = 302;
        r.location = target.toEncoded();
        r.contentType = "text/html;charset=UTF-8";
        r.body = "<!DOCTYPE html><html><body><a href=\"" + htmlEscape(r.location) + "\">Continue</a></body></html>";
        return r;
    };
    const auto fail = [&](const QString &error, const QString &description) {
        return redirect({ { QStringLiteral("error"), error }, { QStringLiteral("error_description"), description } });
    };
    if (get("response_type") != "code")
        return fail(QStringLiteral("unsupported_response_type"), QStringLiteral("response_type must be code."));
    const QByteArray challenge = get("code_challenge");
    if (challenge.isEmpty() || get("code_challenge_method") != "S256")
        return fail(QStringLiteral("invalid_request"),
            QStringLiteral("PKCE is required: code_challenge with code_challenge_method=S256."));
    const QList<QByteArray> scopes = get("scope").split(' ');
    for (const QByteArray &s : scopes) {
        static const QList<QByteArray> known { "account_read", "account_update", "contact_data", "campaign_data",
            "offline_access", "openid", "profile" };
        if (!known.contains(s))
            return fail(QStringLiteral("invalid_scope"),
                QStringLiteral("Unknown scope: %1").arg(QString::fromUtf8(s.isEmpty() ? "(none)" : s)));
    }

    const QByteArray decision = get("auto");
    if (decision == "deny")
        return fail(QStringLiteral("access_denied"), QStringLiteral("The user denied the request."));
    if (decision == "allow" || m_config.autoApprove) {
        const QByteArray code = randomToken(24);
        m_codes.insert(code, Code { clientId, redirectUri, challenge, get("scope"), wallMs() + codeLifetimeMs });
        return redirect({ { QStringLiteral("code"), QString::fromLatin1(code) } });
    }

    // The consent page: Allow and Deny are this same request with auto=allow or auto=deny.
    QUrlQuery again;
    for (const auto &kv : request.query)
        if (kv.first != "auto")
            again.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(kv.first))),
                QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(kv.second))));
    const QByteArray base = request.path + '?' + again.toString(QUrl::FullyEncoded).toUtf8();
    ApiResponse r = page(200, "Allow ClickScope to read your campaign reports?",
        "ClickScope asks for: " + htmlEscape(get("scope")) + "</p><p><a id=\"allow\" href=\"" + htmlEscape(base)
            + "&amp;auto=allow\">Allow</a> &nbsp; <a id=\"deny\" href=\"" + htmlEscape(base)
            + "&amp;auto=deny\">Deny</a>");
    return r;
}

ApiResponse OAuthStandIn::token(const QByteArray &formBody, std::int64_t monotonicMs)
{
    QMutexLocker lock(&m_mutex);
    ++m_tokenRequests;
    if (m_config.tokenQps > 0) {
        if (double(monotonicMs - m_lastTokenMs) < 1000.0 / m_config.tokenQps) {
            ApiResponse r;
            r.status = 429; // Okta's shape for its rate limits
            r.body = "{\"errorCode\":\"E0000047\",\"errorSummary\":\"API call exceeded rate limit due to too many "
                     "requests.\"}";
            return r;
        }
        m_lastTokenMs = monotonicMs;
    }
    QList<std::pair<QByteArray, QByteArray>> form;
    for (const QByteArray &pair : formBody.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq), v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        form.append({ QByteArray::fromPercentEncoding(k), QByteArray::fromPercentEncoding(v) });
    }
    const auto get = [&](QByteArrayView key) { return value(form, key).value_or(QByteArray()); };
    const QByteArray clientId = get("client_id");
    if (get("client_secret").size() > 0)
        return oauthError(401, "invalid_client", "A public client sends no client secret.");
    if (clientId.isEmpty() || (!m_config.clientId.isEmpty() && clientId != m_config.clientId))
        return oauthError(401, "invalid_client", "Client authentication failed.");

    const QByteArray grant = get("grant_type");
    if (grant == "authorization_code") {
        const QByteArray code = get("code");
        const auto it = m_codes.constFind(code);
        if (it == m_codes.cend())
            return oauthError(400, "invalid_grant", "The authorization code is invalid or has expired.");
        const Code c = *it;
        m_codes.erase(it); // works once, whatever happens next
        if (c.expiresAtMs < wallMs() || c.clientId != clientId)
            return oauthError(400, "invalid_grant", "The authorization code is invalid or has expired.");
        if (get("redirect_uri") != c.redirectUri)
            return oauthError(
                400, "invalid_grant", "The redirect_uri does not match the one of the authorization request.");
        const QByteArray verifier = get("code_verifier");
        m_latestVerifier = verifier;
        if (!validVerifier(verifier)
            || QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(b64url) != c.challenge)
            return oauthError(400, "invalid_grant", "PKCE verification failed.");
        return issue(m_nextFamily++, c.scope);
    }
    if (grant == "refresh_token") {
        ++m_refreshGrants;
        const auto it = m_refreshTokens.find(get("refresh_token"));
        if (it == m_refreshTokens.end() || it->used || it->generation != m_familyGeneration.value(it->family))
            return oauthError(400, "invalid_grant", "The refresh token is invalid or expired.");
        if (m_config.rotateRefreshTokens)
            it->used = true;
        return issue(it->family, it->scope);
    }
    return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
}

ApiResponse OAuthStandIn::issue(int family, const QByteArray &scope)
{
    const std::int64_t now = wallMs();
    const std::int64_t expires = now + std::int64_t(m_config.accessTokenLifetimeSec) * 1000;
    // A JWT in shape (the real ones are signed; clients read exp from it, §1.3).
    const QByteArray header = QByteArray("{\"alg\":\"none\",\"typ\":\"JWT\"}").toBase64(b64url);
    const QByteArray payload = QByteArray("{\"iss\":\"clickscope-sandbox\",\"exp\":"
        + QByteArray::number(expires / 1000) + ",\"scp\":\"" + scope + "\",\"jti\":\"" + randomToken(12) + "\"}")
                                   .toBase64(b64url);
    const QByteArray access = header + '.' + payload + '.' + randomToken(16);
    m_accessTokens.insert(access, expires);
    m_latestAccess = access;

    QByteArray refresh;
    const bool wantsRefresh = scope.split(' ').contains("offline_access");
    if (wantsRefresh) {
        if (!m_config.rotateRefreshTokens && !m_latestRefresh.isEmpty() && m_refreshTokens.contains(m_latestRefresh)
            && m_refreshTokens.value(m_latestRefresh).family == family) {
            refresh = m_latestRefresh;
        } else {
            const int generation = m_familyGeneration.value(family) + 1;
            m_familyGeneration.insert(family, generation); // every earlier refresh token of this grant is void
            refresh = randomToken(32);
            m_refreshTokens.insert(refresh, Refresh { family, generation, scope, false });
        }
        m_latestRefresh = refresh;
    }

    ApiResponse r;
    JsonOut out(r.body);
    out.raw('{').key("token_type").str("Bearer").raw(',').key("expires_in");
    out.num(m_config.expiresInEpoch ? expires / 1000 : std::int64_t(m_config.accessTokenLifetimeSec));
    out.raw(',').key("access_token").str(access).raw(',').key("scope").str(scope);
    if (wantsRefresh)
        out.raw(',').key("refresh_token").str(refresh);
    const QByteArray idToken = header + '.' + payload + '.' + randomToken(8);
    out.raw(',').key("id_token").str(idToken).raw('}');
    out.finish();
    return r;
}

OAuthStandIn::TokenState OAuthStandIn::accessToken(QByteArrayView token) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_accessTokens.constFind(token.toByteArray());
    if (it == m_accessTokens.cend())
        return TokenState::Unknown;
    return *it > wallMs() ? TokenState::Valid : TokenState::Expired;
}

void OAuthStandIn::expireAccessTokens()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        *it = 0;
}

void OAuthStandIn::revokeRefreshTokens()
{
    QMutexLocker lock(&m_mutex);
    m_refreshTokens.clear();
}

void OAuthStandIn::setAccessTokenLifetime(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_config.accessTokenLifetimeSec = seconds;
}

QByteArray OAuthStandIn::latestRefreshToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_latestRefresh;
}

QByteArray OAuthStandIn::latestAccessToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_latestAccess;
}

QByteArray OAuthStandIn::latestCodeVerifier() const
{
    QMutexLocker lock(&m_mutex);
    return m_latestVerifier;
}

int OAuthStandIn::tokenRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokenRequests;
}

int OAuthStandIn::refreshGrants() const
{
    QMutexLocker lock(&m_mutex);
    return m_refreshGrants;
}

} // namespace ClickScope::Sandbox
