#include "sampleresult.h"
#include "store/database.h"
#include "store/historyquery.h"
#include "store/resultstore.h"
#include "storedrow.h"

#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace InvoiceDash;
using InvoiceDash::Testing::sampleResult;
using InvoiceDash::Testing::storeAt;

namespace {

// count, failed, mean latency (ms), mean accuracy of one bucket.
using Expected = QMap<int, QList<double>>;

void setTimeZone(const char *zone)
{
    qputenv("TZ", zone);
    tzset();
}

QDateTime local(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::LocalTime);
}

} // namespace

// HistoryQuery: the History tab's buckets, read from a real store.
class TstHistoryQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dayBucketsAreLocalHours_data();
    void dayBucketsAreLocalHours();
    void weekBucketsAreSixHourSlots();
    void daylightSavingChanges();
    void midnightThatDoesNotExist();
    void aggregatesBuckets_data();
    void aggregatesBuckets();
    void emptyDatabaseHasZeroBuckets();
    void bucketsFollowLocalHoursNotUtc();
    void missingSchemaIsAnError();

private:
    void store(const QDateTime &at, InvoiceStatus status, double latencyMs, double accuracy);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ResultStore> m_store;
};

void TstHistoryQuery::init()
{
    setTimeZone("Europe/Berlin");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ResultStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TstHistoryQuery::cleanup()
{
    m_store.reset();
    m_dir.reset();
    setTimeZone("Europe/Berlin");
}

void TstHistoryQuery::store(const QDateTime &at, InvoiceStatus status, double latencyMs,
                            double accuracy)
{
    InvoiceResult r = sampleResult(QStringLiteral("/in/%1.png").arg(at.toMSecsSinceEpoch()));
    r.status = status;
    r.latencyMs = latencyMs;
    r.accuracy = accuracy;
    QString error;
    QVERIFY2(storeAt(m_store.get(), r, at, &error), qPrintable(error));
}

void TstHistoryQuery::dayBucketsAreLocalHours_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("nowUtc");
    QTest::addColumn<QDateTime>("firstUtc"); // the first bucket's start
    QTest::addColumn<QDateTime>("lastUtc");  // the end of the current hour

    const auto utc = [](int day, int hour, int minute) {
        return QDateTime(QDate(2024, 11, day), QTime(hour, minute), Qt::UTC);
    };
    // 14:25 local in Berlin (UTC+1) is 13:25 UTC.
    QTest::addRow("berlin") << QByteArray("Europe/Berlin") << utc(28, 13, 25) << utc(27, 14, 0)
                            << utc(28, 14, 0);
    // 14:25 local in Kolkata (UTC+05:30) is 08:55 UTC; its hours start at :30 UTC.
    QTest::addRow("kolkata") << QByteArray("Asia/Kolkata") << utc(28, 8, 55) << utc(27, 9, 30)
                             << utc(28, 9, 30);
    QTest::addRow("utc") << QByteArray("UTC") << utc(28, 0, 0) << utc(27, 1, 0) << utc(28, 1, 0);
}

void TstHistoryQuery::dayBucketsAreLocalHours()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, nowUtc);
    QFETCH(QDateTime, firstUtc);
    QFETCH(QDateTime, lastUtc);
    setTimeZone(zone.constData());

    const QList<QDateTime> bounds = HistoryQuery::boundaries(HistoryRange::Day, nowUtc);
    QCOMPARE(bounds.size(), 25);
    QCOMPARE(bounds.constFirst().toUTC(), firstUtc);
    QCOMPARE(bounds.constLast().toUTC(), lastUtc);
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        QCOMPARE(bounds.at(i).toLocalTime().time().minute(), 0);
        if (i > 0)
            QCOMPARE(bounds.at(i - 1).secsTo(bounds.at(i)), 3600);
    }
}

void TstHistoryQuery::weekBucketsAreSixHourSlots()
{
    const QList<QDateTime> bounds
        = HistoryQuery::boundaries(HistoryRange::Week, local(2024, 11, 28, 14, 25));
    QCOMPARE(bounds.size(), 29);
    QCOMPARE(bounds.constFirst(), local(2024, 11, 21, 18, 0));
    QCOMPARE(bounds.at(bounds.size() - 2), local(2024, 11, 28, 12, 0)); // holds now
    QCOMPARE(bounds.constLast(), local(2024, 11, 28, 18, 0));
    for (qsizetype i = 1; i < bounds.size(); ++i)
        QCOMPARE(bounds.at(i - 1).secsTo(bounds.at(i)), 6 * 3600);
}

