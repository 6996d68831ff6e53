// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/cachingbackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace ClickScope {

namespace {
    ApiError notCached(const QString &what)
    {
        return ApiError::make(ApiError::Kind::NotFound,
            QCoreApplication::translate("ClickScope::CachingBackend",
                "%1 is not in the cache yet. Open it once with a connection, or sync it (clickscope-cli sync).")
                .arg(what));
    }
} // namespace

CachingBackend::CachingBackend(std::unique_ptr<TrackingBackend> api, std::unique_ptr<ClickCache> cache, QObject *parent)
    : TrackingBackend(parent)
    , m_api(std::move(api))
    , m_cache(std::move(cache))
{
    m_api->setParent(nullptr);
}

CachingBackend::~CachingBackend() = default;

BackendCapabilities CachingBackend::capabilities() const
{
    return m_api->capabilities();
}

AccountInfo CachingBackend::account() const
{
    return m_api->account();
}

bool CachingBackend::hasCredentials() const
{
    return m_api->hasCredentials();
}

void CachingBackend::verify(QObject *context, std::function<void(const ApiError &)> done)
{
    QPointer<CachingBackend> self(this);
    m_api->verify(context, [self, done = std::move(done)](const ApiError &error) {
        if (self)
            self->noteReachability(error);
        done(error);
    });
}

bool CachingBackend::servedFromCache(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::OverQps:
    case ApiError::Kind::QuotaExhausted:
        return true;
    default:
        return false;
    }
}

void CachingBackend::noteReachability(const ApiError &error)
{
    const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    const std::int64_t was = m_offlineSinceMs;
    if (unreachable && m_offlineSinceMs == noDate)
        m_offlineSinceMs = QDateTime::currentMSecsSinceEpoch();
    else if (!unreachable && error.kind != ApiError::Kind::Cancelled)
        m_offlineSinceMs = noDate;
    if (was != m_offlineSinceMs)
        Q_EMIT connectivityChanged();
}

template<typename T>
void CachingBackend::answer(QObject *context, std::function<void(const T &, const ApiError &)> done,
    std::function<void(std::function<void(const T &, const ApiError &)>)> ask, std::function<std::optional<T>()> held,
    std::function<void(const T &)> store, const QString &what)
{
    if (m_cacheOnly) {
        QTimer::singleShot(0, context, [held = std::move(held), what, done = std::move(done)] {
            const std::optional<T> value = held();
            done(value.value_or(T()), value ? ApiError() : notCached(what));
        });
        return;
    }
    // From the API, stored; when the API cannot be reached (or is over its limits), what the cache holds.
    QPointer<CachingBackend> self(this);
    ask([self, held = std::move(held), store = std::move(store), done = std::move(done)](
            const T &value, const ApiError &error) {
        if (!self)
            return done(value, error);
        self->noteReachability(error);
        if (!error.isError()) {
            store(value);
            return done(value, error);
        }
        const std::optional<T> kept = self->m_cacheFallback && servedFromCache(error) ? held() : std::nullopt;
        done(kept.value_or(value), kept ? ApiError() : error);
    });
}

void CachingBackend::campaigns(
    const QString &status, QObject *context, std::function<void(const QList<CampaignSummary> &, const ApiError &)> done)
{
    using T = QList<CampaignSummary>;
    answer<T>(
        context, std::move(done), [=, this](auto reply) { m_api->campaigns(status, context, std::move(reply)); },
        [=, this] { return m_cache->campaigns(status); }, [=, this](const T &v) { m_cache->putCampaigns(status, v); },
        tr("The campaign list"));
}

void CachingBackend::campaign(
    const QString &id, QObject *context, std::function<void(const Campaign &, const ApiError &)> done)
{
    answer<Campaign>(
        context, std::move(done), [=, this](auto reply) { m_api->campaign(id, context, std::move(reply)); },
        [=, this] { return m_cache->campaign(id); }, [this](const Campaign &v) { m_cache->putCampaign(v); },
        tr("Campaign %1").arg(id));
}

void CachingBackend::contact(
    const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done)
{
    answer<Contact>(
        context, std::move(done), [=, this](auto reply) { m_api->contact(id, context, std::move(reply)); },
        [=, this] { return m_cache->contact(id); }, [this](const Contact &v) { m_cache->putContact(v); },
        tr("Contact %1").arg(id));
}

void CachingBackend::contactLists(
    QObject *context, std::function<void(const QList<ContactList> &, const ApiError &)> done)
{
    using T = QList<ContactList>;
    answer<T>(
        context, std::move(done), [=, this](auto reply) { m_api->contactLists(context, std::move(reply)); },
        [this] { return m_cache->contactLists(); }, [this](const T &v) { m_cache->putContactLists(v); },
        tr("The contact lists"));
}

