#include "guiapplication.h"

#include "appicon.h"
#include "common/appsettings.h"
#include "common/datapaths.h"
#include "common/logging.h"
#include "dashboardoverlay.h"
#include "export/resultexporter.h"
#include "ingest/folderwatcher.h"
#include "languages.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "metrics/metricsaggregator.h"
#include "net/teamconnection.h"
#include "overlaygeometry.h"
#include "pipeline/pipeline.h"
#include "stayontopnotice.h"
#include "store/resultstore.h"
#include "trayicon.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace InvoiceDash {

namespace {

// The interface language: the one chosen in Preferences, else the system's.
void installTranslators(const AppSettings &settings)
{
    const QString chosen = settings.interfaceLanguage();
    const Languages::InstallResult result = Languages::install(Languages::resolve(chosen));
    if (result.ok)
        qCInfo(lcApp, "Interface language: %s%s",
               result.language.isEmpty() ? "English" : qUtf8Printable(result.language),
               result.qtTranslated || result.language.isEmpty() ? ""
                                                                : " (Qt's own dialogs in English)");
    else if (!chosen.isEmpty())
        qCWarning(lcApp, "%s", qUtf8Printable(result.error));
    else
        qCInfo(lcApp, "%s", qUtf8Printable(result.error));
}

// Copies the sample invoices out of the resources so the pipeline can read
// them like any dropped file. Runs off the GUI thread.
QStringList extractSamples(const QString &targetDir)
{
    QDir().mkpath(targetDir);
    QStringList paths;
    const QStringList names = QDir(QStringLiteral(":/samples")).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString target = QDir(targetDir).filePath(name);
        if (!QFile::exists(target) && !QFile::copy(QStringLiteral(":/samples/") + name, target)) {
            qCWarning(lcApp, "Cannot copy the sample invoice %s to %s.", qUtf8Printable(name),
                      qUtf8Printable(targetDir));
            continue;
        }
        paths.append(target);
    }
    return paths;
}

} // namespace

GuiApplication::GuiApplication() = default;

GuiApplication::~GuiApplication()
{
    m_watchThread.quit();
    m_watchThread.wait(); // deletes m_watcher on its thread
    // Widgets first (they reference the pipeline), then the pipeline (it
    // waits for its workers), then the store its workers write to.
    m_tray.reset();
    m_overlay.reset();
    m_mainWindow.reset();
    m_pipeline.reset();
    m_team.reset(); // after the pipeline: its last results reach the outbox
    m_metrics.reset();
    m_store.reset();
}

