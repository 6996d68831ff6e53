// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/clicksession.h"

#include "backend/trackingbackend.h"
#include "domain/isotime.h"
#include "model/clickfilterproxy.h"
#include "model/clickmerger.h"
#include "model/clickseries.h"
#include "model/clicktablemodel.h"

#include <QDateTime>

#include <algorithm>

namespace ClickScope {

ClickSession::ClickSession(TrackingBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_model(new ClickTableModel(this))
    , m_proxy(new ClickFilterProxy(this))
    , m_series(nullptr)
{
    m_proxy->setSourceModel(m_model);
    m_series = new ClickSeries(m_proxy, this);
    m_appendTimer.setSingleShot(true);
    connect(&m_appendTimer, &QTimer::timeout, this, &ClickSession::flushPending);
}

ClickSession::~ClickSession()
{
    dropStream();
}

void ClickSession::setBackend(TrackingBackend *backend)
{
    if (backend == m_backend)
        return;
    const bool wasLoading = m_state == State::Loading;
    flushPending(); // they arrived: they stay with the rest
    ++m_generation;
    dropStream();
    m_backend = backend;
    if (wasLoading) {
        m_summary.rows = m_model->rowCount();
        setState(State::Partial);
    }
}

void ClickSession::load(const QString &campaignId, const QString &linkId, std::int64_t sinceMs, qint64 expectedRows)
{
    dropPending();
    m_model->clear();
    m_campaignId = campaignId;
    m_linkId = linkId;
    m_sinceMs = sinceMs;
    m_expectedRows = expectedRows;
    startStream(sinceMs, noDate, false);
}

void ClickSession::refresh(std::int64_t sinceMs)
{
    if (m_state == State::Loading || m_state == State::Idle || m_campaignId.isEmpty())
        return;
    startStream(sinceMs, sinceMs, true);
}

std::int64_t ClickSession::refreshSince(std::int64_t wantSinceMs) const
{
    const bool reachesBack = m_coveredSinceMs == noDate || (wantSinceMs != noDate && wantSinceMs >= m_coveredSinceMs);
    if (!reachesBack)
        return wantSinceMs;
    // Clicks that happened while the last load ran may be older than its newest row (v3 loads the resend after the
    // first send): from a margin before it began, or from the newest row when that is older.
    constexpr std::int64_t margin = 10 * 60 * 1000;
    std::int64_t since = m_startedAtMs - margin;
    const std::int64_t newest = m_model->store().maxMs();
    if (newest != INT64_MIN && newest < since)
        since = newest;
    return since;
}

void ClickSession::continueLoad()
{
    if (m_state == State::Partial && m_stream && m_stream->isPaused()) {
        m_refresh = true;
        m_rowsAdded = 0;
        setState(State::Loading);
        m_stream->resume();
        return;
    }
    if (canContinue())
        startStream(m_sinceMs, m_sinceMs, true);
}

void ClickSession::startStream(std::int64_t sinceMs, std::int64_t mergeSinceMs, bool merge)
{
    const quint64 generation = ++m_generation;
    flushPending(); // a continuation or refresh starts from every row that arrived (nothing waits by then)
    m_sinceAppend.invalidate(); // the new stream's first page shows at once
    dropStream();
    m_summary = {};
    m_error = {};
    m_refresh = merge;
    m_rowsAdded = 0;
    m_merger.reset(merge ? new ClickMerger(m_model->store(), mergeSinceMs) : nullptr);
    const std::int64_t startedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (!merge)
        m_coveredSinceMs = sinceMs;

    if (!m_backend) {
        m_error = ApiError::make(ApiError::Kind::MissingCredentials, tr("No account is open."));
        setState(State::Failed);
        return;
    }
    ClickStream *stream = m_backend->clicks(m_campaignId, m_linkId, sinceMs, this);
    m_stream = stream;
    // Every handler checks its generation: whatever an older stream still delivers is dropped.
    connect(stream, &ClickStream::batchReady, this, [this, generation](const ClickBatch &batch) {
        if (generation != m_generation)
            return;
        if (!m_merger) {
            m_rowsAdded += qint64(batch.rows.size());
            takeBatch(batch);
            return;
        }
        const ClickBatch fresh = m_merger->filter(batch);
        m_rowsAdded += qint64(fresh.rows.size());
        if (!fresh.rows.empty())
            takeBatch(fresh);
    });
    connect(stream, &ClickStream::progress, this, [this, generation](const StreamProgress &p) {
        if (generation == m_generation)
            takeProgress(p);
    });
    connect(stream, &ClickStream::finished, this, [this, generation, sinceMs, startedAtMs](const StreamSummary &s) {
        if (generation != m_generation)
            return;
        flushPending();
        m_summary = s;
        m_startedAtMs = startedAtMs; // every click before then is held now
        dropStream();
        m_merger.reset();
        if (m_coveredSinceMs != noDate && (sinceMs == noDate || sinceMs < m_coveredSinceMs))
            m_coveredSinceMs = sinceMs;
        setState(State::Complete);
    });
    connect(stream, &ClickStream::failed, this, [this, generation](const ApiError &e, const StreamSummary &s) {
        if (generation != m_generation)
            return;
        flushPending();
        m_summary = s;
        m_error = e;
        dropStream();
        m_merger.reset();
        setState(State::Failed);
    });
    setState(State::Loading);
    stream->start();
}

void ClickSession::cancel()
{
    if (m_state != State::Loading)
        return;
    if (m_stream)
        m_stream->pause(); // nothing more arrives until continueLoad()
    flushPending();
    m_summary.rows = m_model->rowCount();
    setState(State::Partial);
}

void ClickSession::setAppendInterval(int ms)
{
    m_appendInterval = std::max(0, ms);
    if (m_appendInterval == 0)
        flushPending();
}

void ClickSession::takeBatch(const ClickBatch &batch)
{
    // Also at once when many rows wait: a model append costs time by the row, and a fast producer (the cache hands
    // over a million rows in a second, in slices of 20 ms) would otherwise pile them into one long append.
    constexpr std::size_t maxWaitingRows = 10000;
    const bool due = m_appendInterval <= 0 || !m_sinceAppend.isValid() || m_sinceAppend.elapsed() >= m_appendInterval;
    if (due && m_pending.rows.empty()) {
        m_model->appendBatch(batch); // nothing waits: no copy
        m_sinceAppend.start();
        return;
    }
    m_pending.append(batch);
    if (due || m_pending.rows.size() >= maxWaitingRows) {
        flushPending();
        return;
    }
    if (!m_appendTimer.isActive())
        m_appendTimer.start(int(std::max<qint64>(1, m_appendInterval - m_sinceAppend.elapsed())));
}

void ClickSession::takeProgress(const StreamProgress &progress)
{
    if (m_pending.rows.empty()) {
        Q_EMIT this->progress(progress);
        return;
    }
    m_pendingProgress = progress;
    m_progressPending = true;
}

void ClickSession::flushPending()
{
    m_appendTimer.stop();
    if (!m_pending.rows.empty()) {
        ClickBatch batch;
        batch.rows.swap(m_pending.rows);
        batch.text.swap(m_pending.text);
        m_model->appendBatch(batch);
        m_sinceAppend.start();
    }
    if (m_progressPending) {
        m_progressPending = false;
        Q_EMIT progress(m_pendingProgress);
    }
}

void ClickSession::dropPending()
{
    m_appendTimer.stop();
    m_pending = {};
    m_progressPending = false;
    m_sinceAppend.invalidate();
}

void ClickSession::dropStream()
{
    if (!m_stream)
        return;
    ClickStream *stream = m_stream;
    m_stream = nullptr;
    stream->cancel();
    stream->deleteLater();
}

void ClickSession::setState(State state)
{
    // Loading is announced every time: a second load replacing the first starts again.
    if (state == m_state && state != State::Loading)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace ClickScope
