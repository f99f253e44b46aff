#include "common/datapaths.h"
#include "store/database.h"
#include "store/resultstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace InvoiceDash;

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
    void reportsAnUnwritableLocation();
    void workersWriteConcurrently();
    void dataDirFollowsTheEnvironment();

private:
    static InvoiceResult sample(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

InvoiceResult TstResultStore::sample(const QString &path)
{
    InvoiceResult r;
    r.timestampMs = 1'732'800'000'123;
    r.id = InvoiceResult::makeId(r.timestampMs);
    r.path = path;
    r.sha256 = QString(64, QLatin1Char('a'));
    r.status = InvoiceStatus::Ok;
    r.fields.invoiceNumber = QStringLiteral("INV-2024-0012");
    r.fields.invoiceDate = QStringLiteral("2024-03-05");
    r.fields.currency = QStringLiteral("EUR");
    r.fields.total = QStringLiteral("1234.56");
    r.fields.lineItems = {{QStringLiteral("Widget"), QStringLiteral("2"), QStringLiteral("10.00"),
                           QStringLiteral("20.00")}};
    r.text = QStringLiteral("INVOICE\nNo: INV-2024-0012");
    r.confidence = 91.5;
    r.accuracy = 91.5;
    r.timings = {12.0, 30.5, 800.25, 1.5, 0};
    r.latencyMs = 850;
    r.preprocessSteps = {QStringLiteral("grayscale"), QStringLiteral("binarize")};
    r.processedAt = QStringLiteral("2024-11-28T13:20:00.123Z");
    return r;
}

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

void TstResultStore::insertAndReopen()
{
    InvoiceResult r = sample(QStringLiteral("/tmp/a.png"));
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
    InvoiceResult r = sample(QStringLiteral("/tmp/c.png"));
    r.status = InvoiceStatus::Cancelled;
    QVERIFY(store.insert(&r, &error));
    QCOMPARE(store.count(), 0);
}

void TstResultStore::failedResultsKeepTheirMessage()
{
    ResultStore store(m_file);
    QString error;
    QVERIFY(store.open(&error));
    InvoiceResult r = sample(QStringLiteral("/tmp/broken.png"));
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

void TstResultStore::reportsAnUnwritableLocation()
{
    ResultStore store(m_dir->filePath(QStringLiteral("no/such/folder/db.sqlite")));
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(!error.isEmpty(), "an error message is expected");
    InvoiceResult r = sample(QStringLiteral("/tmp/x.png"));
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
                InvoiceResult r = sample(QStringLiteral("/tmp/%1-%2.png").arg(t).arg(i));
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
