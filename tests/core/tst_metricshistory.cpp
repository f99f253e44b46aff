#include "metrics/metricshistory.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace InvoiceDash;

namespace {

// 2023-11-14 22:13:20 UTC: a multiple of 10 s.
constexpr qint64 Aligned = 1'700'000'000'000;

} // namespace

class TstMetricsHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyHistoryIsSixtyZeroBuckets();
    void bucketStart_data();
    void bucketStart();
    void bucketsAlignToTenSeconds_data();
    void bucketsAlignToTenSeconds();
    void bucketMath();
    void p95NearestRank_data();
    void p95NearestRank();
    void p95OverTenMinutes();
    void windowSlidesWithNow();
    void samplesOlderThanTenMinutesAreIgnored();
    void outOfOrderTimestampsGoToTheirBucket();
    void futureTimestampsCountNow();
    void clockGoingBackDropsLaterBuckets();
    void badLatenciesCountAsZero();
    void memoryIsBounded();
};

void TstMetricsHistory::emptyHistoryIsSixtyZeroBuckets()
{
    const MetricsHistory history;
    const qint64 now = Aligned + 4'321;
    const QList<HistoryPoint> points = history.points(now);
    QCOMPARE(points.size(), 60);
    for (int i = 0; i < points.size(); ++i) {
        QCOMPARE(points[i].startMs, Aligned - (59 - i) * 10'000);
        QCOMPARE(points[i].count, 0);
        QCOMPARE(points[i].failed, 0);
        QCOMPARE(points[i].throughput, 0.0);
        QCOMPARE(points[i].meanLatency, 0);
        QCOMPARE(points[i].p95Latency, 0);
    }
    QCOMPARE(history.p95Latency(now), 0);
}

void TstMetricsHistory::bucketStart_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("start");
    QTest::newRow("on a boundary") << Aligned << Aligned;
    QTest::newRow("just after") << Aligned + 1 << Aligned;
    QTest::newRow("just before the next") << Aligned + 9'999 << Aligned;
    QTest::newRow("next") << Aligned + 10'000 << Aligned + 10'000;
    QTest::newRow("zero") << qint64(0) << qint64(0);
    QTest::newRow("negative rounds down") << qint64(-1) << qint64(-10'000);
}

void TstMetricsHistory::bucketStart()
{
    QFETCH(qint64, ms);
    QFETCH(qint64, start);
    QCOMPARE(MetricsHistory::bucketStart(ms), start);
}

void TstMetricsHistory::bucketsAlignToTenSeconds_data()
{
    QTest::addColumn<qint64>("finishedAt");
    QTest::addColumn<int>("index"); // in points(now), 59 = the current bucket
    const qint64 now = Aligned + 5'000;
    QTest::newRow("current bucket, its start") << Aligned << 59;
    QTest::newRow("current bucket, at now") << now << 59;
    QTest::newRow("previous bucket, last ms") << Aligned - 1 << 58;
    QTest::newRow("previous bucket, start") << Aligned - 10'000 << 58;
    QTest::newRow("two back") << Aligned - 10'001 << 57;
    QTest::newRow("oldest bucket") << Aligned - 590'000 << 0;
    QTest::newRow("oldest bucket, last ms") << Aligned - 580'001 << 0;
}

void TstMetricsHistory::bucketsAlignToTenSeconds()
{
    QFETCH(qint64, finishedAt);
    QFETCH(int, index);
    const qint64 now = Aligned + 5'000;
    MetricsHistory history;
    history.record(finishedAt, 700, false, now);
    const QList<HistoryPoint> points = history.points(now);
    QCOMPARE(points.size(), 60);
    for (int i = 0; i < points.size(); ++i)
        QCOMPARE(points[i].count, i == index ? 1 : 0);
    QCOMPARE(points[index].meanLatency, 700);
    QCOMPARE(points[index].throughput, 0.1);
}

void TstMetricsHistory::bucketMath()
{
    const qint64 now = Aligned + 2'000;
    MetricsHistory history;
    // Bucket 57 (20-10 s ago): 100, 201, 300 ms; one failed.
    history.record(Aligned - 19'000, 100, false, now);
    history.record(Aligned - 15'000, 201, true, now);
    history.record(Aligned - 11'000, 300, false, now);
    // Bucket 59 (current): five invoices, 1000..5000 ms, two failed.
    for (int i = 1; i <= 5; ++i)
        history.record(Aligned + i * 100, i * 1000.0, i % 2 == 0, now);

    const QList<HistoryPoint> points = history.points(now);
    const HistoryPoint &older = points[57];
    QCOMPARE(older.startMs, Aligned - 20'000);
    QCOMPARE(older.count, 3);
    QCOMPARE(older.failed, 1);
    QCOMPARE(older.throughput, 0.3);
    QCOMPARE(older.meanLatency, 200); // 601 / 3 = 200.33
    QCOMPARE(older.p95Latency, 300);  // rank ceil(2.85) = 3

    QCOMPARE(points[58], HistoryPoint{Aligned - 10'000});
    const HistoryPoint &current = points[59];
    QCOMPARE(current.count, 5);
    QCOMPARE(current.failed, 2);
    QCOMPARE(current.throughput, 0.5);
    QCOMPARE(current.meanLatency, 3000);
    QCOMPARE(current.p95Latency, 5000); // rank ceil(4.75) = 5
}

void TstMetricsHistory::p95NearestRank_data()
{
    QTest::addColumn<QList<double>>("latencies");
    QTest::addColumn<qint64>("p95");
    QTest::newRow("none") << QList<double>{} << qint64(0);
    QTest::newRow("one") << QList<double>{812.4} << qint64(812);
    QTest::newRow("two: the larger") << QList<double>{100, 50} << qint64(100);
    QList<double> twenty; // 10..200: rank ceil(19) = 19 -> 190
    for (int i = 20; i >= 1; --i)
        twenty.append(i * 10.0);
    QTest::newRow("twenty") << twenty << qint64(190);
    QList<double> hundred; // 1..100: rank 95 -> 95
    for (int i = 1; i <= 100; ++i)
        hundred.append((i * 37) % 100 + 1);
    QTest::newRow("hundred, shuffled") << hundred << qint64(95);
    QList<double> twentyOne; // 1..21: rank ceil(19.95) = 20 -> 20
    for (int i = 1; i <= 21; ++i)
        twentyOne.append(i);
    QTest::newRow("twenty-one") << twentyOne << qint64(20);
}

void TstMetricsHistory::p95NearestRank()
{
    QFETCH(QList<double>, latencies);
    QFETCH(qint64, p95);
    QCOMPARE(MetricsHistory::nearestRankP95({latencies.cbegin(), latencies.cend()}), p95);

    // The same samples in one bucket, and spread over the window.
    const qint64 now = Aligned + 9'000;
    MetricsHistory oneBucket;
    MetricsHistory spread;
    for (qsizetype i = 0; i < latencies.size(); ++i) {
        oneBucket.record(Aligned + i, latencies[i], false, now);
        spread.record(Aligned - qint64(i % 60) * 10'000, latencies[i], false, now);
    }
    QCOMPARE(oneBucket.points(now).last().p95Latency, p95);
    QCOMPARE(oneBucket.p95Latency(now), p95);
    QCOMPARE(spread.p95Latency(now), p95);
}

void TstMetricsHistory::p95OverTenMinutes()
{
    const qint64 now = Aligned;
    MetricsHistory history;
    // 19 fast invoices long ago and one slow one just now: p95 of 20 = the 19th.
    for (int i = 0; i < 19; ++i)
        history.record(now - 500'000 + i, 100 + i, false, now);
    history.record(now, 9000, false, now);
    QCOMPARE(history.p95Latency(now), 118);
    history.record(now, 9000, false, now); // 21 samples: rank 20 -> 9000
    QCOMPARE(history.p95Latency(now), 9000);
}

void TstMetricsHistory::windowSlidesWithNow()
{
    qint64 now = Aligned + 1'000;
    MetricsHistory history;
    history.record(Aligned, 400, false, now);
    QCOMPARE(history.points(now)[59].count, 1);

    // Ten seconds later the bucket is one step to the left.
    now += 10'000;
    QList<HistoryPoint> points = history.points(now);
    QCOMPARE(points[58].count, 1);
    QCOMPARE(points[58].startMs, Aligned);
    QCOMPARE(points[59].count, 0);
    QCOMPARE(points[59].startMs, Aligned + 10'000);

    // Still there in the oldest bucket 590 s on ...
    now = Aligned + 599'999;
    points = history.points(now);
    QCOMPARE(points[0].startMs, Aligned);
    QCOMPARE(points[0].count, 1);
    QCOMPARE(history.p95Latency(now), 400);

    // ... and gone when its bucket leaves the 10 minutes.
    now = Aligned + 600'000;
    points = history.points(now);
    QCOMPARE(points[0].startMs, Aligned + 10'000);
    for (const HistoryPoint &point : points)
        QCOMPARE(point.count, 0);
    QCOMPARE(history.p95Latency(now), 0);
    history.prune(now);
    QCOMPARE(history.storedLatencies(), 0);
}

void TstMetricsHistory::samplesOlderThanTenMinutesAreIgnored()
{
    const qint64 now = Aligned + 3'000;
    MetricsHistory history;
    history.record(Aligned - 590'001, 100, true, now); // bucket before the oldest
    history.record(Aligned - 3'600'000, 100, true, now);
    QCOMPARE(history.storedLatencies(), 0);
    int total = 0;
    for (const HistoryPoint &point : history.points(now))
        total += point.count;
    QCOMPARE(total, 0);
    // Exactly 60 buckets back shares the current bucket's slot of the
    // ring: it must not land in the current bucket.
    history.record(Aligned - 600'000, 100, true, now);
    QCOMPARE(history.points(now)[59].count, 0);
}

void TstMetricsHistory::outOfOrderTimestampsGoToTheirBucket()
{
    const qint64 now = Aligned + 3'000;
    MetricsHistory history;
    history.record(Aligned + 2'000, 100, false, now);
    history.record(Aligned - 25'000, 300, false, now); // earlier, after a later one
    history.record(Aligned + 1'000, 200, false, now);
    history.record(Aligned - 21'000, 500, true, now);
    const QList<HistoryPoint> points = history.points(now);
    QCOMPARE(points[59].count, 2);
    QCOMPARE(points[59].meanLatency, 150);
    QCOMPARE(points[56].count, 2);
    QCOMPARE(points[56].failed, 1);
    QCOMPARE(points[56].meanLatency, 400);
    QCOMPARE(points[57].count, 0);
}

void TstMetricsHistory::futureTimestampsCountNow()
{
    const qint64 now = Aligned + 3'000;
    MetricsHistory history;
    history.record(now + 30'000, 250, false, now);            // skewed clock
    history.record(now + 365LL * 86'400'000, 250, true, now); // far future
    const QList<HistoryPoint> points = history.points(now);
    QCOMPARE(points.size(), 60);
    QCOMPARE(points[59].startMs, Aligned);
    QCOMPARE(points[59].count, 2);
    QCOMPARE(points[59].failed, 1);
    int total = 0;
    for (const HistoryPoint &point : points)
        total += point.count;
    QCOMPARE(total, 2);
    // They do not turn up again later.
    const QList<HistoryPoint> later = history.points(now + 40'000);
    total = 0;
    for (const HistoryPoint &point : later)
        total += point.count;
    QCOMPARE(total, 2);
    QCOMPARE(later[55].count, 2);
}

void TstMetricsHistory::clockGoingBackDropsLaterBuckets()
{
    MetricsHistory history;
    history.record(Aligned, 100, false, Aligned);
    history.record(Aligned - 30'000, 100, false, Aligned);
    // The clock is set back by a minute: the bucket at Aligned is after now.
    const qint64 now = Aligned - 60'000 + 500;
    history.record(now, 300, false, now);
    QCOMPARE(history.storedLatencies(), 1);
    QList<HistoryPoint> points = history.points(now);
    int total = 0;
    for (const HistoryPoint &point : points)
        total += point.count;
    QCOMPARE(total, 1);
    QCOMPARE(points[59].meanLatency, 300);
    // Back to the original time: the dropped buckets stay dropped.
    points = history.points(Aligned);
    QCOMPARE(points[59].count, 0);
    QCOMPARE(points[53].count, 1);
}

void TstMetricsHistory::badLatenciesCountAsZero()
{
    const qint64 now = Aligned;
    MetricsHistory history;
    history.record(now, -50, false, now);
    history.record(now, std::numeric_limits<double>::quiet_NaN(), false, now);
    history.record(now, std::numeric_limits<double>::infinity(), false, now);
    history.record(now, 300, false, now);
    const HistoryPoint point = history.points(now).last();
    QCOMPARE(point.count, 4);
    QCOMPARE(point.meanLatency, 75);
    QCOMPARE(point.p95Latency, 300);
}

void TstMetricsHistory::memoryIsBounded()
{
    const int perBucket = MetricsHistory::MaxLatenciesPerBucket + 500;
    qint64 now = Aligned;
    MetricsHistory history;
    // Two full windows of busy buckets: the ring keeps only the last 60.
    for (int bucket = 0; bucket < 120; ++bucket) {
        now = Aligned + bucket * 10'000LL;
        for (int i = 0; i < perBucket; ++i)
            history.record(now + i % 10'000, i < perBucket - 1 ? 100.0 : 100'000.0, false, now);
    }
    QCOMPARE(history.storedLatencies(),
             qsizetype(MetricsHistory::BucketCount) * MetricsHistory::MaxLatenciesPerBucket);
    const QList<HistoryPoint> points = history.points(now + 9'999);
    QCOMPARE(points.size(), 60);
    for (const HistoryPoint &point : points) {
        // Count and mean stay exact beyond the cap ...
        QCOMPARE(point.count, perBucket);
        QCOMPARE(point.meanLatency,
                 qint64(std::llround((100.0 * (perBucket - 1) + 100'000.0) / perBucket)));
        // ... the p95 comes from the latencies kept.
        QCOMPARE(point.p95Latency, 100);
    }
}

QTEST_GUILESS_MAIN(TstMetricsHistory)
#include "tst_metricshistory.moc"
