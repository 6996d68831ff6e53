// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickseries.h"

#include "domain/isotime.h"
#include "model/clickfilterproxy.h"
#include "model/clicktablemodel.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace ClickScope {

namespace {
    constexpr std::int64_t hourMs = 3600000;
    constexpr std::int64_t dayMs = 24 * hourMs;
    constexpr int firstHistShift = 18; // 262,144 ms bins
    constexpr std::int64_t maxHistBins = std::int64_t(1) << 18; // with 2^18 ms bins: 2.2 years before coarsening
} // namespace

ClickSeries::ClickSeries(ClickFilterProxy *proxy, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_zone(QTimeZone::systemTimeZone())
{
    connect(m_proxy, &ClickFilterProxy::acceptedChanged, this, &ClickSeries::onAcceptedChanged);
    recompute();
}

void ClickSeries::setBucket(Bucket bucket)
{
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    recompute();
}

void ClickSeries::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    recompute();
}

void ClickSeries::setSendTime(std::int64_t ms)
{
    if (ms == m_sendMs)
        return;
    m_sendMs = ms;
    recompute(); // the histogram's bins start at the send time
}

ClickSeries::Bucket ClickSeries::chooseBucket() const
{
    if (m_bucket != Bucket::Auto)
        return m_bucket;
    if (m_dated == 0)
        return Bucket::Day;
    // The span from the first click to the one at the 95th percentile, from the histogram: a send's burst decides,
    // not the stragglers of the following weeks.
    const auto want = qint64(std::ceil(double(m_dated) * 0.95));
    qint64 seen = 0;
    std::size_t i = 0;
    for (; i < m_hist.size(); ++i) {
        seen += m_hist[i];
        if (seen >= want)
            break;
    }
    const std::int64_t binEnd = m_histAnchor + ((m_histBase + std::int64_t(i) + 1) << m_histShift);
    const std::int64_t span95 = std::min(binEnd, m_maxMs) - m_minMs;
    const std::int64_t span = m_maxMs - m_minMs;
    if (span95 <= 4 * dayMs && span <= 45 * dayMs)
        return Bucket::Hour;
    if (span95 <= 120 * dayMs)
        return Bucket::Day;
    return Bucket::Week;
}

