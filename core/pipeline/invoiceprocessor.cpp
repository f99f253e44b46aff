#include "invoiceprocessor.h"

#include "common/logging.h"
#include "extract/fieldextractor.h"
#include "extract/fieldlocator.h"
#include "extract/pagewords.h"
#include "extract/validator.h"
#include "ingest/imageloader.h"
#include "ingest/pdfdocument.h"
#include "store/resultstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

namespace InvoiceDash {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int progressPercent(ProcessingStage stage)
{
    switch (stage) {
    case ProcessingStage::Queued:
        return 0;
    case ProcessingStage::Loading:
        return 5;
    case ProcessingStage::Preprocessing:
        return 15;
    case ProcessingStage::Recognizing:
        return 30;
    case ProcessingStage::Extracting:
        return 85;
    case ProcessingStage::Storing:
        return 95;
    case ProcessingStage::Done:
        return 100;
    }
    return 0;
}

InvoiceProcessor::InvoiceProcessor(ProcessorOptions options, ResultStore *store)
    : m_options(std::move(options)), m_preprocessor(m_options.preprocess), m_store(store)
{
}

InvoiceResult InvoiceProcessor::process(const QString &path, const CancelToken &token,
                                        const StageCallback &onStage) const
{
    QElapsedTimer total;
    total.start();
    auto stage = [&onStage](ProcessingStage s) {
        if (onStage)
            onStage(s);
    };

    InvoiceResult result;
    result.path = path;
    result.status = InvoiceStatus::Failed;

    // Every exit goes through here, so each result has its id and finish time.
    auto finish = [&](InvoiceStatus status, const QString &error = {}) {
        result.status = status;
        result.error = error;
        result.timestampMs = QDateTime::currentMSecsSinceEpoch();
        result.processedAt = QDateTime::fromMSecsSinceEpoch(result.timestampMs, Qt::UTC)
                                 .toString(Qt::ISODateWithMs);
        result.id = InvoiceResult::makeId(result.timestampMs);
        result.latencyMs = elapsedMs(total);
        if (result.isNewReading() && m_store) {
            stage(ProcessingStage::Storing);
            QString storeError;
            if (!m_store->insert(&result, &storeError)) {
                result.storeError = storeError;
                qCWarning(lcStore, "%s", qUtf8Printable(storeError));
            }
        }
        stage(ProcessingStage::Done);
        return result;
    };
    auto cancelled
        = [&] { return finish(InvoiceStatus::Cancelled, InvoiceProcessor::tr("Cancelled.")); };

    if (token.isCancelled())
        return cancelled();

    // Read the file once; decode, clean and read one page at a time so a
    // worker never holds more than one decoded page.
    stage(ProcessingStage::Loading);
    QElapsedTimer timer;
    timer.start();
    const LoadedFile file = ImageLoader::readFile(path, m_options.limits);
    result.sha256 = file.sha256;
    result.timings.loadMs = elapsedMs(timer);
    if (!file.ok())
        return finish(InvoiceStatus::Failed, file.error);

    // The same file is never read twice: show the stored reading instead.
    if (m_store) {
        if (const std::optional<InvoiceResult> earlier = m_store->findOkBySha256(file.sha256)) {
            result.fields = earlier->fields;
            result.text = earlier->text;
            result.confidence = earlier->confidence;
            result.accuracy = earlier->accuracy;
            result.verified = earlier->verified;
            result.checks = earlier->checks;
            result.locations = earlier->locations;
            result.originalValues = earlier->originalValues;
            result.possibleDuplicateOf = earlier->possibleDuplicateOf;
            result.possibleDuplicatePath = earlier->possibleDuplicatePath;
            return finish(InvoiceStatus::Duplicate,
                          InvoiceProcessor::tr("Already processed on %1 (%2, %3); not read again.")
                              .arg(earlier->processedAt.left(10), earlier->id,
                                   QFileInfo(earlier->path).fileName()));
        }
    }

    QStringList pageTexts;
    QList<PageWords> pageWords; // for layout-aware extraction and field locations
    double confidenceSum = 0;
    qsizetype wordCount = 0;
    for (int pageIndex = 0; pageIndex < file.pageCount; ++pageIndex) {
        if (token.isCancelled())
            return cancelled();
        timer.restart();
        LoadedImage loaded;
        QString pdfStep;
        if (file.pdf) {
            // A PDF page's text layer is the page's text: no preprocessing, no
            // OCR. Reading it counts as loading, as rendering a scanned page does.
            PdfPage pdfPage = file.pdf->page(pageIndex, m_options.limits);
            result.timings.loadMs += elapsedMs(timer);
            if (!pdfPage.ok())
                return finish(InvoiceStatus::Failed, pdfPage.error);
            if (pageIndex == 0) {
                result.pageWidth = pdfPage.pixelSize.width();
                result.pageHeight = pdfPage.pixelSize.height();
            }
            if (pdfPage.hasTextLayer()) {
                if (pageIndex == 0)
                    result.preprocessSteps = {QStringLiteral("pdf-text-layer")};
                pageTexts.append(pdfPage.text);
                pageWords.append({pdfPage.words, pdfPage.pixelSize, 0, /*fromTextLayer=*/true});
                // The words are what the PDF says, so each counts with confidence 100.
                confidenceSum += 100.0 * double(pdfPage.words.size());
                wordCount += pdfPage.words.size();
                continue;
            }
            pdfStep = QStringLiteral("pdf-render-%1dpi").arg(pdfPage.dpi);
            loaded.image = std::move(pdfPage.image);
        } else {
            loaded = ImageLoader::decodePage(file, pageIndex, m_options.limits);
            result.timings.loadMs += elapsedMs(timer);
            if (loaded.image.isNull())
                return finish(InvoiceStatus::Failed, loaded.error);
            if (pageIndex == 0) {
                result.pageWidth = loaded.image.width();
                result.pageHeight = loaded.image.height();
            }
        }

        stage(ProcessingStage::Preprocessing);
        timer.restart();
        PreprocessReport report;
        QImage page = m_preprocessor.process(loaded.image, &report);
        loaded.image = QImage(); // free the original before OCR
        result.timings.preprocessMs += elapsedMs(timer);
        if (pageIndex == 0) {
            result.preprocessSteps = report.steps;
            if (!pdfStep.isEmpty())
                result.preprocessSteps.prepend(pdfStep);
            result.skewDegrees = report.skewDegrees;
        }
        if (page.isNull())
            return finish(InvoiceStatus::Failed,
                          InvoiceProcessor::tr("The image could not be prepared for OCR."));
        if (token.isCancelled())
            return cancelled();

        timer.restart();
        QString error;
        OcrEngine *engine = OcrEngine::forCurrentThread(m_options.ocr, &error);
        if (!engine)
            return finish(InvoiceStatus::Failed, error);
        stage(ProcessingStage::Recognizing);
        OcrResult ocr;
        const int dpi = page.dotsPerMeterX() > 0 ? int(std::lround(page.dotsPerMeterX() * 0.0254))
                                                 : m_options.preprocess.targetDpi;
        int turnedDegrees = 0;
        const bool recognized = engine->recognizeUpright(
            page, dpi, &ocr, [&token] { return token.isCancelled(); }, &error, &turnedDegrees);
        if (turnedDegrees != 0)
            result.preprocessSteps.append(QStringLiteral("upright-%1").arg(turnedDegrees));
        // The words' boxes are in the upright image: a quarter turn swaps its sides.
        const QSize recognizedSize
            = turnedDegrees % 180 == 0 ? page.size() : page.size().transposed();
        page = QImage();
        result.timings.ocrMs += elapsedMs(timer);
        if (ocr.cancelled || token.isCancelled())
            return cancelled();
        if (!recognized)
            return finish(InvoiceStatus::Failed, error);
        pageTexts.append(ocr.text);
        pageWords.append({ocr.words, recognizedSize, turnedDegrees, false});
        confidenceSum += ocr.meanConfidence * double(ocr.words.size());
        wordCount += ocr.words.size();
    }
    // Pages are separated by a form feed, as Tesseract does.
    result.text = pageTexts.join(QLatin1Char('\f'));
    result.confidence = wordCount > 0 ? confidenceSum / double(wordCount) : 0.0;

    stage(ProcessingStage::Extracting);
    timer.restart();
    result.fields = FieldExtractor().extract(result.text, pageWords);
    result.locations = FieldLocator::locate(result.fields, pageWords);
    const ValidationReport report = Validator::validate(result.fields, result.confidence);
    result.checks = report.checks;
    result.verified = report.verified;
    result.accuracy = report.score;
    result.timings.extractMs = elapsedMs(timer);

    if (wordCount == 0)
        return finish(InvoiceStatus::Failed,
                      InvoiceProcessor::tr("No text was found on the page; is it an invoice "
                                           "scan, and is it legible?"));
    // Other bytes but the same vendor, number and total as a stored invoice:
    // kept and counted, but flagged for the user to check.
    if (m_store) {
        if (const std::optional<InvoiceResult> earlier
            = m_store->findPossibleDuplicate(result.fields)) {
            result.possibleDuplicateOf = earlier->id;
            result.possibleDuplicatePath = earlier->path;
            qCInfo(lcPipeline, "%s: possible duplicate of %s (%s)", qUtf8Printable(path),
                   qUtf8Printable(earlier->id), qUtf8Printable(earlier->path));
        }
    }
    return finish(InvoiceStatus::Ok);
}

} // namespace InvoiceDash
