// SPDX-License-Identifier: GPL-3.0-or-later
// ClickSession without a widget, over the v2 backend, against the sandbox over real HTTP.
#include "backend/backendfactory.h"
#include "model/clickfilterproxy.h"
#include "model/clickseries.h"
#include "model/clicktablemodel.h"
#include "sandboxfixture.h"
#include "session/clicksession.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClickScope;
using namespace ClickScope::Tests;
using ClickScope::Sandbox::FaultPlan;
using State = ClickSession::State;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void loadToTheEnd();
    void cancelKeepsTheRows();
    void staleBatchesAreDropped();
    void errorKeepsTheRows();
    void secondLoadReplacesTheFirst();
    void anotherAccountDropsTheLoad();
    void continueAfterCancelGoesOn();
    void continueAfterErrorAddsOnlyTheMissing();
    void refreshKeepsEverythingLoaded();
    void refreshReachesBackForOlderClicks();
    void pagesWaitAndNothingIsLost();

private:
    // The model's rows, in order, as the generator's clicks are compared.
    static std::vector<ExpectedClick> rows(const ClickSession &session) { return modelRows(*session.model()); }
    bool waitForEnd(ClickSession &session, int timeoutMs = 60000) const;
    QString linkId(int link) const
    {
        return QString::number(
            m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)].links[std::size_t(link)].id);
    }
    std::vector<ExpectedClick> expected(int link) const
    {
        return expectedClicks(m_fx.sandbox->dataset(), m_campaign, link);
    }

    SandboxFixture m_fx;
    std::unique_ptr<TrackingBackend> m_backend;
    int m_campaign = -1;
};

void TestSession::initTestCase()
{
    ClickScope::Sandbox::SandboxConfig config;
    config.data.seed = 31;
    config.data.campaigns = 4;
    config.data.clicks = 8000;
    config.data.contacts = 1200;
    QVERIFY(m_fx.start(config));
    m_campaign = m_fx.firstSentCampaign();
    QVERIFY(m_campaign >= 0);
    QVERIFY(m_fx.sandbox->dataset().campaigns()[std::size_t(m_campaign)].links.size() >= 2);
    m_backend = BackendFactory::createV2(m_fx.client.get());
}

void TestSession::init()
{
    m_fx.sandbox->setFaultPlan({});
}

bool TestSession::waitForEnd(ClickSession &session, int timeoutMs) const
{
    return QTest::qWaitFor([&session] { return session.state() != State::Loading; }, timeoutMs);
}

void TestSession::loadToTheEnd()
{
    ClickSession session(m_backend.get());
    QCOMPARE(session.state(), State::Idle);
    QSignalSpy states(&session, &ClickSession::stateChanged);
    session.load(m_fx.campaignId(m_campaign), QString(), noDate, 8000);
    QCOMPARE(session.state(), State::Loading);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Complete);
    QCOMPARE(states.size(), 2); // Loading, Complete
    QCOMPARE(states.at(1).at(0).value<State>(), State::Complete);
    const auto want = expected(-1);
    QVERIFY(rows(session) == want);
    QCOMPARE(session.summary().rows, qint64(want.size()));
    // The proxy and the series follow the model.
    QCOMPARE(session.proxy()->rowCount(), int(want.size()));
    qint64 charted = 0;
    for (const auto &p : session.series()->points())
        charted += p.clicks;
    QCOMPARE(charted, qint64(want.size()));
    QCOMPARE(session.expectedRows(), qint64(8000));
}

void TestSession::cancelKeepsTheRows()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:latency=40")));
    ClickSession session(m_backend.get());
    session.load(m_fx.campaignId(m_campaign), QString(), noDate);
    QVERIFY(QTest::qWaitFor([&session] { return session.model()->rowCount() > 0; }, 20000));
    session.cancel();
    QCOMPARE(session.state(), State::Partial);
    const auto kept = rows(session);
    QVERIFY(!kept.empty());
    QTest::qWait(400); // several pages' worth of latency: nothing more arrives, nothing is lost
    QCOMPARE(session.state(), State::Partial);
    QVERIFY(rows(session) == kept);
    const auto want = expected(-1);
    QVERIFY(kept.size() < want.size());
    QVERIFY(std::equal(kept.begin(), kept.end(), want.begin()));
    QCOMPARE(session.summary().rows, qint64(kept.size()));
    session.cancel(); // a second cancel changes nothing
    QCOMPARE(session.state(), State::Partial);
}

