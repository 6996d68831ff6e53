// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appinfo.h"
#include "gui/mainwindow.h"
#include "sandbox/sandbox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(ClickScope::applicationName());
    QApplication::setOrganizationName(ClickScope::organizationName());
    QApplication::setApplicationVersion(ClickScope::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Who clicked which link in your email campaign, and when."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Start the built-in sandbox with generated data and open the window against it."));
    const QCommandLineOption apiBase(QStringLiteral("api-base"),
        QApplication::translate("main", "Base URL of the API (default https://api.constantcontact.com)."),
        QStringLiteral("URL"), QStringLiteral("https://api.constantcontact.com"));
    parser.addOptions({ demo, apiBase });
    parser.process(app);

    std::unique_ptr<ClickScope::Sandbox::Sandbox> sandbox;
    QUrl base = QUrl::fromUserInput(parser.value(apiBase));
    if (parser.isSet(demo)) {
        ClickScope::Sandbox::SandboxConfig config;
        config.data.seed = 20261126;
        config.data.campaigns = 16;
        config.data.clicks = 60000;
        sandbox = std::make_unique<ClickScope::Sandbox::Sandbox>(config);
        QString error;
        if (!sandbox->listen(QHostAddress(QHostAddress::LocalHost), 0, &error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "ClickScope"),
                QApplication::translate("main", "The demo could not start its built-in sandbox: %1").arg(error));
            return 1;
        }
        base = sandbox->baseUrl();
    }

    ClickScope::MainWindow window;
    window.setApiBase(base, parser.isSet(demo));
    window.show();
    return QApplication::exec();
}
