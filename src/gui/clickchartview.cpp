// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickchartview.h"

#include "domain/isotime.h"
#include "domain/plural.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ClickScope {

namespace {
    constexpr qint64 minuteMs = 60000;
    constexpr qint64 hourMs = 60 * minuteMs;
    constexpr qint64 dayMs = 24 * hourMs;
    constexpr double labelGap = 12; // px between neighbouring tick labels

    qint64 nowMs()
    {
        static QElapsedTimer clock = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return clock.elapsed();
    }

    // A candidate spacing of time ticks: every n-th hour, day, week, month or year.
    struct TickLevel {
        enum Unit { Hour, Day, Week, Month, Year } unit;
        int n;
    };

    std::vector<TickLevel> levelsFor(ClickSeries::Bucket bucket)
    {
        using L = TickLevel;
        switch (bucket) {
        case ClickSeries::Bucket::Hour:
            return { { L::Hour, 1 }, { L::Hour, 2 }, { L::Hour, 3 }, { L::Hour, 6 }, { L::Hour, 12 }, { L::Day, 1 },
                { L::Day, 2 }, { L::Week, 1 }, { L::Week, 2 }, { L::Month, 1 }, { L::Month, 3 }, { L::Month, 6 },
                { L::Year, 1 } };
        case ClickSeries::Bucket::Week:
            return { { L::Week, 1 }, { L::Week, 2 }, { L::Week, 4 }, { L::Month, 1 }, { L::Month, 3 }, { L::Month, 6 },
                { L::Year, 1 } };
        case ClickSeries::Bucket::Day:
        case ClickSeries::Bucket::Auto:
            break;
        }
        return { { L::Day, 1 }, { L::Day, 2 }, { L::Week, 1 }, { L::Week, 2 }, { L::Month, 1 }, { L::Month, 3 },
            { L::Month, 6 }, { L::Year, 1 } };
    }

    // Whether a bucket starting at local time t carries a tick at this level. Weeks start on Monday (the Julian day
    // of a Monday is a multiple of 7); a week bucket opens a month when it is its first Monday.
    bool onLevel(const QDateTime &t, const TickLevel &level, ClickSeries::Bucket bucket)
    {
        const QDate d = t.date();
        const bool midnight = t.time() == QTime(0, 0);
        const bool opensMonth = bucket == ClickSeries::Bucket::Week ? d.day() <= 7 : d.day() == 1 && midnight;
        switch (level.unit) {
        case TickLevel::Hour:
            return t.time().hour() % level.n == 0;
        case TickLevel::Day:
            return midnight && d.toJulianDay() % level.n == 0;
        case TickLevel::Week:
            return midnight && d.dayOfWeek() == 1 && (d.toJulianDay() / 7) % level.n == 0;
        case TickLevel::Month:
            return opensMonth && (d.month() - 1) % level.n == 0;
        case TickLevel::Year:
            return opensMonth && d.month() == 1;
        }
        return false;
    }

    QString duration(qint64 ms)
    {
        const QLocale locale;
        if (ms < hourMs)
            return ClickChartView::tr("%1 min").arg(locale.toString(ms / minuteMs));
        if (ms < dayMs) {
            const qint64 h = ms / hourMs, m = ms % hourMs / minuteMs;
            return m == 0 ? ClickChartView::tr("%1 h").arg(locale.toString(h))
                          : ClickChartView::tr("%1 h %2 min").arg(locale.toString(h), locale.toString(m));
        }
        const qint64 d = ms / dayMs, h = ms % dayMs / hourMs;
        return h == 0 || d >= 7 ? ClickChartView::tr("%1 d").arg(locale.toString(d))
                                : ClickChartView::tr("%1 d %2 h").arg(locale.toString(d), locale.toString(h));
    }
} // namespace

