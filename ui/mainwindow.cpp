#include "mainwindow.h"

#include "appicon.h"
#include "batchprogress.h"
#include "clipboardpaste.h"
#include "common/appsettings.h"
#include "common/datapaths.h"
#include "common/futures.h"
#include "common/logging.h"
#include "dropzone.h"
#include "filterbar.h"
#include "historytab.h"
#include "invoicereview.h"
#include "messagebanner.h"
#include "pipeline/pipeline.h"
#include "preferencesdialog.h"
#include "progressdelegate.h"
#include "resultsfilter.h"
#include "resultsmodel.h"
#include "store/resultstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace InvoiceDash {

namespace {

// File names keep their start and extension; everything else elides at the end.
class ElideMiddleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

MainWindow::MainWindow(Pipeline *pipeline, QWidget *parent)
    : QMainWindow(parent),
      m_pipeline(pipeline),
      m_model(new ResultsModel(this)),
      m_lastDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    Q_ASSERT(pipeline);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("InvoiceDash"));
    setWindowIcon(appIcon());
    setAcceptDrops(true); // drops anywhere on the window, not only the drop zone

    createActions();
    createMenus();
    createCentralWidget();
    connectPipeline();

    m_busyPoll.setInterval(250);
    connect(&m_busyPoll, &QTimer::timeout, this, &MainWindow::updateBusyState);

    if (!restoreGeometry(AppSettings().mainWindowGeometry()))
        resize(1100, 680);

    updateBusyState();
    updateCounts();
    updateEmptyState();
}

MainWindow::~MainWindow()
{
    saveGeometrySetting();
}

