#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace InvoiceDash {

struct LoadLimits
{
    qint64 maxFileBytes = 256LL * 1024 * 1024;
    qint64 maxImagePixels = 120LL * 1000 * 1000;
};

struct LoadedImage
{
    QImage image;   // first page/frame, EXIF orientation applied; null on error
    QString sha256; // of the file's bytes (hex); empty when the file could not be read
    int dpi = 0;    // from the file's header, 0 when unknown
    QString error;  // a sentence for the user when image is null
};

// Reads and decodes one image file with limits checked before any pixel is
// decoded. Reads the file once: the same bytes are hashed and decoded.
class ImageLoader
{
public:
    [[nodiscard]] static LoadedImage load(const QString &path, const LoadLimits &limits = {});
};

} // namespace InvoiceDash
