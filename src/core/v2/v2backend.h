// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/trackingbackend.h"

namespace ClickScope {

class ApiClient;
class Pager;

// The v2 API behind the TrackingBackend seam: today's ApiClient and Pager, unchanged, behind it.
class V2Backend : public TrackingBackend
{
    Q_OBJECT
public:
    explicit V2Backend(ApiClient *client, QObject *parent = nullptr);

    BackendCapabilities capabilities() const override;
    void campaigns(const QString &status, QObject *context,
        std::function<void(const QList<CampaignSummary> &, const ApiError &)> done) override;
    void campaign(
        const QString &id, QObject *context, std::function<void(const Campaign &, const ApiError &)> done) override;
    void contact(
        const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done) override;
    void contactActivity(const QString &id, QObject *context,
        std::function<void(const QList<Activity> &, const ApiError &)> done) override;
    ClickStream *clicks(
        const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent = nullptr) override;

    ApiClient *client() const { return m_client; }

private:
    ApiClient *m_client; // outlives the backend (BackendFactory::createV2)
};

// A v2 Pager as a ClickStream: the pager's signals, forwarded.
class V2ClickStream : public ClickStream
{
    Q_OBJECT
public:
    V2ClickStream(Pager *pager, QObject *parent = nullptr);

    void start() override;
    void cancel() override;
    bool isRunning() const override;

private:
    Pager *m_pager; // a child of this stream
};

} // namespace ClickScope
