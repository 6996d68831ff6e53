// SPDX-License-Identifier: GPL-3.0-or-later
// clickscope-cli sync and --cached (issue 16) as processes against the sandbox (on its own thread), with real SQLite
// files in a temporary folder: a sync then --cached equals the API row for row (as multisets) and sends nothing,
// syncs killed with SIGKILL at several points and then completed leave every click exactly once in a sound file
// with no secret in it, a daily quota stops a sync with exit 5 and the next sync completes it, and the same for v3.
#include "backend/backendfactory.h"
#include "domain/isotime.h"
#include "sandbox/sandboxthread.h"
#include "sandbox/v3ids.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace ClickScope;
using namespace ClickScope::Sandbox;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

const QStringList clicksHeader { QStringLiteral("activity_type"), QStringLiteral("campaign_id"),
    QStringLiteral("link_id"), QStringLiteral("link_url"), QStringLiteral("contact_id"),
    QStringLiteral("email_address"), QStringLiteral("click_date") };
const QStringList syncHeader { QStringLiteral("campaign_id"), QStringLiteral("name"), QStringLiteral("new_clicks"),
    QStringLiteral("clicks"), QStringLiteral("synced_date") };

// Python's csv module reads the output (an independent reader).
QList<QStringList> parseCsv(const QByteArray &data)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("x.csv")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    f.close();
    QProcess py;
    py.start(QStringLiteral("python3"), { QStringLiteral(CLICKSCOPE_TESTS_DIR "/csv_read.py"), f.fileName() });
    py.waitForFinished(30000);
    QList<QStringList> rows;
    for (const QJsonValue &r : QJsonDocument::fromJson(py.readAllStandardOutput())[QLatin1String("rows")].toArray()) {
        QStringList cells;
        for (const QJsonValue &c : r.toArray())
            cells << c.toString();
        rows << cells;
    }
    return rows;
}

// The data rows (header dropped), sorted: a multiset to compare.
QList<QStringList> multiset(QList<QStringList> rows)
{
    rows.removeFirst();
    std::sort(rows.begin(), rows.end(),
        [](const QStringList &a, const QStringList &b) { return a.join(QChar(1)) < b.join(QChar(1)); });
    return rows;
}

// The first differing row of two multisets, for a readable failure.
QString firstDifference(const QList<QStringList> &a, const QList<QStringList> &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i])
            return QStringLiteral("row %1: %2 != %3")
                .arg(i)
                .arg(a[i].join(QLatin1Char('|')), b[i].join(QLatin1Char('|')));
    return QStringLiteral("%1 rows != %2 rows").arg(a.size()).arg(b.size());
}

bool newestFirst(const QList<QStringList> &rows)
{
    for (qsizetype i = 2; i < rows.size(); ++i)
        if (rows[i].value(6) > rows[i - 1].value(6))
            return false;
    return true;
}

} // namespace

class TestCliCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void helpAndUsage_data();
    void helpAndUsage();
    void syncThenCachedEqualsTheApi();
    void cachedListsLinksAndContact();
    void cachedWithoutCacheIsNotFound();
    void killedSyncsThenACompleteOne();
    void dailyQuotaStopsThenSyncResumes();
    void v3SyncThenCached();
    void defaultFolderIsTheWindows();

private:
    QProcessEnvironment environment(const QString &cacheDir, bool credentials, bool v3) const;
    QStringList arguments(const QStringList &args, bool v3) const;
    Run cli(const QStringList &args, const QString &cacheDir, bool credentials = true, bool v3 = false);
    void call(const std::function<void(ClickScope::Sandbox::Sandbox *)> &f) const;
    int requestCount() const;
    int clickRequestCount() const;
    int biggestSentCampaign() const;
    QString v2Id(int campaign) const { return QString::number(m_data->campaigns()[std::size_t(campaign)].id); }
    QString cacheFile(const QString &dir, ApiVersion api) const
    {
        return QDir(dir).filePath(BackendFactory::cacheFileName(api, m_sandbox->baseUrl()));
    }

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Dataset> m_data;
};