void TstHistoryQuery::daylightSavingChanges()
{
    // Berlin leaves summer time on 2024-10-27 at 03:00 CEST (01:00 UTC).
    const QList<QDateTime> week
        = HistoryQuery::boundaries(HistoryRange::Week, local(2024, 10, 28, 10, 0));
    const qsizetype midnight = week.indexOf(local(2024, 10, 27, 0, 0));
    QVERIFY(midnight >= 0);
    QCOMPARE(week.at(midnight).secsTo(week.at(midnight + 1)), 7 * 3600); // 00:00 to 06:00
    for (const QDateTime &bound : week)
        QCOMPARE(bound.toLocalTime().time().hour() % 6, 0);

    // The day range stays 24 real hours; 02:00 local comes twice.
    const QList<QDateTime> day
        = HistoryQuery::boundaries(HistoryRange::Day, local(2024, 10, 27, 10, 30));
    QCOMPARE(day.size(), 25);
    QCOMPARE(day.constFirst().secsTo(day.constLast()), 24 * 3600);
    int twoOClock = 0;
    for (const QDateTime &bound : day)
        twoOClock += bound.toLocalTime().time() == QTime(2, 0) ? 1 : 0;
    QCOMPARE(twoOClock, 2);
}

void TstHistoryQuery::midnightThatDoesNotExist()
{
    // Santiago de Chile goes to summer time at 00:00 on 2024-09-08: the day
    // starts at 01:00, and so does its first six-hour slot.
    setTimeZone("America/Santiago");
    const QList<QDateTime> week
        = HistoryQuery::boundaries(HistoryRange::Week, local(2024, 9, 10, 10, 0));
    QCOMPARE(week.size(), 29);
    for (const QDateTime &bound : week)
        QVERIFY2(bound.isValid(), qPrintable(bound.toString(Qt::ISODate)));
    const qsizetype first = week.indexOf(local(2024, 9, 8, 1, 0));
    QVERIFY(first > 0);
    QCOMPARE(week.at(first - 1).secsTo(week.at(first)), 6 * 3600); // 18:00 the day before
    QCOMPARE(week.at(first).secsTo(week.at(first + 1)), 5 * 3600); // 01:00 to 06:00
}

void TstHistoryQuery::aggregatesBuckets_data()
{
    QTest::addColumn<HistoryRange>("range");
    QTest::addColumn<int>("bucketCount");
    QTest::addColumn<Expected>("expected"); // buckets not listed must be empty

    // Day: buckets from 2024-11-27 15:00 to 2024-11-28 15:00 (index 23 is 14:00).
    QTest::addRow("day") << HistoryRange::Day << 24
                         << Expected{{23, {3, 1, 200, 85}},
                                     {18, {1, 0, 50, 70}},
                                     {19, {1, 0, 70, 60}},
                                     {0, {1, 0, 400, 100}}};
    // Week: six-hour buckets from 2024-11-21 18:00; index 27 is today 12:00.
    QTest::addRow("week") << HistoryRange::Week << 28
                          << Expected{{27, {3, 1, 200, 85}},
                                      {26, {2, 0, 60, 65}},
                                      {23, {2, 0, 450, 95}},
                                      {0, {1, 0, 10, 50}}};
}

