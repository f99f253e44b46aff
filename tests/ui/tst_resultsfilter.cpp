#include "filterbar.h"
#include "resultsfilter.h"
#include "resultsmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace InvoiceDash;

namespace {

struct Spec
{
    const char *file;
    const char *vendor;
    const char *number;
    const char *date; // ISO
    const char *total;
    InvoiceStatus status = InvoiceStatus::Ok;
    const char *possibleDuplicateOf = "";
    double latencyMs = 100;
};

// Six finished rows, one queued (job 7) and one skipped file.
void fill(ResultsModel &model)
{
    const Spec specs[] = {
        {"acme-march.png", "ACME GmbH", "INV-9", "2024-03-05", "1234.56"},
        {"acme-april.pdf", "ACME GmbH", "INV-10", "2024-04-01", "99.90"},
        {"globex.png", "Globex Corp", "G-2024-001", "2023-12-31", "5.00", InvoiceStatus::Ok, "",
         2500},
        {"broken.png", "", "", "", "", InvoiceStatus::Failed, "", 40},
        {"globex-copy.png", "Globex Corp", "G-2024-001", "2023-12-31", "5.00",
         InvoiceStatus::Duplicate},
        {"initech.jpg", "Initech", "X-77", "2024-03-20", "1000", InvoiceStatus::Ok, "inv_1", 900},
    };
    quint64 jobId = 1;
    for (const Spec &spec : specs) {
        InvoiceResult r;
        r.jobId = jobId++;
        r.path = QStringLiteral("/in/") + QLatin1StringView(spec.file);
        r.status = spec.status;
        r.fields.vendor = QLatin1StringView(spec.vendor);
        r.fields.invoiceNumber = QLatin1StringView(spec.number);
        r.fields.invoiceDate = QLatin1StringView(spec.date);
        r.fields.total = QLatin1StringView(spec.total);
        r.possibleDuplicateOf = QLatin1StringView(spec.possibleDuplicateOf);
        r.latencyMs = spec.latencyMs;
        model.setResult(r);
    }
    model.addJobs({{jobId, QStringLiteral("/in/queued-acme.png")}});
    model.addRejected(QStringLiteral("/in/notes.txt"), QStringLiteral("Not an invoice file"));
}

QStringList files(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, ResultsModel::FileColumn).data().toString();
    return names;
}

QStringList list(const char *names)
{
    return QString::fromLatin1(names).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TstResultsFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchInsertIsOneSignal();
    void search_data();
    void search();
    void status_data();
    void status();
    void dateRange_data();
    void dateRange();
    void sortsByValue_data();
    void sortsByValue();
    void naturalCompare_data();
    void naturalCompare();
    void rowsFollowStateChanges();
    void filterBarTyping();
    void filterBarStatusAndDates();
};

void TstResultsFilter::batchInsertIsOneSignal()
{
    ResultsModel model;
    int inserts = 0;
    int counts = 0;
    connect(&model, &ResultsModel::rowsInserted, this, [&inserts] { ++inserts; });
    connect(&model, &ResultsModel::countsChanged, this, [&counts] { ++counts; });
    QList<std::pair<quint64, QString>> jobs;
    for (quint64 id = 1; id <= 500; ++id)
        jobs.append({id, QStringLiteral("/in/%1.png").arg(id)});
    jobs.append({7, QStringLiteral("/in/again.png")}); // a repeated id is ignored
    model.addJobs(jobs);
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(inserts, 1);
    QCOMPARE(counts, 1);
    QCOMPARE(model.counts().pending, 500);
    QCOMPARE(model.rowForJob(500), 499);
    model.addJob(500, QStringLiteral("/in/500.png"));
    QCOMPARE(model.rowCount(), 500);
}

void TstResultsFilter::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty shows all") << QString() << QStringList();
    QTest::newRow("vendor, any case")
        << QStringLiteral("acme gmbh") << list("acme-march.png,acme-april.pdf");
    QTest::newRow("invoice number")
        << QStringLiteral("g-2024") << list("globex.png,globex-copy.png");
    QTest::newRow("file name") << QStringLiteral("queued") << list("queued-acme.png");
    QTest::newRow("file name or vendor")
        << QStringLiteral("acme") << list("acme-march.png,acme-april.pdf,queued-acme.png");
    QTest::newRow("not the folder") << QStringLiteral("/in/") << QStringList();
    QTest::newRow("trimmed") << QStringLiteral("  x-77 ") << list("initech.jpg");
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList();
}

