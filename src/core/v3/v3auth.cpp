// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3/v3auth.h"

#include "appinfo.h"
#include "secrets/credentialstore.h"
#include "v3/v3parser.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace ClickScope {

namespace {

    constexpr std::int64_t refreshMarginMs = 60 * 1000;
    constexpr int tokenAttempts = 5; // 429 (1 request/s) and network failures

    std::int64_t nowMs()
    {
        return QDateTime::currentMSecsSinceEpoch();
    }

    QByteArray formValue(const QString &text)
    {
        return QUrl::toPercentEncoding(text);
    }

} // namespace

QString OAuthSettings::redirectUri(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(port);
}

QString V3AuthText::signInAgain()
{
    return tr("Your Constant Contact sign-in has expired or was revoked. Sign in again.");
}

void postTokenRequest(QNetworkAccessManager *network, const QUrl &authBase, const QByteArray &form, QObject *context,
    std::function<void(int, const QByteArray &, const ApiError &)> done)
{
    QString refused;
    if (!HttpClient::isAllowedBaseUrl(authBase, &refused)) {
        QTimer::singleShot(
            0, context, [done, refused] { done(0, {}, ApiError::make(ApiError::Kind::InsecureUrl, refused)); });
        return;
    }
    QUrl url = authBase;
    url.setPath(authBase.path() + QStringLiteral("/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network->post(request, form);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, url, done] {
        reply->deleteLater();
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (status == 0) {
            // Never Qt's errorString(): it names the URL.
            done(0, {},
                ApiError::make(ApiError::Kind::Network,
                    HttpClient::tr("The network request failed (error %1).").arg(int(reply->error()))));
            return;
        }
        if (status >= 300 && status <= 399) // never followed: the form carries the refresh token or the verifier
            return done(status, {}, HttpClient::redirectError(status, url, reply->rawHeader("Location")));
        done(status, body, {});
    });
}

