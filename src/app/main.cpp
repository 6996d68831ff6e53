// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"
#include "backend/backendfactory.h"
#include "gui/credentialsdialog.h"
#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "i18n.h"
#include "sandbox/demo.h"
#include "sandbox/sandboxthread.h"
#include "secrets/credentialstore.h"
#include "session/credentialresolver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(ClickScope::applicationName());
    QApplication::setOrganizationName(ClickScope::organizationName());
    QApplication::setApplicationVersion(ClickScope::versionString());
    QApplication::setApplicationDisplayName(ClickScope::applicationName());
    QApplication::setDesktopFileName(QStringLiteral("org.clickscope.ClickScope"));
    // The system's language unless File → Preferences… chose another; before any text is built.
    ClickScope::I18n::install(&app, ClickScope::I18n::savedLanguage());
    QIcon icon;
    for (int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/clickscope-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Who clicked which link in your email campaign, and when."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate(
            "main", "Start the built-in sandbox with generated data and open the window against it."));
    const QCommandLineOption apiBase(QStringLiteral("api-base"),
        QApplication::translate("main", "Base URL of the API (default https://api.constantcontact.com)."),
        QStringLiteral("URL"));
    const QCommandLineOption apiOption(QStringLiteral("api"),
        QApplication::translate(
            "main", "The Constant Contact API to open: v2 or v3 (default: the one used last; v3 for the demo)."),
        QStringLiteral("API"));
    const QCommandLineOption authBase(QStringLiteral("auth-base"),
        QApplication::translate(
            "main", "Sign-in server of the v3 API (default https://authz.constantcontact.com/oauth2/default/v1)."),
        QStringLiteral("URL"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"),
        QApplication::translate("main", "Client id of the Constant Contact application that signs in (v3)."),
        QStringLiteral("ID"));
    const QCommandLineOption liveOption(QStringLiteral("live"),
        QApplication::translate("main",
            "With --demo: the sandbox gains N new clicks a minute on its newest campaign, so that Refresh has "
            "something "
            "to fetch."),
        QStringLiteral("N"));
    parser.addOptions({ demo, apiBase, apiOption, authBase, clientIdOption, liveOption });
    parser.process(app);

    using ClickScope::ApiVersion;
    // No choice made yet (a first start, or an update from a v2-only version): v3, unless v2 credentials are in the
    // environment; a v2 entry in the keychain is found below when no v3 sign-in is stored.
    const bool apiChosen
        = parser.isSet(apiOption) || parser.isSet(demo) || QSettings().contains(QStringLiteral("account/api"));
    const bool v2Environment = ClickScope::CredentialStore::fromEnvironment().isComplete();
    const QString lastApi
        = QSettings()
              .value(QStringLiteral("account/api"), v2Environment ? QStringLiteral("v2") : QStringLiteral("v3"))
              .toString();
    const QString apiName = parser.isSet(apiOption) ? parser.value(apiOption)
        : parser.isSet(demo)                        ? QStringLiteral("v3")
                                                    : lastApi;
    if (apiName != QLatin1String("v2") && apiName != QLatin1String("v3")) {
        QMessageBox::critical(nullptr, ClickScope::applicationName(),
            QApplication::translate("main", "--api must be v2 or v3, not %1.").arg(apiName));
        return 2;
    }
    ClickScope::Account account; // the open account: its API, host and (from keychain or environment) secrets
    account.api = apiName == QLatin1String("v2") ? ApiVersion::V2 : ApiVersion::V3;
    account.baseUrl = ClickScope::BackendFactory::defaultBaseUrl(account.api);
    account.authBaseUrl = ClickScope::BackendFactory::defaultAuthBaseUrl();
    if (parser.isSet(authBase)) {
        QString error;
        const QUrl url(parser.value(authBase));
        if (!ClickScope::BackendFactory::isAllowedBaseUrl(url, &error)) {
            QMessageBox::critical(nullptr, ClickScope::applicationName(),
                QApplication::translate("main", "The API address %1 cannot be used: %2")
                    .arg(parser.value(authBase), error));
            return 2;
        }
        account.authBaseUrl = url;
    }
    const auto clientId = [&] {
        return ClickScope::v3ClientId(parser.isSet(clientIdOption) ? parser.value(clientIdOption)
                                                                   : ClickScope::PreferencesDialog::savedClientId());
    };
    account.clientId = clientId();
    if (parser.isSet(apiBase)) {
        QString error;
        const QUrl url(parser.value(apiBase));
        if (!ClickScope::BackendFactory::isAllowedBaseUrl(url, &error)) {
            QMessageBox::critical(nullptr, ClickScope::applicationName(),
                QApplication::translate("main", "The API address %1 cannot be used: %2")
                    .arg(parser.value(apiBase), error));
            return 2;
        }
        account.baseUrl = url;
    }

    QNetworkAccessManager network;
    ClickScope::KeychainCredentialStore keychain;
    ClickScope::MainWindow window;
    std::unique_ptr<ClickScope::Sandbox::SandboxThread> sandbox;
    bool demoMode = false;
    ClickScope::Account demoV3; // the demo's v3 account (its sign-in goes to the sandbox's OAuth2 stand-in)
    std::unique_ptr<ClickScope::SignInFlow> signIn;
    // The demo's cache lives as long as this run: its sandbox makes the same data again next time, without the
    // clicks it gained while it ran, so a cache kept across runs would hold clicks that no longer exist.
    std::unique_ptr<QTemporaryDir> demoCache;

    const auto describe = [](const ClickScope::Account &a, bool isDemo) {
        const QString version = a.api == ApiVersion::V3 ? QStringLiteral("v3") : QStringLiteral("v2");
        if (isDemo)
            return QApplication::translate("main", "Demo: the built-in sandbox (API %1)").arg(version);
        return QApplication::translate("main", "Constant Contact API %1 · %2").arg(version, a.baseUrl.host());
    };
    // Every change of account (sign-in, new credentials, the demo, Forget) is a new backend: nothing of the old
    // account's requests can carry the new credentials, or go to the new host with the old ones.
    const auto open = [&](const ClickScope::Account &next, bool isDemo) {
        ClickScope::ConnectionOptions options;
        // v3 tokens from the keychain are renewed and written back there; a demo or environment token is used as is.
        const bool fromEnvironment = next.api == ApiVersion::V3 && !next.credentials.accessToken.isEmpty()
            && next.credentials.refreshToken.isEmpty();
        options.tokenStore = isDemo || fromEnvironment ? nullptr : &keychain;
        if (isDemo) {
            if (!demoCache)
                demoCache = std::make_unique<QTemporaryDir>();
            options.cacheDir = demoCache->isValid() ? demoCache->path() : QString();
        } else {
            options.cacheDir = ClickScope::PreferencesDialog::savedCacheDir();
        }
        QString cacheWarning;
        window.setBackend(ClickScope::BackendFactory::create(next, &network, options, nullptr, &cacheWarning));
        window.setCacheProblem(cacheWarning);
        demoMode = isDemo;
        window.setDemoMode(isDemo);
        const bool signedIn
            = next.api == ApiVersion::V3 ? next.credentials.hasOAuthTokens() : next.credentials.isComplete();
        window.setAccountDescription(
            signedIn || isDemo ? describe(next, isDemo) : QApplication::translate("main", "Not signed in"),
            signedIn && !isDemo);
        if (!isDemo)
            account = next;
        window.start();
    };
    const auto startDemo = [&]() -> bool {
        if (!sandbox) {
            ClickScope::Sandbox::SandboxConfig config = ClickScope::Sandbox::demoConfig();
            config.live = std::clamp(parser.value(liveOption).toInt(), 0, 60000);
            sandbox = std::make_unique<ClickScope::Sandbox::SandboxThread>(config);
            QString error;
            if (!sandbox->start(&error)) {
                sandbox.reset();
                QMessageBox::critical(&window, ClickScope::applicationName(),
                    QApplication::translate("main", "The demo could not start its built-in sandbox: %1").arg(error));
                return false;
            }
        }
        const ClickScope::Sandbox::DemoAccount demoAccount;
        demoV3 = {};
        demoV3.api = ApiVersion::V3;
        demoV3.baseUrl = sandbox->baseUrl();
        demoV3.authBaseUrl = sandbox->baseUrl();
        demoV3.authBaseUrl.setPath(QStringLiteral("/oauth2/default/v1"));
        demoV3.clientId = demoAccount.v3ClientId;
        if (account.api == ApiVersion::V2) {
            open(ClickScope::Account::v2(
                     sandbox->baseUrl(), ClickScope::Credentials::v2(demoAccount.apiKey, demoAccount.accessToken)),
                true);
            return true;
        }
        // The demo's v3 account is signed in without a browser: the sandbox accepts its fixed token.
        ClickScope::Account signedIn = demoV3;
        signedIn.credentials.accessToken = demoAccount.v3AccessToken;
        open(signedIn, true);
        return true;
    };
    QObject::connect(&window, &ClickScope::MainWindow::demoRequested, &window, [&] { startDemo(); });

    // Account → Credentials… (and the welcome panel, and a 401): a window-modal dialog, no nested event loop.
    QObject::connect(&window, &ClickScope::MainWindow::credentialsRequested, &window, [&] {
        if (window.findChild<ClickScope::CredentialsDialog *>())
            return; // already open
        const bool v2 = account.api == ApiVersion::V2;
        const ClickScope::Credentials current = demoMode || !v2 ? ClickScope::Credentials {} : account.credentials;
        const QUrl base = v2 ? account.baseUrl : ClickScope::BackendFactory::defaultBaseUrl(ApiVersion::V2);
        auto *dialog = new ClickScope::CredentialsDialog(&keychain, base, current, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, &window, [&, dialog] {
            QSettings().setValue(QStringLiteral("account/api"), QStringLiteral("v2"));
            open(ClickScope::Account::v2(dialog->baseUrl(), dialog->credentials()), false);
        });
        QObject::connect(dialog, &ClickScope::CredentialsDialog::forgotten, &window, [&, base] {
            if (!demoMode && account.api == ApiVersion::V2)
                open(ClickScope::Account::v2(base, {}), false);
        });
        dialog->open();
    });

    // Sign in with Constant Contact (v3): the system browser, a loopback redirect, the tokens to the keychain.
    QObject::connect(&window, &ClickScope::MainWindow::signInRequested, &window, [&] {
        if (signIn)
            signIn->cancel();
        ClickScope::Account target;
        if (demoMode && sandbox) {
            target = demoV3;
        } else {
            target = account;
            target.api = ApiVersion::V3;
            if (account.api != ApiVersion::V3)
                target.baseUrl = ClickScope::BackendFactory::defaultBaseUrl(ApiVersion::V3);
            target.clientId = clientId();
        }
        target.credentials = {};
        signIn = ClickScope::BackendFactory::createSignIn(target, &network);
        ClickScope::SignInFlow *flow = signIn.get();
        QObject::connect(flow, &ClickScope::SignInFlow::authorizeUrlReady, &window, [&window](const QUrl &url) {
            window.setSignInWaiting(true);
            if (!QDesktopServices::openUrl(url))
                window.showSignInAddress(url);
        });
        QObject::connect(flow, &ClickScope::SignInFlow::finished, &window,
            [&, target, flow](ClickScope::SignInFlow::Outcome outcome, const ClickScope::Credentials &tokens,
                const ClickScope::ApiError &error) {
                window.setSignInWaiting(false);
                if (outcome == ClickScope::SignInFlow::Outcome::Cancelled)
                    return;
                if (outcome != ClickScope::SignInFlow::Outcome::SignedIn)
                    return window.showSignInProblem(error.userMessage());
                ClickScope::Account next = target;
                next.credentials = tokens;
                const bool isDemo = demoMode && next.baseUrl == demoV3.baseUrl;
                if (isDemo)
                    return open(next, true); // the demo's tokens stay in memory
                // Stored first, then used: the keychain holds the refresh token the account will renew with.
                const QString key = ClickScope::BackendFactory::credentialKey(ApiVersion::V3, next.baseUrl);
                auto *once = new QObject(&window);
                QObject::connect(&keychain, &ClickScope::CredentialStore::saved, once,
                    [&, next, key, once](
                        const QString &savedKey, ClickScope::CredentialStore::Status status, const QString &message) {
                        if (savedKey != key)
                            return;
                        once->deleteLater();
                        if (status != ClickScope::CredentialStore::Status::Ok)
                            window.setKeychainProblem(message);
                        QSettings().setValue(QStringLiteral("account/api"), QStringLiteral("v3"));
                        open(next, false);
                    });
                keychain.save(key, tokens);
                Q_UNUSED(flow);
            });
        QObject::connect(&window, &ClickScope::MainWindow::signInCancelled, flow, &ClickScope::SignInFlow::cancel,
            Qt::UniqueConnection);
        if (!flow->start())
            window.showSignInProblem(flow->error().userMessage());
    });

    QObject::connect(&window, &ClickScope::MainWindow::signOutRequested, &window, [&] {
        if (demoMode)
            return;
        keychain.forget(ClickScope::BackendFactory::credentialKey(account.api, account.baseUrl));
        ClickScope::Account signedOut = account;
        signedOut.credentials = {};
        open(signedOut, false);
    });

    // Preferences → a new language → "Restart Now": the same program with the same arguments (never secrets: those
    // come from the keychain or the environment), after the window has saved its state.
    QObject::connect(&window, &ClickScope::MainWindow::restartRequested, &window, [&window] {
        if (!window.close())
            return;
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        QCoreApplication::quit();
    });

    // v2: the environment (automation), else the keychain's entry for the API host.
    const auto resolveV2 = [&] {
        auto *resolver = new ClickScope::CredentialResolver(&keychain, &window);
        QObject::connect(resolver, &ClickScope::CredentialResolver::resolved, &window,
            [&, resolver](const QString &, const ClickScope::Credentials &credentials,
                ClickScope::CredentialResolver::Source, ClickScope::CredentialStore::Status status,
                const QString &message) {
                resolver->deleteLater();
                if (status == ClickScope::CredentialStore::Status::Unavailable
                    || status == ClickScope::CredentialStore::Status::Failed)
                    window.setKeychainProblem(message);
                ClickScope::Account found = account;
                if (status == ClickScope::CredentialStore::Status::Ok)
                    found.credentials = credentials;
                open(found, false);
            });
        resolver->resolve(account.baseUrl.host());
    };

    window.show();
    if (parser.isSet(demo))
        return startDemo() ? QApplication::exec() : 1;
    if (account.api == ApiVersion::V3) {
        // CLICKSCOPE_ACCESS_TOKEN alone (automation): used as is. Else the tokens of the last sign-in.
        const QString envToken = qEnvironmentVariable("CLICKSCOPE_ACCESS_TOKEN");
        if (!envToken.isEmpty() && qEnvironmentVariable("CLICKSCOPE_API_KEY").isEmpty()) {
            ClickScope::Account found = account;
            found.credentials.accessToken = envToken;
            open(found, false);
            return QApplication::exec();
        }
        const QString key = ClickScope::BackendFactory::credentialKey(ApiVersion::V3, account.baseUrl);
        auto *once = new QObject(&window);
        QObject::connect(&keychain, &ClickScope::CredentialStore::loaded, once,
            [&, key, once](const QString &loadedKey, const ClickScope::Credentials &credentials,
                ClickScope::CredentialStore::Status status, const QString &message) {
                if (loadedKey != key)
                    return;
                once->deleteLater();
                if (status == ClickScope::CredentialStore::Status::NotFound && !apiChosen) {
                    // Never signed in with v3, and no choice made: the v2 key and token of an earlier version.
                    account.api = ApiVersion::V2;
                    if (!parser.isSet(apiBase))
                        account.baseUrl = ClickScope::BackendFactory::defaultBaseUrl(ApiVersion::V2);
                    return resolveV2();
                }
                if (status == ClickScope::CredentialStore::Status::Unavailable
                    || status == ClickScope::CredentialStore::Status::Failed)
                    window.setKeychainProblem(message);
                ClickScope::Account found = account;
                if (status == ClickScope::CredentialStore::Status::Ok && credentials.hasOAuthTokens())
                    found.credentials = credentials;
                open(found, false);
            });
        keychain.load(key);
        return QApplication::exec();
    }
    resolveV2();
    return QApplication::exec();
}
