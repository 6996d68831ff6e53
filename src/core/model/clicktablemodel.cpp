// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicktablemodel.h"

#include "domain/isotime.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <atomic>

namespace ClickScope {

ClickTableModel::ClickTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ClickTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

int ClickTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
    std::atomic<bool> g_displayUtc { false };
}

QString ClickTableModel::displayTime(std::int64_t clickMs)
{
    if (clickMs == noDate)
        return QStringLiteral("—");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(clickMs, QTimeZone::utc());
    return (g_displayUtc ? t : t.toLocalTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void ClickTableModel::setDisplayUtc(bool utc)
{
    g_displayUtc = utc;
}

bool ClickTableModel::displayUtc()
{
    return g_displayUtc;
}

QTimeZone ClickTableModel::displayZone()
{
    return g_displayUtc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
}

QString ClickTableModel::displayZoneName()
{
    if (g_displayUtc)
        return QStringLiteral("UTC");
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() ? tr("local time") : QString::fromUtf8(id);
}

void ClickTableModel::timesChanged()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn), { Qt::DisplayRole });
}

QString ClickTableModel::linkUrl(std::uint16_t linkIndex) const
{
    return m_linkUrls.value(QString::fromUtf8(m_store.linkId(linkIndex)));
}

QVariant ClickTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClickRecord &r = m_store.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return role == SortRole ? QVariant(qint64(r.clickMs)) : QVariant(displayTime(r.clickMs));
        case EmailColumn:
            return QString::fromUtf8(m_store.email(r.contact));
        case ContactIdColumn:
            return QString::fromUtf8(m_store.contactId(r.contact));
        case LinkUrlColumn:
            return linkUrl(r.link);
        case LinkIdColumn:
            return QString::fromUtf8(m_store.linkId(r.link));
        }
        break;
    case Qt::ToolTipRole:
        if (m_store.isResend(std::size_t(index.row())) && index.column() != TimeColumn)
            return tr("A click on the resend of this campaign (sent again to contacts who had not opened it)");
        if (index.column() == TimeColumn && r.clickMs != noDate && m_store.isResend(std::size_t(index.row())))
            return tr("%1 UTC, on the resend of this campaign").arg(QString::fromLatin1(formatIsoUtcMs(r.clickMs)));
        if (index.column() == TimeColumn && r.clickMs != noDate)
            return tr("%1 UTC").arg(QString::fromLatin1(formatIsoUtcMs(r.clickMs)));
        if (index.column() == TimeColumn)
            return tr("The API sent no date for this click.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ContactIdColumn || index.column() == LinkIdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ResendRole:
        return m_store.isResend(std::size_t(index.row()));
    case RowRole:
        return QVariant::fromValue(row(index.row()));
    case ClickMsRole:
        return qint64(r.clickMs);
    default:
        break;
    }
    return {};
}

QVariant ClickTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        //: %1 is the time zone the times are shown in: "UTC" or the system's zone id ("Europe/Berlin")
        return tr("Click time (%1)").arg(displayZoneName());
    case EmailColumn:
        return tr("Email");
    case ContactIdColumn:
        return tr("Contact ID");
    case LinkUrlColumn:
        return tr("Link URL");
    case LinkIdColumn:
        return tr("Link ID");
    }
    return {};
}

void ClickTableModel::clear()
{
    beginResetModel();
    m_store.clear();
    endResetModel();
}

void ClickTableModel::appendBatch(const ClickBatch &batch)
{
    if (batch.rows.empty())
        return;
    const int first = int(m_store.size());
    beginInsertRows({}, first, first + int(batch.rows.size()) - 1);
    m_store.append(batch);
    endInsertRows();
}

void ClickTableModel::setLinkUrls(const QHash<QString, QString> &urls)
{
    m_linkUrls = urls;
    if (!m_store.size())
        return;
    Q_EMIT dataChanged(index(0, LinkUrlColumn), index(rowCount() - 1, LinkUrlColumn), { Qt::DisplayRole, SortRole });
}

ClickRow ClickTableModel::row(int row) const
{
    const ClickRecord &r = m_store.at(std::size_t(row));
    return { r.clickMs, QString::fromUtf8(m_store.email(r.contact)), QString::fromUtf8(m_store.contactId(r.contact)),
        QString::fromUtf8(m_store.campaignId(r.campaign)), QString::fromUtf8(m_store.linkId(r.link)), linkUrl(r.link) };
}

} // namespace ClickScope
