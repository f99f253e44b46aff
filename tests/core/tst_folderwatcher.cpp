#include "ingest/folderwatcher.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace InvoiceDash;

namespace {

QByteArray pngBytes()
{
    QFile file(QStringLiteral(INVOICEDASH_TEST_DATA_DIR "/syn_0001.png"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes,
           QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}

QStringList readyPaths(const QSignalSpy &spy)
{
    QStringList paths;
    for (const QList<QVariant> &args : spy)
        paths << args.at(0).toStringList();
    return paths;
}

} // namespace

// Most cases drive the watcher with a fake clock and explicit rescans, so
// they do not depend on timing; the last one uses the real timers.
class TstFolderWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newFileQueuedOnceStable();
    void growingFileWaits();
    void ignoresUnsupportedAndExisting_data();
    void ignoresUnsupportedAndExisting();
    void eachFileOnce();
    void replacedFileIsNewAgain();
    void stopsAndSwitchesFolders();
    void realTimersPickUpAFile();
    void worksOnItsOwnThread();
    void watchingAMissingFolderSaysSo();

private:
    QByteArray m_png;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 0;
    std::unique_ptr<FolderWatcher> m_watcher;
};

void TstFolderWatcher::initTestCase()
{
    m_png = pngBytes();
    QVERIFY(m_png.size() > 1000);
}

void TstFolderWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = 0;
    m_watcher = std::make_unique<FolderWatcher>();
    m_watcher->setClock([this] { return m_now; });
    m_watcher->setPollInterval(60 * 60 * 1000); // the test rescans by hand
    m_watcher->setStableFor(3000);
}

void TstFolderWatcher::newFileQueuedOnceStable()
{
    m_watcher->setFolder(m_dir->path());
    QSignalSpy ready(m_watcher.get(), &FolderWatcher::filesReady);
    const QString path = m_dir->filePath(QStringLiteral("scan.png"));
    QVERIFY(write(path, m_png));

    m_watcher->rescan(); // first seen
    QCOMPARE(m_watcher->pendingCount(), 1);
    m_now = 2999;
    m_watcher->rescan();
    QCOMPARE(ready.count(), 0); // not stable long enough
    m_now = 3000;
    m_watcher->rescan();
    QCOMPARE(ready.count(), 1);
    QCOMPARE(readyPaths(ready), QStringList{QFileInfo(path).absoluteFilePath()});
    QCOMPARE(m_watcher->pendingCount(), 0);
}

void TstFolderWatcher::growingFileWaits()
{
    m_watcher->setFolder(m_dir->path());
    QSignalSpy ready(m_watcher.get(), &FolderWatcher::filesReady);
    const QString path = m_dir->filePath(QStringLiteral("big.png"));
    QVERIFY(write(path, m_png.left(100)));
    m_watcher->rescan();
    for (int i = 1; i <= 5; ++i) { // grows every 2 s: never 3 s unchanged
        m_now += 2000;
        QVERIFY(write(path, m_png.mid(100 * i, 100), QIODevice::Append));
        m_watcher->rescan();
        QCOMPARE(ready.count(), 0);
    }
    QVERIFY(write(path, m_png.mid(600), QIODevice::Append)); // finished
    m_now += 1000;
    m_watcher->rescan(); // the new size starts the wait again
    m_now += 2999;
    m_watcher->rescan();
    QCOMPARE(ready.count(), 0);
    m_now += 1;
    m_watcher->rescan();
    QCOMPARE(ready.count(), 1);
    QCOMPARE(QFileInfo(path).size(), m_png.size());
}

void TstFolderWatcher::ignoresUnsupportedAndExisting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("beforeWatching");
    QTest::addColumn<bool>("expected");
    QTest::newRow("new image") << QStringLiteral("a.png") << pngBytes() << false << true;
    QTest::newRow("there before") << QStringLiteral("a.png") << pngBytes() << true << false;
    QTest::newRow("text file") << QStringLiteral("notes.txt") << QByteArray("hello\n") << false
                               << false;
    QTest::newRow("partial download")
        << QStringLiteral("a.png.part") << pngBytes() << false << false;
    QTest::newRow("unknown, not an image")
        << QStringLiteral("README") << QByteArray(500, 'x') << false << false;
    QTest::newRow("image without suffix") << QStringLiteral("scan") << pngBytes() << false << true;
    QTest::newRow("browser download")
        << QStringLiteral("a.png.crdownload") << pngBytes() << false << false;
    QTest::newRow("editor backup") << QStringLiteral("a.png~") << pngBytes() << false << false;
    QTest::newRow("hidden") << QStringLiteral(".a.png") << pngBytes() << false << false;
}

void TstFolderWatcher::ignoresUnsupportedAndExisting()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, beforeWatching);
    QFETCH(bool, expected);
    const QString path = m_dir->filePath(name);
    if (beforeWatching)
        QVERIFY(write(path, bytes));
    m_watcher->setFolder(m_dir->path());
    QSignalSpy ready(m_watcher.get(), &FolderWatcher::filesReady);
    if (!beforeWatching)
        QVERIFY(write(path, bytes));
    for (int i = 0; i < 4; ++i) {
        m_watcher->rescan();
        m_now += 2000;
    }
    QCOMPARE(ready.count(), expected ? 1 : 0);
}

