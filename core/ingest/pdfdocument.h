#pragma once

#include "imageloader.h"
#include "ocr/ocrengine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <memory>

namespace Poppler {
class Page;
class Document;
} // namespace Poppler

namespace InvoiceDash {

// One page of a PDF: either its text layer (born-digital invoices) or, when it
// has no usable text layer (scans), the page rendered as an image for OCR.
struct PdfPage
{
    QList<OcrWord> words; // text layer; boxes in pixels at PdfDocument::TextDpi
    QString text;         // the words in reading order, see PdfDocument::layoutText()
    QImage image;         // rendered page when there is no usable text layer
    int dpi = 0;          // of `image`, or TextDpi for the text layer
    QSize pixelSize;      // the page at `dpi`
    QString error;        // a sentence for the user when the page cannot be used
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    [[nodiscard]] bool hasTextLayer() const { return !words.isEmpty(); }
};

// A PDF opened from bytes already read (ImageLoader::readFile() reads and
// hashes a file once). Pages are read or rendered one at a time, on demand.
// Not thread-safe: use one instance on one thread at a time.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::PdfDocument)

public:
    static constexpr int TextDpi = 300;     // text-layer boxes and page renders
    static constexpr int MinTextChars = 16; // fewer non-space characters: treat as a scan

    PdfDocument();
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    // True when the bytes start like a PDF ("%PDF-" within the first 1 KiB).
    [[nodiscard]] static bool looksLikePdf(const QByteArray &bytes);

    // Opens the document; refuses broken, password-protected and too long files
    // with a one-sentence message. `bytes` are shared, not copied.
    bool open(const QByteArray &bytes, const LoadLimits &limits, QString *errorMessage);
    [[nodiscard]] int pageCount() const;

    // The page's text layer when it has a usable one, else the page rendered.
    [[nodiscard]] PdfPage page(int index, const LoadLimits &limits = {}) const;
    // The page's text layer only (words empty when it has none worth using).
    [[nodiscard]] PdfPage textLayer(int index) const;
    // The page rendered at TextDpi, or lower when that would exceed maxImagePixels.
    [[nodiscard]] PdfPage render(int index, const LoadLimits &limits = {}) const;

    // Groups words into lines by vertical overlap, sorts lines top to bottom and
    // words left to right, and sets each word's lineIndex. Words in a line are
    // joined by one space, or three where the gap is wider than the line is
    // high (columns such as "Invoice No: 123   Date: 2024-03-05"); lines by '\n'.
    [[nodiscard]] static QString layoutText(QList<OcrWord> *words);

private:
    // Page `index`, or null with out->error set.
    [[nodiscard]] std::unique_ptr<Poppler::Page> page(int index, PdfPage *out) const;

    std::unique_ptr<Poppler::Document> m_doc;
};

} // namespace InvoiceDash
