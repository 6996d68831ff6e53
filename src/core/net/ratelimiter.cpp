// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 lateTimerToleranceMs = 20;
// However the spacing works out, no window of one second plus this much holds more than floor(rate) sends: the
// network's jitter on the way to the server must not turn 4 sends in 1,001 ms into 5 arrivals in 999 ms (a CI run
// saw that as a 403 over.qps when only the spacing guarded the limit).
constexpr qint64 windowGuardMs = 30;
} // namespace

namespace ClickScope {

RateLimiter::RateLimiter(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early, which is over the limit
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::pump);
}

void RateLimiter::setRate(double requestsPerSecond)
{
    m_rate = std::isfinite(requestsPerSecond) ? std::max(0.0, requestsPerSecond) : 0.0; // inf, NaN: unlimited
}

void RateLimiter::setDailyLimit(int requests)
{
    m_dailyLimit = std::max(0, requests);
}

void RateLimiter::rollDay() const
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (today != m_day) {
        m_day = today;
        m_usedToday = 0;
    }
}

int RateLimiter::usedToday() const
{
    rollDay();
    return m_usedToday;
}

bool RateLimiter::dailyLimitReached() const
{
    rollDay();
    return m_dailyLimit > 0 && m_usedToday >= m_dailyLimit;
}

quint64 RateLimiter::acquire(QObject *context, std::function<void(bool)> go)
{
    const quint64 ticket = m_nextTicket++;
    m_waiters.push_back({ ticket, context, std::move(go) });
    pump();
    return ticket;
}

void RateLimiter::cancel(quint64 ticket)
{
    std::erase_if(m_waiters, [ticket](const Waiter &w) { return w.ticket == ticket; });
}

void RateLimiter::backOff(int milliseconds)
{
    m_nextFreeMs = std::max(m_nextFreeMs, m_clock.elapsed() + milliseconds);
    if (!m_waiters.empty()) {
        m_timer.start(int(std::max<qint64>(0, m_nextFreeMs - m_clock.elapsed())));
    }
}

void RateLimiter::pump()
{
    while (!m_waiters.empty()) {
        const qint64 now = m_clock.elapsed();
        // The spacing, or a back-off after over.qps (also when the rate is unlimited); and the one-second window.
        const qint64 readyAt = std::max(m_nextFreeMs, windowOpensAt());
        if (now < readyAt) {
            m_timer.start(int(readyAt - now));
            return;
        }
        Waiter w = std::move(m_waiters.front());
        m_waiters.pop_front();
        if (!w.context)
            continue;
        if (dailyLimitReached()) {
            w.go(false);
            continue;
        }
        if (m_rate > 0) {
            // Spacing from the slot this request was due in, not from when the timer woke up: a timer that fires a
            // few milliseconds late must not lower the rate. Later than that (an idle spell), from now: carrying more
            // credit would let five requests fall into one second.
            const auto spacing = qint64(std::ceil(1000.0 / m_rate * 1.02));
            m_nextFreeMs = (now - m_nextFreeMs < lateTimerToleranceMs ? m_nextFreeMs : now) + spacing;
            m_recentSends.push_back(now);
            while (m_recentSends.size() > std::size_t(std::max(1.0, std::floor(m_rate))))
                m_recentSends.pop_front();
        }
        ++m_usedToday;
        w.go(true);
    }
}

qint64 RateLimiter::windowOpensAt() const
{
    const auto perSecond = std::size_t(std::floor(m_rate));
    if (m_rate <= 0 || perSecond < 1 || m_recentSends.size() < perSecond)
        return 0;
    return m_recentSends[m_recentSends.size() - perSecond] + 1000 + windowGuardMs;
}

} // namespace ClickScope