void TstFolderWatcher::eachFileOnce()
{
    m_watcher->setFolder(m_dir->path());
    QSignalSpy ready(m_watcher.get(), &FolderWatcher::filesReady);
    QVERIFY(write(m_dir->filePath(QStringLiteral("b.png")), m_png));
    QVERIFY(write(m_dir->filePath(QStringLiteral("a.png")), m_png));
    for (int i = 0; i < 10; ++i) {
        m_watcher->rescan();
        m_now += 1000;
    }
    QCOMPARE(ready.count(), 1); // both in one signal, in name order
    QCOMPARE(readyPaths(ready),
             (QStringList{QDir(m_dir->path()).absoluteFilePath(QStringLiteral("a.png")),
                          QDir(m_dir->path()).absoluteFilePath(QStringLiteral("b.png"))}));
}

void TstFolderWatcher::replacedFileIsNewAgain()
{
    m_watcher->setFolder(m_dir->path());
    QSignalSpy ready(m_watcher.get(), &FolderWatcher::filesReady);
    const QString path = m_dir->filePath(QStringLiteral("a.png"));
    QVERIFY(write(path, m_png));
    for (int i = 0; i < 3; ++i, m_now += 2000)
        m_watcher->rescan();
    QCOMPARE(ready.count(), 1);
    QVERIFY(QFile::remove(path));
    m_watcher->rescan();
    QVERIFY(write(path, m_png));
    for (int i = 0; i < 3; ++i, m_now += 2000)
        m_watcher->rescan();
    QCOMPARE(ready.count(), 2);
}

void TstFolderWatcher::stopsAndSwitchesFolders()
{
    m_watcher->setFolder(m_dir->path());
    QVERIFY(m_watcher->isWatching());
    QSignalSpy ready(m_watcher.get(), &FolderWatcher::filesReady);
    QVERIFY(write(m_dir->filePath(QStringLiteral("a.png")), m_png));
    m_watcher->rescan();
    m_watcher->setFolder({});
    QVERIFY(!m_watcher->isWatching());
    m_now += 10000;
    m_watcher->rescan();
    QCOMPARE(ready.count(), 0);
}

void TstFolderWatcher::realTimersPickUpAFile()
{
    FolderWatcher watcher;      // real clock
    watcher.setStableFor(1000); // wide margins: the waits below may overshoot on a busy machine
    watcher.setPollInterval(50);
    watcher.setFolder(m_dir->path());
    QSignalSpy ready(&watcher, &FolderWatcher::filesReady);
    const QString path = m_dir->filePath(QStringLiteral("live.png"));
    QVERIFY(write(path, m_png.left(2000)));
    QTest::qWait(200);
    QVERIFY(write(path, m_png.mid(2000), QIODevice::Append));
    QTest::qWait(200); // only 200 ms since it last grew
    QCOMPARE(ready.count(), 0);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(readyPaths(ready), QStringList{QFileInfo(path).absoluteFilePath()});
    QTest::qWait(300); // and not again
    QCOMPARE(ready.count(), 1);
}

void TstFolderWatcher::worksOnItsOwnThread()
{
    // As the app runs it: moved to a thread, configured by queued calls; its
    // timers and file-system watcher move along and the listing runs there.
    QThread thread;
    auto *watcher = new FolderWatcher;
    watcher->setPollInterval(100);
    watcher->moveToThread(&thread);
    connect(&thread, &QThread::finished, watcher, &QObject::deleteLater);
    thread.start();

    std::atomic<QThread *> emittedOn = nullptr;
    connect(
        watcher, &FolderWatcher::filesReady, watcher,
        [&emittedOn] { emittedOn = QThread::currentThread(); }, Qt::DirectConnection);
    // Received on this thread (queued), so counting needs no lock.
    QList<QStringList> ready;
    connect(watcher, &FolderWatcher::filesReady, this,
            [&ready](const QStringList &paths) { ready.append(paths); });
    const QString folder = m_dir->path();
    // Blocking: the folder's current files are "known" before the new one comes.
    QMetaObject::invokeMethod(
        watcher,
        [watcher, folder] {
            watcher->setStableFor(200);
            watcher->setFolder(folder);
        },
        Qt::BlockingQueuedConnection);
    const QString path = m_dir->filePath(QStringLiteral("threaded.png"));
    QVERIFY(write(path, m_png));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QCOMPARE(ready.constFirst(), QStringList{QFileInfo(path).absoluteFilePath()});
    QCOMPARE(emittedOn.load(), &thread);

    QPointer<FolderWatcher> alive(watcher);
    thread.quit();
    QVERIFY(thread.wait(5000));
    QVERIFY(alive.isNull()); // deleted on its thread as it finished
}

void TstFolderWatcher::watchingAMissingFolderSaysSo()
{
    QSignalSpy missing(m_watcher.get(), &FolderWatcher::folderMissing);
    m_watcher->watch(m_dir->path(), 5000);
    QVERIFY(m_watcher->isWatching());
    QCOMPARE(m_watcher->stableFor(), 5000);
    QCOMPARE(missing.count(), 0);

    const QString gone = m_dir->filePath(QStringLiteral("no-such-folder"));
    m_watcher->watch(gone, 3000);
    QVERIFY(!m_watcher->isWatching());
    QCOMPARE(missing.count(), 1);
    QCOMPARE(missing.constFirst().constFirst().toString(), gone);

    // A file is not a folder either.
    const QString file = m_dir->filePath(QStringLiteral("scan.png"));
    QVERIFY(write(file, m_png));
    m_watcher->watch(file, 3000);
    QVERIFY(!m_watcher->isWatching());
    QCOMPARE(missing.count(), 2);

    m_watcher->watch(QString(), 3000); // off: nothing to complain about
    QCOMPARE(missing.count(), 2);
}

QTEST_MAIN(TstFolderWatcher)
#include "tst_folderwatcher.moc"
