#include "common/datapaths.h"
#include "sampleresult.h"
#include "store/database.h"
#include "store/resultstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace InvoiceDash;
using InvoiceDash::Testing::sampleResult;

class TstResultStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migratesAnEmptyFile();
    void insertAndReopen();
    void idsHaveTheDocumentedForm();
    void cancelledResultsAreNotStored();
    void failedResultsKeepTheirMessage();
    void refusesANewerSchema();
    void migratesAVersionTwoDatabaseKeepingItsRows();
    void reportsAnUnwritableLocation();
    void workersWriteConcurrently();
    void dataDirFollowsTheEnvironment();
    void finishedSinceReadsTheLastMinutes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TstResultStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("test.sqlite"));
}

void TstResultStore::migratesAnEmptyFile()
{
    ResultStore store(m_file);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QSqlDatabase db = Database::connection(m_file, &error);
    QCOMPARE(Database::schemaVersion(db), Database::SchemaVersion);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(store.count(), 0);
    // Opening again is a no-op, not a second migration.
    QVERIFY(store.open(&error));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TstResultStore::finishedSinceReadsTheLastMinutes()
{
    ResultStore store(m_file);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const qint64 base = 1'800'000'000'000;
    struct Row
    {
        qint64 at;
        double latency;
        double accuracy;
        bool ok;
    };
    const Row rows[] = {{base - 1, 900, 70, true}, // just before: left out
                        {base, 500, 91.5, true},
                        {base + 2000, 1500, 0, false},
                        {base + 1000, 700, 88, true}};
    for (const Row &row : rows) {
        InvoiceResult r = sampleResult(QStringLiteral("/tmp/%1.png").arg(row.at));
        r.timestampMs = row.at;
        r.id = InvoiceResult::makeId(row.at);
        r.latencyMs = row.latency;
        r.accuracy = row.accuracy;
        if (!row.ok) {
            r.status = InvoiceStatus::Failed;
            r.error = QStringLiteral("unreadable");
        }
        QVERIFY2(store.insert(&r, &error), qPrintable(error));
    }
    const QList<ResultStore::FinishedInvoice> since = store.finishedSince(base);
    QCOMPARE(since.size(), 3);
    // Oldest first; a failed invoice has no accuracy. (insert() adds the
    // write time to the latency, so it is compared from below only.)
    QCOMPARE(since.at(0).finishedAtMs, base);
    QCOMPARE(since.at(1).finishedAtMs, base + 1000);
    QCOMPARE(since.at(2).finishedAtMs, base + 2000);
    QVERIFY(since.at(0).latencyMs >= 500);
    QVERIFY(since.at(1).latencyMs >= 700 && since.at(2).latencyMs >= 1500);
    QCOMPARE(since.at(0).accuracy, 91.5);
    QVERIFY(since.at(0).ok && since.at(1).ok && !since.at(2).ok);
    QCOMPARE(since.at(2).accuracy, 0.0);
    // A limit keeps the newest.
    const QList<ResultStore::FinishedInvoice> newest = store.finishedSince(base, 2);
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest.at(0).finishedAtMs, base + 1000);
    QCOMPARE(newest.at(1).finishedAtMs, base + 2000);
    QVERIFY(store.finishedSince(base + 3000).isEmpty());
}

void TstResultStore::insertAndReopen()
{
    InvoiceResult r = sampleResult(QStringLiteral("/tmp/a.png"));
    const QString id = r.id;
    {
        ResultStore store(m_file);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(store.insert(&r, &error), qPrintable(error));
        QVERIFY(r.timings.storeMs > 0);
        QVERIFY(r.latencyMs > 850); // the write is part of the latency
    }
    ResultStore reopened(m_file);
    QString error;
    QVERIFY(reopened.open(&error));
    QCOMPARE(reopened.count(), 1);
    const std::optional<InvoiceResult> back = reopened.find(id);
    QVERIFY(back.has_value());
    QCOMPARE(back->path, r.path);
    QCOMPARE(back->sha256, r.sha256);
    QCOMPARE(back->status, InvoiceStatus::Ok);
    QCOMPARE(back->fields, r.fields);
    QCOMPARE(back->text, r.text);
    QCOMPARE(back->confidence, 91.5);
    QCOMPARE(back->accuracy, 91.5);
    QCOMPARE(back->verified, true);
    QCOMPARE(back->checks, r.checks);
    QCOMPARE(back->timings.ocrMs, 800.25);
    QCOMPARE(back->timings.storeMs, r.timings.storeMs);
    QCOMPARE(back->latencyMs, r.latencyMs);
    QCOMPARE(back->timestampMs, r.timestampMs);
    QCOMPARE(back->processedAt, r.processedAt);
    QCOMPARE(back->preprocessSteps, r.preprocessSteps);
    QCOMPARE(reopened.recent(10).size(), 1);
}

void TstResultStore::idsHaveTheDocumentedForm()
{
    const QString id = InvoiceResult::makeId(1'732'800'000'999);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^inv_[0-9a-f]{8}_1732800000$")).match(id).hasMatch(),
        qPrintable(id));
    QVERIFY(InvoiceResult::makeId(0) != InvoiceResult::makeId(0));
}

