// SPDX-License-Identifier: GPL-3.0-or-later
#include "v2/v2backend.h"

#include "api/apiclient.h"
#include "api/pager.h"

namespace ClickScope {

V2Backend::V2Backend(ApiClient *client, QObject *parent)
    : TrackingBackend(parent)
    , m_client(client)
{ }

BackendCapabilities V2Backend::capabilities() const
{
    BackendCapabilities c;
    c.serverSideSince = true; // created_since
    c.clickIds = false;
    return c;
}

void V2Backend::campaigns(
    const QString &status, QObject *context, std::function<void(const QList<CampaignSummary> &, const ApiError &)> done)
{
    m_client->campaigns(status, context, std::move(done));
}

void V2Backend::campaign(
    const QString &id, QObject *context, std::function<void(const Campaign &, const ApiError &)> done)
{
    m_client->campaign(id, false, context, std::move(done));
}

void V2Backend::contact(
    const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done)
{
    m_client->contact(id, context, std::move(done));
}

void V2Backend::contactActivity(
    const QString &id, QObject *context, std::function<void(const QList<Activity> &, const ApiError &)> done)
{
    m_client->contactActivity(id, context, std::move(done));
}

ClickStream *V2Backend::clicks(const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent)
{
    auto *stream = new V2ClickStream(m_client->clicks(campaignId, linkId, sinceMs), parent);
    return stream;
}

V2ClickStream::V2ClickStream(Pager *pager, QObject *parent)
    : ClickStream(parent)
    , m_pager(pager)
{
    m_pager->setParent(this);
    connect(m_pager, &Pager::batchReady, this, &ClickStream::batchReady);
    connect(m_pager, &Pager::progress, this, &ClickStream::progress);
    connect(m_pager, &Pager::finished, this, &ClickStream::finished);
    connect(m_pager, &Pager::failed, this, &ClickStream::failed);
}

void V2ClickStream::start()
{
    m_pager->start();
}

void V2ClickStream::cancel()
{
    m_pager->cancel();
}

bool V2ClickStream::isRunning() const
{
    return m_pager->isRunning();
}

} // namespace ClickScope
