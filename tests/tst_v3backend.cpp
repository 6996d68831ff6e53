// SPDX-License-Identifier: GPL-3.0-or-later
// The v3 backend and its sign-in against the sandbox over real HTTP, with tokens in the real keychain (run under
// scripts/with-test-session): the sign-in from the authorize URL to stored tokens (the test plays the browser),
// denied consent, a wrong state, a token expiring mid-load, a spent refresh token, 429s, 403, and every call of
// the TrackingBackend seam compared with the generator's own data.
#include "backend/backendfactory.h"
#include "sandbox/v3ids.h"
#include "secrets/credentialstore.h"
#include "v3/v3auth.h"
#include "v3/v3backend.h"
#include "v3/v3signin.h"
#include "v3fixture.h"

#include <QNetworkReply>
#include <QTcpServer>
#include <QUrlQuery>

#include <algorithm>

using namespace ClickScope;
using namespace ClickScope::Tests;
namespace SV3 = ClickScope::Sandbox::V3;

namespace {

const QString testService = QStringLiteral("ClickScope-test");

} // namespace

class TestV3Backend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void signInFromAuthorizeToStoredTokens();
    void deniedConsent();
    void wrongStateIsRefusedAndTheListenerCloses();
    void noClientIdExplainsWhatToDo();

    void campaignsAndDetail();
    void clicksOfBothActivitiesMatchTheGenerator();
    void oneLinkAndSinceStopEarly();
    void identicalRowsAreKept();
    void pauseAndResumeLoseNothing();
    void contactAndActivity();

    void tokenExpiringMidLoadIsRenewedAndStored();
    void spentRefreshTokenMeansSignInAgain();
    void throttledWaitsQuotaStops();
    void forbiddenNamesTheScope();

private:
    int biggestCampaign() const;
    SignInResult signIn(quint16 port, const QByteArray &decision, const QByteArray &tamperState = {})
    {
        return signInThroughBrowser(m_fx.network.get(), *m_fx.sandbox, port, decision, tamperState);
    }
    Credentials signedInTokens();
    std::unique_ptr<TrackingBackend> backend(const Credentials &tokens, CredentialStore *store);
    bool saveTokens(const QString &key, const Credentials &tokens);
    Credentials loadTokens(const QString &key);
    QByteArray browse(const QUrl &url, int *status, QByteArray *location)
    {
        return Tests::browse(&m_browser, url, status, location);
    }

    SandboxFixture m_fx;
    std::unique_ptr<KeychainCredentialStore> m_store;
    QNetworkAccessManager m_browser;
};

void TestV3Backend::initTestCase()
{
    Sandbox::SandboxConfig config;
    config.data.campaigns = 10;
    config.data.clicks = 9000;
    config.data.seed = 5;
    config.oauth.tokenQps = 0; // the limit is covered by tst_sandbox_v3; here it would only slow the test
    QVERIFY(m_fx.start(config));
    m_store = std::make_unique<KeychainCredentialStore>(nullptr, testService);
}

void TestV3Backend::init()
{
    m_fx.sandbox->setFaultPlan({});
    m_fx.sandbox->setQps(0);
    m_fx.sandbox->setDailyQuota(0);
    m_fx.sandbox->setAccessTokenLifetime(86400);
}

void TestV3Backend::cleanupTestCase()
{
    QSignalSpy forgotten(m_store.get(), &CredentialStore::forgotten);
    m_store->forget(BackendFactory::credentialKey(ApiVersion::V3, m_fx.sandbox->baseUrl()));
    forgotten.wait(5000);
}

int TestV3Backend::biggestCampaign() const
{
    const auto &all = m_fx.sandbox->dataset().campaigns();
    int best = 0;
    for (int i = 1; i < int(all.size()); ++i)
        if (all[std::size_t(i)].clickCount > all[std::size_t(best)].clickCount)
            best = i;
    return best;
}