void TestCliCache::initTestCase()
{
    SandboxConfig config;
    config.data.seed = 5;
    config.data.campaigns = 4;
    config.data.clicks = 14000;
    config.data.contacts = 1500;
    config.oauth.tokenQps = 0;
    m_sandbox = std::make_unique<SandboxThread>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_data = std::make_unique<Dataset>(config.data);
    // The kill test needs a walk of more than ten pages of 500.
    QVERIFY(m_data->campaigns()[std::size_t(biggestSentCampaign())].clickCount > 5000);
}

void TestCliCache::init()
{
    call([](ClickScope::Sandbox::Sandbox *s) {
        s->setFaultPlan({});
        s->setDailyQuota(0);
    });
}

void TestCliCache::call(const std::function<void(ClickScope::Sandbox::Sandbox *)> &f) const
{
    ClickScope::Sandbox::Sandbox *s = m_sandbox->sandbox();
    QMetaObject::invokeMethod(
        s, [s, f] { f(s); }, Qt::BlockingQueuedConnection);
}

int TestCliCache::requestCount() const
{
    int n = 0;
    call([&n](ClickScope::Sandbox::Sandbox *s) { n = int(s->requestLog().size()); });
    return n;
}

int TestCliCache::clickRequestCount() const
{
    int n = 0;
    call([&n](ClickScope::Sandbox::Sandbox *s) {
        for (const RequestRecord &r : s->requestLog())
            n += r.route == Route::Clicks || r.route == Route::V3Clicks ? 1 : 0;
    });
    return n;
}

int TestCliCache::biggestSentCampaign() const
{
    int best = -1;
    for (int i = 0; i < int(m_data->campaigns().size()); ++i) {
        const auto &c = m_data->campaigns()[std::size_t(i)];
        if (c.status == CampaignStatus::Sent
            && (best < 0 || c.clickCount > m_data->campaigns()[std::size_t(best)].clickCount))
            best = i;
    }
    return best;
}

QProcessEnvironment TestCliCache::environment(const QString &cacheDir, bool credentials, bool v3) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "CLICKSCOPE_API", "CLICKSCOPE_CLIENT_ID", "CLICKSCOPE_API_KEY", "CLICKSCOPE_ACCESS_TOKEN",
             "CLICKSCOPE_CACHE_DIR" })
        env.remove(QString::fromLatin1(name));
    if (credentials && v3)
        env.insert(QStringLiteral("CLICKSCOPE_ACCESS_TOKEN"), QString::fromLatin1(defaultV3AccessToken));
    if (credentials && !v3) {
        env.insert(QStringLiteral("CLICKSCOPE_API_KEY"), QString::fromLatin1(defaultApiKey));
        env.insert(QStringLiteral("CLICKSCOPE_ACCESS_TOKEN"), QString::fromLatin1(defaultAccessToken));
    }
    if (!cacheDir.isEmpty())
        env.insert(QStringLiteral("CLICKSCOPE_CACHE_DIR"), cacheDir);
    env.insert(QStringLiteral("CLICKSCOPE_MAX_RPS"), QStringLiteral("0")); // the sandbox has no rate limit here
    env.insert(QStringLiteral("CLICKSCOPE_RETRY_BASE_MS"), QStringLiteral("5"));
    return env;
}

QStringList TestCliCache::arguments(const QStringList &args, bool v3) const
{
    const QString base = m_sandbox->baseUrl().toString();
    if (!v3)
        return QStringList { QStringLiteral("--api-base"), base } + args;
    return QStringList { QStringLiteral("--api"), QStringLiteral("v3"), QStringLiteral("--api-base"), base,
        QStringLiteral("--auth-base"), base + QStringLiteral("/oauth2/default/v1"), QStringLiteral("--client-id"),
        QStringLiteral("cli-test") }
    + args;
}

