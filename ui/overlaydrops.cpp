// Files and folders dropped on the dashboard overlay. Part of
// DashboardOverlay; the application queues the paths exactly like drops on
// the main window (DashboardOverlay::pathsDropped -> MainWindow::addPaths).
#include "dashboardoverlay.h"

#include "common/logging.h"
#include "dropzone.h"

#include <QDragEnterEvent>
#include <QDragLeaveEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>

namespace InvoiceDash {

void DashboardOverlay::dragEnterEvent(QDragEnterEvent *event)
{
    // Only what the main window would take: local files and folders.
    if (!DropZone::acceptLocalPaths(event).isEmpty())
        setDropHovered(true);
}

void DashboardOverlay::dragMoveEvent(QDragMoveEvent *event)
{
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void DashboardOverlay::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHovered(false);
    QWidget::dragLeaveEvent(event);
}

void DashboardOverlay::dropEvent(QDropEvent *event)
{
    setDropHovered(false);
    const QStringList paths = DropZone::acceptLocalPaths(event);
    if (paths.isEmpty())
        return;
    qCInfo(lcUi) << "Dropped" << paths.size() << "paths on the overlay";
    Q_EMIT pathsDropped(paths);
}

void DashboardOverlay::setDropHovered(bool hovered)
{
    if (hovered == m_dropHovered)
        return;
    m_dropHovered = hovered;
    update(); // paintEvent() draws the accent outline
}

} // namespace InvoiceDash
