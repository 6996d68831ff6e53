// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/signinflow.h"
#include "domain/apierror.h"
#include "domain/credentials.h"
#include "v3/v3auth.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace ClickScope {

// "Sign in with Constant Contact": the OAuth2 authorization code flow with PKCE (S256) in the system browser
// (ctct-v3-api.md §1.3, DESIGN "Rules the v3 API imposes").
//
// start() listens on http://127.0.0.1:PORT/callback (loopback only, the fixed port the application registered) and
// announces the authorize URL; the caller opens it in a browser. The listener answers exactly one request for
// /callback with the expected state (anything else gets a 404 or an error page and changes nothing), then closes;
// the code is exchanged with the code verifier (no client secret) and finished() gives the tokens. The tokens are
// not stored here: the caller writes them to the keychain.
//
// Why not QOAuth2AuthorizationCodeFlow: Qt 6.4 has no PKCE in it (only the parameter hook), its reply handler's
// listen() binds every interface unless told otherwise and keeps listening after the callback, and the token calls
// give no control over the refresh rules above; this class is the same on Qt 6.4 and 6.8.
class V3SignIn : public SignInFlow
{
    Q_OBJECT
public:
    V3SignIn(QNetworkAccessManager *network, OAuthSettings settings, quint16 redirectPort, QObject *parent = nullptr);
    ~V3SignIn() override;

    // False (and a reason in error()) when there is no client id or the port cannot be opened.
    bool start(int timeoutSeconds = 300) override;
    void cancel() override;

    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString redirectUri() const override;
    quint16 port() const;
    const ApiError &error() const override { return m_error; }

    // PKCE helpers (RFC 7636), for tests.
    static QByteArray makeVerifier();
    static QByteArray challengeFor(const QByteArray &verifier);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void exchange(const QByteArray &code);
    void finish(Outcome outcome, const Credentials &tokens, const ApiError &error);
    void stopListening();

    QNetworkAccessManager *m_network;
    OAuthSettings m_settings;
    quint16 m_redirectPort;
    QTcpServer *m_server = nullptr;
    QTimer *m_timeout = nullptr;
    QByteArray m_verifier;
    QByteArray m_state;
    QUrl m_authorizeUrl;
    ApiError m_error;
    bool m_done = false;
    bool m_answered = false; // the one callback request was accepted
};

struct V3SignInText {
    Q_DECLARE_TR_FUNCTIONS(ClickScope::V3SignInText)
public:
    static QString noClientId();
};

} // namespace ClickScope
