// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/trackingbackend.h"
#include "cache/clickcache.h"

#include <QPointer>

#include <memory>

namespace ClickScope {

// Any TrackingBackend with a local cache in front (DESIGN F12). Clicks: the cached ones at once, then only those
// the cache lacks, walked from the newest down to the scope's high-water mark (v2 created_since; v3 stops at the
// first older row) and stored page by page. Campaigns, campaign details, contacts: asked from the API and stored;
// when the API cannot be reached, or in cache-only mode, answered from the cache.
class CachingBackend : public TrackingBackend
{
    Q_OBJECT
public:
    // Takes the API's backend and an open cache.
    CachingBackend(std::unique_ptr<TrackingBackend> api, std::unique_ptr<ClickCache> cache, QObject *parent = nullptr);
    ~CachingBackend() override;

    // Cache only: no request at all; what the cache lacks is an error that says so.
    void setCacheOnly(bool cacheOnly) { m_cacheOnly = cacheOnly; }
    bool isCacheOnly() const { return m_cacheOnly; }
    ClickCache *cache() const { return m_cache.get(); }
    TrackingBackend *api() const { return m_api.get(); }

    BackendCapabilities capabilities() const override;
    AccountInfo account() const override;
    bool hasCredentials() const override;
    void verify(QObject *context, std::function<void(const ApiError &)> done) override;
    void campaigns(const QString &status, QObject *context,
        std::function<void(const QList<CampaignSummary> &, const ApiError &)> done) override;
    void campaign(
        const QString &id, QObject *context, std::function<void(const Campaign &, const ApiError &)> done) override;
    void contact(
        const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done) override;
    void contactLists(
        QObject *context, std::function<void(const QList<ContactList> &, const ApiError &)> done) override;
    void contactActivity(const QString &id, QObject *context,
        std::function<void(const QList<Activity> &, const ApiError &)> done) override;
    ClickStream *clicks(
        const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent = nullptr) override;

    bool hasCache() const override { return true; }
    QString cachePath() const override { return m_cache->path(); }
    std::int64_t clicksSyncedMs(const QString &campaignId, const QString &linkId) const override;
    void forgetClicks(const QString &campaignId) override;
    std::int64_t offlineSinceMs() const override { return m_offlineSinceMs; }
    void setCacheFallback(bool enabled) override { m_cacheFallback = enabled; }

    // The error kinds after which an answer comes from the cache (the API cannot be reached, or not now).
    static bool servedFromCache(const ApiError &error);
    // Records the outcome of a request: a network error or timeout makes the backend offline, anything else online.
    void noteReachability(const ApiError &error);

private:
    // One answer: from the cache alone (cache-only), else asked from the API and stored, with the cache's copy when the
    // API cannot be reached. `what` names it when the cache does not hold it.
    template<typename T>
    void answer(QObject *context, std::function<void(const T &, const ApiError &)> done,
        std::function<void(std::function<void(const T &, const ApiError &)>)> ask,
        std::function<std::optional<T>()> held, std::function<void(const T &)> store, const QString &what);

    std::unique_ptr<TrackingBackend> m_api;
    std::unique_ptr<ClickCache> m_cache;
    bool m_cacheOnly = false;
    bool m_cacheFallback = true;
    std::int64_t m_offlineSinceMs = noDate;
};

// The clicks of one query through the cache: cached rows first, then the API's walk, merged into the cache.
class CachingClickStream : public ClickStream
{
    Q_OBJECT
public:
    CachingClickStream(
        CachingBackend *backend, QString campaignId, QString linkId, std::int64_t sinceMs, QObject *parent = nullptr);
    ~CachingClickStream() override;

    void start() override;
    void cancel() override;
    void pause() override;
    void resume() override;
    bool isRunning() const override { return m_running; }
    bool isPaused() const override { return m_paused; }

private:
    void openCache();
    // Hands over cached rows for a few milliseconds, then lets the event loop run (a window stays responsive while
    // a million rows come out of the cache); the walk of the API starts when they are all out.
    void readSlice();
    // resume: go on with a walk cut short, if the cache holds one (then a fresh walk for what came since).
    void startWalk(bool resume = true);
    void addWalkSummary(const StreamSummary &s);
    void onPage(const ClickBatch &page);
    void finish();
    void fail(const ApiError &error);
    void dropInner();

    QPointer<CachingBackend> m_backend;
    QString m_campaignId, m_linkId, m_scope;
    QByteArray m_onlyLink; // rows of the walk outside the query's link are stored, not handed over
    std::int64_t m_sinceMs;
    std::unique_ptr<ClickCache::Walk> m_walk;
    std::unique_ptr<ClickCache::Reader> m_reader;
    bool m_sliceScheduled = false;
    quint64 m_starts = 0;
    QPointer<ClickStream> m_inner;
    bool m_running = false;
    bool m_paused = false;
    bool m_cacheRead = false;
    bool m_resuming = false; // the running walk goes on from a walk cut short
    int m_innerBatches = 0;
    StreamSummary m_summary;
    StreamSummary m_walkSummary;
};

} // namespace ClickScope
