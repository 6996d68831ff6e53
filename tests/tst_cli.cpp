// SPDX-License-Identifier: GPL-3.0-or-later
// clickscope-cli as a process against the sandbox (on its own thread): every command, every exit code, output
// compared row by row with the sandbox's own data, read back by Python's csv module.
#include "domain/isotime.h"
#include "sandbox/sandboxthread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace ClickScope;
using namespace ClickScope::Sandbox;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QList<QStringList> parseCsv(const QByteArray &data)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("x.csv")));
    f.open(QIODevice::WriteOnly);
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

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void campaigns();
    void links();
    void clicksMatchTheSandbox();
    void clicksSince();
    void clicksJsonl();
    void clicksToFileIsAtomic();
    void contact();
    void exitCodes_data();
    void exitCodes();
    void credentialsFromTheKeychainOnly();
    void closedPipeIsANormalEnd_data();
    void closedPipeIsANormalEnd();

private:
    Run cli(const QStringList &args, const QString &faults = {}, const QProcessEnvironment &extra = {});
    QString campaignWithClicks() const;
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Dataset> m_data; // the same seed: the sandbox's own data
};

void TestCli::initTestCase()
{
    SandboxConfig config;
    config.data.seed = 17;
    config.data.campaigns = 7;
    config.data.clicks = 6000;
    config.data.contacts = 1000;
    m_sandbox = std::make_unique<SandboxThread>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_data = std::make_unique<Dataset>(config.data);
}

Run TestCli::cli(const QStringList &args, const QString &faults, const QProcessEnvironment &extra)
{
    // A fresh sandbox per fault plan would be slow; the plan goes through a second sandbox when needed.
    std::unique_ptr<SandboxThread> faulty;
    QUrl base = m_sandbox->baseUrl();
    if (!faults.isEmpty()) {
        SandboxConfig config = m_sandbox->config();
        faulty = std::make_unique<SandboxThread>(config);
        faulty->start();
        base = faulty->baseUrl();
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLICKSCOPE_API_KEY"), QString::fromLatin1(defaultApiKey));
    env.insert(QStringLiteral("CLICKSCOPE_ACCESS_TOKEN"), QString::fromLatin1(defaultAccessToken));
    env.insert(QStringLiteral("CLICKSCOPE_MAX_RPS"), QStringLiteral("0"));
    env.insert(QStringLiteral("CLICKSCOPE_RETRY_BASE_MS"), QStringLiteral("5"));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    for (const QString &k : extra.keys())
        if (extra.value(k).isEmpty())
            env.remove(k);
    p.setProcessEnvironment(env);
    QStringList all = args;
    if (!args.contains(QStringLiteral("--demo")) && !args.contains(QStringLiteral("--api-base")))
        all.prepend(base.toString()), all.prepend(QStringLiteral("--api-base"));
    if (faulty)
        // The fault plan is set on the sandbox thread's object through its C++ API.
        QMetaObject::invokeMethod(
            faulty->sandbox(), [s = faulty->sandbox(), faults] { s->setFaultPlan(*FaultPlan::parse(faults)); },
            Qt::BlockingQueuedConnection);
    p.start(QStringLiteral(CLICKSCOPE_CLI_EXE), all);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

QString TestCli::campaignWithClicks() const
{
    for (const auto &c : m_data->campaigns())
        if (c.status == CampaignStatus::Sent && c.clickCount > 1000)
            return QString::number(c.id);
    return {};
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("program") << QStringList { QStringLiteral("--help") } << QStringLiteral("Exit codes");
    QTest::newRow("campaigns") << QStringList { QStringLiteral("campaigns"), QStringLiteral("--help") }
                               << QStringLiteral("--status");
    QTest::newRow("links") << QStringList { QStringLiteral("links"), QStringLiteral("--help") }
                           << QStringLiteral("link_id,url,click_count");
    QTest::newRow("clicks") << QStringList { QStringLiteral("clicks"), QStringLiteral("--help") }
                            << QStringLiteral("--since");
    QTest::newRow("contact") << QStringList { QStringLiteral("contact"), QStringLiteral("--help") }
                             << QStringLiteral("--activity");
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(mentions), r.out.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("export") };
    QTest::newRow("missing id") << QStringList { QStringLiteral("links") };
    QTest::newRow("extra argument") << QStringList { QStringLiteral("campaigns"), QStringLiteral("x") };
    QTest::newRow("bad since") << QStringList { QStringLiteral("clicks"), QStringLiteral("1"),
        QStringLiteral("--since"), QStringLiteral("yesterday") };
    QTest::newRow("bad format") << QStringList { QStringLiteral("clicks"), QStringLiteral("1"),
        QStringLiteral("--format"), QStringLiteral("xml") };
    QTest::newRow("bad status") << QStringList { QStringLiteral("campaigns"), QStringLiteral("--status"),
        QStringLiteral("LOST") };
    QTest::newRow("option of another command") << QStringList { QStringLiteral("links"), QStringLiteral("1"),
        QStringLiteral("--since"), QStringLiteral("2020-01-01") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("campaigns"), QStringLiteral("--api-key"),
        QStringLiteral("x") };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY(r.err.startsWith(QLatin1String("clickscope-cli: ")));
}

void TestCli::campaigns()
{
    const Run r = cli({ QStringLiteral("campaigns") });
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.value(0),
        QStringList({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
            QStringLiteral("modified_date") }));
    QCOMPARE(rows.size(), 1 + int(m_data->campaigns().size()));
    for (int i = 1; i < rows.size(); ++i) {
        const int index = m_data->campaignIndexForId(rows[i][0].toLongLong());
        QVERIFY(index >= 0);
        const auto &c = m_data->campaigns()[std::size_t(index)];
        QCOMPARE(rows[i][1], QString::fromUtf8(c.name));
        QCOMPARE(rows[i][3], QString::fromLatin1(formatIsoUtcMs(c.modifiedMs)));
    }
    const Run sent = cli({ QStringLiteral("campaigns"), QStringLiteral("--status"), QStringLiteral("sent") });
    for (const QStringList &row : parseCsv(sent.out).mid(1))
        QCOMPARE(row[2], QStringLiteral("SENT"));
}