void CachingBackend::contactActivity(
    const QString &id, QObject *context, std::function<void(const QList<Activity> &, const ApiError &)> done)
{
    using T = QList<Activity>;
    answer<T>(
        context, std::move(done), [=, this](auto reply) { m_api->contactActivity(id, context, std::move(reply)); },
        [=, this] { return m_cache->contactActivity(id); },
        [=, this](const T &v) { m_cache->putContactActivity(id, v); }, tr("The activity of contact %1").arg(id));
}

ClickStream *CachingBackend::clicks(
    const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent)
{
    return new CachingClickStream(this, campaignId, linkId, sinceMs, parent);
}

std::int64_t CachingBackend::clicksSyncedMs(const QString &campaignId, const QString &linkId) const
{
    return m_cache->walkState(campaignId, m_cache->scopeFor(campaignId, linkId)).syncedMs;
}

void CachingBackend::forgetClicks(const QString &campaignId)
{
    m_cache->forgetClicks(campaignId);
}

// --- CachingClickStream ---------------------------------------------------------------------------------------

CachingClickStream::CachingClickStream(
    CachingBackend *backend, QString campaignId, QString linkId, std::int64_t sinceMs, QObject *parent)
    : ClickStream(parent)
    , m_backend(backend)
    , m_campaignId(std::move(campaignId))
    , m_linkId(std::move(linkId))
    , m_sinceMs(sinceMs)
{ }

CachingClickStream::~CachingClickStream()
{
    dropInner();
}

void CachingClickStream::dropInner()
{
    if (m_inner) {
        m_inner->disconnect(this);
        m_inner->cancel();
        m_inner->deleteLater();
    }
    m_inner = nullptr;
}

void CachingClickStream::start()
{
    if (m_running || !m_backend)
        return;
    m_running = true;
    m_paused = false;
    m_cacheRead = false;
    m_summary = {};
    m_walkSummary = {};
    // On the next turn of the event loop, as the API's streams do: the caller has connected and returned. Only the
    // latest start() counts (a pause and resume before this turn start again; the earlier turn must not also read).
    const quint64 generation = ++m_starts;
    QTimer::singleShot(0, this, [this, generation] {
        if (!m_running || generation != m_starts)
            return;
        openCache();
        readSlice();
    });
}

void CachingClickStream::openCache()
{
    ClickCache *cache = m_backend->cache();
    m_scope = cache->scopeFor(m_campaignId, m_linkId);
    m_onlyLink = m_scope == m_linkId ? QByteArray() : m_linkId.toUtf8();
    m_reader = std::make_unique<ClickCache::Reader>(cache, m_campaignId, m_scope, m_linkId, m_sinceMs);
}

void CachingClickStream::readSlice()
{
    m_sliceScheduled = false;
    QElapsedTimer slice;
    slice.start();
    while (m_running && m_reader) {
        // Batches of about a page: the model takes those best (it prefetches each batch's contacts).
        ClickBatch batch;
        if (!m_reader->next(batch, 2048)) {
            m_reader.reset();
            m_cacheRead = true;
            StreamProgress p;
            p.pages = m_summary.pages;
            p.rows = m_summary.rows;
            Q_EMIT progress(p);
            if (m_running)
                startWalk();
            return;
        }
        if (batch.rows.empty())
            continue;
        m_summary.rows += qint64(batch.rows.size());
        m_summary.rowsFromCache += qint64(batch.rows.size());
        ++m_summary.pages;
        Q_EMIT batchReady(batch);
        if (m_running && slice.elapsed() >= 20) {
            StreamProgress p;
            p.pages = m_summary.pages;
            p.rows = m_summary.rows;
            Q_EMIT progress(p);
            if (m_running && !m_sliceScheduled) {
                m_sliceScheduled = true;
                QTimer::singleShot(0, this, &CachingClickStream::readSlice);
            }
            return;
        }
    }
}

void CachingClickStream::addWalkSummary(const StreamSummary &s)
{
    m_walkSummary.pages += s.pages;
    m_walkSummary.requests += s.requests;
    m_walkSummary.elapsedMs += s.elapsedMs;
    m_walkSummary.rowsDroppedBeforeSince += s.rowsDroppedBeforeSince;
}

