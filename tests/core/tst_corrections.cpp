#include "extract/fieldlocator.h"
#include "sampleresult.h"
#include "store/database.h"
#include "store/resultstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace InvoiceDash;
using InvoiceDash::Testing::sampleResult;

// Corrections, field locations and the possible-duplicate check of
// ResultStore (schema 4).
class TstCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void normalizesCorrections_data();
    void normalizesCorrections();
    void correctionsSurviveReopening();
    void correctionRevalidates();
    void invalidCorrectionStoresNothing();
    void correctionSetBackIsNotCounted();
    void migratesAVersionThreeDatabase();
    void findsPossibleDuplicates_data();
    void findsPossibleDuplicates();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TstCorrections::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("test.sqlite"));
}

void TstCorrections::normalizesCorrections_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // the stored value, or empty
    QTest::addColumn<QString>("error");    // part of the message when refused, or empty

    QTest::addRow("amount plain") << "total"
                                  << "1234.5"
                                  << "1234.50"
                                  << "";
    QTest::addRow("amount european") << "total"
                                     << "1.234,56 €"
                                     << "1234.56"
                                     << "";
    QTest::addRow("amount dollar") << "subtotal"
                                   << "$1,234.56"
                                   << "1234.56"
                                   << "";
    QTest::addRow("amount words") << "tax"
                                  << "twelve"
                                  << ""
                                  << "not an amount";
    QTest::addRow("date iso") << "invoice_date"
                              << "2024-03-05"
                              << "2024-03-05"
                              << "";
    QTest::addRow("date printed") << "due_date"
                                  << "March 5, 2024"
                                  << "2024-03-05"
                                  << "";
    QTest::addRow("date day first") << "due_date"
                                    << "31/01/2024"
                                    << "2024-01-31"
                                    << "";
    QTest::addRow("date ambiguous") << "invoice_date"
                                    << "03/05/2024"
                                    << ""
                                    << "YYYY-MM-DD";
    QTest::addRow("date invalid") << "invoice_date"
                                  << "2024-02-30"
                                  << ""
                                  << "not a date";
    QTest::addRow("currency code") << "currency"
                                   << " usd "
                                   << "USD"
                                   << "";
    QTest::addRow("currency symbol") << "currency"
                                     << "€"
                                     << "EUR"
                                     << "";
    QTest::addRow("currency long") << "currency"
                                   << "Bitcoin"
                                   << ""
                                   << "ISO 4217";
    QTest::addRow("vendor spaces") << "vendor"
                                   << "  Acme   Trading GmbH "
                                   << "Acme Trading GmbH"
                                   << "";
    QTest::addRow("unknown field") << "colour"
                                   << "red"
                                   << ""
                                   << "no field";
}

void TstCorrections::normalizesCorrections()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    QString message;
    const std::optional<QString> value = ResultStore::normalizeCorrection(field, input, &message);
    if (error.isEmpty()) {
        QVERIFY2(value, qPrintable(message));
        QCOMPARE(*value, expected);
    } else {
        QVERIFY(!value);
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

void TstCorrections::correctionsSurviveReopening()
{
    const InvoiceResult original = sampleResult(QStringLiteral("/tmp/a.png"));
    {
        ResultStore store(m_file);
        QString error;
        QVERIFY(store.open(&error));
        InvoiceResult r = original;
        QVERIFY(store.insert(&r, &error));
        InvoiceResult updated;
        QVERIFY2(store.correctField(r.id, QStringLiteral("total"), QStringLiteral("1.300,00"),
                                    &error, &updated),
                 qPrintable(error));
        QCOMPARE(updated.fields.total, QStringLiteral("1300.00"));
        QVERIFY2(store.correctField(r.id, QStringLiteral("total"), QStringLiteral("1350"), &error),
                 qPrintable(error));
        QVERIFY(store.correctField(r.id, QStringLiteral("vendor"), QStringLiteral("Acme"), &error));
        Database::closeConnection(m_file);
    }
    ResultStore store(m_file);
    QString error;
    QVERIFY(store.open(&error));
    const std::optional<InvoiceResult> back = store.find(original.id);
    QVERIFY(back);
    QCOMPARE(back->fields.total, QStringLiteral("1350.00"));
    QCOMPARE(back->fields.vendor, QStringLiteral("Acme"));
    QCOMPARE(back->fields.invoiceNumber, original.fields.invoiceNumber); // untouched
    // The first value read is what the field was corrected from.
    QCOMPARE(back->originalValues.value(QStringLiteral("total")), QStringLiteral("1234.56"));
    QCOMPARE(back->originalValues.value(QStringLiteral("vendor")), QString());
    QCOMPARE(back->correctedFields(),
             (QStringList{QStringLiteral("total"), QStringLiteral("vendor")}));
    const QList<Correction> history = store.corrections(original.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).field, QStringLiteral("total"));
    QCOMPARE(history.at(0).oldValue, QStringLiteral("1234.56"));
    QCOMPARE(history.at(0).newValue, QStringLiteral("1300.00"));
    QCOMPARE(history.at(1).oldValue, QStringLiteral("1300.00"));
    QCOMPARE(history.at(1).newValue, QStringLiteral("1350.00"));
    QVERIFY(QDateTime::fromString(history.at(2).correctedAt, Qt::ISODateWithMs).isValid());
    QCOMPARE(store.correctionCounts(), (CorrectionCounts{1, 2}));
    QCOMPARE(store.all().constFirst().originalValues, back->originalValues);
    QCOMPARE(store.recent(5).constFirst().originalValues, back->originalValues);
}

