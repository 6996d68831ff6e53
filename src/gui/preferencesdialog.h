// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ClickScope {

// File → Preferences…: the language override. The choice is saved in the settings (I18n::settingsKey()) and
// takes effect the next time ClickScope starts; until then the window keeps the language it started with.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The chosen language code, "" for the system's.
    QString language() const;

    // The client id of the Constant Contact application that signs in (v3; not a secret), saved in the settings.
    static QString savedClientId();
    static QString clientIdKey() { return QStringLiteral("account/v3ClientId"); }

Q_SIGNALS:
    // Emitted on OK when the saved language changed.
    void languageChanged(const QString &code);

private:
    void save();

    QComboBox *m_language;
    QLineEdit *m_clientId;
};

} // namespace ClickScope