bool TestV3Backend::saveTokens(const QString &key, const Credentials &tokens)
{
    QSignalSpy saved(m_store.get(), &CredentialStore::saved);
    m_store->save(key, tokens);
    return saved.wait(10000) && saved.first().at(1).value<CredentialStore::Status>() == CredentialStore::Status::Ok;
}

Credentials TestV3Backend::loadTokens(const QString &key)
{
    QSignalSpy loaded(m_store.get(), &CredentialStore::loaded);
    m_store->load(key);
    if (!loaded.wait(10000))
        return {};
    return loaded.first().at(1).value<Credentials>();
}

Credentials TestV3Backend::signedInTokens()
{
    const SignInResult r = signIn(freeLoopbackPort(), "allow");
    return r.outcome == SignInFlow::Outcome::SignedIn ? r.tokens : Credentials {};
}

std::unique_ptr<TrackingBackend> TestV3Backend::backend(const Credentials &tokens, CredentialStore *store)
{
    Account account;
    account.api = ApiVersion::V3;
    account.baseUrl = m_fx.sandbox->baseUrl();
    account.authBaseUrl = m_fx.sandbox->authBaseUrl();
    account.clientId = QStringLiteral("clickscope-test-client");
    account.credentials = tokens;
    ConnectionOptions options;
    options.requestsPerSecond = 0;
    options.retry.baseDelayMs = 5;
    options.retry.maxDelayMs = 50;
    options.retry.overQpsDelayMs = 50;
    options.tokenStore = store;
    QString error;
    auto b = BackendFactory::create(account, m_fx.network.get(), options, &error);
    if (!b)
        qWarning("backend refused: %s", qPrintable(error));
    return b;
}

void TestV3Backend::signInFromAuthorizeToStoredTokens()
{
    const quint16 port = freeLoopbackPort();
    const SignInResult r = signIn(port, "allow");
    QVERIFY(r.done);
    QCOMPARE(r.outcome, SignInFlow::Outcome::SignedIn);
    QVERIFY(!r.tokens.accessToken.isEmpty());
    QCOMPARE(r.tokens.refreshToken.toUtf8(), m_fx.sandbox->latestRefreshToken());
    // expires_in 86400 s from now, within a minute either way.
    const qint64 expected = QDateTime::currentMSecsSinceEpoch() + 86400LL * 1000;
    QVERIFY(std::llabs(r.tokens.expiresAtMs - expected) < 60000);
    QVERIFY(r.tokens.apiKey.isEmpty());

    // Into the keychain and back, as the window and the CLI keep them.
    const QString key = BackendFactory::credentialKey(ApiVersion::V3, m_fx.sandbox->baseUrl());
    QVERIFY(key.startsWith(QLatin1String("v3:127.0.0.1:")));
    QVERIFY(saveTokens(key, r.tokens));
    const Credentials back = loadTokens(key);
    QCOMPARE(back.accessToken, r.tokens.accessToken);
    QCOMPARE(back.refreshToken, r.tokens.refreshToken);
    QCOMPARE(back.expiresAtMs, r.tokens.expiresAtMs);

    // The tokens open the account.
    auto b = backend(back, m_store.get());
    QVERIFY(b);
    ApiError verified = ApiError::make(ApiError::Kind::Cancelled, QString());
    b->verify(this, [&verified](const ApiError &e) { verified = e; });
    QVERIFY(QTest::qWaitFor([&] { return verified.kind != ApiError::Kind::Cancelled; }, 10000));
    QVERIFY2(!verified.isError(), qPrintable(verified.userMessage()));
    QCOMPARE(b->account().api, ApiVersion::V3);
}

void TestV3Backend::deniedConsent()
{
    const SignInResult r = signIn(freeLoopbackPort(), "deny");
    QVERIFY(r.done);
    QCOMPARE(r.outcome, SignInFlow::Outcome::Denied);
    QVERIFY(r.tokens.accessToken.isEmpty());
    QVERIFY(r.error.userMessage().contains(QLatin1String("not allowed")));
}

