// SPDX-License-Identifier: GPL-3.0-or-later
#include "v2/v2backend.h"

#include "domain/isotime.h"
#include "net/httpclient.h"
#include "net/paging.h"
#include "v2/pager.h"
#include "v2/v2parser.h"

#include <QUrl>

namespace ClickScope {

namespace {
    const QByteArray v2Prefix = QByteArrayLiteral("/v2/");
    QByteArray encoded(const QString &id)
    {
        return QUrl::toPercentEncoding(id);
    }
} // namespace

V2Backend::V2Backend(HttpClient *client, QObject *parent)
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

AccountInfo V2Backend::account() const
{
    return { ApiVersion::V2, m_client->baseUrl() };
}

bool V2Backend::hasCredentials() const
{
    return m_client->hasCredentials();
}

void V2Backend::verify(QObject *context, std::function<void(const ApiError &)> done)
{
    // The cheapest call that needs valid credentials: one campaign of the list.
    ApiCall *call = m_client->get("/v2/emailmarketing/campaigns?limit=1");
    QObject::connect(call, &ApiCall::finished, context, [done = std::move(done)](ApiCall *c) { done(c->error()); });
    call->start();
}

void V2Backend::campaigns(
    const QString &status, QObject *context, std::function<void(const QList<CampaignSummary> &, const ApiError &)> done)
{
    QByteArray first = "/v2/emailmarketing/campaigns?limit=50";
    if (!status.isEmpty())
        first += "&status=" + encoded(status);
    Paging::followPages<CampaignSummary>(
        m_client, v2Prefix, first, context, parseCampaignPage, [](const CampaignPage &p) { return p.campaigns; },
        [](const CampaignPage &p) { return p.nextLink; }, std::move(done));
}

void V2Backend::campaign(
    const QString &id, QObject *context, std::function<void(const Campaign &, const ApiError &)> done)
{
    campaign(id, false, context, std::move(done));
}

void V2Backend::campaign(const QString &id, bool updateSummary, QObject *context,
    std::function<void(const Campaign &, const ApiError &)> done)
{
    QByteArray path = "/v2/emailmarketing/campaigns/" + encoded(id);
    if (updateSummary)
        path += "?updateSummary=true";
    Paging::getOne<Campaign>(m_client, path, context, parseCampaign, std::move(done));
}

void V2Backend::contact(
    const QString &id, QObject *context, std::function<void(const Contact &, const ApiError &)> done)
{
    Paging::getOne<Contact>(m_client, "/v2/contacts/" + encoded(id), context, parseContact, std::move(done));
}

void V2Backend::contactLists(QObject *context, std::function<void(const QList<ContactList> &, const ApiError &)> done)
{
    Paging::getOne<QList<ContactList>>(m_client, "/v2/lists", context, parseContactLists, std::move(done));
}

void V2Backend::contactActivity(
    const QString &id, QObject *context, std::function<void(const QList<Activity> &, const ApiError &)> done)
{
    Paging::followPages<Activity>(
        m_client, v2Prefix, "/v2/contacts/" + encoded(id) + "/tracking?limit=500", context, parseActivityPage,
        [](const ActivityPage &p) { return p.activities; }, [](const ActivityPage &p) { return p.nextLink; },
        std::move(done));
}

Pager *V2Backend::clickPager(const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent)
{
    QByteArray path = "/v2/emailmarketing/campaigns/" + encoded(campaignId) + "/tracking/clicks";
    if (!linkId.isEmpty())
        path += '/' + encoded(linkId);
    path += "?limit=500";
    if (sinceMs != noDate)
        path += "&created_since=" + QUrl::toPercentEncoding(QString::fromLatin1(formatIsoUtcMs(sinceMs)));
    return new Pager(m_client, path, sinceMs, parent);
}

ClickStream *V2Backend::clicks(const QString &campaignId, const QString &linkId, std::int64_t sinceMs, QObject *parent)
{
    return new V2ClickStream(clickPager(campaignId, linkId, sinceMs), parent);
}

ClickStream *V2Backend::clicksFrom(
    const QString &, const QString &, std::int64_t sinceMs, const QByteArray &resumeToken, QObject *parent)
{
    // The token is a next link of this very query (campaign, link, since): it names all three.
    if (resumeToken == "end") // the walk had reached its last page: an empty stream that finishes at once
        return new V2ClickStream(new Pager(m_client, QByteArray(), sinceMs), parent);
    // A token from the cache file is followed only if it is a next link the guard would follow.
    if (!NextLinkGuard::isSafe(resumeToken, "/v2/"))
        return nullptr;
    return new V2ClickStream(new Pager(m_client, resumeToken, sinceMs), parent);
}

QByteArray V2ClickStream::resumeToken() const
{
    if (m_pager->summary().pages == 0)
        return {};
    return m_pager->nextAfterLastBatch().isEmpty() ? QByteArray("end") : m_pager->nextAfterLastBatch();
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

void V2ClickStream::pause()
{
    m_pager->pause();
}

void V2ClickStream::resume()
{
    m_pager->resume();
}

bool V2ClickStream::isRunning() const
{
    return m_pager->isRunning();
}

bool V2ClickStream::isPaused() const
{
    return m_pager->isPaused();
}

} // namespace ClickScope