ClickChartView::ClickChartView(QWidget *parent)
    : QWidget(parent)
    , m_modeCombo(new QComboBox(this))
    , m_bucket(new QComboBox(this))
    , m_reset(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_clicks(new QLineSeries)
    , m_contacts(new QLineSeries)
    , m_share(new QLineSeries)
    , m_xAxis(new QCategoryAxis)
    , m_yAxis(new QCategoryAxis)
{
    m_modeCombo->setObjectName(QStringLiteral("chartModeCombo"));
    m_modeCombo->addItem(tr("Clicks over time"), int(Mode::OverTime));
    m_modeCombo->addItem(tr("Share of clicks by time since send"), int(Mode::ShareSinceSend));
    m_modeCombo->setToolTip(tr("Clicks per hour, day or week, or the share of all clicks that came within a given "
                               "time of the send"));
    m_modeCombo->setAccessibleName(tr("Chart view"));
    m_bucket->setObjectName(QStringLiteral("bucketCombo"));
    m_bucket->addItem(tr("Automatic"), int(ClickSeries::Bucket::Auto));
    m_bucket->addItem(tr("By hour"), int(ClickSeries::Bucket::Hour));
    m_bucket->addItem(tr("By day"), int(ClickSeries::Bucket::Day));
    m_bucket->addItem(tr("By week"), int(ClickSeries::Bucket::Week));
    m_bucket->setToolTip(tr("How long each point of the chart is"));
    m_bucket->setAccessibleName(tr("Chart bucket size"));
    m_reset->setText(tr("Reset Zoom"));
    m_reset->setObjectName(QStringLiteral("resetZoomButton"));
    m_reset->setToolTip(tr("Show the whole time range again (drag over the chart to zoom in)"));
    m_save->setText(tr("Save as PNG…"));
    m_save->setObjectName(QStringLiteral("saveChartButton"));
    m_save->setToolTip(tr("Save the chart as a PNG image"));

    auto *title = new QLabel(tr("<b>Clicks over time</b>"), this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_modeCombo);
    bar->addWidget(m_bucket);
    bar->addWidget(m_reset);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_clicks->setName(tr("Clicks"));
    m_contacts->setName(tr("Unique contacts"));
    m_share->setName(tr("Share of clicks"));
    QPen clicksPen(QColor(0x1f, 0x6f, 0xd1));
    clicksPen.setWidthF(2.0);
    m_clicks->setPen(clicksPen);
    m_share->setPen(clicksPen);
    QPen contactsPen(QColor(0xe0, 0x7a, 0x1f));
    contactsPen.setWidthF(1.6);
    m_contacts->setPen(contactsPen);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QCategoryAxis *axis : { m_xAxis, m_yAxis })
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (QLineSeries *s : { m_clicks, m_contacts }) {
        m_chart->addSeries(s);
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
        connect(s, &QLineSeries::hovered, this, &ClickChartView::showTooltip);
    }
    connect(m_share, &QLineSeries::hovered, this, &ClickChartView::showShareTooltip);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::HorizontalRubberBand);
    m_view->setObjectName(QStringLiteral("chart"));
    m_view->setAccessibleName(tr("Chart of clicks over time"));
    m_view->setMinimumHeight(160);

    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &ClickChartView::refreshNow);
    connect(m_reset, &QToolButton::clicked, this, &ClickChartView::resetZoom);
    connect(m_save, &QToolButton::clicked, this, &ClickChartView::saveRequested);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] {
        if (m_series)
            m_series->setBucket(ClickSeries::Bucket(m_bucket->currentData().toInt()));
    });
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this,
        [this] { setMode(Mode(m_modeCombo->currentData().toInt())); });
    connect(m_xAxis, &QValueAxis::rangeChanged, this, &ClickChartView::onXRangeChanged);
    // Labels are thinned to the plot's width: choose again when it changes.
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        static_cast<void>(area);
        if (m_mode == Mode::OverTime)
            rebuildTimeTicks();
        else
            rebuildShareTicks();
    });
    refreshNow();
}

void ClickChartView::setSeries(ClickSeries *series)
{
    m_series = series;
    connect(series, &ClickSeries::changed, this, &ClickChartView::scheduleRefresh);
    m_bucket->setCurrentIndex(m_bucket->findData(int(series->bucket())));
    refreshNow();
}

void ClickChartView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
    const bool share = mode == Mode::ShareSinceSend;
    m_bucket->setEnabled(!share);
    // Series leave the chart rather than hide, so that the legend shows only what is drawn.
    const QList<QLineSeries *> shown = share ? QList<QLineSeries *> { m_share } : QList { m_clicks, m_contacts };
    const QList<QLineSeries *> hidden = share ? QList { m_clicks, m_contacts } : QList<QLineSeries *> { m_share };
    for (QLineSeries *s : hidden)
        m_chart->removeSeries(s); // ownership returns to us
    for (QLineSeries *s : shown) {
        m_chart->addSeries(s);
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
    }
    refreshNow();
}

