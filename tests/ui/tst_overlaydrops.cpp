// Files and folders dropped on the dashboard overlay are queued like drops
// on the main window.
#include "common/appsettings.h"
#include "common/datapaths.h"
#include "dashboardoverlay.h"
#include "mainwindow.h"
#include "pipeline/pipeline.h"
#include "resultsmodel.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace InvoiceDash;

namespace {

QString testData(const char *name)
{
    return QDir(QStringLiteral(INVOICEDASH_TEST_DATA_DIR)).filePath(QLatin1StringView(name));
}

// Sends a drag-enter and, if it was accepted, a drop of `mime` at `target`'s
// centre, like a drag from a file manager. Returns whether the enter was
// accepted.
bool dragAndDrop(QWidget *target, QMimeData *mime)
{
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, mime,
                          Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(centre), Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, mime,
                    Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted() && drop.dropAction() == Qt::CopyAction;
}

} // namespace

class TstOverlayDrops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void drop_data();
    void drop();
    void dropOnCompactPill();
    void dropIsQueuedLikeOnTheMainWindow();

private:
    QTemporaryDir m_dataDir;
    QTemporaryDir m_scratch;
};

void TstOverlayDrops::initTestCase()
{
    QVERIFY(m_dataDir.isValid() && m_scratch.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
    for (const char *name : {"a.png", "b.pdf"}) {
        QFile file(m_scratch.filePath(QLatin1StringView(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(m_scratch.path()).mkpath(QStringLiteral("folder")));
}

void TstOverlayDrops::init()
{
    QFile::remove(DataPaths::settingsFile());
}

void TstOverlayDrops::drop_data()
{
    // Names relative to the scratch folder; "http:" and "text:" entries are
    // not local files.
    QTest::addColumn<QStringList>("dropped");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two files") << QStringList{QStringLiteral("a.png"), QStringLiteral("b.pdf")}
                               << QStringList{QStringLiteral("a.png"), QStringLiteral("b.pdf")};
    QTest::newRow("a folder") << QStringList{QStringLiteral("folder")}
                              << QStringList{QStringLiteral("folder")};
    QTest::newRow("a file and a web page")
        << QStringList{QStringLiteral("http:"), QStringLiteral("a.png")}
        << QStringList{QStringLiteral("a.png")};
    QTest::newRow("a duplicate") << QStringList{QStringLiteral("a.png"), QStringLiteral("folder"),
                                                QStringLiteral("a.png")}
                                 << QStringList{QStringLiteral("a.png"), QStringLiteral("folder")};
    QTest::newRow("only a web page") << QStringList{QStringLiteral("http:")} << QStringList{};
    QTest::newRow("only text") << QStringList{QStringLiteral("text:")} << QStringList{};
}

void TstOverlayDrops::drop()
{
    QFETCH(QStringList, dropped);
    QFETCH(QStringList, expected);

    DashboardOverlay overlay;
    QVERIFY(overlay.acceptDrops());
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    QSignalSpy spy(&overlay, &DashboardOverlay::pathsDropped);

    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &name : std::as_const(dropped)) {
        if (name == QLatin1String("http:"))
            urls << QUrl(QStringLiteral("https://example.com/invoice.png"));
        else if (name == QLatin1String("text:"))
            mime.setText(QStringLiteral("invoice.png"));
        else
            urls << QUrl::fromLocalFile(m_scratch.filePath(name));
    }
    if (!urls.isEmpty())
        mime.setUrls(urls);

    const bool accepted = dragAndDrop(&overlay, &mime);
    QCOMPARE(accepted, !expected.isEmpty());
    if (expected.isEmpty()) {
        QCOMPARE(spy.count(), 0);
        return;
    }
    QCOMPARE(spy.count(), 1);
    QStringList paths;
    for (const QString &name : std::as_const(expected))
        paths << m_scratch.filePath(name);
    QCOMPARE(spy.constFirst().constFirst().toStringList(), paths);
}

void TstOverlayDrops::dropOnCompactPill()
{
    DashboardOverlay overlay;
    overlay.setCollapsed(true);
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    QSignalSpy spy(&overlay, &DashboardOverlay::pathsDropped);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_scratch.filePath(QStringLiteral("a.png")))});
    // On the one-line label: the drop reaches the overlay through its parents.
    QVERIFY(dragAndDrop(overlay.findChild<QWidget *>(QStringLiteral("pillLabel")), &mime));
    QCOMPARE(spy.count(), 1);
}

void TstOverlayDrops::dropIsQueuedLikeOnTheMainWindow()
{
    Pipeline pipeline(nullptr);
    PipelineOptions options;
    options.workers = 1;
    pipeline.setOptions(options);
    MainWindow window(&pipeline);
    DashboardOverlay overlay;
    // As GuiApplication wires them.
    connect(&overlay, &DashboardOverlay::pathsDropped, &window, &MainWindow::addPaths);
    QSignalSpy queued(&pipeline, &Pipeline::jobQueued);
    QSignalSpy rejected(&pipeline, &Pipeline::jobRejected);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(testData("syn_0009.png")),
                  QUrl::fromLocalFile(m_scratch.filePath(QStringLiteral("b.pdf")))});
    QVERIFY(dragAndDrop(&overlay, &mime));
    QTRY_COMPARE(queued.count(), 1);   // the invoice image
    QTRY_COMPARE(rejected.count(), 1); // the empty "PDF"
    QCOMPARE(window.model()->rowCount(), 2);
    pipeline.cancel();
}

QTEST_MAIN(TstOverlayDrops)
#include "tst_overlaydrops.moc"
