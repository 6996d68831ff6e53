// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace ClickScope {

// One token bucket per API key, shared by every request made with it (v2 allows 4 requests a second and 10,000 a
// day per key, ctct-v2-api.md §5.3), plus a daily counter. Requests wait their turn in order; nothing blocks.
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    explicit RateLimiter(QObject *parent = nullptr);

    // Requests per second. The spacing is 2% wider than 1/rate, and no 1,030 ms hold more than floor(rate) sends,
    // so that timer lateness and network jitter never make the server see more than `rate` requests in a one-second
    // window; 0 disables the limit.
    void setRate(double requestsPerSecond);
    double rate() const { return m_rate; }
    void setDailyLimit(int requests); // 0: no limit
    int dailyLimit() const { return m_dailyLimit; }
    int usedToday() const;

    // Calls go(true) in context once a request may be sent, or go(false) when the daily limit is reached first;
    // returns a ticket that cancel() takes. go is never called if context is destroyed first.
    quint64 acquire(QObject *context, std::function<void(bool allowed)> go);
    void cancel(quint64 ticket);
    bool dailyLimitReached() const;

    // The server said over.qps: hold every request for this long.
    void backOff(int milliseconds);

private:
    void pump();
    void rollDay() const;

    struct Waiter {
        quint64 ticket;
        QPointer<QObject> context;
        std::function<void(bool)> go;
    };
    double m_rate = 4.0;
    int m_dailyLimit = 10000;
    mutable int m_usedToday = 0;
    mutable QDate m_day;
    qint64 m_nextFreeMs = 0; // monotonic ms when the next request may go
    std::deque<qint64> m_recentSends; // monotonic ms of the last floor(rate) sends, for the one-second window
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::deque<Waiter> m_waiters;
    qint64 windowOpensAt() const;
    quint64 m_nextTicket = 1;
};

} // namespace ClickScope
