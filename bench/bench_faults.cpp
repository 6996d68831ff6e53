// SPDX-License-Identifier: GPL-3.0-or-later
// Loading under failing pages (issue 17, "Under load"): 1,000,000 clicks into the real MainWindow (Qt's offscreen
// platform unless QT_QPA_PLATFORM says otherwise) while one click request in five fails and is retried, and how long
// the UI thread is ever kept busy meanwhile. Cases, one after the other against one sandbox:
//   (a) no faults; (b) every 5th click request 503; (c) every 5th dropped mid-body; (d) every 5th answered later
//   than a short transfer timeout; then (a) again, to see the machine's drift; (s) (a) into a ClickSession with no
//   window; then v3 (a) and (b). For each: the load's time, the UI thread's stalls, and where its time went.
// The window gets its backend from BackendFactory::create() with ConnectionOptions as the app does, so a failed page
// is retried by HttpClient's RetryPolicy, with the delays shortened (--retry-base-ms; the default 500 ms, doubled at
// every attempt, would spend ~250 s of a load waiting); (d) alone sets a short transfer timeout (--timeout-ms).
// The sandbox runs in this process on its own thread (SandboxThread), as in bench_cache: its request log gives the
// click requests it served and the faults it injected. The rows the window ends with are checked against the
// generator: their count, a checksum of the multiset of (time, contact id, link id), and one of their order.
// Exits 1 when a check fails, never for a time.
//
// Usage: bench_faults [CLICKS] [CONTACTS] [--api v2|v3|both] [--retry-base-ms MS] [--timeout-ms MS] [--cases abcds]
//                     [--tab clicks|clickers]
//        (default 1000000 300000 --api both --retry-base-ms 10 --timeout-ms 250 --cases abcds --tab clicks; v3 has
//        (a) and (b); (s) is v2's (a) into a ClickSession with no window, to show what the window adds; --tab: the
//        result tab shown while loading, the clicks table as the app opens, or the clickers, which re-sort as pages
//        arrive)
#include "backend/backendfactory.h"
#include "gui/mainwindow.h"
#include "model/clickersmodel.h"
#include "model/clickfilterproxy.h"
#include "model/clicktablemodel.h"
#include "model/linklistmodel.h"
#include "sandbox/sandboxthread.h"
#include "sandbox/v3ids.h"
#include "session/clicksession.h"
#include "stallmeter.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <fstream>
#include <map>
#include <memory>

using namespace ClickScope;
using ClickScope::Bench::StallMeter;

namespace {

QTextStream out(stdout);

QString thousands(qint64 v)
{
    QString s = QString::number(v);
    for (qsizetype i = s.size() - 3; i > (v < 0 ? 1 : 0); i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

QString fixed(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals);
}

// The machine's load average (Linux), for the record: other work on the same cores inflates every time.
QString loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    if (!(in >> one >> five >> fifteen))
        return QStringLiteral("not known");
    return QString::fromStdString(one + ' ' + five + ' ' + fifteen);
}

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::uint64_t fnv1a(QByteArrayView bytes, std::uint64_t h = 0xcbf29ce484222325ULL)
{
    for (char c : bytes)
        h = (h ^ std::uint8_t(c)) * 0x100000001b3ULL;
    return h;
}

// Rows as (time, contact id, link id): `set` is the same for the same multiset in any order (a sum, so a row twice
// counts twice), `sequence` only for the same rows in the same order.
struct Checksum {
    qint64 rows = 0;
    std::uint64_t set = 0;
    std::uint64_t sequence = 0;