void TstResultsFilter::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ResultsModel model;
    fill(model);
    ResultsFilter filter;
    filter.setSourceModel(&model);
    filter.setSearchText(text);
    if (text.trimmed().isEmpty())
        QCOMPARE(filter.rowCount(), model.rowCount());
    else
        QCOMPARE(files(filter), expected);
}

void TstResultsFilter::status_data()
{
    QTest::addColumn<ResultsFilter::Status>("status");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("done") << ResultsFilter::Status::Done
                          << list("acme-march.png,acme-april.pdf,globex.png,initech.jpg");
    QTest::newRow("failed") << ResultsFilter::Status::Failed << list("broken.png");
    QTest::newRow("duplicate") << ResultsFilter::Status::Duplicate << list("globex-copy.png");
    QTest::newRow("possible duplicate")
        << ResultsFilter::Status::PossibleDuplicate << list("initech.jpg");
    QTest::newRow("pending") << ResultsFilter::Status::Pending << list("queued-acme.png");
    QTest::newRow("skipped") << ResultsFilter::Status::Skipped << list("globex-copy.png,notes.txt");
    QTest::newRow("cancelled") << ResultsFilter::Status::Cancelled << QStringList();
}

void TstResultsFilter::status()
{
    QFETCH(ResultsFilter::Status, status);
    QFETCH(QStringList, expected);
    ResultsModel model;
    fill(model);
    ResultsFilter filter;
    filter.setSourceModel(&model);
    filter.setStatus(status);
    QCOMPARE(files(filter), expected);
    filter.setStatus(ResultsFilter::Status::All);
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void TstResultsFilter::dateRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("March 2024") << QDate(2024, 3, 1) << QDate(2024, 3, 31)
                                << list("acme-march.png,initech.jpg");
    QTest::newRow("inclusive ends") << QDate(2024, 3, 5) << QDate(2024, 4, 1)
                                    << list("acme-march.png,acme-april.pdf,initech.jpg");
    QTest::newRow("open start") << QDate() << QDate(2023, 12, 31)
                                << list("globex.png,globex-copy.png");
    QTest::newRow("open end") << QDate(2024, 3, 21) << QDate() << list("acme-april.pdf");
    QTest::newRow("empty range") << QDate(2025, 1, 1) << QDate(2025, 2, 1) << QStringList();
}

void TstResultsFilter::dateRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    ResultsModel model;
    fill(model);
    ResultsFilter filter;
    filter.setSourceModel(&model);
    filter.setDateRange(from, to);
    QCOMPARE(files(filter), expected);
    QVERIFY(filter.isFiltering());
    filter.clearFilters();
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void TstResultsFilter::sortsByValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("doneOnly");        // only rows that were read
    QTest::addColumn<QStringList>("expected"); // the first rows, in order
    // As text "1234.56" < "5.00" < "99.90"; by value it is the other way.
    QTest::newRow("total ascending")
        << int(ResultsModel::TotalColumn) << Qt::AscendingOrder << true
        << list("globex.png,acme-april.pdf,initech.jpg,acme-march.png");
    QTest::newRow("total descending")
        << int(ResultsModel::TotalColumn) << Qt::DescendingOrder << true
        << list("acme-march.png,initech.jpg,acme-april.pdf,globex.png");
    // As text "2500" < "900".
    QTest::newRow("latency descending") << int(ResultsModel::LatencyColumn) << Qt::DescendingOrder
                                        << true << list("globex.png,initech.jpg,acme-march.png");
    QTest::newRow("date descending")
        << int(ResultsModel::DateColumn) << Qt::DescendingOrder << true
        << list("acme-april.pdf,initech.jpg,acme-march.png,globex.png");
    QTest::newRow("date ascending, none first")
        << int(ResultsModel::DateColumn) << Qt::AscendingOrder << false
        << list("broken.png,queued-acme.png,notes.txt,globex.png,globex-copy.png,acme-march.png");
    // Natural order: INV-9 before INV-10 (as text "INV-10" < "INV-9"); none first.
    QTest::newRow("number ascending")
        << int(ResultsModel::InvoiceNumberColumn) << Qt::AscendingOrder << false
        << list("broken.png,queued-acme.png,notes.txt,globex.png,globex-copy.png,"
                "acme-march.png,acme-april.pdf,initech.jpg");
}

