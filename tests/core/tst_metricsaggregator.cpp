#include "metrics/metricsaggregator.h"
#include "pipeline/invoiceresult.h"

#include <QSignalSpy>
#include <QTest>

using namespace InvoiceDash;

class TstMetricsAggregator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWindow();
    void windowMath_data();
    void windowMath();
    void windowSlidesPastOldRows();
    void p95NearestRank();
    void cancelledResultsAreIgnored();
    void queueDepthAndAllTimeTotal();
    void earlierInvoicesFillTheWindowNotTheTotal();
    void updatesAreCoalesced();
    void tickDecaysTheWindow();
    void jsonKeepsTheDashboardShape();
    void correctionCountsAreReported();
    void historyReflectsRecordedResults();
    void historyIsInTheEmittedSnapshot();
    void jsonLeavesTheHistoryOut();

private:
    qint64 m_now = 1'700'000'000'000;
    MetricsAggregator::Clock clock()
    {
        return [this] { return m_now; };
    }
};

void TstMetricsAggregator::emptyWindow()
{
    MetricsAggregator metrics(nullptr, clock());
    const MetricsSnapshot s = metrics.snapshot();
    QCOMPARE(s.total, 0);
    QCOMPARE(s.throughput, 0.0);
    QCOMPARE(s.avgLatency, 0);
    QCOMPARE(s.avgAccuracy, 0.0);
    QCOMPARE(s.timestamp, m_now);
    QCOMPARE(s.windowSeconds, 60);
}

void TstMetricsAggregator::windowMath_data()
{
    QTest::addColumn<QList<double>>("latencies");
    QTest::addColumn<QList<double>>("accuracies");
    QTest::addColumn<int>("total");
    QTest::addColumn<double>("throughput");
    QTest::addColumn<qint64>("avgLatency");
    QTest::addColumn<double>("avgAccuracy");

    // 1 / 60 = 0.01666 -> 0.02; (100 + 201) / 2 = 150.5 -> 151; (90 + 80.05) / 2 = 85.025 -> 85.0
    QTest::addRow("two") << QList<double>{100, 201} << QList<double>{90, 80.05} << 2 << 0.03
                         << qint64(151) << 85.0;
    QTest::addRow("one") << QList<double>{812.4} << QList<double>{91.26} << 1 << 0.02 << qint64(812)
                         << 91.3;
    // 90 invoices: 90 / 60 = 1.5 per second; latencies 0..89 -> mean 44.5 -> 45 (half away from 0)
    QList<double> many;
    QList<double> acc;
    for (int i = 0; i < 90; ++i) {
        many.append(i);
        acc.append(i % 2 ? 100.0 : 0.0);
    }
    QTest::addRow("ninety") << many << acc << 90 << 1.5 << qint64(45) << 50.0;
}

void TstMetricsAggregator::windowMath()
{
    QFETCH(QList<double>, latencies);
    QFETCH(QList<double>, accuracies);
    QFETCH(int, total);
    QFETCH(double, throughput);
    QFETCH(qint64, avgLatency);
    QFETCH(double, avgAccuracy);

    MetricsAggregator metrics(nullptr, clock());
    for (int i = 0; i < latencies.size(); ++i)
        metrics.record(m_now - 1000 - i * 100, latencies[i], accuracies[i], true);
    const MetricsSnapshot s = metrics.snapshot();
    QCOMPARE(s.total, total);
    QCOMPARE(s.throughput, throughput);
    QCOMPARE(s.avgLatency, avgLatency);
    QCOMPARE(s.avgAccuracy, avgAccuracy);
    QCOMPARE(s.failed, 0);
}

