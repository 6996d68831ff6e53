// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/clickseries.h"

#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLineSeries;
class QToolButton;
class QValueAxis;

namespace ClickScope {

// Clicks over time: total clicks and distinct contacts per bucket, read from a ClickSeries (never from the table).
// Redraws at most four times a second while pages arrive. Rubber-band zoom, reset, hover tooltips, PNG export.
class ClickChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ClickChartView(QWidget *parent = nullptr);
    void setSeries(ClickSeries *series);

    // What is drawn now (for tests): the sum of the total-clicks line, and the number of points.
    qint64 plottedClicks() const { return m_plottedClicks; }
    int plottedPoints() const { return m_plottedPoints; }
    bool savePng(const QString &fileName, QString *error);
    QChartView *chartView() const { return m_view; }

public Q_SLOTS:
    void refreshNow();
    void resetZoom();

Q_SIGNALS:
    void saveRequested();

private:
    void scheduleRefresh();
    void showTooltip(const QPointF &point, bool state);

    ClickSeries *m_series = nullptr;
    QComboBox *m_bucket;
    QToolButton *m_reset;
    QToolButton *m_save;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_clicks;
    QLineSeries *m_contacts;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QTimer m_throttle;
    qint64 m_lastRefreshMs = 0;
    qint64 m_plottedClicks = 0;
    int m_plottedPoints = 0;
    std::vector<ClickSeries::Point> m_points;
};

} // namespace ClickScope