Run TestCliCache::cli(const QStringList &args, const QString &cacheDir, bool credentials, bool v3)
{
    QProcess p;
    p.setProcessEnvironment(environment(cacheDir, credentials, v3));
    p.start(QStringLiteral(CLICKSCOPE_CLI_EXE), arguments(args, v3));
    if (!p.waitForFinished(120000))
        p.kill();
    p.waitForFinished(5000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

void TestCliCache::helpAndUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("program help") << QStringList { QStringLiteral("--help") } << 0
                                  << QStringLiteral("CLICKSCOPE_CACHE_DIR");
    QTest::newRow("sync help") << QStringList { QStringLiteral("sync"), QStringLiteral("--help") } << 0
                               << QStringLiteral("campaign_id,name,new_clicks,clicks,synced_date");
    QTest::newRow("clicks help") << QStringList { QStringLiteral("clicks"), QStringLiteral("--help") } << 0
                                 << QStringLiteral("--cached");
    QTest::newRow("sync --cached") << QStringList { QStringLiteral("sync"), QStringLiteral("--cached") } << 2
                                   << QStringLiteral("does not apply");
    QTest::newRow("--cached of login") << QStringList { QStringLiteral("logout"), QStringLiteral("--cached") } << 2
                                       << QStringLiteral("does not apply");
    QTest::newRow("--cache-dir of a direct command") << QStringList { QStringLiteral("links"), QStringLiteral("1"),
        QStringLiteral("--cache-dir"), QStringLiteral("/tmp") }
                                                     << 2 << QStringLiteral("does not apply");
    QTest::newRow("--cache-dir empty") << QStringList { QStringLiteral("sync"), QStringLiteral("--cache-dir"),
        QString() } << 2 << QStringLiteral("--cache-dir");
}

void TestCliCache::helpAndUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const Run r = cli(args, dir.path());
    QCOMPARE(r.exitCode, code);
    QVERIFY2((code == 0 ? QString::fromUtf8(r.out) : r.err).contains(mentions),
        qPrintable(r.err + QString::fromUtf8(r.out)));
    if (code != 0)
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
}

