// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignlistmodel.h"

#include "domain/isotime.h"

#include <QDateTime>
#include <QLocale>

namespace ClickScope {

CampaignListModel::CampaignListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    const std::int64_t ms = e.sentMs != noDate ? e.sentMs : e.summary.modifiedMs;
    const QString date = ms == noDate
        ? QString()
        : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        return date.isEmpty() ? e.summary.name : e.summary.name + QStringLiteral("\n") + date;
    case Qt::ToolTipRole:
        return e.sentMs != noDate ? tr("%1\nSent %2").arg(e.summary.name, date)
                                  : tr("%1\nLast modified %2").arg(e.summary.name, date);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(e.summary.name, date);
    case IdRole:
        return e.summary.id;
    case NameRole:
        return e.summary.name;
    case DateMsRole:
        return qint64(ms);
    default:
        return {};
    }
}

void CampaignListModel::setCampaigns(const QList<CampaignSummary> &campaigns)
{
    beginResetModel();
    m_entries.clear();
    for (const CampaignSummary &c : campaigns)
        m_entries.append({ c, noDate });
    endResetModel();
}

void CampaignListModel::setSentDate(const QString &id, std::int64_t sentMs)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].sentMs = sentMs;
    Q_EMIT dataChanged(index(row), index(row));
}

int CampaignListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].summary.id == id)
            return int(i);
    return -1;
}

QString CampaignListModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].summary.id : QString();
}

} // namespace ClickScope