void TstResultsFilter::sortsByValue()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, doneOnly);
    QFETCH(QStringList, expected);
    ResultsModel model;
    fill(model);
    ResultsFilter filter;
    filter.setSourceModel(&model);
    if (doneOnly)
        filter.setStatus(ResultsFilter::Status::Done);
    filter.sort(column, order);
    QCOMPARE(files(filter).mid(0, expected.size()), expected);
}

void TstResultsFilter::naturalCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("numbers by value") << QStringLiteral("INV-9") << QStringLiteral("INV-10") << -1;
    QTest::newRow("case ignored") << QStringLiteral("acme") << QStringLiteral("ACME") << 0;
    QTest::newRow("leading zeros") << QStringLiteral("R007") << QStringLiteral("R7") << 0;
    QTest::newRow("prefix shorter") << QStringLiteral("INV") << QStringLiteral("INV-1") << -1;
    QTest::newRow("letters") << QStringLiteral("b1") << QStringLiteral("a2") << 1;
    QTest::newRow("long numbers") << QStringLiteral("20240101") << QStringLiteral("3") << 1;
    QTest::newRow("second run") << QStringLiteral("2024-12") << QStringLiteral("2024-2") << 1;
}

void TstResultsFilter::naturalCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(ResultsFilter::naturalCompare(a, b), expected);
    QCOMPARE(ResultsFilter::naturalCompare(b, a), -expected);
}

void TstResultsFilter::rowsFollowStateChanges()
{
    ResultsModel model;
    fill(model);
    ResultsFilter filter;
    filter.setSourceModel(&model);
    filter.setStatus(ResultsFilter::Status::Done);
    QCOMPARE(filter.rowCount(), 4);
    InvoiceResult r;
    r.jobId = 7; // the queued one finishes
    r.path = QStringLiteral("/in/queued-acme.png");
    r.status = InvoiceStatus::Ok;
    model.setResult(r);
    QCOMPARE(filter.rowCount(), 5); // dynamicSortFilter picks it up
}

void TstResultsFilter::filterBarTyping()
{
    ResultsModel model;
    fill(model);
    ResultsFilter filter;
    filter.setSourceModel(&model);
    FilterBar bar(&filter);
    bar.setDebounceInterval(50);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));

    QTest::keyClicks(bar.searchField(), QStringLiteral("glob"));
    QCOMPARE(filter.rowCount(), model.rowCount()); // not yet: debounced
    QTRY_COMPARE(files(filter), list("globex.png,globex-copy.png"));
    QCOMPARE(filter.searchText(), QStringLiteral("glob"));
    auto *summary = bar.findChild<QLabel *>(QStringLiteral("filterSummary"));
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("2 of 8 shown"));

    bar.searchField()->clear(); // clearing applies at once
    QCOMPARE(filter.rowCount(), model.rowCount());
    QVERIFY(summary->text().isEmpty());
}

void TstResultsFilter::filterBarStatusAndDates()
{
    ResultsModel model;
    fill(model);
    ResultsFilter filter;
    filter.setSourceModel(&model);
    FilterBar bar(&filter);

    QCOMPARE(bar.dateFromEdit()->text(), QStringLiteral("Any date"));
    const int failed = bar.statusCombo()->findData(int(ResultsFilter::Status::Failed));
    QVERIFY(failed > 0);
    bar.statusCombo()->setCurrentIndex(failed);
    QCOMPARE(files(filter), list("broken.png"));
    bar.statusCombo()->setCurrentIndex(0);

    bar.dateFromEdit()->setDate(QDate(2024, 3, 1));
    QCOMPARE(files(filter), list("acme-march.png,acme-april.pdf,initech.jpg"));
    bar.dateToEdit()->setDate(QDate(2024, 3, 31));
    QCOMPARE(files(filter), list("acme-march.png,initech.jpg"));
    bar.dateToEdit()->setDate(FilterBar::anyDate()); // back to "Any date"
    QCOMPARE(filter.dateTo(), QDate());
    QCOMPARE(filter.rowCount(), 3);

    bar.clear();
    QCOMPARE(filter.rowCount(), model.rowCount());
    QVERIFY(!filter.isFiltering());
    QCOMPARE(bar.dateFromEdit()->date(), FilterBar::anyDate());
}

QTEST_MAIN(TstResultsFilter)
#include "tst_resultsfilter.moc"