void TestCli::links()
{
    const QString id = campaignWithClicks();
    const Run r = cli({ QStringLiteral("links"), id });
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    const auto &c = m_data->campaigns()[std::size_t(m_data->campaignIndexForId(id.toLongLong()))];
    QCOMPARE(rows.size(), 1 + int(c.links.size()));
    for (std::size_t l = 0; l < c.links.size(); ++l) {
        QCOMPARE(rows[int(l) + 1][0], QString::number(c.links[l].id));
        QCOMPARE(rows[int(l) + 1][1], QString::fromUtf8(c.links[l].url));
        QCOMPARE(rows[int(l) + 1][2], QString::number(c.links[l].clicks.size()));
    }
}

void TestCli::clicksMatchTheSandbox()
{
    const QString id = campaignWithClicks();
    const int ci = m_data->campaignIndexForId(id.toLongLong());
    const auto &c = m_data->campaigns()[std::size_t(ci)];
    const Run r = cli({ QStringLiteral("clicks"), id });
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.size(), 1 + int(c.clickCount));
    const auto safe = [](const QString &v) {
        return !v.isEmpty() && QStringLiteral("=+-@").contains(v.front()) ? QLatin1Char('\'') + v : v;
    };
    for (std::uint32_t k = 0; k < c.clickCount; ++k) {
        const std::uint32_t i = c.clickCount - 1 - k; // newest first
        const auto &link = c.links[std::size_t(m_data->clickLink(ci, i))];
        const std::uint32_t contact = m_data->clickContact(ci, i);
        const QStringList want { QStringLiteral("EMAIL_CLICK"), id, QString::number(link.id),
            safe(QString::fromUtf8(link.url)), QString::number(Dataset::contactId(contact)),
            safe(QString::fromUtf8(m_data->email(contact))),
            QString::fromLatin1(formatIsoUtcMs(m_data->clickTime(ci, i))) };
        if (rows[int(k) + 1] != want)
            QFAIL(qPrintable(QStringLiteral("row %1: %2 != %3")
                                 .arg(k)
                                 .arg(rows[int(k) + 1].join(QLatin1Char('|')), want.join(QLatin1Char('|')))));
    }
}

