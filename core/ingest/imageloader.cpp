#include "imageloader.h"

#include "common/logging.h"
#include "filecollector.h"
#include "pdfdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <cmath>
#include <limits>

namespace InvoiceDash {

namespace {

QString tooLarge(QSize size, const LoadLimits &limits)
{
    return ImageLoader::tr("The image is too large (%1 × %2 pixels; the limit is %3 megapixels).")
        .arg(size.width())
        .arg(size.height())
        .arg(limits.maxImagePixels / 1000000);
}

bool exceeds(QSize size, const LoadLimits &limits)
{
    return size.isValid() && qint64(size.width()) * size.height() > limits.maxImagePixels;
}

// A reader over `buffer` that trusts the contents, not the file name.
void prepare(QImageReader &reader, QBuffer &buffer, const QByteArray &bytes)
{
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    reader.setDevice(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
}

} // namespace

LoadedFile ImageLoader::readFile(const QString &path, const LoadLimits &limits)
{
    LoadedFile out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.exists()
            ? ImageLoader::tr("Cannot open the file: %1.").arg(file.errorString())
            : ImageLoader::tr("The file does not exist (it may have been moved or deleted).");
        return out;
    }
    if (file.size() > limits.maxFileBytes) {
        out.error = ImageLoader::tr("The file is too large (%1 MB; the limit is %2 MB).")
                        .arg(file.size() / (1024 * 1024))
                        .arg(limits.maxFileBytes / (1024 * 1024));
        return out;
    }
    out.bytes = file.readAll();
    if (out.bytes.isEmpty()) {
        out.error = file.error() != QFileDevice::NoError
            ? ImageLoader::tr("Cannot read the file: %1.").arg(file.errorString())
            : ImageLoader::tr("The file is empty.");
        return out;
    }
    out.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(out.bytes, QCryptographicHash::Sha256).toHex());

    if (PdfDocument::looksLikePdf(out.bytes)) {
        auto pdf = std::make_shared<PdfDocument>();
        QString error;
        if (!pdf->open(out.bytes, limits, &error)) {
            out.error = error;
            return out;
        }
        out.pageCount = pdf->pageCount();
        out.pdf = std::move(pdf);
        return out;
    }

    QBuffer buffer;
    QImageReader reader;
    prepare(reader, buffer, out.bytes);
    if (!reader.canRead()) {
        if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
            out.error = ImageLoader::tr("The file is named .pdf but its contents are not a PDF "
                                        "document.");
            return out;
        }
        out.error
            = ImageLoader::tr(
                  "The file's contents are not an image InvoiceDash can read (supported: %1).")
                  .arg(FileCollector::supportedFormatsText());
        return out;
    }
    // Animated formats (GIF, WebP) report frames, not pages: read the first only.
    // Ask for the count before the size: Qt's TIFF reader reports 1 page after size().
    const bool paged = reader.format() == "tiff" || reader.format() == "tif";
    out.pageCount = paged ? std::max(1, reader.imageCount()) : 1;
    if (exceeds(reader.size(), limits)) {
        out.error = tooLarge(reader.size(), limits);
        return out;
    }
    if (out.pageCount > limits.maxPages)
        out.error = ImageLoader::tr(
                        "The file has %1 pages; at most %2 pages are read from one file. Split it "
                        "into smaller files.")
                        .arg(out.pageCount)
                        .arg(limits.maxPages);
    return out;
}

LoadedImage ImageLoader::decodePage(const LoadedFile &file, int page, const LoadLimits &limits)
{
    LoadedImage out;
    out.sha256 = file.sha256;
    out.pageCount = file.pageCount;
    if (!file.ok()) {
        out.error = file.error;
        return out;
    }
    if (file.pdf) {
        PdfPage rendered = file.pdf->render(page, limits);
        out.error = rendered.error;
        out.dpi = rendered.dpi;
        out.image = std::move(rendered.image);
        return out;
    }
    QBuffer buffer;
    QImageReader reader;
    prepare(reader, buffer, file.bytes);
    if (page > 0 && !reader.jumpToImage(page)) {
        out.error
            = ImageLoader::tr("Page %1 of the file could not be found; the file may be damaged.")
                  .arg(page + 1);
        return out;
    }
    if (exceeds(reader.size(), limits)) {
        out.error = tooLarge(reader.size(), limits);
        return out;
    }
    // Guards formats that report no size up front: at most ~4 bytes a pixel.
    reader.setAllocationLimit(int(std::min<qint64>(limits.maxImagePixels * 4 / (1024 * 1024) + 1,
                                                   std::numeric_limits<int>::max())));
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        out.error = ImageLoader::tr("The image could not be decoded (%1); the file may be damaged.")
                        .arg(reader.errorString());
        return out;
    }
    if (exceeds(image.size(), limits)) {
        out.error = tooLarge(image.size(), limits);
        return out;
    }
    if (image.dotsPerMeterX() > 0)
        out.dpi = int(std::lround(image.dotsPerMeterX() * 0.0254));
    out.image = std::move(image);
    qCDebug(lcIngest) << "decoded page" << page + 1 << "of" << file.pageCount << out.image.size()
                      << "dpi" << out.dpi;
    return out;
}

LoadedImage ImageLoader::load(const QString &path, const LoadLimits &limits)
{
    return decodePage(readFile(path, limits), 0, limits);
}

} // namespace InvoiceDash