void TstCorrections::correctionRevalidates()
{
    ResultStore store(m_file);
    QString error;
    QVERIFY(store.open(&error));
    InvoiceResult r = sampleResult(QStringLiteral("/tmp/b.png"));
    r.fields.vendor = QStringLiteral("Acme");
    r.fields.subtotal = QStringLiteral("100.00");
    r.fields.tax = QStringLiteral("20.00");
    r.fields.total = QStringLiteral("170.00"); // misread: 120.00
    r.fields.lineItems = {{QStringLiteral("Widget"), QStringLiteral("1"), QStringLiteral("100.00"),
                           QStringLiteral("100.00")}};
    const ValidationReport before = Validator::validate(r.fields, r.confidence);
    r.checks = before.checks;
    r.verified = before.verified;
    r.accuracy = before.score;
    QVERIFY(!r.verified);
    QVERIFY(store.insert(&r, &error));

    InvoiceResult updated;
    QVERIFY2(store.correctField(r.id, QStringLiteral("total"), QStringLiteral("120.00"), &error,
                                &updated),
             qPrintable(error));
    QVERIFY(updated.verified);
    QVERIFY(updated.accuracy > r.accuracy);
    QCOMPARE(updated.checks, Validator::validate(updated.fields, r.confidence).checks);
    const std::optional<InvoiceResult> back = store.find(r.id);
    QVERIFY(back->verified);
    QCOMPARE(back->accuracy, updated.accuracy);
}

void TstCorrections::invalidCorrectionStoresNothing()
{
    ResultStore store(m_file);
    QString error;
    QVERIFY(store.open(&error));
    InvoiceResult r = sampleResult(QStringLiteral("/tmp/c.png"));
    QVERIFY(store.insert(&r, &error));
    // One bad value refuses the whole save, the good one included.
    QVERIFY(!store.correctFields(r.id,
                                 {{QStringLiteral("vendor"), QStringLiteral("Acme")},
                                  {QStringLiteral("due_date"), QStringLiteral("next week")}},
                                 &error));
    QVERIFY2(error.contains(QLatin1String("next week")), qPrintable(error));
    QVERIFY(!store.correctField(QStringLiteral("inv_nope"), QStringLiteral("vendor"),
                                QStringLiteral("Acme"), &error));
    QVERIFY2(error.contains(QLatin1String("inv_nope")), qPrintable(error));
    QCOMPARE(store.find(r.id)->fields, r.fields);
    QVERIFY(store.corrections(r.id).isEmpty());
    QCOMPARE(store.correctionCounts(), CorrectionCounts{});
}

void TstCorrections::correctionSetBackIsNotCounted()
{
    ResultStore store(m_file);
    QString error;
    QVERIFY(store.open(&error));
    InvoiceResult r = sampleResult(QStringLiteral("/tmp/d.png"));
    QVERIFY(store.insert(&r, &error));
    QVERIFY(store.correctField(r.id, QStringLiteral("currency"), QStringLiteral("usd"), &error));
    QCOMPARE(store.correctionCounts(), (CorrectionCounts{1, 1}));
    QVERIFY(store.correctField(r.id, QStringLiteral("currency"), QStringLiteral("EUR"), &error));
    QCOMPARE(store.correctionCounts(), CorrectionCounts{});
    QVERIFY(store.find(r.id)->originalValues.isEmpty());
    QCOMPARE(store.corrections(r.id).size(), 2); // the history stays
    // An unchanged value is no correction at all.
    QVERIFY(store.correctField(r.id, QStringLiteral("currency"), QStringLiteral("eur"), &error));
    QCOMPARE(store.corrections(r.id).size(), 2);
}

