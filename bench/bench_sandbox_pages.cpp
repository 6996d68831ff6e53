// SPDX-License-Identifier: GPL-3.0-or-later
// How fast does the sandbox serve a 1,000,000-click link, and how much memory does it take?
//
// Starts clickscope-sandbox as its own process (--campaigns 1 --links 1 --clicks N), then a simple client
// loop in this process follows next_link from the first page to the last with QNetworkAccessManager, one
// request at a time, and counts rows with a byte search (no JSON parsing: this measures the server).
// Prints the time, pages per second, rows, bytes, and the sandbox's peak RSS (VmHWM). Also times page
// generation alone (Sandbox::handle, no HTTP) in this process.
//
// For scale, the same client loop also fetches a fixed page of the same size 2,000 times from a minimal
// Qt HttpServer that does nothing else (this executable started again with --static-server FILE): the
// ratio of the two is the sandbox's own cost.
//
// Usage: bench_sandbox_pages [CLICKS]   (default 1000000)
#include "sandbox/sandbox.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTextStream>
#include <QUrlQuery>

#include <cstdio>

using namespace ClickScope::Sandbox;

namespace {

QByteArray fetch(QNetworkAccessManager &nam, const QUrl &url, int *status)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", QByteArray("Bearer ") + defaultAccessToken);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop; // a benchmark's own client loop, not application code
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QUrl withKey(const QUrl &base, const QString &pathAndQuery)
{
    QUrl url = base.resolved(QUrl(pathAndQuery));
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("api_key"), QLatin1String(defaultApiKey));
    url.setQuery(q);
    return url;
}

// A server that answers every request with the same bytes: the floor for a Qt HttpServer on this machine.
class StaticServer : public QAbstractHttpServer
{
public:
    explicit StaticServer(QByteArray body)
        : m_body(std::move(body))
    { }

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &, QHttpServerResponder &responder) override
    {
        responder.write(
            m_body, QByteArrayLiteral("application/json;charset=UTF-8"), QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &) override
    { }
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket)
            .write(m_body, QByteArrayLiteral("application/json;charset=UTF-8"), QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override
    { }
#endif

private:
    QByteArray m_body;
};

