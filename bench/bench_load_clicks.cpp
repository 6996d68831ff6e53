// SPDX-License-Identifier: GPL-3.0-or-later
// Loading 1,000,000 clicks end to end, against merely downloading the same pages; memory per click; the filter
// against a stock QSortFilterProxyModel; re-bucketing the chart. Ratios measured in one run. Then the same load over
// v3 (UUID contact and campaign ids, paged per report activity by _links.next.href) against the same sandbox: its
// lines start with "v3 UUIDs:".
//
// Usage: bench_load_clicks [CLICKS] [CONTACTS] [--api v2|v3]   (default 1000000 300000, both APIs; --api v2: v2
// only, as before issue 14; --api v3: only the v3 load, download and memory)
#include "backend/backendfactory.h"
#include "domain/isotime.h"
#include "model/clickfilterproxy.h"
#include "model/clickseries.h"
#include "model/clicktablemodel.h"
#include "net/httpclient.h"
#include "net/ratelimiter.h"
#include "stallmeter.h"
#include "v2/pager.h"
#include "v2/v2authenticator.h"
#include "v2/v2backend.h"
#include "v2/v2parser.h"
#include "v3/v3auth.h" // v3backend.h's inline tokens() needs V3TokenManager complete
#include "v3/v3backend.h"
#include "v3/v3parser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#if defined(__GLIBC__)
#include <malloc.h>
#elif defined(__APPLE__)
#include <malloc/malloc.h>
#endif

using namespace ClickScope;
using ClickScope::Bench::StallMeter;

namespace {

QTextStream out(stdout);

// Bytes the heap has handed out and not taken back; 0 where the C library has no way to tell (the memory lines then
// say "not measured").
std::size_t heapInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    malloc_trim(0);
    const struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd;
#elif defined(__APPLE__)
    malloc_statistics_t stats {};
    malloc_zone_statistics(nullptr, &stats);
    return stats.size_in_use;
#else
    return 0;
#endif
}

// Runs an event loop until done() is true; a benchmark's own driver, not application code. A real QEventLoop, as
// in the app: deleteLater() is only honoured by a running loop, and processEvents() from main() would let deferred
// deletions pile up and slow everything down.
template<typename Sender, typename Signal>
void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 downloadOnly(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &first, qint64 *rows,
    QList<QByteArray> *keep = nullptr)
{
    QElapsedTimer t;
    t.start();
    QByteArray path = first;
    *rows = 0;
    while (!path.isEmpty()) {
        QUrl url = base;
        const qsizetype q = path.indexOf('?');
        url.setPath(QString::fromUtf8(path.left(q)));
        url.setQuery(QString::fromUtf8(path.mid(q + 1)) + QStringLiteral("&api_key=clickscope-demo-key"));
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "Bearer clickscope-demo-token");
        QNetworkReply *reply = nam.get(request);
        waitFor(reply, &QNetworkReply::finished);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        if (keep)
            keep->append(body);
        *rows += body.count("\"EMAIL_CLICK\"");
        const qsizetype at = body.indexOf("\"next_link\":\"");
        path = at < 0 ? QByteArray() : body.mid(at + 13, body.indexOf('"', at + 13) - at - 13);
    }
    return t.elapsed();
}

// The v3 pages of every report activity, one after the other (as the ClickStream walks them): `_links.next.href`
// found by byte search, the fixed Bearer token, nothing parsed.
qint64 downloadV3(QNetworkAccessManager &nam, const QUrl &base, const QList<QByteArray> &firsts,
    const QByteArray &token, qint64 *rows, QList<QByteArray> *keep = nullptr)
{
    QElapsedTimer t;
    t.start();
    *rows = 0;
    for (const QByteArray &first : firsts) {
        QByteArray path = first;
        while (!path.isEmpty()) {
            QUrl url = base;
            const qsizetype q = path.indexOf('?');
            url.setPath(QString::fromUtf8(path.left(q)));
            url.setQuery(QString::fromUtf8(path.mid(q + 1)));
            QNetworkRequest request(url);
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *reply = nam.get(request);
            waitFor(reply, &QNetworkReply::finished);
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            if (keep)
                keep->append(body);
            *rows += body.count("\"em_clicks\"");
            const qsizetype links = body.lastIndexOf("\"_links\"");
            const qsizetype at = links < 0 ? -1 : body.indexOf("\"href\":\"", links);
            path = at < 0 ? QByteArray() : body.mid(at + 8, body.indexOf('"', at + 8) - at - 8);
        }
    }
    return t.elapsed();
}

