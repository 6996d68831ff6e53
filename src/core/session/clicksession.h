// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/clickstream.h"
#include "domain/apierror.h"
#include "domain/clickbatch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <memory>

namespace ClickScope {

class ClickFilterProxy;
class ClickSeries;
class ClickTableModel;
class TrackingBackend;

// The state of one click query, with no widget in sight (STYLE 13): the model, its filter proxy and the chart's
// series, the current stream, the generation that makes stale batches harmless, and the load state a window
// shows. One load at a time: a new one cancels the previous and starts from an empty model; a refresh or a
// continuation keeps every loaded row and adds only what is missing.
//
// Pages reach the model at most every appendInterval() ms (the first page of a stream at once, and at once when
// 10,000 rows wait): a window repaints
// its table after every append, and a fast load brings dozens of pages a second. The rows of a page that waits are
// handed over before any state change, so Partial, Failed and Complete always see every row that arrived, and the
// progress signal waits with them (its row count never runs ahead of the model's).
class ClickSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // nothing asked yet
        Loading,
        Partial, // cancelled: the rows so far are kept, more exist (continueLoad() goes on)
        Complete,
        Failed, // lastError() says why; the rows so far are kept
    };
    Q_ENUM(State)

    explicit ClickSession(TrackingBackend *backend, QObject *parent = nullptr);
    ~ClickSession() override;

    // Another account: a running load is dropped (its batches no longer count), the rows stay until the next load.
    void setBackend(TrackingBackend *backend);
    TrackingBackend *backend() const { return m_backend; }

    ClickTableModel *model() const { return m_model; }
    ClickFilterProxy *proxy() const { return m_proxy; }
    ClickSeries *series() const { return m_series; }

    // The clicks of a campaign (linkId empty: all links), newest first; sinceMs = noDate for all. expectedRows is
    // what the campaign's link counts promise (0: unknown), for "N of about M".
    void load(const QString &campaignId, const QString &linkId, std::int64_t sinceMs, qint64 expectedRows = 0);
    // Stops a running load: state Partial, the rows stay, and continueLoad() can go on from the page that was next.
    // Nothing happens when no load runs.
    void cancel();
    // Partial: goes on where the load stopped. Failed (or a Partial whose stream is gone): loads the query again,
    // keeping the rows and adding only the missing ones. Nothing happens in another state.
    void continueLoad();
    // Adds the clicks of the current query from sinceMs on (noDate: all) that the model does not hold yet: no row
    // is dropped, none is added twice. Nothing happens while loading or before a first load.
    void refresh(std::int64_t sinceMs);
    // The since a refresh needs to catch every click newer than the loaded ones (a margin before the last load
    // began, for clicks that happened while it ran), or older ones down to wantSinceMs when the rows held do not
    // reach back that far (noDate: the whole campaign).
    std::int64_t refreshSince(std::int64_t wantSinceMs) const;
    bool canContinue() const { return m_state == State::Partial || m_state == State::Failed; }
    bool isRefresh() const { return m_refresh; } // the running or last load added to rows already there
    qint64 rowsAdded() const { return m_rowsAdded; } // by the last refresh or continuation
    // The earliest click time the loaded rows are complete from (noDate: the whole campaign; meaningful when Complete).
    std::int64_t coveredSinceMs() const { return m_coveredSinceMs; }
    // How long an arrived page may wait to join the next ones (ms); 0: every page at once. Default 100.
    void setAppendInterval(int ms);
    int appendInterval() const { return m_appendInterval; }

    State state() const { return m_state; }
    quint64 generation() const { return m_generation; }
    QString campaignId() const { return m_campaignId; }
    QString linkId() const { return m_linkId; }
    std::int64_t sinceMs() const { return m_sinceMs; }
    qint64 expectedRows() const { return m_expectedRows; }
    // The last stream's summary (so far, for Partial and Failed), and the error of a Failed load.
    const StreamSummary &summary() const { return m_summary; }
    const ApiError &lastError() const { return m_error; }

Q_SIGNALS:
    void stateChanged(ClickScope::ClickSession::State state);
    void progress(const ClickScope::StreamProgress &progress);

private:
    void setState(State state);
    void dropStream();
    void startStream(std::int64_t sinceMs, std::int64_t mergeSinceMs, bool merge);
    void takeBatch(const ClickBatch &batch);
    void takeProgress(const StreamProgress &progress);
    void flushPending(); // the waiting rows into the model, then the waiting progress
    void dropPending(); // an older stream's rows that will never count

    QPointer<TrackingBackend> m_backend;
    ClickTableModel *m_model;
    ClickFilterProxy *m_proxy;
    ClickSeries *m_series;
    QPointer<ClickStream> m_stream;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    QString m_campaignId, m_linkId;
    std::int64_t m_sinceMs = 0;
    std::int64_t m_coveredSinceMs = 0;
    std::int64_t m_startedAtMs = 0; // wall clock when the last full load or refresh began
    qint64 m_expectedRows = 0;
    bool m_refresh = false;
    qint64 m_rowsAdded = 0;
    std::unique_ptr<class ClickMerger> m_merger;
    StreamSummary m_summary;
    ApiError m_error;
    ClickBatch m_pending; // arrived, not yet in the model
    StreamProgress m_pendingProgress;
    bool m_progressPending = false;
    int m_appendInterval = 100;
    QTimer m_appendTimer;
    QElapsedTimer m_sinceAppend; // invalid: nothing appended in this stream yet
};

} // namespace ClickScope
