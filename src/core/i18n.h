// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/plural.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <climits>

class QCoreApplication;

namespace ClickScope::I18n {

// A language ClickScope ships a catalog for: its code ("de") and its name in itself ("Deutsch").
struct Language {
    QString code;
    QString nativeName;
};

// English (the source language), German, French and Spanish, sorted by native name.
QList<Language> availableLanguages();

// The settings key of the language override; an empty value (or none) follows the system.
QString settingsKey(); // "ui/language"

// The language the user chose in the settings ("" = follow the system).
QString savedLanguage();
// Saves that choice; "" removes the override.
void saveLanguage(const QString &code);

// The catalog language for `code`, or for the system's UI languages when `code` is empty: "de" for "de_AT",
// "en" when none of the system's languages has a catalog.
QString resolve(const QString &code);

// Installs ClickScope's catalog and Qt's own (qtbase: standard buttons, file dialogs, context menus) for `code`
// (see resolve()) on the application. An explicit `code` for another language than the system's also becomes the
// default QLocale (dates, numbers). Call once, before any window or help text is built. Returns the language
// installed.
QString install(QCoreApplication *app, const QString &code);

} // namespace ClickScope::I18n
