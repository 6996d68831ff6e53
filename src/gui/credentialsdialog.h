// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "secrets/credentialstore.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;
class QWidget;

namespace ClickScope {

class TrackingBackend;

// Account → Credentials…: API key, access token (masked, with a show toggle), the API base URL under "Advanced",
// Test connection, Save (to the keychain) and Forget. Where no keychain exists it says so and offers to use the
// credentials for this session only; it never writes them anywhere else.
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialsDialog(
        CredentialStore *store, const QUrl &baseUrl, const Credentials &current, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    Credentials credentials() const;
    QUrl baseUrl() const;
    bool sessionOnly() const { return m_sessionOnly; }

    // What the last Test connection said (for tests and accessibility).
    QString testResult() const;

Q_SIGNALS:
    void testFinished(bool ok);
    void forgotten();

private:
    void testConnection();
    void saveAndClose();
    void forget();
    void setBusy(bool busy, const QString &message = {});
    bool validate(QString *error) const;

    QPointer<CredentialStore> m_store;
    QLineEdit *m_apiKey;
    QLineEdit *m_token;
    QToolButton *m_showToken;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_baseUrl;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_forget;
    QNetworkAccessManager *m_network;
    std::unique_ptr<TrackingBackend> m_probe; // Test connection: a throw-away account with the values typed
    bool m_sessionOnly = false;
    QString m_savingHost;
};

} // namespace ClickScope
