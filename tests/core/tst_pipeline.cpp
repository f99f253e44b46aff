#include "pdfmaker.h"
#include "pipeline/pipeline.h"
#include "store/resultstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

namespace {

QString testData(const char *name)
{
    return QDir(QStringLiteral(INVOICEDASH_TEST_DATA_DIR)).filePath(QLatin1String(name));
}

} // namespace

class TstPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void processesCorpusPagesAndABrokenFile();
    void cancelStopsTheBatch();
    void reportsUnsupportedFiles();
    void missingLanguageDataFailsEveryFileWithTheReason();
    void readsEveryPageOfAMultiPageTiff();
    void sameFileIsNotReadTwice();
    void readsPdfsByTextLayerOrOcr();
    void workerStateEndsWithThePipeline();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstPipeline::processesCorpusPagesAndABrokenFile()
{
    ResultStore store(m_dir->filePath(QStringLiteral("db.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));

    const QString broken = m_dir->filePath(QStringLiteral("broken.png"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, 'x'));
    }

    Pipeline pipeline(&store);
    PipelineOptions options;
    options.workers = 2;
    pipeline.setOptions(options);
    QSignalSpy queued(&pipeline, &Pipeline::jobQueued);
    QSignalSpy finished(&pipeline, &Pipeline::jobFinished);
    QSignalSpy stages(&pipeline, &Pipeline::jobStageChanged);
    QSignalSpy batch(&pipeline, &Pipeline::batchFinished);

    pipeline.enqueue({testData("syn_0009.png"), testData("syn_0012.png"), testData("syn_0022.png"),
                      testData("syn_0026.png"), broken});
    QTRY_COMPARE_WITH_TIMEOUT(batch.count(), 1, 240'000);
    QCOMPARE(queued.count(), 5);
    QCOMPARE(finished.count(), 5);
    QCOMPARE(pipeline.queueDepth(), 0);
    QVERIFY(!stages.isEmpty());

    int ok = 0;
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto result = args.first().value<InvoiceResult>();
        QVERIFY(result.jobId > 0);
        QVERIFY2(result.storeError.isEmpty(), qPrintable(result.storeError));
        if (result.path == broken) {
            QCOMPARE(result.status, InvoiceStatus::Failed);
            QVERIFY(!result.error.isEmpty());
            continue;
        }
        QVERIFY2(result.ok(), qPrintable(result.path + QStringLiteral(": ") + result.error));
        ++ok;
        QVERIFY(!result.text.isEmpty());
        QVERIFY(result.confidence > 50);
        // accuracy is the validation score; syn_0009 and syn_0012 are clean pages
        // whose totals reconcile.
        QVERIFY(result.accuracy >= 0 && result.accuracy <= 100);
        QCOMPARE(result.checks.size(), 6);
        if (result.path.endsWith(QLatin1String("syn_0009.png"))
            || result.path.endsWith(QLatin1String("syn_0012.png"))) {
            QVERIFY2(result.verified, qPrintable(result.path));
            QVERIFY(result.accuracy >= 90);
        }
        QVERIFY(result.timings.loadMs > 0 && result.timings.ocrMs > 0
                && result.timings.storeMs > 0);
        QVERIFY(result.latencyMs >= result.timings.ocrMs);
        QCOMPARE(result.sha256.size(), 64);
        QVERIFY(result.processedAt.endsWith(QLatin1Char('Z')));
    }
    QCOMPARE(ok, 4);

    // Five rows: four ok, one failed with its message.
    QCOMPARE(store.count(), 5);
    int failedRows = 0;
    for (const InvoiceResult &row : store.recent(10)) {
        if (row.status == InvoiceStatus::Failed) {
            ++failedRows;
            QCOMPARE(row.path, broken);
            QVERIFY(!row.error.isEmpty());
        }
    }
    QCOMPARE(failedRows, 1);
}

void TstPipeline::cancelStopsTheBatch()
{
    ResultStore store(m_dir->filePath(QStringLiteral("db.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    Pipeline pipeline(&store);
    PipelineOptions options;
    options.workers = 1;
    pipeline.setOptions(options);
    QSignalSpy finished(&pipeline, &Pipeline::jobFinished);
    QSignalSpy batch(&pipeline, &Pipeline::batchFinished);
    bool cancelled = false;
    connect(&pipeline, &Pipeline::jobStageChanged, this, [&](quint64, ProcessingStage stage) {
        if (stage == ProcessingStage::Recognizing && !cancelled) {
            cancelled = true;
            pipeline.cancel();
        }
    });

    QStringList paths;
    for (int i = 0; i < 6; ++i) {
        const QString copy = m_dir->filePath(QStringLiteral("copy%1.png").arg(i));
        QVERIFY(QFile::copy(testData("syn_0009.png"), copy));
        paths.append(copy);
    }
    QElapsedTimer timer;
    timer.start();
    pipeline.enqueue(paths);
    QTRY_COMPARE_WITH_TIMEOUT(batch.count(), 1, 60'000);
    QVERIFY(cancelled);
    QCOMPARE(finished.count(), 6);
    int cancelledCount = 0;
    for (const QList<QVariant> &args : std::as_const(finished))
        cancelledCount += args.first().value<InvoiceResult>().status == InvoiceStatus::Cancelled;
    // The running page is interrupted and the five queued ones never start.
    QCOMPARE(cancelledCount, 6);
    QCOMPARE(store.count(), 0);
    QVERIFY(!pipeline.isBusy());

    // After a cancel the pipeline takes new work again.
    finished.clear();
    pipeline.enqueue({testData("syn_0022.png")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
    QVERIFY(finished.first().first().value<InvoiceResult>().ok());
}

void TstPipeline::reportsUnsupportedFiles()
{
    Pipeline pipeline(nullptr);
    QSignalSpy rejected(&pipeline, &Pipeline::jobRejected);
    QSignalSpy batch(&pipeline, &Pipeline::batchFinished);
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("no invoice here");
    file.close();
    pipeline.enqueue({text});
    QTRY_COMPARE(batch.count(), 1);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.first().at(0).toString(), text);
    QVERIFY(!rejected.first().at(1).toString().isEmpty());
}

void TstPipeline::missingLanguageDataFailsEveryFileWithTheReason()
{
    Pipeline pipeline(nullptr);
    PipelineOptions options;
    options.workers = 1;
    options.processor.ocr.language = QStringLiteral("zzz");
    pipeline.setOptions(options);
    QSignalSpy finished(&pipeline, &Pipeline::jobFinished);
    pipeline.enqueue({testData("syn_0022.png")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
    const auto result = finished.first().first().value<InvoiceResult>();
    QCOMPARE(result.status, InvoiceStatus::Failed);
    QVERIFY2(result.error.contains(QLatin1String("zzz")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("TESSDATA_PREFIX")), qPrintable(result.error));
}

void TstPipeline::readsEveryPageOfAMultiPageTiff()
{
    // Page 1 is syn_0022 (invoice 2022/141), page 2 is syn_0009 (invoice 2023/548).
    Pipeline pipeline(nullptr);
    QSignalSpy finished(&pipeline, &Pipeline::jobFinished);
    pipeline.enqueue({testData("two-page-invoices.tif")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120'000);
    const auto result = finished.first().first().value<InvoiceResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QStringList pages = result.text.split(QLatin1Char('\f'));
    QCOMPARE(pages.size(), 2);
    QVERIFY2(pages.at(0).contains(QLatin1String("2022/141")), qPrintable(pages.at(0)));
    QVERIFY2(pages.at(1).contains(QLatin1String("2023/548")), qPrintable(pages.at(1)));
}

void TstPipeline::readsPdfsByTextLayerOrOcr()
{
    const QString born = m_dir->filePath(QStringLiteral("born-digital.pdf"));
    QVERIFY(PdfMaker::writeTextPdf(born, PdfMaker::invoiceTexts()));
    // QPdfWriter stores the page image as JPEG, like many scanners: OCR reads the
    // number, but the layout may differ from the PNG's (fields are not checked).
    const QString scanned = m_dir->filePath(QStringLiteral("scanned.pdf"));
    QVERIFY(PdfMaker::writeImagePdf(scanned, QImage(testData("syn_0009.png"))));

    Pipeline pipeline(nullptr);
    PipelineOptions options;
    options.workers = 2;
    pipeline.setOptions(options);
    QSignalSpy finished(&pipeline, &Pipeline::jobFinished);
    QSignalSpy rejected(&pipeline, &Pipeline::jobRejected);
    pipeline.enqueue({born, scanned});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120'000);
    QCOMPARE(rejected.count(), 0);

    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto result = args.first().value<InvoiceResult>();
        QVERIFY2(result.ok(), qPrintable(result.path + QStringLiteral(": ") + result.error));
        QCOMPARE(result.sha256.size(), 64);
        if (result.path == born) {
            // The text layer is the text: no preprocessing, no OCR.
            QCOMPARE(result.preprocessSteps, QStringList{QStringLiteral("pdf-text-layer")});
            QCOMPARE(result.timings.ocrMs, 0.0);
            QCOMPARE(result.timings.preprocessMs, 0.0);
            QVERIFY(result.timings.loadMs > 0);
            QCOMPARE(result.confidence, 100.0);
            QCOMPARE(result.text.count(QLatin1Char('\f')), 1); // two pages
            QCOMPARE(result.fields.invoiceNumber, QStringLiteral("INV-2024-0042"));
            QCOMPARE(result.fields.invoiceDate, QStringLiteral("2024-03-05"));
            QCOMPARE(result.fields.total, QStringLiteral("1234.56"));
            QCOMPARE(result.fields.currency, QStringLiteral("EUR"));
            QVERIFY(result.pageWidth > 2400 && result.pageHeight > 3400); // A4 at 300 dpi
        } else {
            QCOMPARE(result.path, scanned);
            QVERIFY2(!result.preprocessSteps.isEmpty()
                         && result.preprocessSteps.first() == QLatin1String("pdf-render-300dpi"),
                     qPrintable(result.preprocessSteps.join(QLatin1Char(','))));
            QVERIFY(result.timings.ocrMs > 0);
            QVERIFY2(result.text.contains(QLatin1String("2023/548")), qPrintable(result.text));
        }
    }
}

void TstPipeline::sameFileIsNotReadTwice()
{
    ResultStore store(m_dir->filePath(QStringLiteral("db.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    Pipeline pipeline(&store);
    QSignalSpy finished(&pipeline, &Pipeline::jobFinished);
    pipeline.enqueue({testData("syn_0022.png")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
    const auto first = finished.first().first().value<InvoiceResult>();
    QVERIFY(first.ok());

    // The same bytes under another name: recognised by SHA-256, not read again.
    const QString copy = m_dir->filePath(QStringLiteral("renamed-copy.png"));
    QVERIFY(QFile::copy(testData("syn_0022.png"), copy));
    pipeline.enqueue({copy});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60'000);
    const auto second = finished.last().first().value<InvoiceResult>();
    QCOMPARE(second.status, InvoiceStatus::Duplicate);
    QCOMPARE(second.sha256, first.sha256);
    QCOMPARE(second.fields, first.fields);
    QVERIFY2(second.error.contains(first.id), qPrintable(second.error));
    QCOMPARE(second.timings.ocrMs, 0.0);
    QCOMPARE(store.count(), 1); // stored once
}

void TstPipeline::workerStateEndsWithThePipeline()
{
    // Each worker thread opens its own database connection and OCR engine.
    // They must be gone when the pipeline is: state that outlives the pool's
    // join races exit() and crashed the CLI at shutdown.
    ResultStore store(m_dir->filePath(QStringLiteral("db.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    const QStringList before = QSqlDatabase::connectionNames();
    {
        Pipeline pipeline(&store);
        PipelineOptions options;
        options.workers = 2;
        pipeline.setOptions(options);
        QSignalSpy batch(&pipeline, &Pipeline::batchFinished);
        pipeline.enqueue({testData("syn_0009.png"), testData("syn_0022.png")});
        QTRY_COMPARE_WITH_TIMEOUT(batch.count(), 1, 120'000);
        QVERIFY(QSqlDatabase::connectionNames().size() > before.size());
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

QTEST_MAIN(TstPipeline) // QPdfWriter needs fonts, so a QGuiApplication
#include "tst_pipeline.moc"
