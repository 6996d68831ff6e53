// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickersmodel.h"

#include "domain/isotime.h"
#include "model/clickfilterproxy.h"
#include "model/clicktablemodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <iterator>
#include <string_view>
#include <utility>

namespace ClickScope {

QString durationText(std::int64_t ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    const std::int64_t s = ms / 1000;
    const std::int64_t days = s / 86400, hours = s % 86400 / 3600, minutes = s % 3600 / 60, seconds = s % 60;
    // Translated in full phrases: some languages put the number after the unit or use other abbreviations.
    if (days > 0 && hours > 0)
        //: A duration: days and hours ("3 d 4 h")
        return QCoreApplication::translate("ClickScope::ClickersModel", "%1 d %2 h").arg(days).arg(hours);
    if (days > 0)
        //: A duration in whole days ("3 d")
        return QCoreApplication::translate("ClickScope::ClickersModel", "%1 d").arg(days);
    if (hours > 0 && minutes > 0)
        //: A duration: hours and minutes ("2 h 5 min")
        return QCoreApplication::translate("ClickScope::ClickersModel", "%1 h %2 min").arg(hours).arg(minutes);
    if (hours > 0)
        //: A duration in whole hours ("2 h")
        return QCoreApplication::translate("ClickScope::ClickersModel", "%1 h").arg(hours);
    if (minutes > 0 && seconds > 0)
        //: A duration: minutes and seconds ("12 min 5 s")
        return QCoreApplication::translate("ClickScope::ClickersModel", "%1 min %2 s").arg(minutes).arg(seconds);
    if (minutes > 0)
        //: A duration in whole minutes ("12 min")
        return QCoreApplication::translate("ClickScope::ClickersModel", "%1 min").arg(minutes);
    //: A duration in seconds ("45 s")
    return QCoreApplication::translate("ClickScope::ClickersModel", "%1 s").arg(seconds);
}

ClickersModel::ClickersModel(ClickFilterProxy *proxy, QObject *parent)
    : QAbstractTableModel(parent)
    , m_proxy(proxy)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClickersModel::updateNow);
    // The store may be emptied inside the proxy's reset: our rows name its contacts, so ours begins with it.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &ClickersModel::onAboutToBeReset);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        // With a source model the proxy's acceptedChanged(false) follows and ends our reset; without one it does not.
        if (m_inReset && !m_proxy->clickModel()) {
            recompute();
            m_inReset = false;
            endResetModel();
            Q_EMIT updated();
        }
    });
    connect(m_proxy, &ClickFilterProxy::acceptedChanged, this, &ClickersModel::onAcceptedChanged);
    recompute();
}

const ClickStore *ClickersModel::store() const
{
    return m_proxy->clickModel() ? &m_proxy->clickModel()->store() : nullptr;
}

bool ClickersModel::isFiltering() const
{
    return m_proxy->isFiltering();
}

void ClickersModel::onAboutToBeReset()
{
    if (m_inReset)
        return;
    m_timer.stop();
    beginResetModel();
    m_inReset = true;
}

void ClickersModel::onAcceptedChanged(bool appendedOnly)
{
    if (!appendedOnly || m_inReset) {
        // A new filter or a new query: recompute at once (the window already delays typing), inside one reset.
        if (!m_inReset)
            beginResetModel();
        recompute();
        m_inReset = false;
        endResetModel();
        Q_EMIT updated();
        return;
    }
    // A new page: fold it in now, or once the interval since the last update has passed; when held, on release.
    m_pending = true;
    if (m_held || m_timer.isActive())
        return;
    const qint64 since = m_sinceUpdate.isValid() ? m_sinceUpdate.elapsed() : qint64(m_interval);
    // The first rows show at once: before them there is nothing to re-sort, and the user is waiting.
    if (m_interval <= 0 || m_rows.empty() || since >= m_interval)
        updateNow();
    else
        m_timer.start(int(m_interval - since));
}

void ClickersModel::setUpdateInterval(int ms)
{
    m_interval = std::max(0, ms);
    if (m_interval == 0)
        updateNow();
}

void ClickersModel::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (held)
        m_timer.stop();
    else
        updateNow();
}

