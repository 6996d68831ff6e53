// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/isotime.h"
#include "model/clicktablemodel.h"
#include "net/httpclient.h"
#include "net/ratelimiter.h"
#include "sandbox/sandbox.h"
#include "v2/pager.h"
#include "v2/v2authenticator.h"
#include "v2/v2backend.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

namespace ClickScope::Tests {

// A sandbox on 127.0.0.1 (port 0), an HttpClient pointed at it with the demo credentials, and the v2 backend over
// that client.
struct SandboxFixture {
    std::unique_ptr<Sandbox::Sandbox> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<HttpClient> client;
    std::unique_ptr<V2Backend> v2;

    bool start(const Sandbox::SandboxConfig &config)
    {
        sandbox = std::make_unique<Sandbox::Sandbox>(config);
        if (!sandbox->listen())
            return false;
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<HttpClient>(network.get());
        if (!client->setBaseUrl(sandbox->baseUrl()))
            return false;
        setCredentials(Credentials::v2(QString::fromLatin1(config.apiKey), QString::fromLatin1(config.accessToken)));
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 50;
        fast.overQpsDelayMs = 50;
        client->setRetryPolicy(fast);
        client->rateLimiter()->setRate(0); // tests of the limiter turn it on
        v2 = std::make_unique<V2Backend>(client.get());
        return true;
    }
    // v2 credentials on the client (an empty pair: none).
    void setCredentials(const Credentials &credentials)
    {
        client->setAuthenticator(V2KeyAuthenticator::make(credentials));
    }

    QString campaignId(int index) const
    {
        return QString::number(sandbox->dataset().campaigns()[std::size_t(index)].id);
    }
    int firstSentCampaign() const
    {
        const auto &all = sandbox->dataset().campaigns();
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].status == Sandbox::CampaignStatus::Sent && all[i].clickCount > 0)
                return int(i);
        return -1;
    }
};

// One click as a test compares it: the contact, its email, the link, the time.
struct ExpectedClick {
    QByteArray contactId, email, linkId;
    qint64 ms;
    bool operator==(const ExpectedClick &o) const = default;
};

// A campaign's clicks (link < 0: all links) straight from the generator, newest first as the API pages them, the
// ones older than since left out.
inline std::vector<ExpectedClick> expectedClicks(
    const Sandbox::Dataset &d, int campaign, int link, std::int64_t since = noDate)
{
    const auto &c = d.campaigns()[std::size_t(campaign)];
    std::vector<ExpectedClick> out;
    const auto add = [&](std::uint32_t index) {
        const std::int64_t ms = d.clickTime(campaign, index);
        if (since != noDate && ms < since)
            return;
        const std::uint32_t contact = d.clickContact(campaign, index);
        out.push_back({ QByteArray::number(qlonglong(Sandbox::Dataset::contactId(contact))), d.email(contact),
            QByteArray::number(qlonglong(c.links[std::size_t(d.clickLink(campaign, index))].id)), ms });
    };
    if (link >= 0) {
        const auto &indices = c.links[std::size_t(link)].clicks;
        for (auto it = indices.rbegin(); it != indices.rend(); ++it)
            add(*it);
    } else {
        for (std::uint32_t i = c.clickCount; i-- > 0;)
            add(i);
    }
    return out;
}

// A table model's rows, in order, as expectedClicks() gives them.
inline std::vector<ExpectedClick> modelRows(const ClickTableModel &model)
{
    std::vector<ExpectedClick> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ClickRow row = model.row(r);
        out.push_back({ row.contactId.toUtf8(), row.email.toUtf8(), row.linkId.toUtf8(), row.clickMs });
    }
    return out;
}

// What a pager or any ClickStream did, collected.
struct PagerRun {
    std::vector<ClickBatch> batches;
    bool finished = false;
    bool failed = false;
    ApiError error;
    PagerSummary summary;
    std::size_t rows() const
    {
        std::size_t n = 0;
        for (const auto &b : batches)
            n += b.rows.size();
        return n;
    }
};

// Runs a Pager or a ClickStream (the same signals) to its end.
template<typename Source>
inline PagerRun runPager(Source *pager, int timeoutMs = 60000)
{
    PagerRun run;
    QList<QMetaObject::Connection> connections;
    connections << QObject::connect(
        pager, &Source::batchReady, pager, [&run](const ClickBatch &b) { run.batches.push_back(b); });
    connections << QObject::connect(pager, &Source::finished, pager, [&run](const PagerSummary &s) {
        run.finished = true;
        run.summary = s;
    });
    connections << QObject::connect(pager, &Source::failed, pager, [&run](const ApiError &e, const PagerSummary &s) {
        run.failed = true;
        run.error = e;
        run.summary = s;
    });
    pager->start();
    if (!QTest::qWaitFor([&run] { return run.finished || run.failed; }, timeoutMs))
        qWarning("the pager neither finished nor failed within %d ms", timeoutMs);
    for (const auto &c : connections)
        QObject::disconnect(c);
    return run;
}

// The rows a run delivered, in order, as expectedClicks() gives them.
inline std::vector<ExpectedClick> rowsOf(const PagerRun &run)
{
    std::vector<ExpectedClick> out;
    for (const ClickBatch &b : run.batches)
        for (const ParsedClick &c : b.rows)
            out.push_back({ b.view(c.contactId).toByteArray(), b.view(c.email).toByteArray(),
                b.view(c.linkId).toByteArray(), c.clickMs });
    return out;
}

} // namespace ClickScope::Tests