void TestCli::clicksSince()
{
    const QString id = campaignWithClicks();
    const int ci = m_data->campaignIndexForId(id.toLongLong());
    const auto &c = m_data->campaigns()[std::size_t(ci)];
    const std::int64_t since = m_data->clickTime(ci, c.clickCount / 2);
    const auto &link = c.links[0];
    const Run r = cli({ QStringLiteral("clicks"), id, QStringLiteral("--link"), QString::number(link.id),
        QStringLiteral("--since"), QString::fromLatin1(formatIsoUtcMs(since)) });
    QCOMPARE(r.exitCode, 0);
    // The same data filtered independently.
    int want = 0;
    for (std::uint32_t i : link.clicks)
        want += m_data->clickTime(ci, i) >= since ? 1 : 0;
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.size(), 1 + want);
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row[2], QString::number(link.id));
        QVERIFY(row[6] >= QString::fromLatin1(formatIsoUtcMs(since)));
    }
}

void TestCli::clicksJsonl()
{
    const QString id = campaignWithClicks();
    const Run csv = cli({ QStringLiteral("clicks"), id });
    const Run jsonl = cli({ QStringLiteral("clicks"), id, QStringLiteral("--format"), QStringLiteral("jsonl") });
    QCOMPARE(jsonl.exitCode, 0);
    const QList<QStringList> rows = parseCsv(csv.out);
    const QList<QByteArray> lines = jsonl.out.split('\n');
    QCOMPARE(lines.size(), rows.size()); // header vs trailing empty line
    const QStringList fields = rows[0];
    for (int k = 1; k < rows.size(); ++k) {
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(lines[k - 1], &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(o.keys().size(), fields.size());
        for (int f = 0; f < fields.size(); ++f) {
            const QString v = o.value(fields[f]).toString();
            // CSV adds "'" before formula-like cells; JSON carries the value itself.
            QCOMPARE(
                rows[k][f], !v.isEmpty() && QStringLiteral("=+-@").contains(v.front()) ? QLatin1Char('\'') + v : v);
        }
    }
}

void TestCli::clicksToFileIsAtomic()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.csv"));
    const QString id = campaignWithClicks();
    const Run ok = cli({ QStringLiteral("clicks"), id, QStringLiteral("--output"), file });
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("activity_type,"));
    f.close();
    // A failure on page 3: no file at all (not even the first pages), and the earlier file is untouched.
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    const Run bad = cli(
        { QStringLiteral("clicks"), id, QStringLiteral("--output"), second }, QStringLiteral("clicks:3:status=401"));
    QCOMPARE(bad.exitCode, 3);
    QVERIFY(!QFileInfo::exists(second));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ QStringLiteral("out.csv") }));
}

