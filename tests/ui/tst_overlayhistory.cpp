// The overlay's 10-minute charts: fed from the snapshot's history, labelled
// with the p95, hidden in the team view, and drawn crisply by Sparkline.
#include "common/datapaths.h"
#include "dashboardoverlay.h"
#include "metrics/metricshistory.h"
#include "overlayhistory.h"
#include "sparkline.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

namespace {

constexpr qint64 Aligned = 1'700'000'000'000; // a multiple of 10 s

// A snapshot as the aggregator makes it, with a history of hand-made samples:
// bucket 59 - k has k + 1 invoices of 100 * (k + 1) ms for k = 0, 2, 4 (the
// first one failed), and bucket 59 one more of 1800 ms: ten invoices, so the
// p95 (rank 10) is 1800 ms.
MetricsSnapshot snapshotWithHistory(qint64 now)
{
    MetricsHistory history;
    for (int k = 0; k <= 4; k += 2) {
        for (int i = 0; i <= k; ++i)
            history.record(MetricsHistory::bucketStart(now) - k * 10'000LL + i, 100.0 * (k + 1),
                           i == 0, now);
    }
    history.record(now, 1800, false, now); // the slow one: p95 of all
    MetricsSnapshot s;
    s.total = 5;
    s.throughput = 0.2;
    s.avgLatency = 900;
    s.avgAccuracy = 91;
    s.allTimeTotal = 400;
    s.timestamp = now;
    s.history = history.points(now);
    s.p95Latency10Min = history.p95Latency(now);
    return s;
}

QString labelText(const QWidget *root, const char *name)
{
    const auto *label = root->findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1StringView(name));
}

// A sparkline of `size` rendered at device pixel ratio 2 on transparent pixels.
QImage renderAt2x(Sparkline &sparkline, QSize size)
{
    sparkline.resize(size);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::transparent);
    sparkline.render(&image, QPoint(), QRegion(), QWidget::DrawChildren); // no background
    return image;
}

// The strongest alpha within `radius` device pixels of `at`.
int alphaNear(const QImage &image, QPoint at, int radius)
{
    int best = 0;
    for (int y = at.y() - radius; y <= at.y() + radius; ++y) {
        for (int x = at.x() - radius; x <= at.x() + radius; ++x) {
            if (image.rect().contains(x, y))
                best = std::max(best, qAlpha(image.pixel(x, y)));
        }
    }
    return best;
}

} // namespace

class TstOverlayHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void p95Text_data();
    void p95Text();
    void chartsHoldTheHistory();
    void newSnapshotReplacesTheSeries();
    void withoutHistoryTheChartsAreFlat();
    void labelsAreNotClipped();
    void teamViewShowsTheTeamSparkline();
    void lineIsDrawnAtDevicePixelRatio2();
    void emptySparklineDrawsOnlyItsBaseline();
    void allZeroSeriesStaysOnTheBaseline();
    void unchangedValuesDoNotRepaint();

private:
    QTemporaryDir m_dataDir;
};

void TstOverlayHistory::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
}

void TstOverlayHistory::init()
{
    QFile::remove(DataPaths::settingsFile());
}

