// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clickbatch.h"
#include "domain/isotime.h"
#include "domain/types.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace ClickScope {

// One account's SQLite cache (Qt SQL, WAL): campaign lists, campaign details, contacts, contact lists and the clicks
// of every campaign walked, with the state of each walk. No secret is ever written here.
//
// Clicks are stored per scope: a campaign's whole click list (scope "") or one link's (scope = link id, used only
// while the campaign's whole list has never been walked to the end). Each page of a walk is one transaction, so a
// killed process leaves the pages it wrote and nothing half-written. Rows are kept in chunks (one per page, a compact
// blob), because reading a million rows value by value through Qt SQL would take seconds.
//
// A walk goes from the newest click down to the scope's high-water mark (the newest click of the last walk that went
// all the way down; none: to the beginning). Rows are merged as a multiset union: a row the walk sees k times at one
// key (time, contact, link, resend) is stored max(k, already stored) times, so a walk cut short and walked again adds
// only what is missing, and two identical rows (v3 repeat clicks, whole-minute times) stay two.
class ClickCache
{
public:
    // The schema this build writes. Older files are migrated when opened; newer ones are refused (not touched).
    // 1: the first cache. 2: a walk cut short keeps its resume token and the newest rows it saw, so that the next
    // walk goes on from the page that was next instead of from the newest click.
    static constexpr int schemaVersion = 2;

    ClickCache();
    ~ClickCache();
    ClickCache(const ClickCache &) = delete;
    ClickCache &operator=(const ClickCache &) = delete;

    // Opens (creating it and its folder when needed) the cache file. False, and a sentence in `error`, when the file
    // cannot be opened, is not a cache, or was written by a newer ClickScope.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    // The last SQLite error, in words (a full disk, a read-only folder...).
    QString lastError() const { return m_lastError; }

    // Campaign lists (per status), campaign details, contacts, contact activity and the account's contact lists,
    // each with the time it was fetched (UTC ms).
    bool putCampaigns(const QString &status, const QList<CampaignSummary> &list);
    std::optional<QList<CampaignSummary>> campaigns(const QString &status, std::int64_t *fetchedMs = nullptr) const;
    bool putCampaign(const Campaign &campaign);
    std::optional<Campaign> campaign(const QString &id, std::int64_t *fetchedMs = nullptr) const;
    bool putContact(const Contact &contact);
    std::optional<Contact> contact(const QString &id) const;
    bool putContactActivity(const QString &id, const QList<Activity> &activity);
    std::optional<QList<Activity>> contactActivity(const QString &id) const;
    bool putContactLists(const QList<ContactList> &lists);
    std::optional<QList<ContactList>> contactLists() const;

    // --- clicks ---

    struct WalkState {
        bool known = false; // a walk of this scope has stored anything
        // The newest click of each part (primary; v3's resend) seen by the last complete walk; noDate: none yet.
        std::int64_t highWaterMs = noDate;
        std::int64_t resendHighWaterMs = noDate;
        std::int64_t syncedMs = noDate; // when the last complete walk ended (UTC wall clock)
        qint64 rows = 0;
    };
    WalkState walkState(const QString &campaignId, const QString &scope) const;
    // The scope a query of (campaign, link) is served from: the campaign's whole list once it has been walked to the
    // end (a link's clicks are a part of it), else the link's own.
    QString scopeFor(const QString &campaignId, const QString &linkId) const;

    // The cached clicks of a scope, newest chunk first, handed over in batches of about `batchRows` rows; only rows of
    // `linkId` (empty: all) at or after `sinceMs` (noDate: all). Returns the number of rows handed over.
    qint64 readClicks(const QString &campaignId, const QString &scope, const QString &linkId, std::int64_t sinceMs,
        const std::function<void(ClickBatch &&)> &sink, std::size_t batchRows = 4096) const;

    // The same, a piece at a time (a window reads a million cached rows over many turns of its event loop).
    class Reader
    {
    public:
        Reader(const ClickCache *cache, const QString &campaignId, const QString &scope, const QString &linkId,
            std::int64_t sinceMs);
        ~Reader();
        // Appends whole chunks to `batch` until it holds at least maxRows rows; false once nothing is left.
        bool next(ClickBatch &batch, std::size_t maxRows);

    private:
        const ClickCache *m_cache;
        std::unique_ptr<QSqlQuery> m_query;
        QByteArray m_campaign, m_link;
        std::int64_t m_sinceMs;
        bool m_done = false;
    };