void TestSession::staleBatchesAreDropped()
{
    // Link 0 loads slowly; link 1 is asked for while link 0's pages are still on the wire. Only link 1's rows may
    // end up in the model, and the Complete state must be link 1's.
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:1-3:latency=150")));
    ClickSession session(m_backend.get());
    session.load(m_fx.campaignId(m_campaign), linkId(0), noDate);
    const quint64 first = session.generation();
    QTest::qWait(50); // the first request is out, its answer is not
    m_fx.sandbox->setFaultPlan({});
    session.load(m_fx.campaignId(m_campaign), linkId(1), noDate);
    QVERIFY(session.generation() > first);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Complete);
    QTest::qWait(300); // link 0's delayed answers have come and gone
    QCOMPARE(session.linkId(), linkId(1));
    QVERIFY(rows(session) == expected(1));
}

void TestSession::errorKeepsTheRows()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:3:status=401")));
    ClickSession session(m_backend.get());
    session.load(m_fx.campaignId(m_campaign), QString(), noDate);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Failed);
    QCOMPARE(session.lastError().kind, ApiError::Kind::Unauthorized);
    const auto kept = rows(session);
    const auto want = expected(-1);
    QVERIFY(!kept.empty() && kept.size() < want.size());
    QVERIFY(std::equal(kept.begin(), kept.end(), want.begin()));
    QCOMPARE(session.summary().rows, qint64(kept.size()));
}

void TestSession::secondLoadReplacesTheFirst()
{
    ClickSession session(m_backend.get());
    session.load(m_fx.campaignId(m_campaign), linkId(0), noDate);
    QVERIFY(waitForEnd(session));
    QVERIFY(rows(session) == expected(0));
    QSignalSpy states(&session, &ClickSession::stateChanged);
    session.load(m_fx.campaignId(m_campaign), linkId(1), noDate);
    QCOMPARE(session.model()->rowCount(), 0); // a new query starts from nothing
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Complete);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<State>(), State::Loading);
    QVERIFY(rows(session) == expected(1));
}

void TestSession::anotherAccountDropsTheLoad()
{
    // A load under way when the account changes: it stops as Partial with its rows, and nothing the old account's
    // stream still delivers arrives; the next load goes to the new account; no account: Failed, no crash.
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:2+:latency=300")));
    ClickSession session(m_backend.get());
    session.load(m_fx.campaignId(m_campaign), QString(), noDate);
    QVERIFY(QTest::qWaitFor([&session] { return session.model()->rowCount() > 0; }, 20000));
    std::unique_ptr<TrackingBackend> other = BackendFactory::createV2(m_fx.client.get());
    session.setBackend(other.get());
    QCOMPARE(session.state(), State::Partial);
    const int kept = session.model()->rowCount();
    QTest::qWait(800); // the old stream's pages would have arrived by now
    QCOMPARE(session.model()->rowCount(), kept);
    QCOMPARE(session.backend(), other.get());

    m_fx.sandbox->setFaultPlan({});
    session.load(m_fx.campaignId(m_campaign), linkId(0), noDate);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Complete);
    QVERIFY(rows(session) == expected(0));

    session.setBackend(nullptr);
    session.load(m_fx.campaignId(m_campaign), linkId(0), noDate);
    QCOMPARE(session.state(), State::Failed);
    QCOMPARE(session.lastError().kind, ApiError::Kind::MissingCredentials);
}

