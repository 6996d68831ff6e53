// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ClickScope {

namespace {

    constexpr int lateKeyringRetryMs = 800;

    CredentialStore::Status statusOf(QKeychain::Error error)
    {
        switch (error) {
        case QKeychain::NoError:
            return CredentialStore::Status::Ok;
        case QKeychain::EntryNotFound:
            return CredentialStore::Status::NotFound;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            return CredentialStore::Status::Unavailable;
        default:
            return CredentialStore::Status::Failed;
        }
    }

    // What a person can do about a keychain error; the raw text of the Secret Service (a D-Bus object path such as
    // "/org/freedesktop/secrets/collection/login") tells them nothing.
    QString explain(QKeychain::Error error, const QString &raw)
    {
        if (error == QKeychain::NoError)
            return {};
        if (raw.contains(QLatin1String("/org/freedesktop/secrets")) || raw.contains(QLatin1String("collection")))
            return CredentialStore::tr("the system keyring has no default collection, or it is locked. Open your "
                                       "keyring manager (for example \"Passwords and Keys\"), create or unlock the "
                                       "default keyring, then try again");
        if (error == QKeychain::NoBackendAvailable)
            return CredentialStore::tr("no system keyring answered. Install and start one (for example GNOME Keyring "
                                       "or KWallet), then try again");
        if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser)
            return CredentialStore::tr("access to the system keyring was denied");
        return raw;
    }

    // Worth one more try a moment later: the Secret Service may still be starting.
    bool mayBeLate(QKeychain::Error error)
    {
        return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
    }

    QString encode(const Credentials &c)
    {
        QJsonObject o;
        if (!c.apiKey.isEmpty() || c.refreshToken.isEmpty())
            o.insert(QStringLiteral("api_key"), c.apiKey);
        o.insert(QStringLiteral("access_token"), c.accessToken);
        if (!c.refreshToken.isEmpty())
            o.insert(QStringLiteral("refresh_token"), c.refreshToken);
        if (c.expiresAtMs != 0)
            o.insert(QStringLiteral("expires_at_ms"), qint64(c.expiresAtMs));
        if (c.obtainedAtMs != 0)
            o.insert(QStringLiteral("obtained_at_ms"), qint64(c.obtainedAtMs));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    Credentials decode(const QString &text)
    {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        Credentials c;
        c.apiKey = o.value(QLatin1String("api_key")).toString();
        c.accessToken = o.value(QLatin1String("access_token")).toString();
        c.refreshToken = o.value(QLatin1String("refresh_token")).toString();
        c.expiresAtMs = o.value(QLatin1String("expires_at_ms")).toInteger();
        c.obtainedAtMs = o.value(QLatin1String("obtained_at_ms")).toInteger();
        return c;
    }

} // namespace

Credentials CredentialStore::fromEnvironment()
{
    Credentials c;
    c.apiKey = qEnvironmentVariable("CLICKSCOPE_API_KEY");
    c.accessToken = qEnvironmentVariable("CLICKSCOPE_ACCESS_TOKEN");
    return c.isComplete() ? c : Credentials {};
}

// --- in memory ------------------------------------------------------------------------------------------------

void InMemoryCredentialStore::load(const QString &host)
{
    QTimer::singleShot(0, this, [this, host] {
        const auto it = m_entries.constFind(host);
        if (it == m_entries.constEnd())
            Q_EMIT loaded(host, {}, Status::NotFound, QString());
        else
            Q_EMIT loaded(host, *it, Status::Ok, QString());
    });
}

void InMemoryCredentialStore::save(const QString &host, const Credentials &credentials)
{
    m_entries.insert(host, credentials);
    QTimer::singleShot(0, this, [this, host] { Q_EMIT saved(host, Status::Ok, QString()); });
}

void InMemoryCredentialStore::forget(const QString &host)
{
    m_entries.remove(host);
    QTimer::singleShot(0, this, [this, host] { Q_EMIT forgotten(host, Status::Ok, QString()); });
}

// --- keychain -------------------------------------------------------------------------------------------------

KeychainCredentialStore::KeychainCredentialStore(QObject *parent, QString service)
    : CredentialStore(parent)
    , m_service(std::move(service))
{ }

void KeychainCredentialStore::load(const QString &host)
{
    runRead(host, false);
}

void KeychainCredentialStore::save(const QString &host, const Credentials &credentials)
{
    runWrite(host, credentials, false);
}

void KeychainCredentialStore::forget(const QString &host)
{
    runDelete(host, false);
}

void KeychainCredentialStore::runRead(const QString &host, bool retried)
{
    // Connect first, then start; the job deletes itself after finished().
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(host);
    connect(job, &QKeychain::Job::finished, this, [this, host, retried](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound && !retried
            && mayBeLate(j->error())) {
            QTimer::singleShot(lateKeyringRetryMs, this, [this, host] { runRead(host, true); });
            return;
        }
        const Credentials c = j->error() == QKeychain::NoError ? decode(read->textData()) : Credentials {};
        // The job's errorString() names the service and key, never the secret.
        Q_EMIT loaded(host, c, statusOf(j->error()), explain(j->error(), j->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::runWrite(const QString &host, const Credentials &credentials, bool retried)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(host);
    job->setTextData(encode(credentials));
    connect(job, &QKeychain::Job::finished, this, [this, host, credentials, retried](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && !retried && mayBeLate(j->error())) {
            QTimer::singleShot(
                lateKeyringRetryMs, this, [this, host, credentials] { runWrite(host, credentials, true); });
            return;
        }
        Q_EMIT saved(host, statusOf(j->error()), explain(j->error(), j->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::runDelete(const QString &host, bool retried)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(host);
    connect(job, &QKeychain::Job::finished, this, [this, host, retried](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound && !retried
            && mayBeLate(j->error())) {
            QTimer::singleShot(lateKeyringRetryMs, this, [this, host] { runDelete(host, true); });
            return;
        }
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        Q_EMIT forgotten(
            host, gone ? Status::Ok : statusOf(j->error()), gone ? QString() : explain(j->error(), j->errorString()));
    });
    job->start();
}

} // namespace ClickScope
