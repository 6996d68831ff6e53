// SPDX-License-Identifier: GPL-3.0-or-later
// ClickChartView on known data, on the offscreen platform: ticks on bucket starts with one unique label each, the
// value axis just above the peak, the share-since-send view, the hover text, the saved PNG's title, and zoom
// reported as a bucket-snapped date range that the table's filter does not send back.
#include "domain/isotime.h"
#include "gui/clickchartview.h"
#include "model/clickfilterproxy.h"
#include "model/clickseries.h"
#include "model/clicktablemodel.h"
#include "testbatches.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace ClickScope;
using namespace ClickScope::Tests;

namespace {

constexpr qint64 hourMs = 3600000;

qint64 utc(const char *iso)
{
    return *parseIsoUtcMs(iso);
}

// A send's clicks: most in the first hours (half-life 3 hours), every 50th a straggler over the next two weeks.
ClickBatch sendDecay(qint64 sendMs, int clicks)
{
    QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> rows;
    for (int i = 0; i < clicks; ++i) {
        const double u = (i + 0.5) / clicks;
        qint64 offset = qint64(-std::log(1.0 - u) * 3.0 / std::log(2.0) * double(hourMs));
        if (i % 50 == 49)
            offset = qint64(i % 14) * 24 * hourMs + 5 * hourMs;
        rows.append({ sendMs + offset, QByteArray::number(i % 1500 + 1), "c" + QByteArray::number(i) + "@x", "9" });
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    return makeBatch(rows);
}

} // namespace

class TestChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ticksOnBucketStartsWithUniqueLabels_data();
    void ticksOnBucketStartsWithUniqueLabels();
    void valueAxisJustAbovePeak_data();
    void valueAxisJustAbovePeak();
    void chartTopFollowsData();
    void shareSinceSendView();
    void hoverTextNamesBucketAndCounts();
    void savedPngCarriesTitleContext();
    void zoomReportsBucketSnappedRange();

private:
    qint64 m_send = 0;
    std::unique_ptr<ClickTableModel> m_model;
    std::unique_ptr<ClickFilterProxy> m_proxy;
    std::unique_ptr<ClickSeries> m_series;
    std::unique_ptr<ClickChartView> m_view;
};

void TestChart::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_send = utc("2026-05-06T09:00:00.000Z");
    m_model = std::make_unique<ClickTableModel>();
    m_proxy = std::make_unique<ClickFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_series = std::make_unique<ClickSeries>(m_proxy.get());
    m_series->setTimeZone(QTimeZone::utc());
    m_model->appendBatch(sendDecay(m_send, 3000));
    m_view = std::make_unique<ClickChartView>();
    m_view->resize(1000, 420);
    m_view->setSeries(m_series.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->refreshNow();
}

void TestChart::cleanup()
{
    m_view.reset();
    m_series.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestChart::ticksOnBucketStartsWithUniqueLabels_data()
{
    QTest::addColumn<ClickSeries::Bucket>("bucket");
    QTest::addColumn<int>("zoomDays"); // from 6 May; 0: everything
    QTest::addColumn<QString>("format"); // of every label, as QDateTime formats it
    QTest::newRow("hours of two days") << ClickSeries::Bucket::Hour << 2 << QStringLiteral("d MMM HH:mm");
    QTest::newRow("hours of two weeks (day ticks)") << ClickSeries::Bucket::Hour << 0 << QStringLiteral("d MMM");
    QTest::newRow("days") << ClickSeries::Bucket::Day << 0 << QStringLiteral("d MMM");
    QTest::newRow("weeks") << ClickSeries::Bucket::Week << 0 << QStringLiteral("'w/c' d MMM");
}

void TestChart::ticksOnBucketStartsWithUniqueLabels()
{
    QFETCH(ClickSeries::Bucket, bucket);
    QFETCH(int, zoomDays);
    QFETCH(QString, format);
    m_series->setBucket(bucket);
    if (zoomDays > 0) {
        const qint64 day = utc("2026-05-06T00:00:00.000Z");
        m_view->setZoomRange(day, day + zoomDays * 24 * hourMs);
    }
    m_view->refreshNow();
    const auto &ticks = m_view->tickValues();
    const QStringList &labels = m_view->tickLabels();
    QVERIFY2(ticks.size() >= 2, qPrintable(labels.join(QLatin1String(" | "))));
    QCOMPARE(qsizetype(ticks.size()), labels.size());
    // One label per tick, none repeated, each naming the bucket it stands on.
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    const QLocale locale;
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        QCOMPARE(m_series->bucketStartAt(ticks[i]), ticks[i]);
        if (i > 0)
            QVERIFY(ticks[i] > ticks[i - 1]);
        QCOMPARE(
            labels[qsizetype(i)], locale.toString(QDateTime::fromMSecsSinceEpoch(ticks[i], QTimeZone::utc()), format));
    }
    // The axis carries them at their points: the x of a bucket's point is hours since the first bucket's start.
    auto *axis = qobject_cast<QCategoryAxis *>(m_view->chartView()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categoriesLabels(), labels);
    const qint64 origin = m_series->points().front().startMs;
    for (std::size_t i = 0; i < ticks.size(); ++i)
        QCOMPARE(axis->endValue(labels[qsizetype(i)]), double(ticks[i] - origin) / double(hourMs));
    // Thinned to the width: the closest two labels do not overlap.
    const double width = m_view->chartView()->chart()->plotArea().width();
    const double span = axis->max() - axis->min();
    const QFontMetricsF metrics(axis->labelsFont());
    for (std::size_t i = 1; i < ticks.size(); ++i) {
        const double gap = double(ticks[i] - ticks[i - 1]) / double(hourMs) / span * width;
        QVERIFY2(gap >= metrics.horizontalAdvance(labels[qsizetype(i)]), qPrintable(labels[qsizetype(i)]));
    }
}

