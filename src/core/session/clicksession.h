// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/clickstream.h"
#include "domain/apierror.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <cstdint>

namespace ClickScope {

class ClickFilterProxy;
class ClickSeries;
class ClickTableModel;
class TrackingBackend;

// The state of one click query, with no widget in sight (STYLE 13): the model, its filter proxy and the chart's
// series, the current stream, the generation that makes stale batches harmless, and the load state a window
// shows. One load at a time: a new one cancels the previous and starts from an empty model.
class ClickSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // nothing asked yet
        Loading,
        Partial, // cancelled: the rows so far are kept, more exist
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
    // Stops a running load: state Partial, the rows stay. Nothing happens when no load runs.
    void cancel();

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

    QPointer<TrackingBackend> m_backend;
    ClickTableModel *m_model;
    ClickFilterProxy *m_proxy;
    ClickSeries *m_series;
    QPointer<ClickStream> m_stream;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    QString m_campaignId, m_linkId;
    std::int64_t m_sinceMs = 0;
    qint64 m_expectedRows = 0;
    StreamSummary m_summary;
    ApiError m_error;
};

} // namespace ClickScope