void TestCliCache::syncThenCachedEqualsTheApi()
{
    QTemporaryDir dir;
    const int campaign = biggestSentCampaign();
    const QString id = v2Id(campaign);
    const auto &c = m_data->campaigns()[std::size_t(campaign)];

    const Run sync = cli({ QStringLiteral("sync"), id }, dir.path());
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    const QList<QStringList> table = parseCsv(sync.out);
    QCOMPARE(table.value(0), syncHeader);
    QCOMPARE(table.size(), 2);
    QCOMPARE(table[1].value(0), id);
    QCOMPARE(table[1].value(1), QString::fromUtf8(c.name));
    QCOMPARE(table[1].value(2), QString::number(c.clickCount)); // all new
    QCOMPARE(table[1].value(3), QString::number(c.clickCount));
    QVERIFY(parseIsoUtcMs(table[1].value(4).toStdString()));
    QVERIFY(QFileInfo::exists(cacheFile(dir.path(), ApiVersion::V2)));

    // --cached: no credentials at all, and not one request.
    const int before = requestCount();
    const Run cached = cli({ QStringLiteral("clicks"), id, QStringLiteral("--cached") }, dir.path(), false);
    QCOMPARE(requestCount(), before);
    QVERIFY2(cached.exitCode == 0, qPrintable(cached.err));
    QCOMPARE(cached.err, QString());
    const QList<QStringList> cachedRows = parseCsv(cached.out);
    QCOMPARE(cachedRows.value(0), clicksHeader);
    QVERIFY(
        cached.out.startsWith("activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date\r\n"));
    QVERIFY(newestFirst(cachedRows));

    const Run direct = cli({ QStringLiteral("clicks"), id }, QString());
    QCOMPARE(direct.exitCode, 0);
    const QList<QStringList> directRows = parseCsv(direct.out);
    QCOMPARE(directRows.size(), 1 + qsizetype(c.clickCount));
    const auto a = multiset(cachedRows), b = multiset(directRows);
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));

    // --since and --link from the cache: the same rows as the API gives for them.
    const int ci = campaign;
    const QString since = QString::fromLatin1(formatIsoUtcMs(m_data->clickTime(ci, c.clickCount / 3)));
    const QString link = QString::number(c.links[1].id);
    const QStringList filter { QStringLiteral("--since"), since, QStringLiteral("--link"), link };
    const int mark = requestCount();
    const Run cachedPart
        = cli(QStringList { QStringLiteral("clicks"), id, QStringLiteral("--cached") } + filter, dir.path(), false);
    QCOMPARE(requestCount(), mark);
    const Run directPart = cli(QStringList { QStringLiteral("clicks"), id } + filter, QString());
    QCOMPARE(cachedPart.exitCode, 0);
    QCOMPARE(directPart.exitCode, 0);
    const auto pa = multiset(parseCsv(cachedPart.out)), pb = multiset(parseCsv(directPart.out));
    QVERIFY(!pa.isEmpty() && pa.size() < a.size());
    QVERIFY2(pa == pb, qPrintable(firstDifference(pa, pb)));

    // jsonl from the cache: one object per click, the contract's fields.
    const Run jsonl = cli({ QStringLiteral("clicks"), id, QStringLiteral("--cached"), QStringLiteral("--format"),
                              QStringLiteral("jsonl") },
        dir.path(), false);
    QCOMPARE(jsonl.exitCode, 0);
    const QList<QByteArray> lines = jsonl.out.trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(c.clickCount));
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    for (const QString &field : clicksHeader)
        QVERIFY2(first.contains(field), qPrintable(field));

    // A second sync asks only for what is new: one click page (v2 created_since from the high-water mark).
    const int clicksBefore = clickRequestCount();
    const Run again = cli({ QStringLiteral("sync"), id }, dir.path());
    QCOMPARE(again.exitCode, 0);
    const QList<QStringList> againTable = parseCsv(again.out);
    QCOMPARE(againTable.value(1).value(2), QStringLiteral("0"));
    QCOMPARE(againTable.value(1).value(3), QString::number(c.clickCount));
    QCOMPARE(clickRequestCount() - clicksBefore, 1);
}

