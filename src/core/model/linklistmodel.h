// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ClickScope {

class ClickStore;

// The links of the open campaign, after an "All links" row for the whole campaign, with two counts that are never
// confused: clicks (every click; a contact clicking twice counts twice) and clickers (contacts who clicked, each
// once). The API gives one of them (v2: clicks per link; v3: clickers per link); once the campaign's clicks are
// loaded, both come from the rows. A count nobody gave shows "—", never a sum that means something else.
class LinkListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UrlColumn, ClicksColumn, ClickersColumn, ColumnCount };
    enum Role {
        LinkIdRole = Qt::UserRole + 1, // empty for "All links"
        CountRole, // qint64 of the Clicks or Clickers column; -1 when unknown
    };
    explicit LinkListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // countsAreClickers: LinkInfo::clickCount is contacts (v3 unique_clicks), not clicks (v2 click_count).
    // campaignClickers: the campaign's unique clickers from its summary (-1: unknown), for "All links".
    void setLinks(const QList<LinkInfo> &links, bool countsAreClickers = false, qint64 campaignClickers = -1);
    // Both counts of every link and of "All links", counted from the loaded rows of the whole campaign.
    void setLoadedCounts(const ClickStore &store);
    bool hasLoadedCounts() const { return m_loaded; }
    // Clicks (or clickers) of a row, -1 when unknown.
    qint64 clicks(int row) const;
    qint64 clickers(int row) const;
    int rowOf(const QString &linkId) const; // "" finds "All links"
    QString linkIdAt(int row) const;

private:
    struct Counts {
        qint64 clicks = -1, clickers = -1;
    };
    QList<LinkInfo> m_links;
    std::vector<Counts> m_counts; // per row, "All links" first
    bool m_loaded = false;
};

} // namespace ClickScope
