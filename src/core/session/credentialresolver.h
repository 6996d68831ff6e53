// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "secrets/credentialstore.h"

#include <QObject>
#include <QString>

namespace ClickScope {

// Where an account's credentials come from at start-up, the same for the window and the CLI: the environment
// (CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, both set: automation overrides the keychain), else the store's
// entry for the API host. Asynchronous like the store: resolve() answers once with resolved(), never blocks.
class CredentialResolver : public QObject
{
    Q_OBJECT
public:
    enum class Source {
        Environment,
        Store,
    };
    Q_ENUM(Source)

    explicit CredentialResolver(CredentialStore *store, QObject *parent = nullptr);

    // A later call replaces an earlier one that has not answered yet (its answer is dropped).
    void resolve(const QString &host);

Q_SIGNALS:
    // status Ok with complete credentials, or NotFound / Unavailable / Failed with the store's message.
    void resolved(const QString &host, const ClickScope::Credentials &credentials,
        ClickScope::CredentialResolver::Source source, ClickScope::CredentialStore::Status status,
        const QString &message);

private:
    CredentialStore *m_store;
    QString m_pendingHost;
    quint64 m_generation = 0;
};

} // namespace ClickScope