void TstMetricsAggregator::windowSlidesPastOldRows()
{
    MetricsAggregator metrics(nullptr, clock());
    const qint64 start = m_now;
    metrics.record(start - 59'000, 1000, 50, false); // falls out first
    metrics.record(start - 30'000, 200, 90, true);
    metrics.record(start - 1'000, 400, 70, true);

    MetricsSnapshot s = metrics.snapshot();
    QCOMPARE(s.total, 3);
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.avgLatency, 533); // 1600 / 3 = 533.3
    QCOMPARE(s.avgAccuracy, 70.0);

    m_now = start + 1'000; // the oldest row is now exactly 60 s old: out
    s = metrics.snapshot();
    QCOMPARE(s.total, 2);
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.avgLatency, 300);
    QCOMPARE(s.avgAccuracy, 80.0);
    QCOMPARE(s.throughput, 0.03); // 2 / 60 = 0.0333

    m_now = start + 30'000;
    QCOMPARE(metrics.snapshot().total, 1);
    m_now = start + 59'000;
    s = metrics.snapshot();
    QCOMPARE(s.total, 0);
    QCOMPARE(s.avgLatency, 0);
    QCOMPARE(s.throughput, 0.0);
    QCOMPARE(s.allTimeTotal, 3); // all-time does not decay
}

void TstMetricsAggregator::p95NearestRank()
{
    MetricsAggregator metrics(nullptr, clock());
    // 20 samples 10, 20, ..., 200: nearest rank ceil(0.95 * 20) = 19 -> 190
    for (int i = 1; i <= 20; ++i)
        metrics.record(m_now - i, i * 10.0, 90, true);
    QCOMPARE(metrics.snapshot().p95Latency, 190);
}

void TstMetricsAggregator::cancelledResultsAreIgnored()
{
    MetricsAggregator metrics(nullptr, clock());
    InvoiceResult result;
    result.timestampMs = m_now - 10;
    result.latencyMs = 500;
    result.accuracy = 80;
    result.status = InvoiceStatus::Cancelled;
    metrics.record(result);
    QCOMPARE(metrics.snapshot().total, 0);
    result.status = InvoiceStatus::Failed;
    metrics.record(result);
    QCOMPARE(metrics.snapshot().total, 1);
    QCOMPARE(metrics.snapshot().failed, 1);
}

void TstMetricsAggregator::queueDepthAndAllTimeTotal()
{
    MetricsAggregator metrics(nullptr, clock());
    metrics.setAllTimeTotal(41);
    metrics.setQueueDepth(7);
    metrics.record(m_now - 5, 100, 90, true);
    const MetricsSnapshot s = metrics.snapshot();
    QCOMPARE(s.queueDepth, 7);
    QCOMPARE(s.allTimeTotal, 42);
}

void TstMetricsAggregator::earlierInvoicesFillTheWindowNotTheTotal()
{
    // At start-up: the store's count seeds the total, its last ten minutes
    // the window and the history.
    MetricsAggregator metrics(nullptr, clock());
    metrics.setAllTimeTotal(100);
    metrics.recordEarlier(m_now - 5 * 60 * 1000, 800, 0, false); // 5 min ago, failed
    metrics.recordEarlier(m_now - 30 * 1000, 400, 90, true);     // in the 60-s window
    metrics.recordEarlier(m_now - 10 * 1000, 600, 80, true);
    MetricsSnapshot s = metrics.snapshot();
    QCOMPARE(s.allTimeTotal, 100);
    QCOMPARE(s.total, 2);
    QCOMPARE(s.avgLatency, 500);
    QCOMPARE(s.avgAccuracy, 85.0);
    int inHistory = 0;
    int failedInHistory = 0;
    for (const HistoryPoint &point : s.history) {
        inHistory += point.count;
        failedInHistory += point.failed;
    }
    QCOMPARE(inHistory, 3);
    QCOMPARE(failedInHistory, 1);
    // A new invoice counts in the total as usual.
    metrics.record(m_now, 300, 95, true);
    s = metrics.snapshot();
    QCOMPARE(s.allTimeTotal, 101);
    QCOMPARE(s.total, 3);
}

void TstMetricsAggregator::updatesAreCoalesced()
{
    MetricsAggregator metrics; // real clock
    metrics.setTicking(false);
    QSignalSpy spy(&metrics, &MetricsAggregator::updated);
    // The first completion is shown at once ...
    metrics.record(QDateTime::currentMSecsSinceEpoch(), 100, 90, true);
    QCOMPARE(spy.count(), 1);
    // ... a burst right after it is folded into one more update.
    for (int i = 0; i < 50; ++i)
        metrics.record(QDateTime::currentMSecsSinceEpoch(), 100, 90, true);
    QCOMPARE(spy.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 1000);
    QCOMPARE(spy.last().first().value<MetricsSnapshot>().total, 51);
    QTest::qWait(300);
    QCOMPARE(spy.count(), 2); // nothing more without news
}

void TstMetricsAggregator::tickDecaysTheWindow()
{
    MetricsAggregator metrics(nullptr, clock());
    QSignalSpy spy(&metrics, &MetricsAggregator::updated);
    metrics.record(m_now - 59'500, 100, 90, true);
    spy.clear();
    m_now += 1'000; // the sample leaves the window; the tick must tell
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 2500);
    QCOMPARE(spy.last().first().value<MetricsSnapshot>().total, 0);
}

void TstMetricsAggregator::jsonKeepsTheDashboardShape()
{
    MetricsAggregator metrics(nullptr, clock());
    metrics.record(m_now - 10, 250, 88.88, true);
    const QJsonObject json = metrics.snapshot().toJson();
    const QStringList first{QStringLiteral("total"), QStringLiteral("throughput"),
                            QStringLiteral("avgLatency"), QStringLiteral("avgAccuracy"),
                            QStringLiteral("timestamp")};
    for (const QString &key : first)
        QVERIFY2(json.contains(key), qPrintable(key));
    QCOMPARE(json.value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("avgLatency")).toInteger(), 250);
    QCOMPARE(json.value(QLatin1String("avgAccuracy")).toDouble(), 88.9);
    QCOMPARE(json.value(QLatin1String("timestamp")).toInteger(), m_now);
}