ClickChartView::~ClickChartView()
{
    // The chart deletes the series it shows; the ones a mode took out of it (removeSeries gives them back) are ours.
    const QList<QAbstractSeries *> inChart = m_chart->series();
    for (QLineSeries *s : { m_clicks, m_contacts, m_share })
        if (!inChart.contains(s))
            delete s;
}

void ClickChartView::setSendTime(qint64 ms)
{
    if (m_series)
        m_series->setSendTime(ms);
}

void ClickChartView::setTitleContext(const QString &campaign, const QString &link, const QString &range)
{
    m_titleCampaign = campaign;
    m_titleLink = link;
    m_titleRange = range;
}

void ClickChartView::scheduleRefresh()
{
    // At most four redraws a second while pages arrive; the first change after a quiet spell draws at once.
    if (m_throttle.isActive())
        return;
    const qint64 since = nowMs() - m_lastRefreshMs;
    if (since >= 250)
        refreshNow();
    else
        m_throttle.start(int(250 - since));
}

void ClickChartView::refreshNow()
{
    m_lastRefreshMs = nowMs();
    if (m_mode == Mode::OverTime)
        drawOverTime();
    else
        drawShare();
}

double ClickChartView::xOf(qint64 ms) const
{
    return double(ms - m_originMs) / double(hourMs);
}

qint64 ClickChartView::msOf(double x) const
{
    return m_originMs + std::llround(x * double(hourMs));
}

qint64 ClickChartView::niceAxisMax(qint64 peak, qint64 *step)
{
    qint64 bestTop = 4, bestStep = 1;
    if (peak > 0) {
        // Steps of 1, 2, 2.5 and 5 times a power of ten (2.5 from 25 up: whole numbers), 3 to 10 of them (fewer only
        // for peaks under 3): the tightest top wins, then the count nearest 5. The smallest step that allows at most
        // 10 is at most twice the one before, so the top is within 1.2 times the peak.
        bestTop = INT64_MAX;
        for (qint64 magnitude = 1; magnitude <= peak; magnitude *= 10) {
            for (const qint64 tenths : { 10, 20, 25, 50 }) {
                if (tenths == 25 && magnitude < 10)
                    continue;
                const qint64 s = magnitude * tenths / 10;
                const qint64 n = (peak + s - 1) / s;
                if (n > 10 || (n < 3 && peak >= 3))
                    continue;
                const qint64 top = n * s;
                const qint64 bestN = bestTop == INT64_MAX ? 0 : bestTop / bestStep;
                if (top < bestTop || (top == bestTop && std::llabs(n - 5) < std::llabs(bestN - 5))) {
                    bestTop = top;
                    bestStep = s;
                }
            }
        }
    }
    if (step)
        *step = bestStep;
    return bestTop;
}

double ClickChartView::valueAxisMax() const
{
    return m_yAxis->max();
}

void ClickChartView::setCategories(
    QCategoryAxis *axis, double start, const std::vector<double> &at, const QStringList &labels)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setStartValue(start);
    for (std::size_t i = 0; i < at.size(); ++i)
        axis->append(labels[qsizetype(i)], at[i]);
}

void ClickChartView::drawOverTime()
{
    m_points = m_series ? m_series->points() : std::vector<ClickSeries::Point>();
    QList<QPointF> clicks, contacts;
    clicks.reserve(qsizetype(m_points.size()));
    contacts.reserve(qsizetype(m_points.size()));
    m_plottedClicks = 0;
    m_originMs = m_points.empty() ? 0 : m_points.front().startMs;
    for (const auto &p : m_points) {
        clicks.append(QPointF(xOf(p.startMs), p.clicks));
        contacts.append(QPointF(xOf(p.startMs), p.contacts));
        m_plottedClicks += p.clicks;
    }
    m_plottedPoints = int(m_points.size());
    m_clicks->replace(clicks);
    m_contacts->replace(contacts);
    // Markers while there are few points, so that a lone bucket shows.
    m_clicks->setPointsVisible(m_points.size() <= 40);
    m_contacts->setPointsVisible(m_points.size() <= 40);
    m_xAxis->setTitleText(QString());
    m_yAxis->setTitleText(QString());
    qint64 lo = 0, hi = dayMs;
    if (m_points.empty()) {
        m_chart->setTitle(tr("No clicks to show"));
    } else {
        m_chart->setTitle(QString());
        lo = m_points.front().startMs;
        hi = m_points.size() > 1 ? m_points.back().startMs : m_points.back().endMs;
    }
    if (m_zoomFrom != noDate)
        lo = m_zoomFrom;
    if (m_zoomTo != noDate)
        hi = m_zoomTo;
    if (hi <= lo)
        hi = lo + hourMs;
    m_settingRange = true;
    m_xAxis->setRange(xOf(lo), xOf(hi));
    m_settingRange = false;
    fitValueAxis();
    rebuildTimeTicks();
}

