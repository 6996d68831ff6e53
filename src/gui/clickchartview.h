// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/clickseries.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLineSeries;
class QToolButton;

namespace ClickScope {

// Clicks over time, read from a ClickSeries (never from the table), in two views: clicks and distinct contacts per
// bucket over time, or the cumulative share of clicks by time since the send (log-scaled time, where a send's
// first hours and its tail both show). Redraws at most four times a second while pages arrive. Rubber-band zoom
// (reported as a date range on bucket boundaries, for the table's filter), reset, hover tooltips, PNG export.
//
// Both axes are QCategoryAxis: a tick and one label per chosen bucket start, placed on the value (a QDateTimeAxis
// spaces tickCount ticks evenly, so they miss the buckets and repeat a day's label). Lines rather than bars: a few
// hundred hourly buckets zoom and draw as a line; bar categories cannot be thinned or zoomed by time.
class ClickChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { OverTime, ShareSinceSend };
    Q_ENUM(Mode)

    explicit ClickChartView(QWidget *parent = nullptr);
    ~ClickChartView() override;
    void setSeries(ClickSeries *series);

    Mode mode() const { return m_mode; }
    // For the saved PNG's title (the on-screen chart has none): the campaign's name, the link (empty: all links)
    // and the date range in words (empty: the range shown, from the chart).
    void setTitleContext(const QString &campaign, const QString &link, const QString &range = QString());
    QString exportTitle() const;
    // The image savePng() writes: the chart as shown, with exportTitle() as its title.
    QImage renderForExport();
    bool savePng(const QString &fileName, QString *error);

    // What is drawn now (for tests): the sum of the total-clicks line, and the number of points; the x axis's ticks
    // (UTC ms of bucket starts in the over-time view, ms since the send in the share view) and their labels; the
    // value axis's top.
    qint64 plottedClicks() const { return m_plottedClicks; }
    int plottedPoints() const { return m_plottedPoints; }
    const std::vector<qint64> &tickValues() const { return m_tickValues; }
    const QStringList &tickLabels() const { return m_tickLabels; }
    double valueAxisMax() const;
    QChartView *chartView() const { return m_view; }
    // The hover text of the bucket whose point is nearest ms (over-time view): its range and counts.
    QString bucketText(qint64 ms) const;
    // The zoomed range (UTC ms, exclusive end), or noDate for both when not zoomed.
    qint64 zoomFrom() const { return m_zoomFrom; }
    qint64 zoomTo() const { return m_zoomTo; }

    // A round number just above peak for the value axis, and its step: a step of 1, 2, 2.5 or 5 times a power of
    // ten (whole numbers), the top the smallest multiple of it at or above peak, with 3 to 8 steps.
    static qint64 niceAxisMax(qint64 peak, qint64 *step = nullptr);

public Q_SLOTS:
    void setMode(ClickScope::ClickChartView::Mode mode);
    // The campaign's send time (UTC ms, noDate when unknown): the origin of the share view. Passed to the series.
    void setSendTime(qint64 ms);
    // Shows [fromMs, toMs) (noDate: that side open; both noDate: everything) without emitting zoomRangeChanged: for
    // a date range set in the table's filter, so that it does not come back as a zoom.
    void setZoomRange(qint64 fromMs, qint64 toMs);
    void refreshNow();
    // Shows everything again and emits zoomRangeChanged(noDate, noDate).
    void resetZoom();

Q_SIGNALS:
    void saveRequested();
    // The user zoomed (rubber band, or right-click to zoom out) in the over-time view: the range shown, snapped
    // outwards to bucket boundaries, UTC ms, exclusive end; both noDate after Reset Zoom. For
    // ClickFilterProxy::setDateRange.
    void zoomRangeChanged(qint64 fromMs, qint64 toMs);

private:
    void scheduleRefresh();
    void drawOverTime();
    void drawShare();
    void onXRangeChanged(qreal min, qreal max);
    void fitValueAxis();
    void rebuildTimeTicks();
    void rebuildShareTicks();
    void setCategories(QCategoryAxis *axis, double start, const std::vector<double> &at, const QStringList &labels);
    void showTooltip(const QPointF &point, bool state);
    void showShareTooltip(const QPointF &point, bool state);
    double xOf(qint64 ms) const;
    qint64 msOf(double x) const;
    QString shownRangeText() const;

    ClickSeries *m_series = nullptr;
    Mode m_mode = Mode::OverTime;
    QComboBox *m_modeCombo;
    QComboBox *m_bucket;
    QToolButton *m_reset;
    QToolButton *m_save;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_clicks;
    QLineSeries *m_contacts;
    QLineSeries *m_share;
    QCategoryAxis *m_xAxis;
    QCategoryAxis *m_yAxis;
    QTimer m_throttle;
    qint64 m_lastRefreshMs = 0;
    qint64 m_plottedClicks = 0;
    int m_plottedPoints = 0;
    std::vector<ClickSeries::Point> m_points;
    std::vector<ClickSeries::SharePoint> m_sharePoints;
    qint64 m_originMs = 0; // x = hours since this in the over-time view
    qint64 m_zoomFrom = INT64_MIN, m_zoomTo = INT64_MIN; // noDate: not zoomed
    bool m_settingRange = false; // our own axis changes are not the user's zoom
    std::vector<qint64> m_tickValues;
    QStringList m_tickLabels;
    QString m_titleCampaign, m_titleLink, m_titleRange;
};

} // namespace ClickScope
