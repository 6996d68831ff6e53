// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/clicksession.h"

#include "backend/trackingbackend.h"
#include "model/clickfilterproxy.h"
#include "model/clickseries.h"
#include "model/clicktablemodel.h"

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
    const quint64 generation = ++m_generation;
    dropStream();
    m_model->clear();
    m_campaignId = campaignId;
    m_linkId = linkId;
    m_sinceMs = sinceMs;
    m_expectedRows = expectedRows;
    m_summary = {};
    m_error = {};

    if (!m_backend) {
        m_error = ApiError::make(ApiError::Kind::MissingCredentials, tr("No account is open."));
        setState(State::Failed);
        return;
    }
    ClickStream *stream = m_backend->clicks(campaignId, linkId, sinceMs, this);
    m_stream = stream;
    // Every handler checks its generation: whatever an older stream still delivers is dropped.
    connect(stream, &ClickStream::batchReady, this, [this, generation](const ClickBatch &batch) {
        if (generation == m_generation)
            m_model->appendBatch(batch);
    });
    connect(stream, &ClickStream::progress, this, [this, generation](const StreamProgress &p) {
        if (generation == m_generation)
            Q_EMIT progress(p);
    });
    connect(stream, &ClickStream::finished, this, [this, generation](const StreamSummary &s) {
        if (generation != m_generation)
            return;
        m_summary = s;
        dropStream();
        setState(State::Complete);
    });
    connect(stream, &ClickStream::failed, this, [this, generation](const ApiError &e, const StreamSummary &s) {
        if (generation != m_generation)
            return;
        m_summary = s;
        m_error = e;
        dropStream();
        setState(State::Failed);
    });
    setState(State::Loading);
    stream->start();
}

void ClickSession::cancel()
{
    if (m_state != State::Loading)
        return;
    ++m_generation; // nothing of this stream counts any more
    dropStream();
    m_summary.rows = m_model->rowCount();
    setState(State::Partial);
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
