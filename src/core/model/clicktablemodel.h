// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/clickstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace ClickScope {

// Everything about one row, for drill-down and export.
struct ClickRow {
    std::int64_t clickMs = 0;
    QString email;
    QString contactId;
    QString campaignId;
    QString linkId;
    QString linkUrl;
};

// The clicks of the current query. Pages append with beginInsertRows; only a new query resets.
class ClickTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EmailColumn, ContactIdColumn, LinkUrlColumn, LinkIdColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: UTC ms for time, text otherwise
        RowRole, // QVariant<ClickRow>
        ClickMsRole, // UTC ms (qint64); noDate when the API sent ""
        ResendRole, // bool: a click on the campaign's resend (v3); the window shows those rows in italics
    };

    explicit ClickTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new query: drops every row.
    void clear();
    void appendBatch(const ClickBatch &batch);
    // URLs for link ids (from the campaign's click_through_details), shown in the link URL column.
    void setLinkUrls(const QHash<QString, QString> &urls);
    QString linkUrl(std::uint16_t linkIndex) const;

    const ClickStore &store() const { return m_store; }
    ClickRow row(int row) const;

    // Times as the window shows them: in this computer's time zone, or in UTC (View → Show Times in UTC). One
    // setting for the process: the table, the contact window and the clickers follow it.
    static QString displayTime(std::int64_t clickMs);
    static void setDisplayUtc(bool utc);
    static bool displayUtc();
    // The zone displayTime() uses: UTC or this computer's.
    static QTimeZone displayZone();
    // The zone displayTime() uses, for headers: "UTC", or the system zone's id ("Europe/Berlin").
    static QString displayZoneName();
    // After setDisplayUtc(): the time column and its header change.
    void timesChanged();

private:
    ClickStore m_store;
    QHash<QString, QString> m_linkUrls;
};

} // namespace ClickScope

Q_DECLARE_METATYPE(ClickScope::ClickRow)
