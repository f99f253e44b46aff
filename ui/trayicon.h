#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace InvoiceDash {

class DashboardOverlay;

// The system tray entry: the app icon with a menu to show or hide the
// dashboard overlay and the main window, to switch the overlay's
// click-through mode (the way back when the overlay ignores the mouse), and
// to quit. Clicking the icon
// toggles the main window.
//
// Does nothing where QSystemTrayIcon::isSystemTrayAvailable() is false
// (isAvailable() tells). Both windows may be null; their menu entries are
// then disabled. The tray never owns them.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(QWidget *mainWindow, DashboardOverlay *overlay, QObject *parent = nullptr);
    ~TrayIcon() override;

    [[nodiscard]] bool isAvailable() const { return m_tray != nullptr; }
    // The menu (null without a tray), for tests.
    [[nodiscard]] QMenu *menu() const { return m_menu.get(); }

public Q_SLOTS:
    void toggleMainWindow();
    void toggleDashboard();
    void setDashboardClickThrough(bool clickThrough);
    // A desktop notification, e.g. when a batch has finished (no-op without tray).
    void showMessage(const QString &title, const QString &message);

private:
    void updateActions();

    QPointer<QWidget> m_mainWindow;
    QPointer<DashboardOverlay> m_overlay;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_clickThroughAction = nullptr;
    QAction *m_mainWindowAction = nullptr;
};

} // namespace InvoiceDash