void TestSession::continueAfterCancelGoesOn()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:*:latency=40")));
    ClickSession session(m_backend.get());
    session.load(m_fx.campaignId(m_campaign), QString(), noDate);
    QVERIFY(QTest::qWaitFor([&session] { return session.model()->rowCount() > 0; }, 20000));
    session.cancel();
    QCOMPARE(session.state(), State::Partial);
    QVERIFY(session.canContinue());
    const int kept = session.model()->rowCount();
    const auto want = expected(-1);
    QVERIFY(std::size_t(kept) < want.size());
    session.continueLoad();
    QCOMPARE(session.state(), State::Loading);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Complete);
    QVERIFY(rows(session) == want); // in order, none twice, none missing
    QCOMPARE(session.rowsAdded(), qint64(want.size()) - kept);
    QVERIFY(session.isRefresh());
}

void TestSession::continueAfterErrorAddsOnlyTheMissing()
{
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:3:status=401")));
    ClickSession session(m_backend.get());
    session.load(m_fx.campaignId(m_campaign), QString(), noDate);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Failed);
    const int kept = session.model()->rowCount();
    QVERIFY(kept > 0);
    m_fx.sandbox->setFaultPlan({});
    QSignalSpy resets(session.model(), &QAbstractItemModel::modelReset);
    session.continueLoad();
    QCOMPARE(session.model()->rowCount(), kept); // nothing dropped while it runs
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Complete);
    QCOMPARE(resets.size(), 0);
    QVERIFY(rows(session) == expected(-1));
    QCOMPARE(session.rowsAdded(), qint64(expected(-1).size()) - kept);
}

void TestSession::refreshKeepsEverythingLoaded()
{
    // What the user did: everything loaded, then "since" a date after every click and Refresh. Before, the model
    // was emptied and nothing came back ("Loaded 0 clicks").
    ClickSession session(m_backend.get());
    session.load(m_fx.campaignId(m_campaign), QString(), noDate);
    QVERIFY(waitForEnd(session));
    const auto want = expected(-1);
    QVERIFY(rows(session) == want);
    qint64 newest = INT64_MIN;
    for (const auto &c : want)
        newest = std::max(newest, c.ms);
    const std::int64_t afterEverything = newest + 30LL * 86400 * 1000;
    const std::int64_t since = session.refreshSince(afterEverything);
    QVERIFY(since <= afterEverything);
    session.refresh(since);
    QCOMPARE(session.state(), State::Loading);
    QCOMPARE(session.model()->rowCount(), int(want.size()));
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Complete);
    QVERIFY(rows(session) == want);
    QCOMPARE(session.rowsAdded(), qint64(0));
    // A refresh of everything adds nothing either: every row is there already.
    session.refresh(noDate);
    QVERIFY(waitForEnd(session));
    QVERIFY(rows(session) == want);
    QCOMPARE(session.rowsAdded(), qint64(0));
}

void TestSession::refreshReachesBackForOlderClicks()
{
    // Loaded since a date, then the whole campaign wanted: the older clicks are added after the loaded ones, and
    // the loaded ones stay as they were.
    const auto want = expected(-1);
    std::vector<std::int64_t> times;
    for (const auto &c : want)
        times.push_back(c.ms);
    std::sort(times.begin(), times.end());
    const std::int64_t middle = times[times.size() / 2];
    ClickSession session(m_backend.get());
    session.load(m_fx.campaignId(m_campaign), QString(), middle);
    QVERIFY(waitForEnd(session));
    const auto recent = rows(session);
    QCOMPARE(recent, expectedClicks(m_fx.sandbox->dataset(), m_campaign, -1, middle));
    QCOMPARE(session.coveredSinceMs(), middle);
    QCOMPARE(session.refreshSince(noDate), noDate);
    QCOMPARE(session.refreshSince(middle - 1), middle - 1);
    session.refresh(session.refreshSince(noDate));
    QVERIFY(waitForEnd(session));
    const auto all = rows(session);
    QCOMPARE(all.size(), want.size());
    QVERIFY(std::equal(recent.begin(), recent.end(), all.begin()));
    auto sortedAll = all, sortedWant = want;
    const auto byValue = [](const ExpectedClick &a, const ExpectedClick &b) {
        return std::tie(a.ms, a.contactId, a.linkId) < std::tie(b.ms, b.contactId, b.linkId);
    };
    std::sort(sortedAll.begin(), sortedAll.end(), byValue);
    std::sort(sortedWant.begin(), sortedWant.end(), byValue);
    QVERIFY(sortedAll == sortedWant);
    QCOMPARE(session.coveredSinceMs(), noDate);
}

