#include "batchprogress.h"
#include "mainwindow.h"
#include "pipeline/pipeline.h"
#include "resultsmodel.h"

#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

// MainWindow's status bar: batch progress, the watched folder, corrections,
// counts and the queue depth.

namespace InvoiceDash {

namespace {

QFrame *separatorIn(QWidget *parent)
{
    auto *separator = new QFrame(parent);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    return separator;
}

} // namespace

void MainWindow::createStatusBar()
{
    m_queueLabel = new QLabel(statusBar());
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    m_countsLabel = new QLabel(statusBar());
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_queueLabel->setMinimumWidth(
        m_queueLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 in queue")));
    m_queueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *separator = separatorIn(statusBar());
    m_correctionsLabel = new QLabel(statusBar());
    m_correctionsLabel->setObjectName(QStringLiteral("correctionsLabel"));
    m_correctionsLabel->hide();
    m_correctionsSeparator = separatorIn(statusBar());
    m_correctionsSeparator->hide();
    m_batchProgress = new BatchProgress(statusBar());
    m_watchLabel = new QLabel(statusBar());
    m_watchLabel->setObjectName(QStringLiteral("watchLabel"));
    m_watchLabel->hide();
    m_watchSeparator = separatorIn(statusBar());
    m_watchSeparator->hide();
    statusBar()->addPermanentWidget(m_batchProgress);
    statusBar()->addPermanentWidget(m_watchLabel);
    statusBar()->addPermanentWidget(m_watchSeparator);
    statusBar()->addPermanentWidget(m_correctionsLabel);
    statusBar()->addPermanentWidget(m_correctionsSeparator);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_queueLabel);
}

void MainWindow::setWatchedFolder(const QString &folder)
{
    const QString native = QDir::toNativeSeparators(folder);
    m_watchLabel->setText(folder.isEmpty() ? QString()
                                           : tr("Watching %1")
                                                 .arg(m_watchLabel->fontMetrics().elidedText(
                                                     native, Qt::ElideMiddle, 260)));
    m_watchLabel->setToolTip(
        folder.isEmpty() ? QString()
                         : tr("New invoices saved to %1 are queued automatically").arg(native));
    m_watchLabel->setVisible(!folder.isEmpty());
    m_watchSeparator->setVisible(!folder.isEmpty());
}

void MainWindow::updateBusyState()
{
    const bool busy = m_pipeline->isBusy();
    if (!busy)
        m_cancelRequested = false;
    m_cancelButton->setEnabled(busy && !m_cancelRequested);

    const int depth = m_pipeline->queueDepth();
    if (depth > 0)
        m_queueLabel->setText(tr("%n in queue", nullptr, depth));
    else
        m_queueLabel->setText(busy ? tr("Collecting files\u2026") : tr("Idle"));

    if (busy && !m_busyPoll.isActive())
        m_busyPoll.start();
    else if (!busy)
        m_busyPoll.stop();
}

void MainWindow::updateCounts()
{
    const ResultsModel::Counts counts = m_model->counts();
    QStringList parts;
    if (counts.ok > 0)
        parts << tr("%n done", nullptr, counts.ok);
    if (counts.failed > 0)
        parts << tr("%n failed", nullptr, counts.failed);
    if (counts.skipped > 0)
        parts << tr("%n skipped", nullptr, counts.skipped);
    if (counts.cancelled > 0)
        parts << tr("%n cancelled", nullptr, counts.cancelled);
    m_countsLabel->setText(parts.join(QStringLiteral(" \u00b7 ")));
    m_countsLabel->setVisible(!parts.isEmpty());
    m_clearButton->setEnabled(counts.ok + counts.failed + counts.skipped + counts.cancelled > 0);
}

void MainWindow::setCorrectionCounts(const CorrectionCounts &counts)
{
    m_correctionsLabel->setText(counts.fields == 1 ? tr("1 field corrected")
                                                   : tr("%1 fields corrected").arg(counts.fields));
    m_correctionsLabel->setToolTip(
        counts.invoices == 1 ? tr("in 1 invoice") : tr("in %1 invoices").arg(counts.invoices));
    m_correctionsLabel->setVisible(counts.fields > 0);
    m_correctionsSeparator->setVisible(counts.fields > 0);
}

} // namespace InvoiceDash