    void add(std::int64_t ms, QByteArrayView contactId, QByteArrayView linkId)
    {
        const std::uint64_t h = mix(fnv1a(linkId, fnv1a(contactId) ^ 0x7c) ^ mix(std::uint64_t(ms)));
        ++rows;
        set += h;
        sequence = mix(sequence ^ h);
    }
    QString text() const
    {
        return QString::number(set, 16).right(8) + QLatin1Char('/') + QString::number(sequence, 16).right(8);
    }
};

// The campaign's clicks as the generator has them, in the order the API pages them (newest first; v3: the primary
// email's, then the resend's).
Checksum expectedClicks(const Sandbox::Dataset &d, int campaign, ApiVersion api)
{
    namespace SV3 = Sandbox::V3;
    const Sandbox::Campaign &c = d.campaigns()[std::size_t(campaign)];
    Checksum sum;
    if (api == ApiVersion::V2) {
        for (std::uint32_t i = c.clickCount; i-- > 0;) {
            const QByteArray link = QByteArray::number(qlonglong(c.links[std::size_t(d.clickLink(campaign, i))].id));
            sum.add(d.clickTime(campaign, i),
                QByteArray::number(qlonglong(Sandbox::Dataset::contactId(d.clickContact(campaign, i)))), link);
        }
        return sum;
    }
    for (const SV3::Role role : { SV3::Role::Primary, SV3::Role::Resend }) {
        if (role == SV3::Role::Resend && !SV3::hasResend(d, campaign))
            continue;
        for (std::uint32_t i = c.clickCount; i-- > 0;) {
            if (!SV3::clickInActivity(d, campaign, i, role))
                continue;
            const QByteArray link = QByteArray::number(qlonglong(c.links[std::size_t(d.clickLink(campaign, i))].id));
            sum.add(SV3::reportedClickMs(d, campaign, i), SV3::contactId(d, d.clickContact(campaign, i)), link);
        }
    }
    return sum;
}

Checksum modelClicks(const ClickStore &store)
{
    Checksum sum;
    for (const ClickRecord &rec : store.records())
        sum.add(rec.clickMs, store.contactId(rec.contact), store.linkId(rec.link));
    return sum;
}

struct Case {
    QString name; // "(b)"
    ApiVersion api = ApiVersion::V2;
    QString plan; // the sandbox's fault plan; empty: none
    bool shortTimeout = false;
    bool withoutWindow = false; // a ClickSession alone, as bench_cache loads: what the window adds
};

struct Result {
    Case what;
    ClickSession::State state = ClickSession::State::Idle;
    QString error;
    qint64 loadMs = -1; // state Loading to Complete (or Failed)
    StreamSummary summary;
    qint64 worstMs = 0;
    double p99Ms = 0;
    int over50 = 0, over16 = 0, ticks = 0;
    std::vector<StallMeter::Gap> longest;
    qint64 completeGapMs = 0; // the gap that holds the window's handling of Complete
    qint64 completeAtUs = 0;
    Checksum rows;
    int clickRequests = 0; // served by the sandbox on the clicks route
    int faulted = 0; // of those, the ones the plan applied to
    int failedStatus = 0; // of those, answered with an error status or dropped
    QStringList explain; // where the UI thread's time went
};

// Where the UI thread's time goes: every event the application dispatches from its event loop (a "top-level"
// event), timed in QApplication::notify(), by event type and receiver class; paint events of every widget, and spans
// the benchmark marks inside them (a batch of rows appended, the clickers' re-sort, the end of the load). A stall of
// the loop is then put down to the top-level event that held it. Timing costs two clock reads per event.
struct Stat {
    int count = 0;
    qint64 totalUs = 0, maxUs = 0;
    void add(qint64 us)
    {
        ++count;
        totalUs += us;
        maxUs = std::max(maxUs, us);
    }
};

class Profile
{
public:
    struct TopEvent {
        qint64 startUs = 0, us = 0;
        int type = 0;
        const QMetaObject *receiver = nullptr;
        int inner = -1; // the longest marked span inside it: an index into labels()
        qint64 innerUs = 0;
    };

    Profile() { m_clock.start(); }
    // From now on (times since the program started; originUs() is now); what was counted before is forgotten.
    void start()
    {
        m_byKind.clear();
        m_spans.clear();
        m_events.clear();
        m_busyUs = m_completeUs = 0;
        m_completeInside = false;
        m_originUs = nowUs();
        m_active = true;
    }
    void stop() { m_active = false; }
    bool active() const { return m_active; }
    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }
    qint64 originUs() const { return m_originUs; }

    // A span of `label` that ended now.
    void span(const QString &label, qint64 us)
    {
        if (!m_active)
            return;
        m_spans[label].add(us);
        if (us > m_innerUs) {
            m_inner = labelId(label);
            m_innerUs = us;
        }
    }
    // The load ended inside the current top-level event: that event is the window's handling of the end.
    void markComplete() { m_completeInside = true; }

