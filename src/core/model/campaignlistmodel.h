// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QAbstractListModel>

namespace ClickScope {

// SENT campaigns in the API's order (newest first). Shows the name and a date: the list call gives the modified
// date; once a campaign is opened its sent date (last_run_date) replaces it.
class CampaignListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, DateMsRole };
    explicit CampaignListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setCampaigns(const QList<CampaignSummary> &campaigns);
    void setSentDate(const QString &id, std::int64_t sentMs);
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

private:
    struct Entry {
        CampaignSummary summary;
        std::int64_t sentMs;
    };
    QList<Entry> m_entries;
};

} // namespace ClickScope
