#include "appicon.h"
#include "common/appsettings.h"
#include "common/datapaths.h"
#include "dashboardoverlay.h"
#include "dropzone.h"
#include "historytab.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "pipeline/pipeline.h"
#include "resultsmodel.h"
#include "store/resultstore.h"
#include "trayicon.h"

#include <QAction>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace InvoiceDash;

namespace {

QString testData(const char *name)
{
    return QStringLiteral(INVOICEDASH_TEST_DATA_DIR "/") + QLatin1StringView(name);
}

QString cell(const ResultsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

InvoiceResult okResult(quint64 jobId, const QString &path)
{
    InvoiceResult r;
    r.jobId = jobId;
    r.path = path;
    r.status = InvoiceStatus::Ok;
    r.fields.vendor = QStringLiteral("Acme Supplies GmbH");
    r.fields.invoiceNumber = QStringLiteral("INV-2024-0042");
    r.fields.invoiceDate = QStringLiteral("2024-03-05");
    r.fields.total = QStringLiteral("1234.56");
    r.fields.currency = QStringLiteral("EUR");
    r.confidence = 91.26;
    r.latencyMs = 842.4;
    return r;
}

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dropQueuesFilesAndReportsSkipped();
    void cancelButtonFollowsBusy();
    void modelFollowsJobLifecycle();
    void failedRowShowsError();
    void storeErrorShowsBanner();
    void emptyDropZoneOffersSamples();
    void historyTabFollowsStoredResults();
    void overlayActionSyncs();
    void geometryIsRemembered();
    void trayIconDegradesGracefully();

private:
    void dropOn(QWidget *target, const QStringList &paths);

    QTemporaryDir m_dataDir;
    std::unique_ptr<Pipeline> m_pipeline;
};

void TstMainWindow::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(QFile::exists(testData("syn_0001.png")));
}

void TstMainWindow::init()
{
    QFile::remove(DataPaths::settingsFile());
    m_pipeline = std::make_unique<Pipeline>(nullptr);
    PipelineOptions options;
    options.workers = 1;
    m_pipeline->setOptions(options);
}

void TstMainWindow::cleanup()
{
    m_pipeline->cancel();
    m_pipeline.reset(); // waits for interrupted OCR
}

void TstMainWindow::dropOn(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    // Like a real drag: the enter event picks the target, then the drop.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

void TstMainWindow::dropQueuesFilesAndReportsSkipped()
{
    MainWindow window(m_pipeline.get());
    QSignalSpy queued(m_pipeline.get(), &Pipeline::jobQueued);
    QSignalSpy rejected(m_pipeline.get(), &Pipeline::jobRejected);
    QTemporaryDir scratch;
    const QString notes = scratch.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an invoice\n");
    }

    auto *dropZone = window.findChild<DropZone *>();
    QVERIFY(dropZone);
    QVERIFY(dropZone->acceptDrops());
    dropOn(dropZone, {testData("syn_0001.png"), testData("syn_0009.png"), notes});

    QTRY_COMPARE(queued.count(), 2);
    QTRY_COMPARE(rejected.count(), 1);
    ResultsModel *model = window.model();
    QCOMPARE(model->rowCount(), 3);

    // The skipped file is a row of its own, with the reason.
    int skippedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->state(row) == ResultsModel::RowState::Skipped)
            skippedRow = row;
    }
    QVERIFY(skippedRow >= 0);
    QCOMPARE(cell(*model, skippedRow, ResultsModel::FileColumn), QStringLiteral("notes.txt"));
    QCOMPARE(cell(*model, skippedRow, ResultsModel::StatusColumn), QStringLiteral("Skipped"));
    QCOMPARE(cell(*model, skippedRow, ResultsModel::ErrorColumn),
             rejected.constFirst().at(1).toString());
    QCOMPARE(model->counts().skipped, 1);
    QCOMPARE(model->counts().pending + model->counts().ok + model->counts().failed
                 + model->counts().cancelled,
             2);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("countsLabel"))
                ->text()
                .contains(QStringLiteral("1 skipped")));
    QVERIFY(dropZone->isCompact()); // the list has rows now
}

