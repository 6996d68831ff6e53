// SPDX-License-Identifier: GPL-3.0-or-later
// clickscope-cli --api v3 as a process against the sandbox (on its own thread): login from the printed address to
// the keychain (the test plays the browser), logout, every command compared row by row with the sandbox's own data
// (CSV read back by Python's csv module), renewal of an expired token from the keychain, and the exit codes.
#include "domain/isotime.h"
#include "sandbox/sandboxthread.h"
#include "sandbox/v3ids.h"
#include "testbrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

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

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.serverPort();
}

QString iso(std::int64_t ms)
{
    return QString::fromLatin1(formatIsoUtcMs(ms));
}

} // namespace

class TestCliV3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void campaigns();
    void links();
    void clicksMatchTheSandboxResendIncluded();
    void clicksSinceAndJsonl();
    void contactWithActivity();
    void exitCodes_data();
    void exitCodes();

    void loginStoresTokensThatRenewThenLogout();
    void loginDenied();
    void loginWithoutClientId();

private:
    Run cli(const QStringList &args, bool withToken = true);
    QProcess *startCli(const QStringList &args);
    QByteArray browse(const QUrl &url, int *status, QByteArray *location)
    {
        return ClickScope::Tests::browse(&m_browser, url, status, location);
    }
    void call(const std::function<void(ClickScope::Sandbox::Sandbox *)> &f);
    int sentCampaignWithResend() const;

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Dataset> m_data;
    QString m_authBase;
    QNetworkAccessManager m_browser;
};

void TestCliV3::initTestCase()
{
    SandboxConfig config;
    config.data.seed = 23;
    config.data.campaigns = 8;
    config.data.clicks = 7000;
    config.data.contacts = 1200;
    config.oauth.tokenQps = 0;
    m_sandbox = std::make_unique<SandboxThread>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_data = std::make_unique<Dataset>(config.data);
    m_authBase = m_sandbox->baseUrl().toString() + QStringLiteral("/oauth2/default/v1");
}

void TestCliV3::init()
{
    call([](ClickScope::Sandbox::Sandbox *s) { s->setFaultPlan({}); });
}

void TestCliV3::call(const std::function<void(ClickScope::Sandbox::Sandbox *)> &f)
{
    ClickScope::Sandbox::Sandbox *s = m_sandbox->sandbox();
    QMetaObject::invokeMethod(
        s, [s, f] { f(s); }, Qt::BlockingQueuedConnection);
}

int TestCliV3::sentCampaignWithResend() const
{
    int best = -1;
    for (int i = 0; i < int(m_data->campaigns().size()); ++i)
        if (m_data->campaigns()[std::size_t(i)].status == CampaignStatus::Sent && V3::hasResend(*m_data, i)
            && (best < 0
                || m_data->campaigns()[std::size_t(i)].clickCount > m_data->campaigns()[std::size_t(best)].clickCount))
            best = i;
    return best;
}

Run TestCliV3::cli(const QStringList &args, bool withToken)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CLICKSCOPE_API_KEY"));
    env.remove(QStringLiteral("CLICKSCOPE_CLIENT_ID"));
    env.remove(QStringLiteral("CLICKSCOPE_API"));
    if (withToken)
        env.insert(QStringLiteral("CLICKSCOPE_ACCESS_TOKEN"), QString::fromLatin1(defaultV3AccessToken));
    else
        env.remove(QStringLiteral("CLICKSCOPE_ACCESS_TOKEN"));
    env.insert(QStringLiteral("CLICKSCOPE_MAX_RPS"), QStringLiteral("0"));
    env.insert(QStringLiteral("CLICKSCOPE_RETRY_BASE_MS"), QStringLiteral("5"));
    p.setProcessEnvironment(env);
    const QStringList all = QStringList { QStringLiteral("--api"), QStringLiteral("v3"), QStringLiteral("--api-base"),
        m_sandbox->baseUrl().toString(), QStringLiteral("--auth-base"), m_authBase, QStringLiteral("--client-id"),
        QStringLiteral("cli-test") }
        + args;
    p.start(QStringLiteral(CLICKSCOPE_CLI_EXE), all);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