void TestCliCache::cachedListsLinksAndContact()
{
    QTemporaryDir dir;
    // sync with no id: every SENT campaign, and the lists.
    const Run sync = cli({ QStringLiteral("sync"), QStringLiteral("--cache-dir"), dir.path() }, QString());
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    const QList<QStringList> table = parseCsv(sync.out);
    int sent = 0;
    for (const auto &c : m_data->campaigns())
        sent += c.status == CampaignStatus::Sent ? 1 : 0;
    QCOMPARE(table.size(), 1 + sent);
    for (const QStringList &row : table.mid(1)) {
        const int index = m_data->campaignIndexForId(row.value(0).toLongLong());
        QVERIFY(index >= 0);
        QCOMPARE(row.value(3), QString::number(m_data->campaigns()[std::size_t(index)].clickCount));
    }

    for (const QStringList &args : { QStringList { QStringLiteral("campaigns") },
             QStringList { QStringLiteral("campaigns"), QStringLiteral("--status"), QStringLiteral("SENT") },
             QStringList { QStringLiteral("links"), table[1].value(0) } }) {
        const int before = requestCount();
        const Run cached = cli(args + QStringList { QStringLiteral("--cached") }, dir.path(), false);
        QVERIFY2(cached.exitCode == 0, qPrintable(cached.err));
        QCOMPARE(requestCount(), before); // nothing sent
        const Run direct = cli(args, QString());
        QCOMPARE(direct.exitCode, 0);
        QVERIFY(parseCsv(cached.out).size() > 1);
        QCOMPARE(cached.out, direct.out); // the same bytes: same rows, same order
    }

    // A contact: not cached yet (exit 4, nothing sent), then fetched once (written through), then from the cache.
    const QString contact = QStringLiteral("12");
    int mark = requestCount();
    const Run missing
        = cli({ QStringLiteral("contact"), contact, QStringLiteral("--cached"), QStringLiteral("--activity") },
            dir.path(), false);
    QCOMPARE(missing.exitCode, 4);
    QCOMPARE(missing.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(missing.err.contains(QLatin1String("clickscope-cli contact 12 --activity (without --cached)")),
        qPrintable(missing.err));
    QCOMPARE(requestCount(), mark);
    const Run fetched = cli({ QStringLiteral("contact"), contact, QStringLiteral("--activity") }, dir.path());
    QCOMPARE(fetched.exitCode, 0);
    mark = requestCount();
    const Run cached
        = cli({ QStringLiteral("contact"), contact, QStringLiteral("--cached"), QStringLiteral("--activity") },
            dir.path(), false);
    QVERIFY2(cached.exitCode == 0, qPrintable(cached.err));
    QCOMPARE(requestCount(), mark);
    QCOMPARE(cached.out, fetched.out);
    QCOMPARE(QJsonDocument::fromJson(cached.out).object().value(QLatin1String("first_name")).toString(),
        QString::fromUtf8(m_data->firstName(11)));
}

void TestCliCache::cachedWithoutCacheIsNotFound()
{
    QTemporaryDir dir;
    const QString id = v2Id(biggestSentCampaign());
    const int before = requestCount();
    for (const QStringList &args : { QStringList { QStringLiteral("clicks"), id },
             QStringList { QStringLiteral("campaigns") }, QStringList { QStringLiteral("links"), id },
             QStringList { QStringLiteral("contact"), QStringLiteral("3") } }) {
        const Run r = cli(args + QStringList { QStringLiteral("--cached") }, dir.path(), false);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(args[0] == QLatin1String("contact") ? QLatin1String("run clickscope-cli contact 3")
                                                                    : QLatin1String("run clickscope-cli sync first")),
            qPrintable(r.err));
    }
    QCOMPARE(requestCount(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList()); // reading never creates a cache

    // A cache that holds the campaign list but not this campaign's clicks: still not found, nothing sent.
    const Run list = cli({ QStringLiteral("sync"), v2Id(0) == id ? v2Id(1) : v2Id(0) }, dir.path());
    QCOMPARE(list.exitCode, 0);
    const int mark = requestCount();
    const Run r = cli({ QStringLiteral("clicks"), id, QStringLiteral("--cached") }, dir.path(), false);
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(id), qPrintable(r.err));
    QCOMPARE(requestCount(), mark);
}

