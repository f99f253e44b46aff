#include "pdfdocument.h"

#include "common/logging.h"

#include <poppler-qt6.h>

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace InvoiceDash {

namespace {

constexpr double PointsPerInch = 72.0;
constexpr int MinRenderDpi = 72; // below this a scan is not worth reading

// Poppler prints parser complaints to stderr; they belong in our debug log.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) {
                qCDebug(lcIngest) << "poppler:" << message;
            },
            QVariant());
    });
}

QRect toPixels(const QRectF &points, double dpi)
{
    const double scale = dpi / PointsPerInch;
    return QRectF(points.x() * scale, points.y() * scale, points.width() * scale,
                  points.height() * scale)
        .toAlignedRect();
}

// A text layer is worth using when it has some characters and most of them are
// letters or digits (fonts without a Unicode map yield symbols or U+FFFD).
bool usable(const QList<OcrWord> &words)
{
    qsizetype chars = 0;
    qsizetype readable = 0;
    for (const OcrWord &word : words) {
        for (const QChar c : word.text) {
            if (c.isSpace())
                continue;
            ++chars;
            if (c.isLetterOrNumber() || c.isPunct()
                || (c.isSymbol() && c != QChar::ReplacementCharacter))
                ++readable;
        }
    }
    return chars >= PdfDocument::MinTextChars && readable * 2 > chars;
}

} // namespace

PdfDocument::PdfDocument() = default;
PdfDocument::~PdfDocument() = default;

bool PdfDocument::looksLikePdf(const QByteArray &bytes)
{
    // The header may follow a little garbage; readers accept it within 1 KiB.
    return bytes.left(1024).contains("%PDF-");
}

bool PdfDocument::open(const QByteArray &bytes, const LoadLimits &limits, QString *errorMessage)
{
    routePopplerMessages();
    auto fail = [errorMessage, this](const QString &message) {
        m_doc.reset();
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    m_doc = Poppler::Document::loadFromData(bytes);
    if (!m_doc)
        return fail(PdfDocument::tr("The PDF file could not be opened; it may be damaged or "
                                    "incomplete."));
    if (m_doc->isLocked())
        return fail(PdfDocument::tr("The PDF file is protected by a password; save an "
                                    "unprotected copy and add that instead."));
    const int pages = m_doc->numPages();
    if (pages <= 0)
        return fail(PdfDocument::tr("The PDF file has no pages; it may be damaged."));
    if (pages > limits.maxPages)
        return fail(PdfDocument::tr("The PDF file has %1 pages; at most %2 pages are read from "
                                    "one file. Split it into smaller files.")
                        .arg(pages)
                        .arg(limits.maxPages));
    m_doc->setRenderHint(Poppler::Document::Antialiasing);
    m_doc->setRenderHint(Poppler::Document::TextAntialiasing);
    qCDebug(lcIngest) << "opened PDF," << pages << "pages, encrypted" << m_doc->isEncrypted();
    return true;
}

int PdfDocument::pageCount() const
{
    return m_doc ? m_doc->numPages() : 0;
}

PdfPage PdfDocument::page(int index, const LoadLimits &limits) const
{
    PdfPage text = textLayer(index);
    if (!text.ok() || text.hasTextLayer())
        return text;
    return render(index, limits);
}

std::unique_ptr<Poppler::Page> PdfDocument::page(int index, PdfPage *out) const
{
    std::unique_ptr<Poppler::Page> page
        = m_doc && index >= 0 && index < pageCount() ? m_doc->page(index) : nullptr;
    if (!page)
        out->error = PdfDocument::tr("Page %1 of the PDF file could not be read; the file may be "
                                     "damaged.")
                         .arg(index + 1);
    return page;
}

PdfPage PdfDocument::textLayer(int index) const
{
    PdfPage out;
    const std::unique_ptr<Poppler::Page> page = this->page(index, &out);
    if (!page)
        return out;
    out.dpi = TextDpi;
    const QSizeF points = page->pageSizeF();
    out.pixelSize = QSize(int(std::lround(points.width() * TextDpi / PointsPerInch)),
                          int(std::lround(points.height() * TextDpi / PointsPerInch)));
    for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
        const QString text = box->text().trimmed();
        if (text.isEmpty())
            continue;
        OcrWord word;
        word.text = text;
        word.box = toPixels(box->boundingBox(), TextDpi);
        word.confidence = 100; // the text is what the PDF says, not a guess
        out.words.append(std::move(word));
    }
    if (!usable(out.words)) {
        qCDebug(lcIngest) << "page" << index + 1 << "has no usable text layer (" << out.words.size()
                          << "words)";
        out.words.clear();
        return out;
    }
    out.text = layoutText(&out.words);
    qCDebug(lcIngest) << "page" << index + 1 << "text layer:" << out.words.size() << "words";
    return out;
}