void TestCliV3::campaigns()
{
    const Run all = cli({ QStringLiteral("campaigns") });
    QCOMPARE(all.exitCode, 0);
    const QList<QStringList> rows = parseCsv(all.out);
    QCOMPARE(rows.value(0),
        (QStringList {
            QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("modified_date") }));
    QCOMPARE(rows.size() - 1, qsizetype(m_data->campaigns().size())); // no campaign is Removed in the sandbox
    for (const QStringList &r : rows.mid(1)) {
        const auto index = V3::campaignForId(*m_data, r.value(0).toUtf8());
        QVERIFY(index);
        const Campaign &c = m_data->campaigns()[std::size_t(*index)];
        QCOMPARE(r.value(1), QString::fromUtf8(c.name));
        QCOMPARE(r.value(2), c.status == CampaignStatus::Sent ? QStringLiteral("Done") : r.value(2));
        QCOMPARE(r.value(3), iso(c.modifiedMs));
    }
    const Run sent = cli({ QStringLiteral("campaigns"), QStringLiteral("--status"), QStringLiteral("SENT") });
    QCOMPARE(sent.exitCode, 0);
    int expected = 0;
    for (const auto &c : m_data->campaigns())
        expected += c.status == CampaignStatus::Sent ? 1 : 0;
    const QList<QStringList> sentRows = parseCsv(sent.out);
    QCOMPARE(sentRows.size() - 1, qsizetype(expected));
    for (const QStringList &r : sentRows.mid(1))
        QCOMPARE(r.value(2), QStringLiteral("Done"));
}

void TestCliV3::links()
{
    const int campaign = sentCampaignWithResend();
    QVERIFY(campaign >= 0);
    const Run r = cli({ QStringLiteral("links"), QString::fromLatin1(V3::campaignId(*m_data, campaign)) });
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    const Campaign &c = m_data->campaigns()[std::size_t(campaign)];
    QCOMPARE(rows.size() - 1, qsizetype(c.links.size()));
    for (const QStringList &row : rows.mid(1)) {
        const int link = m_data->linkIndexForId(campaign, row.value(0).toLongLong());
        QVERIFY(link >= 0);
        QCOMPARE(row.value(1), QString::fromUtf8(c.links[std::size_t(link)].url));
        // unique clickers of the primary email plus those of the resend
        qint64 expected = 0;
        for (const V3::Role role : { V3::Role::Primary, V3::Role::Resend }) {
            QSet<std::uint32_t> contacts;
            for (std::uint32_t i : c.links[std::size_t(link)].clicks)
                if (V3::clickInActivity(*m_data, campaign, i, role))
                    contacts.insert(m_data->clickContact(campaign, i));
            expected += contacts.size();
        }
        QCOMPARE(row.value(2).toLongLong(), expected);
    }
}

void TestCliV3::clicksMatchTheSandboxResendIncluded()
{
    const int campaign = sentCampaignWithResend();
    const Campaign &c = m_data->campaigns()[std::size_t(campaign)];
    const QString id = QString::fromLatin1(V3::campaignId(*m_data, campaign));
    const Run r = cli({ QStringLiteral("clicks"), id });
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.value(0).join(QLatin1Char(',')),
        QStringLiteral("activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date"));
    // primary email newest first, then the resend newest first
    QList<QStringList> expected;
    for (const V3::Role role : { V3::Role::Primary, V3::Role::Resend })
        for (std::uint32_t i = c.clickCount; i-- > 0;) {
            if (!V3::clickInActivity(*m_data, campaign, i, role))
                continue;
            const std::uint32_t contact = m_data->clickContact(campaign, i);
            const Link &l = c.links[std::size_t(m_data->clickLink(campaign, i))];
            QString email = QString::fromUtf8(m_data->email(contact));
            if (email.startsWith(QLatin1Char('=')) || email.startsWith(QLatin1Char('+'))
                || email.startsWith(QLatin1Char('-')) || email.startsWith(QLatin1Char('@')))
                email.prepend(QLatin1Char('\''));
            expected << QStringList { QStringLiteral("EMAIL_CLICK"), id, QString::number(l.id),
                QString::fromUtf8(l.url), QString::fromLatin1(V3::contactId(*m_data, contact)), email,
                iso(V3::reportedClickMs(*m_data, campaign, i)) };
        }
    QCOMPARE(rows.size() - 1, expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(rows[i + 1], expected[i]);
}

