// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/clickstore.h"

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

    // The cumulative share of clicks by time since the send: by sinceMs after shareOriginMs(), `clicks` of the
    // dated clicks had come, `share` of them (0..1).
    struct SharePoint {
        std::int64_t sinceMs = 0;
        qint64 clicks = 0;
        double share = 0;
    };

    explicit ClickSeries(ClickFilterProxy *proxy, QObject *parent = nullptr);

    void setBucket(Bucket bucket);
    Bucket bucket() const { return m_bucket; }
    // What Auto resolved to, from the span holding 95% of the clicks (the first click to the 95th percentile), so a
    // send's burst with a long thin tail gets hours: hours when that span is up to 4 days (and all clicks fit in
    // 45 days of hours), days when it is up to 120 days, weeks beyond.
    Bucket effectiveBucket() const { return m_effective; }
    // When the campaign was sent (UTC ms), the origin of shareSinceSend(); noDate: unknown, the first click is used.
    void setSendTime(std::int64_t ms);
    std::int64_t sendTime() const { return m_sendMs; }
    // Buckets use local time (days start at local midnight, weeks on Monday); tests may set another zone.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    // From the first to the last bucket with a click, empty buckets included, oldest first.
    std::vector<Point> points() const;
    qint64 totalClicks() const { return m_totalClicks; } // rows counted, dated or not
    qint64 undatedClicks() const { return m_undated; }
    int maxClicksPerBucket() const;

    // The bucket (of the effective size) holding ms: its start, and the start of the next bucket. For axis ticks
    // and zoom ranges that fall on bucket boundaries.
    std::int64_t bucketStartAt(std::int64_t ms) const { return bucketStart(ms); }
    std::int64_t bucketEndAfter(std::int64_t start) const { return bucketEnd(start); }

    // Cumulative share of clicks by time since the send (or the first click), oldest first, from (0, share of clicks
    // at or before the origin) to 100% at the last click; points spaced about 1% apart in time since the origin
    // (enough for a log-scaled axis), at a resolution of 2^18 ms (4.4 minutes) or coarser for spans over two years.
    std::vector<SharePoint> shareSinceSend() const;
    std::int64_t shareOriginMs() const;

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
    void resetAggregates();
    void walkRows();
    std::int64_t growHistogram(std::int64_t bin);
    void coarsenHistogram();

    ClickFilterProxy *m_proxy;
    Bucket m_bucket = Bucket::Auto;
    Bucket m_effective = Bucket::Day;
    QTimeZone m_zone;
    std::vector<Slot> m_slots;
    std::map<std::int64_t, int> m_slotByStart;
    int m_lastSlot = -1;
    std::vector<std::int32_t> m_lastSlotOfContact; // for counting distinct contacts per bucket
    bool m_monotonic = true; // rows added so far never went back in time (else: counted by pairs)
    // Once a row went back in time (a v3 resend after the first send's oldest click, a refresh's clicks after the
    // held ones), distinct contacts are counted by (bucket, contact) pairs. A bucket's pairs are gathered when a
    // later row first lands in it, from the rows before that first step back (m_oneWay, dated and accepted, newest
    // first, so a bucket's rows are one range found by binary search): only the buckets the later rows touch cost
    // anything, and nothing is recounted.
    void leaveOneWay(std::uint32_t sourceRow);
    void gatherBucket(int slot);
    IdIndex m_pairs;
    std::vector<std::uint32_t> m_oneWay;
    std::vector<bool> m_gathered; // per slot
    std::int64_t m_lastMs = INT64_MAX;
    std::size_t m_sourceSeen = 0; // source rows already looked at
    qint64 m_totalClicks = 0;
    qint64 m_undated = 0;
    std::int64_t m_minMs = INT64_MAX, m_maxMs = INT64_MIN;
    std::int64_t m_sendMs = INT64_MIN; // noDate
    // Clicks per bin of 2^m_histShift ms, bins counted from m_histAnchor (the send time, or 0): for Auto's choice and
    // the share since the send. A shift, not a division, on the per-row path.
    std::vector<std::int32_t> m_hist;
    std::int64_t m_histBase = 0; // bin number of m_hist[0]
    std::int64_t m_histAnchor = 0;
    int m_histShift = 18;
    qint64 m_dated = 0;
};

} // namespace ClickScope
