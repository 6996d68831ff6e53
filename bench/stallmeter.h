// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How long the event loop of the thread it lives in (the UI thread) is ever busy: a 5 ms precise timer, and every
// gap between two of its ticks, from start() to stop() (the last gap ends at stop()). A gap of 5 ms is an idle loop;
// a gap of 60 ms means something held the loop for about 55 ms. Shared by the benchmarks that load clicks.
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ClickScope::Bench {

class StallMeter
{
public:
    struct Gap {
        qint64 endUs = 0; // when the gap ended, since start()
        qint64 us = 0;
    };

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start(5);
    }
    // Stops and returns the longest gap in milliseconds.
    qint64 stop()
    {
        if (m_timer.isActive()) {
            m_timer.stop();
            tick();
        }
        return worstMs();
    }

    qint64 worstMs() const { return (worst().us + 500) / 1000; }
    Gap worst() const
    {
        Gap w;
        for (const Gap &g : m_gaps)
            if (g.us > w.us)
                w = g;
        return w;
    }
    // The p-th percentile (0-100) of the gaps, nearest rank, in milliseconds.
    double percentileMs(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<qint64> us;
        us.reserve(m_gaps.size());
        for (const Gap &g : m_gaps)
            us.push_back(g.us);
        std::sort(us.begin(), us.end());
        const auto rank = std::size_t(std::ceil(p / 100.0 * double(us.size())));
        return double(us[std::clamp<std::size_t>(rank, 1, us.size()) - 1]) / 1000.0;
    }
    int gapsOverMs(qint64 ms) const
    {
        return int(std::count_if(m_gaps.begin(), m_gaps.end(), [ms](const Gap &g) { return g.us > ms * 1000; }));
    }
    // The n longest gaps, longest first.
    std::vector<Gap> longest(std::size_t n) const
    {
        std::vector<Gap> all = m_gaps;
        n = std::min(n, all.size());
        std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(n), all.end(),
            [](const Gap &a, const Gap &b) { return a.us > b.us; });
        all.resize(n);
        return all;
    }
    const std::vector<Gap> &gaps() const { return m_gaps; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed() / 1000;
        m_gaps.push_back({ now, now - m_last });
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<Gap> m_gaps;
};

} // namespace ClickScope::Bench