void TestChart::valueAxisJustAbovePeak_data()
{
    QTest::addColumn<qint64>("peak");
    for (qint64 peak : { 3, 4, 7, 11, 19, 101, 801, 1001, 3001, 9400, 20000, 123456, 999999 })
        QTest::newRow(qPrintable(QString::number(peak))) << peak;
}

void TestChart::valueAxisJustAbovePeak()
{
    QFETCH(qint64, peak);
    qint64 step = 0;
    const qint64 top = ClickChartView::niceAxisMax(peak, &step);
    QVERIFY2(top >= peak && double(top) <= 1.25 * double(peak), qPrintable(QString::number(top)));
    QVERIFY(step >= 1);
    QCOMPARE(top % step, 0);
    QVERIFY(top / step >= 3 && top / step <= 10);
    if (peak == 9400)
        QCOMPARE(top, 10000);
}

void TestChart::chartTopFollowsData()
{
    for (auto bucket : { ClickSeries::Bucket::Hour, ClickSeries::Bucket::Day, ClickSeries::Bucket::Week }) {
        m_series->setBucket(bucket);
        m_view->refreshNow();
        int peak = 0;
        for (const auto &p : m_series->points())
            peak = std::max({ peak, p.clicks, p.contacts });
        QVERIFY(m_view->valueAxisMax() >= peak);
        QVERIFY2(m_view->valueAxisMax() <= 1.25 * peak, qPrintable(QString::number(m_view->valueAxisMax())));
    }
}

void TestChart::shareSinceSendView()
{
    m_view->setSendTime(m_send);
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("chartModeCombo"));
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    QVERIFY(!combo->toolTip().isEmpty());
    combo->setCurrentIndex(combo->findData(int(ClickChartView::Mode::ShareSinceSend)));
    QCOMPARE(m_view->mode(), ClickChartView::Mode::ShareSinceSend);
    QCOMPARE(m_view->plottedClicks(), 3000);
    QCOMPARE(m_view->valueAxisMax(), 100.0);
    const QStringList &labels = m_view->tickLabels();
    QVERIFY2(labels.size() >= 5, qPrintable(labels.join(QLatin1String(" | "))));
    QCOMPARE(labels.front(), QStringLiteral("Send"));
    QVERIFY(labels.contains(QStringLiteral("1 h")));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    const QList<QAbstractSeries *> shown = m_view->chartView()->chart()->series();
    QCOMPARE(shown.size(), 1);
    auto *line = qobject_cast<QLineSeries *>(shown.front());
    QVERIFY(line);
    const QList<QPointF> points = line->points();
    for (qsizetype i = 1; i < points.size(); ++i) {
        QVERIFY(points[i].x() > points[i - 1].x());
        QVERIFY(points[i].y() >= points[i - 1].y());
    }
    QCOMPARE(points.back().y(), 100.0);
    combo->setCurrentIndex(combo->findData(int(ClickChartView::Mode::OverTime)));
    QCOMPARE(m_view->chartView()->chart()->series().size(), 2);
}