void ClickersModel::updateNow()
{
    m_timer.stop();
    if (m_inReset || !m_pending)
        return;
    m_pending = false;
    appendPending();
    m_sinceUpdate.restart();
}

void ClickersModel::addRow(const ClickRecord &r)
{
    Agg &a = m_agg[r.contact];
    if (a.clicks++ == 0)
        m_newContacts.push_back(r.contact);
    if (!m_isTouched[r.contact]) {
        m_isTouched[r.contact] = 1;
        m_touched.push_back(r.contact);
    }
    if (r.clickMs != noDate) {
        a.firstMs = std::min(a.firstMs, r.clickMs);
        a.lastMs = std::max(a.lastMs, r.clickMs);
    }
    if (r.link < 64) {
        a.lowLinks |= std::uint64_t(1) << r.link;
    } else {
        const std::uint64_t key = std::uint64_t(r.contact) << 16 | r.link;
        if (m_highPairs.find(key) == IdIndex::none) {
            m_highPairs.insert(key, 0);
            ++a.highLinks;
        }
    }
}

void ClickersModel::recompute()
{
    m_timer.stop();
    m_pending = false;
    m_agg.clear();
    m_highPairs = IdIndex();
    m_newContacts.clear();
    m_touched.clear();
    m_isTouched.clear();
    m_order.clear();
    m_rows.clear();
    m_sourceSeen = 0;
    m_totalClicks = 0;
    m_sinceUpdate.restart();
    const ClickStore *s = store();
    if (!s)
        return;
    m_agg.assign(s->contactCount(), Agg {});
    m_isTouched.assign(s->contactCount(), 0);
    const std::vector<ClickRecord> &records = s->records();
    const auto n = std::uint32_t(records.size());
    // In source (arrival) order whatever the table's sort, so that the unsorted order is the same as after pages
    // folded in one by one.
    // The per-contact entries are 32 bytes at random places in a few MB: fetch a few rows ahead.
    constexpr std::uint32_t ahead = 16;
    if (!m_proxy->isFiltering()) {
        for (std::uint32_t i = 0; i < n; ++i) {
            if (i + ahead < n)
                CLICKSCOPE_PREFETCH(&m_agg[records[i + ahead].contact]);
            addRow(records[i]);
        }
        m_totalClicks = qint64(n);
    } else if (const std::vector<std::uint32_t> *accepted = m_proxy->acceptedRowsInSourceOrder()) {
        const std::size_t count = accepted->size();
        const std::uint32_t *rows = accepted->data();
        for (std::size_t k = 0; k < count; ++k) {
            if (k + ahead < count)
                CLICKSCOPE_PREFETCH(&m_agg[records[rows[k + ahead]].contact]);
            addRow(records[rows[k]]);
        }
        m_totalClicks = qint64(count);
    } else {
        for (std::uint32_t i = 0; i < n; ++i)
            if (m_proxy->accepts(int(i))) {
                addRow(records[i]);
                ++m_totalClicks;
            }
    }
    m_sourceSeen = n;
    for (const std::uint32_t c : m_touched)
        m_isTouched[c] = 0;
    m_touched.clear(); // the sort below is a whole one
    m_order.swap(m_newContacts);
    m_newContacts.clear();
    m_rows = m_order;
    sortRows();
}