void MainWindow::createActions()
{
    m_openFiles = new QAction(tr("&Open Files\u2026"), this);
    m_openFiles->setShortcut(QKeySequence::Open);
    m_openFiles->setStatusTip(tr("Choose invoice images to process"));
    connect(m_openFiles, &QAction::triggered, this, &MainWindow::openFiles);

    m_openFolder = new QAction(tr("Open &Folder\u2026"), this);
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openFolder->setStatusTip(tr("Process every invoice image in a folder and its subfolders"));
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::openFolder);

    m_samples = new QAction(tr("Try with &Sample Invoices"), this);
    m_samples->setStatusTip(tr("Process a few bundled sample invoices"));
    connect(m_samples, &QAction::triggered, this, &MainWindow::sampleInvoicesRequested);

    m_export = new QAction(tr("&Export Results\u2026"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setStatusTip(tr("Save every processed invoice with its fields and line items as "
                              "CSV or JSON"));
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Results"), QStringLiteral("invoices.csv"),
            tr("CSV spreadsheet (*.csv);;JSON (*.json)"));
        if (!path.isEmpty())
            Q_EMIT exportRequested(path);
    });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);

    m_preferences = new QAction(tr("&Preferences\u2026"), this);
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferencesKeys.isEmpty()) // no platform binding on most Linux desktops and Windows
        preferencesKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    m_preferences->setShortcuts(preferencesKeys);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setStatusTip(
        tr("Change worker threads, preprocessing, the OCR language and the team server"));
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_showOverlay = new QAction(tr("Show &Dashboard Overlay"), this);
    m_showOverlay->setCheckable(true);
    m_showOverlay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_showOverlay->setStatusTip(tr("Show the always-on-top metrics dashboard"));
    connect(m_showOverlay, &QAction::toggled, this, &MainWindow::overlayToggled);

    m_clickThrough = new QAction(tr("Dashboard &Click-Through"), this);
    m_clickThrough->setObjectName(QStringLiteral("clickThroughAction"));
    m_clickThrough->setCheckable(true);
    m_clickThrough->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_clickThrough->setStatusTip(
        tr("Let clicks pass through the dashboard overlay to the windows underneath"));
    connect(m_clickThrough, &QAction::toggled, this, &MainWindow::clickThroughToggled);

    m_review = new QAction(tr("&Review Invoice\u2026"), this);
    m_review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_review->setStatusTip(
        tr("See where each field was read on the page and correct what was misread"));
    m_review->setEnabled(false);
    connect(m_review, &QAction::triggered, this, &MainWindow::reviewSelected);

    m_openFile = new QAction(tr("Open &File"), this);
    m_openFile->setStatusTip(tr("Open the invoice file in the default viewer"));
    connect(m_openFile, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            openRow(m_table->currentIndex());
    });

    m_paste = new QAction(tr("&Paste"), this);
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setStatusTip(tr("Queue an image or files from the clipboard"));
    connect(m_paste, &QAction::triggered, this, &MainWindow::pasteFromClipboard);

    m_about = new QAction(tr("&About InvoiceDash"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFiles);
    file->addAction(m_openFolder);
    file->addSeparator();
    file->addAction(m_samples);
    file->addSeparator();
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_paste);
    edit->addSeparator();
    edit->addAction(m_review);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showOverlay);
    view->addAction(m_clickThrough);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);

    m_banner = new MessageBanner(central);
    connect(m_banner, &MessageBanner::dismissed, this, [this] { m_storeErrors = 0; });

    // Results: what was dropped in this session. History: from the database.
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_resultsPage = new QWidget(m_tabs);
    m_history = new HistoryTab(m_tabs);
    m_tabs->addTab(m_resultsPage, tr("Results"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setTabToolTip(1,
                          tr("Invoices per hour, latency and accuracy over the last day or "
                             "week"));

    m_dropZone = new DropZone(m_resultsPage);
    connect(m_dropZone, &DropZone::pathsDropped, this, &MainWindow::addPaths);
    connect(m_dropZone, &DropZone::openFilesRequested, this, &MainWindow::openFiles);
    connect(m_dropZone, &DropZone::openFolderRequested, this, &MainWindow::openFolder);
    connect(m_dropZone, &DropZone::sampleInvoicesRequested, this,
            &MainWindow::sampleInvoicesRequested);

    // Results header: title on the left, actions on the right.
    m_resultsHeader = new QWidget(m_resultsPage);
    auto *title = new QLabel(tr("Results"), m_resultsHeader);
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_clearButton = new QPushButton(tr("Clear Finished"), m_resultsHeader);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setToolTip(tr("Remove finished, failed and skipped rows from the list"));
    connect(m_clearButton, &QPushButton::clicked, m_model, &ResultsModel::clearFinished);
    m_cancelButton = new QPushButton(tr("Cancel"), m_resultsHeader);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop all queued and running invoices"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::onCancelClicked);
    auto *headerLayout = new QHBoxLayout(m_resultsHeader);
    headerLayout->setContentsMargins(2, 0, 0, 0);
    headerLayout->addWidget(title);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_clearButton);
    headerLayout->addWidget(m_cancelButton);

    m_proxy = new ResultsFilter(this);
    m_proxy->setSourceModel(m_model);
    m_filterBar = new FilterBar(m_proxy, m_resultsPage);
    auto *find = new QAction(tr("&Find\u2026"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    addAction(find);

    m_table = new QTableView(m_resultsPage);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(ResultsModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(ResultsModel::FileColumn, new ElideMiddleDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // arrival order until a click
    header->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    const int widths[] = {170, 90, 110, 170, 120, 90, 115, 85, 95, 90};
    for (int column = 0; column < ResultsModel::ErrorColumn; ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_table->setToolTip(tr("Double-click a row or press Enter to review and correct it"));
    // Double-click or Enter: review a stored invoice, open any other file.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (m_store && m_model->reviewableResult(source.row()))
            review(source.row());
        else
            openRow(index);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_review);
        menu.addAction(m_openFile);
        m_openFile->setEnabled(m_table->currentIndex().isValid());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateReviewAction);
    connect(m_model, &ResultsModel::dataChanged, this, &MainWindow::updateReviewAction);

    auto *results = new QVBoxLayout(m_resultsPage);
    results->setContentsMargins(0, 10, 0, 0);
    results->setSpacing(10);
    results->addWidget(m_dropZone);
    results->addWidget(m_resultsHeader);
    results->addWidget(m_filterBar);
    results->addWidget(m_table, 1);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createStatusBar();

    connect(m_model, &ResultsModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &ResultsModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &ResultsModel::modelReset, this, &MainWindow::updateEmptyState);
}

void MainWindow::connectPipeline()
{
    connect(m_pipeline, &Pipeline::jobQueued, m_model, &ResultsModel::addJob);
    connect(m_pipeline, &Pipeline::jobRejected, m_model, &ResultsModel::addRejected);
    connect(m_pipeline, &Pipeline::jobStageChanged, m_model, &ResultsModel::setStage);
    connect(m_pipeline, &Pipeline::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_pipeline, &Pipeline::jobQueued, m_batchProgress, &BatchProgress::jobQueued);
    connect(m_pipeline, &Pipeline::jobFinished, m_batchProgress, &BatchProgress::jobFinished);
    connect(m_pipeline, &Pipeline::batchFinished, m_batchProgress, &BatchProgress::batchFinished);

    connect(m_pipeline, &Pipeline::jobQueued, this, &MainWindow::updateBusyState);
    connect(m_pipeline, &Pipeline::jobRejected, this, &MainWindow::updateBusyState);
    connect(m_pipeline, &Pipeline::queueDepthChanged, this, &MainWindow::updateBusyState);
    connect(m_pipeline, &Pipeline::batchFinished, this, [this] {
        updateBusyState();
        const ResultsModel::Counts counts = m_model->counts();
        statusBar()->showMessage(
            tr("Finished: %1 done, %2 failed").arg(counts.ok).arg(counts.failed), 8000);
    });
}

void MainWindow::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    qCInfo(lcUi) << "Queueing" << paths.size() << "dropped or opened paths";
    m_tabs->setCurrentWidget(m_resultsPage); // where the new rows appear
    queuePaths(paths);
}

void MainWindow::addWatchedPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    qCInfo(lcUi) << "Queueing" << paths.size() << "files from the watched folder";
    queuePaths(paths);
}

void MainWindow::queuePaths(const QStringList &paths)
{
    m_cancelRequested = false;
    m_pipeline->enqueue(paths);
    updateBusyState();
}

void MainWindow::pasteFromClipboard()
{
    const ClipboardPaste paste = ClipboardPaste::fromMimeData(
        QGuiApplication::clipboard()->mimeData(), DataPaths::pastedImagesDir());
    statusBar()->showMessage(paste.message, 8000);
    addPaths(paste.paths);
}

void MainWindow::openFiles()
{
    const QString filter = tr("Invoices (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf)")
        + QStringLiteral(";;") + tr("All files (*)");
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Open Invoice Images"), m_lastDir, filter);
    if (files.isEmpty())
        return;
    m_lastDir = QFileInfo(files.constFirst()).absolutePath();
    addPaths(files);
}

void MainWindow::openFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Open Folder of Invoices"), m_lastDir);
    if (folder.isEmpty())
        return;
    m_lastDir = folder;
    addPaths({folder});
}