// The same pages from memory: what the UI thread spends per page, without any network. parse(page) gives a page's
// ClickBatch. Prints one line, after `label`.
template<typename Parse>
void fromMemory(const QString &label, QList<QByteArray> &pages, Parse parse)
{
    qint64 bytes = 0;
    for (const QByteArray &page : pages)
        bytes += page.size();
    // Parse every page, then feed the batches to a bare model, a model with the proxy, and all three.
    // Best of three each: the machine is shared and noisy.
    std::vector<ClickBatch> batches;
    qint64 parseNs = INT64_MAX;
    for (int run = 0; run < 3; ++run) {
        batches.clear();
        QElapsedTimer t;
        t.start();
        for (QByteArray &page : pages)
            batches.push_back(parse(page));
        parseNs = std::min(parseNs, t.nsecsElapsed());
    }
    const auto feedOnce = [&](bool withProxy, bool withSeries) {
        ClickTableModel m;
        ClickFilterProxy p;
        if (withProxy)
            p.setSourceModel(&m);
        std::unique_ptr<ClickSeries> chart(withSeries ? new ClickSeries(&p) : nullptr);
        QElapsedTimer ft;
        ft.start();
        for (const ClickBatch &b : batches)
            m.appendBatch(b);
        return ft.nsecsElapsed();
    };
    const auto feed = [&](bool withProxy, bool withSeries) {
        return std::min(
            { feedOnce(withProxy, withSeries), feedOnce(withProxy, withSeries), feedOnce(withProxy, withSeries) });
    };
    const qint64 modelNs = feed(false, false);
    const qint64 proxyNs = feed(true, false);
    const qint64 allNs = feed(true, true);
    const auto perPage = [&](qint64 ns) { return QString::number(double(ns) / 1e3 / double(pages.size()), 'f', 0); };
    out << label << "the same " << pages.size() << " pages from memory, per page on the UI thread: parse "
        << perPage(parseNs) << " us (" << QString::number(double(bytes) * 1e3 / double(parseNs), 'f', 0)
        << " MB/s), model " << perPage(modelNs) << " us, + proxy " << perPage(proxyNs - modelNs) << " us, + series "
        << perPage(allNs - proxyNs) << " us; total " << perPage(parseNs + allNs) << " us\n";
}

