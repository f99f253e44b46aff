#include "net/outbox.h"
#include "store/database.h"
#include "store/resultstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace InvoiceDash;
using namespace InvoiceDash::Protocol;

Q_DECLARE_METATYPE(InvoiceDash::Protocol::PublishedMetric)

class TstOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addPendingRemoveCount();
    void addIsIdempotentByInvoiceId();
    void pendingIsOldestFirstAndLimited_data();
    void pendingIsOldestFirstAndLimited();
    void refusesMetricsTheServerWouldReject_data();
    void refusesMetricsTheServerWouldReject();
    void survivesReopeningTheFile();
    void migratesAVersionOneDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

namespace {

PublishedMetric metric(int i)
{
    return PublishedMetric{QStringLiteral("inv_%1_1732800000").arg(i, 8, 16, QLatin1Char('0')),
                           1732800000000 + i,
                           100.0 + i,
                           90.5,
                           i % 3 != 0,
                           QStringLiteral("2024-11-28T13:20:00.000Z")};
}

QStringList ids(const QList<PublishedMetric> &metrics)
{
    QStringList out;
    for (const PublishedMetric &m : metrics)
        out.append(m.invoiceId);
    return out;
}

} // namespace

void TstOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("test.sqlite"));
}

void TstOutbox::addPendingRemoveCount()
{
    Outbox outbox(m_file);
    QString error;
    QVERIFY2(outbox.open(&error), qPrintable(error));
    QCOMPARE(outbox.count(), 0);
    QVERIFY(outbox.pending(10).isEmpty());

    for (int i = 1; i <= 3; ++i)
        QVERIFY2(outbox.add(metric(i), &error), qPrintable(error));
    QCOMPARE(outbox.count(), 3);
    const QList<PublishedMetric> pending = outbox.pending(10);
    QCOMPARE(pending.size(), 3);
    QCOMPARE(pending.at(0), metric(1)); // every field survives the round trip
    QCOMPARE(pending.at(2), metric(3));

    QVERIFY(outbox.remove(metric(2).invoiceId));
    QCOMPARE(outbox.count(), 2);
    QCOMPARE(ids(outbox.pending(10)), (QStringList{metric(1).invoiceId, metric(3).invoiceId}));
    QVERIFY(outbox.remove(QStringLiteral("inv_unknown"))); // a second ack is harmless
    QCOMPARE(outbox.count(), 2);
}

void TstOutbox::addIsIdempotentByInvoiceId()
{
    Outbox outbox(m_file);
    QString error;
    QVERIFY2(outbox.open(&error), qPrintable(error));
    QVERIFY(outbox.add(metric(1)));
    QVERIFY(outbox.add(metric(2)));
    PublishedMetric changed = metric(1);
    changed.latency = 9999;
    QVERIFY(outbox.add(changed));
    QVERIFY(outbox.add(metric(1)));
    QCOMPARE(outbox.count(), 2);
    // The first copy stays, in its original place.
    QCOMPARE(outbox.pending(10), (QList<PublishedMetric>{metric(1), metric(2)}));

    outbox.noteAttempt(metric(1).invoiceId);
    outbox.noteAttempt(metric(1).invoiceId);
    QCOMPARE(outbox.attempts(metric(1).invoiceId), 2);
    QVERIFY(outbox.add(metric(1)));
    QCOMPARE(outbox.attempts(metric(1).invoiceId), 2);
    QCOMPARE(outbox.attempts(QStringLiteral("inv_unknown")), -1);
}

void TstOutbox::pendingIsOldestFirstAndLimited_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");

    QTest::addRow("none") << 0 << 0;
    QTest::addRow("negative") << -5 << 0;
    QTest::addRow("one") << 1 << 1;
    QTest::addRow("some") << 37 << 37;
    QTest::addRow("all") << 50 << 50;
    QTest::addRow("more than queued") << 500 << 50;
}

void TstOutbox::pendingIsOldestFirstAndLimited()
{
    QFETCH(int, limit);
    QFETCH(int, expected);

    Outbox outbox(m_file);
    QString error;
    QVERIFY2(outbox.open(&error), qPrintable(error));
    // Many in the same millisecond: the insertion order still decides.
    QStringList queued;
    for (int i = 50; i > 0; --i) {
        QVERIFY(outbox.add(metric(i)));
        queued.append(metric(i).invoiceId);
    }
    QCOMPARE(ids(outbox.pending(limit)), queued.first(expected));
}

void TstOutbox::refusesMetricsTheServerWouldReject_data()
{
    QTest::addColumn<PublishedMetric>("bad");

    PublishedMetric noId = metric(1);
    noId.invoiceId.clear();
    PublishedMetric spaces = metric(1);
    spaces.invoiceId = QStringLiteral("inv with spaces");
    PublishedMetric accuracy = metric(1);
    accuracy.accuracy = 120;
    PublishedMetric oldTimestamp = metric(1);
    oldTimestamp.timestamp = 0;
    QTest::addRow("empty id") << noId;
    QTest::addRow("id with spaces") << spaces;
    QTest::addRow("accuracy above 100") << accuracy;
    QTest::addRow("timestamp 0") << oldTimestamp;
}

void TstOutbox::refusesMetricsTheServerWouldReject()
{
    QFETCH(PublishedMetric, bad);
    Outbox outbox(m_file);
    QString error;
    QVERIFY2(outbox.open(&error), qPrintable(error));
    QVERIFY(!outbox.add(bad, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(outbox.count(), 0);
}

void TstOutbox::survivesReopeningTheFile()
{
    // The first "run" writes from its own thread: its connection is closed
    // when the thread ends, like at application exit.
    bool written = false;
    std::unique_ptr<QThread> firstRun(QThread::create([this, &written] {
        Outbox outbox(m_file);
        QString error;
        written = outbox.open(&error);
        for (int i = 1; i <= 5; ++i)
            written = written && outbox.add(metric(i));
        written = written && outbox.remove(metric(1).invoiceId);
    }));
    firstRun->start();
    QVERIFY(firstRun->wait(10'000));
    QVERIFY(written);

    Outbox reopened(m_file);
    QString error;
    QVERIFY2(reopened.open(&error), qPrintable(error));
    QCOMPARE(reopened.count(), 4);
    QCOMPARE(reopened.pending(10),
             (QList<PublishedMetric>{metric(2), metric(3), metric(4), metric(5)}));
}

void TstOutbox::migratesAVersionOneDatabase()
{
    // A database written by the previous release: results, no outbox.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id TEXT PRIMARY KEY, path TEXT NOT"
                                      " NULL, status TEXT NOT NULL, timestamp_ms INTEGER NOT"
                                      " NULL, processed_at TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO invoices VALUES ('inv_1', '/a.png', 'ok',"
                                      " 1732800000000, '2024-11-28T13:20:00Z')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Outbox outbox(m_file);
    QString error;
    QVERIFY2(outbox.open(&error), qPrintable(error));
    QSqlDatabase db = Database::connection(m_file, &error);
    QCOMPARE(Database::schemaVersion(db), Database::SchemaVersion);
    QCOMPARE(outbox.count(), 0);
    QVERIFY(outbox.add(metric(1)));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM invoices")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the results are untouched
}

QTEST_GUILESS_MAIN(TstOutbox)
#include "tst_outbox.moc"
