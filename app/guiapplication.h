#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

namespace InvoiceDash {

class DashboardOverlay;
class FolderWatcher;
class MainWindow;
class MetricsAggregator;
class Pipeline;
class ResultStore;
class TeamConnection;
class TrayIcon;

// The composition root of the desktop app: creates the store, pipeline,
// metrics and widgets and connects them. Owns everything it creates.
class GuiApplication : public QObject
{
    Q_OBJECT

public:
    GuiApplication();
    ~GuiApplication() override;

    // Shows the windows and queues `paths` (files given on the command line).
    bool start(const QStringList &paths);

private:
    void queueSampleInvoices();
    void exportResults(const QString &path);
    void applyWatchSettings(); // AppSettings' watched folder -> m_watcher

    std::unique_ptr<ResultStore> m_store;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<MetricsAggregator> m_metrics;
    std::unique_ptr<TeamConnection> m_team;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<DashboardOverlay> m_overlay;
    std::unique_ptr<TrayIcon> m_tray;
    // Lists the watched folder off the GUI thread; deleted on its own
    // thread when that finishes (first thing in the destructor).
    QThread m_watchThread;
    FolderWatcher *m_watcher = nullptr; // feeds m_mainWindow
};

} // namespace InvoiceDash