void MainWindow::showPreferences()
{
    if (m_preferencesDialog) {
        m_preferencesDialog->raise();
        m_preferencesDialog->activateWindow();
        return;
    }
    m_preferencesDialog = new PreferencesDialog(this);
    m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preferencesDialog, &PreferencesDialog::optionsChanged, this,
            &MainWindow::onSettingsChanged);
    m_preferencesDialog->open();
}

void MainWindow::onSettingsChanged()
{
    Q_EMIT settingsChanged();
    // Running and queued jobs keep the options they were queued with.
    if (m_pipeline->isBusy())
        statusBar()->showMessage(tr("Settings apply to files queued from now on"), 8000);
    else
        statusBar()->showMessage(tr("Settings saved"), 4000);
}

void MainWindow::setOverlayClickThrough(bool clickThrough)
{
    const QSignalBlocker blocker(m_clickThrough);
    m_clickThrough->setChecked(clickThrough);
}

void MainWindow::setOverlayShown(bool shown)
{
    const QSignalBlocker blocker(m_showOverlay);
    m_showOverlay->setChecked(shown);
}

void MainWindow::showWarning(const QString &message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Warning);
}

void MainWindow::onJobFinished(const InvoiceResult &result)
{
    m_model->setResult(result);
    if (m_store && result.isNewReading() && result.storeError.isEmpty())
        m_history->resultsStored();
    if (!result.storeError.isEmpty()) {
        ++m_storeErrors;
        qCWarning(lcUi) << "Result not stored:" << result.path << result.storeError;
        const QString message = m_storeErrors == 1
            ? tr("A result could not be saved to the database (%1). It is shown in the list "
                 "but will be missing from the history.")
                  .arg(result.storeError)
            : tr("%1 results could not be saved to the database. Latest error: %2")
                  .arg(m_storeErrors)
                  .arg(result.storeError);
        m_banner->showMessage(message, MessageBanner::Kind::Error);
    }
    updateBusyState();
}

