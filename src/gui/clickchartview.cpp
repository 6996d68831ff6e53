// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickchartview.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSaveFile>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace ClickScope {

namespace {
    qint64 nowMs()
    {
        static QElapsedTimer clock = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return clock.elapsed();
    }
} // namespace

ClickChartView::ClickChartView(QWidget *parent)
    : QWidget(parent)
    , m_bucket(new QComboBox(this))
    , m_reset(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_clicks(new QLineSeries)
    , m_contacts(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
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
    bar->addWidget(m_bucket);
    bar->addWidget(m_reset);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_clicks->setName(tr("Clicks"));
    m_contacts->setName(tr("Unique contacts"));
    QPen clicksPen(QColor(0x1f, 0x6f, 0xd1));
    clicksPen.setWidthF(2.0);
    m_clicks->setPen(clicksPen);
    QPen contactsPen(QColor(0xe0, 0x7a, 0x1f));
    contactsPen.setWidthF(1.6);
    m_contacts->setPen(contactsPen);
    m_chart->addSeries(m_clicks);
    m_chart->addSeries(m_contacts);
    m_timeAxis->setTickCount(7);
    m_valueAxis->setLabelFormat(QStringLiteral("%d"));
    m_valueAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QLineSeries *s : { m_clicks, m_contacts }) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_valueAxis);
        connect(s, &QLineSeries::hovered, this, &ClickChartView::showTooltip);
    }
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
    refreshNow();
}

void ClickChartView::setSeries(ClickSeries *series)
{
    m_series = series;
    connect(series, &ClickSeries::changed, this, &ClickChartView::scheduleRefresh);
    m_bucket->setCurrentIndex(m_bucket->findData(int(series->bucket())));
    refreshNow();
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
    m_points = m_series ? m_series->points() : std::vector<ClickSeries::Point>();
    QList<QPointF> clicks, contacts;
    clicks.reserve(qsizetype(m_points.size()));
    contacts.reserve(qsizetype(m_points.size()));
    m_plottedClicks = 0;
    int maxValue = 0;
    for (const auto &p : m_points) {
        clicks.append(QPointF(double(p.startMs), p.clicks));
        contacts.append(QPointF(double(p.startMs), p.contacts));
        m_plottedClicks += p.clicks;
        maxValue = std::max(maxValue, p.clicks);
    }
    m_plottedPoints = int(m_points.size());
    m_clicks->replace(clicks);
    m_contacts->replace(contacts);
    const ClickSeries::Bucket bucket = m_series ? m_series->effectiveBucket() : ClickSeries::Bucket::Day;
    m_timeAxis->setFormat(
        bucket == ClickSeries::Bucket::Hour ? QStringLiteral("d MMM HH:mm") : QStringLiteral("d MMM yyyy"));
    if (m_points.empty()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addDays(-7), now);
        m_valueAxis->setRange(0, 4);
        m_valueAxis->setTickCount(5);
        m_chart->setTitle(tr("No clicks to show"));
    } else {
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_points.front().startMs),
            QDateTime::fromMSecsSinceEpoch(std::max(m_points.back().startMs, m_points.front().startMs + 1)));
        // A round top a little above the highest point, in steps of 1, 2, 2.5 or 5 times a power of ten (2.5 only
        // from 25 up: the labels are whole numbers).
        const double target = std::max(4.0, double(maxValue) * 1.08) / 4.0;
        const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
        double step = magnitude;
        for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 })
            if (magnitude * m >= target && (m != 2.5 || magnitude >= 10.0)) {
                step = magnitude * m;
                break;
            }
        m_valueAxis->setRange(0, step * 4);
        m_valueAxis->setTickCount(5);
        m_chart->setTitle(QString());
    }
}

void ClickChartView::resetZoom()
{
    m_chart->zoomReset();
    refreshNow();
}

void ClickChartView::showTooltip(const QPointF &point, bool state)
{
    if (!state || m_points.empty()) {
        QToolTip::hideText();
        return;
    }
    // The bucket nearest the pointer.
    const auto x = qint64(point.x());
    auto best = m_points.begin();
    for (auto it = m_points.begin(); it != m_points.end(); ++it)
        if (std::llabs(it->startMs - x) < std::llabs(best->startMs - x))
            best = it;
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(best->startMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(best->endMs);
    const bool hourly = m_series && m_series->effectiveBucket() == ClickSeries::Bucket::Hour;
    const QString range = hourly
        ? tr("%1, %2–%3")
              .arg(locale.toString(from.date(), QLocale::ShortFormat),
                  locale.toString(from.time(), QLocale::ShortFormat), locale.toString(to.time(), QLocale::ShortFormat))
        : tr("%1 – %2").arg(locale.toString(from.date(), QLocale::ShortFormat),
            locale.toString(to.addMSecs(-1).date(), QLocale::ShortFormat));
    QToolTip::showText(QCursor::pos(),
        tr("%1\nClicks: %2\nUnique contacts: %3")
            .arg(range, locale.toString(best->clicks), locale.toString(best->contacts)),
        this);
}

bool ClickChartView::savePng(const QString &fileName, QString *error)
{
    const QPixmap image = m_view->grab();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ClickScope
