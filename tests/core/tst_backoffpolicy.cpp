#include "net/backoffpolicy.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace InvoiceDash;

class TstBackoffPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delaysFollowTheCappedExponential_data();
    void delaysFollowTheCappedExponential();
    void neverAboveTheCapNorBelowTheFloor();
    void resetsAfterAStableConnection_data();
    void resetsAfterAStableConnection();
    void jitterSpreadsConsecutiveDelays();
};

void TstBackoffPolicy::delaysFollowTheCappedExponential_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<QList<qint64>>("expected"); // attempts 0..8, ms

    // Ceilings: 500, 1000, 2000, 4000, 8000, 16000, then the 20 s cap.
    QTest::addRow("r=0 stays on the floor")
        << 0.0 << QList<qint64>{500, 500, 500, 500, 500, 500, 500, 500, 500};
    QTest::addRow("r=0.5 halves the ceiling")
        << 0.5 << QList<qint64>{500, 500, 1000, 2000, 4000, 8000, 10000, 10000, 10000};
    QTest::addRow("r=0.999 just below the ceiling")
        << 0.999 << QList<qint64>{500, 999, 1998, 3996, 7992, 15984, 19980, 19980, 19980};
    QTest::addRow("r=0.9999999 rounds down, never up to the cap")
        << 0.9999999 << QList<qint64>{500, 999, 1999, 3999, 7999, 15999, 19999, 19999, 19999};
}

void TstBackoffPolicy::delaysFollowTheCappedExponential()
{
    QFETCH(double, random);
    QFETCH(QList<qint64>, expected);

    BackoffPolicy policy({}, [random] { return random; });
    QList<qint64> delays;
    for (int attempt = 0; attempt < expected.size(); ++attempt) {
        QCOMPARE(policy.attempt(), attempt);
        delays.append(policy.nextDelayMs());
    }
    QCOMPARE(delays, expected);
}

void TstBackoffPolicy::neverAboveTheCapNorBelowTheFloor()
{
    QRandomGenerator generator(42);
    BackoffPolicy policy({}, [&generator] { return generator.generateDouble(); });
    // Far past the point where 0.5 s * 2^n would overflow a 64-bit integer.
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = policy.nextDelayMs();
        QVERIFY2(delay >= 500 && delay <= 20'000, qPrintable(QString::number(delay)));
    }
    QCOMPARE(policy.attempt(), 200);
}

void TstBackoffPolicy::resetsAfterAStableConnection_data()
{
    QTest::addColumn<qint64>("upForMs");
    QTest::addColumn<int>("attemptAfterLoss");

    QTest::addRow("flapping: 9.999 s keeps growing") << qint64(9'999) << 4;
    QTest::addRow("stable: 10 s starts over") << qint64(10'000) << 0;
    QTest::addRow("stable: an hour starts over") << qint64(3'600'000) << 0;
}

void TstBackoffPolicy::resetsAfterAStableConnection()
{
    QFETCH(qint64, upForMs);
    QFETCH(int, attemptAfterLoss);

    qint64 now = 1'000;
    BackoffPolicy policy(
        {}, [] { return 0.999; }, [&now] { return now; });
    for (int i = 0; i < 4; ++i)
        (void)policy.nextDelayMs();
    QCOMPARE(policy.attempt(), 4);

    policy.markConnected();
    now += upForMs;
    policy.markDisconnected();
    QCOMPARE(policy.attempt(), attemptAfterLoss);
    // The first delay after a reset is the first attempt's again.
    QCOMPARE(policy.nextDelayMs(), attemptAfterLoss == 0 ? 500 : 7'992);
}

void TstBackoffPolicy::jitterSpreadsConsecutiveDelays()
{
    QRandomGenerator generator(20241128);
    BackoffPolicy policy({}, [&generator] { return generator.generateDouble(); });
    for (int i = 0; i < 6; ++i)
        (void)policy.nextDelayMs(); // up to the cap, where the range is widest
    QList<qint64> delays;
    for (int i = 0; i < 100; ++i)
        delays.append(policy.nextDelayMs());
    // Consecutive delays differ; the only exception is two draws below
    // 0.5 s / 20 s that both clamp to the floor (this seed has one such pair).
    int floored = 0;
    for (int i = 1; i < delays.size(); ++i) {
        if (delays.at(i) == 500)
            ++floored;
        if (delays.at(i) == 500 && delays.at(i - 1) == 500)
            continue;
        QVERIFY2(delays.at(i) != delays.at(i - 1), qPrintable(QString::number(i)));
    }
    QVERIFY(floored <= 5);
    // Not just alternating between two values: spread over the range.
    QVERIFY(QSet<qint64>(delays.cbegin(), delays.cend()).size() > 90);
    QVERIFY(*std::min_element(delays.cbegin(), delays.cend()) < 5'000);
    QVERIFY(*std::max_element(delays.cbegin(), delays.cend()) > 15'000);
}

QTEST_GUILESS_MAIN(TstBackoffPolicy)
#include "tst_backoffpolicy.moc"
