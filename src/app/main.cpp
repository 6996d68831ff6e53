// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"
#include "backend/backendfactory.h"
#include "gui/credentialsdialog.h"
#include "gui/mainwindow.h"
#include "i18n.h"
#include "sandbox/demo.h"
#include "sandbox/sandboxthread.h"
#include "secrets/credentialstore.h"
#include "session/credentialresolver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>

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
    parser.addOptions({ demo, apiBase });
    parser.process(app);

    ClickScope::Account account; // the open account: its API, host and (from keychain or environment) secrets
    account.baseUrl = ClickScope::BackendFactory::defaultBaseUrl(account.api);
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

    // Every change of account (sign-in, new credentials, the demo, Forget) is a new backend: nothing of the old
    // account's requests can carry the new credentials, or go to the new host with the old ones.
    const auto open = [&](const ClickScope::Account &next, bool isDemo) {
        window.setBackend(ClickScope::BackendFactory::create(next, &network));
        demoMode = isDemo;
        window.setDemoMode(isDemo);
        if (!isDemo)
            account = next;
        window.start();
    };
    const auto startDemo = [&]() -> bool {
        if (!sandbox) {
            sandbox = std::make_unique<ClickScope::Sandbox::SandboxThread>(ClickScope::Sandbox::demoConfig());
            QString error;
            if (!sandbox->start(&error)) {
                sandbox.reset();
                QMessageBox::critical(&window, ClickScope::applicationName(),
                    QApplication::translate("main", "The demo could not start its built-in sandbox: %1").arg(error));
                return false;
            }
        }
        const ClickScope::Sandbox::DemoAccount demoAccount;
        open(ClickScope::Account::v2(sandbox->baseUrl(), ClickScope::Credentials::v2(demoAccount.apiKey, demoAccount.accessToken)), true);
        return true;
    };
    QObject::connect(&window, &ClickScope::MainWindow::demoRequested, &window, [&] { startDemo(); });

    // Account → Credentials… (and the welcome panel, and a 401): a window-modal dialog, no nested event loop.
    QObject::connect(&window, &ClickScope::MainWindow::credentialsRequested, &window, [&] {
        if (window.findChild<ClickScope::CredentialsDialog *>())
            return; // already open
        const ClickScope::Credentials current = demoMode ? ClickScope::Credentials {} : account.credentials;
        auto *dialog = new ClickScope::CredentialsDialog(&keychain, account.baseUrl, current, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, &window, [&, dialog] {
            open(ClickScope::Account::v2(dialog->baseUrl(), dialog->credentials()), false);
        });
        QObject::connect(dialog, &ClickScope::CredentialsDialog::forgotten, &window, [&] {
            if (!demoMode)
                open(ClickScope::Account::v2(account.baseUrl, {}), false);
        });
        dialog->open();
    });

    // Preferences → a new language → "Restart Now": the same program with the same arguments (never secrets: those
    // come from the keychain or the environment), after the window has saved its state.
    QObject::connect(&window, &ClickScope::MainWindow::restartRequested, &window, [&window] {
        if (!window.close())
            return;
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        QCoreApplication::quit();
    });

    window.show();
    if (parser.isSet(demo))
        return startDemo() ? QApplication::exec() : 1;
    // The environment (automation), else the keychain's entry for the API host.
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
    return QApplication::exec();
}