void TestCliV3::clicksSinceAndJsonl()
{
    const int campaign = sentCampaignWithResend();
    const Campaign &c = m_data->campaigns()[std::size_t(campaign)];
    const QString id = QString::fromLatin1(V3::campaignId(*m_data, campaign));
    std::vector<std::int64_t> times;
    for (std::uint32_t i = 0; i < c.clickCount; ++i)
        times.push_back(V3::reportedClickMs(*m_data, campaign, i));
    std::sort(times.begin(), times.end());
    const std::int64_t since = times[times.size() * 3 / 4];
    const Run r = cli({ QStringLiteral("clicks"), id, QStringLiteral("--since"), iso(since), QStringLiteral("--format"),
        QStringLiteral("jsonl") });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    qsizetype expected = 0;
    for (std::uint32_t i = 0; i < c.clickCount; ++i)
        expected += V3::reportedClickMs(*m_data, campaign, i) >= since ? 1 : 0;
    QCOMPARE(lines.size(), expected);
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY(o.value(QLatin1String("click_date")).toString() >= iso(since));
        QVERIFY(!o.value(QLatin1String("device_type")).toString().isEmpty());
        QCOMPARE(o.value(QLatin1String("campaign_id")).toString(), id);
    }
}

void TestCliV3::contactWithActivity()
{
    const int campaign = sentCampaignWithResend();
    const std::uint32_t contact = m_data->clickContact(campaign, 0);
    const QString id = QString::fromLatin1(V3::contactId(*m_data, contact));
    const Run r = cli({ QStringLiteral("contact"), id, QStringLiteral("--activity") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("contact_id")).toString(), id); // the API's own object
    QCOMPARE(o.value(QLatin1String("email_address")).toObject().value(QLatin1String("address")).toString(),
        QString::fromUtf8(m_data->email(contact)));
    QVERIFY(o.contains(QLatin1String("list_memberships")));
    const QJsonArray activity = o.value(QLatin1String("activity")).toArray();
    QCOMPARE(activity.size(), qsizetype(m_data->contactActivities(contact, std::nullopt).size()));
    bool click = false;
    for (const QJsonValue &v : activity) {
        const QJsonObject a = v.toObject();
        QVERIFY(a.value(QLatin1String("activity_type")).toString().startsWith(QLatin1String("EMAIL_")));
        QCOMPARE(a.value(QLatin1String("campaign_activity_id")).toString().size(), 36);
        if (a.value(QLatin1String("activity_type")).toString() == QLatin1String("EMAIL_CLICK")) {
            click = true;
            QVERIFY(a.value(QLatin1String("link_url")).toString().startsWith(QLatin1String("http")));
        }
    }
    QVERIFY(click);
}

void TestCliV3::exitCodes_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("quota") << QStringLiteral("v3-clicks:2+:quota") << 5;
    QTest::newRow("forbidden") << QStringLiteral("v3-clicks:1:status=403") << 3;
    QTest::newRow("server") << QStringLiteral("v3-clicks:2+:status=503") << 6;
    QTest::newRow("malformed") << QStringLiteral("v3-clicks:2:malformed") << 7;
    QTest::newRow("not found") << QStringLiteral("v3-campaign:1:status=404") << 4;
}

void TestCliV3::exitCodes()
{
    QFETCH(QString, faults);
    QFETCH(int, exitCode);
    call([faults](ClickScope::Sandbox::Sandbox *s) { s->setFaultPlan(*FaultPlan::parse(faults)); });
    const int campaign = sentCampaignWithResend();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("clicks.csv"));
    const Run r = cli({ QStringLiteral("clicks"), QString::fromLatin1(V3::campaignId(*m_data, campaign)),
        QStringLiteral("--output"), file });
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY(!QFile::exists(file)); // no half file
    if (exitCode == 5)
        QVERIFY2(r.err.contains(QLatin1String("00:00 UTC")), qPrintable(r.err));
    if (exitCode == 3)
        QVERIFY2(r.err.contains(QLatin1String("ui:campaign:metrics")), qPrintable(r.err));
}

QProcess *TestCliV3::startCli(const QStringList &args)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        { "CLICKSCOPE_API_KEY", "CLICKSCOPE_ACCESS_TOKEN", "CLICKSCOPE_CLIENT_ID", "CLICKSCOPE_API" })
        env.remove(QString::fromLatin1(name));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(CLICKSCOPE_CLI_EXE),
        QStringList { QStringLiteral("--api"), QStringLiteral("v3"), QStringLiteral("--api-base"),
            m_sandbox->baseUrl().toString(), QStringLiteral("--auth-base"), m_authBase }
            + args);
    return p;
}