void ClickChartView::fitValueAxis()
{
    if (m_mode == Mode::ShareSinceSend) {
        std::vector<double> at;
        QStringList labels;
        const QLocale locale;
        for (int p = 0; p <= 100; p += 20) {
            at.push_back(p);
            labels.append(locale.toString(p) + locale.percent());
        }
        m_settingRange = true;
        setCategories(m_yAxis, 0, at, labels);
        m_yAxis->setRange(0, 100);
        m_settingRange = false;
        return;
    }
    // The highest point in the range shown, so that a zoom into the tail shows the tail.
    const double x0 = m_xAxis->min(), x1 = m_xAxis->max();
    qint64 peak = 0;
    for (const auto &p : m_points) {
        const double x = xOf(p.startMs);
        if (x >= x0 - 1e-9 && x <= x1 + 1e-9)
            peak = std::max<qint64>(peak, std::max(p.clicks, p.contacts));
    }
    qint64 step = 1;
    const qint64 top = niceAxisMax(peak, &step);
    std::vector<double> at;
    QStringList labels;
    const QLocale locale;
    for (qint64 v = 0; v <= top; v += step) {
        at.push_back(double(v));
        labels.append(locale.toString(v));
    }
    m_settingRange = true;
    setCategories(m_yAxis, 0, at, labels);
    m_yAxis->setRange(0, double(top));
    m_settingRange = false;
}

void ClickChartView::rebuildTimeTicks()
{
    m_tickValues.clear();
    m_tickLabels.clear();
    if (!m_series || m_points.empty()) {
        setCategories(m_xAxis, m_xAxis->min(), {}, {});
        return;
    }
    const ClickSeries::Bucket bucket = m_series->effectiveBucket();
    const QTimeZone zone = m_series->timeZone();
    const qint64 lo = msOf(m_xAxis->min()), hi = msOf(m_xAxis->max());
    // Bucket starts in the range shown: the only places a tick may go.
    std::vector<qint64> starts;
    std::vector<QDateTime> local;
    qint64 t = m_series->bucketStartAt(lo);
    if (t < lo)
        t = m_series->bucketEndAfter(t);
    for (; t <= hi && starts.size() < 20000; t = m_series->bucketEndAfter(t)) {
        starts.push_back(t);
        local.push_back(QDateTime::fromMSecsSinceEpoch(t, zone));
    }
    if (starts.empty()) {
        setCategories(m_xAxis, m_xAxis->min(), {}, {});
        return;
    }
    const QLocale locale;
    const bool years = local.front().date().year() != local.back().date().year();
    //: Date format of the chart's hour ticks (QDateTime format: d day, MMM month name, HH:mm time).
    const QString hourFormat = tr("d MMM HH:mm");
    //: Date format of the chart's day ticks; the second with the year, when the chart spans more than one.
    const QString dayFormat = years ? tr("d MMM yyyy") : tr("d MMM");
    const auto labelOf = [&](const QDateTime &when, const TickLevel &level) {
        if (bucket == ClickSeries::Bucket::Week)
            //: A week's tick on the chart: the week commencing (starting) on that Monday.
            return tr("w/c %1").arg(locale.toString(when, dayFormat));
        return locale.toString(when, level.unit == TickLevel::Hour ? hourFormat : dayFormat);
    };
    const double width = std::max(m_chart->plotArea().width(), 200.0);
    const double xRange = std::max(m_xAxis->max() - m_xAxis->min(), 1e-9);
    const QFontMetricsF metrics(m_xAxis->labelsFont());
    std::vector<std::size_t> chosen;
    QStringList chosenLabels;
    for (const TickLevel &level : levelsFor(bucket)) {
        std::vector<std::size_t> picks;
        for (std::size_t i = 0; i < starts.size(); ++i)
            if (onLevel(local[i], level, bucket))
                picks.push_back(i);
        if (picks.empty())
            continue;
        chosen = picks; // the coarsest level with a tick, when none fits
        chosenLabels.clear();
        if (double(picks.size()) > width / 24)
            continue; // too dense whatever the labels
        double widest = 0;
        for (std::size_t i : picks) {
            chosenLabels.append(labelOf(local[i], level));
            widest = std::max(widest, metrics.horizontalAdvance(chosenLabels.back()));
        }
        double gap = width;
        for (std::size_t k = 1; k < picks.size(); ++k)
            gap = std::min(gap, double(xOf(starts[picks[k]]) - xOf(starts[picks[k - 1]])) / xRange * width);
        if (gap >= widest + labelGap)
            break;
    }
    if (chosenLabels.size() != qsizetype(chosen.size())) {
        chosenLabels.clear();
        const TickLevel coarsest = levelsFor(bucket).back();
        for (std::size_t i : chosen)
            chosenLabels.append(labelOf(local[i], coarsest));
    }
    // Category labels must be unique; the hour that repeats when daylight saving ends is told apart by its zone.
    QSet<QString> seen;
    std::vector<double> at;
    for (qsizetype k = 0; k < chosenLabels.size(); ++k) {
        QString label = chosenLabels[k];
        if (seen.contains(label))
            label += QLatin1Char(' ') + local[chosen[std::size_t(k)]].timeZoneAbbreviation();
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        m_tickValues.push_back(starts[chosen[std::size_t(k)]]);
        m_tickLabels.append(label);
        at.push_back(xOf(starts[chosen[std::size_t(k)]]));
    }
    setCategories(m_xAxis, m_xAxis->min(), at, m_tickLabels);
}

