// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"

#include <QHash>
#include <QObject>

namespace ClickScope {

// Where the API key and access token live. Asynchronous: every call answers with a signal, never blocks.
// One entry per API base host, so a sandbox and the real API keep separate credentials.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // nothing stored for this host
        Unavailable, // no keychain on this system (or it refused): nothing can be stored
        Failed, // anything else; the message says what
    };
    Q_ENUM(Status)

    using QObject::QObject;

    virtual void load(const QString &host) = 0;
    virtual void save(const QString &host, const Credentials &credentials) = 0;
    virtual void forget(const QString &host) = 0;

    // CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, when both are set: they override any store (automation).
    static Credentials fromEnvironment();

Q_SIGNALS:
    void loaded(const QString &host, const ClickScope::Credentials &credentials,
        ClickScope::CredentialStore::Status status, const QString &message);
    void saved(const QString &host, ClickScope::CredentialStore::Status status, const QString &message);
    void forgotten(const QString &host, ClickScope::CredentialStore::Status status, const QString &message);
};

// For unit tests of pure logic, and for "this session only" when no keychain is available: never written anywhere.
class InMemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    void load(const QString &host) override;
    void save(const QString &host, const Credentials &credentials) override;
    void forget(const QString &host) override;

private:
    QHash<QString, Credentials> m_entries;
};

// The OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, Credential Manager on Windows.
// Service "ClickScope", key = the API host. No insecure fallback: where there is no keychain, it says so.
// A keyring that starts late (first D-Bus activation) gets one retry.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr, QString service = QStringLiteral("ClickScope"));
    void load(const QString &host) override;
    void save(const QString &host, const Credentials &credentials) override;
    void forget(const QString &host) override;

private:
    void runRead(const QString &host, bool retried);
    void runWrite(const QString &host, const Credentials &credentials, bool retried);
    void runDelete(const QString &host, bool retried);
    QString m_service;
};

} // namespace ClickScope
