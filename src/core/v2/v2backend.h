// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/trackingbackend.h"

namespace ClickScope {

class HttpClient;
class Pager;

// The v2 API behind the TrackingBackend seam: its paths, its parsers and its Pager over one HttpClient, which
// keeps the base URL, the api_key + token authenticator, the rate limiter and the retry policy.
class V2Backend : public TrackingBackend
{
    Q_OBJECT
public:
    // The client must outlive the backend (BackendFactory makes it a child when it creates the client).
    explicit V2Backend(HttpClient *client, QObject *parent = nullptr);

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
    // The token is the next_link itself (a path on the API's origin with only `next`: no key, no token).
    ClickStream *clicksFrom(const QString &campaignId, const QString &linkId, std::int64_t sinceMs,
        const QByteArray &resumeToken, QObject *parent = nullptr) override;

    // v2 only: updateSummary=true asks the server to recount the tracking summary first (ctct-v2-api.md §3.5).
    void campaign(const QString &id, bool updateSummary, QObject *context,
        std::function<void(const Campaign &, const ApiError &)> done);
    // The v2 clicks pager itself (tests and benchmarks measure it without the stream around it).
    Pager *clickPager(
        const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent = nullptr);

    HttpClient *client() const { return m_client; }

private:
    HttpClient *m_client;
};

// A v2 Pager as a ClickStream: the pager's signals, forwarded.
class V2ClickStream : public ClickStream
{
    Q_OBJECT
public:
    V2ClickStream(Pager *pager, QObject *parent = nullptr);

    void start() override;
    void cancel() override;
    void pause() override;
    void resume() override;
    bool isRunning() const override;
    bool isPaused() const override;
    QByteArray resumeToken() const override;

private:
    Pager *m_pager; // a child of this stream
};

} // namespace ClickScope
