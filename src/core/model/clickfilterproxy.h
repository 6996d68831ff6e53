// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QDateTime>

#include <cstdint>
#include <vector>

namespace ClickScope {

class ClickTableModel;

// Filters and sorts the rows of a ClickTableModel. Not a QSortFilterProxyModel: that one asks every row for its
// data through QVariant and takes half a second for a million rows. This one searches one lower-cased buffer of all
// emails (and one of all contact ids) once, marks the matching contacts, and keeps the rows whose contact is marked
// and whose time is in range: a few milliseconds for a million rows.
class ClickFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ClickFilterProxy(QObject *parent = nullptr);

    // Only a ClickTableModel.
    void setSourceModel(QAbstractItemModel *source) override;
    ClickTableModel *clickModel() const { return m_model; }

    // Case-insensitive substring of the email or the contact id; empty: no text filter.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    // Inclusive from, exclusive to; an invalid QDateTime leaves that side open. Clicks without a date pass only when
    // both sides are open.
    void setDateRange(const QDateTime &from, const QDateTime &to);
    QDateTime dateFrom() const { return m_from; }
    QDateTime dateTo() const { return m_to; }
    bool isFiltering() const;

    // Rows that pass, and how many contacts they belong to.
    int acceptedCount() const { return int(m_rows.size()); }
    int acceptedContacts() const { return m_acceptedContacts; }
    // For aggregates: source rows that pass, in source order, or nullptr when every row passes and none is sorted.
    const std::vector<std::uint32_t> &acceptedSourceRows() const { return m_rows; }
    bool accepts(int sourceRow) const { return m_sourceToProxy[std::size_t(sourceRow)] >= 0; }
    // The accepted source rows in ascending order, while the rows are not sorted (then they are the proxy's own
    // order); nullptr while sorted.
    const std::vector<std::uint32_t> *acceptedRowsInSourceOrder() const { return m_sortColumn < 0 ? &m_rows : nullptr; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

Q_SIGNALS:
    // After any change of the accepted set: appendedOnly when source rows were only added at the end (a new page),
    // false after a new filter or a reset.
    void acceptedChanged(bool appendedOnly);

private:
    void refilter();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void computeContactMask(std::uint32_t fromContact);
    bool rowPasses(std::uint32_t sourceRow) const;
    void sortRows(std::vector<std::uint32_t> &rows) const;
    std::vector<std::uint32_t> contactRanks(int column) const;

    ClickTableModel *m_model = nullptr;
    QString m_text;
    QByteArray m_needle; // lower-cased UTF-8
    QDateTime m_from, m_to;
    std::int64_t m_fromMs = INT64_MIN, m_toMs = INT64_MAX;
    std::vector<std::uint8_t> m_contactMatches; // per contact: the text filter matches
    std::vector<std::uint8_t> m_contactRows; // per contact: has an accepted row
    int m_acceptedContacts = 0;
    std::vector<std::uint32_t> m_rows; // proxy row -> source row
    std::vector<std::int32_t> m_sourceToProxy; // source row -> proxy row or -1
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ClickScope
