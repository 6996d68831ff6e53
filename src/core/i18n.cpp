// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace ClickScope::I18n {

namespace {

    // qt_add_translations embeds clickscope_<code>.qm under this resource prefix.
    const QString catalogDir = QStringLiteral(":/i18n");

    bool hasCatalog(const QString &code)
    {
        return QFileInfo::exists(catalogDir + QStringLiteral("/clickscope_") + code + QStringLiteral(".qm"));
    }

    // Installs the catalog `name` from the first directory that has it.
    void installFirst(QCoreApplication *app, const QString &name, const QStringList &dirs)
    {
        for (const QString &dir : dirs) {
            auto *translator = new QTranslator(app);
            if (translator->load(name, dir)) {
                QCoreApplication::installTranslator(translator);
                return;
            }
            delete translator;
        }
    }

} // namespace

QList<Language> availableLanguages()
{
    return { { QStringLiteral("de"), QStringLiteral("Deutsch") }, { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Español") }, { QStringLiteral("fr"), QStringLiteral("Français") } };
}

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

QString savedLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
}

QString resolve(const QString &code)
{
    // "de_AT" and "de-AT" both end up as "de"; the system may list several languages in order of preference.
    const QStringList wanted = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList { code };
    for (const QString &name : wanted) {
        const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (language == QLatin1String("C"))
            continue;
        if (hasCatalog(language))
            return language;
    }
    return QStringLiteral("en");
}

QString install(QCoreApplication *app, const QString &code)
{
    const QString language = resolve(code);
    // An override to another language than the system's also writes dates and numbers that way (month names in
    // the chosen language), keeping the system's territory where the pair exists.
    if (!code.isEmpty() && QLocale(language).language() != QLocale::system().language())
        QLocale::setDefault(QLocale(QLocale(language).language(), QLocale::system().territory()));
    installFirst(app, QStringLiteral("clickscope_") + language, { catalogDir });
    // Qt's own strings (standard buttons, file dialogs) and QtKeychain's (keychain errors) for the same language, so
    // a dialog is not half German and half English. Installers put them next to the program (Windows, macOS
    // bundles); Linux distributions keep them in Qt's directory and in QtKeychain's data directory.
    if (language != QLatin1String("en")) {
        const QString appDir = QCoreApplication::applicationDirPath();
        const QStringList bundled { appDir + QStringLiteral("/translations"), // windeployqt next to the .exe
            appDir + QStringLiteral("/../translations"), // qt_deploy_runtime_dependencies: bin/ and translations/
            appDir + QStringLiteral("/../Resources/translations") }; // a macOS bundle
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        installFirst(app, QStringLiteral("qtbase_") + language, bundled + QStringList { qtDir });
        installFirst(app, QStringLiteral("qtkeychain_") + language,
            bundled
                + QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                    QStringLiteral("qt6keychain/translations"), QStandardPaths::LocateDirectory)
                + QStringList { qtDir });
    }
    return language;
}

} // namespace ClickScope::I18n
