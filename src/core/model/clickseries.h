// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimeZone>

#include <cstdint>
#include <map>
#include <vector>

namespace ClickScope {

class ClickFilterProxy;

// Clicks over time for the chart: per bucket the clicks and the distinct contacts that clicked, over the rows that
// pass the filter. The chart reads this aggregate, never the table. Updated incrementally as pages arrive (the API
// sends newest first, so a new page continues the walk) and recomputed when the filter changes.
class ClickSeries : public QObject
{
    Q_OBJECT
public:
    enum class Bucket { Auto, Hour, Day, Week };
    Q_ENUM(Bucket)

    struct Point {
        std::int64_t startMs = 0; // UTC ms of the bucket's local start
        std::int64_t endMs = 0;
        int clicks = 0;
        int contacts = 0;
    };

    explicit ClickSeries(ClickFilterProxy *proxy, QObject *parent = nullptr);

    void setBucket(Bucket bucket);
    Bucket bucket() const { return m_bucket; }
    // What Auto resolved to: hours for up to 3 days of clicks, days up to 120 days, weeks beyond.
    Bucket effectiveBucket() const { return m_effective; }
    // Buckets use local time (days start at local midnight, weeks on Monday); tests may set another zone.
    void setTimeZone(const QTimeZone &zone);

    // From the first to the last bucket with a click, empty buckets included, oldest first.
    std::vector<Point> points() const;
    qint64 totalClicks() const { return m_totalClicks; } // rows counted, dated or not
    qint64 undatedClicks() const { return m_undated; }
    int maxClicksPerBucket() const;

    // Recompute everything now (normally automatic).
    void recompute();

Q_SIGNALS:
    void changed();

private:
    struct Slot {
        std::int64_t startMs = 0, endMs = 0;
        int clicks = 0, contacts = 0;
    };
    void addRow(std::uint32_t sourceRow);
    Bucket chooseBucket() const;
    int slotFor(std::int64_t ms);
    std::int64_t bucketStart(std::int64_t ms) const;
    std::int64_t bucketEnd(std::int64_t start) const;
    void onAcceptedChanged(bool appendedOnly);

    ClickFilterProxy *m_proxy;
    Bucket m_bucket = Bucket::Auto;
    Bucket m_effective = Bucket::Day;
    QTimeZone m_zone;
    std::vector<Slot> m_slots;
    std::map<std::int64_t, int> m_slotByStart;
    int m_lastSlot = -1;
    std::vector<std::int32_t> m_lastSlotOfContact; // for counting distinct contacts per bucket
    bool m_monotonic = true; // rows added so far never went back in time
    std::int64_t m_lastMs = INT64_MAX;
    std::size_t m_sourceSeen = 0; // source rows already looked at
    qint64 m_totalClicks = 0;
    qint64 m_undated = 0;
    std::int64_t m_minMs = INT64_MAX, m_maxMs = INT64_MIN;
};

} // namespace ClickScope