void TstHistoryQuery::aggregatesBuckets()
{
    QFETCH(HistoryRange, range);
    QFETCH(int, bucketCount);
    QFETCH(Expected, expected);

    const QDateTime now = local(2024, 11, 28, 14, 25);
    store(local(2024, 11, 28, 14, 5), InvoiceStatus::Ok, 100, 90);
    store(local(2024, 11, 28, 14, 20), InvoiceStatus::Ok, 300, 80);
    store(local(2024, 11, 28, 14, 10), InvoiceStatus::Failed, 200, 0); // not in the accuracy
    store(local(2024, 11, 28, 9, 59, 59, 999), InvoiceStatus::Ok, 50, 70);
    store(local(2024, 11, 28, 10, 0), InvoiceStatus::Ok, 70, 60);
    store(local(2024, 11, 27, 15, 0), InvoiceStatus::Ok, 400, 100);          // first day bucket
    store(local(2024, 11, 27, 14, 59, 59, 999), InvoiceStatus::Ok, 500, 90); // before the day
    store(local(2024, 11, 21, 18, 0), InvoiceStatus::Ok, 10, 50);            // first week bucket
    store(local(2024, 11, 21, 17, 59, 59, 999), InvoiceStatus::Ok, 20, 40);  // before the week
    store(local(2024, 11, 28, 14, 25, 0, 1), InvoiceStatus::Ok, 1000, 10);   // after now

    const History history = HistoryQuery::load(m_store->fileName(), range, now);
    QVERIFY2(history.error.isEmpty(), qPrintable(history.error));
    QCOMPARE(history.buckets.size(), bucketCount);
    qint64 total = 0;
    for (int i = 0; i < bucketCount; ++i) {
        const HistoryBucket &bucket = history.buckets.at(i);
        const QList<double> want = expected.value(i, {0, 0, 0, 0});
        QVERIFY2(bucket.count == qint64(want.at(0)), qPrintable(QString::number(i)));
        QCOMPARE(bucket.failed, qint64(want.at(1)));
        QCOMPARE(bucket.meanLatencyMs, want.at(2));
        QCOMPARE(bucket.meanAccuracy, want.at(3));
        if (i > 0)
            QCOMPARE(bucket.start, history.buckets.at(i - 1).end);
        total += bucket.count;
    }
    QCOMPARE(history.total(), total);
    QCOMPARE(history.failed(), 1);
    QVERIFY(!history.isEmpty());
}

void TstHistoryQuery::emptyDatabaseHasZeroBuckets()
{
    // A row a minute outside the week must not make the range non-empty.
    store(local(2024, 11, 21, 17, 59), InvoiceStatus::Ok, 100, 90);
    const History history
        = HistoryQuery::load(m_store->fileName(), HistoryRange::Week, local(2024, 11, 28, 14, 25));
    QVERIFY2(history.error.isEmpty(), qPrintable(history.error));
    QCOMPARE(history.buckets.size(), 28);
    QVERIFY(history.isEmpty());
    QCOMPARE(history.meanLatencyMs(), 0.0);
    QCOMPARE(history.meanAccuracy(), 0.0);
    for (const HistoryBucket &bucket : history.buckets) {
        QCOMPARE(bucket.count, 0);
        QCOMPARE(bucket.meanLatencyMs, 0.0);
    }
}

void TstHistoryQuery::bucketsFollowLocalHoursNotUtc()
{
    setTimeZone("Asia/Kolkata");
    const QDateTime now(QDate(2024, 11, 28), QTime(8, 55), Qt::UTC); // 14:25 local
    // 13:59:59 and 14:00 local: one UTC hour (08:xx), two local hours.
    store(QDateTime(QDate(2024, 11, 28), QTime(8, 29, 59), Qt::UTC), InvoiceStatus::Ok, 100, 90);
    store(QDateTime(QDate(2024, 11, 28), QTime(8, 30), Qt::UTC), InvoiceStatus::Ok, 300, 70);
    const History history = HistoryQuery::load(m_store->fileName(), HistoryRange::Day, now);
    QVERIFY2(history.error.isEmpty(), qPrintable(history.error));
    QCOMPARE(history.buckets.at(23).start.toLocalTime().time(), QTime(14, 0));
    QCOMPARE(history.buckets.at(23).count, 1);
    QCOMPARE(history.buckets.at(23).meanLatencyMs, 300.0);
    QCOMPARE(history.buckets.at(22).count, 1);
    QCOMPARE(history.buckets.at(22).meanLatencyMs, 100.0);
    QCOMPARE(history.meanLatencyMs(), 200.0);
    QCOMPARE(history.meanAccuracy(), 80.0);
}

void TstHistoryQuery::missingSchemaIsAnError()
{
    const QString file = m_dir->filePath(QStringLiteral("blank.sqlite"));
    const History history
        = HistoryQuery::load(file, HistoryRange::Day, local(2024, 11, 28, 14, 25));
    QVERIFY(!history.error.isEmpty());
    QCOMPARE(history.buckets.size(), 24); // still a continuous, empty axis
    QVERIFY(history.isEmpty());
}

QTEST_GUILESS_MAIN(TstHistoryQuery)
#include "tst_historyquery.moc"