void TstMainWindow::cancelButtonFollowsBusy()
{
    MainWindow window(m_pipeline.get());
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    auto *queueLabel = window.findChild<QLabel *>(QStringLiteral("queueLabel"));
    QVERIFY(cancel && queueLabel);
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(queueLabel->text(), QStringLiteral("Idle"));

    QSignalSpy queued(m_pipeline.get(), &Pipeline::jobQueued);
    QSignalSpy finished(m_pipeline.get(), &Pipeline::jobFinished);
    window.addPaths({testData("syn_0001.png"), testData("syn_0012.png"), testData("syn_0022.png")});
    QVERIFY(m_pipeline->isBusy());
    QVERIFY(cancel->isEnabled());
    QTRY_COMPARE(queued.count(), 3);
    QVERIFY(queueLabel->text().endsWith(QStringLiteral("in queue")));

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled()); // no double cancel while work winds down
    QTRY_VERIFY_WITH_TIMEOUT(!m_pipeline->isBusy(), 60000);
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(queueLabel->text(), QStringLiteral("Idle"));
    // Queued jobs were cancelled, not lost.
    QVERIFY(window.model()->counts().cancelled >= 1);
    QCOMPARE(window.model()->counts().pending, 0);
}

void TstMainWindow::modelFollowsJobLifecycle()
{
    ResultsModel model;
    QSignalSpy counts(&model, &ResultsModel::countsChanged);
    const QString path = testData("syn_0001.png");
    model.addJob(7, path);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ResultsModel::ColumnCount));
    QCOMPARE(model.headerData(ResultsModel::TotalColumn, Qt::Horizontal).toString(),
             QStringLiteral("Total"));
    QCOMPARE(cell(model, 0, ResultsModel::StatusColumn), QStringLiteral("Queued"));
    QCOMPARE(model.counts().pending, 1);

    model.setStage(7, ProcessingStage::Recognizing);
    QCOMPARE(cell(model, 0, ResultsModel::StatusColumn), QStringLiteral("Reading text\u2026"));
    QCOMPARE(model.index(0, ResultsModel::ProgressColumn).data(ResultsModel::ProgressRole).toInt(),
             progressPercent(ProcessingStage::Recognizing));

    model.setResult(okResult(7, path));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, ResultsModel::FileColumn), QStringLiteral("syn_0001.png"));
    QCOMPARE(cell(model, 0, ResultsModel::StatusColumn), QStringLiteral("Done"));
    QCOMPARE(model.index(0, ResultsModel::ProgressColumn).data(ResultsModel::ProgressRole).toInt(),
             100);
    QCOMPARE(model.headerData(ResultsModel::VendorColumn, Qt::Horizontal).toString(),
             QStringLiteral("Vendor"));
    QCOMPARE(cell(model, 0, ResultsModel::VendorColumn), QStringLiteral("Acme Supplies GmbH"));
    QCOMPARE(cell(model, 0, ResultsModel::InvoiceNumberColumn), QStringLiteral("INV-2024-0042"));
    QCOMPARE(cell(model, 0, ResultsModel::DateColumn), QStringLiteral("2024-03-05"));
    QCOMPARE(cell(model, 0, ResultsModel::TotalColumn), QStringLiteral("1,234.56\u00a0EUR"));
    QCOMPARE(cell(model, 0, ResultsModel::ConfidenceColumn), QStringLiteral("91.3 %"));
    QCOMPARE(cell(model, 0, ResultsModel::LatencyColumn), QStringLiteral("842"));
    QVERIFY(cell(model, 0, ResultsModel::ErrorColumn).isEmpty());
    QCOMPARE(model.counts().ok, 1);

    // The checks: "n/m passed" counts the checks that apply; the tooltip lists them.
    InvoiceResult checked = okResult(7, path);
    checked.checks = {{QStringLiteral("total-present"), CheckOutcome::Passed,
                       QStringLiteral("The total is 1234.56.")},
                      {QStringLiteral("subtotal-plus-tax"), CheckOutcome::Failed,
                       QStringLiteral("Subtotal + tax = 1000.00, but the total is 1234.56.")},
                      {QStringLiteral("lines-sum"), CheckOutcome::NotApplicable,
                       QStringLiteral("No line items.")}};
    model.setResult(checked);
    QCOMPARE(cell(model, 0, ResultsModel::ChecksColumn), QStringLiteral("1/2 passed"));
    const QString tip = cell(model, 0, ResultsModel::ChecksColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QLatin1String("subtotal-plus-tax: Subtotal + tax = 1000.00")),
             qPrintable(tip));
    checked.verified = true;
    model.setResult(checked);
    QCOMPARE(cell(model, 0, ResultsModel::ChecksColumn), QStringLiteral("\u2713 verified"));
    QCOMPARE(model.counts().pending, 0);

    // A late stage signal does not reopen the finished row.
    model.setStage(7, ProcessingStage::Storing);
    QCOMPARE(cell(model, 0, ResultsModel::StatusColumn), QStringLiteral("Done"));
    QVERIFY(counts.count() >= 2);

    model.clearFinished();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.counts(), ResultsModel::Counts{});
}