void CachingClickStream::startWalk(bool resume)
{
    if (!m_backend)
        return;
    if (m_backend->isCacheOnly()) {
        finish();
        return;
    }
    m_walk = std::make_unique<ClickCache::Walk>(m_backend->cache(), m_campaignId, m_scope, resume);
    m_resuming = m_walk->isResumed();
    m_innerBatches = 0;
    m_inner = m_resuming
        ? m_backend->api()->clicksFrom(m_campaignId, m_scope, m_walk->floorMs(), m_walk->resumeToken(), this)
        : m_backend->api()->clicks(m_campaignId, m_scope, m_walk->floorMs(), this);
    if (!m_inner) {
        // The API's backend does not go on from this token: a new walk from the newest click, which stores and
        // hands over only what the cache lacks (going on as the cut walk would take its own rows for new ones).
        startWalk(false);
        return;
    }
    connect(m_inner, &ClickStream::batchReady, this, &CachingClickStream::onPage);
    connect(m_inner, &ClickStream::progress, this, [this](const StreamProgress &inner) {
        StreamProgress p = inner;
        p.pages += m_summary.pages;
        p.rows = m_summary.rows;
        Q_EMIT progress(p);
    });
    connect(m_inner, &ClickStream::finished, this, [this](const StreamSummary &s) {
        addWalkSummary(s);
        if (m_backend)
            m_backend->noteReachability(ApiError());
        if (m_walk && !m_walk->complete()) {
            fail(ApiError::make(ApiError::Kind::OtherHttp,
                tr("The clicks were loaded, but the cache could not record it: %1")
                    .arg(m_backend->cache()->lastError())));
            return;
        }
        if (m_resuming) {
            // The walk cut short is complete down to its mark; now what came since it began.
            dropInner();
            startWalk();
            return;
        }
        finish();
    });
    connect(m_inner, &ClickStream::failed, this, [this](const ApiError &error, const StreamSummary &s) {
        addWalkSummary(s);
        if (m_backend)
            m_backend->noteReachability(error);
        const bool refusedToken = error.kind == ApiError::Kind::BadRequest || error.kind == ApiError::Kind::NotFound
            || error.kind == ApiError::Kind::InvalidResponse || error.kind == ApiError::Kind::CursorLoop
            || error.kind == ApiError::Kind::ForeignLink;
        if ((error.kind == ApiError::Kind::CursorLoop || error.kind == ApiError::Kind::ForeignLink) && m_walk)
            m_walk->forgetResume(); // where the walk stands is a link no walk may follow
        if (m_resuming && m_innerBatches == 0 && refusedToken) {
            // The API no longer follows where the cut walk stood (an expired cursor): walk from the newest click,
            // seeing everything again; only what the cache lacks is handed over.
            dropInner();
            startWalk(false);
            return;
        }
        fail(error);
    });
    m_inner->start();
}

void CachingClickStream::onPage(const ClickBatch &page)
{
    if (!m_running || !m_walk)
        return;
    ++m_innerBatches;
    ClickBatch fresh;
    if (!m_walk->merge(page, &fresh, m_inner ? m_inner->resumeToken() : QByteArray())) {
        fail(ApiError::make(ApiError::Kind::OtherHttp,
            tr("The cache could not store the clicks: %1. The clicks shown so far are kept.")
                .arg(m_backend ? m_backend->cache()->lastError() : QString())));
        return;
    }
    // Newest first within a part: once a row is older than the part's mark, the rest of the part is held.
    if (m_inner && m_walk && !page.rows.empty()) {
        const ParsedClick &oldest = page.rows.back();
        const std::int64_t mark = m_walk->partMarkMs(oldest.resend);
        if (mark != noDate && oldest.clickMs < mark)
            m_inner->skipRestOfPart();
    }
    if (!m_onlyLink.isEmpty() || m_sinceMs != noDate)
        std::erase_if(fresh.rows, [this, &fresh](const ParsedClick &c) {
            return (!m_onlyLink.isEmpty() && fresh.view(c.linkId) != QByteArrayView(m_onlyLink))
                || (m_sinceMs != noDate && c.clickMs < m_sinceMs);
        });
    if (fresh.rows.empty())
        return;
    m_summary.rows += qint64(fresh.rows.size());
    Q_EMIT batchReady(fresh);
}

void CachingClickStream::finish()
{
    m_running = false;
    m_resuming = false;
    m_summary.pages += m_walkSummary.pages;
    m_summary.requests = m_walkSummary.requests;
    m_summary.elapsedMs = m_walkSummary.elapsedMs;
    m_summary.rowsDroppedBeforeSince = m_walkSummary.rowsDroppedBeforeSince;
    dropInner();
    Q_EMIT finished(m_summary);
}

void CachingClickStream::fail(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.pages += m_walkSummary.pages;
    m_summary.requests = m_walkSummary.requests;
    m_summary.elapsedMs = m_walkSummary.elapsedMs;
    dropInner();
    Q_EMIT failed(error, m_summary);
}

void CachingClickStream::cancel()
{
    m_running = false;
    m_paused = false;
    m_reader.reset();
    dropInner();
}

void CachingClickStream::pause()
{
    if (!m_running)
        return;
    m_running = false;
    m_paused = true;
    if (m_inner)
        m_inner->pause();
}

void CachingClickStream::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_running = true;
    if (m_inner && m_inner->isPaused())
        m_inner->resume();
    else if (m_reader) {
        if (!m_sliceScheduled) {
            m_sliceScheduled = true;
            QTimer::singleShot(0, this, &CachingClickStream::readSlice);
        }
    } else if (!m_inner && m_cacheRead)
        startWalk();
    else if (!m_cacheRead) {
        m_running = false; // paused before the cache was read: start over
        start();
    }
}

} // namespace ClickScope