void TestV3Backend::wrongStateIsRefusedAndTheListenerCloses()
{
    const quint16 port = freeLoopbackPort();
    const int before = m_fx.sandbox->tokenRequests();
    const SignInResult r = signIn(port, "allow", "forged-state");
    QVERIFY(r.done);
    QCOMPARE(r.outcome, SignInFlow::Outcome::WrongState);
    QVERIFY(r.tokens.accessToken.isEmpty());
    QCOMPARE(m_fx.sandbox->tokenRequests(), before); // the code was never exchanged
    // The listener is gone: nothing answers on the port any more.
    int status = -1;
    browse(QUrl(QStringLiteral("http://127.0.0.1:%1/callback?code=x&state=y").arg(port)), &status, nullptr);
    QCOMPARE(status, 0);
}

void TestV3Backend::noClientIdExplainsWhatToDo()
{
    V3SignIn flow(m_fx.network.get(), OAuthSettings { m_fx.sandbox->authBaseUrl(), QString() }, 52811);
    QVERIFY(!flow.start());
    QCOMPARE(flow.error().kind, ApiError::Kind::MissingCredentials);
    QVERIFY(flow.error().errorMessage.contains(QLatin1String("http://127.0.0.1:52811/callback")));
    QVERIFY(flow.error().errorMessage.contains(QLatin1String("client id")));
}

