#include "export/resultexporter.h"
#include "store/resultstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

namespace {

InvoiceResult invoice(const QString &number, QList<LineItem> items = {})
{
    InvoiceResult r;
    r.timestampMs = 1'732'800'000'000 + number.size();
    r.id = InvoiceResult::makeId(r.timestampMs);
    r.path = QStringLiteral("/scans/%1.png").arg(number);
    r.status = InvoiceStatus::Ok;
    r.fields.vendor = QStringLiteral("ACME, Inc.");
    r.fields.invoiceNumber = number;
    r.fields.invoiceDate = QStringLiteral("2024-03-05");
    r.fields.currency = QStringLiteral("EUR");
    r.fields.total = QStringLiteral("24.00");
    r.fields.lineItems = std::move(items);
    r.confidence = 91.25;
    r.accuracy = 91.25;
    r.latencyMs = 812.5;
    r.processedAt = QStringLiteral("2024-11-28T13:20:00.000Z");
    return r;
}

// Minimal RFC 4180 reader for the test: rows of cells.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                cell += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TstResultExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHasOneRowPerLineItem();
    void csvQuotesAndDefusesCells_data();
    void csvQuotesAndDefusesCells();
    void jsonRoundTrips();
    void exportsTheStore();
    void reportsAnUnwritablePath();
    void exportsCorrectionsRoundTrip();
};

void TstResultExporter::csvHasOneRowPerLineItem()
{
    const QList<InvoiceResult> results{
        invoice(QStringLiteral("INV-1"),
                {{QStringLiteral("Widget"), QStringLiteral("2"), QStringLiteral("10.00"),
                  QStringLiteral("20.00")},
                 {QStringLiteral("Shipping"), QStringLiteral("1"), QStringLiteral("4.00"),
                  QStringLiteral("4.00")}}),
        invoice(QStringLiteral("INV-2")),
    };
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(ResultExporter::toCsv(results)));
    QCOMPARE(rows.size(), 1 + 2 + 1);
    const QStringList &header = rows.first();
    const int number = int(header.indexOf(QStringLiteral("invoice_number")));
    const int description = int(header.indexOf(QStringLiteral("item_description")));
    const int vendor = int(header.indexOf(QStringLiteral("vendor")));
    QVERIFY(number >= 0 && description >= 0 && vendor >= 0);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    QCOMPARE(rows.at(1).at(number), QStringLiteral("INV-1"));
    QCOMPARE(rows.at(1).at(description), QStringLiteral("Widget"));
    QCOMPARE(rows.at(2).at(description), QStringLiteral("Shipping"));
    QCOMPARE(rows.at(3).at(number), QStringLiteral("INV-2"));
    QCOMPARE(rows.at(3).at(description), QString());
    QCOMPARE(rows.at(1).at(vendor), QStringLiteral("ACME, Inc.")); // the comma survives quoting
}

void TstResultExporter::csvQuotesAndDefusesCells_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("Northwind") << QStringLiteral("Northwind");
    QTest::addRow("quote") << QStringLiteral("The \"Best\" Co")
                           << QStringLiteral("The \"Best\" Co");
    QTest::addRow("newline") << QStringLiteral("Line one\nLine two")
                             << QStringLiteral("Line one\nLine two");
    QTest::addRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                             << QStringLiteral("'=HYPERLINK(\"x\")");
    QTest::addRow("at sign") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::addRow("negative number stays") << QStringLiteral("-12.50") << QStringLiteral("-12.50");
}

void TstResultExporter::csvQuotesAndDefusesCells()
{
    QFETCH(QString, vendor);
    QFETCH(QString, expected);
    InvoiceResult r = invoice(QStringLiteral("INV-9"));
    r.fields.vendor = vendor;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(ResultExporter::toCsv({r})));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(rows.first().indexOf(QStringLiteral("vendor"))), expected);
}

void TstResultExporter::jsonRoundTrips()
{
    const InvoiceResult r = invoice(QStringLiteral("INV-7"),
                                    {{QStringLiteral("Widget"), QStringLiteral("1.5"),
                                      QStringLiteral("10.00"), QStringLiteral("15.00")}});
    const QJsonArray array = QJsonDocument::fromJson(ResultExporter::toJson({r})).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject record = array.first().toObject();
    QCOMPARE(record.value(QLatin1String("id")).toString(), r.id);
    QCOMPARE(InvoiceFields::fromJson(record.value(QLatin1String("fields")).toObject()), r.fields);
    QVERIFY(!record.contains(QLatin1String("text")));
}