void TestChart::hoverTextNamesBucketAndCounts()
{
    m_series->setBucket(ClickSeries::Bucket::Hour);
    m_view->refreshNow();
    const qint64 bucket = utc("2026-05-06T10:00:00.000Z");
    int clicks = 0, contacts = 0;
    for (const auto &p : m_series->points())
        if (p.startMs == bucket) {
            clicks = p.clicks;
            contacts = p.contacts;
        }
    QVERIFY(clicks > 100);
    const QLocale locale;
    const QString text = m_view->bucketText(bucket + 20 * 60000);
    QVERIFY2(text.startsWith(QStringLiteral("6 May 2026 10:00–11:00\n")), qPrintable(text));
    QVERIFY2(text.contains(locale.toString(clicks)) && text.contains(locale.toString(contacts)), qPrintable(text));
    m_series->setBucket(ClickSeries::Bucket::Day);
    m_view->refreshNow();
    QVERIFY(m_view->bucketText(bucket).startsWith(QStringLiteral("Wed 6 May 2026\n")));
}

void TestChart::savedPngCarriesTitleContext()
{
    m_view->setTitleContext(QStringLiteral("Spring Sale & Co"), QStringLiteral("https://example.com/a?b=1"),
        QStringLiteral("6 May 2026 – 20 May 2026"));
    const QString title = m_view->exportTitle();
    QVERIFY2(title.contains(QStringLiteral("Spring Sale &amp; Co")), qPrintable(title));
    QVERIFY(title.contains(QStringLiteral("https://example.com/a?b=1")));
    QVERIFY(title.contains(QStringLiteral("6 May 2026 – 20 May 2026")));
    QVERIFY(m_view->chartView()->chart()->title().isEmpty()); // not on screen

    // The saved image has the title: its top differs from the chart as shown, which is the same below it.
    const QImage plain = m_view->chartView()->grab().toImage();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(m_view->savePng(file, &error), qPrintable(error));
    const QImage saved(file);
    QCOMPARE(saved.size(), plain.size());
    const QImage top = saved.copy(0, 0, saved.width(), 40).convertToFormat(QImage::Format_RGB32);
    QVERIFY(top != plain.copy(0, 0, plain.width(), 40).convertToFormat(QImage::Format_RGB32));
    QVERIFY(m_view->chartView()->chart()->title().isEmpty());

    // No link: all links; no range: the range shown.
    m_view->setTitleContext(QStringLiteral("Spring Sale"), QString());
    QVERIFY(m_view->exportTitle().contains(QStringLiteral("All links")));
    QVERIFY2(m_view->exportTitle().contains(QStringLiteral("6 May 2026")), qPrintable(m_view->exportTitle()));
}

void TestChart::zoomReportsBucketSnappedRange()
{
    m_series->setBucket(ClickSeries::Bucket::Day);
    m_view->refreshNow();
    QSignalSpy spy(m_view.get(), &ClickChartView::zoomRangeChanged);
    // What the window does with it: filter the table, and show a filter's range without zooming back.
    int fedBack = 0;
    connect(m_view.get(), &ClickChartView::zoomRangeChanged, m_proxy.get(), [&](qint64 from, qint64 to) {
        ++fedBack;
        m_proxy->setDateRange(from == noDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
            to == noDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
        m_view->setZoomRange(from, to);
    });
    QChart *chart = m_view->chartView()->chart();
    const QRectF area = chart->plotArea();
    // A rubber band over the middle of the plot (QChartView calls zoomIn with it on release).
    chart->zoomIn(QRectF(area.left() + area.width() * 0.33, area.top(), area.width() * 0.3, area.height()));
    QCOMPARE(spy.size(), 1);
    const qint64 from = spy[0][0].toLongLong(), to = spy[0][1].toLongLong();
    QVERIFY(from < to);
    QCOMPARE(m_series->bucketStartAt(from), from);
    QCOMPARE(m_series->bucketStartAt(to), to);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()).time(), QTime(0, 0));
    QCOMPARE(m_view->zoomFrom(), from);
    QCOMPARE(m_view->zoomTo(), to);
    QCOMPARE(fedBack, 1);
    // The table follows, and the chart shows what the table holds.
    QCoreApplication::processEvents();
    m_view->refreshNow();
    QCOMPARE(m_view->plottedClicks() + m_series->undatedClicks(), qint64(m_proxy->rowCount()));
    QVERIFY(m_proxy->rowCount() < m_model->rowCount());
    for (qint64 tick : m_view->tickValues())
        QVERIFY(tick >= from && tick <= to);

    // A range set from the table's filter shows without a signal.
    m_view->setZoomRange(from, to + 24 * hourMs);
    QCOMPARE(spy.size(), 1);

    // Reset: everything, and "no range".
    m_view->resetZoom();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy[1][0].toLongLong(), noDate);
    QCOMPARE(spy[1][1].toLongLong(), noDate);
    QCoreApplication::processEvents();
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

QTEST_MAIN(TestChart)
#include "tst_chart.moc"
