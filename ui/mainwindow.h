#pragma once

#include "store/resultstore.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace InvoiceDash {

class BatchProgress;
class DropZone;
class FilterBar;
class HistoryTab;
class InvoiceReviewDialog;

class MessageBanner;
class Pipeline;
class PreferencesDialog;
class ResultsFilter;
class ResultsModel;

// The main window. It only wires widgets to the pipeline. A Results tab holds
// a DropZone (drag and drop, "Open Files…", "Open Folder…") whose paths go to
// Pipeline::enqueue() and a results table fed by the pipeline's job signals
// through ResultsModel, with a Cancel button (enabled while the pipeline is
// busy); a History tab (HistoryTab) charts the stored results. Above the
// tabs an inline banner for results that could not be saved; below them a
// status bar with the queue depth and counts.
//
// Things the application decides are signals: sampleInvoicesRequested()
// (File > Try with Sample Invoices, and the link in the empty drop zone) and
// overlayToggled() (View > Show Dashboard Overlay) and clickThroughToggled()
// (View > Dashboard Click-Through, Ctrl+Shift+T). Edit > Preferences opens
// a PreferencesDialog; once it saved the settings, settingsChanged() asks the
// application to apply them to the pipeline. File > Quit calls
// QCoreApplication::quit(). Geometry is saved in AppSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `pipeline` must outlive the window.
    explicit MainWindow(Pipeline *pipeline, QWidget *parent = nullptr);
    ~MainWindow() override; // saves the geometry

    [[nodiscard]] ResultsModel *model() const { return m_model; }
    // The inline banner above the results, for notices from outside the window.
    [[nodiscard]] MessageBanner *banner() const { return m_banner; }
    [[nodiscard]] ResultsFilter *filter() const { return m_proxy; }
    [[nodiscard]] FilterBar *filterBar() const { return m_filterBar; }
    [[nodiscard]] BatchProgress *batchProgress() const { return m_batchProgress; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] HistoryTab *historyTab() const { return m_history; }
    [[nodiscard]] QAction *showOverlayAction() const { return m_showOverlay; }
    [[nodiscard]] QAction *clickThroughAction() const { return m_clickThrough; }
    [[nodiscard]] QAction *preferencesAction() const { return m_preferences; }
    [[nodiscard]] QAction *reviewAction() const { return m_review; }
    [[nodiscard]] QAction *pasteAction() const { return m_paste; }
    [[nodiscard]] InvoiceReviewDialog *reviewDialog() const; // the open review, if any

    // Where stored invoices are corrected (may be null: review is then off).
    // Reads the correction counts off the GUI thread for the status bar.
    void setResultStore(const ResultStore *store);

public Q_SLOTS:
    // Hands files and folders to the pipeline.
    void addPaths(const QStringList &paths);
    // The same for files from the watched folder: they arrive on their own, so
    // the window stays on the tab the user is reading.
    void addWatchedPaths(const QStringList &paths);
    // Edit > Paste (Ctrl+V): queues an image or files from the clipboard
    // (see ClipboardPaste); says in the status bar what it did.
    void pasteFromClipboard();
    void openFiles();       // file dialog
    void openFolder();      // folder dialog
    void showPreferences(); // window-modal; raises the open one if there is one

    // Keeps View > Show Dashboard Overlay in sync; does not emit overlayToggled().
    void setOverlayShown(bool shown);
    // Keeps View > Dashboard Click-Through in sync; does not emit clickThroughToggled().
    void setOverlayClickThrough(bool clickThrough);

    // Shows a non-modal warning above the results.
    void showWarning(const QString &message);

    // Opens the invoice of a results-model row (source row) for review; the
    // selected row for reviewSelected(). Rows that were not stored cannot be.
    void review(int sourceRow);
    void reviewSelected();
    // "Watching <folder>" in the status bar; nothing for an empty folder.
    void setWatchedFolder(const QString &folder);
    // "3 fields corrected" in the status bar.
    void setCorrectionCounts(const InvoiceDash::CorrectionCounts &counts);

Q_SIGNALS:
    void sampleInvoicesRequested();
    void overlayToggled(bool shown);
    // View > Dashboard Click-Through (Ctrl+Shift+T).
    void clickThroughToggled(bool clickThrough);
    void settingsChanged(); // Preferences saved new settings to AppSettings
    // File > Export Results: the user chose where to write all stored results.
    void exportRequested(const QString &path);
    // A review saved corrections: the invoice as stored and the new totals.
    void invoiceCorrected(const InvoiceDash::InvoiceResult &result,
                          const InvoiceDash::CorrectionCounts &counts);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void queuePaths(const QStringList &paths); // to the pipeline, from any tab
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar(); // mainwindowstatus.cpp
    void connectPipeline();
    void onJobFinished(const InvoiceResult &result);
    void onCancelClicked();
    void updateBusyState();
    void updateCounts();
    void updateEmptyState();
    void openRow(const QModelIndex &index);
    void updateReviewAction();
    void showAbout();
    void onSettingsChanged();
    void saveGeometrySetting();

    Pipeline *m_pipeline = nullptr;
    ResultsModel *m_model = nullptr;
    ResultsFilter *m_proxy = nullptr;
    FilterBar *m_filterBar = nullptr;

    DropZone *m_dropZone = nullptr;
    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_resultsPage = nullptr;
    HistoryTab *m_history = nullptr;
    QWidget *m_resultsHeader = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    BatchProgress *m_batchProgress = nullptr;
    QLabel *m_queueLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_correctionsLabel = nullptr;
    QLabel *m_watchLabel = nullptr;
    QWidget *m_watchSeparator = nullptr;
    QWidget *m_correctionsSeparator = nullptr;

    QAction *m_openFiles = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_samples = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_export = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_showOverlay = nullptr;
    QAction *m_clickThrough = nullptr;
    QAction *m_about = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_review = nullptr;
    QAction *m_openFile = nullptr;

    const ResultStore *m_store = nullptr;
    QPointer<InvoiceReviewDialog> m_reviewDialog;

    QPointer<PreferencesDialog> m_preferencesDialog;

    QString m_lastDir;
    int m_storeErrors = 0;
    bool m_cancelRequested = false;
    // Safety net: re-reads Pipeline::isBusy() while busy, since collecting a
    // folder that yields no job has no queue-depth signal of its own.
    QTimer m_busyPoll;
};

} // namespace InvoiceDash