void TestCliCache::killedSyncsThenACompleteOne()
{
    QTemporaryDir dir;
    const int campaign = biggestSentCampaign();
    const QString id = v2Id(campaign);
    const auto &c = m_data->campaigns()[std::size_t(campaign)];
    // Slow click pages, so that each kill lands in the middle of a walk.
    call([](ClickScope::Sandbox::Sandbox *s) {
        s->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:latency=100")));
    });

    // Each sync goes on where the killed one stopped (the cache keeps the page that was next), so the kills land
    // at pages 1, about 3 and about 6 of the campaign's 11: three different points, none after the end.
    for (const int killAfter : { 1, 2, 3 }) {
        call([](ClickScope::Sandbox::Sandbox *s) { s->clearRequestLog(); });
        QProcess p;
        p.setProcessEnvironment(environment(dir.path(), true, false));
        p.start(QStringLiteral(CLICKSCOPE_CLI_EXE), arguments({ QStringLiteral("sync"), id }, false));
        QVERIFY(p.waitForStarted(10000));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return clickRequestCount() >= killAfter || p.state() == QProcess::NotRunning; }, 30000),
            "the sync served no click pages");
        QCOMPARE(p.state(), QProcess::Running); // still walking: the kill lands mid-sync
        p.kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY(clickRequestCount() < int(c.clickCount / 500) + 1); // the walk did not end
        // The campaign's clicks were never walked to the end: --cached says so instead of showing a part.
        const Run partial = cli({ QStringLiteral("clicks"), id, QStringLiteral("--cached") }, dir.path(), false);
        QCOMPARE(partial.exitCode, 4);
    }

    call([](ClickScope::Sandbox::Sandbox *s) { s->setFaultPlan({}); });
    const Run last = cli({ QStringLiteral("sync"), id }, dir.path());
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));
    const QList<QStringList> table = parseCsv(last.out);
    QCOMPARE(table.value(1).value(3), QString::number(c.clickCount)); // all of them, none twice
    const qint64 added = table.value(1).value(2).toLongLong();
    QVERIFY2(added > 0 && added < qint64(c.clickCount), "the killed syncs stored pages that were kept");

    // The cache holds exactly the campaign's clicks: as the API gives them, and as the generator made them.
    const Run cached = cli({ QStringLiteral("clicks"), id, QStringLiteral("--cached") }, dir.path(), false);
    QCOMPARE(cached.exitCode, 0);
    const Run direct = cli({ QStringLiteral("clicks"), id }, QString());
    QCOMPARE(direct.exitCode, 0);
    const QList<QStringList> cachedRows = parseCsv(cached.out);
    const auto a = multiset(cachedRows), b = multiset(parseCsv(direct.out));
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
    QVERIFY(newestFirst(cachedRows));
    std::vector<Tests::ExpectedClick> want = Tests::expectedClicks(*m_data, campaign, -1), got;
    for (const QStringList &row : cachedRows.mid(1)) {
        QString email = row.value(5);
        if (email.startsWith(QLatin1Char('\'')))
            email.remove(0, 1); // the CSV's formula guard
        got.push_back({ row.value(4).toUtf8(), email.toUtf8(), row.value(2).toUtf8(),
            qint64(*parseIsoUtcMs(row.value(6).toStdString())) });
    }
    const auto order = [](const Tests::ExpectedClick &x, const Tests::ExpectedClick &y) {
        return std::tie(x.ms, x.contactId, x.linkId, x.email) < std::tie(y.ms, y.contactId, y.linkId, y.email);
    };
    std::sort(want.begin(), want.end(), order);
    std::sort(got.begin(), got.end(), order);
    QCOMPARE(got.size(), want.size());
    QVERIFY(got == want);

    // The file is sound after three SIGKILLs.
    const QString file = cacheFile(dir.path(), ApiVersion::V2);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));

    // No secret in any file of the cache (the database, and its log when one is left).
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY(files.contains(QFileInfo(file).fileName()));
    for (const QString &name : files) {
        QFile f(QDir(dir.path()).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(defaultApiKey), qPrintable(name));
        QVERIFY2(!bytes.contains(defaultAccessToken), qPrintable(name));
    }
}

