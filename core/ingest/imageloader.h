#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

namespace InvoiceDash {

class PdfDocument;

struct LoadLimits
{
    qint64 maxFileBytes = 256LL * 1024 * 1024;
    qint64 maxImagePixels = 120LL * 1000 * 1000;
    int maxPages = 50; // multi-page TIFFs and PDFs: more pages are refused
};

// A file's bytes, read once: hashed, then decoded page by page.
struct LoadedFile
{
    QByteArray bytes;
    QString sha256; // hex; empty when the file could not be read
    int pageCount = 0;
    QString error; // a sentence for the user when the file cannot be used
    // Set for PDF files: the document opened once from `bytes`; read its pages
    // with PdfDocument::page() (text layer or render) or decodePage() (render).
    std::shared_ptr<PdfDocument> pdf;
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

struct LoadedImage
{
    QImage image;   // the page, EXIF orientation applied; null on error
    QString sha256; // of the file's bytes (hex); empty when the file could not be read
    int dpi = 0;    // from the file's header, 0 when unknown
    int pageCount = 0;
    QString error; // a sentence for the user when image is null
};

// Reads and decodes image files with limits checked before any pixel is
// decoded. A file is read once: the same bytes are hashed and decoded.
class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::ImageLoader)

public:
    // Reads, hashes and inspects the file (format, page count, limits). A PDF
    // (by its "%PDF-" header) is opened here too, see LoadedFile::pdf.
    [[nodiscard]] static LoadedFile readFile(const QString &path, const LoadLimits &limits = {});

    // Decodes page `page` (0-based) of a file read by readFile(); PDF pages are
    // rendered (at 300 dpi, or less when that would exceed maxImagePixels).
    [[nodiscard]] static LoadedImage decodePage(const LoadedFile &file, int page,
                                                const LoadLimits &limits = {});

    // readFile() + decodePage(0).
    [[nodiscard]] static LoadedImage load(const QString &path, const LoadLimits &limits = {});
};

} // namespace InvoiceDash
