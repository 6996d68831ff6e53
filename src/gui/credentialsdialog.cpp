// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialsdialog.h"

#include "backend/backendfactory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ClickScope {

CredentialsDialog::CredentialsDialog(
    CredentialStore *store, const QUrl &baseUrl, const Credentials &current, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_apiKey(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_showToken(new QToolButton(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_baseUrl(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_forget(new QPushButton(tr("&Forget Credentials"), this))
    , m_network(new QNetworkAccessManager(this))
{
    setWindowTitle(tr("Constant Contact Credentials"));
    setObjectName(QStringLiteral("credentialsDialog"));
    auto *intro
        = new QLabel(tr("ClickScope needs an existing Constant Contact <b>v2</b> API key and an access token for "
                        "your account. They are kept in your system's keychain and nowhere else."),
            this);
    intro->setWordWrap(true);

    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setText(current.apiKey);
    m_apiKey->setAccessibleName(tr("API key"));
    m_token->setObjectName(QStringLiteral("accessTokenEdit"));
    m_token->setText(current.accessToken);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_showToken->setText(tr("Show"));
    m_showToken->setCheckable(true);
    m_showToken->setToolTip(tr("Show or hide the access token"));
    m_showToken->setAccessibleName(tr("Show access token"));
    connect(m_showToken, &QToolButton::toggled, this, [this](bool on) {
        m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(on ? tr("Hide") : tr("Show"));
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);

    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setText(baseUrl.toString());
    m_baseUrl->setPlaceholderText(BackendFactory::defaultBaseUrl(ApiVersion::V2).toString());
    m_baseUrl->setAccessibleName(tr("API base URL"));
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(tr("API &base URL:"), m_baseUrl);
    m_advanced->setVisible(baseUrl != BackendFactory::defaultBaseUrl(ApiVersion::V2));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setChecked(m_advanced->isVisible());
    m_advancedToggle->setArrowType(m_advanced->isVisible() ? Qt::DownArrow : Qt::RightArrow);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAutoRaise(true);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("API &key:"), m_apiKey);
    // A row of a layout gets no buddy from QFormLayout: without one the label would show "&token" literally.
    auto *tokenLabel = new QLabel(tr("Access &token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);

    m_status->setObjectName(QStringLiteral("credentialsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);

    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_save->setObjectName(QStringLiteral("saveCredentialsButton"));
    m_forget->setObjectName(QStringLiteral("forgetCredentialsButton"));
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_forget, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &CredentialsDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &CredentialsDialog::saveAndClose);
    connect(m_forget, &QPushButton::clicked, this, &CredentialsDialog::forget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    if (m_store) {
        connect(m_store, &CredentialStore::saved, this,
            [this](const QString &host, CredentialStore::Status status, const QString &message) {
                if (host != m_savingHost)
                    return;
                m_savingHost.clear();
                setBusy(false);
                if (status == CredentialStore::Status::Ok) {
                    accept();
                    return;
                }
                if (status == CredentialStore::Status::Unavailable) {
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("No Keychain"),
                        tr("There is no keychain on this system that ClickScope can use (%1), so the credentials "
                           "cannot be "
                           "stored. Use them for this session only? They will not be written anywhere.")
                            .arg(message),
                        QMessageBox::Yes | QMessageBox::No, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    connect(box, &QMessageBox::finished, this, [this](int result) {
                        if (result == QMessageBox::Yes) {
                            m_sessionOnly = true;
                            accept();
                        }
                    });
                    box->open();
                    return;
                }
                m_status->setText(tr("The credentials could not be saved: %1").arg(message));
            });
        connect(m_store, &CredentialStore::forgotten, this,
            [this](const QString &, CredentialStore::Status status, const QString &message) {
                setBusy(false);
                if (status == CredentialStore::Status::Ok) {
                    m_apiKey->clear();
                    m_token->clear();
                    m_status->setText(tr("The credentials were removed from the keychain."));
                    Q_EMIT forgotten();
                } else {
                    m_status->setText(tr("The credentials could not be removed: %1").arg(message));
                }
            });
    }
}

CredentialsDialog::~CredentialsDialog() = default;

Credentials CredentialsDialog::credentials() const
{
    return Credentials::v2(m_apiKey->text().trimmed(), m_token->text().trimmed());
}

QUrl CredentialsDialog::baseUrl() const
{
    const QString text = m_baseUrl->text().trimmed();
    return text.isEmpty() ? BackendFactory::defaultBaseUrl(ApiVersion::V2) : QUrl(text);
}

QString CredentialsDialog::testResult() const
{
    return m_status->text();
}

bool CredentialsDialog::validate(QString *error) const
{
    if (!credentials().isComplete()) {
        *error = tr("Enter both the API key and the access token.");
        return false;
    }
    return BackendFactory::isAllowedBaseUrl(baseUrl(), error);
}

void CredentialsDialog::setBusy(bool busy, const QString &message)
{
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_forget->setEnabled(!busy);
    if (!message.isEmpty())
        m_status->setText(message);
}

void CredentialsDialog::testConnection()
{
    QString error;
    if (!validate(&error)) {
        m_status->setText(error);
        Q_EMIT testFinished(false);
        return;
    }
    // A throw-away account with these values: one campaigns call (one of the day's 10,000).
    ConnectionOptions once;
    once.timeoutMs = 20000;
    once.retry.attempts = 1;
    once.retry.overQpsAttempts = 3;
    m_probe = BackendFactory::create(Account::v2(baseUrl(), credentials()), m_network, once, &error);
    if (!m_probe) {
        m_status->setText(error);
        Q_EMIT testFinished(false);
        return;
    }
    setBusy(true, tr("Testing the connection…"));
    m_probe->verify(this, [this](const ApiError &e) {
        setBusy(false);
        if (!e.isError())
            m_status->setText(tr("✔ Connected: the API accepted these credentials."));
        else
            m_status->setText(tr("✘ %1").arg(e.userMessage()));
        Q_EMIT testFinished(!e.isError());
    });
}

void CredentialsDialog::saveAndClose()
{
    QString error;
    if (!validate(&error)) {
        m_status->setText(error);
        return;
    }
    if (!m_store) {
        m_sessionOnly = true;
        accept();
        return;
    }
    m_savingHost = baseUrl().host();
    setBusy(true, tr("Saving to the keychain…"));
    m_store->save(m_savingHost, credentials());
}

void CredentialsDialog::forget()
{
    if (!m_store)
        return;
    setBusy(true, tr("Removing from the keychain…"));
    m_store->forget(baseUrl().host());
}

} // namespace ClickScope
