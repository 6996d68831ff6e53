// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "i18n.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace ClickScope {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of ClickScope's windows and messages"));
    // The system's language first, named as it would be used; then each catalog in its own language, so a user
    // who cannot read the current one still finds theirs.
    const QString system = I18n::resolve(QString());
    QString systemName = system;
    for (const I18n::Language &l : I18n::availableLanguages()) {
        if (l.code == system)
            systemName = l.nativeName;
    }
    m_language->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const I18n::Language &l : I18n::availableLanguages())
        m_language->addItem(l.nativeName, l.code);
    const int current = m_language->findData(I18n::savedLanguage());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("A new language is used the next time ClickScope starts."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Constant Contact client id"));
    m_clientId->setText(savedClientId());
    m_clientId->setPlaceholderText(tr("From your application in the Constant Contact developer portal"));
    m_clientId->setToolTip(tr("Sign in uses this application (OAuth2 with PKCE; no client secret). Its redirect URI "
                              "must be http://127.0.0.1:52801/callback."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Client id (v3):"), m_clientId);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::savedClientId()
{
    return QSettings().value(clientIdKey()).toString();
}

void PreferencesDialog::save()
{
    const QString clientId = m_clientId->text().trimmed();
    if (clientId.isEmpty())
        QSettings().remove(clientIdKey());
    else
        QSettings().setValue(clientIdKey(), clientId);
    const QString chosen = language();
    if (chosen == I18n::savedLanguage())
        return;
    I18n::saveLanguage(chosen);
    Q_EMIT languageChanged(chosen);
}

} // namespace ClickScope
