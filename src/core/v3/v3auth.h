// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apierror.h"
#include "domain/credentials.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ClickScope {

class CredentialStore;

// Where a v3 account signs in: the authorization server and the registered application (ctct-v3-api.md §1).
struct OAuthSettings {
    QUrl authBase; // {auth-base}: /authorize and /token below it
    QString clientId;
    static QUrl defaultAuthBase()
    {
        return QUrl(QStringLiteral("https://authz.constantcontact.com/oauth2/default/v1"));
    }
    static QString scope() { return QStringLiteral("campaign_data contact_data offline_access"); }
    static QString redirectUri(quint16 port);
};

// One v3 account's tokens, and the one place that renews them (DESIGN, "Rules the v3 API imposes"): when the
// access token has expired or expires within 60 s, or once after a 401; one renewal at a time (calls that need one
// meanwhile wait for it); the new tokens are written to the store before the new access token is used; a refused
// refresh token (invalid_grant) means "sign in again". The token endpoint allows 1 request/s: a 429 there waits
// and tries again.
class V3TokenManager : public QObject
{
    Q_OBJECT
public:
    // store may be null (tokens from the environment: used as they are, never renewed). storeKey names the entry.
    V3TokenManager(QNetworkAccessManager *network, OAuthSettings settings, Credentials tokens, CredentialStore *store,
        QString storeKey, QObject *parent = nullptr);

    const Credentials &tokens() const { return m_tokens; }
    QByteArray accessToken() const { return m_tokens.accessToken.toUtf8(); }
    bool canRefresh() const;
    bool needsRefresh(std::int64_t nowMs) const;
    bool isRefreshing() const { return m_inFlight; }
    // Renews the tokens unless the access token is no longer `used` (someone renewed it meanwhile; `used` empty:
    // renew in any case). done() runs in context; no error when there is a usable access token.
    void refresh(const QByteArray &used, QObject *context, std::function<void(const ApiError &)> done);

    // Requests to the token endpoint, for tests.
    int tokenRequests() const { return m_tokenRequests; }

Q_SIGNALS:
    void tokensChanged();
    // The refresh token was refused: the account must sign in again (the stored tokens are no use any more).
    void signInRequired(const QString &message);
    // The new tokens could not be written to the store (they are used for this session all the same).
    void storeFailed(const QString &message);

private:
    void post(int attempt);
    void finishAll(const ApiError &error);
    void adopt(const Credentials &tokens);

    QNetworkAccessManager *m_network;
    OAuthSettings m_settings;
    Credentials m_tokens;
    QPointer<CredentialStore> m_store;
    QString m_storeKey;
    bool m_inFlight = false;
    int m_tokenRequests = 0;
    struct Waiter {
        QPointer<QObject> context;
        std::function<void(const ApiError &)> done;
    };
    QList<Waiter> m_waiters;
};

// Signs v3 requests with the manager's current access token as a Bearer token; renews through it.
class V3Authenticator : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(ClickScope::V3Authenticator)

public:
    explicit V3Authenticator(V3TokenManager *tokens)
        : m_tokens(tokens)
    { }

    bool isComplete() const override;
    QString missingText() const override;
    void sign(QUrl &url, QNetworkRequest &request) const override;
    bool canRefresh() const override;
    bool needsRefresh() const override;
    void refresh(
        const QByteArray &signedWith, QObject *context, std::function<void(const ApiError &)> done) const override;

private:
    QPointer<V3TokenManager> m_tokens;
};

// Plain words for the token endpoint's errors.
struct V3AuthText {
    Q_DECLARE_TR_FUNCTIONS(ClickScope::V3AuthText)
public:
    static QString signInAgain();
};

// A POST to the token endpoint (the authorization server's origin, not the API's): https, or http to loopback
// only; no redirects; a 30 s transfer timeout. done(status, body, error): error set when no HTTP answer came, or
// a redirect (HttpClient::redirectError).
void postTokenRequest(QNetworkAccessManager *network, const QUrl &authBase, const QByteArray &form, QObject *context,
    std::function<void(int status, const QByteArray &body, const ApiError &error)> done);

} // namespace ClickScope