void ClickChartView::drawShare()
{
    m_points = m_series ? m_series->points() : std::vector<ClickSeries::Point>();
    m_sharePoints = m_series ? m_series->shareSinceSend() : std::vector<ClickSeries::SharePoint>();
    // x: hours since the send on a log scale, log(1 + h): the first hour takes a tenth of a month's width, the
    // first day half of it.
    QList<QPointF> line;
    line.reserve(qsizetype(m_sharePoints.size()));
    for (const auto &p : m_sharePoints)
        line.append(QPointF(std::log1p(double(p.sinceMs) / double(hourMs)), p.share * 100.0));
    m_share->replace(line);
    m_plottedPoints = int(m_sharePoints.size());
    m_plottedClicks = m_sharePoints.empty() ? 0 : m_sharePoints.back().clicks;
    const bool known = m_series && m_series->sendTime() != noDate;
    m_xAxis->setTitleText(known ? tr("Time since the send (log scale)") : tr("Time since the first click (log scale)"));
    m_yAxis->setTitleText(tr("Share of clicks"));
    m_chart->setTitle(m_sharePoints.empty() ? tr("No clicks to show") : QString());
    const double right = line.isEmpty() ? std::log1p(24.0) : std::max(line.back().x(), std::log1p(1.0));
    m_settingRange = true;
    m_xAxis->setRange(0, right);
    m_settingRange = false;
    fitValueAxis();
    rebuildShareTicks();
}

void ClickChartView::rebuildShareTicks()
{
    m_tickValues.clear();
    m_tickLabels.clear();
    const bool known = m_series && m_series->sendTime() != noDate;
    static constexpr qint64 nice[] = { 0, 15 * minuteMs, 30 * minuteMs, hourMs, 2 * hourMs, 3 * hourMs, 6 * hourMs,
        12 * hourMs, dayMs, 2 * dayMs, 3 * dayMs, 7 * dayMs, 14 * dayMs, 30 * dayMs, 60 * dayMs, 90 * dayMs,
        180 * dayMs, 365 * dayMs, 730 * dayMs, 1825 * dayMs };
    const double width = std::max(m_chart->plotArea().width(), 200.0);
    const double x0 = m_xAxis->min(), x1 = m_xAxis->max();
    const double xRange = std::max(x1 - x0, 1e-9);
    const QFontMetricsF metrics(m_xAxis->labelsFont());
    std::vector<double> at;
    double lastPx = -1e9, lastHalf = 0;
    for (const qint64 since : nice) {
        const double x = std::log1p(double(since) / double(hourMs));
        if (x < x0 - 1e-9 || x > x1 + 1e-9)
            continue;
        QString label;
        if (since == 0)
            //: The origin of the share chart's time axis: the send, or the first click when the send time is unknown.
            label = known ? tr("Send") : tr("First click");
        else if (since < hourMs)
            label = tr("%1 min").arg(since / minuteMs);
        else if (since < dayMs)
            label = tr("%1 h").arg(since / hourMs);
        else if (since == 7 * dayMs || since == 14 * dayMs)
            label = tr("%1 wk").arg(since / (7 * dayMs));
        else
            label = tr("%1 d").arg(since / dayMs);
        const double px = (x - x0) / xRange * width;
        const double half = metrics.horizontalAdvance(label) / 2;
        if (px - lastPx < lastHalf + half + labelGap)
            continue;
        lastPx = px;
        lastHalf = half;
        m_tickValues.push_back(since);
        m_tickLabels.append(label);
        at.push_back(x);
    }
    setCategories(m_xAxis, x0, at, m_tickLabels);
}

