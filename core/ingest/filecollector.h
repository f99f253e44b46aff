#pragma once

#include "common/canceltoken.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace InvoiceDash {

struct RejectedFile
{
    QString path;
    QString reason; // a sentence for the user
};

struct CollectedFiles
{
    QStringList accepted; // absolute, clean paths in a stable order, no duplicates
    QList<RejectedFile> rejected;
};

// Expands dropped paths: folders recursively (hidden files and folders are
// left out, symbolic links to folders are not followed), keeps the files
// InvoiceDash can read and reports every other one with a reason.
// Does disk I/O: call it off the GUI thread.
class FileCollector
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::FileCollector)

public:
    static constexpr int DefaultMaxFiles = 50000;

    [[nodiscard]] static CollectedFiles collect(const QStringList &paths,
                                                const CancelToken *cancelled = nullptr,
                                                int maxFiles = DefaultMaxFiles);

    // Human-readable list for messages: "PNG, JPEG, TIFF, BMP, WebP".
    [[nodiscard]] static QString supportedFormatsText();

    // By suffix first, then by sniffing the file header. Empty when supported,
    // otherwise the reason.
    [[nodiscard]] static QString unsupportedReason(const QString &filePath);
};

} // namespace InvoiceDash