void TstMainWindow::failedRowShowsError()
{
    ResultsModel model;
    model.addJob(3, QStringLiteral("/tmp/scan.png"));
    InvoiceResult failed;
    failed.jobId = 3;
    failed.path = QStringLiteral("/tmp/scan.png");
    failed.status = InvoiceStatus::Failed;
    failed.error = QStringLiteral("The image could not be decoded.\nlibpng: bad CRC");
    model.setResult(failed);

    QCOMPARE(cell(model, 0, ResultsModel::StatusColumn), QStringLiteral("Failed"));
    QCOMPARE(cell(model, 0, ResultsModel::ErrorColumn),
             QStringLiteral("The image could not be decoded."));
    QCOMPARE(cell(model, 0, ResultsModel::ErrorColumn, Qt::ToolTipRole), failed.error);
    QCOMPARE(model.index(0, ResultsModel::ProgressColumn).data(ResultsModel::ProgressRole).toInt(),
             -1);
    QVERIFY(model.index(0, ResultsModel::StatusColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.counts().failed, 1);

    // A cancelled job.
    model.addJob(4, QStringLiteral("/tmp/other.png"));
    InvoiceResult cancelled;
    cancelled.jobId = 4;
    cancelled.status = InvoiceStatus::Cancelled;
    model.setResult(cancelled);
    QCOMPARE(cell(model, 1, ResultsModel::StatusColumn), QStringLiteral("Cancelled"));
    QCOMPARE(cell(model, 1, ResultsModel::FileColumn), QStringLiteral("other.png"));
}

void TstMainWindow::storeErrorShowsBanner()
{
    MainWindow window(m_pipeline.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<MessageBanner *>();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    InvoiceResult result = okResult(1, testData("syn_0001.png"));
    result.storeError = QStringLiteral("database is locked");
    Q_EMIT m_pipeline->jobFinished(result);

    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("database is locked")),
             qPrintable(banner->text()));
    ResultsModel *model = window.model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(*model, 0, ResultsModel::StatusColumn), QStringLiteral("Done (not saved)"));
    QVERIFY(cell(*model, 0, ResultsModel::ErrorColumn).contains(QStringLiteral("locked")));
    QCOMPARE(model->counts().notStored, 1);

    banner->dismiss();
    QVERIFY(!banner->isVisible());
}

