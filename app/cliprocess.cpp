#include "cliprocess.h"

#include "common/appsettings.h"
#include "common/datapaths.h"
#include "common/logging.h"
#include "pipeline/pipeline.h"
#include "store/resultstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <memory>

namespace InvoiceDash {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InvoiceDash", text);
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("InvoiceDash reads invoices with OCR and shows live metrics.\n\n"
           "Without a command it opens the main window (FILES are queued at start).\n"
           "Commands:\n"
           "  process PATH... --jsonl OUT   process files and folders without a window"));
    parser.addHelpOption();
    parser.addVersionOption();
}

} // namespace

int runInfoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"), tr("Invoices to open."),
                                 QStringLiteral("[FILES...]"));
    parser.process(arguments); // prints help/version and exits
    return CliOk;
}

int runProcessCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Process invoice images and folders without a window and write one JSON object per "
           "file (JSON Lines), then a final line with the wall time.\n"
           "Exit status: 0 when every file succeeded, 1 when any failed or was skipped, "
           "2 on a usage error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonlOption(QStringLiteral("jsonl"),
                                         tr("Write results to FILE (\"-\" for standard output)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption workersOption(
        QStringLiteral("workers"), tr("Number of parallel OCR workers (default: one per core)."),
        QStringLiteral("N"));
    const QCommandLineOption noStoreOption(QStringLiteral("no-store"),
                                           tr("Do not write the results to the local database."));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        tr("Tesseract language(s), e.g. eng or eng+deu (default: the "
           "app's setting)."),
        QStringLiteral("LANG"));
    parser.addOptions({jsonlOption, workersOption, noStoreOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("process"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Image files and folders."),
                                 QStringLiteral("PATH..."));

    auto usageError = [&parser](const QString &message) {
        err() << message << Qt::endl << Qt::endl << parser.helpText();
        return int(CliUsageError);
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return CliOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return CliOk;
    }
    QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty() && paths.first() == QLatin1String("process"))
        paths.removeFirst();
    if (paths.isEmpty())
        return usageError(tr("No files given: name at least one image file or folder."));
    if (!parser.isSet(jsonlOption))
        return usageError(tr("Missing --jsonl FILE: say where the results go (\"-\" for standard "
                             "output)."));

    AppSettings settings;
    PipelineOptions options = settings.pipelineOptions();
    if (parser.isSet(workersOption)) {
        bool ok = false;
        const int workers = parser.value(workersOption).toInt(&ok);
        if (!ok || workers < 1 || workers > 64)
            return usageError(tr("--workers takes a whole number from 1 to 64, not \"%1\".")
                                  .arg(parser.value(workersOption)));
        options.workers = workers;
    }
    if (parser.isSet(languageOption))
        options.processor.ocr.language = parser.value(languageOption);

    const QString outPath = parser.value(jsonlOption);
    QFile out;
    const bool toStdout = outPath == QLatin1String("-");
    const bool opened = toStdout
        ? out.open(stdout, QIODevice::WriteOnly)
        : (out.setFileName(outPath), out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened)
        return usageError(tr("Cannot write %1: %2.").arg(outPath, out.errorString()));

    std::unique_ptr<ResultStore> store;
    if (!parser.isSet(noStoreOption)) {
        store = std::make_unique<ResultStore>(DataPaths::databaseFile());
        QString error;
        if (!store->open(&error)) {
            err() << tr("Results will not be stored: %1").arg(error) << Qt::endl;
            store.reset();
        }
    }

    Pipeline pipeline(store.get());
    pipeline.setOptions(options);

    QElapsedTimer wall;
    wall.start();
    int done = 0;
    int failed = 0;
    int skipped = 0;
    auto writeRecord = [&out](const QJsonObject &record) {
        out.write(QJsonDocument(record).toJson(QJsonDocument::Compact));
        out.write("\n");
        out.flush(); // results survive an interrupted run
    };

    QObject::connect(&pipeline, &Pipeline::jobRejected, &pipeline,
                     [&](const QString &path, const QString &reason) {
                         ++skipped;
                         err() << tr("skipped %1: %2").arg(path, reason) << Qt::endl;
                         writeRecord(
                             QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                         {QStringLiteral("path"), path},
                                         {QStringLiteral("status"), QStringLiteral("skipped")},
                                         {QStringLiteral("error"), reason}});
                     });
    QObject::connect(
        &pipeline, &Pipeline::jobFinished, &pipeline, [&](const InvoiceResult &result) {
            ++done;
            if (!result.ok() && result.status != InvoiceStatus::Duplicate)
                ++failed; // a duplicate's earlier reading is written again: not a failure
            writeRecord(result.toJsonRecord());
            err() << QStringLiteral("[%1] %2 %3 %4 ms%5")
                         .arg(done)
                         .arg(QFileInfo(result.path).fileName(), statusToString(result.status))
                         .arg(std::lround(result.latencyMs))
                         .arg(result.error.isEmpty() ? QString()
                                                     : QStringLiteral(": ") + result.error)
                  << Qt::endl;
            if (!result.storeError.isEmpty())
                err() << result.storeError << Qt::endl;
        });
    QObject::connect(&pipeline, &Pipeline::batchFinished, &pipeline,
                     [] { QCoreApplication::exit(0); });

    pipeline.enqueue(paths);
    QCoreApplication::exec();

    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    // Corrections are made in the window; the summary reports the store's.
    const CorrectionCounts corrections = store ? store->correctionCounts() : CorrectionCounts{};
    writeRecord(QJsonObject{
        {QStringLiteral("corrected_fields"), corrections.fields},
        {QStringLiteral("corrected_invoices"), corrections.invoices},
        {QStringLiteral("wall_time_s"), std::round(wallSeconds * 1000.0) / 1000.0},
        {QStringLiteral("jobs"), pipeline.workerCount()},
        {QStringLiteral("files"), done},
        {QStringLiteral("ok"), done - failed},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("skipped"), skipped},
    });
    err() << tr("%1 file(s) processed in %2 s: %3 ok, %4 failed, %5 skipped.")
                 .arg(done)
                 .arg(wallSeconds, 0, 'f', 1)
                 .arg(done - failed)
                 .arg(failed)
                 .arg(skipped)
          << Qt::endl;
    return (failed > 0 || skipped > 0) ? CliSomeFailed : CliOk;
}

} // namespace InvoiceDash
