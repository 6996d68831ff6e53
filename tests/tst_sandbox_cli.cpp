// SPDX-License-Identifier: GPL-3.0-or-later
// The clickscope-sandbox executable: its first stdout line, its options and its refusals.
#include "httptestclient.h"

#include <QProcess>
#include <QTest>

using ClickScope::Tests::HttpTestClient;

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsBaseUrlAndServes();
    void customCredentialsAndFaults();
    void helpDocumentsEveryOption();
    void refusals_data();
    void refusals();

private:
    static QUrl start(QProcess &process, const QStringList &args);
};

QUrl TestSandboxCli::start(QProcess &process, const QStringList &args)
{
    process.start(QStringLiteral(CLICKSCOPE_SANDBOX_EXE), args);
    if (!process.waitForStarted(10000))
        return {};
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 30000) {
        process.waitForReadyRead(1000);
        line += process.readAllStandardOutput();
    }
    return QUrl(QString::fromUtf8(line.left(line.indexOf('\n'))));
}

void TestSandboxCli::printsBaseUrlAndServes()
{
    QProcess process;
    const QUrl base = start(
        process, { QStringLiteral("--clicks"), QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("5") });
    QVERIFY2(base.isValid() && base.scheme() == QLatin1String("http"), qPrintable(base.toString()));
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);
    QVERIFY(base.path().isEmpty());
    HttpTestClient client;
    const auto r = client.get(base, QStringLiteral("/v2/emailmarketing/campaigns?status=SENT"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json()[QLatin1String("results")].toArray().size() >= 6);
    process.kill();
    process.waitForFinished();
}

void TestSandboxCli::customCredentialsAndFaults()
{
    QProcess process;
    const QUrl base = start(process,
        { QStringLiteral("--api-key"), QStringLiteral("k1"), QStringLiteral("--token"), QStringLiteral("t1"),
            QStringLiteral("--faults"), QStringLiteral("campaigns:3:status=502"), QStringLiteral("--campaigns"),
            QStringLiteral("2") });
    QVERIFY(base.isValid());
    HttpTestClient client;
    QCOMPARE(client.get(base, QStringLiteral("/v2/emailmarketing/campaigns")).status, 403); // default key refused
    client.apiKey = "k1";
    client.token = "t1";
    const auto ok = client.get(base, QStringLiteral("/v2/emailmarketing/campaigns"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json()[QLatin1String("results")].toArray().size(), 2);
    QCOMPARE(client.get(base, QStringLiteral("/v2/emailmarketing/campaigns")).status, 502);
    process.kill();
    process.waitForFinished();
}

void TestSandboxCli::helpDocumentsEveryOption()
{
    QProcess process;
    process.start(QStringLiteral(CLICKSCOPE_SANDBOX_EXE), { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option : { "--host", "--port", "--seed", "--campaigns", "--clicks", "--api-key", "--token",
             "--qps", "--faults", "--daily-quota", "--allow-remote", "clickscope-demo-key", "clickscope-demo-token" })
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

void TestSandboxCli::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("non-loopback host") << QStringList { QStringLiteral("--host"), QStringLiteral("0.0.0.0") }
                                       << QStringLiteral("not a loopback");
    QTest::newRow("bad fault plan") << QStringList { QStringLiteral("--faults"), QStringLiteral("clicks:x:drop") }
                                    << QStringLiteral("--faults");
    QTest::newRow("bad clicks") << QStringList { QStringLiteral("--clicks"), QStringLiteral("-5") }
                                << QStringLiteral("--clicks");
    QTest::newRow("bad host") << QStringList { QStringLiteral("--host"), QStringLiteral("localhost.example") }
                              << QStringLiteral("--host");
}

void TestSandboxCli::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(CLICKSCOPE_SANDBOX_EXE), args);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
