// SPDX-License-Identifier: GPL-3.0-or-later
#include "pager.h"

#include "domain/isotime.h"
#include "v2/v2parser.h"

#include <QCoreApplication>
#include <QTimer>

#include <utility>

namespace ClickScope {

Pager::Pager(HttpClient *client, QByteArray firstPathAndQuery, std::int64_t sinceMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_first(std::move(firstPathAndQuery))
    , m_sinceMs(sinceMs)
    , m_parser(std::make_unique<ClickPageParser>())
{ }

Pager::~Pager()
{
    m_running = false;
    for (const auto &f : m_inFlight)
        if (f->call)
            f->call->abort();
}

void Pager::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_paused = false;
    m_summary = {};
    m_guard.reset();
    m_clock.start();
    m_pausedMs = 0;
    m_requestsAtStart = m_client->requestsSent();
    if (m_first.isEmpty()) { // nothing to walk (a resumed walk that had reached its end): finished, on the next turn
        QTimer::singleShot(0, this, [this] {
            if (!m_running)
                return;
            m_running = false;
            Q_EMIT finished(m_summary);
        });
        return;
    }
    m_guard.markSeen(m_first);
    request(m_first);
}

void Pager::cancel()
{
    m_paused = false;
    if (!m_running)
        return;
    m_running = false;
    for (const auto &f : m_inFlight)
        if (f->call) {
            f->call->disconnect(this);
            f->call->abort();
        }
    m_inFlight.clear();
}

void Pager::pause()
{
    if (!m_running)
        return;
    m_resumeLink = m_inFlight.empty() ? QByteArray() : m_inFlight.front()->link;
    cancel();
    m_paused = true;
    m_pausedAt = m_clock.elapsed();
}

void Pager::resume()
{
    if (!m_paused || !m_client)
        return;
    m_paused = false;
    m_running = true;
    m_pausedMs += m_clock.elapsed() - m_pausedAt;
    if (m_resumeLink.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_summary);
        return;
    }
    request(std::exchange(m_resumeLink, QByteArray()));
}

void Pager::request(const QByteArray &link)
{
    auto entry = std::make_shared<InFlight>();
    entry->link = link;
    entry->call = m_client->get(link);
    connect(entry->call, &ApiCall::finished, this, &Pager::onCallFinished);
    m_inFlight.push_back(entry);
    entry->call->start();
}

void Pager::onCallFinished(ApiCall *call)
{
    if (!m_running)
        return;
    for (std::size_t i = 0; i < m_inFlight.size(); ++i) {
        const std::shared_ptr<InFlight> f = m_inFlight[i];
        if (f->call == call) {
            f->done = true;
            f->error = call->error();
            if (call->ok()) {
                f->body = std::move(call->body());
                // Ask for the next page before parsing this one, so that download and parsing overlap.
                const QByteArray next = peekNextLink(f->body);
                if (!next.isEmpty() && f == m_inFlight.back() && m_guard.isSafe(next) && !m_guard.hasSeen(next)) {
                    m_guard.markSeen(next);
                    request(next);
                }
            }
            break;
        }
    }
    processHead();
}

void Pager::processHead()
{
    while (m_running && !m_inFlight.empty() && m_inFlight.front()->done) {
        const std::shared_ptr<InFlight> head = m_inFlight.front();
        m_inFlight.pop_front();
        if (head->error.isError()) {
            fail(head->error);
            return;
        }
        auto parsed = m_parser->parse(head->body);
        head->body.clear();
        if (!parsed) {
            fail(ApiError::make(ApiError::Kind::InvalidResponse, parsed.error));
            return;
        }
        ClickPage &page = *parsed.value;

        // A defensive client drops rows older than its created_since (ctct-v2-api.md §4.1).
        if (m_sinceMs != noDate) {
            auto &rows = page.batch.rows;
            const auto before = rows.size();
            std::erase_if(rows, [this](const ParsedClick &c) { return c.clickMs != noDate && c.clickMs < m_sinceMs; });
            m_summary.rowsDroppedBeforeSince += qint64(before - rows.size());
        }
        ++m_summary.pages;
        m_summary.rows += qint64(page.batch.rows.size());
        m_summary.requests = m_client ? m_client->requestsSent() - m_requestsAtStart : 0;
        m_summary.elapsedMs = m_clock.elapsed() - m_pausedMs;
        m_nextAfterLast = page.nextLink;
        if (!page.batch.rows.empty())
            Q_EMIT batchReady(page.batch);
        if (!m_running) {
            if (m_paused) // by a receiver: go on from the link this page names
                m_resumeLink = page.nextLink;
            return; // cancelled by a receiver
        }

        PagerProgress p;
        p.pages = m_summary.pages;
        p.rows = m_summary.rows;
        p.requests = m_summary.requests;
        p.elapsedMs = m_summary.elapsedMs;
        m_rateWindow.emplace_back(p.elapsedMs, p.requests);
        while (m_rateWindow.size() > 2 && m_rateWindow.front().first < p.elapsedMs - 5000)
            m_rateWindow.pop_front();
        const auto &oldest = m_rateWindow.front();
        if (p.elapsedMs > oldest.first)
            p.requestsPerSecond = double(p.requests - oldest.second) * 1000.0 / double(p.elapsedMs - oldest.first);
        Q_EMIT progress(p);
        if (!m_running) {
            if (m_paused)
                m_resumeLink = page.nextLink;
            return;
        }

        // The request already sent must be for the link this page names; otherwise start over from the page's link
        // (or stop, when that link is foreign or seen before). The rows of this page are good either way.
        const QByteArray sentNext = m_inFlight.empty() ? QByteArray() : m_inFlight.front()->link;
        if (page.nextLink != sentNext) {
            for (const auto &f : m_inFlight)
                if (f->call) {
                    f->call->disconnect(this);
                    f->call->abort();
                }
            m_inFlight.clear();
            if (!sentNext.isEmpty())
                m_guard.forget(sentNext);
            if (!page.nextLink.isEmpty()) {
                if (const ApiError refused = m_guard.admit(page.nextLink); refused.isError())
                    return fail(refused);
                request(page.nextLink);
            }
        }

        if (m_inFlight.empty()) {
            m_running = false;
            Q_EMIT finished(m_summary);
            return;
        }
    }
}

void Pager::fail(const ApiError &error)
{
    cancel();
    m_summary.elapsedMs = m_clock.elapsed() - m_pausedMs;
    m_summary.requests = m_client ? m_client->requestsSent() - m_requestsAtStart : 0;
    Q_EMIT failed(error, m_summary);
}

} // namespace ClickScope
