#include "clipboardpaste.h"

#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QUrl>

namespace InvoiceDash {

QString ClipboardPaste::uniqueImagePath(const QString &folder, const QDateTime &now)
{
    const QString stem
        = QStringLiteral("pasted-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QDir dir(folder);
    QString path = dir.filePath(stem + QStringLiteral(".png"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.png").arg(stem).arg(n));
    return path;
}

ClipboardPaste ClipboardPaste::fromMimeData(const QMimeData *data, const QString &folder,
                                            const QDateTime &now)
{
    ClipboardPaste paste;
    if (!data) {
        paste.message = tr("The clipboard is empty.");
        return paste;
    }
    // File URLs first: a file manager's copy may also carry an icon image.
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls()) {
            if (url.isLocalFile())
                paste.paths << url.toLocalFile();
        }
        if (!paste.paths.isEmpty()) {
            paste.message = tr("Queued %n pasted file(s).", nullptr, int(paste.paths.size()));
            return paste;
        }
    }
    if (data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        if (image.isNull()) {
            paste.message = tr("The image on the clipboard could not be read.");
            return paste;
        }
        const QString path = uniqueImagePath(folder, now);
        if (!image.save(path, "PNG")) {
            qCWarning(lcUi, "Cannot write the pasted image to %s", qUtf8Printable(path));
            paste.message = tr("The pasted image could not be saved to %1.")
                                .arg(QDir::toNativeSeparators(path));
            return paste;
        }
        qCInfo(lcUi, "Saved a pasted %dx%d image as %s", image.width(), image.height(),
               qUtf8Printable(path));
        paste.paths << path;
        paste.message = tr("Queued the pasted image as %1.").arg(QFileInfo(path).fileName());
        return paste;
    }
    paste.message = tr("Nothing to queue: the clipboard holds no image and no files. Copy an "
                       "invoice image or files, then paste again.");
    return paste;
}

} // namespace InvoiceDash
