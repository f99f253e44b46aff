#include "pdfmaker.h"
#include "pipeline/pipeline.h"
#include "store/resultstore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

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
    void flagsAPossibleDuplicate();
    void locatesFieldsOnTheStoredPage_data();
    void locatesFieldsOnTheStoredPage();

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

// Same vendor, number and total in a file with other bytes (one pixel
// changed): read, stored and counted, but flagged with the earlier invoice.
void TstPipeline::flagsAPossibleDuplicate()
{
    ResultStore store(m_dir->filePath(QStringLiteral("db.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    QImage image(testData("syn_0009.png"));
    QVERIFY(!image.isNull());
    image.setPixelColor(0, 0, QColor(250, 250, 250));
    const QString changed = m_dir->filePath(QStringLiteral("resent.png"));
    QVERIFY(image.save(changed));

    Pipeline pipeline(&store);
    QSignalSpy finished(&pipeline, &Pipeline::jobFinished);
    pipeline.enqueue({testData("syn_0009.png")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120'000);
    const auto first = finished.first().first().value<InvoiceResult>();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(first.possibleDuplicateOf.isEmpty());
    QVERIFY(!first.fields.vendor.isEmpty() && !first.fields.invoiceNumber.isEmpty()
            && !first.fields.total.isEmpty());

    pipeline.enqueue({changed});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120'000);
    const auto second = finished.last().first().value<InvoiceResult>();
    QCOMPARE(second.status, InvoiceStatus::Ok); // other bytes: read again
    QVERIFY(second.sha256 != first.sha256);
    QCOMPARE(second.possibleDuplicateOf, first.id);
    QCOMPARE(second.possibleDuplicatePath, first.path);
    QCOMPARE(store.count(), 2);
    const std::optional<InvoiceResult> stored = store.find(second.id);
    QVERIFY(stored);
    QCOMPARE(stored->possibleDuplicateOf, first.id);
    QCOMPARE(stored->possibleDuplicatePath, first.path);
    const QJsonObject flag
        = second.toJsonRecord().value(QLatin1String("possible_duplicate_of")).toObject();
    QCOMPARE(flag.value(QLatin1String("id")).toString(), first.id);
    QCOMPARE(flag.value(QLatin1String("file")).toString(), QStringLiteral("syn_0009.png"));
    QVERIFY(store.find(first.id)->possibleDuplicateOf.isEmpty()); // the first is not flagged
}

void TstPipeline::locatesFieldsOnTheStoredPage_data()
{
    QTest::addColumn<int>("clockwise"); // how far the stored page is turned
    QTest::addRow("upright") << 0;
    QTest::addRow("turned 90") << 90;
}

// syn_0009's truth gives each line's box: the total's location must fall on
// the "Grand Total $3,128.52" line, in the stored page's orientation.
void TstPipeline::locatesFieldsOnTheStoredPage()
{
    QFETCH(int, clockwise);
    QString path = testData("syn_0009.png");
    if (clockwise != 0) {
        path = m_dir->filePath(QStringLiteral("turned.png"));
        QVERIFY(QImage(testData("syn_0009.png"))
                    .transformed(QTransform().rotate(clockwise))
                    .save(path));
    }
    Pipeline pipeline(nullptr);
    QSignalSpy finished(&pipeline, &Pipeline::jobFinished);
    pipeline.enqueue({path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120'000);
    const auto result = finished.first().first().value<InvoiceResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.fields.total, QStringLiteral("3128.52"));

    // Truth line boxes (x0, y0, x1, y1) on the 2550 x 3300 upright page.
    auto truth = [](double x0, double y0, double x1, double y1) {
        return QRectF(QPointF(x0 / 2550.0, y0 / 3300.0), QPointF(x1 / 2550.0, y1 / 3300.0));
    };
    const QHash<QString, QRectF> lines{
        {QStringLiteral("total"), truth(1383, 1774, 2283, 1814)},
        {QStringLiteral("subtotal"), truth(1383, 1638, 2283, 1675)},
        {QStringLiteral("vendor"), truth(250, 262, 822, 312)},
        {QStringLiteral("invoice_number"), truth(250, 670, 951, 701)},
    };
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        if (FieldKeys::value(result.fields, it.key()).isEmpty())
            continue; // not extracted: nothing to locate
        QVERIFY2(result.locations.contains(it.key()), qPrintable(it.key()));
        const FieldLocation location = result.locations.value(it.key());
        QCOMPARE(location.page, 0);
        // The truth line, turned like the stored page, a little widened.
        const QRectF expected
            = FieldLocator::toStoredOrientation(*it, clockwise).adjusted(-0.01, -0.01, 0.01, 0.01);
        QVERIFY2(expected.contains(location.box),
                 qPrintable(QStringLiteral("%1: %2,%3 %4x%5 not in %6,%7 %8x%9")
                                .arg(it.key())
                                .arg(location.box.x())
                                .arg(location.box.y())
                                .arg(location.box.width())
                                .arg(location.box.height())
                                .arg(expected.x())
                                .arg(expected.y())
                                .arg(expected.width())
                                .arg(expected.height())));
    }
}

QTEST_MAIN(TstPipeline) // QPdfWriter needs fonts, so a QGuiApplication
#include "tst_pipeline.moc"
