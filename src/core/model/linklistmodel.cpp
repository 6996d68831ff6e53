// SPDX-License-Identifier: GPL-3.0-or-later
#include "linklistmodel.h"

#include "domain/plural.h"
#include "model/clickstore.h"

#include <QLocale>

#include <algorithm>

namespace ClickScope {

LinkListModel::LinkListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int LinkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_links.isEmpty() ? 0 : int(m_links.size()) + 1;
}

int LinkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 LinkListModel::clicks(int row) const
{
    return row >= 0 && std::size_t(row) < m_counts.size() ? m_counts[std::size_t(row)].clicks : -1;
}

qint64 LinkListModel::clickers(int row) const
{
    return row >= 0 && std::size_t(row) < m_counts.size() ? m_counts[std::size_t(row)].clickers : -1;
}

QVariant LinkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const qint64 count = index.column() == ClicksColumn ? clicks(row)
        : index.column() == ClickersColumn              ? clickers(row)
                                                        : -1;
    const QString url = row == 0 ? tr("All links") : m_links[row - 1].url;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == UrlColumn)
            return url;
        return count >= 0 ? QLocale().toString(count) : QStringLiteral("—");
    case CountRole:
        return count;
    case Qt::ToolTipRole: {
        const QString head = row == 0 ? tr("Every click of the campaign, on any link")
                                      : tr("%1\nLink ID %2").arg(url, m_links[row - 1].id);
        const QString c = clicks(row) >= 0
            ? tr("%Ln clicks (a contact clicking twice counts twice)", nullptr, I18n::pluralCount(clicks(row)))
            : tr("Clicks: known once the campaign's clicks are loaded");
        const QString p = clickers(row) >= 0
            ? tr("%Ln clickers (contacts who clicked, each once)", nullptr, I18n::pluralCount(clickers(row)))
            : tr("Clickers: known once the campaign's clicks are loaded");
        return QString(head + QLatin1Char('\n') + c + QLatin1Char('\n') + p);
    }
    case Qt::TextAlignmentRole:
        return index.column() != UrlColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case LinkIdRole:
        return row == 0 ? QString() : m_links[row - 1].id;
    default:
        return {};
    }
}

QVariant LinkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section == UrlColumn ? tr("Link") : section == ClicksColumn ? tr("Clicks") : tr("Clickers");
    if (role == Qt::ToolTipRole && section == ClicksColumn)
        return tr("Every click: a contact clicking twice counts twice");
    if (role == Qt::ToolTipRole && section == ClickersColumn)
        return tr("Contacts who clicked, each counted once");
    return QAbstractTableModel::headerData(section, orientation, role);
}

void LinkListModel::setLinks(const QList<LinkInfo> &links, bool countsAreClickers, qint64 campaignClickers)
{
    beginResetModel();
    m_links = links;
    m_loaded = false;
    m_counts.assign(std::size_t(links.size()) + 1, Counts {});
    qint64 total = 0;
    for (qsizetype i = 0; i < links.size(); ++i) {
        Counts &c = m_counts[std::size_t(i) + 1];
        (countsAreClickers ? c.clickers : c.clicks) = links[i].clickCount;
        total += links[i].clickCount;
    }
    // Clicks add up over links; clickers do not (a contact who clicked two links is one clicker).
    if (!countsAreClickers)
        m_counts[0].clicks = total;
    m_counts[0].clickers = campaignClickers;
    endResetModel();
}

void LinkListModel::setLoadedCounts(const ClickStore &store)
{
    if (m_links.isEmpty())
        return;
    // Per link index of the store: clicks, and distinct (link, contact) pairs for the clickers. One pass with a bit
    // per contact and link for the first 64 links (sorting a million pairs froze the window for 0.1 s at the end of
    // a load, bench_faults); the pairs of the rare later links are sorted.
    const int links = store.linkIdCount();
    std::vector<qint64> clicksByIndex(std::size_t(links), 0);
    std::vector<qint64> clickersByIndex(std::size_t(links), 0);
    std::vector<std::uint64_t> seen(store.contactCount(), 0);
    std::vector<std::uint64_t> highPairs;
    for (const ClickRecord &r : store.records()) {
        ++clicksByIndex[r.link];
        if (r.link < 64) {
            const std::uint64_t bit = std::uint64_t(1) << r.link;
            clickersByIndex[r.link] += (seen[r.contact] & bit) ? 0 : 1;
            seen[r.contact] |= bit;
        } else {
            highPairs.push_back((std::uint64_t(r.link) << 32) | r.contact);
        }
    }
    std::sort(highPairs.begin(), highPairs.end());
    highPairs.erase(std::unique(highPairs.begin(), highPairs.end()), highPairs.end());
    for (const std::uint64_t p : highPairs)
        ++clickersByIndex[std::size_t(p >> 32)];

    QHash<QString, int> rowById;
    for (qsizetype i = 0; i < m_links.size(); ++i)
        rowById.insert(m_links[i].id, int(i) + 1);
    for (std::size_t row = 1; row < m_counts.size(); ++row)
        m_counts[row] = { 0, 0 };
    for (int index = 0; index < links; ++index) {
        const int row = rowById.value(QString::fromUtf8(store.linkId(std::uint16_t(index))), -1);
        if (row > 0) {
            m_counts[std::size_t(row)].clicks += clicksByIndex[std::size_t(index)];
            m_counts[std::size_t(row)].clickers += clickersByIndex[std::size_t(index)];
        }
    }
    m_counts[0] = { qint64(store.size()), qint64(store.contactCount()) };
    m_loaded = true;
    Q_EMIT dataChanged(index(0, ClicksColumn), index(rowCount() - 1, ClickersColumn));
}

int LinkListModel::rowOf(const QString &linkId) const
{
    if (m_links.isEmpty())
        return -1;
    if (linkId.isEmpty())
        return 0;
    for (qsizetype i = 0; i < m_links.size(); ++i)
        if (m_links[i].id == linkId)
            return int(i) + 1;
    return -1;
}

QString LinkListModel::linkIdAt(int row) const
{
    return row <= 0 || row > m_links.size() ? QString() : m_links[row - 1].id;
}

} // namespace ClickScope
