// SPDX-License-Identifier: GPL-3.0-or-later
// The local cache (issue 16), in one run against one sandbox: a full load from the API with no cache, the first sync
// into the cache (and its size on disk), a reopen from the cache (a new CachingBackend over the same file and a new
// ClickSession), where a reopen's time goes, and a refresh after 1,000 new clicks (requests counted by the sandbox,
// rows checked). Exits 1 when a count is wrong, never for a time.
//
// The sandbox runs in this process on a thread of its own (SandboxThread), not in a process of its own as in
// bench_load_clicks: Sandbox::addClicks() and the request log must be called on the sandbox's thread
// (QMetaObject::invokeMethod, Qt::BlockingQueuedConnection), which gives exact counts. Its pages are still made on
// that thread, never on the thread that loads.
//
// Usage: bench_cache [CLICKS] [CONTACTS] [REPEATS]   (default 1000000 300000 3; the reopen runs REPEATS + 2 times)
#include "backend/backendfactory.h"
#include "cache/cachingbackend.h"
#include "cache/clickcache.h"
#include "domain/isotime.h"
#include "model/clickfilterproxy.h"
#include "model/clickseries.h"
#include "model/clicktablemodel.h"
#include "net/httpclient.h"
#include "net/ratelimiter.h"
#include "sandbox/sandboxthread.h"
#include "session/clicksession.h"
#include "stallmeter.h"
#include "v2/v2authenticator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <fcntl.h>
#include <limits>
#include <unistd.h>

using namespace ClickScope;
using ClickScope::Bench::StallMeter;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString ms(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals);
}