void TestV3Backend::campaignsAndDetail()
{
    auto b = backend(signedInTokens(), nullptr);
    QVERIFY(b);
    const auto &d = m_fx.sandbox->dataset();
    QList<CampaignSummary> sent;
    bool done = false;
    b->campaigns(QStringLiteral("SENT"), this, [&](const QList<CampaignSummary> &list, const ApiError &e) {
        QVERIFY(!e.isError());
        sent = list;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    int expectedSent = 0;
    for (const auto &c : d.campaigns())
        expectedSent += c.status == Sandbox::CampaignStatus::Sent ? 1 : 0;
    QCOMPARE(sent.size(), qsizetype(expectedSent));
    for (const CampaignSummary &c : sent)
        QCOMPARE(c.status, QStringLiteral("Done"));

    // A campaign with a resend: its links are the union of both activities', counts added.
    int campaign = -1;
    for (int i = 0; i < int(d.campaigns().size()) && campaign < 0; ++i)
        if (SV3::hasResend(d, i))
            campaign = i;
    QVERIFY(campaign >= 0);
    Campaign detail;
    done = false;
    b->campaign(QString::fromLatin1(SV3::campaignId(d, campaign)), this, [&](const Campaign &c, const ApiError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        detail = c;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(detail.id, QString::fromLatin1(SV3::campaignId(d, campaign)));
    QCOMPARE(detail.name, QString::fromUtf8(d.campaigns()[std::size_t(campaign)].name));
    QCOMPARE(detail.links.size(), qsizetype(d.campaigns()[std::size_t(campaign)].links.size()));
    QVERIFY(detail.hasTrackingSummary);
    QVERIFY(detail.tracking.sends > 0);
    // unique clickers per link, per activity, added
    for (const LinkInfo &l : detail.links) {
        const int link = d.linkIndexForId(campaign, l.id.toLongLong());
        QVERIFY(link >= 0);
        qint64 expected = 0;
        for (const SV3::Role role : { SV3::Role::Primary, SV3::Role::Resend }) {
            QSet<std::uint32_t> contacts;
            for (std::uint32_t i : d.campaigns()[std::size_t(campaign)].links[std::size_t(link)].clicks)
                if (SV3::clickInActivity(d, campaign, i, role))
                    contacts.insert(d.clickContact(campaign, i));
            expected += contacts.size();
        }
        QCOMPARE(l.clickCount, expected);
    }
}

void TestV3Backend::clicksOfBothActivitiesMatchTheGenerator()
{
    auto b = backend(signedInTokens(), nullptr);
    QVERIFY(b);
    const auto &d = m_fx.sandbox->dataset();
    int checked = 0;
    for (int i = 0; i < int(d.campaigns().size()); ++i) {
        if (d.campaigns()[std::size_t(i)].status != Sandbox::CampaignStatus::Sent || !SV3::hasResend(d, i))
            continue;
        std::unique_ptr<ClickStream> stream(b->clicks(QString::fromLatin1(SV3::campaignId(d, i)), QString(), noDate));
        const PagerRun run = runPager(stream.get());
        QVERIFY2(run.finished, qPrintable(run.error.userMessage()));
        const auto expected = expectedV3Clicks(d, i, -1);
        QCOMPARE(run.rows(), expected.size());
        QVERIFY(rowsOf(run) == expected);
        QCOMPARE(run.summary.rows, qint64(expected.size()));
        // every row carries the v3 campaign id and a device type
        for (const ClickBatch &batch : run.batches)
            for (const ParsedClick &c : batch.rows) {
                QCOMPARE(batch.view(c.campaignId), QByteArrayView(SV3::campaignId(d, i)));
                QVERIFY(c.device.length > 0);
            }
        ++checked;
    }
    QVERIFY(checked > 0);
    // A draft: no report activities with clicks; complete and empty.
    for (int i = 0; i < int(d.campaigns().size()); ++i) {
        if (d.campaigns()[std::size_t(i)].status == Sandbox::CampaignStatus::Sent)
            continue;
        std::unique_ptr<ClickStream> stream(b->clicks(QString::fromLatin1(SV3::campaignId(d, i)), QString(), noDate));
        const PagerRun run = runPager(stream.get());
        QVERIFY(run.finished);
        QCOMPARE(run.rows(), std::size_t(0));
        break;
    }
}

void TestV3Backend::oneLinkAndSinceStopEarly()
{
    auto b = backend(signedInTokens(), nullptr);
    QVERIFY(b);
    const auto &d = m_fx.sandbox->dataset();
    const int campaign = biggestCampaign();
    const auto &c = d.campaigns()[std::size_t(campaign)];
    // One link.
    std::unique_ptr<ClickStream> one(
        b->clicks(QString::fromLatin1(SV3::campaignId(d, campaign)), QString::number(c.links[1].id), noDate));
    const PagerRun linkRun = runPager(one.get());
    QVERIFY(linkRun.finished);
    QVERIFY(rowsOf(linkRun) == expectedV3Clicks(d, campaign, 1));
    QVERIFY(linkRun.rows() > 0);

    // Since: only rows at or after it, and paging stops at the first older row.
    const auto all = expectedV3Clicks(d, campaign, -1);
    QVERIFY(all.size() > 1200);
    std::vector<std::int64_t> times;
    for (const auto &e : all)
        times.push_back(e.ms);
    std::sort(times.begin(), times.end(), std::greater<>());
    const std::int64_t since = times[600];
    m_fx.sandbox->clearRequestLog();
    std::unique_ptr<ClickStream> recent(b->clicks(QString::fromLatin1(SV3::campaignId(d, campaign)), QString(), since));
    const PagerRun run = runPager(recent.get());
    QVERIFY(run.finished);
    QVERIFY(rowsOf(run) == expectedV3Clicks(d, campaign, -1, since));
    for (const auto &row : rowsOf(run))
        QVERIFY(row.ms >= since);
    int clickRequests = 0;
    for (const auto &r : m_fx.sandbox->requestLog())
        clickRequests += r.route == Sandbox::Route::V3Clicks ? 1 : 0;
    const int fullPages = int((all.size() + 499) / 500);
    QVERIFY2(clickRequests < fullPages + (SV3::hasResend(d, campaign) ? 1 : 0) || fullPages <= 2,
        qPrintable(QStringLiteral("%1 click requests for a since walk of %2 pages").arg(clickRequests).arg(fullPages)));
}

void TestV3Backend::pauseAndResumeLoseNothing()
{
    // Paused by a receiver of its first batch and again between pages: each resume goes on from the page that was
    // next, through both activities; the rows are the generator's, in order, none twice, none missing.
    auto b = backend(signedInTokens(), nullptr);
    QVERIFY(b);
    const auto &d = m_fx.sandbox->dataset();
    int campaign = -1;
    for (int i = 0; i < int(d.campaigns().size()) && campaign < 0; ++i)
        if (d.campaigns()[std::size_t(i)].status == Sandbox::CampaignStatus::Sent && SV3::hasResend(d, i)
            && expectedV3Clicks(d, i, -1).size() > 1500)
            campaign = i;
    QVERIFY(campaign >= 0);
    m_fx.sandbox->setFaultPlan(*Sandbox::FaultPlan::parse(QStringLiteral("v3-clicks:*:latency=30")));
    std::unique_ptr<ClickStream> stream(
        b->clicks(QString::fromLatin1(SV3::campaignId(d, campaign)), QString(), noDate));
    std::vector<ClickBatch> batches;
    bool finished = false;
    int pausesInReceiver = 0;
    connect(stream.get(), &ClickStream::batchReady, this, [&](const ClickBatch &batch) {
        batches.push_back(batch);
        if (pausesInReceiver == 0) {
            ++pausesInReceiver;
            stream->pause();
        }
    });
    connect(stream.get(), &ClickStream::finished, this, [&finished] { finished = true; });
    stream->start();
    QVERIFY(QTest::qWaitFor([&] { return stream->isPaused(); }, 20000));
    QTest::qWait(150); // several pages' latency: nothing arrives while paused
    QCOMPARE(batches.size(), std::size_t(1));
    QVERIFY(!stream->isRunning());
    stream->resume();
    QVERIFY(QTest::qWaitFor([&] { return batches.size() >= 2; }, 20000));
    stream->pause(); // from outside, with a page on the wire
    const std::size_t held = batches.size();
    QTest::qWait(150);
    QCOMPARE(batches.size(), held);
    stream->resume();
    QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
    std::vector<ExpectedClick> rows;
    for (const ClickBatch &batch : batches)
        for (const ParsedClick &c : batch.rows)
            rows.push_back({ batch.view(c.contactId).toByteArray(), batch.view(c.email).toByteArray(),
                batch.view(c.linkId).toByteArray(), c.clickMs });
    QVERIFY(rows == expectedV3Clicks(d, campaign, -1));
}

void TestV3Backend::identicalRowsAreKept()
{
    auto b = backend(signedInTokens(), nullptr);
    QVERIFY(b);
    QVERIFY(b->capabilities().identicalRowsAreDistinct);
    QVERIFY(!b->capabilities().serverSideSince);
    // Whole-minute campaigns repeat (contact, link, time) for real repeat clicks: the stream keeps every one.
    const auto &d = m_fx.sandbox->dataset();
    for (int i = 0; i < int(d.campaigns().size()); ++i) {
        if (d.campaigns()[std::size_t(i)].status != Sandbox::CampaignStatus::Sent || !SV3::wholeMinute(i))
            continue;
        const auto expected = expectedV3Clicks(d, i, -1);
        auto sorted = expected;
        std::sort(sorted.begin(), sorted.end(), [](const ExpectedClick &a, const ExpectedClick &c) {
            return std::tie(a.contactId, a.linkId, a.ms) < std::tie(c.contactId, c.linkId, c.ms);
        });
        const bool repeats = std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end();
        std::unique_ptr<ClickStream> stream(b->clicks(QString::fromLatin1(SV3::campaignId(d, i)), QString(), noDate));
        const PagerRun run = runPager(stream.get());
        QVERIFY(run.finished);
        QCOMPARE(run.rows(), expected.size());
        if (repeats)
            return;
    }
    QSKIP("no whole-minute campaign with identical rows in this dataset");
}

void TestV3Backend::contactAndActivity()
{
    auto b = backend(signedInTokens(), nullptr);
    QVERIFY(b);
    const auto &d = m_fx.sandbox->dataset();
    std::uint32_t deleted = 0;
    while (!SV3::contactDeleted(d, deleted))
        ++deleted;
    Contact contact;
    bool done = false;
    b->contact(QString::fromLatin1(SV3::contactId(d, deleted)), this, [&](const Contact &c, const ApiError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        contact = c;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(contact.status, QStringLiteral("DELETED"));
    QCOMPARE(contact.emails.value(0).address, QString::fromUtf8(d.email(deleted)));

    // A contact with clicks: its activity covers sends, opens and clicks.
    const int campaign = m_fx.firstSentCampaign();
    const std::uint32_t clicker = d.clickContact(campaign, 0);
    QList<Activity> activity;
    done = false;
    b->contactActivity(
        QString::fromLatin1(SV3::contactId(d, clicker)), this, [&](const QList<Activity> &list, const ApiError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
            activity = list;
            done = true;
        });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    const std::vector<Sandbox::Activity> all = d.contactActivities(clicker, std::nullopt);
    QCOMPARE(activity.size(), qsizetype(all.size()));
    QStringList types;
    for (const Activity &a : activity)
        types << a.type;
    QVERIFY(types.contains(QStringLiteral("EMAIL_CLICK")));
    QVERIFY(types.contains(QStringLiteral("EMAIL_SEND")));
}

void TestV3Backend::tokenExpiringMidLoadIsRenewedAndStored()
{
    const Credentials tokens = signedInTokens();
    QVERIFY(!tokens.refreshToken.isEmpty());
    const QString key = BackendFactory::credentialKey(ApiVersion::V3, m_fx.sandbox->baseUrl());
    QVERIFY(saveTokens(key, tokens));
    auto b = backend(tokens, m_store.get());
    QVERIFY(b);
    const auto &d = m_fx.sandbox->dataset();
    int campaign = -1;
    for (int i = 0; i < int(d.campaigns().size()) && campaign < 0; ++i)
        if (SV3::hasResend(d, i) && d.campaigns()[std::size_t(i)].clickCount > 1500)
            campaign = i;
    QVERIFY(campaign >= 0);
    std::unique_ptr<ClickStream> stream(
        b->clicks(QString::fromLatin1(SV3::campaignId(d, campaign)), QString(), noDate));
    // After the first batch every issued access token expires: the next page gets a 401.
    bool expired = false;
    connect(stream.get(), &ClickStream::batchReady, this, [&] {
        if (!expired) {
            expired = true;
            m_fx.sandbox->expireAccessTokens();
        }
    });
    const int refreshesBefore = m_fx.sandbox->refreshGrants();
    const PagerRun run = runPager(stream.get());
    QVERIFY2(run.finished, qPrintable(run.error.userMessage()));
    QVERIFY(expired);
    QVERIFY(rowsOf(run) == expectedV3Clicks(d, campaign, -1)); // nothing lost, nothing repeated
    QCOMPARE(m_fx.sandbox->refreshGrants(), refreshesBefore + 1); // one renewal, though two pages may have seen 401
    // The rotated refresh token is the one in the keychain.
    const Credentials stored = loadTokens(key);
    QVERIFY(stored.refreshToken != tokens.refreshToken);
    QCOMPARE(stored.refreshToken.toUtf8(), m_fx.sandbox->latestRefreshToken());
    QVERIFY(stored.accessToken != tokens.accessToken);
}

void TestV3Backend::spentRefreshTokenMeansSignInAgain()
{
    const Credentials tokens = signedInTokens();
    const QString key = BackendFactory::credentialKey(ApiVersion::V3, m_fx.sandbox->baseUrl());
    QVERIFY(saveTokens(key, tokens));
    auto b = backend(tokens, m_store.get());
    QVERIFY(b);
    auto *manager = static_cast<V3Backend *>(b.get())->tokens();
    QSignalSpy signInRequired(manager, &V3TokenManager::signInRequired);
    const auto &d = m_fx.sandbox->dataset();
    const int campaign = biggestCampaign();
    std::unique_ptr<ClickStream> stream(
        b->clicks(QString::fromLatin1(SV3::campaignId(d, campaign)), QString(), noDate));
    bool revoked = false;
    connect(stream.get(), &ClickStream::batchReady, this, [&] {
        if (!revoked) {
            revoked = true;
            m_fx.sandbox->revokeRefreshTokens();
            m_fx.sandbox->expireAccessTokens();
        }
    });
    const PagerRun run = runPager(stream.get());
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::Unauthorized);
    QVERIFY2(run.error.userMessage().contains(QLatin1String("Sign in again")), qPrintable(run.error.userMessage()));
    QCOMPARE(signInRequired.size(), 1);
    QVERIFY(run.rows() >= 500); // the first page stays
    // The spent tokens are no longer in the keychain.
    QSignalSpy loaded(m_store.get(), &CredentialStore::loaded);
    m_store->load(key);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(2).value<CredentialStore::Status>(), CredentialStore::Status::NotFound);
}

void TestV3Backend::throttledWaitsQuotaStops()
{
    auto b = backend(signedInTokens(), nullptr);
    QVERIFY(b);
    const auto &d = m_fx.sandbox->dataset();
    const int campaign = biggestCampaign();
    // 429 throttled: wait and retry, nothing lost.
    m_fx.sandbox->setFaultPlan(*Sandbox::FaultPlan::parse(QStringLiteral("v3-clicks:2:qps;v3-clicks:3:qps")));
    std::unique_ptr<ClickStream> stream(
        b->clicks(QString::fromLatin1(SV3::campaignId(d, campaign)), QString(), noDate));
    const PagerRun run = runPager(stream.get());
    QVERIFY2(run.finished, qPrintable(run.error.userMessage()));
    QVERIFY(rowsOf(run) == expectedV3Clicks(d, campaign, -1));
    int throttled = 0;
    for (const auto &r : m_fx.sandbox->requestLog())
        throttled += r.status == 429 ? 1 : 0;
    QCOMPARE(throttled, 2);

    // 429 quota_exceeded: stop, keep the rows, say when the quota resets.
    m_fx.sandbox->setFaultPlan(*Sandbox::FaultPlan::parse(QStringLiteral("v3-clicks:2+:quota")));
    std::unique_ptr<ClickStream> second(
        b->clicks(QString::fromLatin1(SV3::campaignId(d, campaign)), QString(), noDate));
    const PagerRun stopped = runPager(second.get());
    QVERIFY(stopped.failed);
    QCOMPARE(stopped.error.kind, ApiError::Kind::QuotaExhausted);
    QVERIFY2(stopped.error.userMessage().contains(QLatin1String("00:00 UTC")), qPrintable(stopped.error.userMessage()));
    QCOMPARE(stopped.rows(), std::size_t(500));
}

void TestV3Backend::forbiddenNamesTheScope()
{
    auto b = backend(signedInTokens(), nullptr);
    QVERIFY(b);
    const auto &d = m_fx.sandbox->dataset();
    const int campaign = biggestCampaign();
    m_fx.sandbox->setFaultPlan(*Sandbox::FaultPlan::parse(QStringLiteral("v3-clicks:2:status=403")));
    std::unique_ptr<ClickStream> stream(
        b->clicks(QString::fromLatin1(SV3::campaignId(d, campaign)), QString(), noDate));
    const PagerRun run = runPager(stream.get());
    QVERIFY(run.failed);
    QCOMPARE(run.error.kind, ApiError::Kind::Forbidden);
    QVERIFY2(
        run.error.userMessage().contains(QLatin1String("ui:campaign:metrics")), qPrintable(run.error.userMessage()));
    QVERIFY(run.rows() > 0);
}

QTEST_GUILESS_MAIN(TestV3Backend)
#include "tst_v3backend.moc"
