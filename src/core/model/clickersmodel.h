// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/isotime.h"
#include "model/clickstore.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdint>
#include <string_view>
#include <vector>

namespace ClickScope {

class ClickFilterProxy;

// A duration in words, the two largest units, truncated: "45 s", "12 min 5 s", "2 h 5 min", "3 d 4 h", "2 h" (a
// zero second unit is left out). Negative: "—".
QString durationText(std::int64_t ms);

// The clickers: one row per contact with an accepted click, over the rows the ClickFilterProxy accepts (so the
// window's filter text and date range apply): clicks, distinct links clicked, first and last click, and the time
// from the campaign's send to the first click. The view reads this aggregate, never the raw table.
//
// Per-contact arrays indexed by the store's contact index, no hash or QVariant per click: a million clicks from
// 100,000 contacts aggregate in a few milliseconds. A new page (acceptedChanged(true)) continues the walk over the
// new source rows only, at most every updateInterval() ms; a new filter or a new query recomputes at once.
class ClickersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EmailColumn,
        ContactIdColumn,
        ClicksColumn,
        LinksColumn,
        FirstClickColumn,
        LastClickColumn,
        SendToFirstColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: text, a count, UTC ms, or ms from send (noDate when unknown)
        ContactIndexRole, // the store's contact index (quint32)
    };

    explicit ClickersModel(ClickFilterProxy *proxy, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Numbers in numeric order, times in time order, text by the lower-cased email or the id (numeric ids numerically).
    // A missing time or send delta ("—") sorts last in both orders; ties in the store's contact order. Column -1: the
    // order in which contacts first clicked in the walk (arrival order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // When the campaign was sent (UTC ms; Campaign::lastRunMs). noDate or anything <= 0: unknown, the column shows
    // "—".
    void setSendTimeMs(std::int64_t ms);
    std::int64_t sendTimeMs() const { return m_sendMs; }

    // Appended pages are folded in at most this often (ms); 0: at once. Default 250.
    void setUpdateInterval(int ms);
    int updateInterval() const { return m_interval; }
    // Folds in what is pending now (tests; before an export).
    void updateNow();
    // Held (nobody looks at the rows, e.g. their tab is hidden): appended pages wait, and are folded in at once when
    // released. A new filter or query still applies at once. Not held by default.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    // One row, raw.
    struct Clicker {
        std::uint32_t contact = 0; // the store's contact index
        std::uint32_t clicks = 0;
        std::uint32_t links = 0;
        std::int64_t firstMs = noDate; // noDate when none of the clicks has a date
        std::int64_t lastMs = noDate;
        std::int64_t sendToFirstMs = noDate; // noDate when unknown or negative
    };
    Clicker clicker(int row) const;
    QString email(int row) const;
    QString contactId(int row) const;
    const ClickStore *store() const;

    qint64 totalClicks() const { return m_totalClicks; }
    // Source rows folded in so far (0: nothing loaded, as far as this model knows).
    std::size_t sourceRowsSeen() const { return m_sourceSeen; }
    // True when a filter (text or date range) narrows the clicks.
    bool isFiltering() const;

Q_SIGNALS:
    // After every change of the rows or their values (a new page folded in, a new filter, a sort, a send time).
    void updated();

private:
    struct Agg {
        std::int64_t firstMs = INT64_MAX; // over dated clicks
        std::int64_t lastMs = INT64_MIN;
        std::uint64_t lowLinks = 0; // bit l: link index l (< 64) clicked
        std::uint32_t clicks = 0;
        std::uint32_t highLinks = 0; // distinct link indexes >= 64 (in m_highPairs)
    };
    void onAboutToBeReset();
    void onAcceptedChanged(bool appendedOnly);
    void recompute();
    void appendPending();
    void addRow(const ClickRecord &r);
    void sortRows();
    void resortTouched(std::size_t newRows); // after a fold: the last newRows rows are new contacts
    bool rowLess(std::uint32_t a, std::uint32_t b) const; // the sort's order: m_sortColumn >= 0
    std::int64_t numericKey(std::uint32_t contact) const; // direction folded in, unknown values INT64_MAX
    std::string_view sortText(std::uint32_t contact) const;
    std::int64_t sendDelta(const Agg &a) const;

    ClickFilterProxy *m_proxy;
    std::vector<Agg> m_agg; // per store contact
    IdIndex m_highPairs; // (contact << 16 | link) for links >= 64: rare, so a flat set rather than bits
    std::vector<std::uint32_t> m_order; // contacts in the order their first accepted click was folded in
    std::vector<std::uint32_t> m_rows; // row -> contact, the published rows (m_order, sorted when a column is)
    std::vector<std::uint32_t> m_newContacts; // contacts whose first click was just folded in
    std::vector<std::uint32_t> m_touched; // contacts with a click folded in since the last sort (new ones too)
    std::vector<std::uint8_t> m_isTouched; // per store contact: in m_touched
    std::size_t m_sourceSeen = 0;
    qint64 m_totalClicks = 0;
    std::int64_t m_sendMs = noDate;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_inReset = false;
    bool m_pending = false;
    bool m_held = false;
    int m_interval = 250;
    QTimer m_timer;
    QElapsedTimer m_sinceUpdate;
};

} // namespace ClickScope
