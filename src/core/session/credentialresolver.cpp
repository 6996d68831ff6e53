// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/credentialresolver.h"

#include <QTimer>

namespace ClickScope {

CredentialResolver::CredentialResolver(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &CredentialStore::loaded, this,
        [this](const QString &host, const Credentials &credentials, CredentialStore::Status status,
            const QString &message) {
            if (m_pendingHost.isNull() || host != m_pendingHost)
                return; // someone else's load, or one this resolver no longer waits for
            m_pendingHost = QString();
            const bool ok = status == CredentialStore::Status::Ok && credentials.isComplete();
            Q_EMIT resolved(host, ok ? credentials : Credentials {}, Source::Store,
                ok || status != CredentialStore::Status::Ok ? status : CredentialStore::Status::NotFound, message);
        });
}

void CredentialResolver::resolve(const QString &host)
{
    const quint64 generation = ++m_generation;
    if (const Credentials env = CredentialStore::fromEnvironment(); env.isComplete()) {
        m_pendingHost = QString();
        // Answered from the event loop, as the store answers: callers connect after calling, or before.
        QTimer::singleShot(0, this, [this, generation, host, env] {
            if (generation == m_generation)
                Q_EMIT resolved(host, env, Source::Environment, CredentialStore::Status::Ok, QString());
        });
        return;
    }
    m_pendingHost = host.isNull() ? QStringLiteral("") : host;
    m_store->load(m_pendingHost);
}

} // namespace ClickScope
