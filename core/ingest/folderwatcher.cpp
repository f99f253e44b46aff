#include "folderwatcher.h"

#include "common/logging.h"
#include "ingest/filecollector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace InvoiceDash {

namespace {

// Names under which browsers, scanners and editors write a file before
// giving it its real name; that rename is a new file and is picked up.
bool isTemporaryName(const QString &fileName)
{
    static const QStringList suffixes
        = {QStringLiteral(".part"),     QStringLiteral(".partial"), QStringLiteral(".crdownload"),
           QStringLiteral(".download"), QStringLiteral(".tmp"),     QStringLiteral(".temp"),
           QStringLiteral("~")};
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&fileName](const QString &suffix) {
        return fileName.endsWith(suffix, Qt::CaseInsensitive);
    });
}

} // namespace

FolderWatcher::FolderWatcher(QObject *parent) : QObject(parent)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };

    m_poll.setInterval(DefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &FolderWatcher::rescan);
    m_soon.setSingleShot(true);
    m_soon.setInterval(100);
    connect(&m_soon, &QTimer::timeout, this, &FolderWatcher::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_soon,
            qOverload<>(&QTimer::start));
}

void FolderWatcher::setPollInterval(int ms)
{
    m_poll.setInterval(ms);
}

void FolderWatcher::setFolder(const QString &folder)
{
    const QString clean
        = folder.isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absolutePath());
    if (clean == m_folder)
        return;
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_poll.stop();
    m_soon.stop();
    m_candidates.clear();
    m_done.clear();
    m_folder = clean;
    if (m_folder.isEmpty()) {
        qCInfo(lcIngest, "Stopped watching a folder");
        return;
    }
    qCInfo(lcIngest, "Watching %s for new invoices", qUtf8Printable(m_folder));
    m_done = list(m_clock()); // what is there already is not new
    if (QFileInfo(m_folder).isDir())
        m_watcher.addPath(m_folder);
    m_poll.start();
}

void FolderWatcher::watch(const QString &folder, int stableMs)
{
    setStableFor(stableMs);
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        qCWarning(lcIngest, "The watched folder %s does not exist; not watching",
                  qUtf8Printable(folder));
        setFolder(QString());
        Q_EMIT folderMissing(folder);
        return;
    }
    setFolder(folder);
}

QHash<QString, FolderWatcher::Seen> FolderWatcher::list(qint64 nowMs) const
{
    QHash<QString, Seen> files;
    const QDir dir(m_folder);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : entries)
        files.insert(info.absoluteFilePath(), Seen{info.size(), info.lastModified(), nowMs});
    return files;
}

void FolderWatcher::rescan()
{
    if (m_folder.isEmpty())
        return;
    // The folder may have been created or re-created since watching began.
    if (m_watcher.directories().isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher.addPath(m_folder);

    const qint64 now = m_clock();
    const QHash<QString, Seen> current = list(now);
    QStringList ready;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const QString &path = it.key();
        const auto done = m_done.constFind(path);
        if (done != m_done.cend() && *done == *it)
            continue; // reported, ignored or old, and unchanged since
        auto candidate = m_candidates.find(path);
        if (candidate == m_candidates.end()) {
            m_candidates.insert(path, *it);
            continue;
        }
        if (!(*candidate == *it)) {
            *candidate = *it; // still being written: start waiting again
            continue;
        }
        if (now - candidate->sinceMs < m_stableMs)
            continue;
        m_done.insert(path, *candidate);
        m_candidates.erase(candidate);
        const QString reason = isTemporaryName(QFileInfo(path).fileName())
            ? QStringLiteral("a temporary name")
            : FileCollector::unsupportedReason(path);
        if (!reason.isEmpty()) {
            qCDebug(lcIngest, "Watched folder: ignoring %s: %s", qUtf8Printable(path),
                    qUtf8Printable(reason));
            continue;
        }
        ready << path;
    }
    // Forget files that went away before they settled, or after.
    m_candidates.removeIf([&current](const auto &entry) { return !current.contains(entry.key()); });
    m_done.removeIf([&current](const auto &entry) { return !current.contains(entry.key()); });

    if (!ready.isEmpty()) {
        ready.sort();
        qCInfo(lcIngest, "Watched folder: %lld new file(s)", qlonglong(ready.size()));
        Q_EMIT filesReady(ready);
    }
}

} // namespace InvoiceDash