std::int64_t ClickSeries::bucketStart(std::int64_t ms) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    switch (m_effective) {
    case Bucket::Hour: {
        // The local clock's hour, from the offset in force at that instant: right for half-hour zones and for the
        // hour that repeats when daylight saving ends (a local date and time would be ambiguous there).
        const std::int64_t local = ms + std::int64_t(t.offsetFromUtc()) * 1000;
        const std::int64_t intoHour = ((local % hourMs) + hourMs) % hourMs;
        return ms - intoHour;
    }
    case Bucket::Week: {
        const QDate monday = t.date().addDays(1 - t.date().dayOfWeek());
        return QDateTime(monday, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    }
    case Bucket::Day:
    case Bucket::Auto:
        break;
    }
    return QDateTime(t.date(), QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

std::int64_t ClickSeries::bucketEnd(std::int64_t start) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(start, m_zone);
    switch (m_effective) {
    case Bucket::Hour:
        return start + hourMs;
    case Bucket::Week:
        return QDateTime(t.date().addDays(7), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    default:
        return QDateTime(t.date().addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    }
}

int ClickSeries::slotFor(std::int64_t ms)
{
    // Rows come in time order almost always: the last slot is the usual answer, a map lookup the next.
    if (m_lastSlot >= 0) {
        const Slot &s = m_slots[std::size_t(m_lastSlot)];
        if (ms >= s.startMs && ms < s.endMs)
            return m_lastSlot;
    }
    auto it = m_slotByStart.upper_bound(ms);
    if (it != m_slotByStart.begin()) {
        --it;
        const Slot &s = m_slots[std::size_t(it->second)];
        if (ms < s.endMs)
            return m_lastSlot = it->second;
    }
    Slot s;
    s.startMs = bucketStart(ms);
    s.endMs = bucketEnd(s.startMs);
    m_slots.push_back(s);
    const int index = int(m_slots.size()) - 1;
    m_slotByStart.emplace(s.startMs, index);
    return m_lastSlot = index;
}

void ClickSeries::addRow(std::uint32_t sourceRow)
{
    const ClickStore &store = m_proxy->clickModel()->store();
    const ClickRecord &r = store.at(sourceRow);
    ++m_totalClicks;
    if (r.clickMs == noDate) {
        ++m_undated;
        return;
    }
    if (m_monotonic && r.clickMs > m_lastMs)
        leaveOneWay(sourceRow);
    m_lastMs = r.clickMs;
    m_minMs = std::min(m_minMs, r.clickMs);
    m_maxMs = std::max(m_maxMs, r.clickMs);
    ++m_dated;
    std::int64_t bin = (r.clickMs - m_histAnchor) >> m_histShift; // floor, negative too (C++20)
    if (bin < m_histBase || bin >= m_histBase + std::int64_t(m_hist.size()))
        bin = growHistogram(bin);
    ++m_hist[std::size_t(bin - m_histBase)];
    const int slot = slotFor(r.clickMs);
    Slot &s = m_slots[std::size_t(slot)];
    ++s.clicks;
    if (!m_monotonic) {
        gatherBucket(slot);
        const std::uint64_t pair = std::uint64_t(std::uint32_t(slot)) << 32 | r.contact;
        if (m_pairs.find(pair) == IdIndex::none) {
            m_pairs.insert(pair, 0);
            ++s.contacts;
        }
        return;
    }
    // Distinct contacts per bucket: while rows walk through time in one direction, a contact already seen in the
    // current bucket has it as its last bucket. That one-way walk is how the API sends clicks (newest first).
    if (m_lastSlotOfContact.size() <= r.contact)
        m_lastSlotOfContact.resize(std::max<std::size_t>(store.contactCount(), r.contact + 1), -1);
    if (m_lastSlotOfContact[r.contact] != slot) {
        m_lastSlotOfContact[r.contact] = slot;
        ++s.contacts;
    }
}

void ClickSeries::leaveOneWay(std::uint32_t sourceRow)
{
    m_monotonic = false;
    // The rows counted so far, in the order they were counted (source order, newest first).
    const ClickStore &store = m_proxy->clickModel()->store();
    const bool all = !m_proxy->isFiltering();
    m_oneWay.clear();
    for (std::uint32_t i = 0; i < sourceRow; ++i)
        if (store.at(i).clickMs != noDate && (all || m_proxy->accepts(int(i))))
            m_oneWay.push_back(i);
    m_lastSlotOfContact = {}; // not used from now on
}

void ClickSeries::gatherBucket(int slot)
{
    if (std::size_t(slot) < m_gathered.size() && m_gathered[std::size_t(slot)])
        return;
    if (m_gathered.size() <= std::size_t(slot))
        m_gathered.resize(m_slots.size(), false);
    m_gathered[std::size_t(slot)] = true;
    const std::int64_t start = m_slots[std::size_t(slot)].startMs, end = m_slots[std::size_t(slot)].endMs;
    const ClickStore &store = m_proxy->clickModel()->store();
    const auto newer = [&store](std::uint32_t row, std::int64_t ms) { return store.at(row).clickMs >= ms; };
    // Newest first: the bucket's rows follow those at or after its end and precede those before its start.
    const auto first
        = std::partition_point(m_oneWay.begin(), m_oneWay.end(), [&](std::uint32_t row) { return newer(row, end); });
    const auto last = std::partition_point(first, m_oneWay.end(), [&](std::uint32_t row) { return newer(row, start); });
    // Their contacts were counted on the one-way walk already: the pairs are only remembered.
    for (auto it = first; it != last; ++it) {
        const std::uint64_t pair = std::uint64_t(std::uint32_t(slot)) << 32 | store.at(*it).contact;
        if (m_pairs.find(pair) == IdIndex::none)
            m_pairs.insert(pair, 0);
    }
}

void ClickSeries::resetAggregates()
{
    m_slots.clear();
    m_slotByStart.clear();
    m_lastSlot = -1;
    m_lastSlotOfContact.clear();
    m_monotonic = true;
    m_pairs = IdIndex();
    m_oneWay = {};
    m_gathered = {};
    m_lastMs = INT64_MAX;
    m_sourceSeen = 0;
    m_totalClicks = 0;
    m_undated = 0;
    m_dated = 0;
    m_minMs = INT64_MAX;
    m_maxMs = INT64_MIN;
    m_hist.clear();
    m_histBase = 0;
    m_histShift = firstHistShift;
    m_histAnchor = m_sendMs == noDate ? 0 : m_sendMs;
}

void ClickSeries::recompute()
{
    if (m_bucket != Bucket::Auto)
        m_effective = m_bucket;
    resetAggregates();
    walkRows();
    // Auto decides from the clicks themselves: walk again in the rare case the choice differs from the last one.
    if (const Bucket chosen = chooseBucket(); chosen != m_effective) {
        m_effective = chosen;
        resetAggregates();
        walkRows();
    }
    Q_EMIT changed();
}

void ClickSeries::walkRows()
{
    if (!m_proxy->clickModel())
        return;
    // Walk in source (arrival) order, whatever the table's sort.
    const ClickStore &store = m_proxy->clickModel()->store();
    m_lastSlotOfContact.assign(store.contactCount(), -1);
    const auto n = std::uint32_t(store.size());
    const bool all = !m_proxy->isFiltering();
    // A filtered walk visits only the accepted rows when the proxy has them in source order.
    const std::vector<std::uint32_t> *accepted = all ? nullptr : m_proxy->acceptedRowsInSourceOrder();
    if (accepted) {
        for (const std::uint32_t i : *accepted)
            addRow(i);
    } else {
        for (std::uint32_t i = 0; i < n; ++i)
            if (all || m_proxy->accepts(int(i)))
                addRow(i);
    }
    m_sourceSeen = n;
}

void ClickSeries::coarsenHistogram()
{
    // Twice as long bins: bin k becomes k >> 1 (floor), so counts merge exactly.
    ++m_histShift;
    if (m_hist.empty()) {
        m_histBase >>= 1;
        return;
    }
    const std::int64_t base = m_histBase >> 1;
    const std::int64_t top = (m_histBase + std::int64_t(m_hist.size()) - 1) >> 1;
    std::vector<std::int32_t> merged(std::size_t(top - base + 1), 0);
    for (std::size_t i = 0; i < m_hist.size(); ++i)
        merged[std::size_t(((m_histBase + std::int64_t(i)) >> 1) - base)] += m_hist[i];
    m_hist.swap(merged);
    m_histBase = base;
}

std::int64_t ClickSeries::growHistogram(std::int64_t bin)
{
    // Called with the bin of a row outside the bins held; returns it (coarser when the bins were merged). Grows with
    // room to spare (pages arrive newest first, so mostly towards the past), coarsening while the span would exceed
    // maxHistBins.
    for (;;) {
        const std::int64_t lo = m_hist.empty() ? bin : std::min(m_histBase, bin);
        const std::int64_t hi = m_hist.empty() ? bin : std::max(m_histBase + std::int64_t(m_hist.size()) - 1, bin);
        if (hi - lo + 1 <= maxHistBins)
            break;
        coarsenHistogram();
        bin >>= 1;
    }
    if (m_hist.empty()) {
        m_histBase = bin;
        m_hist.assign(1, 0);
        return bin;
    }
    const std::int64_t oldTop = m_histBase + std::int64_t(m_hist.size()) - 1;
    const std::int64_t spare = std::int64_t(m_hist.size()) / 2 + 16;
    std::int64_t base = m_histBase, top = oldTop;
    if (bin < m_histBase)
        base = std::max(bin - spare, oldTop - maxHistBins + 1);
    else
        top = std::min(bin + spare, m_histBase + maxHistBins - 1);
    std::vector<std::int32_t> grown(std::size_t(top - base + 1), 0);
    std::copy(m_hist.begin(), m_hist.end(), grown.begin() + (m_histBase - base));
    m_hist.swap(grown);
    m_histBase = base;
    return bin;
}

void ClickSeries::onAcceptedChanged(bool appendedOnly)
{
    // A new page: continue the walk over the new source rows, as long as the bucket size still fits the span.
    const ClickStore *store = m_proxy->clickModel() ? &m_proxy->clickModel()->store() : nullptr;
    if (appendedOnly && store && store->size() >= m_sourceSeen) {
        const auto n = std::uint32_t(store->size());
        for (auto i = std::uint32_t(m_sourceSeen); i < n; ++i)
            if (m_proxy->accepts(int(i)))
                addRow(i);
        m_sourceSeen = n;
        const Bucket chosen = chooseBucket();
        if (chosen == m_effective) {
            Q_EMIT changed();
            return;
        }
        m_effective = chosen; // so that the walk below is the only one
    }
    recompute();
}

std::vector<ClickSeries::Point> ClickSeries::points() const
{
    std::vector<Point> out;
    if (m_slotByStart.empty())
        return out;
    // Every bucket from the first to the last, empty ones included, so the line drops to zero where nobody clicked.
    auto it = m_slotByStart.begin();
    std::int64_t start = it->first;
    const std::int64_t last = m_slotByStart.rbegin()->first;
    while (start <= last) {
        const auto found = m_slotByStart.find(start);
        Point p;
        p.startMs = start;
        if (found != m_slotByStart.end()) {
            const Slot &s = m_slots[std::size_t(found->second)];
            p.endMs = s.endMs;
            p.clicks = s.clicks;
            p.contacts = s.contacts;
        } else {
            p.endMs = bucketEnd(start);
        }
        out.push_back(p);
        if (p.endMs <= start)
            break; // cannot happen; guards against an endless loop
        start = p.endMs;
    }
    return out;
}

std::int64_t ClickSeries::shareOriginMs() const
{
    if (m_sendMs != noDate)
        return m_sendMs;
    return m_dated > 0 ? m_minMs : noDate;
}

std::vector<ClickSeries::SharePoint> ClickSeries::shareSinceSend() const
{
    std::vector<SharePoint> out;
    if (m_dated == 0)
        return out;
    const std::int64_t origin = shareOriginMs();
    const double total = double(m_dated);
    std::size_t last = m_hist.size();
    while (last > 0 && m_hist[last - 1] == 0)
        --last;
    qint64 seen = 0;
    std::int64_t lastSince = 0;
    out.push_back(SharePoint {});
    for (std::size_t i = 0; i < last; ++i) {
        seen += m_hist[i];
        const std::int64_t binEnd = m_histAnchor + ((m_histBase + std::int64_t(i) + 1) << m_histShift);
        // The last bin ends at the last click, not after it.
        const std::int64_t since = (i + 1 == last ? std::min(binEnd, m_maxMs + 1) : binEnd) - origin;
        if (since <= 0) {
            out.front().clicks = seen; // clicks logged before the send time (clock skew) count as at the send
            out.front().share = double(seen) / total;
            continue;
        }
        // About 1% apart in time: a few hundred points whatever the span, enough for a log axis.
        if (i + 1 < last && since < lastSince + std::max<std::int64_t>(lastSince / 100, 1))
            continue;
        out.push_back(SharePoint { since, seen, double(seen) / total });
        lastSince = since;
    }
    return out;
}

int ClickSeries::maxClicksPerBucket() const
{
    int m = 0;
    for (const Slot &s : m_slots)
        m = std::max(m, s.clicks);
    return m;
}

} // namespace ClickScope