void TstMainWindow::historyTabFollowsStoredResults()
{
    QTemporaryDir dir;
    ResultStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    MainWindow window(m_pipeline.get());
    window.setResultStore(&store);
    window.show();
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Results"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("History"));
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(tabs->widget(0)->isAncestorOf(window.findChild<QTableView *>()));

    HistoryTab *history = window.historyTab();
    QSignalSpy loaded(history, &HistoryTab::loaded);
    tabs->setCurrentWidget(history);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    QVERIFY(history->isShowingEmptyState());

    // A stored result reaches the chart after the throttle.
    InvoiceResult r = okResult(1, testData("syn_0001.png"));
    r.timestampMs = QDateTime::currentMSecsSinceEpoch();
    r.id = InvoiceResult::makeId(r.timestampMs);
    r.processedAt = QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC).toString(Qt::ISODate);
    QVERIFY2(store.insert(&r, &error), qPrintable(error));
    Q_EMIT m_pipeline->jobFinished(r);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, HistoryTab::RefreshThrottleMs * 2);
    QCOMPARE(history->history().total(), 1);
    QVERIFY(!history->isShowingEmptyState());

    // Files from the watched folder leave the user on the History tab ...
    window.addWatchedPaths({testData("syn_0009.png")});
    QCOMPARE(tabs->currentIndex(), 1);
    QTRY_VERIFY(window.model()->rowCount() > 0);
    // ... files the user adds bring the Results tab back, where their rows appear.
    window.addPaths({testData("syn_0001.png")});
    QCOMPARE(tabs->currentIndex(), 0);
    // Let the file be listed and queued before the pipeline goes away.
    QTRY_VERIFY(window.model()->rowCount() > 1);
}

void TstMainWindow::emptyDropZoneOffersSamples()
{
    MainWindow window(m_pipeline.get());
    QSignalSpy samples(&window, &MainWindow::sampleInvoicesRequested);
    auto *dropZone = window.findChild<DropZone *>();
    QVERIFY(!dropZone->isCompact());
    auto *link = window.findChild<QLabel *>(QStringLiteral("sampleLink"));
    QVERIFY(link && link->isVisibleTo(&window));
    Q_EMIT link->linkActivated(QStringLiteral("#samples"));
    QCOMPARE(samples.count(), 1);

    // And from the File menu.
    QAction *menuAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().contains(QStringLiteral("Sample Invoices")))
            menuAction = action;
    }
    QVERIFY(menuAction);
    menuAction->trigger();
    QCOMPARE(samples.count(), 2);
}

void TstMainWindow::overlayActionSyncs()
{
    MainWindow window(m_pipeline.get());
    QSignalSpy toggled(&window, &MainWindow::overlayToggled);
    QAction *action = window.showOverlayAction();
    QVERIFY(action->isCheckable());
    action->trigger();
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.constFirst().constFirst().toBool(), true);

    // Syncing from the overlay does not echo back.
    window.setOverlayShown(false);
    QVERIFY(!action->isChecked());
    QCOMPARE(toggled.count(), 1);

    // Wired like the app does it.
    DashboardOverlay overlay;
    connect(&window, &MainWindow::overlayToggled, &overlay, &DashboardOverlay::setShown);
    connect(&overlay, &DashboardOverlay::visibilityChanged, &window, &MainWindow::setOverlayShown);
    action->trigger();
    QVERIFY(overlay.isVisible());
    overlay.setShown(false);
    QVERIFY(!action->isChecked());
}

void TstMainWindow::geometryIsRemembered()
{
    {
        MainWindow window(m_pipeline.get());
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    QVERIFY(!AppSettings().mainWindowGeometry().isEmpty());
    MainWindow again(m_pipeline.get());
    QCOMPARE(again.size(), QSize(900, 640));
}

void TstMainWindow::trayIconDegradesGracefully()
{
    QVERIFY(!appIcon().isNull());
    QVERIFY(!appIcon().pixmap(32).isNull());
    MainWindow window(m_pipeline.get());
    DashboardOverlay overlay;
    TrayIcon tray(&window, &overlay);
    QCOMPARE(tray.isAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
    tray.toggleDashboard();
    QVERIFY(overlay.isVisible());
    tray.toggleDashboard();
    QVERIFY(!overlay.isVisible());
    tray.showMessage(QStringLiteral("t"), QStringLiteral("m")); // no crash without a tray
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
