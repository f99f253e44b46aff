#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class QMimeData;

namespace InvoiceDash {

// What Edit > Paste (Ctrl+V) in the main window makes of the clipboard:
// an image is saved as a PNG (pasted-YYYYMMDD-HHMMSS.png, with "-2", "-3"…
// when that name is taken) in `folder` and queued; local file URLs are
// queued as paths; anything else is a message for the user.
struct ClipboardPaste
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::ClipboardPaste)

public:
    QStringList paths; // to queue; empty when there is nothing to queue
    QString message;   // for the status bar

    [[nodiscard]] static ClipboardPaste fromMimeData(const QMimeData *data, const QString &folder,
                                                     const QDateTime &now
                                                     = QDateTime::currentDateTime());
    // A file name in `folder` that does not exist yet.
    [[nodiscard]] static QString uniqueImagePath(const QString &folder, const QDateTime &now);
};

} // namespace InvoiceDash