    // Called by the application around every event.
    int enter()
    {
        if (m_depth == 0) {
            m_inner = -1;
            m_innerUs = 0;
        }
        return m_depth++;
    }
    void leave(int depth, qint64 startUs, int type, const QMetaObject *receiver)
    {
        m_depth = depth;
        if (depth != 0 || !m_active || startUs < m_originUs)
            return;
        const qint64 us = nowUs() - startUs;
        m_byKind[{ type, receiver }].add(us);
        m_busyUs += us;
        if (m_completeInside) {
            m_completeInside = false;
            m_completeUs = us;
            m_inner = labelId(QStringLiteral("the window's end of the load"));
            m_innerUs = us;
        }
        if (us >= 1000)
            m_events.push_back({ startUs, us, type, receiver, m_inner, m_innerUs });
    }

    static QString kindName(int type, const QMetaObject *receiver)
    {
        const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        return (name ? QString::fromLatin1(name) : QString::number(type)) + QStringLiteral(" to ")
            + QString::fromLatin1(receiver ? receiver->className() : "?");
    }
    // What held the loop in an event: its kind, and the marked span inside when that took most of it.
    QString describe(const TopEvent &e) const
    {
        QString text = kindName(e.type, e.receiver);
        if (e.inner >= 0 && e.innerUs * 2 >= e.us)
            text += QStringLiteral(": ") + m_labels[std::size_t(e.inner)];
        return text;
    }

    const std::map<std::pair<int, const QMetaObject *>, Stat> &byKind() const { return m_byKind; }
    const std::map<QString, Stat> &spans() const { return m_spans; }
    const std::vector<TopEvent> &events() const { return m_events; } // top-level events of 1 ms or more
    qint64 busyUs() const { return m_busyUs; }
    qint64 completeUs() const { return m_completeUs; }

private:
    int labelId(const QString &label)
    {
        const auto at = std::find(m_labels.begin(), m_labels.end(), label);
        if (at != m_labels.end())
            return int(at - m_labels.begin());
        m_labels.push_back(label);
        return int(m_labels.size()) - 1;
    }

    QElapsedTimer m_clock;
    qint64 m_originUs = 0;
    bool m_active = false;
    int m_depth = 0;
    int m_inner = -1;
    qint64 m_innerUs = 0;
    bool m_completeInside = false;
    qint64 m_completeUs = 0;
    qint64 m_busyUs = 0;
    std::vector<QString> m_labels;
    std::map<std::pair<int, const QMetaObject *>, Stat> m_byKind;
    std::map<QString, Stat> m_spans;
    std::vector<TopEvent> m_events;
};

class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;
    Profile profile;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs on every thread (the network's, the sandbox's): only the UI thread's events are timed.
        if (!profile.active() || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Read before: the receiver may be gone afterwards (a deferred delete).
        const int type = int(event->type());
        const QMetaObject *meta = receiver->metaObject();
        QString painted;
        if (type == QEvent::Paint) {
            // Named for the nearest widget with a name of its own (a scroll area's viewport for its view).
            const QObject *named = receiver;
            while (named->parent()
                && (named->objectName().isEmpty() || named->objectName().startsWith(QLatin1String("qt_"))))
                named = named->parent();
            painted = QStringLiteral("paint ") + named->objectName() + QLatin1Char(' ')
                + QString::fromLatin1(receiver->metaObject()->className());
        }
        const qint64 startUs = profile.nowUs();
        const int depth = profile.enter();
        const bool done = QApplication::notify(receiver, event);
        profile.leave(depth, startUs, type, meta);
        if (!painted.isEmpty())
            profile.span(painted, profile.nowUs() - startUs);
        return done;
    }
};

int failures = 0;
void check(bool ok, const QString &what)
{
    if (!ok)
        ++failures;
    out << "  check: " << what << (ok ? " ... ok\n" : " ... FAILED\n");
    out.flush();
}

QString ms(qint64 us)
{
    return QString::number(double(us) / 1000.0, 'f', us < 10000 ? 1 : 0) + QStringLiteral(" ms");
}