void ClickChartView::onXRangeChanged(qreal min, qreal max)
{
    if (m_settingRange)
        return;
    // The user zoomed (QChartView's rubber band calls QChart::zoomIn, its right click zoomOut): keep the height
    // fitted to what is shown, and in the over-time view snap to buckets and report the range.
    if (m_mode == Mode::ShareSinceSend) {
        m_settingRange = true;
        m_xAxis->setRange(std::max(min, 0.0), max);
        m_settingRange = false;
        fitValueAxis();
        rebuildShareTicks();
        return;
    }
    if (!m_series || m_points.empty()) {
        fitValueAxis();
        rebuildTimeTicks();
        return;
    }
    const qint64 fromMs = msOf(min), toMs = msOf(max);
    const qint64 from = m_series->bucketStartAt(fromMs);
    const qint64 lastStart = m_series->bucketStartAt(toMs);
    qint64 to = lastStart == toMs ? toMs : m_series->bucketEndAfter(lastStart);
    if (to <= from)
        to = m_series->bucketEndAfter(from);
    m_settingRange = true;
    m_xAxis->setRange(xOf(from), xOf(to));
    m_settingRange = false;
    fitValueAxis();
    rebuildTimeTicks();
    if (from == m_zoomFrom && to == m_zoomTo)
        return;
    m_zoomFrom = from;
    m_zoomTo = to;
    Q_EMIT zoomRangeChanged(from, to);
}

void ClickChartView::setZoomRange(qint64 fromMs, qint64 toMs)
{
    m_zoomFrom = fromMs;
    m_zoomTo = toMs;
    refreshNow();
}

void ClickChartView::resetZoom()
{
    m_zoomFrom = noDate;
    m_zoomTo = noDate;
    refreshNow();
    Q_EMIT zoomRangeChanged(noDate, noDate);
}

