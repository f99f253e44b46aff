// Times the results table with many rows: filling ResultsModel (one row at a
// time as the pipeline does, and in one batch), filtering and sorting through
// ResultsFilter, and painting a QTableView. Not a test: numbers go to
// docs/BENCHMARKS.md.
//
//   table_bench [rows=10000] [repeats=5]
#include "resultsfilter.h"
#include "resultsmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace InvoiceDash;

namespace {

const char *const kVendors[]
    = {"ACME GmbH", "Globex Corp", "Initech",      "Umbrella AG", "Stark Ltd",    "Wayne SARL",
       "Hooli Inc", "Vandelay",    "Soylent S.A.", "Tyrell BV",   "Cyberdyne Oy", "Wonka & Co"};

InvoiceResult resultFor(quint64 jobId)
{
    InvoiceResult r;
    r.jobId = jobId;
    r.path = QStringLiteral("/invoices/scan-%1.png").arg(jobId, 6, 10, QLatin1Char('0'));
    const int i = int(jobId);
    r.status = i % 17 == 0 ? InvoiceStatus::Failed
        : i % 29 == 0      ? InvoiceStatus::Duplicate
                           : InvoiceStatus::Ok;
    if (r.status == InvoiceStatus::Failed) {
        r.error = QStringLiteral("No text found.");
        return r;
    }
    r.fields.vendor = QString::fromLatin1(kVendors[(i * 7) % std::size(kVendors)]);
    r.fields.invoiceNumber = QStringLiteral("INV-%1").arg((i * 7919) % 100000);
    r.fields.invoiceDate = QDate(2023, 1, 1).addDays((i * 37) % 730).toString(Qt::ISODate);
    r.fields.total = QString::number(((i * 104729) % 1000000) / 100.0, 'f', 2);
    r.fields.currency = QStringLiteral("EUR");
    r.confidence = 70 + (i % 30);
    r.latencyMs = 300 + (i * 13) % 2000;
    if (i % 41 == 0)
        r.possibleDuplicateOf = QStringLiteral("inv_00000001_1");
    return r;
}

double medianMs(int repeats, const std::function<void()> &setup, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        setup();
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int repeats = args.size() > 2 ? args.at(2).toInt() : 5;
    QTextStream out(stdout);
    out << "table_bench: " << rows << " rows, median of " << repeats << " runs\n";

    ResultsModel *model = nullptr;
    ResultsFilter *filter = nullptr;
    const auto fresh = [&](bool sorted) {
        delete filter;
        delete model;
        model = new ResultsModel;
        filter = new ResultsFilter;
        filter->setSourceModel(model);
        if (sorted)
            filter->sort(ResultsModel::TotalColumn, Qt::DescendingOrder);
    };
    const auto finishAll = [&] {
        for (int i = 1; i <= rows; ++i)
            model->setResult(resultFor(quint64(i)));
    };
    const auto report = [&out](const char *what, double ms) {
        out << qSetFieldWidth(52) << Qt::left << what << qSetFieldWidth(0)
            << QString::number(ms, 'f', 1) << " ms\n";
        out.flush();
    };

    const auto queueOneByOne = [&] {
        for (int i = 1; i <= rows; ++i)
            model->addJob(quint64(i), QStringLiteral("/invoices/%1.png").arg(i));
    };
    report("queue one at a time (arrival order)",
           medianMs(
               repeats, [&] { fresh(false); }, queueOneByOne));
    report("queue one at a time (sorted by total)",
           medianMs(
               repeats, [&] { fresh(true); }, queueOneByOne));
    report("finish every row (arrival order)",
           medianMs(
               repeats,
               [&] {
                   fresh(false);
                   queueOneByOne();
               },
               finishAll));
    report("finish every row (sorted by total)",
           medianMs(
               repeats,
               [&] {
                   fresh(true);
                   queueOneByOne();
               },
               finishAll));
    report("queue in one batch (addJobs, proxy sorted)",
           medianMs(
               repeats, [&] { fresh(true); },
               [&] {
                   QList<std::pair<quint64, QString>> jobs;
                   jobs.reserve(rows);
                   for (int i = 1; i <= rows; ++i)
                       jobs.append({quint64(i), QStringLiteral("/invoices/%1.png").arg(i)});
                   model->addJobs(jobs);
               }));

    fresh(false);
    finishAll();
    const auto unfiltered = [&] { filter->clearFilters(); };
    report("search \"acme\"",
           medianMs(repeats, unfiltered, [&] { filter->setSearchText(QStringLiteral("acme")); }));
    out << "  (" << filter->rowCount() << " rows shown)\n";
    report("search \"inv-12\" (number)",
           medianMs(repeats, unfiltered, [&] { filter->setSearchText(QStringLiteral("inv-12")); }));
    report("status = Failed", medianMs(repeats, unfiltered, [&] {
               filter->setStatus(ResultsFilter::Status::Failed);
           }));
    report("date range (one quarter)", medianMs(repeats, unfiltered, [&] {
               filter->setDateRange(QDate(2024, 1, 1), QDate(2024, 3, 31));
           }));
    report("clear all filters",
           medianMs(
               repeats, [&] { filter->setSearchText(QStringLiteral("acme")); }, unfiltered));

    const auto unsorted = [&] { filter->sort(-1); };
    report("sort by total (number)", medianMs(repeats, unsorted, [&] {
               filter->sort(ResultsModel::TotalColumn, Qt::AscendingOrder);
           }));
    report("sort by date", medianMs(repeats, unsorted, [&] {
               filter->sort(ResultsModel::DateColumn, Qt::DescendingOrder);
           }));
    report("sort by invoice number (natural order)", medianMs(repeats, unsorted, [&] {
               filter->sort(ResultsModel::InvoiceNumberColumn, Qt::AscendingOrder);
           }));
    report("sort by file", medianMs(repeats, unsorted, [&] {
               filter->sort(ResultsModel::FileColumn, Qt::AscendingOrder);
           }));

    filter->sort(ResultsModel::TotalColumn, Qt::DescendingOrder);
    report("update 1,000 rows while sorted (dynamic sort)",
           medianMs(
               repeats, [] {},
               [&] {
                   for (int i = 1; i <= 1000; ++i) {
                       InvoiceResult r = resultFor(quint64(i * 7 % rows + 1));
                       r.fields.total = QString::number(i);
                       model->setResult(r);
                   }
               }));

    QTableView view;
    view.setModel(filter);
    view.resize(1100, 600);
    view.show();
    report("paint the table view (1100x600)",
           medianMs(
               repeats, [] {}, [&] { (void)view.grab(); }));
    report("search + repaint", medianMs(repeats, unfiltered, [&] {
               filter->setSearchText(QStringLiteral("globex"));
               (void)view.grab();
           }));
    view.setModel(nullptr);
    delete filter;
    delete model;
    return 0;
}
