// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3/v3signin.h"

#include "v3/v3parser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace ClickScope {

namespace {

    constexpr auto b64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    constexpr qsizetype maxRequestBytes = 16 * 1024;

    QByteArray randomBytes(int n)
    {
        QByteArray raw(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            raw[i] = char(QRandomGenerator::system()->bounded(256));
        return raw;
    }

} // namespace

QString V3SignInText::noClientId()
{
    return tr("Signing in needs the client id of a Constant Contact application. Register one in the Constant "
              "Contact developer portal with the PKCE flow and the redirect URI %1, then enter its client id in "
              "Preferences (or set CLICKSCOPE_CLIENT_ID).");
}

V3SignIn::V3SignIn(QNetworkAccessManager *network, OAuthSettings settings, quint16 redirectPort, QObject *parent)
    : SignInFlow(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_redirectPort(redirectPort)
{ }

V3SignIn::~V3SignIn() = default;

QByteArray V3SignIn::makeVerifier()
{
    return randomBytes(48).toBase64(b64url); // 64 characters of [A-Za-z0-9-_]
}

QByteArray V3SignIn::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(b64url);
}

QString V3SignIn::redirectUri() const
{
    return OAuthSettings::redirectUri(port());
}

quint16 V3SignIn::port() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : m_redirectPort;
}

bool V3SignIn::start(int timeoutSeconds)
{
    if (m_settings.clientId.isEmpty()) {
        m_error = ApiError::make(ApiError::Kind::MissingCredentials,
            V3SignInText::noClientId().arg(OAuthSettings::redirectUri(m_redirectPort)));
        return false;
    }
    QString refused;
    if (!HttpClient::isAllowedBaseUrl(m_settings.authBase, &refused)) {
        m_error = ApiError::make(ApiError::Kind::InsecureUrl, refused);
        return false;
    }
    m_server = new QTcpServer(this);
    // Loopback only: nobody on the network can hand this listener a code.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), m_redirectPort)) {
        m_error = ApiError::make(ApiError::Kind::Network,
            tr("Cannot listen for the sign-in on port %1 (%2). Close the program that uses it, or choose another "
               "redirect port that the application has registered.")
                .arg(m_redirectPort)
                .arg(m_server->errorString()));
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &V3SignIn::onConnection);
    // Port 0 (any free port): the redirect URI names the port chosen, also once the listener is closed for the
    // code exchange, whose redirect_uri must be the authorize request's.
    m_redirectPort = m_server->serverPort();
    m_verifier = makeVerifier();
    m_state = randomBytes(24).toBase64(b64url);

    m_authorizeUrl = m_settings.authBase;
    m_authorizeUrl.setPath(m_settings.authBase.path() + QStringLiteral("/authorize"));
    QUrlQuery q;
    const auto add = [&q](const QString &key, const QString &value) {
        q.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), m_settings.clientId);
    add(QStringLiteral("redirect_uri"), redirectUri());
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("scope"), OAuthSettings::scope()); // spaces as %20, never an encoded plus (§1.5)
    add(QStringLiteral("state"), QString::fromLatin1(m_state));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(challengeFor(m_verifier)));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    m_authorizeUrl.setQuery(q);

    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish(Outcome::TimedOut, {},
            ApiError::make(
                ApiError::Kind::Timeout, tr("The sign-in was not completed in the browser in time. Try again.")));
    });
    m_timeout->start(timeoutSeconds * 1000);
    QTimer::singleShot(0, this, [this] {
        if (!m_done)
            Q_EMIT authorizeUrlReady(m_authorizeUrl);
    });
    return true;
}

void V3SignIn::cancel()
{
    finish(Outcome::Cancelled, {}, ApiError::make(ApiError::Kind::Cancelled, HttpClient::tr("Cancelled.")));
}

void V3SignIn::onConnection()
{
    while (QTcpSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        socket->setParent(this); // outlives the listener, which closes once the callback is in
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); }); // a client that never finishes its request
    }
}