// What the profile says of the load: how busy the UI thread was, in what, and what held each long stall.
QStringList explainStalls(const Profile &profile, const StallMeter &stall, double spanMs)
{
    QStringList lines;
    lines << QStringLiteral("UI thread inside events: %1 of the %2 (%3%)")
                 .arg(ms(profile.busyUs()), ms(qint64(spanMs * 1000)))
                 .arg(fixed(double(profile.busyUs()) / (spanMs * 10.0), 0));
    std::vector<std::pair<std::pair<int, const QMetaObject *>, Stat>> kinds(
        profile.byKind().begin(), profile.byKind().end());
    std::sort(
        kinds.begin(), kinds.end(), [](const auto &a, const auto &b) { return a.second.totalUs > b.second.totalUs; });
    QStringList parts;
    for (std::size_t i = 0; i < std::min<std::size_t>(6, kinds.size()); ++i)
        parts << QStringLiteral("%1 %2 (%3x, longest %4)")
                     .arg(Profile::kindName(kinds[i].first.first, kinds[i].first.second), ms(kinds[i].second.totalUs))
                     .arg(kinds[i].second.count)
                     .arg(ms(kinds[i].second.maxUs));
    lines << QStringLiteral("top-level events by kind: ") + parts.join(QStringLiteral("; "));
    // Every marked span, and the four widgets whose painting took longest.
    std::vector<std::pair<QString, Stat>> spans(profile.spans().begin(), profile.spans().end());
    std::stable_sort(
        spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.second.totalUs > b.second.totalUs; });
    parts.clear();
    int paints = 0;
    for (const auto &[label, stat] : spans) {
        if (label.startsWith(QLatin1String("paint ")) && ++paints > 4)
            continue;
        parts << QStringLiteral("%1 %2 (%3x, mean %4, longest %5)")
                     .arg(label, ms(stat.totalUs))
                     .arg(stat.count)
                     .arg(ms(stat.totalUs / std::max(1, stat.count)), ms(stat.maxUs));
    }
    lines << QStringLiteral("inside them: ") + parts.join(QStringLiteral("; "));
    // Each stall over 50 ms, put down to the top-level event that overlaps it most.
    std::map<QString, Stat> held;
    qint64 stalledUs = 0, coveredUs = 0;
    const std::vector<Profile::TopEvent> &events = profile.events();
    for (const StallMeter::Gap &g : stall.gaps()) {
        if (g.us <= 50000)
            continue;
        const qint64 end = profile.originUs() + g.endUs, begin = end - g.us;
        const Profile::TopEvent *best = nullptr;
        qint64 bestOverlap = 0, covered = 0;
        for (const Profile::TopEvent &e : events) {
            const qint64 overlap = std::min(end, e.startUs + e.us) - std::max(begin, e.startUs);
            if (overlap <= 0)
                continue;
            covered += overlap;
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = &e;
            }
        }
        stalledUs += g.us;
        coveredUs += covered;
        held[best && bestOverlap * 2 >= g.us ? profile.describe(*best)
                                             : QStringLiteral("no single event (many short ones, or the thread "
                                                              "not running)")]
            .add(g.us);
    }
    if (held.empty())
        return lines;
    std::vector<std::pair<QString, Stat>> byCause(held.begin(), held.end());
    std::sort(
        byCause.begin(), byCause.end(), [](const auto &a, const auto &b) { return a.second.count > b.second.count; });
    parts.clear();
    for (const auto &[cause, stat] : byCause)
        parts << QStringLiteral("%1 x %2 (longest %3)").arg(stat.count).arg(cause, ms(stat.maxUs));
    lines << QStringLiteral("stalls over 50 ms by what held the loop (events of 1 ms or more cover %1% of them): ")
                 .arg(fixed(100.0 * double(coveredUs) / double(std::max<qint64>(stalledUs, 1)), 0))
            + parts.join(QStringLiteral("; "));
    return lines;
}