void TestCliCache::dailyQuotaStopsThenSyncResumes()
{
    QTemporaryDir dir;
    const int campaign = biggestSentCampaign();
    const QString id = v2Id(campaign);
    const auto &c = m_data->campaigns()[std::size_t(campaign)];
    // The campaign list, the campaign, then five click pages: the sixth is refused.
    call([](ClickScope::Sandbox::Sandbox *s) { s->setDailyQuota(7); });
    const Run cut = cli({ QStringLiteral("sync"), id }, dir.path());
    QCOMPARE(cut.exitCode, 5);
    QCOMPARE(cut.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(cut.err.contains(QLatin1String("quota")), qPrintable(cut.err));
    QVERIFY2(cut.err.contains(QLatin1String("sync again")), qPrintable(cut.err));
    QCOMPARE(parseCsv(cut.out), QList<QStringList> { syncHeader }); // no campaign completed
    QCOMPARE(cli({ QStringLiteral("clicks"), id, QStringLiteral("--cached") }, dir.path(), false).exitCode, 4);

    call([](ClickScope::Sandbox::Sandbox *s) { s->setDailyQuota(0); });
    const Run resumed = cli({ QStringLiteral("sync"), id }, dir.path());
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const QList<QStringList> table = parseCsv(resumed.out);
    QCOMPARE(table.value(1).value(3), QString::number(c.clickCount));
    QCOMPARE(table.value(1).value(2), QString::number(qint64(c.clickCount) - 5 * 500)); // the five pages were kept

    const Run cached = cli({ QStringLiteral("clicks"), id, QStringLiteral("--cached") }, dir.path(), false);
    const Run direct = cli({ QStringLiteral("clicks"), id }, QString());
    QCOMPARE(cached.exitCode, 0);
    const auto a = multiset(parseCsv(cached.out)), b = multiset(parseCsv(direct.out));
    QCOMPARE(a.size(), qsizetype(c.clickCount));
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
}

void TestCliCache::v3SyncThenCached()
{
    QTemporaryDir dir;
    int campaign = -1;
    for (int i = 0; i < int(m_data->campaigns().size()); ++i)
        if (m_data->campaigns()[std::size_t(i)].status == CampaignStatus::Sent && V3::hasResend(*m_data, i))
            campaign = i;
    if (campaign < 0)
        campaign = biggestSentCampaign();
    const QString id = QString::fromLatin1(V3::campaignId(*m_data, campaign));

    const Run sync = cli({ QStringLiteral("sync"), id }, dir.path(), true, true);
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    const QList<QStringList> table = parseCsv(sync.out);
    QCOMPARE(table.value(0), syncHeader);
    QCOMPARE(table.value(1).value(0), id);
    QVERIFY(QFileInfo::exists(cacheFile(dir.path(), ApiVersion::V3)));

    const int before = requestCount();
    const Run cached = cli({ QStringLiteral("clicks"), id, QStringLiteral("--cached") }, dir.path(), false, true);
    QCOMPARE(requestCount(), before);
    QVERIFY2(cached.exitCode == 0, qPrintable(cached.err));
    const Run direct = cli({ QStringLiteral("clicks"), id }, QString(), true, true);
    QCOMPARE(direct.exitCode, 0);
    const QList<QStringList> cachedRows = parseCsv(cached.out);
    QCOMPARE(cachedRows.value(0), clicksHeader);
    QVERIFY(newestFirst(cachedRows));
    const auto a = multiset(cachedRows), b = multiset(parseCsv(direct.out));
    QVERIFY(!a.isEmpty());
    QCOMPARE(table.value(1).value(3), QString::number(a.size()));
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));

    // No v3 token in the file either.
    QFile f(cacheFile(dir.path(), ApiVersion::V3));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(defaultV3AccessToken));
}

void TestCliCache::defaultFolderIsTheWindows()
{
    // Without --cache-dir or CLICKSCOPE_CACHE_DIR the CLI uses the folder the window uses: the application data
    // folder of organization "ClickScope", application "ClickScope" (src/app/main.cpp).
#ifndef Q_OS_LINUX
    QSKIP("the data folder is moved with XDG_DATA_HOME, on Linux");
#else
    QTemporaryDir home;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
    const QString oldOrganization = QCoreApplication::organizationName(), oldName = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("ClickScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ClickScope"));
    const QString windowFolder = BackendFactory::defaultCacheDir();
    QCoreApplication::setOrganizationName(oldOrganization);
    QCoreApplication::setApplicationName(oldName);

    QProcess p;
    QProcessEnvironment env = environment(QString(), true, false);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CLICKSCOPE_CLI_EXE), arguments({ QStringLiteral("contact"), QStringLiteral("5") }, false));
    QVERIFY(p.waitForFinished(60000));
    if (saved.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", saved);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(windowFolder.startsWith(home.path()), qPrintable(windowFolder));
    QVERIFY2(QFileInfo::exists(cacheFile(windowFolder, ApiVersion::V2)), qPrintable(windowFolder));
#endif
}

QTEST_GUILESS_MAIN(TestCliCache)
#include "tst_cli_cache.moc"
