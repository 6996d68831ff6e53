// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apierror.h"
#include "domain/credentials.h"

#include <QObject>
#include <QUrl>

namespace ClickScope {

// Signing in to an account in the system browser (v3: OAuth2 with PKCE, BackendFactory::createSignIn). Connect,
// then start(): authorizeUrlReady() gives the address to open; finished() comes once, with the tokens on success.
// The tokens are not stored by the flow: the caller writes them to the keychain.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { SignedIn, Denied, WrongState, TimedOut, Failed, Cancelled };
    Q_ENUM(Outcome)

    // The port of the redirect URI http://127.0.0.1:PORT/callback that the application registered.
    static constexpr quint16 defaultRedirectPort = 52801;

    using QObject::QObject;

    // False (and a reason in error()) when the flow cannot start: no client id, the port is taken.
    virtual bool start(int timeoutSeconds = 300) = 0;
    virtual void cancel() = 0;
    virtual const ApiError &error() const = 0;
    virtual QString redirectUri() const = 0;

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    // The browser came back; the code is being exchanged.
    void exchanging();
    void finished(ClickScope::SignInFlow::Outcome outcome, const ClickScope::Credentials &tokens,
        const ClickScope::ApiError &error);
};

} // namespace ClickScope