void ClickersModel::appendPending()
{
    const ClickStore *s = store();
    if (!s || s->size() < m_sourceSeen) {
        beginResetModel();
        recompute();
        endResetModel();
        Q_EMIT updated();
        return;
    }
    m_agg.resize(s->contactCount());
    m_isTouched.resize(s->contactCount(), 0);
    m_newContacts.clear();
    const std::vector<ClickRecord> &records = s->records();
    const auto n = std::uint32_t(records.size());
    qint64 added = 0;
    for (auto i = std::uint32_t(m_sourceSeen); i < n; ++i)
        if (m_proxy->accepts(int(i))) {
            addRow(records[i]);
            ++added;
        }
    m_sourceSeen = n;
    m_totalClicks += added;
    const int oldRows = int(m_rows.size());
    if (!m_newContacts.empty()) {
        beginInsertRows({}, oldRows, oldRows + int(m_newContacts.size()) - 1);
        m_order.insert(m_order.end(), m_newContacts.begin(), m_newContacts.end());
        m_rows.insert(m_rows.end(), m_newContacts.begin(), m_newContacts.end());
        m_newContacts.clear();
        endInsertRows();
    }
    if (added > 0 && m_sortColumn >= 0) {
        // Counts and times moved: sort again, keeping the views' persistent indexes on their contacts.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        std::vector<std::uint32_t> contactsBefore;
        contactsBefore.reserve(std::size_t(before.size()));
        for (const QModelIndex &i : before)
            contactsBefore.push_back(m_rows[std::size_t(i.row())]);
        resortTouched(m_rows.size() - std::size_t(oldRows));
        std::vector<std::int32_t> rowOf;
        if (!before.isEmpty()) {
            rowOf.assign(m_agg.size(), -1);
            for (std::size_t r = 0; r < m_rows.size(); ++r)
                rowOf[m_rows[r]] = std::int32_t(r);
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after.append(index(rowOf[contactsBefore[std::size_t(k)]], before[k].column()));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    for (const std::uint32_t c : m_touched)
        m_isTouched[c] = 0;
    m_touched.clear();
    if (added > 0 && oldRows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT updated();
}

std::int64_t ClickersModel::sendDelta(const Agg &a) const
{
    if (m_sendMs == noDate || a.firstMs == INT64_MAX || a.firstMs < m_sendMs)
        return noDate;
    return a.firstMs - m_sendMs;
}

std::string_view ClickersModel::sortText(std::uint32_t c) const
{
    const ClickStore *s = store();
    if (m_sortColumn == ContactIdColumn) {
        const QByteArrayView id = s->contactId(c);
        return { id.data(), std::size_t(id.size()) };
    }
    const std::string &lower = s->lowerEmails();
    const std::vector<std::uint32_t> &offsets = s->lowerEmailOffsets();
    const std::size_t begin = offsets[c];
    const std::size_t end = c + 1 < offsets.size() ? offsets[c + 1] - 1 : lower.size() - 1; // before '\n'
    return std::string_view(lower).substr(begin, end - begin);
}

std::int64_t ClickersModel::numericKey(std::uint32_t c) const
{
    const Agg &a = m_agg[c];
    std::int64_t v = 0;
    bool known = true;
    switch (m_sortColumn) {
    case ClicksColumn:
        v = a.clicks;
        break;
    case LinksColumn:
        v = std::popcount(a.lowLinks) + std::int64_t(a.highLinks);
        break;
    case FirstClickColumn:
        v = a.firstMs;
        known = a.firstMs != INT64_MAX;
        break;
    case LastClickColumn:
        v = a.lastMs;
        known = a.lastMs != INT64_MIN;
        break;
    case SendToFirstColumn:
        v = sendDelta(a);
        known = v != noDate;
        break;
    default:
        break;
    }
    if (!known)
        return INT64_MAX;
    return m_sortOrder == Qt::DescendingOrder ? -v : v;
}

bool ClickersModel::rowLess(std::uint32_t a, std::uint32_t b) const
{
    if (m_sortColumn == EmailColumn || m_sortColumn == ContactIdColumn) {
        const std::string_view x = sortText(a), y = sortText(b);
        int cmp = 0;
        if (m_sortColumn == ContactIdColumn && x.size() != y.size())
            cmp = x.size() < y.size() ? -1 : 1; // numeric ids in numeric order: shorter is smaller
        else
            cmp = x.compare(y);
        if (cmp != 0)
            return m_sortOrder == Qt::DescendingOrder ? cmp > 0 : cmp < 0;
        return a < b;
    }
    const std::int64_t x = numericKey(a), y = numericKey(b);
    return x != y ? x < y : a < b;
}

void ClickersModel::sortRows()
{
    m_rows = m_order;
    if (m_sortColumn < 0 || m_rows.empty())
        return;
    if (m_sortColumn == EmailColumn || m_sortColumn == ContactIdColumn) {
        std::sort(m_rows.begin(), m_rows.end(), [this](std::uint32_t a, std::uint32_t b) { return rowLess(a, b); });
        return;
    }
    // Numbers and times: one 64-bit key per row, computed once; the same order as rowLess().
    std::vector<std::pair<std::int64_t, std::uint32_t>> keyed;
    keyed.reserve(m_rows.size());
    for (const std::uint32_t c : m_rows)
        keyed.emplace_back(numericKey(c), c);
    std::sort(keyed.begin(), keyed.end());
    for (std::size_t i = 0; i < keyed.size(); ++i)
        m_rows[i] = keyed[i].second;
}

void ClickersModel::resortTouched(std::size_t newRows)
{
    // Only the contacts with a new click can have moved, and in a text column only the new contacts (the key of a
    // contact never changes). The others keep their order: take the movers out, sort them, and merge them back in,
    // with a binary search each when they are few, else in one pass. Sorting all 300,000 contacts every 250 ms of a
    // load took 20-90 ms each time.
    const bool textColumn = m_sortColumn == EmailColumn || m_sortColumn == ContactIdColumn;
    std::vector<std::uint32_t> movers;
    std::vector<std::uint32_t> rest;
    if (textColumn) {
        const auto firstNew = m_rows.end() - std::ptrdiff_t(newRows); // appended at the end, unsorted
        movers.assign(firstNew, m_rows.end());
        rest.assign(m_rows.begin(), firstNew);
    } else {
        movers = m_touched;
        rest.reserve(m_rows.size());
        for (const std::uint32_t c : m_rows)
            if (!m_isTouched[c])
                rest.push_back(c);
    }
    if (movers.size() * 2 > m_rows.size()) {
        sortRows(); // most rows move: one sort is cheaper
        return;
    }
    const bool fewMovers = movers.size() * 16 < rest.size();
    m_rows.clear();
    if (textColumn) {
        const auto less = [this](std::uint32_t a, std::uint32_t b) { return rowLess(a, b); };
        std::sort(movers.begin(), movers.end(), less);
        if (!fewMovers) {
            std::merge(rest.cbegin(), rest.cend(), movers.cbegin(), movers.cend(), std::back_inserter(m_rows), less);
            return;
        }
        auto from = rest.cbegin();
        for (const std::uint32_t c : movers) {
            const auto at = std::lower_bound(from, rest.cend(), c, less);
            m_rows.insert(m_rows.end(), from, at);
            m_rows.push_back(c);
            from = at;
        }
        m_rows.insert(m_rows.end(), from, rest.cend());
        return;
    }
    // Numbers and times: the movers' keys computed once; rowLess()'s order, (key, contact).
    using Keyed = std::pair<std::int64_t, std::uint32_t>;
    std::vector<Keyed> keyed;
    keyed.reserve(movers.size());
    for (const std::uint32_t c : movers)
        keyed.emplace_back(numericKey(c), c);
    std::sort(keyed.begin(), keyed.end());
    if (fewMovers) {
        const auto restBefore = [this](std::uint32_t r, const Keyed &m) { return Keyed(numericKey(r), r) < m; };
        auto from = rest.cbegin();
        for (const Keyed &m : keyed) {
            const auto at = std::lower_bound(from, rest.cend(), m, restBefore);
            m_rows.insert(m_rows.end(), from, at);
            m_rows.push_back(m.second);
            from = at;
        }
        m_rows.insert(m_rows.end(), from, rest.cend());
        return;
    }
    auto next = keyed.cbegin();
    for (const std::uint32_t r : rest) {
        const Keyed k(numericKey(r), r);
        for (; next != keyed.cend() && *next < k; ++next)
            m_rows.push_back(next->second);
        m_rows.push_back(r);
    }
    for (; next != keyed.cend(); ++next)
        m_rows.push_back(next->second);
}

void ClickersModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::uint32_t> contactsBefore;
    contactsBefore.reserve(std::size_t(before.size()));
    for (const QModelIndex &i : before)
        contactsBefore.push_back(m_rows[std::size_t(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    if (!before.isEmpty()) {
        std::vector<std::int32_t> rowOf(m_agg.size(), -1);
        for (std::size_t r = 0; r < m_rows.size(); ++r)
            rowOf[m_rows[r]] = std::int32_t(r);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after.append(index(rowOf[contactsBefore[std::size_t(k)]], before[k].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT updated();
}

void ClickersModel::setSendTimeMs(std::int64_t ms)
{
    const std::int64_t send = ms <= 0 ? noDate : ms;
    if (send == m_sendMs)
        return;
    m_sendMs = send;
    if (m_rows.empty())
        return;
    if (m_sortColumn == SendToFirstColumn)
        sort(m_sortColumn, m_sortOrder);
    Q_EMIT dataChanged(index(0, SendToFirstColumn), index(rowCount() - 1, SendToFirstColumn));
    Q_EMIT updated();
}

int ClickersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClickersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ClickersModel::Clicker ClickersModel::clicker(int row) const
{
    Clicker out;
    if (row < 0 || std::size_t(row) >= m_rows.size())
        return out;
    const std::uint32_t c = m_rows[std::size_t(row)];
    const Agg &a = m_agg[c];
    out.contact = c;
    out.clicks = a.clicks;
    out.links = std::uint32_t(std::popcount(a.lowLinks)) + a.highLinks;
    out.firstMs = a.firstMs == INT64_MAX ? noDate : a.firstMs;
    out.lastMs = a.lastMs; // INT64_MIN == noDate when no click has a date
    out.sendToFirstMs = sendDelta(a);
    return out;
}

QString ClickersModel::email(int row) const
{
    const ClickStore *s = store();
    if (!s || row < 0 || std::size_t(row) >= m_rows.size())
        return {};
    return QString::fromUtf8(s->email(m_rows[std::size_t(row)]));
}

QString ClickersModel::contactId(int row) const
{
    const ClickStore *s = store();
    if (!s || row < 0 || std::size_t(row) >= m_rows.size())
        return {};
    return QString::fromUtf8(s->contactId(m_rows[std::size_t(row)]));
}

QVariant ClickersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClickStore *s = store();
    const std::uint32_t contact = m_rows[std::size_t(index.row())];
    if (!s || contact >= s->contactCount() || contact >= m_agg.size())
        return {};
    const Clicker c = clicker(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case EmailColumn:
            return email(index.row());
        case ContactIdColumn:
            return contactId(index.row());
        case ClicksColumn:
            return qint64(c.clicks);
        case LinksColumn:
            return qint64(c.links);
        case FirstClickColumn:
            return role == SortRole ? QVariant(qint64(c.firstMs)) : QVariant(ClickTableModel::displayTime(c.firstMs));
        case LastClickColumn:
            return role == SortRole ? QVariant(qint64(c.lastMs)) : QVariant(ClickTableModel::displayTime(c.lastMs));
        case SendToFirstColumn:
            if (role == SortRole)
                return qint64(c.sendToFirstMs);
            return c.sendToFirstMs == noDate ? QStringLiteral("—") : durationText(c.sendToFirstMs);
        }
        break;
    case Qt::ToolTipRole:
        if ((index.column() == FirstClickColumn || index.column() == LastClickColumn)) {
            const std::int64_t ms = index.column() == FirstClickColumn ? c.firstMs : c.lastMs;
            if (ms != noDate)
                return tr("%1 UTC").arg(QString::fromLatin1(formatIsoUtcMs(ms)));
        }
        if (index.column() == SendToFirstColumn && c.sendToFirstMs == noDate)
            return m_sendMs == noDate ? tr("The campaign's send time is not known.")
                                      : tr("No dated click at or after the campaign's send time.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != EmailColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ContactIndexRole:
        return quint32(contact);
    default:
        break;
    }
    return {};
}

QVariant ClickersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LinksColumn:
            return tr("How many different links the contact clicked");
        case SendToFirstColumn:
            return tr("From the campaign's send to the contact's first click");
        default:
            return {};
        }
    }
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case ContactIdColumn:
        return tr("Contact ID");
    case ClicksColumn:
        return tr("Clicks");
    case LinksColumn:
        return tr("Links");
    case FirstClickColumn:
        return tr("First click");
    case LastClickColumn:
        return tr("Last click");
    case SendToFirstColumn:
        return tr("Time to first click");
    }
    return {};
}

} // namespace ClickScope