int serveStatic(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    StaticServer server(f.readAll());
    auto *tcp = new QTcpServer(&server);
    if (!tcp->listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 1;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!server.bind(tcp))
        return 1;
#else
    server.bind(tcp);
#endif
    std::printf("http://127.0.0.1:%d\n", int(tcp->serverPort()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

QUrl startServer(QProcess &process, const QString &program, const QStringList &args, qint64 *startupMs)
{
    QElapsedTimer startup;
    startup.start();
    process.start(program, args);
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(60000))
        line += process.readAllStandardOutput();
    *startupMs = startup.elapsed();
    return QUrl(QString::fromUtf8(line.trimmed()));
}

qint64 peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--static-server")
        return serveStatic(QString::fromLocal8Bit(argv[2]));
    const qint64 clicks = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTextStream out(stdout);
    QByteArray samplePage;

    // 1. Page generation alone, in process.
    {
        SandboxConfig config;
        config.data.campaigns = 1;
        config.data.linksPerCampaign = 1;
        config.data.clicks = clicks;
        QElapsedTimer t;
        t.start();
        Sandbox sandbox(config);
        const qint64 buildMs = t.elapsed();
        ApiRequest request;
        request.authorization = QByteArray("Bearer ") + defaultAccessToken;
        request.query = { { "api_key", defaultApiKey } };
        const Campaign &c = sandbox.dataset().campaigns()[0];
        request.path = "/v2/emailmarketing/campaigns/" + QByteArray::number(qlonglong(c.id)) + "/tracking/clicks/"
            + QByteArray::number(qlonglong(c.links[0].id));
        t.restart();
        int pages = 0;
        qint64 bytes = 0;
        // Every page of the link, following the cursors, as a client would.
        ApiRequest next = request;
        while (true) {
            const ApiResponse r = sandbox.handle(next);
            bytes += r.body.size();
            ++pages;
            if (samplePage.isEmpty())
                samplePage = r.body;
            const qsizetype at = r.body.indexOf("?next=");
            if (at < 0)
                break;
            next.query
                = { { "api_key", defaultApiKey }, { "next", r.body.mid(at + 6, r.body.indexOf('"', at) - at - 6) } };
        }
        const double seconds = double(t.elapsed()) / 1000.0;
        out << "generation: dataset of " << clicks << " clicks built in " << buildMs << " ms; all " << pages
            << " pages (" << bytes / pages << " bytes each) generated in " << t.elapsed()
            << " ms = " << QString::number(pages / seconds, 'f', 0) << " pages/s\n";
    }

    // 2. The floor: a fixed page of the same size from a server that does nothing else.
    QNetworkAccessManager nam;
    int status = 0;
    double staticPagesPerSecond = 0;
    {
        QTemporaryFile pageFile;
        pageFile.open();
        pageFile.write(samplePage);
        pageFile.flush();
        QProcess server;
        qint64 ignored = 0;
        const QUrl base = startServer(server, QCoreApplication::applicationFilePath(),
            { QStringLiteral("--static-server"), pageFile.fileName() }, &ignored);
        QElapsedTimer t;
        t.start();
        qint64 rows = 0;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray body = fetch(nam, withKey(base, QStringLiteral("/v2/x")), &status);
            rows += body.count("\"EMAIL_CLICK\"");
        }
        const qint64 ms = t.elapsed();
        staticPagesPerSecond = 2000 * 1000.0 / double(ms);
        out << "static server: 2000 fixed pages of " << samplePage.size() << " bytes (" << rows << " rows) in " << ms
            << " ms = " << QString::number(staticPagesPerSecond, 'f', 0) << " pages/s\n";
        server.kill();
        server.waitForFinished();
    }

    // 3. The sandbox over HTTP, in its own process.
    QProcess sandbox;
    qint64 startupMs = 0;
    const QUrl base = startServer(sandbox, QStringLiteral(CLICKSCOPE_SANDBOX_EXE),
        { QStringLiteral("--campaigns"), QStringLiteral("1"), QStringLiteral("--links"), QStringLiteral("1"),
            QStringLiteral("--clicks"), QString::number(clicks) },
        &startupMs);
    if (!base.isValid()) {
        std::fprintf(stderr, "sandbox did not start\n");
        return 1;
    }
    const QJsonDocument list
        = QJsonDocument::fromJson(fetch(nam, withKey(base, QStringLiteral("/v2/emailmarketing/campaigns")), &status));
    const QString campaignId = list[QLatin1String("results")][0][QLatin1String("id")].toString();
    const QJsonDocument detail = QJsonDocument::fromJson(
        fetch(nam, withKey(base, QStringLiteral("/v2/emailmarketing/campaigns/") + campaignId), &status));
    const QString linkId = detail[QLatin1String("click_through_details")][0][QLatin1String("url_uid")].toString();
    const qint64 rssBefore = peakRssKb(sandbox.processId());

    QString path = QStringLiteral("/v2/emailmarketing/campaigns/%1/tracking/clicks/%2").arg(campaignId, linkId);
    qint64 rows = 0, bytes = 0;
    int pages = 0;
    QElapsedTimer t;
    t.start();
    while (!path.isEmpty()) {
        const QByteArray body = fetch(nam, withKey(base, path), &status);
        if (status != 200) {
            std::fprintf(stderr, "HTTP %d on page %d\n", status, pages + 1);
            return 1;
        }
        ++pages;
        bytes += body.size();
        rows += body.count("\"EMAIL_CLICK\"");
        const qsizetype at = body.indexOf("\"next_link\":\"");
        path = at < 0 ? QString() : QString::fromUtf8(body.mid(at + 13, body.indexOf('"', at + 13) - at - 13));
    }
    const qint64 ms = t.elapsed();
    const qint64 rss = peakRssKb(sandbox.processId());
    sandbox.kill();
    sandbox.waitForFinished();

    out << "http: " << pages << " pages, " << rows << " rows, " << bytes / 1024 / 1024 << " MiB in " << ms
        << " ms = " << QString::number(pages * 1000.0 / double(ms), 'f', 0) << " pages/s, "
        << QString::number(double(bytes) / 1048576.0 / (double(ms) / 1000.0), 'f', 0) << " MiB/s; "
        << QString::number(pages * 1000.0 / double(ms) / staticPagesPerSecond * 100.0, 'f', 0)
        << "% of the static server's rate\n";
    out << "sandbox process: ready after " << startupMs << " ms; peak RSS " << rssBefore / 1024
        << " MiB before paging, " << rss / 1024 << " MiB after\n";
    return rows == clicks ? 0 : 1;
}
