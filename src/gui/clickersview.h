// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace ClickScope {

class ClickersModel;

// The clickers tab: one row per contact that clicked (a ClickersModel), most clicks first, with a summary line
// ("N contacts clicked · M clicks") and an empty state. Filtering comes from the window's filter row through the
// ClickFilterProxy the model follows; this view has no filter of its own. Enter or a double-click on a row emits
// contactActivated; Ctrl+C copies the selected rows as tab-separated text; Export emits exportRequested (the window
// asks for a file name and calls ClickersCsv::write).
class ClickersView : public QWidget
{
    Q_OBJECT
public:
    explicit ClickersView(QWidget *parent = nullptr);

    // The model to show (not owned). Sorts it by clicks, most first.
    void setModel(ClickersModel *model);
    ClickersModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

    // The selected rows, in the view's order, as the table shows them: cells separated by tabs, rows ended by '\n'.
    QString selectedRowsAsTsv() const;
    // What the summary line and the empty state say now (for tests).
    QString summaryText() const;
    QString emptyText() const; // empty while the table shows rows

public Q_SLOTS:
    void copySelection();

Q_SIGNALS:
    void contactActivated(const QString &contactId);
    void exportRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activateRow(int row);
    void updateSummary();

    ClickersModel *m_model = nullptr;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_summary;
    QToolButton *m_export;
};

} // namespace ClickScope