V3TokenManager::V3TokenManager(QNetworkAccessManager *network, OAuthSettings settings, Credentials tokens,
    CredentialStore *store, QString storeKey, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_tokens(std::move(tokens))
    , m_store(store)
    , m_storeKey(std::move(storeKey))
{ }

bool V3TokenManager::canRefresh() const
{
    return m_store && !m_tokens.refreshToken.isEmpty() && !m_settings.clientId.isEmpty();
}

bool V3TokenManager::needsRefresh(std::int64_t now) const
{
    if (m_tokens.accessToken.isEmpty())
        return true;
    if (m_tokens.expiresAtMs <= 0)
        return false; // not known: the 401 tells
    // The 60 s margin only for tokens that live long enough for it (a sandbox may issue 5-second tokens).
    const std::int64_t lifetime = m_tokens.obtainedAtMs > 0 ? m_tokens.expiresAtMs - m_tokens.obtainedAtMs : INT64_MAX;
    const std::int64_t margin = lifetime > 4 * refreshMarginMs ? refreshMarginMs : 0;
    return now >= m_tokens.expiresAtMs - margin;
}

void V3TokenManager::refresh(const QByteArray &used, QObject *context, std::function<void(const ApiError &)> done)
{
    if (!used.isEmpty() && used != QByteArray(QByteArrayLiteral("Bearer ") + accessToken())
        && !m_tokens.accessToken.isEmpty()) {
        // Renewed since that request was signed: just send it again.
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    if (!canRefresh()) {
        const ApiError error = ApiError::make(ApiError::Kind::Unauthorized, V3AuthText::signInAgain(), 401);
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    m_waiters.append({ context, std::move(done) });
    if (m_inFlight)
        return;
    m_inFlight = true;
    post(1);
}

void V3TokenManager::post(int attempt)
{
    ++m_tokenRequests;
    const QByteArray form = "grant_type=refresh_token&refresh_token=" + formValue(m_tokens.refreshToken)
        + "&client_id=" + formValue(m_settings.clientId);
    postTokenRequest(m_network, m_settings.authBase, form, this,
        [this, attempt](int status, const QByteArray &body, const ApiError &networkError) {
            if (networkError.isError() || status == 429 || status >= 500) {
                if (attempt < tokenAttempts && (!networkError.isError() || networkError.retryable)) {
                    // The token endpoint allows one request a second; a failed connection gets the same pause.
                    QTimer::singleShot(1100 * attempt, this, [this, attempt] { post(attempt + 1); });
                    return;
                }
                finishAll(networkError.isError()
                        ? networkError
                        : ApiError::make(status == 429 ? ApiError::Kind::OverQps : ApiError::Kind::Server,
                            HttpClient::tr("The server answered with HTTP status %1.").arg(status), status));
                return;
            }
            if (status != 200) {
                const V3::OAuthError oauth = V3::parseOAuthError(body);
                if (oauth.error == QLatin1String("invalid_grant") || status == 400 || status == 401) {
                    // The refresh token is spent, revoked or expired: nothing but a new sign-in helps.
                    m_tokens = {};
                    if (m_store)
                        m_store->forget(m_storeKey);
                    ApiError error = ApiError::make(ApiError::Kind::Unauthorized, V3AuthText::signInAgain(), status,
                        oauth.error.isEmpty() ? QStringLiteral("invalid_grant") : oauth.error);
                    Q_EMIT signInRequired(error.errorMessage);
                    finishAll(error);
                    return;
                }
                finishAll(ApiError::make(ApiError::Kind::OtherHttp,
                    oauth.description.isEmpty() ? HttpClient::tr("The server answered with HTTP status %1.").arg(status)
                                                : oauth.description,
                    status, oauth.error));
                return;
            }
            const std::int64_t now = nowMs();
            const auto parsed = V3::parseTokenResponse(body, now);
            if (!parsed) {
                finishAll(ApiError::make(ApiError::Kind::InvalidResponse, parsed.error));
                return;
            }
            Credentials next = m_tokens;
            next.accessToken = QString::fromUtf8(parsed.value->accessToken);
            if (!parsed.value->refreshToken.isEmpty()) // none sent: the old one stays (long-lived tokens)
                next.refreshToken = QString::fromUtf8(parsed.value->refreshToken);
            next.expiresAtMs = parsed.value->expiresAtMs;
            next.obtainedAtMs = now;
            // Written to the keychain before it is used: a crash after this point loses nothing.
            if (!m_store) {
                adopt(next);
                return;
            }
            auto *connection = new QMetaObject::Connection;
            *connection = connect(m_store, &CredentialStore::saved, this,
                [this, next, connection](
                    const QString &key, CredentialStore::Status saveStatus, const QString &message) {
                    if (key != m_storeKey)
                        return;
                    disconnect(*connection);
                    delete connection;
                    if (saveStatus != CredentialStore::Status::Ok)
                        Q_EMIT storeFailed(message);
                    adopt(next);
                });
            m_store->save(m_storeKey, next);
        });
}

void V3TokenManager::adopt(const Credentials &tokens)
{
    m_tokens = tokens;
    Q_EMIT tokensChanged();
    finishAll({});
}

void V3TokenManager::finishAll(const ApiError &error)
{
    m_inFlight = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters)
        if (w.context)
            w.done(error);
}

bool V3Authenticator::isComplete() const
{
    return m_tokens && m_tokens->tokens().hasOAuthTokens();
}

QString V3Authenticator::missingText() const
{
    return tr("Not signed in to Constant Contact.");
}

void V3Authenticator::sign(QUrl &url, QNetworkRequest &request) const
{
    Q_UNUSED(url);
    if (m_tokens)
        request.setRawHeader("Authorization", "Bearer " + m_tokens->accessToken());
}

bool V3Authenticator::canRefresh() const
{
    return m_tokens && m_tokens->canRefresh();
}

bool V3Authenticator::needsRefresh() const
{
    return m_tokens && m_tokens->needsRefresh(nowMs());
}

void V3Authenticator::refresh(
    const QByteArray &signedWith, QObject *context, std::function<void(const ApiError &)> done) const
{
    if (!m_tokens) {
        done(ApiError::make(ApiError::Kind::Cancelled, HttpClient::tr("Cancelled.")));
        return;
    }
    m_tokens->refresh(signedWith, context, std::move(done));
}

} // namespace ClickScope