void TstOverlayHistory::p95Text_data()
{
    QTest::addColumn<qint64>("latency");
    QTest::addColumn<bool>("hasData");
    QTest::addColumn<QString>("expected");
    QTest::newRow("milliseconds") << qint64(850) << true << QStringLiteral("p95 850 ms");
    QTest::newRow("just under a second") << qint64(999) << true << QStringLiteral("p95 999 ms");
    QTest::newRow("one second") << qint64(1000) << true << QStringLiteral("p95 1.0 s");
    QTest::newRow("seconds") << qint64(1800) << true << QStringLiteral("p95 1.8 s");
    QTest::newRow("many seconds") << qint64(12345) << true << QStringLiteral("p95 12.3 s");
    QTest::newRow("minutes") << qint64(245'000) << true << QStringLiteral("p95 245 s");
    QTest::newRow("instant") << qint64(0) << true << QStringLiteral("p95 0 ms");
    QTest::newRow("no data") << qint64(0) << false << QStringLiteral("p95 \u2013");
}

void TstOverlayHistory::p95Text()
{
    QFETCH(qint64, latency);
    QFETCH(bool, hasData);
    QFETCH(QString, expected);
    QCOMPARE(OverlayHistory::p95Text(latency, hasData), expected);
}

void TstOverlayHistory::chartsHoldTheHistory()
{
    DashboardOverlay overlay;
    const MetricsSnapshot s = snapshotWithHistory(Aligned + 4'000);
    QCOMPARE(s.history.size(), 60);
    QCOMPARE(s.p95Latency10Min, 1800);
    overlay.showSnapshot(s);

    auto *throughput = overlay.findChild<Sparkline *>(QStringLiteral("throughputSparkline"));
    auto *latency = overlay.findChild<Sparkline *>(QStringLiteral("latencySparkline"));
    QVERIFY(throughput);
    QVERIFY(latency);
    QCOMPARE(throughput->values().size(), 60);
    QCOMPARE(latency->values().size(), 60);
    QCOMPARE(latency->secondaryValues().size(), 60);
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(throughput->values()[i], s.history[i].throughput);
        QCOMPARE(latency->values()[i], double(s.history[i].meanLatency));
        QCOMPARE(latency->secondaryValues()[i], double(s.history[i].p95Latency));
    }
    // Spot checks against the hand-made samples: bucket 59 - k holds k + 1.
    QCOMPARE(throughput->values()[57], 0.3);
    QCOMPARE(latency->values()[57], 300.0);
    QCOMPARE(throughput->values()[58], 0.0); // nothing finished: zero, not a gap
    QCOMPARE(latency->values()[59], 950.0);  // 100 and 1800

    QCOMPARE(labelText(&overlay, "throughputHistoryTitle"),
             QStringLiteral("Throughput \u00b7 10 min"));
    QCOMPARE(labelText(&overlay, "latencyHistoryTitle"), QStringLiteral("Latency \u00b7 10 min"));
    QCOMPARE(labelText(&overlay, "latencyHistoryValue"), QStringLiteral("p95 1.8 s"));
    QCOMPARE(labelText(&overlay, "throughputHistoryValue"), QStringLiteral("0.20/s"));
}

void TstOverlayHistory::newSnapshotReplacesTheSeries()
{
    DashboardOverlay overlay;
    auto *throughput = overlay.findChild<Sparkline *>(QStringLiteral("throughputSparkline"));
    const MetricsSnapshot first = snapshotWithHistory(Aligned + 4'000);
    overlay.showSnapshot(first);
    overlay.showSnapshot(first); // again: nothing appended
    QCOMPARE(throughput->values().size(), 60);

    // Ten seconds on, everything moved one bucket to the left.
    MetricsSnapshot later = first;
    later.timestamp += 10'000;
    later.history = later.history.mid(1);
    later.history.append(HistoryPoint{Aligned + 10'000});
    overlay.showSnapshot(later);
    QCOMPARE(throughput->values().size(), 60);
    QCOMPARE(throughput->values()[56], 0.3);
    QCOMPARE(throughput->values()[58], 0.2);
    QCOMPARE(throughput->values()[59], 0.0);
}

void TstOverlayHistory::withoutHistoryTheChartsAreFlat()
{
    DashboardOverlay overlay;
    MetricsSnapshot s;
    s.allTimeTotal = 3; // has data, but nothing in the last 10 minutes
    s.timestamp = Aligned;
    MetricsHistory empty;
    s.history = empty.points(Aligned);
    overlay.showSnapshot(s);
    auto *latency = overlay.findChild<Sparkline *>(QStringLiteral("latencySparkline"));
    QCOMPARE(latency->values(), QList<double>(60, 0.0));
    QCOMPARE(labelText(&overlay, "latencyHistoryValue"), QStringLiteral("p95 \u2013"));
    QCOMPARE(labelText(&overlay, "throughputHistoryValue"), QStringLiteral("0/s"));
}

void TstOverlayHistory::labelsAreNotClipped()
{
    DashboardOverlay overlay;
    MetricsSnapshot s = snapshotWithHistory(Aligned);
    s.p95Latency10Min = 123'456; // the widest p95: "p95 123 s"
    s.throughput = 12.34;
    overlay.showSnapshot(s);
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));

    for (const char *name : {"throughputHistoryTitle", "throughputHistoryValue",
                             "latencyHistoryTitle", "latencyHistoryValue"}) {
        const auto *label = overlay.findChild<QLabel *>(QLatin1StringView(name));
        QVERIFY2(label && label->isVisible(), name);
        QVERIFY2(label->width() >= label->fontMetrics().horizontalAdvance(label->text()), name);
    }
    // Both charts sit inside the tile, side to side with the cards, above
    // the footer.
    const auto *charts = overlay.findChild<QWidget *>(QStringLiteral("historyCharts"));
    const auto *card = overlay.findChild<QWidget *>(QStringLiteral("throughputCard"));
    const auto *footer = overlay.findChild<QWidget *>(QStringLiteral("localFooter"));
    const QRect chartsRect(charts->mapTo(&overlay, QPoint()), charts->size());
    const QRect footerRect(footer->mapTo(&overlay, QPoint()), footer->size());
    QCOMPARE(chartsRect.right(), card->mapTo(&overlay, QPoint(card->width() - 1, 0)).x());
    QVERIFY(chartsRect.bottom() < footerRect.top());
    // Nothing squeezed: the tile and the cards get the height they ask for,
    // with the grid's spacing between them.
    QVERIFY2(charts->height() >= charts->sizeHint().height(),
             qPrintable(
                 QStringLiteral("%1 < %2").arg(charts->height()).arg(charts->sizeHint().height())));
    QVERIFY2(
        card->height() >= card->sizeHint().height(),
        qPrintable(QStringLiteral("%1 < %2").arg(card->height()).arg(card->sizeHint().height())));
    const auto *latencyCard = overlay.findChild<QWidget *>(QStringLiteral("latencyCard"));
    QCOMPARE(chartsRect.top() - latencyCard->mapTo(&overlay, QPoint(0, latencyCard->height())).y(),
             8);
    for (const char *name : {"throughputSparkline", "latencySparkline"}) {
        const auto *sparkline = overlay.findChild<Sparkline *>(QLatin1StringView(name));
        const QRect inCharts(sparkline->mapTo(charts, QPoint()), sparkline->size());
        QVERIFY2(inCharts.left() >= 8 && inCharts.right() <= charts->width() - 9, name);
        QCOMPARE(sparkline->height(), 24);
    }
}

void TstOverlayHistory::teamViewShowsTheTeamSparkline()
{
    DashboardOverlay overlay;
    overlay.showSnapshot(snapshotWithHistory(Aligned));
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    auto *charts = overlay.findChild<QWidget *>(QStringLiteral("historyCharts"));
    auto *team = overlay.findChild<Sparkline *>(QStringLiteral("teamThroughputSparkline"));
    QVERIFY(charts->isVisible());
    QVERIFY(!team->isVisible());
    const int localWidth = overlay.width();

    Protocol::TeamMetrics metrics;
    metrics.metrics.total = 7;
    metrics.metrics.throughput = 0.5;
    metrics.metrics.timestamp = Aligned;
    overlay.showTeamMetrics(metrics);
    overlay.setView(DashboardOverlay::View::Team);
    QVERIFY(!charts->isVisible());
    QVERIFY(team->isVisible());
    QCOMPARE(team->values(), QList<double>{0.5});
    QCOMPARE(overlay.width(), localWidth);

    overlay.setView(DashboardOverlay::View::Local);
    QVERIFY(charts->isVisible());
    QVERIFY(!team->isVisible());
}

void TstOverlayHistory::lineIsDrawnAtDevicePixelRatio2()
{
    Sparkline sparkline;
    QList<double> ramp; // 0 ... 59: bottom left to top right
    for (int i = 0; i < 60; ++i)
        ramp.append(i);
    sparkline.setValues(ramp);
    const QImage image = renderAt2x(sparkline, QSize(160, 30));
    QCOMPARE(image.size(), QSize(320, 60));

    // Along the line: opaque line pixels, 2 device pixels per logical one.
    for (int i : {1, 10, 25, 40, 58}) {
        const QPointF p = sparkline.pointAt(i);
        const QPoint device = (p * 2).toPoint();
        QVERIFY2(alphaNear(image, device, 1) > 180,
                 qPrintable(QStringLiteral("index %1 at %2,%3").arg(i).arg(p.x()).arg(p.y())));
    }
    // The ends: bottom left and top right of the plot.
    QCOMPARE(sparkline.pointAt(0).y(), sparkline.plotRect().bottom());
    QCOMPARE(sparkline.pointAt(59).y(), sparkline.plotRect().top());
    QCOMPARE(sparkline.pointAt(59).x(), sparkline.plotRect().right());
    // Above the line nothing is drawn (the gradient is under it).
    const QPointF above = sparkline.pointAt(10) - QPointF(0, 10);
    QCOMPARE(alphaNear(image, (above * 2).toPoint(), 2), 0);
    // Under the line the gradient shows, fainter than the line.
    const QPointF under = sparkline.pointAt(50) + QPointF(0, 4);
    const int fill = alphaNear(image, (under * 2).toPoint(), 0);
    QVERIFY2(fill > 0 && fill < 180, qPrintable(QString::number(fill)));
}

void TstOverlayHistory::emptySparklineDrawsOnlyItsBaseline()
{
    Sparkline sparkline;
    const QImage image = renderAt2x(sparkline, QSize(100, 24));
    // The baseline is 1 logical pixel on a pixel centre: exactly two device
    // rows, the same alpha all along (crisp, no antialiasing blur).
    const int baseline = int(sparkline.plotRect().bottom() * 2) - 1;
    QCOMPARE(baseline, 2 * 24 - 4);
    const int alpha = qAlpha(image.pixel(100, baseline));
    QVERIFY(alpha > 0);
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int a = qAlpha(image.pixel(x, y));
            if (a == 0)
                continue;
            ++drawn;
            QVERIFY2(y == baseline || y == baseline + 1,
                     qPrintable(QStringLiteral("pixel at %1,%2").arg(x).arg(y)));
            QCOMPARE(a, alpha);
        }
    }
    QCOMPARE(drawn, 2 * (2 * 100 - 4)); // two rows, 1 logical pixel in from each side
}

