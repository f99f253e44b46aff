#include "metrics/thresholdmonitor.h"

#include <QTest>

using namespace InvoiceDash;

using Level = ThresholdMonitor::Level;
using Metric = ThresholdMonitor::Metric;

Q_DECLARE_METATYPE(ThresholdMonitor::Level)
Q_DECLARE_METATYPE(ThresholdMonitor::Metric)

namespace {

MetricsSnapshot snapshot(qint64 latency, double accuracy = 95.0, int failed = 0, int total = 5)
{
    MetricsSnapshot s;
    s.total = total;
    s.avgLatency = latency;
    s.avgAccuracy = accuracy;
    s.failed = failed;
    return s;
}

// A timeline step: at `atMs`, feed `latency` (or -1: only re-evaluate) and
// expect the latency card's level.
struct Step
{
    qint64 atMs;
    qint64 latency;
    Level expected;
};

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TstThresholdMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawLevel_data();
    void rawLevel();
    void holdTime_data();
    void holdTime();
    void zeroHoldColoursAtOnce();
    void msUntilNextChange();
    void worstLevelAndReset();

private:
    qint64 m_now = 1'700'000'000'000;
    ThresholdMonitor::Clock clock()
    {
        return [this] { return m_now; };
    }
};

void TstThresholdMonitor::rawLevel_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<qint64>("latency");
    QTest::addColumn<double>("accuracy");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("total");
    QTest::addColumn<Level>("expected");

    const int lat = int(Metric::Latency);
    const int acc = int(Metric::Accuracy);
    const int fail = int(Metric::Failures);
    // Defaults: latency 2000 / 5000 ms, accuracy 90 / 80 %, failures 1 / 5.
    QTest::newRow("latency fine") << lat << qint64(850) << 95.0 << 0 << 5 << Level::Normal;
    QTest::newRow("latency at warning limit")
        << lat << qint64(2000) << 95.0 << 0 << 5 << Level::Normal;
    QTest::newRow("latency above warning")
        << lat << qint64(2001) << 95.0 << 0 << 5 << Level::Warning;
    QTest::newRow("latency above critical")
        << lat << qint64(5001) << 95.0 << 0 << 5 << Level::Critical;
    QTest::newRow("latency without invoices")
        << lat << qint64(9000) << 95.0 << 0 << 0 << Level::Normal;
    QTest::newRow("accuracy fine") << acc << qint64(850) << 93.4 << 0 << 5 << Level::Normal;
    QTest::newRow("accuracy at warning limit")
        << acc << qint64(850) << 90.0 << 0 << 5 << Level::Normal;
    QTest::newRow("accuracy below warning")
        << acc << qint64(850) << 89.9 << 0 << 5 << Level::Warning;
    QTest::newRow("accuracy below critical")
        << acc << qint64(850) << 79.9 << 0 << 5 << Level::Critical;
    QTest::newRow("accuracy without invoices")
        << acc << qint64(850) << 0.0 << 0 << 0 << Level::Normal;
    QTest::newRow("no failures") << fail << qint64(850) << 95.0 << 0 << 5 << Level::Normal;
    QTest::newRow("one failure") << fail << qint64(850) << 95.0 << 1 << 5 << Level::Warning;
    QTest::newRow("five failures") << fail << qint64(850) << 95.0 << 5 << 5 << Level::Critical;
}

void TstThresholdMonitor::rawLevel()
{
    QFETCH(int, metric);
    QFETCH(qint64, latency);
    QFETCH(double, accuracy);
    QFETCH(int, failed);
    QFETCH(int, total);
    QFETCH(Level, expected);
    QCOMPARE(ThresholdMonitor::rawLevel(OverlayThresholds{}, Metric(metric),
                                        snapshot(latency, accuracy, failed, total)),
             expected);

    // A threshold of 0 is off.
    OverlayThresholds off;
    off.latencyWarningMs = off.latencyCriticalMs = 0;
    off.accuracyWarning = off.accuracyCritical = 0;
    off.failuresWarning = off.failuresCritical = 0;
    QCOMPARE(
        ThresholdMonitor::rawLevel(off, Metric(metric), snapshot(latency, accuracy, failed, total)),
        Level::Normal);
}