void TstResultStore::cancelledResultsAreNotStored()
{
    ResultStore store(m_file);
    QString error;
    QVERIFY(store.open(&error));
    InvoiceResult r = sampleResult(QStringLiteral("/tmp/c.png"));
    r.status = InvoiceStatus::Cancelled;
    QVERIFY(store.insert(&r, &error));
    QCOMPARE(store.count(), 0);
}

void TstResultStore::failedResultsKeepTheirMessage()
{
    ResultStore store(m_file);
    QString error;
    QVERIFY(store.open(&error));
    InvoiceResult r = sampleResult(QStringLiteral("/tmp/broken.png"));
    r.status = InvoiceStatus::Failed;
    r.error = QStringLiteral("The image could not be decoded.");
    r.fields = {};
    QVERIFY2(store.insert(&r, &error), qPrintable(error));
    const std::optional<InvoiceResult> back = store.find(r.id);
    QVERIFY(back);
    QCOMPARE(back->status, InvoiceStatus::Failed);
    QCOMPARE(back->error, r.error);
    QVERIFY(back->fields.total.isEmpty());
}

void TstResultStore::refusesANewerSchema()
{
    {
        ResultStore store(m_file);
        QString error;
        QVERIFY(store.open(&error));
        QSqlDatabase db = Database::connection(m_file, &error);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    ResultStore store(m_file);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QLatin1String("newer InvoiceDash")), qPrintable(error));
}

void TstResultStore::migratesAVersionTwoDatabaseKeepingItsRows()
{
    // A database written by the previous release: schema 2, no validation columns.
    const InvoiceResult old = sampleResult(QStringLiteral("/tmp/old.png"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (2)")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE invoices (id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT,"
            " status TEXT NOT NULL, error TEXT, vendor TEXT, invoice_number TEXT,"
            " invoice_date TEXT, due_date TEXT, currency TEXT, subtotal TEXT, tax TEXT,"
            " total TEXT, line_items TEXT, ocr_text TEXT, confidence REAL, accuracy REAL,"
            " load_ms REAL, preprocess_ms REAL, ocr_ms REAL, extract_ms REAL, store_ms REAL,"
            " latency_ms REAL, preprocess_steps TEXT, timestamp_ms INTEGER NOT NULL,"
            " processed_at TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE outbox (invoice_id TEXT PRIMARY KEY,"
                                      " payload TEXT NOT NULL, created_ms INTEGER NOT NULL,"
                                      " attempts INTEGER NOT NULL DEFAULT 0)")));
        q.prepare(QStringLiteral("INSERT INTO invoices (id, path, status, invoice_number, total,"
                                 " confidence, accuracy, timestamp_ms, processed_at)"
                                 " VALUES (?, ?, 'ok', ?, ?, 88, 88, ?, ?)"));
        for (const QVariant &value :
             {QVariant(old.id), QVariant(old.path), QVariant(old.fields.invoiceNumber),
              QVariant(old.fields.total), QVariant(old.timestampMs), QVariant(old.processedAt)})
            q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    ResultStore store(m_file);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QSqlDatabase db = Database::connection(m_file, &error);
    QCOMPARE(Database::schemaVersion(db), Database::SchemaVersion);
    QCOMPARE(store.count(), 1);
    const std::optional<InvoiceResult> back = store.find(old.id);
    QVERIFY(back);
    QCOMPARE(back->fields.invoiceNumber, old.fields.invoiceNumber);
    QCOMPARE(back->accuracy, 88.0);
    QCOMPARE(back->verified, false); // unknown for old rows
    QVERIFY(back->checks.isEmpty());

    // New rows carry their checks next to the old one.
    InvoiceResult fresh = sampleResult(QStringLiteral("/tmp/new.png"));
    QVERIFY2(store.insert(&fresh, &error), qPrintable(error));
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.find(fresh.id)->checks, fresh.checks);
}

void TstResultStore::reportsAnUnwritableLocation()
{
    ResultStore store(m_dir->filePath(QStringLiteral("no/such/folder/db.sqlite")));
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(!error.isEmpty(), "an error message is expected");
    InvoiceResult r = sampleResult(QStringLiteral("/tmp/x.png"));
    QVERIFY(!store.insert(&r, &error));
    QVERIFY(!error.isEmpty());
}

void TstResultStore::workersWriteConcurrently()
{
    ResultStore store(m_file);
    QString error;
    QVERIFY(store.open(&error));
    std::atomic_int failures{0};
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&store, &failures, t] {
            for (int i = 0; i < 25; ++i) {
                InvoiceResult r = sampleResult(QStringLiteral("/tmp/%1-%2.png").arg(t).arg(i));
                QString e;
                if (!store.insert(&r, &e))
                    ++failures;
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60'000));
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(store.count(), 100);
}

void TstResultStore::dataDirFollowsTheEnvironment()
{
    qputenv(DataPaths::DataDirEnv, m_dir->filePath(QStringLiteral("data")).toUtf8());
    QCOMPARE(DataPaths::dataDir(), m_dir->filePath(QStringLiteral("data")));
    QVERIFY(QFileInfo(DataPaths::dataDir()).isDir());
    QCOMPARE(DataPaths::databaseFile(), m_dir->filePath(QStringLiteral("data/invoicedash.sqlite")));
    qunsetenv(DataPaths::DataDirEnv);
}

QTEST_GUILESS_MAIN(TstResultStore)
#include "tst_resultstore.moc"