void MainWindow::onCancelClicked()
{
    m_cancelRequested = true;
    m_pipeline->cancel();
    statusBar()->showMessage(tr("Cancelling\u2026"), 4000);
    updateBusyState();
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_dropZone->setCompact(!empty);
    m_resultsHeader->setVisible(!empty);
    m_filterBar->setVisible(!empty);
    m_table->setVisible(!empty);
}

void MainWindow::openRow(const QModelIndex &index)
{
    const QString path = index.data(ResultsModel::PathRole).toString();
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

InvoiceReviewDialog *MainWindow::reviewDialog() const
{
    return m_reviewDialog;
}

void MainWindow::setResultStore(const ResultStore *store)
{
    m_store = store;
    m_history->setResultStore(store);
    updateReviewAction();
    if (!store)
        return;
    whenFinished(this, QtConcurrent::run([store] { return store->correctionCounts(); }),
                 [this](const CorrectionCounts &counts) { setCorrectionCounts(counts); });
}

void MainWindow::updateReviewAction()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_review->setEnabled(m_store && current.isValid()
                         && m_model->reviewableResult(current.row()).has_value());
}

void MainWindow::reviewSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (current.isValid())
        review(current.row());
}

void MainWindow::review(int sourceRow)
{
    const std::optional<InvoiceResult> result = m_model->reviewableResult(sourceRow);
    if (!m_store || !result) {
        statusBar()->showMessage(tr("Only saved results can be reviewed"), 4000);
        return;
    }
    if (m_reviewDialog)
        m_reviewDialog->close();
    m_reviewDialog = new InvoiceReviewDialog(*result, m_store, this);
    m_reviewDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reviewDialog, &InvoiceReviewDialog::saved, this,
            [this](const InvoiceResult &corrected, const CorrectionCounts &counts) {
                m_model->updateCorrected(corrected);
                setCorrectionCounts(counts);
                m_history->resultsStored(); // the accuracy may have changed
                statusBar()->showMessage(tr("Corrections saved"), 4000);
                Q_EMIT invoiceCorrected(corrected, counts);
            });
    m_reviewDialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About InvoiceDash"),
        tr("<h3>InvoiceDash %1</h3><p>Drop invoice images to read their number, date and "
           "total with OCR, and watch live metrics on an always-on-top dashboard.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QLatin1StringView(INVOICEDASH_VERSION), QLatin1StringView(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveGeometrySetting();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    DropZone::acceptLocalPaths(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = DropZone::acceptLocalPaths(event);
    if (!paths.isEmpty())
        addPaths(paths);
}

void MainWindow::saveGeometrySetting()
{
    AppSettings().setMainWindowGeometry(saveGeometry());
}

} // namespace InvoiceDash