// The v3 part: the same dataset over /v3/, download only against the full load through the v3 backend's
// ClickStream, alternated, twice each; memory per click; the pages from memory. Lines start with "v3 UUIDs:".
void benchV3(QCoreApplication &app, QNetworkAccessManager &nam, const QUrl &base, qint64 clicks, qint64 contacts)
{
    const QString label = QStringLiteral("  v3 UUIDs: ");
    const QByteArray token = "clickscope-demo-v3-token"; // ClickScope::Sandbox::defaultV3AccessToken
    Account account;
    account.api = ApiVersion::V3;
    account.baseUrl = base;
    account.credentials.accessToken = QString::fromLatin1(token);
    ConnectionOptions options;
    options.requestsPerSecond = 0;
    QString error;
    std::unique_ptr<TrackingBackend> backend = BackendFactory::create(account, &nam, options, &error);
    auto *v3 = qobject_cast<V3Backend *>(backend.get());
    if (!v3) {
        out << label << "no v3 backend: " << error << '\n';
        return;
    }
    v3->client()->rateLimiter()->setDailyLimit(0);

    Campaign campaign;
    QList<V3::CampaignActivityRef> activities;
    ApiError setupError;
    QEventLoop setup;
    v3->campaigns(QStringLiteral("SENT"), &app, [&](const QList<CampaignSummary> &list, const ApiError &e) {
        if (e.isError() || list.isEmpty()) {
            setupError = e;
            return setup.quit();
        }
        v3->campaign(list.value(0).id, &app, [&](const Campaign &c, const ApiError &e2) {
            campaign = c;
            setupError = e2;
            v3->reportActivities(c.id, &app, [&](const QList<V3::CampaignActivityRef> &refs, const ApiError &e3) {
                activities = refs;
                if (e3.isError())
                    setupError = e3;
                setup.quit();
            });
        });
    });
    setup.exec();
    if (setupError.isError() || campaign.id.isEmpty()) {
        out << label << "setup failed: " << setupError.userMessage() << '\n';
        return;
    }
    // The same first pages the ClickStream asks for: every report activity's clicks of the one link.
    const QByteArray linkId = QUrl::toPercentEncoding(campaign.links.value(0).id);
    QList<QByteArray> firsts;
    QStringList roles;
    bool resend = false;
    for (const V3::CampaignActivityRef &a : std::as_const(activities)) {
        firsts.append("/v3/reports/email_reports/" + QUrl::toPercentEncoding(a.id)
            + "/tracking/clicks?limit=500&url_id=" + linkId);
        roles << a.role;
        resend = resend || a.role == QLatin1String("resend");
    }
    out << "v3 UUIDs: the same " << clicks << " clicks of " << contacts << " contacts over /v3/ (Bearer token, "
        << "500-row pages by _links.next.href), campaign " << campaign.id
        << ", report activities: " << roles.join(QStringLiteral(", "))
        << (resend ? " (with a resend)" : " (no resend: V3::hasResend is false)")
        << "; download and load both walk all of them.\n";

    qint64 bestDownload = INT64_MAX, bestLoad = INT64_MAX, worstStall = 0, rowsDownloaded = 0;
    QStringList rounds;
    std::size_t heapBefore = 0, heapAfter = 0;
    int loadedRows = 0;
    qint64 requests = 0;
    std::unique_ptr<ClickTableModel> model;
    std::unique_ptr<ClickFilterProxy> proxy;
    std::unique_ptr<ClickSeries> series;
    for (int round = 0; round < 2; ++round) {
        const qint64 download = downloadV3(nam, base, firsts, token, &rowsDownloaded);
        bestDownload = std::min(bestDownload, download);

        series.reset();
        proxy.reset();
        model.reset();
        heapBefore = heapInUse();
        model = std::make_unique<ClickTableModel>();
        proxy = std::make_unique<ClickFilterProxy>();
        proxy->setSourceModel(model.get());
        series = std::make_unique<ClickSeries>(proxy.get());
        StallMeter stall;
        stall.start();
        QElapsedTimer t;
        t.start();
        std::unique_ptr<ClickStream> stream(v3->clicks(campaign.id, campaign.links.value(0).id, noDate));
        QObject::connect(stream.get(), &ClickStream::batchReady, model.get(), &ClickTableModel::appendBatch);
        QEventLoop loop;
        QObject::connect(stream.get(), &ClickStream::finished, &loop, [&](const StreamSummary &s) {
            requests = s.requests;
            loop.quit();
        });
        QObject::connect(stream.get(), &ClickStream::failed, &loop, [&](const ApiError &e, const StreamSummary &) {
            out << label << "load failed: " << e.userMessage() << '\n';
            loop.quit();
        });
        stream->start();
        loop.exec();
        const qint64 load = t.elapsed();
        bestLoad = std::min(bestLoad, load);
        worstStall = std::max(worstStall, stall.stop());
        loadedRows = model->rowCount();
        heapAfter = heapInUse();
        rounds << QStringLiteral("download %1 ms, load %2 ms (%3)")
                      .arg(download)
                      .arg(load)
                      .arg(QString::number(double(load) / double(download), 'f', 2));
    }
    out << label << "rounds, alternated: " << rounds.join(QStringLiteral("; ")) << '\n';
    out << label
        << "download only (QNetworkAccessManager, _links.next.href by byte search): best of 2 = " << bestDownload
        << " ms for " << rowsDownloaded << " rows\n";
    out << label
        << "full load (V3Backend ClickStream: HttpClient + V3Pager + simdjson + ClickTableModel + ClickFilterProxy + "
           "ClickSeries): best of 2 = "
        << bestLoad << " ms for " << loadedRows << " rows, " << requests << " requests\n";
    out << label << "ratio load / download = " << QString::number(double(bestLoad) / double(bestDownload), 'f', 2)
        << "; longest event-loop stall during the loads = " << worstStall << " ms\n";
    const auto &store = model->store();
    if (heapAfter > heapBefore)
        out << label << "memory: heap in use grew by " << (heapAfter - heapBefore) / 1024
            << " KiB for model + proxy + series = "
            << QString::number(double(heapAfter - heapBefore) / double(loadedRows), 'f', 1) << " bytes per click (";
    else
        out << label << "memory: heap not measured on this platform (";
    out << store.contactCount() << " contacts; the store's own estimate "
        << QString::number(double(store.memoryBytes()) / double(loadedRows), 'f', 1) << " bytes per click)\n";
    series.reset();
    proxy.reset();
    model.reset();

    QList<QByteArray> pages;
    qint64 rows = 0;
    downloadV3(nam, base, firsts, token, &rows, &pages);
    V3::ClickPageParser parser;
    const QByteArray campaignId = campaign.id.toUtf8();
    fromMemory(label, pages, [&](QByteArray &page) { return std::move(parser.parse(page, campaignId).value->batch); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<QByteArray> numbers;
    QByteArray api; // empty: both
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--api" && i + 1 < argc)
            api = argv[++i];
        else if (arg.startsWith("--api="))
            api = arg.mid(6);
        else
            numbers.append(arg);
    }
    if (!api.isEmpty() && api != "v2" && api != "v3") {
        out << "usage: bench_load_clicks [CLICKS] [CONTACTS] [--api v2|v3]\n";
        return 2;
    }
    const qint64 clicks = numbers.size() > 0 ? numbers[0].toLongLong() : 1000000;
    const qint64 contacts = numbers.size() > 1 ? numbers[1].toLongLong() : 300000;

    QProcess sandbox;
    sandbox.start(QStringLiteral(CLICKSCOPE_SANDBOX_EXE),
        { QStringLiteral("--campaigns"), QStringLiteral("1"), QStringLiteral("--links"), QStringLiteral("1"),
            QStringLiteral("--clicks"), QString::number(clicks), QStringLiteral("--contacts"),
            QString::number(contacts) });
    QByteArray line;
    while (!line.contains('\n') && sandbox.waitForReadyRead(60000))
        line += sandbox.readAllStandardOutput();
    const QUrl base(QString::fromUtf8(line.trimmed()));

    QNetworkAccessManager nam;
    if (api == "v3") {
        benchV3(app, nam, base, clicks, contacts);
        sandbox.kill();
        sandbox.waitForFinished();
        return 0;
    }
    HttpClient client(&nam);
    client.setBaseUrl(base);
    client.setAuthenticator(V2KeyAuthenticator::make(
        Credentials::v2(QStringLiteral("clickscope-demo-key"), QStringLiteral("clickscope-demo-token"))));
    client.rateLimiter()->setRate(0);
    client.rateLimiter()->setDailyLimit(0);
    V2Backend v2(&client);
    Campaign campaign;
    QEventLoop setup;
    v2.campaigns(QStringLiteral("SENT"), &app, [&](const QList<CampaignSummary> &list, const ApiError &) {
        v2.campaign(list.value(0).id, &app, [&](const Campaign &c, const ApiError &) {
            campaign = c;
            setup.quit();
        });
    });
    setup.exec();
    const QByteArray first = "/v2/emailmarketing/campaigns/" + campaign.id.toUtf8() + "/tracking/clicks/"
        + campaign.links.value(0).id.toUtf8() + "?limit=500";

    out << "Loading " << clicks << " clicks of " << contacts << " contacts (one link, 500-row pages) from "
        << "clickscope-sandbox in its own process; no rate limit.\n";

    // --- 1. download only vs full load, alternated, twice each -------------------------------------------------
    qint64 bestDownload = INT64_MAX, bestLoad = INT64_MAX, worstStall = 0, rowsDownloaded = 0;
    std::size_t heapBefore = 0, heapAfter = 0;
    int loadedRows = 0;
    qint64 requests = 0;
    std::unique_ptr<ClickTableModel> model;
    std::unique_ptr<ClickFilterProxy> proxy;
    std::unique_ptr<ClickSeries> series;
    for (int round = 0; round < 2; ++round) {
        bestDownload = std::min(bestDownload, downloadOnly(nam, base, first, &rowsDownloaded));

        series.reset();
        proxy.reset();
        model.reset();
        heapBefore = heapInUse();
        model = std::make_unique<ClickTableModel>();
        proxy = std::make_unique<ClickFilterProxy>();
        proxy->setSourceModel(model.get());
        series = std::make_unique<ClickSeries>(proxy.get());
        StallMeter stall;
        stall.start();
        QElapsedTimer t;
        t.start();
        std::unique_ptr<Pager> pager(v2.clickPager(campaign.id, campaign.links.value(0).id, noDate));
        QObject::connect(pager.get(), &Pager::batchReady, model.get(), &ClickTableModel::appendBatch);
        QEventLoop loop;
        QObject::connect(pager.get(), &Pager::finished, &loop, [&](const PagerSummary &s) {
            requests = s.requests;
            loop.quit();
        });
        QObject::connect(pager.get(), &Pager::failed, &loop, [&](const ApiError &e) {
            out << "load failed: " << e.userMessage() << '\n';
            loop.quit();
        });
        pager->start();
        loop.exec();
        bestLoad = std::min(bestLoad, t.elapsed());
        worstStall = std::max(worstStall, stall.stop());
        loadedRows = model->rowCount();
        heapAfter = heapInUse();
    }
    out << "  download only (QNetworkAccessManager, next_link by byte search): best of 2 = " << bestDownload
        << " ms for " << rowsDownloaded << " rows\n";
    out << "  full load (HttpClient + v2 Pager + simdjson + ClickTableModel + ClickFilterProxy + ClickSeries): best of "
           "2 = "
        << bestLoad << " ms for " << loadedRows << " rows, " << requests << " requests\n";
    out << "  ratio load / download = " << QString::number(double(bestLoad) / double(bestDownload), 'f', 2)
        << "; longest event-loop stall during the loads = " << worstStall << " ms\n";

    const auto &store = model->store();
    if (heapAfter > heapBefore)
        out << "  memory: heap in use grew by " << (heapAfter - heapBefore) / 1024
            << " KiB for model + proxy + series = "
            << QString::number(double(heapAfter - heapBefore) / double(loadedRows), 'f', 1) << " bytes per click (";
    else
        out << "  memory: heap not measured on this platform (";
    out << store.contactCount() << " contacts; the store's own estimate "
        << QString::number(double(store.memoryBytes()) / double(loadedRows), 'f', 1) << " bytes per click)\n";

    // --- 1b. the same pages from memory: what the UI thread spends per page, without any network ------------------
    {
        QList<QByteArray> pages;
        qint64 rows = 0;
        downloadOnly(nam, base, first, &rows, &pages);
        ClickPageParser parser;
        fromMemory(
            QStringLiteral("  "), pages, [&](QByteArray &page) { return std::move(parser.parse(page).value->batch); });
    }

    // --- 1c. the same with v3's UUIDs, against the same sandbox (the v2 model stays as it is for 3. and 4.) -------
    if (api.isEmpty())
        benchV3(app, nam, base, clicks, contacts);

    if (qEnvironmentVariableIsSet("CLICKSCOPE_BENCH_LOAD_ONLY"))
        return 0;

    // --- 2. the plain Python pager -----------------------------------------------------------------------------
    {
        QProcess py;
        py.start(QStringLiteral("python3"),
            { QStringLiteral(CLICKSCOPE_SOURCE_DIR "/bench/python_pager.py"), base.toString(),
                QString::fromUtf8(first) });
        py.waitForFinished(600000);
        const QList<QByteArray> parts = py.readAllStandardOutput().trimmed().split(' ');
        const double seconds = parts.value(1).toDouble();
        out << "  plain Python pager (urllib + json): " << parts.value(0) << " rows in " << qint64(seconds * 1000)
            << " ms; ClickScope's full load is " << QString::number(seconds * 1000.0 / double(bestLoad), 'f', 1)
            << "x faster\n";
    }
    sandbox.kill();
    sandbox.waitForFinished();

    // --- 3. filtering 1M rows ------------------------------------------------------------------------------------
    out << "Filtering " << model->rowCount() << " rows (email substring, case-insensitive):\n";
    QSortFilterProxyModel stock;
    stock.setSourceModel(model.get());
    stock.setFilterKeyColumn(ClickTableModel::EmailColumn);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    double worstRatio = 1e9;
    for (const QString &needle : { QStringLiteral("example.org"), QStringLiteral("garcia"), QStringLiteral("zoë"),
             QStringLiteral("nobody-has-this") }) {
        QElapsedTimer t;
        t.start();
        stock.setFilterFixedString(needle);
        const int stockRows = stock.rowCount(); // the stock proxy may filter lazily: count it in
        const qint64 stockNs = t.nsecsElapsed();
        t.restart();
        proxy->setTextFilter(needle);
        const qint64 oursNs = t.nsecsElapsed();
        const double ratio = double(stockNs) / double(std::max<qint64>(oursNs, 1));
        worstRatio = std::min(worstRatio, ratio);
        out << "  \"" << needle << "\": stock QSortFilterProxyModel " << stockNs / 1000000 << " ms (" << stockRows
            << " rows), ClickFilterProxy " << QString::number(double(oursNs) / 1e6, 'f', 1) << " ms ("
            << proxy->rowCount() << " rows incl. contact-id matches) = " << QString::number(ratio, 'f', 1) << "x\n";
        stock.setFilterFixedString(QString());
        proxy->setTextFilter(QString());
    }
    out << "  slowest ratio: " << QString::number(worstRatio, 'f', 1) << "x\n";

    // --- 4. re-bucketing the chart --------------------------------------------------------------------------------
    out << "Re-bucketing the series over " << model->rowCount() << " rows:";
    for (auto bucket : { ClickSeries::Bucket::Hour, ClickSeries::Bucket::Day, ClickSeries::Bucket::Week }) {
        QElapsedTimer t;
        t.start();
        series->setBucket(bucket);
        out << ' ' << QString::number(double(t.nsecsElapsed()) / 1e6, 'f', 1) << " ms (" << series->points().size()
            << " buckets)";
    }
    out << '\n';
    return 0;
}