void TestCliV3::loginStoresTokensThatRenewThenLogout()
{
    // Not signed in yet: exit 3 with what to do.
    const Run before = cli({ QStringLiteral("campaigns") }, false);
    QCOMPARE(before.exitCode, 3);
    QVERIFY2(before.err.contains(QLatin1String("login")), qPrintable(before.err));

    const quint16 port = freePort();
    QProcess *login = startCli({ QStringLiteral("--client-id"), QStringLiteral("cli-test"), QStringLiteral("login"),
        QStringLiteral("--no-browser"), QStringLiteral("--redirect-port"), QString::number(port) });
    QString err;
    QUrl address;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += QString::fromUtf8(login->readAllStandardError());
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("Open this address in a browser to sign in: (\\S+)\\n")).match(err);
            if (m.hasMatch())
                address = QUrl(m.captured(1));
            return address.isValid();
        },
        15000));
    QCOMPARE(address.adjusted(QUrl::RemoveQuery).toString(), m_authBase + QStringLiteral("/authorize"));
    const QUrlQuery q(address);
    QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
        QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
        QStringLiteral("campaign_data contact_data offline_access"));
    // The browser: approve, follow the redirect to the CLI's listener.
    QUrl approve = address;
    QUrlQuery aq(approve);
    aq.addQueryItem(QStringLiteral("auto"), QStringLiteral("allow"));
    approve.setQuery(aq);
    int status = 0;
    QByteArray location;
    browse(approve, &status, &location);
    QCOMPARE(status, 302);
    const QByteArray page = browse(QUrl(QString::fromUtf8(location)), &status, nullptr);
    QCOMPARE(status, 200);
    QVERIFY(login->state() == QProcess::NotRunning || login->waitForFinished(20000));
    err += QString::fromUtf8(login->readAllStandardError());
    QCOMPARE(login->exitCode(), 0);
    QVERIFY2(err.endsWith(QLatin1String("Signed in.\n")), qPrintable(err));
    QVERIFY(!err.contains(QLatin1String("refresh"))); // nothing secret printed
    QByteArray refresh;
    call([&refresh](ClickScope::Sandbox::Sandbox *s) { refresh = s->latestRefreshToken(); });
    QVERIFY(!refresh.isEmpty());
    QVERIFY(!err.contains(QString::fromLatin1(refresh)));

    // The stored tokens work, with no variable set.
    const Run signedIn = cli({ QStringLiteral("campaigns") }, false);
    QCOMPARE(signedIn.exitCode, 0);
    QVERIFY(signedIn.out.count('\n') > 2);

    // Expired: renewed once from the keychain's refresh token, and the rotated one stored.
    call([](ClickScope::Sandbox::Sandbox *s) { s->expireAccessTokens(); });
    const Run renewed = cli({ QStringLiteral("campaigns") }, false);
    QCOMPARE(renewed.exitCode, 0);
    QByteArray rotated;
    call([&rotated](ClickScope::Sandbox::Sandbox *s) { rotated = s->latestRefreshToken(); });
    QVERIFY(rotated != refresh);
    // ...and the next run uses the rotated token (a stale one in the keychain would now be invalid_grant).
    call([](ClickScope::Sandbox::Sandbox *s) { s->expireAccessTokens(); });
    QCOMPARE(cli({ QStringLiteral("campaigns") }, false).exitCode, 0);

    // logout: gone.
    const Run out = cli({ QStringLiteral("logout") }, false);
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("campaigns") }, false).exitCode, 3);
}

void TestCliV3::loginDenied()
{
    const quint16 port = freePort();
    QProcess *login = startCli({ QStringLiteral("--client-id"), QStringLiteral("cli-test"), QStringLiteral("login"),
        QStringLiteral("--no-browser"), QStringLiteral("--redirect-port"), QString::number(port) });
    QString err;
    QUrl address;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += QString::fromUtf8(login->readAllStandardError());
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("sign in: (\\S+)\\n")).match(err);
            if (m.hasMatch())
                address = QUrl(m.captured(1));
            return address.isValid();
        },
        15000));
    QUrlQuery dq(address);
    dq.addQueryItem(QStringLiteral("auto"), QStringLiteral("deny"));
    address.setQuery(dq);
    int status = 0;
    QByteArray location;
    browse(address, &status, &location);
    QCOMPARE(status, 302);
    browse(QUrl(QString::fromUtf8(location)), &status, nullptr);
    QVERIFY(login->state() == QProcess::NotRunning || login->waitForFinished(20000));
    QCOMPARE(login->exitCode(), 3);
}

void TestCliV3::loginWithoutClientId()
{
    QProcess *login = startCli({ QStringLiteral("login"), QStringLiteral("--no-browser") });
    QVERIFY(login->state() == QProcess::NotRunning || login->waitForFinished(20000));
    QCOMPARE(login->exitCode(), 3);
    const QString err = QString::fromUtf8(login->readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("developer portal")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("http://127.0.0.1:52801/callback")), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestCliV3)
#include "tst_cli_v3.moc"
