// The dashboard overlay's placement: where it starts, dragging it, keeping
// it on a screen and remembering where it was. Part of DashboardOverlay; in
// its own file to keep dashboardoverlay.cpp readable.
#include "dashboardoverlay.h"

#include "common/appsettings.h"
#include "common/logging.h"

#include <QApplication>
#include <QMouseEvent>
#include <QScreen>
#include <QWindow>

#include <algorithm>

namespace InvoiceDash {

namespace {

constexpr int ScreenMargin = 24;

} // namespace

QPoint DashboardOverlay::ensureOnScreen(QPoint position, QSize size)
{
    const QRect window(position, size);
    // Enough of the window must be visible to grab it again.
    const int needWidth = std::min(size.width(), 48);
    const int needHeight = std::min(size.height(), 24);
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        const QRect visible = screen->availableGeometry().intersected(window);
        if (visible.width() >= needWidth && visible.height() >= needHeight)
            return position;
    }
    if (screens.isEmpty())
        return position; // nothing to check against (no display yet)
    const QPoint fallback = defaultPosition(size);
    qCInfo(lcUi) << "Overlay position" << position << "is off-screen; moving it to" << fallback;
    return fallback;
}

QPoint DashboardOverlay::defaultPosition(QSize size)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return {ScreenMargin, ScreenMargin};
    const QRect area = screen->availableGeometry();
    const int x = std::max(area.left(), area.right() + 1 - ScreenMargin - size.width());
    const int y = std::min(area.top() + ScreenMargin, area.bottom());
    return {x, y};
}

void DashboardOverlay::keepRightEdge(const QRect &before)
{
    // On the right half of a screen the overlay grows and shrinks towards the
    // left, so the pill stays where the panel's corner was (and vice versa).
    if (!isVisible() || before.width() == width())
        return;
    const QScreen *current = screen();
    if (current && before.center().x() > current->availableGeometry().center().x()) {
        move(before.right() + 1 - width(), before.top());
        savePosition();
    }
}

void DashboardOverlay::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    event->accept();
    // The drag starts once the mouse moved a little, so a double-click
    // reaches mouseDoubleClickEvent() instead of the window manager.
    m_pressGlobal = event->globalPosition().toPoint();
    m_pressOffset = m_pressGlobal - frameGeometry().topLeft();
    m_manualDrag = false;
}

void DashboardOverlay::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressOffset || !(event->buttons() & Qt::LeftButton)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    event->accept();
    const QPoint global = event->globalPosition().toPoint();
    if (!m_manualDrag) {
        if ((global - m_pressGlobal).manhattanLength() < QApplication::startDragDistance())
            return;
        // Where a window cannot place itself (Wayland), the compositor moves
        // it; it ends the move itself, and moveEvent() saves the result.
        // Elsewhere the overlay moves itself, so it can snap while dragged.
        if (QGuiApplication::platformName().startsWith(QLatin1String("wayland"))) {
            if (QWindow *window = windowHandle(); window && window->startSystemMove()) {
                m_pressOffset.reset();
                return;
            }
        }
        m_manualDrag = true;
    }
    move(global - *m_pressOffset);
}

void DashboardOverlay::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressOffset) {
        m_pressOffset.reset();
        if (m_manualDrag) {
            m_manualDrag = false;
            savePosition();
        }
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void DashboardOverlay::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    if (isVisible())
        m_saveTimer.start(); // restarts: saves once the move has ended
}

void DashboardOverlay::savePosition()
{
    m_saveTimer.stop();
    const QPoint position = pos();
    if (position == m_savedPosition)
        return;
    AppSettings().setOverlayPosition(position);
    m_savedPosition = position;
    qCDebug(lcUi) << "Saved overlay position" << position;
}

void DashboardOverlay::bringOnScreen()
{
    const QPoint target = ensureOnScreen(pos(), size());
    if (target != pos())
        move(target);
}

} // namespace InvoiceDash
