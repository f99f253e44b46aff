#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace InvoiceDash {

// Watches one folder (not its subfolders) for new invoice files and reports
// each one once, when it has stopped changing: its size and modification
// time stayed the same for stableFor() (default 3 s), so a file that is
// still being copied or scanned is not read half-written.
//
// Files already in the folder when watching starts are not reported (only
// new ones are); files InvoiceDash cannot read (FileCollector) and files
// under a temporary name ("x.png.part", ".crdownload", ".tmp", "~") are ignored.
// A file that is replaced later (new size or time) is reported again — the
// pipeline recognises unchanged content by its SHA-256.
//
// QFileSystemWatcher says when the folder changes; a periodic rescan
// (pollInterval(), default 1 s) is the fallback for file systems without
// notifications and is what notices a file has become stable. Disk access
// is one directory listing per scan, on the thread the watcher lives on: the
// app moves it to a thread of its own (its timers and file-system watcher are
// children and move with it), so a large or slow folder never stalls the
// window. Call setFolder() and setStableFor() on that thread (queued).
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // ms, monotonic

    static constexpr int DefaultStableMs = 3000;
    static constexpr int DefaultPollMs = 1000;

    explicit FolderWatcher(QObject *parent = nullptr);

    // An empty folder stops watching. Setting the same folder again does
    // nothing; another folder starts afresh with its current files as known.
    void setFolder(const QString &folder);
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] bool isWatching() const { return !m_folder.isEmpty(); }

    void setStableFor(int ms) { m_stableMs = ms; }
    [[nodiscard]] int stableFor() const { return m_stableMs; }
    void setPollInterval(int ms);
    [[nodiscard]] int pollInterval() const { return m_poll.interval(); }
    // For tests: a fake clock (then call rescan() instead of waiting).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // What the app calls (queued, on the watcher's thread) when the settings
    // change: watches `folder` with `stableMs` when it is a folder; when it
    // is not, stops watching and emits folderMissing(). Empty stops.
    void watch(const QString &folder, int stableMs);

    // Files seen but not stable yet.
    [[nodiscard]] int pendingCount() const { return int(m_candidates.size()); }

public Q_SLOTS:
    void rescan();

Q_SIGNALS:
    // New files that became stable, absolute paths, in name order.
    void filesReady(const QStringList &paths);
    // watch() was given a path that is not an existing folder.
    void folderMissing(const QString &folder);

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        qint64 sinceMs = 0; // when we first saw this size and time
        friend bool operator==(const Seen &a, const Seen &b)
        {
            return a.size == b.size && a.modified == b.modified;
        }
    };

    [[nodiscard]] QHash<QString, Seen> list(qint64 nowMs) const;

    QString m_folder;
    int m_stableMs = DefaultStableMs;
    Clock m_clock;
    QFileSystemWatcher m_watcher{this};
    QTimer m_poll{this};
    QTimer m_soon{this};               // coalesces bursts of change notifications
    QHash<QString, Seen> m_candidates; // new, not stable yet
    QHash<QString, Seen> m_done;       // reported, ignored or there from the start
};

} // namespace InvoiceDash