void TestCli::contact()
{
    const Run r = cli({ QStringLiteral("contact"), QStringLiteral("12"), QStringLiteral("--activity") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("id")).toString(), QStringLiteral("12"));
    QCOMPARE(o.value(QLatin1String("first_name")).toString(), QString::fromUtf8(m_data->firstName(11)));
    QCOMPARE(o.value(QLatin1String("email_addresses")).toArray()[0][QLatin1String("email_address")].toString(),
        QString::fromUtf8(m_data->email(11)));
    QCOMPARE(o.value(QLatin1String("activity")).toArray().size(),
        qsizetype(m_data->contactActivities(11, std::nullopt).size()));
    const Run plain = cli({ QStringLiteral("contact"), QStringLiteral("12") });
    QVERIFY(!QJsonDocument::fromJson(plain.out).object().contains(QLatin1String("activity")));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString id = QStringLiteral("%CAMPAIGN%");
    QTest::newRow("0 ok") << QStringList { QStringLiteral("links"), id } << QString() << 0 << QString();
    QTest::newRow("3 token rejected") << QStringList { QStringLiteral("clicks"), id }
                                      << QStringLiteral("clicks:1:status=401") << 3
                                      << QStringLiteral("Injected fault: HTTP 401");
    QTest::newRow("3 key inactive") << QStringList { QStringLiteral("campaigns") }
                                    << QStringLiteral("campaigns:1:status=403/mashery.not.authorized.inactive") << 3
                                    << QStringLiteral("HTTP 403");
    QTest::newRow("4 unknown campaign") << QStringList { QStringLiteral("clicks"), QStringLiteral("1234567890123") }
                                        << QString() << 4 << QStringLiteral("Campaign ID not found.");
    QTest::newRow("4 unknown contact") << QStringList { QStringLiteral("contact"), QStringLiteral("99999999") }
                                       << QString() << 4 << QStringLiteral("No persons found");
    QTest::newRow("5 daily quota") << QStringList { QStringLiteral("clicks"), id } << QStringLiteral("clicks:2:quota")
                                   << 5 << QStringLiteral("rate limit quota");
    QTest::newRow("6 server errors") << QStringList { QStringLiteral("clicks"), id }
                                     << QStringLiteral("clicks:2+:status=503") << 6 << QStringLiteral("HTTP 503");
    QTest::newRow("6 dropped connections")
        << QStringList { QStringLiteral("links"), id } << QStringLiteral("campaign:*:drop") << 6
        << QStringLiteral("closed the connection");
    QTest::newRow("7 malformed page") << QStringList { QStringLiteral("clicks"), id }
                                      << QStringLiteral("clicks:2:malformed") << 7
                                      << QStringLiteral("Invalid click page");
    QTest::newRow("7 foreign link") << QStringList { QStringLiteral("clicks"), id }
                                    << QStringLiteral("clicks:1:foreign-link") << 7
                                    << QStringLiteral("not on the API's own address");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, faults);
    QFETCH(int, code);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("%CAMPAIGN%"), campaignWithClicks());
    const Run r = cli(args, faults);
    QCOMPARE(r.exitCode, code);
    if (code != 0) {
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String(defaultApiKey)) && !r.err.contains(QLatin1String(defaultAccessToken)));
    }
}

void TestCli::credentialsFromTheKeychainOnly()
{
    // Without the environment variables and with nothing in the keychain for this host: exit 3 and say how.
    QProcessEnvironment none;
    none.insert(QStringLiteral("CLICKSCOPE_API_KEY"), QString());
    none.insert(QStringLiteral("CLICKSCOPE_ACCESS_TOKEN"), QString());
    const Run r = cli({ QStringLiteral("campaigns") }, {}, none);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("CLICKSCOPE_API_KEY")), qPrintable(r.err));
}

void TestCli::closedPipeIsANormalEnd_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestCli::closedPipeIsANormalEnd()
{
    // `clickscope-cli clicks ID | head -n 3`, as a shell runs it: head exits after three lines and closes the pipe;
    // the CLI must end quietly with 0 (its next write fails with EPIPE).
#ifndef Q_OS_UNIX
    QSKIP("needs a POSIX shell and head");
#else
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString err = dir.filePath(QStringLiteral("stderr.txt"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLICKSCOPE_API_KEY"), QString::fromLatin1(defaultApiKey));
    env.insert(QStringLiteral("CLICKSCOPE_ACCESS_TOKEN"), QString::fromLatin1(defaultAccessToken));
    env.insert(QStringLiteral("CLICKSCOPE_MAX_RPS"), QStringLiteral("0"));
    env.insert(QStringLiteral("CS_CLI"), QStringLiteral(CLICKSCOPE_CLI_EXE));
    env.insert(QStringLiteral("CS_BASE"), m_sandbox->baseUrl().toString());
    env.insert(QStringLiteral("CS_CAMPAIGN"), campaignWithClicks());
    env.insert(QStringLiteral("CS_FORMAT"), format);
    env.insert(QStringLiteral("CS_ERR"), err);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"),
        { QStringLiteral("-c"),
            QStringLiteral("\"$CS_CLI\" --api-base \"$CS_BASE\" clicks \"$CS_CAMPAIGN\" --format \"$CS_FORMAT\" "
                           "2>\"$CS_ERR\" | head -n 3 >/dev/null; echo \"${PIPESTATUS[0]}\"") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("0")); // the CLI's own exit code
    QFile errors(err);
    QVERIFY(errors.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(errors.readAll()), QString()); // no message
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
