// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/trackingbackend.h"
#include "net/httpclient.h"
#include "v3/v3parser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <deque>
#include <memory>

namespace ClickScope {

class V3TokenManager;

// The v3 API behind the TrackingBackend seam (ctct-v3-api.md §2-§5, DESIGN "Rules the v3 API imposes"): campaigns
// from /v3/emails, a campaign's activities from /v3/emails/{id}, links and stats per report activity (primary_email
// and resend), clicks of both activities, contacts and their activity; everything paged by _links.next.href through
// the one next-link guard. The HttpClient signs with the account's access token and renews it through the
// V3TokenManager (which may be null: a fixed token from the environment).
class V3Backend : public TrackingBackend
{
    Q_OBJECT
public:
    V3Backend(HttpClient *client, V3TokenManager *tokens, QObject *parent = nullptr);

    BackendCapabilities capabilities() const override;
    AccountInfo account() const override;
    bool hasCredentials() const override;
    void verify(QObject *context, std::function<void(const ApiError &)> done) override;
    void campaigns(const QString &status, QObject *context,
        std::function<void(const QList<CampaignSummary> &, const ApiError &)> done) override;
    void campaign(
        const QString &id, QObject *context, std::function<void(const Campaign &, const ApiError &)> done) override;
    void contact(
        const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done) override;
    void contactLists(
        QObject *context, std::function<void(const QList<ContactList> &, const ApiError &)> done) override;
    void contactActivity(const QString &id, QObject *context,
        std::function<void(const QList<Activity> &, const ApiError &)> done) override;
    ClickStream *clicks(
        const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent = nullptr) override;
    // The token is "<report activity index> <next href>" (the href empty: that activity from its first page).
    ClickStream *clicksFrom(const QString &campaignId, const QString &linkId, std::int64_t sinceMs,
        const QByteArray &resumeToken, QObject *parent = nullptr) override;

    // The campaign's report activities (primary_email first, then resend), from /v3/emails/{id}.
    void reportActivities(const QString &campaignId, QObject *context,
        std::function<void(const QList<V3::CampaignActivityRef> &, const ApiError &)> done);

    HttpClient *client() const { return m_client; }
    V3TokenManager *tokens() const { return m_tokens; }

    // A 403's message with the scope and privilege the call needs (§1.5).
    enum class Need { Campaigns, Reports, Contacts, ContactReports };
    static ApiError explain(const ApiError &error, Need need);

private:
    HttpClient *m_client;
    QPointer<V3TokenManager> m_tokens;
    QHash<QString, QList<V3::CampaignActivityRef>> m_activities; // campaign id -> report activities
};

// The clicks of one report activity, page by page (newest first), with the next page requested while this one is
// parsed. A `since` stops paging at the first row older than it (v3 has no server-side filter).
class V3Pager : public QObject
{
    Q_OBJECT
public:
    V3Pager(HttpClient *client, QByteArray first, QByteArray campaignId, std::int64_t sinceMs, bool resend = false,
        QObject *parent = nullptr);
    ~V3Pager() override;

    void start();
    void cancel();
    // Stops like cancel(), keeping the link of the page that was next; resume() asks for it.
    void pause();
    void resume();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    // The link of the page after the last one handed over (empty: the activity's walk is at its end).
    const QByteArray &nextAfterLastBatch() const { return m_nextAfterLast; }

Q_SIGNALS:
    void batchReady(const ClickScope::ClickBatch &batch);
    void pageDone(int requests);
    void finished();
    void failed(const ClickScope::ApiError &error);

private:
    struct InFlight {
        QByteArray link;
        QPointer<ApiCall> call;
        bool done = false;
        QByteArray body;
        ApiError error;
    };
    void request(const QByteArray &link);
    void onCallFinished(ApiCall *call);
    void processHead();
    void abortAll();

    QPointer<HttpClient> m_client;
    QByteArray m_first;
    QByteArray m_campaignId;
    std::int64_t m_sinceMs;
    bool m_resend; // the rows are the resend activity's
    V3::ClickPageParser m_parser;
    std::deque<std::shared_ptr<InFlight>> m_inFlight;
    NextLinkGuard m_guard { "/v3/" };
    bool m_running = false;
    bool m_paused = false;
    QByteArray m_resumeLink;
    QByteArray m_nextAfterLast;
};

// A campaign's clicks over v3: the primary_email activity's, then the resend's, as one ClickStream.
class V3ClickStream : public ClickStream
{
    Q_OBJECT
public:
    V3ClickStream(V3Backend *backend, QString campaignId, QString linkId, std::int64_t sinceMs,
        QByteArray resumeToken = {}, QObject *parent = nullptr);

    void start() override;
    void cancel() override;
    void pause() override;
    void resume() override;
    bool isRunning() const override { return m_running; }
    bool isPaused() const override { return m_paused; }
    QByteArray resumeToken() const override;
    // A token this stream can go on from ("<activity index> <href>", the href one the next-link guard follows).
    static bool isResumable(const QByteArray &resumeToken);
    void skipRestOfPart() override;

private:
    void nextActivity();
    void fail(const ApiError &error);
    void emitProgress();

    QPointer<V3Backend> m_backend;
    QString m_campaignId, m_linkId;
    std::int64_t m_sinceMs;
    QList<V3::CampaignActivityRef> m_activities;
    int m_next = 0;
    int m_resumeIndex = 0; // a resumed walk starts at this report activity,
    QByteArray m_resumeLink; // with this page (empty: its first)
    V3Pager *m_pager = nullptr;
    bool m_running = false;
    bool m_paused = false;
    bool m_haveActivities = false;
    ApiError m_errorWhilePaused; // the report activities failed while paused: resume() reports it
    int m_requestsAtStart = 0;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0, m_pausedAt = 0;
    StreamSummary m_summary;
};

} // namespace ClickScope
