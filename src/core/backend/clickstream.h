// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apierror.h"
#include "domain/clickbatch.h"

#include <QObject>

namespace ClickScope {

struct StreamProgress {
    int pages = 0;
    qint64 rows = 0;
    int requests = 0; // HTTP requests, retries included
    double requestsPerSecond = 0; // over the last few seconds
    qint64 elapsedMs = 0;
};

struct StreamSummary {
    int pages = 0;
    qint64 rows = 0;
    qint64 rowsDroppedBeforeSince = 0; // rows older than `since` that the server sent anyway
    int requests = 0;
    qint64 elapsedMs = 0;
    qint64 rowsFromCache = 0; // of `rows`, those read from the local cache (the rest came from the API)
};

// The clicks of one query, page by page, newest first, whatever API they come from. Connect, then start().
// After finished() or failed() nothing more is emitted; after cancel() nothing at all. The batches handed over
// before a failure stay valid: the caller keeps them. pause() stops like cancel() but remembers the page that was
// next: resume() goes on from it (no row twice, none missed); the time paused does not count as elapsed.
class ClickStream : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual bool isRunning() const = 0;
    virtual bool isPaused() const = 0;
    // Where the walk stands after the last batch handed over, as an opaque token (no secret in it): a stream made by
    // TrackingBackend::clicksFrom() with it goes on with the next page. "end": nothing is left. Empty: unknown.
    virtual QByteArray resumeToken() const { return {}; }
    // The rest of the current part is not needed (the cache holds it): v3 goes on with the next report activity. A
    // stream with one part, or one that cannot skip, goes on as it was (only requests are lost, never rows).
    virtual void skipRestOfPart() { }

Q_SIGNALS:
    void batchReady(const ClickScope::ClickBatch &batch);
    void progress(const ClickScope::StreamProgress &progress);
    void finished(const ClickScope::StreamSummary &summary);
    void failed(const ClickScope::ApiError &error, const ClickScope::StreamSummary &soFar);
};

} // namespace ClickScope

Q_DECLARE_METATYPE(ClickScope::StreamProgress)
Q_DECLARE_METATYPE(ClickScope::StreamSummary)