void TstOverlayHistory::allZeroSeriesStaysOnTheBaseline()
{
    Sparkline sparkline;
    sparkline.setValues(QList<double>(60, 0.0));
    const QImage image = renderAt2x(sparkline, QSize(100, 24));
    const int baseline = int(sparkline.plotRect().bottom() * 2);
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) == 0)
                continue;
            ++drawn;
            QVERIFY2(std::abs(y - baseline) <= 2,
                     qPrintable(QStringLiteral("pixel at %1,%2").arg(x).arg(y)));
        }
    }
    QVERIFY(drawn > 2 * 190);
}

void TstOverlayHistory::unchangedValuesDoNotRepaint()
{
    // Repaints only when the values change: count paint events.
    class Counting : public Sparkline
    {
    public:
        int paints = 0;

    protected:
        void paintEvent(QPaintEvent *event) override
        {
            ++paints;
            Sparkline::paintEvent(event);
        }
    };
    Counting sparkline;
    sparkline.resize(100, 24);
    sparkline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sparkline));
    const QList<double> values{1, 2, 3};
    sparkline.setValues(values);
    QTRY_VERIFY(sparkline.paints > 0);
    QTest::qWait(50);
    const int before = sparkline.paints;
    sparkline.setValues(values);
    sparkline.setValues(values);
    QTest::qWait(50);
    QCOMPARE(sparkline.paints, before);
    sparkline.setValues({1, 2, 4});
    QTRY_VERIFY(sparkline.paints > before);
}

QTEST_MAIN(TstOverlayHistory)
#include "tst_overlayhistory.moc"
