// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickersview.h"

#include "domain/plural.h"
#include "model/clickersmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ClickScope {

ClickersView::ClickersView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_export(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("clickersTable"));
    m_table->setAccessibleName(tr("Contacts who clicked"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    // doubleClicked, not activated: activated also fires on a single click under some styles, and on macOS Enter
    // does not emit it; Enter is handled in eventFilter on every platform.
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            activateRow(index.row());
    });
    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ClickersView::copySelection);
    m_table->addAction(copy);

    m_empty->setObjectName(QStringLiteral("clickersEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // the muted look of a placeholder
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_summary->setObjectName(QStringLiteral("clickersSummaryLabel"));
    m_summary->setAccessibleName(tr("Clicker count"));
    m_export->setObjectName(QStringLiteral("clickersExportButton"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save these contacts, with their clicks and times, as a CSV file"));
    connect(m_export, &QToolButton::clicked, this, &ClickersView::exportRequested);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(footer);
    updateSummary();
}

void ClickersView::setModel(ClickersModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_table->setModel(model);
    if (model) {
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(ClickersModel::ClicksColumn, Qt::DescendingOrder);
        // The email takes the width the others leave: every column shows without sideways scrolling.
        QHeaderView *header = m_table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(ClickersModel::EmailColumn, QHeaderView::Stretch);
        const QFontMetrics fm = m_table->fontMetrics();
        const int time = fm.horizontalAdvance(QStringLiteral("2026-10-22 14:18:00")) + 16;
        m_table->setColumnWidth(ClickersModel::ContactIdColumn, 90);
        for (int c = 0; c < model->columnCount(); ++c)
            if (c != ClickersModel::EmailColumn && c != ClickersModel::ContactIdColumn)
                m_table->setColumnWidth(c,
                    std::max(c == ClickersModel::FirstClickColumn || c == ClickersModel::LastClickColumn ? time : 0,
                        fm.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 28));
        connect(model, &ClickersModel::updated, this, &ClickersView::updateSummary);
    }
    updateSummary();
}

QString ClickersView::emptyText() const
{
    if (!m_model || m_model->sourceRowsSeen() == 0)
        return tr("No clicks loaded");
    if (m_model->rowCount() == 0)
        return m_model->isFiltering() ? tr("No contact matches the filter") : tr("No clicks loaded");
    return {};
}

QString ClickersView::summaryText() const
{
    if (!m_model || m_model->rowCount() == 0)
        return {};
    const int contacts = m_model->rowCount();
    const qint64 clicks = m_model->totalClicks();
    //: The clickers tab's summary; %1 is "N contacts clicked", %2 is "M clicks".
    return tr("%1 · %2").arg(
        tr("%Ln contacts clicked", nullptr, contacts), tr("%Ln clicks", nullptr, I18n::pluralCount(clicks)));
}

void ClickersView::updateSummary()
{
    const QString empty = emptyText();
    m_empty->setText(empty);
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_table) : m_empty);
    m_summary->setText(summaryText());
    m_export->setEnabled(m_model && m_model->rowCount() > 0);
}

void ClickersView::activateRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    Q_EMIT contactActivated(m_model->contactId(row));
}

bool ClickersView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            const QModelIndex current = m_table->currentIndex();
            if (current.isValid()) {
                activateRow(current.row());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ClickersView::selectedRowsAsTsv() const
{
    if (!m_model || !m_table->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QString text;
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QString cell = m_model->index(row, c).data().toString();
            cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << cell;
        }
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

void ClickersView::copySelection()
{
    const QString text = selectedRowsAsTsv();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace ClickScope
