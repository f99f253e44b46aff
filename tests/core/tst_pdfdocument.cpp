#include "ingest/imageloader.h"
#include "ingest/pdfdocument.h"
#include "pdfmaker.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

namespace {

QString testData(const char *name)
{
    return QDir(QStringLiteral(INVOICEDASH_TEST_DATA_DIR)).filePath(QLatin1String(name));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList texts(const QList<OcrWord> &words)
{
    QStringList out;
    for (const OcrWord &word : words)
        out.append(word.text);
    return out;
}

} // namespace

class TstPdfDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheTextLayerInReadingOrder();
    void rendersPagesWithoutATextLayer();
    void lowersTheDpiOfHugePages();
    void readFileOpensPdfsOnce();
    void refusesBrokenFiles();
    void refusesTooManyPages();
    void refusesPasswordProtectedFiles();
    void layoutGroupsWordsIntoLines();

private:
    QTemporaryDir m_dir;
    QString m_textPdf;
    QString m_scanPdf;
};

void TstPdfDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_textPdf = m_dir.filePath(QStringLiteral("born-digital.pdf"));
    QVERIFY(PdfMaker::writeTextPdf(m_textPdf, PdfMaker::invoiceTexts()));
    const QImage scan(testData("syn_0009.png"));
    QVERIFY(!scan.isNull());
    m_scanPdf = m_dir.filePath(QStringLiteral("scanned.pdf"));
    QVERIFY(PdfMaker::writeImagePdf(m_scanPdf, scan));
}

void TstPdfDocument::readsTheTextLayerInReadingOrder()
{
    PdfDocument pdf;
    QString error;
    QVERIFY2(pdf.open(readAll(m_textPdf), {}, &error), qPrintable(error));
    QCOMPARE(pdf.pageCount(), 2);

    const PdfPage first = pdf.page(0);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(first.hasTextLayer());
    QVERIFY(first.image.isNull()); // nothing rendered
    QCOMPARE(first.dpi, PdfDocument::TextDpi);
    // A4 at 300 dpi.
    QVERIFY2(
        qAbs(first.pixelSize.width() - 2480) <= 2 && qAbs(first.pixelSize.height() - 3508) <= 2,
        qPrintable(
            QStringLiteral("%1x%2").arg(first.pixelSize.width()).arg(first.pixelSize.height())));
    QCOMPARE(
        texts(first.words),
        QStringList({QStringLiteral("INVOICE"), QStringLiteral("Invoice"), QStringLiteral("No:"),
                     QStringLiteral("INV-2024-0042"), QStringLiteral("Date:"),
                     QStringLiteral("2024-03-05"), QStringLiteral("Bill"), QStringLiteral("To:"),
                     QStringLiteral("Orbit"), QStringLiteral("Dental"), QStringLiteral("Clinic")}));
    QCOMPARE(first.text,
             QStringLiteral("INVOICE\nInvoice No: INV-2024-0042   Date: 2024-03-05\n"
                            "Bill To: Orbit Dental Clinic"));

    // "Invoice" was drawn with its baseline at (300, 700) px; 12 pt is 50 px at 300 dpi.
    const OcrWord &invoice = first.words.at(1);
    QVERIFY2(qAbs(invoice.box.left() - 300) <= 10, qPrintable(QString::number(invoice.box.left())));
    QVERIFY2(invoice.box.bottom() >= 690 && invoice.box.bottom() <= 730,
             qPrintable(QString::number(invoice.box.bottom())));
    QVERIFY2(invoice.box.top() >= 630 && invoice.box.top() < 690,
             qPrintable(QString::number(invoice.box.top())));
    const OcrWord &date = first.words.at(4);
    QVERIFY2(qAbs(date.box.left() - 1500) <= 10, qPrintable(QString::number(date.box.left())));
    QCOMPARE(date.lineIndex, invoice.lineIndex);
    QCOMPARE(invoice.confidence, 100.0f);

    const PdfPage second = pdf.page(1);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.text, QStringLiteral("Total: EUR 1,234.56\nThank you for your business."));
    QVERIFY(!pdf.page(2).ok());
    QVERIFY(!pdf.page(-1).ok());
}

void TstPdfDocument::rendersPagesWithoutATextLayer()
{
    PdfDocument pdf;
    QString error;
    QVERIFY2(pdf.open(readAll(m_scanPdf), {}, &error), qPrintable(error));
    QCOMPARE(pdf.pageCount(), 1);
    QVERIFY(!pdf.textLayer(0).hasTextLayer());
    const PdfPage page = pdf.page(0);
    QVERIFY2(page.ok(), qPrintable(page.error));
    QVERIFY(!page.hasTextLayer());
    QCOMPARE(page.dpi, 300);
    QVERIFY(!page.image.isNull());
    // The corpus page is US Letter at 300 dpi: 2550 × 3300.
    QVERIFY2(qAbs(page.image.width() - 2550) <= 2 && qAbs(page.image.height() - 3300) <= 2,
             qPrintable(QStringLiteral("%1x%2").arg(page.image.width()).arg(page.image.height())));
    QCOMPARE(int(std::lround(page.image.dotsPerMeterX() * 0.0254)), 300);
    QCOMPARE(page.pixelSize, page.image.size());
}

