#include "clipboardpaste.h"
#include "common/datapaths.h"
#include "mainwindow.h"
#include "pipeline/pipeline.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace InvoiceDash;

class TstPaste : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void uniqueNames();
    void fromMimeData();
    void pastedImageIsSavedAndQueued();
    void pastedFileUrlsAreQueued();
    void pastedTextIsExplained();

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<Pipeline> m_pipeline;
};

void TstPaste::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
}

void TstPaste::init()
{
    m_pipeline = std::make_unique<Pipeline>(nullptr);
    PipelineOptions options;
    options.workers = 1;
    m_pipeline->setOptions(options);
}

void TstPaste::cleanup()
{
    m_pipeline->cancel();
    m_pipeline.reset();
}

void TstPaste::uniqueNames()
{
    QTemporaryDir dir;
    const QDateTime now(QDate(2026, 11, 28), QTime(19, 58, 7));
    const QString first = ClipboardPaste::uniqueImagePath(dir.path(), now);
    QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("pasted-20261128-195807.png"));
    QVERIFY(QFile(first).open(QIODevice::WriteOnly));
    QCOMPARE(QFileInfo(ClipboardPaste::uniqueImagePath(dir.path(), now)).fileName(),
             QStringLiteral("pasted-20261128-195807-2.png"));
}

void TstPaste::fromMimeData()
{
    QTemporaryDir dir;
    const QDateTime now(QDate(2026, 1, 2), QTime(3, 4, 5));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    QMimeData data;
    data.setImageData(image);
    const ClipboardPaste paste = ClipboardPaste::fromMimeData(&data, dir.path(), now);
    QCOMPARE(paste.paths, QStringList{dir.filePath(QStringLiteral("pasted-20260102-030405.png"))});
    const QImage written(paste.paths.constFirst());
    QCOMPARE(written.size(), QSize(40, 30));

    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QVERIFY(ClipboardPaste::fromMimeData(&text, dir.path(), now).paths.isEmpty());
    QVERIFY(!ClipboardPaste::fromMimeData(nullptr, dir.path(), now).message.isEmpty());
}

void TstPaste::pastedImageIsSavedAndQueued()
{
    MainWindow window(m_pipeline.get());
    QSignalSpy queued(m_pipeline.get(), &Pipeline::jobQueued);
    QImage image(200, 120, QImage::Format_RGB32);
    image.fill(Qt::white);
    QGuiApplication::clipboard()->setImage(image);
    QVERIFY(window.pasteAction()->shortcut() == QKeySequence(QKeySequence::Paste));

    window.pasteAction()->trigger();

    QTRY_COMPARE(queued.count(), 1);
    const QString path = queued.constFirst().at(1).toString();
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(DataPaths::pastedImagesDir()).absolutePath());
    QVERIFY2(QFileInfo(path).fileName().startsWith(QStringLiteral("pasted-")), qPrintable(path));
    QVERIFY(path.endsWith(QStringLiteral(".png")));
    QCOMPARE(QImage(path).size(), QSize(200, 120));
    QVERIFY(window.statusBar()->currentMessage().contains(QFileInfo(path).fileName()));
}

void TstPaste::pastedFileUrlsAreQueued()
{
    MainWindow window(m_pipeline.get());
    QSignalSpy queued(m_pipeline.get(), &Pipeline::jobQueued);
    auto *data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(QStringLiteral(INVOICEDASH_TEST_DATA_DIR "/syn_0001.png"))});
    QGuiApplication::clipboard()->setMimeData(data);

    window.pasteAction()->trigger();

    QTRY_COMPARE(queued.count(), 1);
    QCOMPARE(QFileInfo(queued.constFirst().at(1).toString()).fileName(),
             QStringLiteral("syn_0001.png"));
}

void TstPaste::pastedTextIsExplained()
{
    MainWindow window(m_pipeline.get());
    QSignalSpy queued(m_pipeline.get(), &Pipeline::jobQueued);
    QGuiApplication::clipboard()->setText(QStringLiteral("just words"));
    const int before = int(QDir(DataPaths::pastedImagesDir()).entryList(QDir::Files).size());

    window.pasteAction()->trigger();

    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("no image")));
    QTest::qWait(100);
    QCOMPARE(queued.count(), 0);
    QCOMPARE(int(QDir(DataPaths::pastedImagesDir()).entryList(QDir::Files).size()), before);
}

QTEST_MAIN(TstPaste)
#include "tst_paste.moc"