bool GuiApplication::start(const QStringList &paths)
{
    QGuiApplication::setDesktopFileName(QStringLiteral(INVOICEDASH_APP_ID));
    QApplication::setWindowIcon(appIcon());
    AppSettings settings;
    installTranslators(settings);
    m_store = std::make_unique<ResultStore>(DataPaths::databaseFile());
    QString storeError;
    const bool storeReady = m_store->open(&storeError);
    if (!storeReady) {
        qCWarning(lcApp, "%s", qUtf8Printable(storeError));
        m_store.reset();
    }

    m_pipeline = std::make_unique<Pipeline>(m_store.get());
    m_pipeline->setOptions(settings.pipelineOptions());
    m_metrics = std::make_unique<MetricsAggregator>();
    if (m_store) {
        m_metrics->setAllTimeTotal(std::max<qint64>(0, m_store->count()));
        const CorrectionCounts corrections = m_store->correctionCounts();
        m_metrics->setCorrectionCounts(corrections.fields, corrections.invoices);
        // The overlay's 10-minute charts and 60-s numbers survive a restart.
        const qint64 since = QDateTime::currentMSecsSinceEpoch() - MetricsHistory::SpanMs;
        for (const ResultStore::FinishedInvoice &earlier : m_store->finishedSince(since))
            m_metrics->recordEarlier(earlier.finishedAtMs, earlier.latencyMs, earlier.accuracy,
                                     earlier.ok);
    }
    // Publishes to the team server from its own thread; the outbox lives in
    // the same database file.
    m_team = std::make_unique<TeamConnection>(DataPaths::databaseFile());
    m_team->configure(settings.teamSettings());

    m_mainWindow = std::make_unique<MainWindow>(m_pipeline.get());
    m_overlay = std::make_unique<DashboardOverlay>();
    m_tray = std::make_unique<TrayIcon>(m_mainWindow.get(), m_overlay.get());

    Pipeline *pipeline = m_pipeline.get();
    MetricsAggregator *metrics = m_metrics.get();
    DashboardOverlay *overlay = m_overlay.get();
    MainWindow *window = m_mainWindow.get();

    connect(pipeline, &Pipeline::jobFinished, metrics,
            [metrics](const InvoiceResult &result) { metrics->record(result); });
    connect(pipeline, &Pipeline::queueDepthChanged, metrics, &MetricsAggregator::setQueueDepth);
    connect(pipeline, &Pipeline::jobFinished, m_team.get(), &TeamConnection::publish);
    connect(metrics, &MetricsAggregator::updated, overlay, &DashboardOverlay::showSnapshot);
    connect(m_team.get(), &TeamConnection::statusChanged, overlay,
            &DashboardOverlay::setConnectionStatus);
    connect(m_team.get(), &TeamConnection::teamMetricsReceived, overlay,
            &DashboardOverlay::showTeamMetrics);
    connect(window, &MainWindow::overlayToggled, overlay, &DashboardOverlay::setShown);
    connect(overlay, &DashboardOverlay::visibilityChanged, window, &MainWindow::setOverlayShown);
    // Drops on the overlay are queued like drops on the main window.
    connect(overlay, &DashboardOverlay::pathsDropped, window, &MainWindow::addPaths);
    connect(window, &MainWindow::clickThroughToggled, m_tray.get(),
            &TrayIcon::setDashboardClickThrough);
    connect(overlay, &DashboardOverlay::clickThroughChanged, window,
            &MainWindow::setOverlayClickThrough);
    connect(window, &MainWindow::settingsChanged, pipeline, [pipeline, team = m_team.get()] {
        const AppSettings changed;
        pipeline->setOptions(changed.pipelineOptions());
        team->configure(changed.teamSettings()); // no-op when the team settings are unchanged
    });
    connect(window, &MainWindow::settingsChanged, overlay, &DashboardOverlay::applySettings);
    connect(window, &MainWindow::exportRequested, this, &GuiApplication::exportResults);
    window->setResultStore(m_store.get());
    connect(window, &MainWindow::invoiceCorrected, metrics,
            [metrics](const InvoiceResult &, const CorrectionCounts &counts) {
                metrics->setCorrectionCounts(counts.fields, counts.invoices);
            });
    connect(window, &MainWindow::sampleInvoicesRequested, this,
            &GuiApplication::queueSampleInvoices);
    // The watched folder: new files that settled are queued like drops.
    m_watcher = new FolderWatcher;
    m_watcher->moveToThread(&m_watchThread);
    connect(&m_watchThread, &QThread::finished, m_watcher, &QObject::deleteLater);
    m_watchThread.setObjectName(QStringLiteral("folder watcher"));
    m_watchThread.start(QThread::LowPriority);
    connect(m_watcher, &FolderWatcher::filesReady, window, &MainWindow::addWatchedPaths);
    connect(m_watcher, &FolderWatcher::folderMissing, window, [window](const QString &folder) {
        window->setWatchedFolder(QString());
        window->showWarning(tr("The watched folder %1 does not exist; choose another one in "
                               "Preferences.")
                                .arg(QDir::toNativeSeparators(folder)));
    });
    connect(window, &MainWindow::settingsChanged, this, &GuiApplication::applyWatchSettings);
    applyWatchSettings();
    // Closing the main window quits: the overlay is a Qt::Tool window and
    // does not keep the application alive on its own.

    // First start: the main window left of the overlay's corner, not under it.
    if (settings.mainWindowGeometry().isEmpty()) {
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            window->setGeometry(OverlayGeometry::mainWindowPlace(
                screen->availableGeometry(), overlay->sizeHint(), window->size()));
    }
    window->show();
    overlay->showSnapshot(metrics->snapshot());
    overlay->setConnectionStatus(m_team->status());
    overlay->setShown(settings.overlayVisible());
    window->setOverlayShown(overlay->isVisible());
    if (!storeReady)
        window->showWarning(tr("Results will not be saved: %1").arg(storeError));
    // Warnings first: the notice waits for a start without one.
    if (window->banner()->isHidden())
        StayOnTopNotice::showOnce(window->banner(), QGuiApplication::platformName());

    if (!paths.isEmpty())
        window->addPaths(paths);
    return true;
}

void GuiApplication::applyWatchSettings()
{
    // The folder is checked on the watcher's thread: a hung network mount
    // must not freeze the window (a missing one comes back as folderMissing).
    const AppSettings settings;
    const QString folder = settings.activeWatchFolder();
    const int stableMs = settings.watchStableSeconds() * 1000;
    QMetaObject::invokeMethod(
        m_watcher, [watcher = m_watcher, folder, stableMs] { watcher->watch(folder, stableMs); });
    m_mainWindow->setWatchedFolder(folder.isEmpty() ? QString()
                                                    : QDir::cleanPath(QDir(folder).absolutePath()));
}

void GuiApplication::exportResults(const QString &path)
{
    if (!m_store) {
        m_mainWindow->showWarning(
            tr("Nothing to export: the results database could not be opened."));
        return;
    }
    m_mainWindow->statusBar()->showMessage(tr("Exporting to %1\u2026").arg(path));
    const ResultStore *store = m_store.get();
    struct Outcome
    {
        bool ok = false;
        int count = 0;
        QString error;
    };
    QtConcurrent::run([store, path] {
        Outcome outcome;
        outcome.ok = ResultExporter::exportStore(*store, path, ResultExporter::formatForFile(path),
                                                 &outcome.count, &outcome.error);
        return outcome;
    }).then(this, [this, path](const Outcome &outcome) {
        if (outcome.ok)
            m_mainWindow->statusBar()->showMessage(
                tr("Exported %n invoice(s) to %1", nullptr, outcome.count).arg(path), 8000);
        else
            m_mainWindow->showWarning(outcome.error);
    });
}

void GuiApplication::queueSampleInvoices()
{
    const QString dir = QDir(DataPaths::dataDir()).filePath(QStringLiteral("samples"));
    QtConcurrent::run([dir] {
        return extractSamples(dir);
    }).then(this, [this](const QStringList &paths) {
        if (paths.isEmpty()) {
            m_mainWindow->showWarning(tr("The sample invoices could not be copied to the "
                                         "data folder; check that it is writable."));
            return;
        }
        m_mainWindow->addPaths(paths);
    });
}

} // namespace InvoiceDash