void ClickChartView::showTooltip(const QPointF &point, bool state)
{
    const QString text = state ? bucketText(msOf(point.x())) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

QString ClickChartView::bucketText(qint64 ms) const
{
    if (m_points.empty() || !m_series)
        return QString();
    // The bucket whose point is nearest (points sit at bucket starts).
    auto it = std::lower_bound(m_points.begin(), m_points.end(), ms,
        [](const ClickSeries::Point &p, qint64 value) { return p.startMs < value; });
    if (it == m_points.end() || (it != m_points.begin() && ms - std::prev(it)->startMs < it->startMs - ms))
        it = std::prev(it);
    const QLocale locale;
    const QTimeZone zone = m_series->timeZone();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(it->startMs, zone);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(it->endMs, zone);
    //: Date format in the chart's tooltip (QDateTime format).
    const QString dateFormat = tr("d MMM yyyy");
    QString range;
    switch (m_series->effectiveBucket()) {
    case ClickSeries::Bucket::Hour:
        //: A bucket of the chart's tooltip: date, start time–end time.
        range = tr("%1 %2–%3")
                    .arg(locale.toString(from, dateFormat), locale.toString(from, QStringLiteral("HH:mm")),
                        locale.toString(to, QStringLiteral("HH:mm")));
        break;
    case ClickSeries::Bucket::Week:
        range = tr("%1 – %2").arg(locale.toString(from, dateFormat), locale.toString(to.addMSecs(-1), dateFormat));
        break;
    default:
        range = locale.toString(from, QStringLiteral("ddd ") + dateFormat);
        break;
    }
    //: The counts of a bucket in the chart's tooltip: "1,234 clicks · 1,010 contacts".
    const QString counts
        = tr("%1 · %2").arg(tr("%Ln clicks", nullptr, it->clicks), tr("%Ln contacts", nullptr, it->contacts));
    return range + QLatin1Char('\n') + counts;
}

void ClickChartView::showShareTooltip(const QPointF &point, bool state)
{
    if (!state || m_sharePoints.empty() || !m_series) {
        QToolTip::hideText();
        return;
    }
    const double hours = std::expm1(std::max(point.x(), 0.0));
    const auto ms = qint64(hours * double(hourMs));
    auto it = std::lower_bound(m_sharePoints.begin(), m_sharePoints.end(), ms,
        [](const ClickSeries::SharePoint &p, qint64 value) { return p.sinceMs < value; });
    if (it == m_sharePoints.end())
        it = std::prev(it);
    const QLocale locale;
    const qint64 total = m_sharePoints.back().clicks;
    const bool known = m_series->sendTime() != noDate;
    const QString share = locale.toString(it->share * 100.0, 'f', 1) + locale.percent();
    const QString text = known
        ? tr("Within %1 of the send: %2 of the clicks (%3 of %4)")
              .arg(duration(it->sinceMs), share, locale.toString(it->clicks), locale.toString(total))
        : tr("Within %1 of the first click: %2 of the clicks (%3 of %4)")
              .arg(duration(it->sinceMs), share, locale.toString(it->clicks), locale.toString(total));
    QToolTip::showText(QCursor::pos(), text, this);
}

QString ClickChartView::shownRangeText() const
{
    if (m_points.empty())
        return QString();
    const QTimeZone zone = m_series ? m_series->timeZone() : QTimeZone::systemTimeZone();
    qint64 from = m_points.front().startMs, to = m_points.back().endMs;
    if (m_mode == Mode::OverTime) {
        from = msOf(m_xAxis->min());
        to = std::max(from, msOf(m_xAxis->max()));
        if (m_zoomTo == noDate)
            to = m_points.back().endMs;
    }
    const QLocale locale;
    const QDateTime a = QDateTime::fromMSecsSinceEpoch(from, zone);
    const QDateTime b = QDateTime::fromMSecsSinceEpoch(to - 1, zone);
    // Times only when the range is a few days or less; the end is inclusive in words.
    const QString format = to - from <= 3 * dayMs ? tr("d MMM yyyy HH:mm") : tr("d MMM yyyy");
    if (a.date() == b.date() && format == tr("d MMM yyyy"))
        return locale.toString(a, format);
    return tr("%1 – %2").arg(locale.toString(a, format), locale.toString(b, format));
}

QString ClickChartView::exportTitle() const
{
    const QString campaign = m_titleCampaign.isEmpty() ? tr("Clicks") : m_titleCampaign;
    const QString link = m_titleLink.isEmpty() ? tr("All links") : m_titleLink;
    const QString range = m_titleRange.isEmpty() ? shownRangeText() : m_titleRange;
    QString what;
    if (m_mode == Mode::ShareSinceSend)
        what = tr("Share of clicks by time since send");
    else if (m_series && m_series->effectiveBucket() == ClickSeries::Bucket::Hour)
        what = tr("Clicks by hour");
    else if (m_series && m_series->effectiveBucket() == ClickSeries::Bucket::Week)
        what = tr("Clicks by week");
    else
        what = tr("Clicks by day");
    QStringList second { link.toHtmlEscaped() };
    if (!range.isEmpty())
        second.append(range.toHtmlEscaped());
    second.append(what.toHtmlEscaped());
    return QStringLiteral("<b>%1</b><br>%2").arg(campaign.toHtmlEscaped(), second.join(QStringLiteral(" · ")));
}

QImage ClickChartView::renderForExport()
{
    const QString shown = m_chart->title();
    m_chart->setTitle(exportTitle());
    m_chart->layout()->activate();
    const QImage image = m_view->grab().toImage();
    m_chart->setTitle(shown);
    m_chart->layout()->activate();
    return image;
}

bool ClickChartView::savePng(const QString &fileName, QString *error)
{
    const QImage image = renderForExport();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ClickScope
