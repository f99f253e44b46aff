#include "batchprogress.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>

using namespace InvoiceDash;

class TstBatchProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void etaText_data();
    void etaText();
    void usesRecentPace();
    void widgetFollowsBatch();
};

void TstBatchProgress::etaText_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<QList<qint64>>("finishes"); // ms
    QTest::addColumn<qint64>("now");             // ms
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing finished")
        << 40 << QList<qint64>{} << qint64(5000) << QStringLiteral("0 / 40");
    QTest::newRow("one finished: no estimate yet")
        << 40 << QList<qint64>{1000} << qint64(1000) << QStringLiteral("1 / 40");
    // One invoice per second, 38 left.
    QTest::newRow("two finished") << 40 << QList<qint64>{1000, 2000} << qint64(2000)
                                  << QStringLiteral("2 / 40 \u00b7 about 38 s left");
    // 12 done at 2.5 s each → 28 × 2.5 s = 70 s → "about 1 min".
    QTest::newRow("minutes") << 40 << QList<qint64>{2500,  5000,  7500,  10000, 12500, 15000,
                                                    17500, 20000, 22500, 25000, 27500, 30000}
                             << qint64(30000) << QStringLiteral("12 / 40 \u00b7 about 1 min left");
    // Time since the last finish counts down: 38 s - 3 s.
    QTest::newRow("counts down") << 40 << QList<qint64>{1000, 2000} << qint64(5000)
                                 << QStringLiteral("2 / 40 \u00b7 about 35 s left");
    QTest::newRow("hours") << 10002 << QList<qint64>{0, 1000, 2000} << qint64(2000)
                           << QStringLiteral("3 / 10002 \u00b7 about 2 h 47 min left");
    QTest::newRow("all done") << 3 << QList<qint64>{0, 1000, 2000} << qint64(2000)
                              << QStringLiteral("3 / 3");
}

void TstBatchProgress::etaText()
{
    QFETCH(int, total);
    QFETCH(QList<qint64>, finishes);
    QFETCH(qint64, now);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale::c()); // "10002", not "10,002"
    BatchEta eta;
    eta.addQueued(total);
    for (qint64 t : finishes)
        eta.addFinished(t);
    QCOMPARE(eta.text(now), expected);
}

void TstBatchProgress::usesRecentPace()
{
    BatchEta eta;
    eta.addQueued(100);
    qint64 t = 0;
    for (int i = 0; i < 20; ++i) // slow start: 10 s each
        eta.addFinished(t += 10000);
    for (int i = 0; i < BatchEta::kWindow; ++i) // then 1 s each
        eta.addFinished(t += 1000);
    QCOMPARE(eta.finished(), 28);
    QCOMPARE(eta.secondsLeft(t), 72); // 72 left at the recent pace, not the average
}

void TstBatchProgress::widgetFollowsBatch()
{
    QLocale::setDefault(QLocale::c());
    qint64 now = 0;
    BatchProgress progress;
    progress.setClock([&now] { return now; });
    QVERIFY(progress.isHidden());
    for (int i = 0; i < 4; ++i)
        progress.jobQueued();
    QVERIFY(!progress.isHidden());
    auto *bar = progress.findChild<QProgressBar *>();
    auto *label = progress.findChild<QLabel *>();
    QVERIFY(bar && label);
    QCOMPARE(bar->maximum(), 4);
    now = 2000;
    progress.jobFinished();
    QCOMPARE(label->text(), QStringLiteral("1 / 4"));
    now = 4000;
    progress.jobFinished();
    QCOMPARE(bar->value(), 2);
    QCOMPARE(label->text(), QStringLiteral("2 / 4 \u00b7 about 4 s left"));
    progress.batchFinished();
    QVERIFY(progress.isHidden());
    progress.jobQueued(); // the next batch starts from zero
    QCOMPARE(label->text(), QStringLiteral("0 / 1"));
}

QTEST_MAIN(TstBatchProgress)
#include "tst_batchprogress.moc"