void TstPdfDocument::lowersTheDpiOfHugePages()
{
    PdfDocument pdf;
    LoadLimits limits;
    limits.maxImagePixels = 2'000'000; // Letter at 300 dpi is 8.4 MP
    QString error;
    QVERIFY2(pdf.open(readAll(m_scanPdf), limits, &error), qPrintable(error));
    const PdfPage page = pdf.render(0, limits);
    QVERIFY2(page.ok(), qPrintable(page.error));
    QVERIFY2(page.dpi < 300 && page.dpi >= 140, qPrintable(QString::number(page.dpi)));
    QVERIFY(qint64(page.image.width()) * page.image.height() <= limits.maxImagePixels);

    limits.maxImagePixels = 100'000; // would need ~30 dpi: refused
    const PdfPage tiny = pdf.render(0, limits);
    QVERIFY(!tiny.ok());
    QVERIFY2(tiny.error.contains(QLatin1String("too large")), qPrintable(tiny.error));
}

void TstPdfDocument::readFileOpensPdfsOnce()
{
    LoadedFile file = ImageLoader::readFile(m_textPdf);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QVERIFY(file.pdf);
    QCOMPARE(file.pageCount, 2);
    QCOMPARE(file.sha256.size(), 64);
    // decodePage() renders: callers that need pixels get them.
    const LoadedImage rendered = ImageLoader::decodePage(file, 1);
    QVERIFY2(!rendered.image.isNull(), qPrintable(rendered.error));
    QCOMPARE(rendered.dpi, 300);

    // A PDF without its suffix is recognised by its header.
    const QString noSuffix = m_dir.filePath(QStringLiteral("scan-0001"));
    QVERIFY(QFile::copy(m_scanPdf, noSuffix));
    file = ImageLoader::readFile(noSuffix);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QVERIFY(file.pdf);
}

void TstPdfDocument::refusesBrokenFiles()
{
    const QByteArray bytes = readAll(m_textPdf);
    PdfDocument pdf;
    QString error;
    QVERIFY(!pdf.open(bytes.left(200), {}, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QCOMPARE(pdf.pageCount(), 0);
    QVERIFY(!pdf.page(0).ok());

    // Cut in the middle: Poppler may repair what is left; either way no crash,
    // and every failure has a message.
    error.clear();
    if (pdf.open(bytes.left(bytes.size() / 2), {}, &error)) {
        for (int i = 0; i < pdf.pageCount(); ++i) {
            const PdfPage page = pdf.page(i);
            QVERIFY(page.ok() || !page.error.isEmpty());
        }
    } else {
        QVERIFY(!error.isEmpty());
    }

    error.clear();
    QVERIFY(!pdf.open(QByteArray("hello, not a PDF"), {}, &error));
    QVERIFY(!error.isEmpty());

    // Through the loader: a text file named .pdf.
    const QString fake = m_dir.filePath(QStringLiteral("fake.pdf"));
    QVERIFY(PdfMaker::writeBytes(fake, "this is not a PDF at all"));
    const LoadedFile file = ImageLoader::readFile(fake);
    QVERIFY(!file.ok());
    QVERIFY2(file.error.contains(QLatin1String("not a PDF")), qPrintable(file.error));
    QVERIFY(!file.pdf);

    const QString truncated = m_dir.filePath(QStringLiteral("truncated.pdf"));
    QVERIFY(PdfMaker::writeBytes(truncated, bytes.left(200)));
    const LoadedImage loaded = ImageLoader::load(truncated);
    QVERIFY(loaded.image.isNull());
    QVERIFY2(loaded.error.contains(QLatin1String("damaged")), qPrintable(loaded.error));
}

void TstPdfDocument::refusesTooManyPages()
{
    LoadLimits limits;
    limits.maxPages = 1;
    PdfDocument pdf;
    QString error;
    QVERIFY(!pdf.open(readAll(m_textPdf), limits, &error));
    QVERIFY2(error.contains(QLatin1String("2 pages")) && error.contains(QLatin1String("1 page")),
             qPrintable(error));
    const LoadedFile file = ImageLoader::readFile(m_textPdf, limits);
    QCOMPARE(file.error, error);
}

void TstPdfDocument::refusesPasswordProtectedFiles()
{
    PdfDocument pdf;
    QString error;
    QVERIFY(!pdf.open(PdfMaker::lockedPdf(), {}, &error));
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
}

void TstPdfDocument::layoutGroupsWordsIntoLines()
{
    auto word = [](const char *text, int x, int y, int w = 80, int h = 40) {
        OcrWord out;
        out.text = QString::fromLatin1(text);
        out.box = QRect(x, y, w, h);
        return out;
    };
    // Two lines; the second line's right column sits a few pixels higher.
    QList<OcrWord> words{word("Date:", 900, 96),   word("123", 300, 100),  word("Total", 100, 200),
                         word("No:", 200, 100),    word("2024", 1000, 97), word("5.00", 200, 203),
                         word("Invoice", 100, 100)};
    QCOMPARE(PdfDocument::layoutText(&words),
             QStringLiteral("Invoice No: 123   Date: 2024\nTotal 5.00"));
    QCOMPARE(words.size(), 7);
    QCOMPARE(words.first().text, QStringLiteral("Invoice"));
    QCOMPARE(words.first().lineIndex, 0);
    QCOMPARE(words.last().lineIndex, 1);

    QList<OcrWord> none;
    QCOMPARE(PdfDocument::layoutText(&none), QString());
}

QTEST_MAIN(TstPdfDocument)
#include "tst_pdfdocument.moc"
