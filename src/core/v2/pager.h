// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/clickstream.h"
#include "domain/apierror.h"
#include "domain/clickbatch.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>

namespace ClickScope {

class ClickPageParser;

// The stream types of the backend seam: a Pager is the v2 backend's ClickStream underneath.
using PagerProgress = StreamProgress;
using PagerSummary = StreamSummary;

// The v2 clicks pager: follows next_link from a first page to the last, handing over each page's clicks as a batch.
// - A link that is not a path on the API's origin is refused (ForeignLink); a link seen before stops paging
//   (CursorLoop): both are errors, never silence.
// - A failed page is retried by ApiCall from the same cursor, so no row is lost or duplicated.
// - While a page is parsed, the next one is already on its way (the link is peeked from the raw bytes first).
// - cancel() stops at once; after it nothing more is emitted. pause() stops the same way but keeps the link of the
//   page that was next; resume() asks for it.
class Pager : public QObject
{
    Q_OBJECT
public:
    Pager(HttpClient *client, QByteArray firstPathAndQuery, std::int64_t sinceMs, QObject *parent = nullptr);
    ~Pager() override;

    void start();
    void cancel();
    void pause();
    void resume();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    const PagerSummary &summary() const { return m_summary; }
    // The link of the page after the last one handed over (empty: there is none, the walk is at its end).
    const QByteArray &nextAfterLastBatch() const { return m_nextAfterLast; }

Q_SIGNALS:
    void batchReady(const ClickScope::ClickBatch &batch);
    void progress(const ClickScope::PagerProgress &progress);
    void finished(const ClickScope::PagerSummary &summary);
    // The rows handed over before the error stay valid: the caller keeps them.
    void failed(const ClickScope::ApiError &error, const ClickScope::PagerSummary &soFar);

private:
    struct InFlight {
        QByteArray link;
        QPointer<ApiCall> call;
        bool done = false;
        QByteArray body;
        ApiError error;
    };
    void request(const QByteArray &link);
    void onCallFinished(ApiCall *call);
    void processHead();
    void fail(const ApiError &error);

    QPointer<HttpClient> m_client;
    QByteArray m_first;
    std::int64_t m_sinceMs;
    std::unique_ptr<ClickPageParser> m_parser;
    std::deque<std::shared_ptr<InFlight>> m_inFlight; // in page order
    NextLinkGuard m_guard { "/v2/" };
    bool m_running = false;
    bool m_paused = false;
    QByteArray m_resumeLink; // while paused: the page to ask for next; empty: there is none
    QByteArray m_nextAfterLast;
    int m_requestsAtStart = 0;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0; // time spent paused, not counted as elapsed
    qint64 m_pausedAt = 0;
    std::deque<std::pair<qint64, int>> m_rateWindow; // (ms, requests so far)
    PagerSummary m_summary;
};

} // namespace ClickScope