void TstCorrections::migratesAVersionThreeDatabase()
{
    const InvoiceResult old = sampleResult(QStringLiteral("/tmp/v3.png"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (3)")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE invoices (id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT,"
            " status TEXT NOT NULL, error TEXT, vendor TEXT, invoice_number TEXT,"
            " invoice_date TEXT, due_date TEXT, currency TEXT, subtotal TEXT, tax TEXT,"
            " total TEXT, line_items TEXT, ocr_text TEXT, confidence REAL, accuracy REAL,"
            " load_ms REAL, preprocess_ms REAL, ocr_ms REAL, extract_ms REAL, store_ms REAL,"
            " latency_ms REAL, preprocess_steps TEXT, timestamp_ms INTEGER NOT NULL,"
            " processed_at TEXT NOT NULL, verified INTEGER, checks TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE outbox (invoice_id TEXT PRIMARY KEY,"
                                      " payload TEXT NOT NULL, created_ms INTEGER NOT NULL,"
                                      " attempts INTEGER NOT NULL DEFAULT 0)")));
        q.prepare(QStringLiteral("INSERT INTO invoices (id, path, status, vendor, invoice_number,"
                                 " total, confidence, accuracy, timestamp_ms, processed_at,"
                                 " verified) VALUES (?, ?, 'ok', 'Acme', ?, ?, 88, 88, ?, ?, 1)"));
        for (const QVariant &value :
             {QVariant(old.id), QVariant(old.path), QVariant(old.fields.invoiceNumber),
              QVariant(old.fields.total), QVariant(old.timestampMs), QVariant(old.processedAt)})
            q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    ResultStore store(m_file);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QSqlDatabase db = Database::connection(m_file, &error);
    QCOMPARE(Database::schemaVersion(db), 4);
    const std::optional<InvoiceResult> back = store.find(old.id);
    QVERIFY(back);
    QVERIFY(back->locations.isEmpty()); // not known for old rows
    QVERIFY(back->possibleDuplicateOf.isEmpty());
    QVERIFY(back->originalValues.isEmpty());
    // Old rows can be corrected like new ones.
    QVERIFY2(store.correctField(old.id, QStringLiteral("invoice_number"),
                                QStringLiteral("INV-2024-0013"), &error),
             qPrintable(error));
    QCOMPARE(store.find(old.id)->originalValues.value(QStringLiteral("invoice_number")),
             old.fields.invoiceNumber);

    // New rows keep their field locations.
    InvoiceResult fresh = sampleResult(QStringLiteral("/tmp/new.png"));
    fresh.locations.insert(QStringLiteral("total"),
                           FieldLocation{0, QRectF(0.5, 0.75, 0.125, 0.0625)});
    QVERIFY2(store.insert(&fresh, &error), qPrintable(error));
    QCOMPARE(store.find(fresh.id)->locations, fresh.locations);
}

void TstCorrections::findsPossibleDuplicates_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("total");
    QTest::addColumn<bool>("duplicate");
    QTest::addRow("same") << "Acme Trading GmbH"
                          << "INV-7"
                          << "120.00" << true;
    QTest::addRow("case and spaces") << "ACME  trading gmbh"
                                     << "inv-7 "
                                     << "120.00" << true;
    QTest::addRow("leading hash") << "Acme Trading GmbH"
                                  << "#INV-7"
                                  << "120.00" << true;
    QTest::addRow("punctuation in vendor") << "Acme Trading GmbH."
                                           << "INV-7"
                                           << "120.00" << true;
    QTest::addRow("other total") << "Acme Trading GmbH"
                                 << "INV-7"
                                 << "120.01" << false;
    QTest::addRow("other number") << "Acme Trading GmbH"
                                  << "INV-8"
                                  << "120.00" << false;
    QTest::addRow("other vendor") << "Globex"
                                  << "INV-7"
                                  << "120.00" << false;
    QTest::addRow("no vendor") << ""
                               << "INV-7"
                               << "120.00" << false;
}

void TstCorrections::findsPossibleDuplicates()
{
    QFETCH(QString, vendor);
    QFETCH(QString, number);
    QFETCH(QString, total);
    QFETCH(bool, duplicate);
    ResultStore store(m_file);
    QString error;
    QVERIFY(store.open(&error));
    InvoiceResult earlier = sampleResult(QStringLiteral("/tmp/earlier.png"));
    earlier.fields.vendor = QStringLiteral("Acme Trading GmbH");
    earlier.fields.invoiceNumber = QStringLiteral("INV-7");
    earlier.fields.total = QStringLiteral("120.00");
    QVERIFY(store.insert(&earlier, &error));
    InvoiceFields fields = earlier.fields;
    fields.vendor = vendor;
    fields.invoiceNumber = number;
    fields.total = total;
    const std::optional<InvoiceResult> found = store.findPossibleDuplicate(fields);
    QCOMPARE(bool(found), duplicate);
    if (found) {
        QCOMPARE(found->id, earlier.id);
        // Not a duplicate of itself, nor of a later invoice.
        QVERIFY(!store.findPossibleDuplicate(fields, earlier.id));
        QVERIFY(!store.findPossibleDuplicate(fields, {}, earlier.timestampMs - 1));
    }
}

QTEST_GUILESS_MAIN(TstCorrections)
#include "tst_corrections.moc"
