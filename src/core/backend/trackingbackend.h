// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/clickstream.h"
#include "domain/account.h"
#include "domain/apierror.h"
#include "domain/isotime.h"
#include "domain/types.h"

#include <QList>
#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>

namespace ClickScope {

// What a backend can do, so that callers need not know which API it is.
struct BackendCapabilities {
    bool serverSideSince = true; // clicks(…, since) is filtered by the server (v2 created_since)
    bool clickIds = false; // clicks carry an id of their own (neither v2 nor v3 does)
    // Two identical rows are two clicks (v3: no click id, whole-minute times), never a duplicate to drop.
    bool identicalRowsAreDistinct = false;
};

// One account's tracking data: the seam that the window, the CLI, the session and the cache talk to. Calls answer
// through `done` in `context` (never when the context is gone); clicks() returns a stream that is not started yet.
class TrackingBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual BackendCapabilities capabilities() const = 0;
    // The API and host this backend talks to (for the window's Account menu and messages).
    virtual AccountInfo account() const = 0;
    // False when the account has no usable credentials yet (the window then shows its welcome panel).
    virtual bool hasCredentials() const = 0;
    // The cheapest request that proves the credentials work ("Test Connection"); done gets no error on success.
    virtual void verify(QObject *context, std::function<void(const ApiError &)> done) = 0;
    // The account's campaigns with this status ("SENT", "ALL", ...), newest first.
    virtual void campaigns(const QString &status, QObject *context,
        std::function<void(const QList<CampaignSummary> &, const ApiError &)> done)
        = 0;
    // One campaign with its tracking summary and links.
    virtual void campaign(
        const QString &id, QObject *context, std::function<void(const Campaign &, const ApiError &)> done)
        = 0;
    virtual void contact(
        const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done)
        = 0;
    // The account's contact lists with their names (a contact carries only list ids). One request or a few
    // pages: callers keep the answer for the session rather than asking again.
    virtual void contactLists(QObject *context, std::function<void(const QList<ContactList> &, const ApiError &)> done)
        = 0;
    // Every activity of a contact.
    virtual void contactActivity(
        const QString &id, QObject *context, std::function<void(const QList<Activity> &, const ApiError &)> done)
        = 0;
    // The clicks of a campaign (linkId empty: all its links), newest first; sinceMs = noDate for all of them.
    virtual ClickStream *clicks(
        const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent = nullptr)
        = 0;

    // The same clicks, going on from a ClickStream::resumeToken() of an earlier stream of this query (the cache resumes
    // a walk cut short by a kill or a quota there). Null when the backend cannot go on from this token (it cannot
    // resume at all, or the token is not a link it would follow): the caller starts from the newest click instead,
    // knowing that the rows it already has come again.
    virtual ClickStream *clicksFrom(const QString &campaignId, const QString &linkId, std::int64_t sinceMs,
        const QByteArray &resumeToken, QObject *parent = nullptr)
    {
        Q_UNUSED(campaignId);
        Q_UNUSED(linkId);
        Q_UNUSED(sinceMs);
        Q_UNUSED(resumeToken);
        Q_UNUSED(parent);
        return nullptr;
    }

    // --- the local cache (a backend made with a cache folder wraps the API's backend in one; others have none) ---
    virtual bool hasCache() const { return false; }
    // The cache's file (Preferences clears it), empty without a cache.
    virtual QString cachePath() const { return {}; }
    // When the cached clicks of this query were last brought up to date (UTC ms; noDate: never, or no cache).
    virtual std::int64_t clicksSyncedMs(const QString &campaignId, const QString &linkId) const
    {
        Q_UNUSED(campaignId);
        Q_UNUSED(linkId);
        return noDate;
    }
    // Forgets the cached clicks of a campaign, so that its next load walks every page again ("Reload from Server").
    virtual void forgetClicks(const QString &campaignId) { Q_UNUSED(campaignId); }
    // The API could not be reached at the last try (a network error or a timeout): answers come from the cache. Since
    // when (UTC ms), noDate when online.
    virtual std::int64_t offlineSinceMs() const { return noDate; }
    // Whether campaigns, a campaign, contacts and contact lists may be answered from the cache when the API fails
    // (network, server, quota): yes by default, so that the window works offline. The CLI says no: its commands
    // store what they fetch, but a failure stays a failure with its exit code.
    virtual void setCacheFallback(bool enabled) { Q_UNUSED(enabled); }

Q_SIGNALS:
    // offlineSinceMs() changed: the API could not be reached, or could again.
    void connectivityChanged();
};

} // namespace ClickScope
