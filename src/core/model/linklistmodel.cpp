// SPDX-License-Identifier: GPL-3.0-or-later
#include "linklistmodel.h"

#include "domain/plural.h"

#include <QLocale>

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

QVariant LinkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        qint64 total = 0;
        for (const LinkInfo &l : m_links)
            total += l.clickCount;
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == UrlColumn ? tr("All links") : QLocale().toString(total);
        case Qt::ToolTipRole:
            return tr("Every click of the campaign, on any link");
        case Qt::TextAlignmentRole:
            return index.column() == ClicksColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case LinkIdRole:
            return QString();
        default:
            return {};
        }
    }
    const LinkInfo &l = m_links[index.row() - 1];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == UrlColumn ? l.url : QLocale().toString(l.clickCount);
    case Qt::ToolTipRole:
        return tr("%1\nLink ID %2 · %3 clicks", nullptr, I18n::pluralCount(l.clickCount))
            .arg(l.url, l.id, QLocale().toString(l.clickCount));
    case Qt::TextAlignmentRole:
        return index.column() == ClicksColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case LinkIdRole:
        return l.id;
    default:
        return {};
    }
}

QVariant LinkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == UrlColumn ? tr("Link") : tr("Clicks");
    return QAbstractTableModel::headerData(section, orientation, role);
}

void LinkListModel::setLinks(const QList<LinkInfo> &links)
{
    beginResetModel();
    m_links = links;
    endResetModel();
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