void TstThresholdMonitor::holdTime_data()
{
    QTest::addColumn<QList<Step>>("steps");

    // Hold time 3 s (the default); -1 only lets time pass.
    QTest::newRow("one slow invoice does not colour") << QList<Step>{
        {0, 850, Level::Normal},   {1000, 3000, Level::Normal}, {2000, 850, Level::Normal},
        {5000, -1, Level::Normal}, {9000, -1, Level::Normal},
    };
    QTest::newRow("slow for the hold time colours amber") << QList<Step>{
        {0, 3000, Level::Normal},
        {2999, -1, Level::Normal},
        {3000, -1, Level::Warning},
    };
    QTest::newRow("a dip restarts the hold") << QList<Step>{
        {0, 3000, Level::Normal},  {2000, 850, Level::Normal}, {2500, 3000, Level::Normal},
        {5000, -1, Level::Normal}, {5500, -1, Level::Warning},
    };
    QTest::newRow("clears only after the hold time") << QList<Step>{
        {0, 3000, Level::Normal},   {3000, 3000, Level::Warning}, {4000, 850, Level::Warning},
        {6999, -1, Level::Warning}, {7000, -1, Level::Normal},
    };
    QTest::newRow("a short recovery does not clear") << QList<Step>{
        {0, 3000, Level::Normal},     {3000, -1, Level::Warning}, {4000, 850, Level::Warning},
        {5000, 3000, Level::Warning}, {9000, -1, Level::Warning},
    };
    QTest::newRow("amber then red") << QList<Step>{
        {0, 3000, Level::Normal},     {3000, 6000, Level::Warning},  {5999, -1, Level::Warning},
        {6000, -1, Level::Critical},  {7000, 3000, Level::Critical}, {10000, -1, Level::Warning},
        {11000, 850, Level::Warning}, {14000, -1, Level::Normal},
    };
    QTest::newRow("red at once when critical holds") << QList<Step>{
        {0, 6000, Level::Normal},
        {3000, -1, Level::Critical},
    };
}

void TstThresholdMonitor::holdTime()
{
    QFETCH(QList<Step>, steps);
    const qint64 start = m_now;
    ThresholdMonitor monitor(OverlayThresholds{}, clock());
    for (const Step &step : std::as_const(steps)) {
        m_now = start + step.atMs;
        if (step.latency >= 0)
            monitor.update(snapshot(step.latency));
        else
            monitor.reevaluate();
        if (monitor.level(Metric::Latency) != step.expected)
            QFAIL(qPrintable(QStringLiteral("at %1 ms: level %2, expected %3")
                                 .arg(step.atMs)
                                 .arg(int(monitor.level(Metric::Latency)))
                                 .arg(int(step.expected))));
    }
}

void TstThresholdMonitor::zeroHoldColoursAtOnce()
{
    OverlayThresholds thresholds;
    thresholds.holdSeconds = 0;
    ThresholdMonitor monitor(thresholds, clock());
    QVERIFY(monitor.update(snapshot(850, 70.0)));
    QCOMPARE(monitor.level(Metric::Accuracy), Level::Critical);
    QCOMPARE(monitor.level(Metric::Latency), Level::Normal);
    QVERIFY(monitor.update(snapshot(850, 95.0)));
    QCOMPARE(monitor.level(Metric::Accuracy), Level::Normal);
    QVERIFY(!monitor.update(snapshot(850, 95.0)));
}

void TstThresholdMonitor::msUntilNextChange()
{
    ThresholdMonitor monitor(OverlayThresholds{}, clock());
    QCOMPARE(monitor.msUntilNextChange(), -1);
    monitor.update(snapshot(850));
    QCOMPARE(monitor.msUntilNextChange(), -1); // nothing pending
    monitor.update(snapshot(3000));
    QCOMPARE(monitor.msUntilNextChange(), 3000);
    m_now += 1200;
    QCOMPARE(monitor.msUntilNextChange(), 1800);
    m_now += 1800;
    QVERIFY(monitor.reevaluate());
    QCOMPARE(monitor.level(Metric::Latency), Level::Warning);
    QCOMPARE(monitor.msUntilNextChange(), -1);
}

void TstThresholdMonitor::worstLevelAndReset()
{
    OverlayThresholds thresholds;
    thresholds.holdSeconds = 0;
    ThresholdMonitor monitor(thresholds, clock());
    monitor.update(snapshot(3000, 70.0, 1));
    QCOMPARE(monitor.level(Metric::Latency), Level::Warning);
    QCOMPARE(monitor.level(Metric::Failures), Level::Warning);
    QCOMPARE(monitor.worstLevel(), Level::Critical);
    monitor.reset();
    QCOMPARE(monitor.worstLevel(), Level::Normal);
    QCOMPARE(monitor.msUntilNextChange(), -1);
}

QTEST_GUILESS_MAIN(TstThresholdMonitor)
#include "tst_thresholdmonitor.moc"