QString thousands(qint64 v)
{
    QString s = QString::number(v);
    for (qsizetype i = s.size() - 3; i > (v < 0 ? 1 : 0); i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

QString list(const std::vector<double> &v, int decimals = 0)
{
    QStringList parts;
    for (double x : v)
        parts << ms(x, decimals);
    return parts.join(QStringLiteral(" / "));
}

// What one ClickSession load (or refresh) gave.
struct LoadResult {
    double readyMs = -1; // the model first held `readyRows` rows (proxy and series updated: they follow at once)
    double completeMs = -1; // state Complete (or Failed)
    qint64 stallMs = 0;
    ClickSession::State state = ClickSession::State::Idle;
    qint64 rows = 0;
    qint64 proxyRows = 0; // at readyMs
    int acceptedContacts = 0; // at readyMs
    qint64 seriesClicks = 0; // at readyMs
    StreamSummary summary;
    qint64 rowsAdded = 0;
    QString error;
};

// Runs a load (refresh == false) or a refresh of `session` until it is Complete or Failed.
LoadResult runSession(ClickSession &session, const QString &campaignId, qint64 readyRows, bool refresh)
{
    LoadResult r;
    QElapsedTimer t;
    QEventLoop loop;
    const auto noteReady = [&] {
        if (r.readyMs >= 0 || readyRows <= 0 || session.model()->rowCount() < readyRows)
            return;
        r.readyMs = double(t.nsecsElapsed()) / 1e6;
        r.proxyRows = session.proxy()->rowCount();
        r.acceptedContacts = session.proxy()->acceptedContacts();
        r.seriesClicks = session.series()->totalClicks();
    };
    // Connected after the session's own proxy and series, so they have seen the rows when this runs.
    const QMetaObject::Connection inserted
        = QObject::connect(session.model(), &QAbstractItemModel::rowsInserted, &loop, noteReady);
    const QMetaObject::Connection state
        = QObject::connect(&session, &ClickSession::stateChanged, &loop, [&](ClickSession::State s) {
              if (s == ClickSession::State::Complete || s == ClickSession::State::Failed) {
                  r.completeMs = double(t.nsecsElapsed()) / 1e6;
                  loop.quit();
              }
          });
    StallMeter stall;
    stall.start();
    t.start();
    if (refresh)
        session.refresh(session.refreshSince(noDate));
    else
        session.load(campaignId, QString(), noDate);
    if (session.state() == ClickSession::State::Loading)
        loop.exec();
    r.stallMs = stall.stop();
    noteReady();
    QObject::disconnect(inserted);
    QObject::disconnect(state);
    r.state = session.state();
    r.rows = session.model()->rowCount();
    r.summary = session.summary();
    r.rowsAdded = session.rowsAdded();
    if (r.state == ClickSession::State::Failed)
        r.error = session.lastError().userMessage();
    return r;
}

// A multiset of the rows a model holds (time, contact id, link id), sorted: two equal ones hold the same rows.
std::vector<std::pair<std::int64_t, std::uint64_t>> rowKeys(const ClickTableModel &model)
{
    const ClickStore &store = model.store();
    std::vector<std::uint64_t> contactHash(store.contactCount());
    for (std::uint32_t c = 0; c < store.contactCount(); ++c)
        contactHash[c] = qHash(store.contactId(c), 0x5eed) * 0x9E3779B97F4A7C15ULL;
    std::vector<std::pair<std::int64_t, std::uint64_t>> keys;
    keys.reserve(store.size());
    for (const ClickRecord &rec : store.records())
        keys.emplace_back(rec.clickMs, contactHash[rec.contact] ^ qHash(store.linkId(rec.link), 0x11));
    std::sort(keys.begin(), keys.end());
    return keys;
}

// Drops a file's pages from the OS page cache (clean pages only: it is synced first), for a "cold" reopen.
bool evictFromPageCache(const QString &path)
{
    bool ok = true;
    for (const QString &p : { path, QString(path + QStringLiteral("-wal")) }) {
        const int fd = ::open(QFile::encodeName(p).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && ok;
        ::close(fd);
    }
    return ok;
}

int failures = 0;
void check(bool ok, const QString &what)
{
    if (!ok)
        ++failures;
    out << "  check: " << what << (ok ? " ... ok\n" : " ... FAILED\n");
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const qint64 clicks = args.size() > 0 ? args[0].toLongLong() : 1000000;
    const qint64 contacts = args.size() > 1 ? args[1].toLongLong() : 300000;
    const int repeats = std::max(1, args.size() > 2 ? args[2].toInt() : 3);
    const int reopenRepeats = repeats + 2;
    constexpr int newClicks = 1000;

    QElapsedTimer wall;
    wall.start();
    const QString command
        = QStringLiteral("build/release/bin/bench_cache %1 %2 %3").arg(clicks).arg(contacts).arg(repeats);

    Sandbox::SandboxConfig config;
    config.data.campaigns = 1;
    config.data.linksPerCampaign = 1;
    config.data.clicks = clicks;
    config.data.contacts = int(contacts);
    config.qps = 0;
    Sandbox::SandboxThread sandboxThread(config);
    QString error;
    if (!sandboxThread.start(&error)) {
        out << "sandbox: " << error << '\n';
        return 2;
    }
    Sandbox::Sandbox *sandbox = sandboxThread.sandbox();
    const auto onSandbox = [sandbox](auto fn) { QMetaObject::invokeMethod(sandbox, fn, Qt::BlockingQueuedConnection); };
    // Click requests (v2 tracking/clicks) the sandbox served since the last call.
    const auto takeClickRequests = [&] {
        int n = 0;
        onSandbox([&] {
            for (const Sandbox::RequestRecord &rec : sandbox->requestLog())
                n += rec.route == Sandbox::Route::Clicks ? 1 : 0;
            sandbox->clearRequestLog();
        });
        return n;
    };
    QString campaignId;
    onSandbox([&] { campaignId = sandbox->liveCampaignId(); });
    // The campaign's click count as the sandbox holds it (generated + added).
    const auto sandboxClicks = [&] {
        qint64 n = -1;
        onSandbox([&] {
            for (const Sandbox::Campaign &c : sandbox->dataset().campaigns())
                if (QString::number(c.id) == campaignId)
                    n = c.clickCount;
        });
        return n;
    };
    const auto addClicks = [&](int count) {
        int added = 0;
        onSandbox([&] { added = sandbox->addClicks(count, campaignId); });
        return added;
    };

    QNetworkAccessManager nam;
    HttpClient client(&nam);
    client.setBaseUrl(sandboxThread.baseUrl());
    client.setAuthenticator(V2KeyAuthenticator::make(Credentials::v2(
        QString::fromLatin1(Sandbox::defaultApiKey), QString::fromLatin1(Sandbox::defaultAccessToken))));
    client.rateLimiter()->setRate(0);
    client.rateLimiter()->setDailyLimit(0);

    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("v2-bench.sqlite"));
    const auto removeCache = [&] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(cachePath + suffix);
    };
    const auto openCaching = [&](double *openMs = nullptr) {
        QElapsedTimer t;
        t.start();
        std::unique_ptr<TrackingBackend> b
            = BackendFactory::withCache(BackendFactory::createV2(&client), cachePath, false, &error);
        if (openMs)
            *openMs = double(t.nsecsElapsed()) / 1e6;
        if (!b) {
            out << "cache: " << error << '\n';
            ::exit(2);
        }
        return b;
    };

    const qint64 expected = sandboxClicks();
    out << "bench_cache: " << thousands(expected) << " clicks of " << thousands(contacts) << " contacts, campaign "
        << campaignId << " (one link, 500-row pages), v2, no rate limit; sandbox in this "
        << "process on its own thread (SandboxThread); cache " << cachePath << '\n';
    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " cores, Qt " << qVersion() << '\n';
    out.flush();

    // --- 1. and 2.: full load with no cache, and the first sync into an empty cache, alternated -----------------
    std::vector<double> plainMs, plainReadyMs, syncMs;
    std::vector<qint64> plainStall, syncStall;
    qint64 cacheBytes = 0, cacheBytesClosed = 0, syncRows = 0, plainRows = 0;
    int plainRequests = 0, syncRequests = 0;
    for (int round = 0; round < repeats; ++round) {
        {
            std::unique_ptr<TrackingBackend> plain = BackendFactory::createV2(&client);
            ClickSession session(plain.get());
            takeClickRequests();
            const LoadResult r = runSession(session, campaignId, expected, false);
            plainRequests = takeClickRequests();
            if (!r.error.isEmpty())
                out << "  full load failed: " << r.error << '\n';
            plainMs.push_back(r.completeMs);
            plainReadyMs.push_back(r.readyMs);
            plainStall.push_back(r.stallMs);
            plainRows = r.rows;
            out << "  round " << round + 1 << ": full load, no cache: " << ms(r.completeMs) << " ms, "
                << thousands(r.rows) << " rows, " << plainRequests << " click requests, stall " << r.stallMs << " ms\n";
        }
        {
            removeCache();
            std::unique_ptr<TrackingBackend> caching = openCaching();
            ClickSession session(caching.get());
            takeClickRequests();
            const LoadResult r = runSession(session, campaignId, expected, false);
            syncRequests = takeClickRequests();
            if (!r.error.isEmpty())
                out << "  first sync failed: " << r.error << '\n';
            syncMs.push_back(r.completeMs);
            syncStall.push_back(r.stallMs);
            syncRows = r.rows;
            cacheBytes = static_cast<CachingBackend *>(caching.get())->cache()->sizeOnDisk();
            out << "  round " << round + 1 << ": first sync into the cache: " << ms(r.completeMs) << " ms, "
                << thousands(r.rows) << " rows, " << syncRequests << " click requests, stall " << r.stallMs
                << " ms, cache " << thousands(cacheBytes) << " bytes (database + WAL) while open\n";
        }
        // Closed: SQLite checkpoints the WAL into the database and removes it.
        cacheBytesClosed = QFileInfo(cachePath).size() + QFileInfo(cachePath + QStringLiteral("-wal")).size();
        out.flush();
    }
    check(
        plainRows == expected, QStringLiteral("full load holds %1 rows, the sandbox %2").arg(plainRows).arg(expected));
    check(syncRows == expected, QStringLiteral("first sync holds %1 rows").arg(syncRows));
    {
        ClickCache cache;
        cache.open(cachePath);
        const ClickCache::WalkState w = cache.walkState(campaignId, QString());
        check(w.rows == expected && w.syncedMs != noDate,
            QStringLiteral("the cache holds %1 rows of the campaign, walk complete: %2")
                .arg(w.rows)
                .arg(w.syncedMs != noDate ? QStringLiteral("yes") : QStringLiteral("no")));
    }

    // --- 3. reopen from the cache: a new CachingBackend over the same file, a new ClickSession ------------------
    std::vector<double> openMs, readyMs, completeMs;
    std::vector<qint64> reopenStall;
    int reopenRequests = 0;
    LoadResult lastReopen, coldReopen;
    double coldOpenMs = 0;
    std::unique_ptr<TrackingBackend> kept;
    std::unique_ptr<ClickSession> keptSession;
    for (int round = 0; round <= reopenRepeats; ++round) {
        const bool cold = round == reopenRepeats; // the last one after dropping the file from the page cache
        keptSession.reset();
        kept.reset();
        bool evicted = false;
        if (cold)
            evicted = evictFromPageCache(cachePath);
        double openTime = 0;
        kept = openCaching(&openTime);
        keptSession = std::make_unique<ClickSession>(kept.get());
        takeClickRequests();
        const LoadResult r = runSession(*keptSession, campaignId, expected, false);
        reopenRequests = takeClickRequests();
        if (!r.error.isEmpty())
            out << "  reopen failed: " << r.error << '\n';
        out << "  reopen "
            << (cold ? QStringLiteral("(cold: file dropped from the page cache%1)")
                           .arg(evicted ? QString() : QStringLiteral(", FAILED"))
                     : QString::number(round + 1))
            << ": open " << ms(openTime, 1) << " ms; load() to all " << thousands(r.readyMs >= 0 ? expected : 0)
            << " rows in model, proxy (" << thousands(r.proxyRows) << " rows, " << thousands(r.acceptedContacts)
            << " contacts) and series (" << thousands(r.seriesClicks) << " clicks) " << ms(r.readyMs)
            << " ms; to Complete " << ms(r.completeMs) << " ms (" << reopenRequests << " click requests, "
            << thousands(r.summary.rowsFromCache) << " rows from the cache, "
            << thousands(r.rows - r.summary.rowsFromCache) << " from the API); stall " << r.stallMs << " ms\n";
        out.flush();
        if (cold) {
            coldOpenMs = openTime;
            coldReopen = r;
            continue;
        }
        openMs.push_back(openTime);
        readyMs.push_back(r.readyMs);
        completeMs.push_back(r.completeMs);
        reopenStall.push_back(r.stallMs);
        lastReopen = r;
    }
    check(lastReopen.rows == expected && lastReopen.proxyRows == expected && lastReopen.seriesClicks == expected,
        QStringLiteral("reopen: model %1, proxy %2, series %3 rows")
            .arg(lastReopen.rows)
            .arg(lastReopen.proxyRows)
            .arg(lastReopen.seriesClicks));
    check(coldReopen.rows == expected, QStringLiteral("cold reopen: model %1 rows").arg(coldReopen.rows));
    check(reopenRequests >= 1, QStringLiteral("the reopen asked the API (%1 click requests)").arg(reopenRequests));

    // --- 3b. where a reopen's time goes: the same steps one by one -----------------------------------------------
    std::vector<double> sqlMs, decodeMs, collectMs, modelMs, proxyMs, seriesMs, decodeOnlyMs, decodeReservedMs;
    qint64 chunkBytes = 0, chunks = 0;
    std::vector<QByteArray> blobs;
    std::vector<double> modelPagesMs, refreshAppendMs[3];
    {
        // Read the chunks with Qt SQL alone: the query readClicks() runs, each blob copied out, nothing decoded.
        const QString connection = QStringLiteral("bench-cache-read");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(cachePath);
            db.open();
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer t;
                t.start();
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.prepare(QStringLiteral("SELECT data FROM click_chunks WHERE campaign_id = ? AND scope = ? AND "
                                         "max_ms >= ? ORDER BY max_ms DESC, id DESC"));
                q.addBindValue(campaignId);
                q.addBindValue(QStringLiteral(""));
                q.addBindValue(std::numeric_limits<qint64>::min());
                q.exec();
                chunkBytes = 0;
                chunks = 0;
                blobs.clear();
                while (q.next()) {
                    const QByteArray blob = q.value(0).toByteArray();
                    chunkBytes += blob.size();
                    ++chunks;
                    blobs.push_back(blob);
                }
                sqlMs.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);

        // Decoding alone, from the blobs in memory: as readClicks() does (every chunk appended to one batch of up
        // to 65,536 rows; ClickChunk::decode reserves rows.size() + n, an exact size, at every chunk), and the same
        // with the batch's rows reserved once for 65,536 + a chunk (the per-chunk reserve then does nothing).
        const QByteArray campaignUtf8 = campaignId.toUtf8();
        for (const bool reserved : { false, true })
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer t;
                t.start();
                ClickBatch batch;
                qint64 decoded = 0;
                if (reserved)
                    batch.rows.reserve(65536 + 1024);
                for (const QByteArray &blob : blobs) {
                    ClickChunk::decode(blob, campaignUtf8, batch);
                    if (batch.rows.size() >= 65536) {
                        decoded += qint64(batch.rows.size());
                        batch = {};
                        if (reserved)
                            batch.rows.reserve(65536 + 1024);
                    }
                }
                decoded += qint64(batch.rows.size());
                if (decoded != expected)
                    check(false, QStringLiteral("decoding the blobs gave %1 rows").arg(decoded));
                (reserved ? decodeReservedMs : decodeOnlyMs).push_back(double(t.nsecsElapsed()) / 1e6);
            }
        // The model fed page-sized batches (one chunk each, as the API's pages come) instead of 65,536-row ones.
        {
            std::vector<ClickBatch> pages;
            for (const QByteArray &blob : blobs) {
                pages.emplace_back();
                ClickChunk::decode(blob, campaignUtf8, pages.back());
            }
            for (int i = 0; i < 3; ++i) {
                ClickTableModel m;
                QElapsedTimer t;
                t.start();
                for (const ClickBatch &b : pages)
                    m.appendBatch(b);
                modelPagesMs.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
        blobs.clear();

        ClickCache cache;
        cache.open(cachePath);
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            qint64 n = 0;
            cache.readClicks(
                campaignId, QString(), QString(), noDate, [&](ClickBatch &&b) { n += qint64(b.rows.size()); });
            decodeMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::vector<ClickBatch> batches;
        for (int i = 0; i < 3; ++i) {
            batches.clear();
            QElapsedTimer t;
            t.start();
            cache.readClicks(
                campaignId, QString(), QString(), noDate, [&](ClickBatch &&b) { batches.push_back(std::move(b)); });
            collectMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const auto feed = [&](bool withProxy, bool withSeries) {
            ClickTableModel m;
            ClickFilterProxy p;
            if (withProxy)
                p.setSourceModel(&m);
            std::unique_ptr<ClickSeries> chart(withSeries ? new ClickSeries(&p) : nullptr);
            QElapsedTimer t;
            t.start();
            for (const ClickBatch &b : batches)
                m.appendBatch(b);
            return double(t.nsecsElapsed()) / 1e6;
        };
        for (int i = 0; i < 3; ++i) {
            modelMs.push_back(feed(false, false));
            proxyMs.push_back(feed(true, false));
            seriesMs.push_back(feed(true, true));
        }
        // What a refresh's 1,000 new rows cost once 1,000,000 are held: newer than every held row, so they break
        // the newest-first order the series follows incrementally. Bare model / + proxy / + series.
        {
            ClickBatch fresh;
            fresh.text = batches.front().text;
            fresh.rows.assign(batches.front().rows.begin(),
                batches.front().rows.begin() + std::min<std::size_t>(newClicks, batches.front().rows.size()));
            for (ParsedClick &c : fresh.rows)
                c.clickMs += 24 * 3600 * 1000LL;
            for (int level = 0; level < 3; ++level)
                for (int i = 0; i < 3; ++i) {
                    ClickTableModel m;
                    ClickFilterProxy p;
                    if (level >= 1)
                        p.setSourceModel(&m);
                    std::unique_ptr<ClickSeries> chart(level == 2 ? new ClickSeries(&p) : nullptr);
                    for (const ClickBatch &b : batches)
                        m.appendBatch(b);
                    QElapsedTimer t;
                    t.start();
                    m.appendBatch(fresh);
                    refreshAppendMs[level].push_back(double(t.nsecsElapsed()) / 1e6);
                }
        }
        out << "  reopen parts (median of 3): Qt SQL query + blob copies only " << ms(median(sqlMs), 1) << " ms ("
            << thousands(chunks) << " chunks, " << thousands(chunkBytes) << " bytes); readClicks (query + decode) "
            << ms(median(decodeMs), 1) << " ms in " << batches.size() << " batches; decoding alone from memory "
            << ms(median(decodeOnlyMs), 1) << " ms, with the batch's rows reserved once "
            << ms(median(decodeReservedMs), 1) << " ms; model appendBatch " << ms(median(modelMs), 1) << " ms, + proxy "
            << ms(median(proxyMs) - median(modelMs), 1) << " ms, + series " << ms(median(seriesMs) - median(proxyMs), 1)
            << " ms; model fed " << chunks << " page-sized batches instead " << ms(median(modelPagesMs), 1) << " ms\n";
        out << "  refresh parts (median of 3): appending " << newClicks << " rows newer than the "
            << thousands(expected) << " held: bare model " << ms(median(refreshAppendMs[0]), 1) << " ms, with proxy "
            << ms(median(refreshAppendMs[1]), 1) << " ms, with proxy and series " << ms(median(refreshAppendMs[2]), 1)
            << " ms\n";
        out.flush();
    }

    // --- 4. refresh after 1,000 new clicks -----------------------------------------------------------------------
    // 4a: Refresh of the open session (the window's Refresh: refresh(refreshSince(noDate))), through the cache.
    const qint64 before = keptSession->model()->rowCount();
    const int added1 = addClicks(newClicks);
    const qint64 expected1 = sandboxClicks();
    takeClickRequests();
    const LoadResult refresh = runSession(*keptSession, campaignId, 0, true);
    const int refreshRequests = takeClickRequests();
    if (!refresh.error.isEmpty())
        out << "  refresh failed: " << refresh.error << '\n';
    out << "  refresh after addClicks(" << newClicks << ") = " << added1 << " new: " << ms(refresh.completeMs)
        << " ms, " << refreshRequests << " click requests (stream summary: " << refresh.summary.requests
        << "), rows added " << refresh.rowsAdded << ", model " << thousands(before) << " -> " << thousands(refresh.rows)
        << ", stall " << refresh.stallMs << " ms\n";
    check(added1 == newClicks, QStringLiteral("the sandbox added %1 clicks").arg(added1));
    check(refresh.rowsAdded == newClicks && refresh.rows == before + newClicks && refresh.rows == expected1,
        QStringLiteral("refresh added %1 rows: model %2, sandbox %3")
            .arg(refresh.rowsAdded)
            .arg(refresh.rows)
            .arg(expected1));
    keptSession.reset();
    kept.reset();

    // 4b: 1,000 more, then a new CachingBackend and a new ClickSession (the campaign opened again later).
    const int added2 = addClicks(newClicks);
    const qint64 expected2 = sandboxClicks();
    double open2 = 0;
    kept = openCaching(&open2);
    keptSession = std::make_unique<ClickSession>(kept.get());
    takeClickRequests();
    const LoadResult again = runSession(*keptSession, campaignId, expected2 - newClicks, false);
    const int againRequests = takeClickRequests();
    if (!again.error.isEmpty())
        out << "  reopen after new clicks failed: " << again.error << '\n';
    out << "  reopen after addClicks(" << newClicks << ") = " << added2 << " more: cached rows on screen "
        << ms(again.readyMs) << " ms, Complete " << ms(again.completeMs) << " ms, " << againRequests
        << " click requests (stream summary: " << again.summary.requests << "), "
        << thousands(again.summary.rowsFromCache) << " rows from the cache + "
        << thousands(again.rows - again.summary.rowsFromCache) << " from the API = " << thousands(again.rows) << '\n';
    check(added2 == newClicks, QStringLiteral("the sandbox added %1 clicks").arg(added2));
    check(again.rows == expected2 && again.summary.rowsFromCache == expected2 - newClicks,
        QStringLiteral("reopen after new clicks: %1 rows (%2 from the cache), sandbox %3")
            .arg(again.rows)
            .arg(again.summary.rowsFromCache)
            .arg(expected2));

    // None twice, none missing: the same rows as a full load from the API with no cache.
    {
        std::unique_ptr<TrackingBackend> plain = BackendFactory::createV2(&client);
        ClickSession session(plain.get());
        const LoadResult r = runSession(session, campaignId, 0, false);
        const bool same = r.rows == again.rows && rowKeys(*session.model()) == rowKeys(*keptSession->model());
        check(same,
            QStringLiteral("the cached campaign's rows (time, contact, link) are the same multiset as a full load "
                           "with no cache (%1 rows)")
                .arg(r.rows));
    }
    keptSession.reset();
    kept.reset();

    // --- 5. the table --------------------------------------------------------------------------------------------
    const double plainMed = median(plainMs), readyMed = median(readyMs), completeMed = median(completeMs);
    const qint64 bytesPerClick = expected > 0 ? cacheBytes / expected : 0;
    const auto verdict = [](bool met) { return met ? QStringLiteral("met") : QStringLiteral("**not met**"); };
    out << "\n"
        << command << ", " << QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd")) << ", "
        << QSysInfo::prettyProductName() << ' ' << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " cores, Qt " << qVersion() << ", " << ms(double(wall.elapsed()) / 1000.0)
        << " s\n\n";
    out << "| measure (" << thousands(expected) << " clicks) | median | runs | goal | |\n|---|---|---|---|---|\n";
    out << "| 1. full load, no cache: load() to Complete (model, proxy, series) | " << ms(plainMed) << " ms | "
        << list(plainMs) << " | — | |\n";
    out << "| 2. first sync into the cache: load() to Complete | " << ms(median(syncMs)) << " ms | " << list(syncMs)
        << " | — | " << ms(median(syncMs) / plainMed, 2) << "x the full load |\n";
    out << "| cache on disk after the first sync | " << thousands(cacheBytes) << " bytes open (database + WAL), "
        << thousands(cacheBytesClosed) << " closed | | — | " << bytesPerClick << " bytes per click open, "
        << cacheBytesClosed / std::max<qint64>(expected, 1) << " closed |\n";
    out << "| 3. reopen: load() to all rows in table, footer and chart | " << ms(readyMed) << " ms | " << list(readyMs)
        << " | ≤ 500 ms | " << verdict(readyMed <= 500) << " |\n";
    out << "| 3. reopen ÷ full load with no cache | " << ms(readyMed / plainMed, 2) << " | | ≤ 0.5 | "
        << verdict(readyMed <= plainMed / 2) << " |\n";
    out << "| 3. reopen: load() to Complete (the API's confirming page) | " << ms(completeMed) << " ms | "
        << list(completeMs) << " | — | " << reopenRequests << " click request(s) |\n";
    out << "| 3. reopen, cold (file dropped from the page cache), once: open + load() to all rows / to Complete | "
        << ms(coldOpenMs, 1) << " + " << ms(coldReopen.readyMs) << " / " << ms(coldReopen.completeMs)
        << " ms | | — | |\n";
    out << "| 3. reopen: opening the cache (withCache) | " << ms(median(openMs), 1) << " ms | " << list(openMs, 1)
        << " | — | |\n";
    out << "| 3. longest UI-thread stall during a reopen | "
        << *std::max_element(reopenStall.begin(), reopenStall.end()) << " ms | | ≤ 50 ms (the load bar) | "
        << verdict(*std::max_element(reopenStall.begin(), reopenStall.end()) <= 50) << " |\n";
    out << "| 4. refresh after " << newClicks << " new clicks: click requests | " << refreshRequests << " | | ≤ 3 | "
        << verdict(refreshRequests <= 3) << " |\n";
    out << "| 4. refresh: rows added / time | " << refresh.rowsAdded << " / " << ms(refresh.completeMs)
        << " ms | | exactly " << newClicks << " | " << (refresh.rowsAdded == newClicks ? "ok" : "**wrong**") << " |\n";
    out << "| 4. reopen after " << newClicks << " more: click requests / rows | " << againRequests << " / "
        << thousands(again.rows) << " | | ≤ 3 / " << thousands(expected2) << " | "
        << verdict(againRequests <= 3 && again.rows == expected2) << " |\n";
    out << "\nreopen parts (median of 3): Qt SQL query + blob copies " << ms(median(sqlMs), 1)
        << " ms; + decoding the chunks (readClicks) " << ms(median(decodeMs) - median(sqlMs), 1)
        << " ms (decoding alone from memory " << ms(median(decodeOnlyMs), 1) << " ms; "
        << ms(median(decodeReservedMs), 1) << " ms with the batch's rows reserved once)"
        << "; model append " << ms(median(modelMs), 1) << " ms; proxy " << ms(median(proxyMs) - median(modelMs), 1)
        << " ms; series " << ms(median(seriesMs) - median(proxyMs), 1)
        << " ms (model fed page-sized batches: " << ms(median(modelPagesMs), 1) << " ms)\n";
    out << "refresh: appending " << newClicks << " newer rows to " << thousands(expected) << " held: model "
        << ms(median(refreshAppendMs[0]), 1) << " ms, + proxy " << ms(median(refreshAppendMs[1]), 1) << " ms, + series "
        << ms(median(refreshAppendMs[2]), 1) << " ms\n";
    out << (failures ? QStringLiteral("%1 check(s) FAILED\n").arg(failures) : QStringLiteral("all checks passed\n"));
    return failures ? 1 : 0;
}
