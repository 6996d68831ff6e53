// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3/v3backend.h"

#include "domain/isotime.h"
#include "net/paging.h"
#include "v3/v3auth.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace ClickScope {

namespace {

    const QByteArray v3Prefix = QByteArrayLiteral("/v3/");

    struct V3BackendText {
        Q_DECLARE_TR_FUNCTIONS(ClickScope::V3BackendText)
    };

    QByteArray encoded(const QString &id)
    {
        return QUrl::toPercentEncoding(id);
    }

} // namespace

V3Backend::V3Backend(HttpClient *client, V3TokenManager *tokens, QObject *parent)
    : TrackingBackend(parent)
    , m_client(client)
    , m_tokens(tokens)
{ }

BackendCapabilities V3Backend::capabilities() const
{
    BackendCapabilities c;
    c.serverSideSince = false; // paging stops at the first older row
    c.clickIds = false;
    c.identicalRowsAreDistinct = true; // no click id and whole-minute times: repeats are real clicks
    return c;
}

AccountInfo V3Backend::account() const
{
    return { ApiVersion::V3, m_client->baseUrl() };
}

bool V3Backend::hasCredentials() const
{
    return m_client->hasCredentials();
}

ApiError V3Backend::explain(const ApiError &error, Need need)
{
    if (error.kind != ApiError::Kind::Forbidden)
        return error;
    QString what;
    switch (need) {
    case Need::Campaigns:
        what = V3BackendText::tr("reading campaigns needs the campaign_data scope and the campaign:read privilege");
        break;
    case Need::Reports:
        what = V3BackendText::tr(
            "reading email reports needs the campaign_data scope and the ui:campaign:metrics privilege");
        break;
    case Need::Contacts:
        what = V3BackendText::tr("reading contacts needs the contact_data scope and the contacts:read privilege");
        break;
    case Need::ContactReports:
        what = V3BackendText::tr(
            "reading contact reports needs the contact_data scope and the ui:campaign:metrics privilege");
        break;
    }
    ApiError explained = error;
    explained.errorMessage = V3BackendText::tr(
        "Constant Contact refused access (%1): %2. Sign in again to grant the scope, or ask the account owner for a "
        "user role with that privilege.")
                                 .arg(error.errorMessage, what);
    return explained;
}

void V3Backend::verify(QObject *context, std::function<void(const ApiError &)> done)
{
    ApiCall *call = m_client->get("/v3/emails?limit=1");
    QObject::connect(call, &ApiCall::finished, context,
        [done = std::move(done)](ApiCall *c) { done(explain(c->error(), Need::Campaigns)); });
    call->start();
}

void V3Backend::campaigns(
    const QString &status, QObject *context, std::function<void(const QList<CampaignSummary> &, const ApiError &)> done)
{
    // No status filter on the server (§2.1): every campaign, newest updated first, filtered here. "SENT" means Done
    // (the v2 word the window asks with); "ALL" or "" means everything but Removed.
    const QString wanted = status.compare(QLatin1String("SENT"), Qt::CaseInsensitive) == 0 ? QStringLiteral("Done")
        : status.compare(QLatin1String("ALL"), Qt::CaseInsensitive) == 0                   ? QString()
                                                                                           : status;
    Paging::followPages<CampaignSummary>(
        m_client, v3Prefix, "/v3/emails?limit=500", context, V3::parseEmailPage,
        [wanted](const V3::EmailPage &p) {
            QList<CampaignSummary> kept;
            for (const CampaignSummary &c : p.campaigns) {
                if (wanted.isEmpty() ? c.status.compare(QLatin1String("Removed"), Qt::CaseInsensitive) != 0
                                     : c.status.compare(wanted, Qt::CaseInsensitive) == 0)
                    kept.append(c);
            }
            return kept;
        },
        [](const V3::EmailPage &p) { return p.nextLink; },
        [done = std::move(done)](const QList<CampaignSummary> &list, const ApiError &error) {
            done(list, explain(error, Need::Campaigns));
        });
}