void V3SignIn::onReadable(QTcpSocket *socket)
{
    if (socket->property("cs_answered").toBool())
        return;
    QByteArray buffer = socket->property("cs_buffer").toByteArray() + socket->readAll();
    if (buffer.size() > maxRequestBytes) {
        answer(socket, 400, tr("Sign-in failed"), tr("The request was too large."));
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty("cs_buffer", buffer);
        return;
    }
    const QByteArray line = buffer.left(buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts[0] != "GET" || !parts[2].startsWith("HTTP/1.")) {
        answer(socket, 400, tr("Sign-in failed"), tr("The request was not understood."));
        return;
    }
    const QUrl target(QString::fromLatin1(parts[1]), QUrl::StrictMode);
    if (!target.isValid() || target.path() != QLatin1String("/callback") || m_answered || m_done) {
        // A browser may ask for /favicon.ico; a second callback is not accepted either.
        answer(socket, 404, tr("Not found"), tr("There is nothing here."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.toLatin1() != m_state) {
        m_answered = true;
        answer(socket, 400, tr("Sign-in failed"),
            tr("This answer does not belong to the sign-in ClickScope started. Start the sign-in again."));
        finish(Outcome::WrongState, {},
            ApiError::make(ApiError::Kind::Unauthorized,
                tr("The sign-in answer did not carry the expected state; it was ignored. Start the sign-in again.")));
        return;
    }
    m_answered = true;
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const bool denied = error == QLatin1String("access_denied");
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        const QString message = denied
            ? tr("Access to the Constant Contact account was not allowed.")
            : tr("Constant Contact refused the sign-in: %1").arg(description.isEmpty() ? error : description);
        answer(socket, 200, tr("Not signed in"), message + QLatin1Char(' ') + tr("You can close this tab."));
        finish(denied ? Outcome::Denied : Outcome::Failed, {},
            ApiError::make(ApiError::Kind::Unauthorized, message, 0, error));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        answer(socket, 400, tr("Sign-in failed"), tr("The answer carried no authorization code."));
        finish(Outcome::Failed, {},
            ApiError::make(ApiError::Kind::InvalidResponse, tr("The sign-in answer carried no authorization code.")));
        return;
    }
    answer(socket, 200, tr("Signed in"),
        tr("ClickScope is finishing the sign-in. You can close this tab and return to ClickScope."));
    stopListening();
    Q_EMIT exchanging();
    exchange(code.toUtf8());
}

void V3SignIn::answer(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    socket->setProperty("cs_answered", true);
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
        + title.toHtmlEscaped().toUtf8() + "</title></head><body style=\"font-family: sans-serif; margin: 3em\"><h1>"
        + title.toHtmlEscaped().toUtf8() + "</h1><p>" + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void V3SignIn::exchange(const QByteArray &code)
{
    const QByteArray form = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(QString::fromUtf8(code))
        + "&redirect_uri=" + QUrl::toPercentEncoding(redirectUri())
        + "&client_id=" + QUrl::toPercentEncoding(m_settings.clientId) + "&code_verifier=" + m_verifier;
    const auto attempt = std::make_shared<std::function<void(int)>>();
    *attempt = [this, form, attempt](int n) {
        postTokenRequest(m_network, m_settings.authBase, form, this,
            [this, attempt, n](int status, const QByteArray &body, const ApiError &networkError) {
                if ((networkError.isError() || status == 429 || status >= 500) && n < 4
                    && (!networkError.isError() || networkError.retryable)) {
                    QTimer::singleShot(1100 * n, this, [attempt, n] { (*attempt)(n + 1); });
                    return;
                }
                *attempt = nullptr; // breaks the cycle
                if (networkError.isError())
                    return finish(Outcome::Failed, {}, networkError);
                if (status != 200) {
                    const V3::OAuthError oauth = V3::parseOAuthError(body);
                    return finish(Outcome::Failed, {},
                        ApiError::make(ApiError::Kind::Unauthorized,
                            tr("Constant Contact refused the sign-in: %1")
                                .arg(oauth.description.isEmpty()
                                        ? (oauth.error.isEmpty() ? QString::number(status) : oauth.error)
                                        : oauth.description),
                            status, oauth.error));
                }
                const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
                const auto parsed = V3::parseTokenResponse(body, now);
                if (!parsed)
                    return finish(Outcome::Failed, {}, ApiError::make(ApiError::Kind::InvalidResponse, parsed.error));
                Credentials tokens;
                tokens.accessToken = QString::fromUtf8(parsed.value->accessToken);
                tokens.refreshToken = QString::fromUtf8(parsed.value->refreshToken);
                tokens.expiresAtMs = parsed.value->expiresAtMs;
                tokens.obtainedAtMs = now;
                finish(Outcome::SignedIn, tokens, {});
            });
    };
    (*attempt)(1);
}

void V3SignIn::stopListening()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void V3SignIn::finish(Outcome outcome, const Credentials &tokens, const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (m_timeout)
        m_timeout->stop();
    stopListening();
    Q_EMIT finished(outcome, tokens, error);
}

} // namespace ClickScope
