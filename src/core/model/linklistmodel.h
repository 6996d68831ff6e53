// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>

namespace ClickScope {

// The links of the open campaign (click_through_details), after an "All links" row for the whole campaign.
class LinkListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UrlColumn, ClicksColumn, ColumnCount };
    enum Role { LinkIdRole = Qt::UserRole + 1 }; // empty for "All links"
    explicit LinkListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLinks(const QList<LinkInfo> &links);
    int rowOf(const QString &linkId) const; // "" finds "All links"
    QString linkIdAt(int row) const;

private:
    QList<LinkInfo> m_links;
};

} // namespace ClickScope