QTEST_GUILESS_MAIN(TestSession)
void TestSession::pagesWaitAndNothingIsLost()
{
    // Pages reach the model at most every appendInterval(): with an interval longer than the load, the first page
    // shows at once and the rest arrive together when the load ends; the progress signal never counts more rows
    // than the model holds. Interval 0: one insertion per page. Whatever waits is in the model by the time the
    // state changes (Partial, Failed), and a new load drops what the old one left waiting.
    const auto want = expected(-1);
    for (const int interval : { 0, 60000 }) {
        ClickSession session(m_backend.get());
        session.setAppendInterval(interval);
        QSignalSpy inserted(session.model(), &QAbstractItemModel::rowsInserted);
        std::vector<std::pair<qint64, int>> progress; // (its rows, the model's rows) at each signal
        connect(&session, &ClickSession::progress, &session,
            [&](const StreamProgress &p) { progress.emplace_back(p.rows, session.model()->rowCount()); });
        session.load(m_fx.campaignId(m_campaign), QString(), noDate);
        QVERIFY(waitForEnd(session));
        QCOMPARE(session.state(), State::Complete);
        QVERIFY(rows(session) == want);
        const int pages = session.summary().pages;
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        QCOMPARE(inserted.size(), interval == 0 ? pages : 2);
        QVERIFY(!progress.empty());
        for (const auto &[said, held] : progress)
            QCOMPARE(said, qint64(held));
        QCOMPARE(progress.back().first, qint64(want.size()));
    }

    ClickSession session(m_backend.get());
    session.setAppendInterval(60000);
    // Cancelled with pages waiting: they are kept, counted, and in the API's order.
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:4+:latency=2000")));
    QSignalSpy progress(&session, &ClickSession::progress);
    session.load(m_fx.campaignId(m_campaign), QString(), noDate);
    QVERIFY(QTest::qWaitFor([&] { return session.model()->rowCount() > 0; }, 20000));
    const int shownFirst = session.model()->rowCount();
    // Pages 2 and 3 arrive (rowsAdded() counts what arrived) and wait.
    QVERIFY(QTest::qWaitFor([&] { return session.rowsAdded() > shownFirst; }, 20000));
    QCOMPARE(session.model()->rowCount(), shownFirst);
    session.cancel();
    QCOMPARE(session.state(), State::Partial);
    QVERIFY(session.model()->rowCount() > shownFirst);
    QCOMPARE(session.summary().rows, qint64(session.model()->rowCount()));
    const auto partial = rows(session);
    QVERIFY(std::equal(partial.begin(), partial.end(), want.begin()));
    QCOMPARE(progress.last().at(0).value<StreamProgress>().rows, qint64(session.model()->rowCount()));

    // Failed with pages waiting: the same.
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:4:status=401")));
    session.load(m_fx.campaignId(m_campaign), QString(), noDate);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Failed);
    const auto kept = rows(session);
    QCOMPARE(qint64(kept.size()), session.summary().rows);
    QVERIFY(kept.size() > 500 && kept.size() < want.size());
    QVERIFY(std::equal(kept.begin(), kept.end(), want.begin()));

    // A new load while pages of the old one wait: none of them shows.
    m_fx.sandbox->setFaultPlan(*FaultPlan::parse(QStringLiteral("clicks:4+:latency=2000")));
    session.load(m_fx.campaignId(m_campaign), QString(), noDate);
    QVERIFY(QTest::qWaitFor([&] { return session.rowsAdded() > session.model()->rowCount(); }, 20000)); // rows wait
    m_fx.sandbox->setFaultPlan({});
    session.load(m_fx.campaignId(m_campaign), linkId(1), noDate);
    QVERIFY(waitForEnd(session));
    QCOMPARE(session.state(), State::Complete);
    QVERIFY(rows(session) == expected(1));
}

#include "tst_session.moc"