void V3Backend::reportActivities(const QString &campaignId, QObject *context,
    std::function<void(const QList<V3::CampaignActivityRef> &, const ApiError &)> done)
{
    if (const auto it = m_activities.constFind(campaignId); it != m_activities.cend()) {
        const QList<V3::CampaignActivityRef> known = *it;
        QTimer::singleShot(0, context, [done, known] { done(known, {}); });
        return;
    }
    QPointer<V3Backend> self(this);
    Paging::getOne<V3::Email>(m_client, "/v3/emails/" + encoded(campaignId), context, V3::parseEmail,
        std::function<void(const V3::Email &, const ApiError &)>(
            [self, campaignId, done](const V3::Email &email, const ApiError &error) {
                if (error.isError())
                    return done({}, explain(error, Need::Campaigns));
                QList<V3::CampaignActivityRef> reports;
                for (const QString &role : { QStringLiteral("primary_email"), QStringLiteral("resend") })
                    for (const V3::CampaignActivityRef &a : email.activities)
                        if (a.role == role)
                            reports.append(a);
                if (self)
                    self->m_activities.insert(campaignId, reports);
                done(reports, {});
            }));
}

void V3Backend::campaign(
    const QString &id, QObject *context, std::function<void(const Campaign &, const ApiError &)> done)
{
    // /v3/emails/{id} for the campaign and its activities; then links and stats of the report activities.
    struct State {
        Campaign campaign;
        QList<V3::CampaignActivityRef> reports;
        int pending = 0;
        ApiError error;
        QHash<QString, qsizetype> linkRow; // url_id -> index in campaign.links
        std::function<void(const Campaign &, const ApiError &)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    QPointer<V3Backend> self(this);
    QPointer<QObject> alive(context);
    const auto settle = [state] {
        if (--state->pending > 0)
            return;
        if (state->error.isError())
            return state->done({}, state->error);
        state->done(state->campaign, {});
    };
    Paging::getOne<V3::Email>(m_client, "/v3/emails/" + encoded(id), context, V3::parseEmail,
        std::function<void(const V3::Email &, const ApiError &)>(
            [self, alive, state, settle](const V3::Email &email, const ApiError &error) {
                if (error.isError())
                    return state->done({}, explain(error, Need::Campaigns));
                if (!self || !alive)
                    return;
                Campaign &c = state->campaign;
                c.id = email.summary.id;
                c.name = email.summary.name;
                c.status = email.summary.status;
                c.modifiedMs = email.summary.modifiedMs;
                c.createdMs = email.createdMs;
                // The v3 campaign has no send date of its own (the list's updated_at stands in for it).
                c.lastRunMs = noDate;
                c.nextRunMs = noDate;
                c.linkCountsAreClickers = true; // unique_clicks (§2.3)
                for (const QString &role : { QStringLiteral("primary_email"), QStringLiteral("resend") })
                    for (const V3::CampaignActivityRef &a : email.activities)
                        if (a.role == role)
                            state->reports.append(a);
                self->m_activities.insert(c.id, state->reports);
                if (state->reports.isEmpty())
                    return state->done(c, {});

                // Links of each report activity; a url_id in both is one row with the counts added.
                state->pending = int(state->reports.size()) + 1;
                for (const V3::CampaignActivityRef &a : std::as_const(state->reports)) {
                    Paging::getOne<QList<LinkInfo>>(self->m_client,
                        "/v3/reports/email_reports/" + encoded(a.id) + "/links?no_clicks=true", alive.data(),
                        V3::parseLinks,
                        std::function<void(const QList<LinkInfo> &, const ApiError &)>(
                            [state, settle](const QList<LinkInfo> &links, const ApiError &linkError) {
                                if (linkError.isError()) {
                                    state->error = explain(linkError, Need::Reports);
                                } else {
                                    for (const LinkInfo &l : links) {
                                        const auto row = state->linkRow.constFind(l.id);
                                        if (row == state->linkRow.cend()) {
                                            state->linkRow.insert(l.id, state->campaign.links.size());
                                            state->campaign.links.append(l);
                                        } else {
                                            state->campaign.links[*row].clickCount += l.clickCount;
                                        }
                                    }
                                }
                                settle();
                            }));
                }
                // The counts of all report activities in one call (up to 10 ids, §2.4).
                QStringList ids;
                for (const V3::CampaignActivityRef &a : std::as_const(state->reports))
                    ids << a.id;
                Paging::getOne<QHash<QString, TrackingSummary>>(self->m_client,
                    "/v3/reports/stats/email_campaign_activities/"
                        + encoded(ids.join(QLatin1Char(','))).replace("%2C", ","),
                    alive.data(), V3::parseActivityStats,
                    std::function<void(const QHash<QString, TrackingSummary> &, const ApiError &)>(
                        [state, settle](const QHash<QString, TrackingSummary> &stats, const ApiError &statsError) {
                            if (statsError.isError()) {
                                state->error = explain(statsError, Need::Reports);
                            } else if (!stats.isEmpty()) {
                                TrackingSummary &t = state->campaign.tracking;
                                for (const TrackingSummary &s : stats) {
                                    t.sends += s.sends;
                                    t.opens += s.opens;
                                    t.clicks += s.clicks;
                                    t.forwards += s.forwards;
                                    t.unsubscribes += s.unsubscribes;
                                    t.bounces += s.bounces;
                                    t.spamCount += s.spamCount;
                                }
                                state->campaign.hasTrackingSummary = true;
                            }
                            settle();
                        }));
            }));
}

void V3Backend::contact(
    const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done)
{
    ApiCall *call
        = m_client->get("/v3/contacts/" + encoded(id) + "?include=phone_numbers,street_addresses,list_memberships");
    QObject::connect(call, &ApiCall::finished, context, [done = std::move(done)](ApiCall *c) {
        if (!c->ok())
            return done({}, explain(c->error(), Need::Contacts));
        auto parsed = V3::parseContact(c->body());
        if (!parsed)
            return done({}, ApiError::make(ApiError::Kind::InvalidResponse, parsed.error));
        parsed.value->apiJson = c->body();
        done(*parsed.value, {});
    });
    call->start();
}

void V3Backend::contactLists(QObject *context, std::function<void(const QList<ContactList> &, const ApiError &)> done)
{
    Paging::followPages<ContactList>(
        m_client, v3Prefix, "/v3/contact_lists?limit=1000", context, V3::parseContactListPage,
        [](const V3::ContactListPage &p) { return p.lists; }, [](const V3::ContactListPage &p) { return p.nextLink; },
        [done = std::move(done)](
            const QList<ContactList> &lists, const ApiError &error) { done(lists, explain(error, Need::Contacts)); });
}

void V3Backend::contactActivity(
    const QString &id, QObject *context, std::function<void(const QList<Activity> &, const ApiError &)> done)
{
    Paging::followPages<Activity>(
        m_client, v3Prefix,
        "/v3/reports/contact_reports/" + encoded(id)
            + "/activity_details?tracking_activities_list=em_sends,em_opens,em_clicks,em_bounces,em_optouts,"
              "em_forwards&limit=100",
        context, V3::parseContactActivityPage, [](const V3::ContactActivityPage &p) { return p.activities; },
        [](const V3::ContactActivityPage &p) { return p.nextLink; },
        [done = std::move(done)](
            const QList<Activity> &list, const ApiError &error) { done(list, explain(error, Need::ContactReports)); });
}

ClickStream *V3Backend::clicks(const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent)
{
    return new V3ClickStream(this, campaignId, linkId, sinceMs, {}, parent);
}

ClickStream *V3Backend::clicksFrom(const QString &campaignId, const QString &linkId, std::int64_t sinceMs,
    const QByteArray &resumeToken, QObject *parent)
{
    if (!V3ClickStream::isResumable(resumeToken))
        return nullptr;
    return new V3ClickStream(this, campaignId, linkId, sinceMs, resumeToken, parent);
}

// --- V3Pager ---------------------------------------------------------------------------------------------------

V3Pager::V3Pager(
    HttpClient *client, QByteArray first, QByteArray campaignId, std::int64_t sinceMs, bool resend, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_first(std::move(first))
    , m_campaignId(std::move(campaignId))
    , m_sinceMs(sinceMs)
    , m_resend(resend)
{ }

V3Pager::~V3Pager()
{
    m_running = false;
    abortAll();
}

void V3Pager::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_paused = false;
    m_guard.reset();
    m_guard.markSeen(m_first);
    request(m_first);
}

void V3Pager::cancel()
{
    m_running = false;
    m_paused = false;
    abortAll();
}

void V3Pager::pause()
{
    if (!m_running)
        return;
    m_resumeLink = m_inFlight.empty() ? QByteArray() : m_inFlight.front()->link;
    m_running = false;
    abortAll();
    m_paused = true;
}

void V3Pager::resume()
{
    if (!m_paused || !m_client)
        return;
    m_paused = false;
    m_running = true;
    if (m_resumeLink.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    request(std::exchange(m_resumeLink, QByteArray()));
}

void V3Pager::abortAll()
{
    for (const auto &f : m_inFlight)
        if (f->call) {
            f->call->disconnect(this);
            f->call->abort();
        }
    m_inFlight.clear();
}

void V3Pager::request(const QByteArray &link)
{
    auto entry = std::make_shared<InFlight>();
    entry->link = link;
    entry->call = m_client->get(link);
    connect(entry->call, &ApiCall::finished, this, &V3Pager::onCallFinished);
    m_inFlight.push_back(entry);
    entry->call->start();
}

void V3Pager::onCallFinished(ApiCall *call)
{
    if (!m_running)
        return;
    for (const std::shared_ptr<InFlight> &f : m_inFlight) {
        if (f->call != call)
            continue;
        f->done = true;
        f->error = call->error();
        if (call->ok()) {
            f->body = std::move(call->body());
            const QByteArray next = V3::peekNextHref(f->body);
            if (!next.isEmpty() && f == m_inFlight.back() && m_guard.isSafe(next) && !m_guard.hasSeen(next)) {
                m_guard.markSeen(next);
                request(next);
            }
        }
        break;
    }
    processHead();
}

void V3Pager::processHead()
{
    while (m_running && !m_inFlight.empty() && m_inFlight.front()->done) {
        const std::shared_ptr<InFlight> head = m_inFlight.front();
        m_inFlight.pop_front();
        if (head->error.isError()) {
            m_running = false;
            abortAll();
            Q_EMIT failed(head->error);
            return;
        }
        auto parsed = m_parser.parse(head->body, m_campaignId);
        head->body.clear();
        if (!parsed) {
            m_running = false;
            abortAll();
            Q_EMIT failed(ApiError::make(ApiError::Kind::InvalidResponse, parsed.error));
            return;
        }
        V3::ClickPage &page = *parsed.value;
        if (m_resend)
            for (ParsedClick &c : page.batch.rows)
                c.resend = true;
        bool reachedSince = false;
        if (m_sinceMs != noDate) {
            // Newest first: the first row older than `since` ends the walk (§3, no date filter on the server).
            auto &rows = page.batch.rows;
            const auto older = std::find_if(rows.begin(), rows.end(),
                [this](const ParsedClick &c) { return c.clickMs != noDate && c.clickMs < m_sinceMs; });
            reachedSince = older != rows.end();
            rows.erase(older, rows.end());
        }
        m_nextAfterLast = reachedSince ? QByteArray() : page.nextLink;
        if (!page.batch.rows.empty())
            Q_EMIT batchReady(page.batch);
        Q_EMIT pageDone(1);
        if (!m_running) {
            if (m_paused) // by a receiver: go on from the link this page names (none once `since` is reached)
                m_resumeLink = reachedSince ? QByteArray() : page.nextLink;
            return;
        }
        const QByteArray sentNext = m_inFlight.empty() ? QByteArray() : m_inFlight.front()->link;
        if (reachedSince) {
            m_running = false;
            abortAll();
            Q_EMIT finished();
            return;
        }
        if (page.nextLink != sentNext) {
            abortAll();
            if (!sentNext.isEmpty())
                m_guard.forget(sentNext);
            if (!page.nextLink.isEmpty()) {
                if (const ApiError refused = m_guard.admit(page.nextLink); refused.isError()) {
                    m_running = false;
                    Q_EMIT failed(refused);
                    return;
                }
                request(page.nextLink);
            }
        }
        if (m_inFlight.empty()) {
            m_running = false;
            Q_EMIT finished();
            return;
        }
    }
}

// --- V3ClickStream -----------------------------------------------------------------------------------------------

V3ClickStream::V3ClickStream(V3Backend *backend, QString campaignId, QString linkId, std::int64_t sinceMs,
    QByteArray resumeToken, QObject *parent)
    : ClickStream(parent)
    , m_backend(backend)
    , m_campaignId(std::move(campaignId))
    , m_linkId(std::move(linkId))
    , m_sinceMs(sinceMs)
{
    // "<index> <href>": anything else walks from the start (V3Backend::clicksFrom() takes only isResumable()).
    if (const auto point = V3::parseResumeToken(resumeToken)) {
        m_resumeIndex = point->activity;
        m_resumeLink = point->href;
    }
}

bool V3ClickStream::isResumable(const QByteArray &resumeToken)
{
    // The activity's index and the href that was next: an href the next-link guard would not follow is refused.
    return V3::parseResumeToken(resumeToken).has_value();
}

void V3ClickStream::skipRestOfPart()
{
    if (!m_running || !m_pager)
        return;
    // This activity's pager stops; the next activity starts on the next turn (as after a pager that finished), or
    // at resume() when the stream is paused before that.
    m_pager->cancel();
    m_pager->deleteLater();
    m_pager = nullptr;
    QTimer::singleShot(0, this, [this] {
        if (m_running && !m_pager)
            nextActivity();
    });
}

QByteArray V3ClickStream::resumeToken() const
{
    if (m_summary.pages == 0 && m_summary.rows == 0)
        return {};
    if (m_pager && !m_pager->nextAfterLastBatch().isEmpty())
        return V3::resumeToken({ m_next - 1, m_pager->nextAfterLastBatch() });
    return V3::resumeToken({ m_next, {} });
}

void V3ClickStream::start()
{
    if (m_running || !m_backend)
        return;
    m_running = true;
    m_paused = false;
    m_haveActivities = false;
    m_summary = {};
    m_next = m_resumeIndex;
    m_clock.start();
    m_pausedMs = 0;
    m_requestsAtStart = m_backend->client()->requestsSent();
    m_backend->reportActivities(
        m_campaignId, this, [this](const QList<V3::CampaignActivityRef> &activities, const ApiError &error) {
            if (!m_running && !m_paused)
                return;
            if (error.isError()) {
                if (m_paused)
                    m_errorWhilePaused = error;
                else
                    fail(error);
                return;
            }
            m_activities = activities;
            m_haveActivities = true;
            if (!m_paused)
                nextActivity();
        });
}

void V3ClickStream::cancel()
{
    if (!m_running && !m_paused)
        return;
    m_running = false;
    m_paused = false;
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
}

void V3ClickStream::pause()
{
    if (!m_running)
        return;
    m_running = false;
    m_paused = true;
    m_pausedAt = m_clock.elapsed();
    if (m_pager)
        m_pager->pause();
}

void V3ClickStream::resume()
{
    if (!m_paused || !m_backend)
        return;
    m_paused = false;
    m_running = true;
    m_pausedMs += m_clock.elapsed() - m_pausedAt;
    if (m_errorWhilePaused.isError())
        fail(std::exchange(m_errorWhilePaused, ApiError()));
    else if (m_pager && m_pager->isPaused())
        m_pager->resume();
    else if (!m_pager && m_haveActivities)
        nextActivity();
    // else: a finished pager's nextActivity() or the activities' answer is still on its way
}

void V3ClickStream::nextActivity()
{
    if (m_pager) {
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    if (!m_running || !m_backend)
        return;
    if (m_next >= m_activities.size()) {
        // A campaign never sent has no report activities, or empty ones: no clicks, and that is complete.
        m_running = false;
        m_summary.requests = m_backend->client()->requestsSent() - m_requestsAtStart;
        m_summary.elapsedMs = m_clock.elapsed() - m_pausedMs;
        Q_EMIT finished(m_summary);
        return;
    }
    const V3::CampaignActivityRef activity = m_activities.at(m_next++);
    QByteArray first = "/v3/reports/email_reports/" + encoded(activity.id) + "/tracking/clicks?limit=500";
    if (!m_linkId.isEmpty())
        first += "&url_id=" + encoded(m_linkId);
    if (!m_resumeLink.isEmpty()) // a resumed walk: its first activity goes on from the page that was next
        first = std::exchange(m_resumeLink, QByteArray());
    m_pager = new V3Pager(
        m_backend->client(), first, m_campaignId.toUtf8(), m_sinceMs, activity.role == QLatin1String("resend"), this);
    connect(m_pager, &V3Pager::batchReady, this, [this](const ClickBatch &batch) {
        m_summary.rows += qint64(batch.rows.size());
        Q_EMIT batchReady(batch);
    });
    connect(m_pager, &V3Pager::pageDone, this, [this](int pages) {
        m_summary.pages += pages;
        emitProgress();
    });
    connect(m_pager, &V3Pager::finished, this, &V3ClickStream::nextActivity, Qt::QueuedConnection);
    connect(m_pager, &V3Pager::failed, this,
        [this](const ApiError &error) { fail(V3Backend::explain(error, V3Backend::Need::Reports)); });
    m_pager->start();
}

void V3ClickStream::emitProgress()
{
    if (!m_running || !m_backend)
        return;
    StreamProgress p;
    p.pages = m_summary.pages;
    p.rows = m_summary.rows;
    p.requests = m_backend->client()->requestsSent() - m_requestsAtStart;
    p.elapsedMs = m_clock.elapsed() - m_pausedMs;
    p.requestsPerSecond = p.elapsedMs > 0 ? double(p.requests) * 1000.0 / double(p.elapsedMs) : 0;
    Q_EMIT progress(p);
}

void V3ClickStream::fail(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    m_summary.requests = m_backend ? m_backend->client()->requestsSent() - m_requestsAtStart : 0;
    m_summary.elapsedMs = m_clock.elapsed() - m_pausedMs;
    Q_EMIT failed(error, m_summary);
}

} // namespace ClickScope