void TstMetricsAggregator::correctionCountsAreReported()
{
    MetricsAggregator metrics(nullptr, clock());
    metrics.setTicking(false);
    QCOMPARE(metrics.snapshot().correctedFields, 0);
    QSignalSpy spy(&metrics, &MetricsAggregator::updated);
    metrics.setCorrectionCounts(3, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 1000);
    const MetricsSnapshot s = spy.last().first().value<MetricsSnapshot>();
    QCOMPARE(s.correctedFields, 3);
    QCOMPARE(s.correctedInvoices, 2);
    // Not part of the sliding window: they survive the window moving on.
    m_now += 3'600'000;
    QCOMPARE(metrics.snapshot().correctedFields, 3);
    const QJsonObject json = metrics.snapshot().toJson();
    QCOMPARE(json.value(QLatin1String("correctedFields")).toInteger(), 3);
    QCOMPARE(json.value(QLatin1String("correctedInvoices")).toInteger(), 2);
    spy.clear();
    metrics.setCorrectionCounts(3, 2); // unchanged: no update
    QTest::qWait(150);
    QVERIFY(spy.isEmpty());
}

void TstMetricsAggregator::historyReflectsRecordedResults()
{
    m_now = 1'700'000'005'000; // 5 s into a 10-s bucket
    const qint64 current = 1'700'000'000'000;
    MetricsAggregator metrics(nullptr, clock());
    metrics.setTicking(false);
    const auto result = [](qint64 at, double latency, InvoiceStatus status) {
        InvoiceResult r;
        r.timestampMs = at;
        r.latencyMs = latency;
        r.accuracy = 90;
        r.status = status;
        return r;
    };
    metrics.record(result(current + 1'000, 800, InvoiceStatus::Ok));
    metrics.record(result(current + 2'000, 1200, InvoiceStatus::Failed));
    metrics.record(result(current + 3'000, 999, InvoiceStatus::Cancelled)); // not a reading
    metrics.record(result(current - 300'000, 4000, InvoiceStatus::Ok));     // 5 min ago
    metrics.record(result(current - 900'000, 9000, InvoiceStatus::Ok));     // beyond 10 min

    MetricsSnapshot s = metrics.snapshot();
    QCOMPARE(s.total, 2); // the 60-s window
    QCOMPARE(s.history.size(), 60);
    QCOMPARE(s.history.last().startMs, current);
    QCOMPARE(s.history.last().count, 2);
    QCOMPARE(s.history.last().failed, 1);
    QCOMPARE(s.history.last().meanLatency, 1000);
    QCOMPARE(s.history.last().throughput, 0.2);
    QCOMPARE(s.history[29].startMs, current - 300'000);
    QCOMPARE(s.history[29].count, 1);
    QCOMPARE(s.history[29].meanLatency, 4000);
    int total = 0;
    for (const HistoryPoint &point : std::as_const(s.history))
        total += point.count;
    QCOMPARE(total, 3);
    QCOMPARE(s.p95Latency10Min, 4000); // 800, 1200, 4000: rank 3

    // Two minutes later the 60-s window is empty; the history still has them.
    m_now += 120'000;
    s = metrics.snapshot();
    QCOMPARE(s.total, 0);
    QCOMPARE(s.history[59 - 12].count, 2);
    QCOMPARE(s.p95Latency10Min, 4000);
    // Ten minutes after the last one, all gone.
    m_now = current + 600'000;
    s = metrics.snapshot();
    for (const HistoryPoint &point : std::as_const(s.history))
        QCOMPARE(point.count, 0);
    QCOMPARE(s.p95Latency10Min, 0);
}

void TstMetricsAggregator::historyIsInTheEmittedSnapshot()
{
    m_now = 1'700'000'003'000; // 3 s into a bucket
    MetricsAggregator metrics(nullptr, clock());
    metrics.setTicking(false);
    QSignalSpy spy(&metrics, &MetricsAggregator::updated);
    metrics.record(m_now - 100, 640, 95, true);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 1000);
    const MetricsSnapshot s = spy.last().first().value<MetricsSnapshot>();
    QCOMPARE(s.history.size(), 60);
    QCOMPARE(s.history.last().count, 1);
    QCOMPARE(s.history.last().p95Latency, 640);
    QCOMPARE(s.p95Latency10Min, 640);
}

void TstMetricsAggregator::jsonLeavesTheHistoryOut()
{
    MetricsAggregator metrics(nullptr, clock());
    metrics.record(m_now - 10, 250, 88.88, false);
    metrics.record(m_now - 200'000, 250, 88.88, true);
    const MetricsSnapshot s = metrics.snapshot();
    QVERIFY(!s.history.isEmpty());
    QVERIFY(s.p95Latency10Min > 0);

    // Exactly the keys the team server and the web dashboards know.
    QStringList keys = s.toJson().keys();
    keys.sort();
    QStringList expected{QStringLiteral("allTimeTotal"),
                         QStringLiteral("avgAccuracy"),
                         QStringLiteral("avgLatency"),
                         QStringLiteral("correctedFields"),
                         QStringLiteral("correctedInvoices"),
                         QStringLiteral("failed"),
                         QStringLiteral("p95Latency"),
                         QStringLiteral("queueDepth"),
                         QStringLiteral("throughput"),
                         QStringLiteral("timestamp"),
                         QStringLiteral("total"),
                         QStringLiteral("windowSeconds")};
    expected.sort();
    QCOMPARE(keys, expected);

    // The same JSON as a snapshot without history.
    MetricsSnapshot without = s;
    without.history.clear();
    without.p95Latency10Min = 0;
    QCOMPARE(s.toJson(), without.toJson());
}

QTEST_GUILESS_MAIN(TstMetricsAggregator)
#include "tst_metricsaggregator.moc"
