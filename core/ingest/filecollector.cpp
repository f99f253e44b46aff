#include "filecollector.h"

#include "common/logging.h"
#include "pdfdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSet>

namespace InvoiceDash {

namespace {

const QStringList &supportedSuffixes()
{
    static const QStringList suffixes{
        QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
        QStringLiteral("jpe"), QStringLiteral("tif"), QStringLiteral("tiff"),
        QStringLiteral("bmp"), QStringLiteral("dib"), QStringLiteral("webp"),
        QStringLiteral("pdf"),
    };
    return suffixes;
}

const QList<QByteArray> &supportedFormats()
{
    static const QList<QByteArray> formats{"png", "jpeg", "jpg", "tiff", "tif", "bmp", "webp"};
    return formats;
}

} // namespace

QString FileCollector::supportedFormatsText()
{
    return QStringLiteral("PNG, JPEG, TIFF, BMP, WebP, PDF");
}

QString FileCollector::unsupportedReason(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists())
        return FileCollector::tr("The file does not exist (it may have been moved or deleted).");
    if (!info.isFile())
        return FileCollector::tr("Not a regular file.");
    if (!info.isReadable())
        return FileCollector::tr("The file cannot be read: permission denied.");
    if (info.size() == 0)
        return FileCollector::tr("The file is empty.");
    const QString suffix = info.suffix().toLower();
    if (supportedSuffixes().contains(suffix))
        return {};
    // A known image with an unusual name (no or a wrong suffix) is fine too.
    const QByteArray sniffed = QImageReader::imageFormat(filePath).toLower();
    if (!sniffed.isEmpty() && supportedFormats().contains(sniffed))
        return {};
    // A PDF without its suffix: look for the "%PDF-" header.
    QFile file(filePath);
    if (file.open(QIODevice::ReadOnly) && PdfDocument::looksLikePdf(file.read(1024)))
        return {};
    return FileCollector::tr("Not an image InvoiceDash can read (supported: %1).")
        .arg(supportedFormatsText());
}

CollectedFiles FileCollector::collect(const QStringList &paths, const CancelToken *cancelled,
                                      int maxFiles)
{
    CollectedFiles out;
    QSet<QString> seen;
    auto isCancelled = [cancelled] { return cancelled && cancelled->isCancelled(); };

    auto consider = [&](const QString &filePath) {
        const QFileInfo info(filePath);
        const QString canonical = info.canonicalFilePath();
        const QString key = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
        if (seen.contains(key))
            return;
        seen.insert(key);
        if (out.accepted.size() >= maxFiles) {
            out.rejected.append(
                {QDir::cleanPath(info.absoluteFilePath()),
                 FileCollector::tr("Not queued: one drop can hold at most %1 files.")
                     .arg(maxFiles)});
            return;
        }
        const QString reason = unsupportedReason(filePath);
        if (reason.isEmpty())
            out.accepted.append(QDir::cleanPath(info.absoluteFilePath()));
        else
            out.rejected.append({QDir::cleanPath(info.absoluteFilePath()), reason});
    };

    for (const QString &path : paths) {
        if (isCancelled())
            break;
        const QFileInfo info(path);
        if (!info.exists()) {
            out.rejected.append(
                {path,
                 FileCollector::tr(
                     "The file does not exist (it may have been moved or deleted).")});
            continue;
        }
        if (!info.isDir()) {
            consider(path);
            continue;
        }
        // Sort each folder's files so batches run in a predictable order.
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot | QDir::Readable,
                        QDirIterator::Subdirectories);
        while (it.hasNext() && !isCancelled()) {
            const QString file = it.next();
            if (it.fileInfo().isHidden())
                continue;
            files.append(file);
        }
        files.sort();
        if (files.isEmpty())
            out.rejected.append({QDir::cleanPath(info.absoluteFilePath()),
                                 FileCollector::tr("The folder holds no files that can be read.")});
        for (const QString &file : std::as_const(files))
            consider(file);
    }
    qCDebug(lcIngest) << "collected" << out.accepted.size() << "files," << out.rejected.size()
                      << "rejected";
    return out;
}

} // namespace InvoiceDash