void TstResultExporter::exportsTheStore()
{
    QTemporaryDir dir;
    ResultStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    for (const QString &n :
         {QStringLiteral("A-1"), QStringLiteral("B-22"), QStringLiteral("C-333")}) {
        InvoiceResult r = invoice(n);
        QVERIFY(store.insert(&r, &error));
    }
    int count = 0;
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY2(
        ResultExporter::exportStore(store, csv, ResultExporter::formatForFile(csv), &count, &error),
        qPrintable(error));
    QCOMPARE(count, 3);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).at(rows.first().indexOf(QStringLiteral("invoice_number"))),
             QStringLiteral("A-1")); // oldest first

    const QString json = dir.filePath(QStringLiteral("out.JSON"));
    QCOMPARE(ResultExporter::formatForFile(json), ExportFormat::Json);
    QVERIFY(ResultExporter::exportStore(store, json, ExportFormat::Json, &count, &error));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).array().size(), 3);
}

void TstResultExporter::reportsAnUnwritablePath()
{
    QTemporaryDir dir;
    ResultStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY(!ResultExporter::exportStore(store, dir.filePath(QStringLiteral("no/such/dir/out.csv")),
                                         ExportFormat::Csv, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("Cannot write")), qPrintable(error));
}

// A corrected invoice exported as CSV and JSON and read back: the corrected
// values, which fields were corrected, what they were, and the duplicate flag.
void TstResultExporter::exportsCorrectionsRoundTrip()
{
    QTemporaryDir dir;
    ResultStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    InvoiceResult first = invoice(QStringLiteral("A-1"));
    InvoiceResult second = invoice(QStringLiteral("B-22"));
    second.timestampMs = first.timestampMs + 1000;
    second.possibleDuplicateOf = first.id;
    QVERIFY(store.insert(&first, &error));
    QVERIFY(store.insert(&second, &error));
    QVERIFY2(store.correctFields(first.id,
                                 {{QStringLiteral("total"), QStringLiteral("1.234,50 €")},
                                  {QStringLiteral("invoice_date"), QStringLiteral("2024-03-06")}},
                                 &error),
             qPrintable(error));

    const QString csvPath = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY2(ResultExporter::exportStore(store, csvPath, ExportFormat::Csv, nullptr, &error),
             qPrintable(error));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csvFile.readAll()));
    QCOMPARE(rows.size(), 3);
    const QStringList &header = rows.first();
    auto column
        = [&header](const char *name) { return int(header.indexOf(QLatin1StringView(name))); };
    QCOMPARE(rows.at(1).at(column("total")), QStringLiteral("1234.50"));
    QCOMPARE(rows.at(1).at(column("invoice_date")), QStringLiteral("2024-03-06"));
    QCOMPARE(rows.at(1).at(column("corrected_fields")), QStringLiteral("invoice_date;total"));
    QCOMPARE(rows.at(1).at(column("possible_duplicate_of")), QString());
    QCOMPARE(rows.at(2).at(column("total")), QStringLiteral("24.00"));
    QCOMPARE(rows.at(2).at(column("corrected_fields")), QString());
    QCOMPARE(rows.at(2).at(column("possible_duplicate_of")), first.id);

    const QString jsonPath = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(ResultExporter::exportStore(store, jsonPath, ExportFormat::Json, nullptr, &error));
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(jsonFile.readAll()).array();
    QCOMPARE(array.size(), 2);
    const QJsonObject corrected = array.at(0).toObject();
    const InvoiceFields fields
        = InvoiceFields::fromJson(corrected.value(QLatin1String("fields")).toObject());
    QCOMPARE(fields.total, QStringLiteral("1234.50"));
    QCOMPARE(fields.invoiceDate, QStringLiteral("2024-03-06"));
    QCOMPARE(fields.invoiceNumber, QStringLiteral("A-1"));
    QCOMPARE(corrected.value(QLatin1String("corrected")).toArray(),
             QJsonArray({QStringLiteral("invoice_date"), QStringLiteral("total")}));
    const QJsonObject originals = corrected.value(QLatin1String("original_values")).toObject();
    QCOMPARE(originals.value(QLatin1String("total")).toString(), QStringLiteral("24.00"));
    QCOMPARE(originals.value(QLatin1String("invoice_date")).toString(),
             QStringLiteral("2024-03-05"));
    const QJsonObject other = array.at(1).toObject();
    QCOMPARE(other.value(QLatin1String("corrected")).toArray(), QJsonArray());
    QCOMPARE(other.value(QLatin1String("possible_duplicate_of"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             first.id);
    QCOMPARE(other.value(QLatin1String("possible_duplicate_of"))
                 .toObject()
                 .value(QLatin1String("file"))
                 .toString(),
             QStringLiteral("A-1.png"));
}

QTEST_GUILESS_MAIN(TstResultExporter)
#include "tst_resultexporter.moc"