// Runs the event loop for `ms`: lets the window show, paint and settle.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Qt's offscreen platform says this for every window shown; nothing else is left out.
QtMessageHandler previousHandler = nullptr;
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    Profile &profile = app.profile;
    previousHandler = qInstallMessageHandler(quietMessages);
    QStandardPaths::setTestModeEnabled(true); // the window's settings go to a scratch place
    QCoreApplication::setOrganizationName(QStringLiteral("ClickScopeBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_faults"));

    QList<qint64> numbers;
    QString api = QStringLiteral("both");
    int retryBaseMs = 10;
    int timeoutMs = 250;
    QString only = QStringLiteral("abcds"); // the cases to run, by letter
    QString tab = QStringLiteral("clicks");
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--api") && hasValue)
            api = args[++i];
        else if (arg == QLatin1String("--retry-base-ms") && hasValue)
            retryBaseMs = args[++i].toInt();
        else if (arg == QLatin1String("--timeout-ms") && hasValue)
            timeoutMs = args[++i].toInt();
        else if (arg == QLatin1String("--cases") && hasValue)
            only = args[++i];
        else if (arg == QLatin1String("--tab") && hasValue)
            tab = args[++i];
        else if (!arg.startsWith(QLatin1String("--")))
            numbers.append(arg.toLongLong());
        else
            numbers.append(-1);
    }
    if ((api != QLatin1String("v2") && api != QLatin1String("v3") && api != QLatin1String("both"))
        || numbers.contains(-1) || retryBaseMs < 0 || timeoutMs < 1 || only.isEmpty()
        || (tab != QLatin1String("clicks") && tab != QLatin1String("clickers"))) {
        out << "usage: bench_faults [CLICKS] [CONTACTS] [--api v2|v3|both] [--retry-base-ms MS] [--timeout-ms MS] "
               "[--cases abcds] [--tab clicks|clickers]\n";
        return 2;
    }
    const qint64 clicks = numbers.value(0, 1000000);
    const qint64 contacts = numbers.value(1, 300000);
    // Past the transfer timeout, whatever it is: the answer comes long after the client gave up on it.
    const int latencyMs = std::max(1000, timeoutMs * 4);
    const QString command = QStringLiteral(
        "build/release/bin/bench_faults %1 %2 --api %3 --retry-base-ms %4 --timeout-ms %5 --cases %6 --tab %7")
                                .arg(clicks)
                                .arg(contacts)
                                .arg(api)
                                .arg(retryBaseMs)
                                .arg(timeoutMs)
                                .arg(only, tab);
    QElapsedTimer wall;
    wall.start();
    const QString loadBefore = loadAverage();

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

    Checksum expectedV2, expectedV3;
    QString campaignId; // v2's
    onSandbox([&] {
        campaignId = sandbox->liveCampaignId();
        const Sandbox::Dataset &d = sandbox->dataset();
        const int campaign = d.campaignIndexForId(sandbox->liveCampaignId().toLongLong());
        if (campaign < 0)
            return;
        expectedV2 = expectedClicks(d, campaign, ApiVersion::V2);
        expectedV3 = expectedClicks(d, campaign, ApiVersion::V3);
    });

    RetryPolicy retry; // HttpClient's policy, only its delays shortened
    retry.baseDelayMs = retryBaseMs;
    retry.maxDelayMs = retryBaseMs * 10;

    out << "bench_faults: " << thousands(expectedV2.rows) << " clicks of " << thousands(contacts)
        << " contacts, one campaign, one link, 500-row pages, no rate limit; MainWindow on the \""
        << QGuiApplication::platformName() << "\" platform; sandbox in this process on its own thread\n";
    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " cores, Qt " << qVersion() << ", load average " << loadBefore << '\n';
    out << "Retries: HttpClient's RetryPolicy, attempts " << retry.attempts << ", delay " << retry.baseDelayMs
        << " ms doubled per attempt (x0.5-1.5 jitter), at most " << retry.maxDelayMs
        << " ms (the app: " << RetryPolicy().baseDelayMs << " / " << RetryPolicy().maxDelayMs
        << " ms); transfer timeout " << ConnectionOptions().timeoutMs << " ms, in (d) " << timeoutMs
        << " ms with the answers " << latencyMs << " ms late\n";
    out.flush();

    QList<Case> cases;
    const QList<Case> v2Cases { { QStringLiteral("(a)"), ApiVersion::V2, QString(), false },
        { QStringLiteral("(b)"), ApiVersion::V2, QStringLiteral("clicks:*/5:status=503"), false },
        { QStringLiteral("(c)"), ApiVersion::V2, QStringLiteral("clicks:*/5:drop"), false },
        { QStringLiteral("(d)"), ApiVersion::V2, QStringLiteral("clicks:*/5:latency=%1").arg(latencyMs), true } };
    const QList<Case> v3Cases { { QStringLiteral("(a)"), ApiVersion::V3, QString(), false },
        { QStringLiteral("(b)"), ApiVersion::V3, QStringLiteral("v3-clicks:*/5:status=503"), false } };
    const auto wanted = [&only](const Case &c) { return only.contains(c.name.at(1)); };
    if (api != QLatin1String("v3")) {
        for (const Case &c : v2Cases)
            if (wanted(c))
                cases << c;
        if (wanted(v2Cases[0]) && cases.size() > 1) // the machine's drift over the run
            cases << Case { QStringLiteral("(a) again"), ApiVersion::V2, QString(), false };
        if (only.contains(QLatin1Char('s')))
            cases << Case { QStringLiteral("(s) no window"), ApiVersion::V2, QString(), false, true };
    }
    if (api != QLatin1String("v2"))
        for (const Case &c : v3Cases)
            if (wanted(c))
                cases << c;

    std::vector<Result> results;
    for (const Case &c : std::as_const(cases)) {
        const bool v3 = c.api == ApiVersion::V3;
        const QString label = (v3 ? QStringLiteral("v3 ") : QStringLiteral("v2 ")) + c.name;
        Sandbox::FaultPlan plan;
        if (!c.plan.isEmpty()) {
            QString why;
            const auto parsed = Sandbox::FaultPlan::parse(c.plan, &why);
            if (!parsed) {
                out << label << ": bad fault plan: " << why << '\n';
                return 2;
            }
            plan = *parsed;
        }
        onSandbox([&] {
            sandbox->setFaultPlan(plan);
            sandbox->clearRequestLog();
        });

        Account account;
        account.api = c.api;
        account.baseUrl = sandboxThread.baseUrl();
        if (v3)
            account.credentials.accessToken = QString::fromLatin1(Sandbox::defaultV3AccessToken);
        else
            account.credentials = Credentials::v2(
                QString::fromLatin1(Sandbox::defaultApiKey), QString::fromLatin1(Sandbox::defaultAccessToken));
        ConnectionOptions options;
        options.requestsPerSecond = 0;
        options.retry = retry;
        if (c.shortTimeout)
            options.timeoutMs = timeoutMs;
        QNetworkAccessManager nam;
        std::unique_ptr<TrackingBackend> backend = BackendFactory::create(account, &nam, options, &error);
        if (!backend) {
            out << label << ": no backend: " << error << '\n';
            return 2;
        }

        Result r;
        r.what = c;
        QSettings().clear(); // no last campaign or link: the newest campaign and "All links" open
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<ClickSession> bare;
        ClickSession *session = nullptr;
        if (c.withoutWindow) {
            bare = std::make_unique<ClickSession>(backend.get());
            session = bare.get();
        } else {
            window = std::make_unique<MainWindow>();
            window->setBackend(std::move(backend));
            window->resize(1280, 800);
            if (tab == QLatin1String("clickers")) {
                auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("resultTabs"));
                if (!tabs) {
                    out << "no result tabs in the window\n";
                    return 2;
                }
                tabs->setCurrentIndex(1);
            }
            window->show();
            settle(300); // shown and painted before anything loads
            session = window->findChild<ClickSession *>();
        }
        if (!session) {
            out << "no ClickSession in the window\n";
            return 2;
        }

        StallMeter stall;
        QElapsedTimer clock;
        QEventLoop loop;
        QObject::connect(session, &ClickSession::stateChanged, &loop, [&](ClickSession::State s) {
            using State = ClickSession::State;
            if (s == State::Loading) {
                profile.start();
                stall.start();
                clock.start();
            } else if (s == State::Complete || s == State::Failed) {
                // Connected after the window's own slot: its handling of the end is in the gap that holds this.
                r.loadMs = clock.elapsed();
                r.completeAtUs = clock.nsecsElapsed() / 1000;
                r.state = s;
                profile.markComplete();
                QTimer::singleShot(300, &loop, &QEventLoop::quit); // the repaint after the end counts too
            }
        });
        // Spans inside the events: a batch appended to the table's model (connected last, so the proxy, the series
        // and the views have handled it), and the clickers' re-sort and recompute.
        qint64 appendStart = 0, sortStart = 0, resetStart = 0;
        ClickTableModel *model = session->model();
        QObject::connect(
            model, &QAbstractItemModel::rowsAboutToBeInserted, &loop, [&] { appendStart = profile.nowUs(); });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &loop, [&] {
            profile.span(
                QStringLiteral("a batch appended (model, proxy, series, views)"), profile.nowUs() - appendStart);
        });
        // The end of the load: from the last batch to the link list's counts from the rows, and the proxy's refilter
        // (a reset) with what follows it (the series' and the clickers' recompute).
        qint64 lastAppendEnd = 0, refilterStart = 0, refilterEnd = 0;
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &loop, [&] { lastAppendEnd = profile.nowUs(); });
        if (auto *links = window ? window->findChild<LinkListModel *>() : nullptr)
            QObject::connect(links, &QAbstractItemModel::dataChanged, &loop, [&] {
                if (r.loadMs < 0 && session->state() != ClickSession::State::Loading)
                    profile.span(
                        QStringLiteral("from the last batch to the link counts"), profile.nowUs() - lastAppendEnd);
            });
        ClickFilterProxy *proxy = session->proxy();
        QObject::connect(
            proxy, &QAbstractItemModel::modelAboutToBeReset, &loop, [&] { refilterStart = profile.nowUs(); });
        QObject::connect(proxy, &QAbstractItemModel::modelReset, &loop, [&] {
            refilterEnd = profile.nowUs();
            profile.span(QStringLiteral("the proxy's refilter (a reset)"), refilterEnd - refilterStart);
        });
        QObject::connect(proxy, &ClickFilterProxy::acceptedChanged, &loop, [&](bool appendedOnly) {
            if (!appendedOnly)
                profile.span(QStringLiteral("after the refilter: the series and the clickers recompute"),
                    profile.nowUs() - refilterEnd);
        });
        if (auto *clickers = window ? window->findChild<ClickersModel *>() : nullptr) {
            QObject::connect(
                clickers, &QAbstractItemModel::layoutAboutToBeChanged, &loop, [&] { sortStart = profile.nowUs(); });
            QObject::connect(clickers, &QAbstractItemModel::layoutChanged, &loop,
                [&] { profile.span(QStringLiteral("the clickers' re-sort"), profile.nowUs() - sortStart); });
            QObject::connect(
                clickers, &QAbstractItemModel::modelAboutToBeReset, &loop, [&] { resetStart = profile.nowUs(); });
            QObject::connect(clickers, &QAbstractItemModel::modelReset, &loop,
                [&] { profile.span(QStringLiteral("the clickers' recompute"), profile.nowUs() - resetStart); });
        }
        QTimer::singleShot(30 * 60 * 1000, &loop, &QEventLoop::quit);
        if (window)
            window->start();
        else
            session->load(campaignId, QString(), noDate);
        loop.exec();
        stall.stop();
        profile.stop();
        r.explain = explainStalls(profile, stall, double(r.loadMs) + 300);

        r.summary = session->summary();
        if (r.state == ClickSession::State::Failed)
            r.error = session->lastError().userMessage();
        r.worstMs = stall.worstMs();
        r.p99Ms = stall.percentileMs(99);
        r.over50 = stall.gapsOverMs(50);
        r.over16 = stall.gapsOverMs(16);
        r.ticks = int(stall.gaps().size());
        r.longest = stall.longest(5);
        for (const StallMeter::Gap &g : stall.gaps())
            if (g.endUs >= r.completeAtUs && g.endUs - g.us <= r.completeAtUs)
                r.completeGapMs = (g.us + 500) / 1000;
        r.rows = modelClicks(session->model()->store());
        const Sandbox::Route clicksRoute = v3 ? Sandbox::Route::V3Clicks : Sandbox::Route::Clicks;
        onSandbox([&] {
            for (const Sandbox::RequestRecord &rec : sandbox->requestLog()) {
                if (rec.route != clicksRoute)
                    continue;
                ++r.clickRequests;
                r.failedStatus += rec.status != 200 || rec.dropped ? 1 : 0;
                for (const Sandbox::FaultRule &rule : std::as_const(plan.rules))
                    if (rule.matches(rec.route, rec.routeRequest)) {
                        ++r.faulted;
                        break;
                    }
            }
        });
        window.reset();
        bare.reset();
        backend.reset();
        settle(50); // deferred deletions

        const Checksum &want = v3 ? expectedV3 : expectedV2;
        const auto complete = r.state == ClickSession::State::Complete;
        out << label << ' ' << (c.plan.isEmpty() ? QStringLiteral("no faults") : c.plan) << ": "
            << (complete ? QStringLiteral("Complete") : QStringLiteral("NOT complete: ") + r.error) << " in "
            << r.loadMs << " ms, " << r.summary.pages << " pages, " << r.summary.requests << " requests ("
            << r.summary.requests - r.summary.pages << " retries), sandbox: " << r.clickRequests << " click requests, "
            << r.faulted << " faulted (" << r.failedStatus << " with an error status or dropped); stall longest "
            << r.worstMs << " ms, p99 " << fixed(r.p99Ms, 1) << " ms, " << r.over50 << " gaps > 50 ms, " << r.over16
            << " > 16 ms of " << r.ticks << "; the gap holding Complete " << r.completeGapMs << " ms; longest at";
        for (const StallMeter::Gap &g : r.longest)
            out << ' ' << (g.us + 500) / 1000 << " ms@" << fixed(double(g.endUs) / 1e6, 2) << 's';
        out << '\n';
        for (const QString &line : std::as_const(r.explain))
            out << "  " << line << '\n';
        check(complete, label + QStringLiteral(": the load completes"));
        check(r.rows.rows == want.rows && r.rows.set == want.set,
            label
                + QStringLiteral(": %1 rows, the generator %2, the same multiset (checksum %3, the generator %4)")
                      .arg(r.rows.rows)
                      .arg(want.rows)
                      .arg(r.rows.text(), want.text()));
        check(r.rows.sequence == want.sequence, label + QStringLiteral(": in the generator's order"));
        check(r.summary.requests == r.clickRequests,
            label
                + QStringLiteral(": the client's %1 requests are the sandbox's %2 click requests")
                      .arg(r.summary.requests)
                      .arg(r.clickRequests));
        results.push_back(r);
    }

    // --- the table -----------------------------------------------------------------------------------------------
    out << "\n"
        << command << ", " << QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd")) << ", "
        << QSysInfo::prettyProductName() << ' ' << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " cores, Qt " << qVersion() << ", " << fixed(double(wall.elapsed()) / 1000.0)
        << " s, load average before " << loadBefore << ", after " << loadAverage() << "\n\n";
    out << "| case | fault plan | load | ÷ no faults | pages / click requests / retries | faulted | longest stall | "
           "p99 "
           "stall | gaps > 50 ms | rows = generator | checksums |\n|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const Result &r : results) {
        const bool v3 = r.what.api == ApiVersion::V3;
        double base = 0; // the mean of the same API's loads with no faults
        int baseRuns = 0;
        for (const Result &o : results)
            if (o.what.api == r.what.api && o.what.plan.isEmpty() && !o.what.withoutWindow) {
                base += double(o.loadMs);
                ++baseRuns;
            }
        base /= std::max(1, baseRuns);
        const Checksum &want = v3 ? expectedV3 : expectedV2;
        out << "| " << (v3 ? "v3 " : "v2 ") << r.what.name << " | "
            << (r.what.plan.isEmpty() ? QStringLiteral("none") : QLatin1Char('`') + r.what.plan + QLatin1Char('`'))
            << (r.what.shortTimeout ? QStringLiteral(", timeout %1 ms").arg(timeoutMs) : QString()) << " | "
            << thousands(r.loadMs) << " ms | " << (base > 0 ? fixed(double(r.loadMs) / base, 2) : QString()) << " | "
            << r.summary.pages << " / " << r.clickRequests << " / " << r.summary.requests - r.summary.pages << " | "
            << r.faulted << " | " << r.worstMs << " ms | " << fixed(r.p99Ms, 1) << " ms | " << r.over50 << " | "
            << thousands(r.rows.rows) << (r.rows.rows == want.rows ? " yes" : " **no**") << " | "
            << (r.rows.set == want.set ? "set ok" : "set **differs**") << ", "
            << (r.rows.sequence == want.sequence ? "order ok" : "order **differs**") << " |\n";
    }
    out << (failures ? QStringLiteral("\n%1 check(s) FAILED\n").arg(failures)
                     : QStringLiteral("\nall checks passed\n"));
    return failures ? 1 : 0;
}
