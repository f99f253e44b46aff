// The dashboard overlay's placement: where it starts, dragging it, keeping
// it on a screen and remembering where it was. Part of DashboardOverlay; in
// its own file to keep dashboardoverlay.cpp readable.
#include "dashboardoverlay.h"

#include "common/appsettings.h"
#include "common/logging.h"
#include "overlaygeometry.h"

#include <QApplication>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScreen>
#include <QWindow>

#include <algorithm>

namespace InvoiceDash {

namespace {

QList<QRect> availableAreas()
{
    QList<QRect> areas;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens)
        areas << screen->availableGeometry();
    return areas;
}

} // namespace

QString DashboardOverlay::screenArrangement()
{
    QList<QRect> geometries;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens)
        geometries << screen->geometry();
    return geometries.isEmpty() ? QString() : OverlayGeometry::arrangementKey(geometries);
}

QPoint DashboardOverlay::ensureOnScreen(QPoint position, QSize size)
{
    const QList<QRect> areas = availableAreas();
    // Enough of the window must be visible to grab it again.
    if (areas.isEmpty() || OverlayGeometry::isReachable(QRect(position, size), areas))
        return position; // (without screens there is nothing to check against)
    const QPoint fallback = defaultPosition(size);
    qCInfo(lcUi) << "Overlay position" << position << "is off-screen; moving it to" << fallback;
    return fallback;
}

QPoint DashboardOverlay::defaultPosition(QSize size)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return {OverlayGeometry::ScreenMargin, OverlayGeometry::ScreenMargin};
    return OverlayGeometry::defaultPosition(screen->availableGeometry(), size);
}

void DashboardOverlay::adaptToScreens()
{
    // Back where it was on this arrangement of monitors, if it was on it before;
    // in any case whole on a screen.
    const QString arrangement = screenArrangement();
    QPoint target = pos();
    if (arrangement != m_savedArrangement) {
        if (const std::optional<QPoint> saved = AppSettings().overlayPosition(arrangement))
            target = *saved;
    }
    target = OverlayGeometry::bringOnScreen(QRect(target, size()), availableAreas());
    if (target != pos()) {
        qCInfo(lcUi) << "Screens changed; moving the overlay to" << target;
        move(target);
    }
    savePosition();
}

void DashboardOverlay::keepRightEdge(const QRect &before)
{
    // On the right half of a screen the overlay grows and shrinks towards the
    // left, so the pill stays where the panel's corner was (and vice versa).
    if (!isVisible() || before.width() == width())
        return;
    const QScreen *current = screen();
    if (!current)
        return;
    const QRect area = current->availableGeometry();
    QPoint target = before.topLeft();
    if (before.center().x() > area.center().x())
        target.setX(before.right() + 1 - width());
    // What was whole on the screen stays whole when it grows.
    if (area.contains(before))
        target = OverlayGeometry::bringOnScreen(QRect(target, size()), {area});
    if (target != pos()) {
        move(target);
        savePosition();
    }
}

void DashboardOverlay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The content changed its size (e.g. the compact line got longer with
    // new numbers): grow the same way as when switching modes. Not while
    // the user drags it.
    const QSize old = event->oldSize();
    if (old.isValid() && !m_pressOffset)
        keepRightEdge(QRect(pos(), old));
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
    // Edges within OverlayGeometry::SnapDistance of a screen edge snap to it.
    move(OverlayGeometry::snapToEdges(QRect(global - *m_pressOffset, size()), availableAreas()));
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
    const QString arrangement = screenArrangement();
    if (position == m_savedPosition && arrangement == m_savedArrangement)
        return;
    AppSettings().setOverlayPosition(position, arrangement);
    m_savedPosition = position;
    m_savedArrangement = arrangement;
    qCDebug(lcUi) << "Saved overlay position" << position << "for screens" << arrangement;
}

void DashboardOverlay::bringOnScreen()
{
    const QPoint target = ensureOnScreen(pos(), size());
    if (target != pos())
        move(target);
}

} // namespace InvoiceDash
