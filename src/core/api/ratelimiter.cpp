// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 lateTimerToleranceMs = 20;
}

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
    m_rate = std::max(0.0, requestsPerSecond);
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
        if (now < m_nextFreeMs) { // the spacing, or a back-off after over.qps (also when the rate is unlimited)
            m_timer.start(int(m_nextFreeMs - now));
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
        }
        ++m_usedToday;
        w.go(true);
    }
}

} // namespace ClickScope