PdfPage PdfDocument::render(int index, const LoadLimits &limits) const
{
    PdfPage out;
    const std::unique_ptr<Poppler::Page> page = this->page(index, &out);
    if (!page)
        return out;
    const QSizeF points = page->pageSizeF();
    auto pixelsAt = [&points](int dpi) {
        return QSize(int(std::ceil(points.width() * dpi / PointsPerInch)),
                     int(std::ceil(points.height() * dpi / PointsPerInch)));
    };
    auto area = [](QSize size) { return qint64(size.width()) * size.height(); };
    // Lower the resolution of huge pages until they fit the pixel limit.
    int dpi = TextDpi;
    if (area(pixelsAt(dpi)) > limits.maxImagePixels && points.width() > 0 && points.height() > 0) {
        const double fit = PointsPerInch
            * std::sqrt(double(limits.maxImagePixels) / (points.width() * points.height()));
        dpi = std::min(dpi, int(std::floor(fit)));
        while (dpi > 0 && area(pixelsAt(dpi)) > limits.maxImagePixels)
            --dpi;
    }
    if (points.isEmpty() || dpi < MinRenderDpi) {
        const QSize full = pixelsAt(TextDpi);
        out.error = PdfDocument::tr("Page %1 of the PDF file is too large to read (%2 × %3 "
                                    "pixels at %4 dpi; the limit is %5 megapixels).")
                        .arg(index + 1)
                        .arg(full.width())
                        .arg(full.height())
                        .arg(TextDpi)
                        .arg(limits.maxImagePixels / 1000000);
        return out;
    }
    QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull()) {
        out.error = PdfDocument::tr("Page %1 of the PDF file could not be rendered; the file may "
                                    "be damaged.")
                        .arg(index + 1);
        return out;
    }
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    out.dpi = dpi;
    out.pixelSize = image.size();
    out.image = std::move(image);
    qCDebug(lcIngest) << "rendered PDF page" << index + 1 << out.pixelSize << "at" << dpi << "dpi";
    return out;
}

QString PdfDocument::layoutText(QList<OcrWord> *words)
{
    if (!words || words->isEmpty())
        return {};
    // Top to bottom by vertical centre, so each word is compared with the line
    // being built: it joins when the two overlap by half the smaller height.
    std::stable_sort(words->begin(), words->end(), [](const OcrWord &a, const OcrWord &b) {
        return a.box.center().y() < b.box.center().y();
    });
    struct Line
    {
        int top;
        int bottom;
        QList<OcrWord> words;
    };
    QList<Line> lines;
    for (OcrWord &word : *words) {
        if (!lines.isEmpty()) {
            Line &line = lines.last();
            const int overlap
                = std::min(line.bottom, word.box.bottom()) - std::max(line.top, word.box.top());
            const int smaller = std::min(line.bottom - line.top, word.box.height());
            if (overlap * 2 >= smaller) {
                line.top = std::min(line.top, word.box.top());
                line.bottom = std::max(line.bottom, word.box.bottom());
                line.words.append(std::move(word));
                continue;
            }
        }
        lines.append({word.box.top(), word.box.bottom(), {std::move(word)}});
    }

    QString text;
    words->clear();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        std::stable_sort(line.words.begin(), line.words.end(),
                         [](const OcrWord &a, const OcrWord &b) { return a.box.x() < b.box.x(); });
        if (i > 0)
            text += QLatin1Char('\n');
        const int height = std::max(1, line.bottom - line.top);
        for (qsizetype w = 0; w < line.words.size(); ++w) {
            OcrWord &word = line.words[w];
            if (w > 0) {
                const int gap = word.box.left() - line.words[w - 1].box.right();
                text += gap > height ? QLatin1String("   ") : QLatin1String(" ");
            }
            text += word.text;
            word.lineIndex = int(i);
            words->append(std::move(word));
        }
    }
    return text;
}

} // namespace InvoiceDash
