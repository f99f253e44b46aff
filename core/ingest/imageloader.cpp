#include "imageloader.h"

#include "common/logging.h"
#include "filecollector.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>

#include <cmath>
#include <limits>

namespace InvoiceDash {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InvoiceDash::ImageLoader", text);
}

} // namespace

LoadedImage ImageLoader::load(const QString &path, const LoadLimits &limits)
{
    LoadedImage out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.exists()
            ? tr("Cannot open the file: %1.").arg(file.errorString())
            : tr("The file does not exist (it may have been moved or deleted).");
        return out;
    }
    if (file.size() > limits.maxFileBytes) {
        out.error = tr("The file is too large (%1 MB; the limit is %2 MB).")
                        .arg(file.size() / (1024 * 1024))
                        .arg(limits.maxFileBytes / (1024 * 1024));
        return out;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) {
        out.error = file.error() != QFileDevice::NoError
            ? tr("Cannot read the file: %1.").arg(file.errorString())
            : tr("The file is empty.");
        return out;
    }
    out.sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        out.error = tr("The file's contents are not an image InvoiceDash can read (supported: %1).")
                        .arg(FileCollector::supportedFormatsText());
        return out;
    }
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > limits.maxImagePixels) {
        out.error = tr("The image is too large (%1 × %2 pixels; the limit is %3 megapixels).")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(limits.maxImagePixels / 1000000);
        return out;
    }
    // Guards formats that report no size up front: at most ~4 bytes a pixel.
    reader.setAllocationLimit(int(std::min<qint64>(limits.maxImagePixels * 4 / (1024 * 1024) + 1,
                                                   std::numeric_limits<int>::max())));
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        out.error = tr("The image could not be decoded (%1); the file may be damaged.")
                        .arg(reader.errorString());
        return out;
    }
    if (qint64(image.width()) * image.height() > limits.maxImagePixels) {
        out.error = tr("The image is too large (%1 × %2 pixels; the limit is %3 megapixels).")
                        .arg(image.width())
                        .arg(image.height())
                        .arg(limits.maxImagePixels / 1000000);
        return out;
    }
    if (image.dotsPerMeterX() > 0)
        out.dpi = int(std::lround(image.dotsPerMeterX() * 0.0254));
    out.image = std::move(image);
    qCDebug(lcIngest) << "loaded" << path << out.image.size() << "dpi" << out.dpi;
    return out;
}

} // namespace InvoiceDash
