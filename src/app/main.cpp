// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "appinfo.h"
#include "gui/mainwindow.h"
#include "sandbox/sandboxthread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>

#include <memory>

namespace {

// Generated data for the demo: fixed seed, 18 campaigns (12 of them SENT), 60,000 clicks.
ClickScope::Sandbox::SandboxConfig demoConfig()
{
    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 20261126;
    config.data.campaigns = 18;
    config.data.clicks = 60000;
    return config;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(ClickScope::applicationName());
    QApplication::setOrganizationName(ClickScope::organizationName());
    QApplication::setApplicationVersion(ClickScope::versionString());
    QApplication::setApplicationDisplayName(ClickScope::applicationName());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Who clicked which link in your email campaign, and when."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Start the built-in sandbox with generated data and open the window against it."));
    const QCommandLineOption apiBase(QStringLiteral("api-base"),
        QApplication::translate("main", "Base URL of the API (default https://api.constantcontact.com)."), QStringLiteral("URL"));
    parser.addOptions({ demo, apiBase });
    parser.process(app);

    QNetworkAccessManager network;
    ClickScope::ApiClient client(&network);
    if (parser.isSet(apiBase)) {
        QString error;
        if (!client.setBaseUrl(QUrl(parser.value(apiBase)), &error)) {
            QMessageBox::critical(nullptr, ClickScope::applicationName(),
                QApplication::translate("main", "The API address %1 cannot be used: %2").arg(parser.value(apiBase), error));
            return 2;
        }
    }
    // Automation may set the credentials in the environment; they override the keychain.
    const ClickScope::Credentials fromEnvironment { qEnvironmentVariable("CLICKSCOPE_API_KEY"),
        qEnvironmentVariable("CLICKSCOPE_ACCESS_TOKEN") };
    if (fromEnvironment.isComplete())
        client.setCredentials(fromEnvironment);

    ClickScope::MainWindow window(&client);
    std::unique_ptr<ClickScope::Sandbox::SandboxThread> sandbox;
    const auto startDemo = [&]() -> bool {
        if (!sandbox) {
            sandbox = std::make_unique<ClickScope::Sandbox::SandboxThread>(demoConfig());
            QString error;
            if (!sandbox->start(&error)) {
                sandbox.reset();
                QMessageBox::critical(&window, ClickScope::applicationName(),
                    QApplication::translate("main", "The demo could not start its built-in sandbox: %1").arg(error));
                return false;
            }
        }
        client.setBaseUrl(sandbox->baseUrl());
        client.setCredentials({ QString::fromLatin1(ClickScope::Sandbox::defaultApiKey),
            QString::fromLatin1(ClickScope::Sandbox::defaultAccessToken) });
        window.setDemoMode(true);
        return true;
    };
    QObject::connect(&window, &ClickScope::MainWindow::demoRequested, &window, [&] {
        if (startDemo())
            window.start();
    });
    if (parser.isSet(demo) && !startDemo())
        return 1;

    window.show();
    window.start();
    const int rc = QApplication::exec();
    return rc;
}