    // One walk of a scope: merge() each page as it arrives (one transaction each; the rows the cache lacked are
    // returned, in the page's order), complete() when the walk reached its floor. A Walk left without complete()
    // (cancelled, failed, killed) leaves the high-water mark as it was, so the next walk goes down to it again.
    class Walk
    {
    public:
        // A walk that starts when the scope's high-water mark is `floorMs` (what the API is asked for). When the last
        // walk of the scope was cut short, resumeToken() says where it stood (ClickStream::resumeToken()).
        // With resume = false, a walk cut short is not gone on from: this walk starts from the newest click and sees
        // everything again (for a token the API no longer follows).
        Walk(ClickCache *cache, QString campaignId, QString scope, bool resume = true);
        // What the API is asked for: the oldest of the parts' marks (a part without one has had no click yet).
        std::int64_t floorMs() const { return m_floorMs; }
        // A part's own mark: its rows older than this are held (v3 pages each part newest first, so the walk of a
        // part can stop at its first older row: ClickStream::skipRestOfPart()).
        std::int64_t partMarkMs(bool resend) const { return m_mark[resend ? 1 : 0]; }
        QByteArray resumeToken() const { return m_resume; }
        bool isResumed() const { return m_resumed; }
        // Stores what the cache lacks of this page, and where the walk stands after it (`resumeToken`), in one
        // transaction; `fresh` gets the rows stored. False when writing failed (the cache is then unchanged).
        bool merge(const ClickBatch &page, ClickBatch *fresh, const QByteArray &resumeToken = {});
        // The walk reached its floor: the high-water mark becomes the oldest of the newest rows of each part
        // (primary, resend) this walk saw; link scopes of the campaign are dropped once its whole list is held.
        bool complete();
        // The walk cannot go on from where it stands (its next link was refused: another host, or a link it had
        // followed before): the next walk starts from the newest click, as a new walk that adds only what is missing.
        bool forgetResume();
        qint64 rowsAdded() const { return m_added; }

    private:
        struct Key;
        ClickCache *m_cache;
        QString m_campaignId, m_scope;
        std::int64_t m_floorMs = noDate;
        std::int64_t m_mark[2] = { noDate, noDate };
        std::int64_t m_storedMaxMs = noDate; // rows newer than this cannot be in the cache yet
        std::int64_t m_top[2] = { noDate, noDate }; // newest row seen per part (primary, resend), cut walks included
        QByteArray m_resume;
        // key -> (stored by other walks, seen by this walk), for rows at or before the newest row of other walks: the
        // multiset union. Kept with the walk's state, so that a resumed walk goes on counting.
        QHash<QByteArray, std::pair<int, int>> m_counts;
        qint64 m_added = 0;
        qint64 m_walkId = 0; // the chunks this walk wrote carry it
        std::int64_t m_startedMs = 0; // for "as of": when the walk began (a resumed walk: when the cut one began)
        // Only one walk of a scope writes at a time (the window and a `clickscope-cli sync` share the file): the
        // walk row's owner must be what this walk saw last (absent, a killed walk's, or its own), else the cache
        // changed under it (another process walks, or the cache was cleared) and the walk stops without writing.
        qint64 m_owner = 0;
        bool m_expectRow = false;
        QVariant m_expectOwner;
        bool ownsRow(QSqlDatabase &db);
        // Opens a transaction and checks the walk row is still this walk's; false (rolled back, the error
        // remembered) when either fails.
        bool beginOwned(QSqlDatabase &db);
        bool m_resumed = false;
    };

    // Drops every cached click of a campaign and its walks: the next load walks every page again.
    bool forgetClicks(const QString &campaignId);

    // Cache size on disk (the database and its write-ahead log), in bytes.
    qint64 sizeOnDisk() const;
    // Drops everything (campaigns, contacts, clicks) and gives the space back.
    bool clear();

private:
    friend class Walk;
    bool exec(const QString &sql);
    bool putBlob(const QString &sql, const QList<QVariant> &binds);
    bool migrate(int from);
    void remember(const QString &what) const;

    QString m_connection;
    QString m_path;
    mutable QString m_lastError;
};

// The compact form of a page of clicks in the cache (and its reverse). Exposed for tests and benchmarks.
namespace ClickChunk {
    QByteArray encode(const ClickBatch &batch, const std::vector<std::uint32_t> *onlyRows = nullptr);
    // Appends the chunk's rows to `batch`; `campaignId` is set on each. False for a chunk that does not decode.
    bool decode(QByteArrayView chunk, QByteArrayView campaignId, ClickBatch &batch, QByteArrayView onlyLink = {},
        std::int64_t sinceMs = noDate);
} // namespace ClickChunk

} // namespace ClickScope
