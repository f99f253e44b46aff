#include "trayicon.h"

#include "appicon.h"
#include "common/logging.h"
#include "dashboardoverlay.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace InvoiceDash {

TrayIcon::TrayIcon(QWidget *mainWindow, DashboardOverlay *overlay, QObject *parent)
    : QObject(parent), m_mainWindow(mainWindow), m_overlay(overlay)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcUi) << "No system tray available; running without a tray icon";
        return;
    }

    m_menu = std::make_unique<QMenu>();
    m_dashboardAction = m_menu->addAction(tr("Show Dashboard"));
    m_dashboardAction->setObjectName(QStringLiteral("trayDashboardAction"));
    m_clickThroughAction = m_menu->addAction(tr("Dashboard Click-Through"));
    m_clickThroughAction->setObjectName(QStringLiteral("trayClickThroughAction"));
    m_clickThroughAction->setCheckable(true);
    m_clickThroughAction->setToolTip(tr("Let clicks pass through the dashboard to the windows "
                                        "underneath"));
    connect(m_clickThroughAction, &QAction::triggered, this, &TrayIcon::setDashboardClickThrough);
    if (m_overlay)
        connect(m_overlay, &DashboardOverlay::clickThroughChanged, this, &TrayIcon::updateActions);
    m_mainWindowAction = m_menu->addAction(tr("Show Main Window"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit InvoiceDash"));
    connect(m_dashboardAction, &QAction::triggered, this, &TrayIcon::toggleDashboard);
    connect(m_mainWindowAction, &QAction::triggered, this, &TrayIcon::toggleMainWindow);
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    // Texts follow the windows' current state whenever the menu opens.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::updateActions);

    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setToolTip(tr("InvoiceDash"));
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleMainWindow();
            });
    updateActions();
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    // The tray icon refers to the menu; remove it first.
    delete m_tray;
    m_tray = nullptr;
}

void TrayIcon::toggleMainWindow()
{
    if (!m_mainWindow)
        return;
    if (m_mainWindow->isVisible() && !m_mainWindow->isMinimized()) {
        m_mainWindow->hide();
    } else {
        m_mainWindow->showNormal();
        m_mainWindow->raise();
        m_mainWindow->activateWindow();
    }
    updateActions();
}

void TrayIcon::toggleDashboard()
{
    if (!m_overlay)
        return;
    m_overlay->toggleShown();
    updateActions();
}

void TrayIcon::setDashboardClickThrough(bool clickThrough)
{
    if (!m_overlay)
        return;
    m_overlay->setClickThrough(clickThrough);
    if (clickThrough && !m_overlay->isVisible())
        m_overlay->setShown(true); // click-through on a hidden overlay means nothing
    updateActions();
}

void TrayIcon::showMessage(const QString &title, const QString &message)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, appIcon());
}

void TrayIcon::updateActions()
{
    if (!m_menu)
        return;
    const bool dashboardShown = m_overlay && m_overlay->isVisible();
    m_dashboardAction->setText(dashboardShown ? tr("Hide Dashboard") : tr("Show Dashboard"));
    m_dashboardAction->setEnabled(m_overlay != nullptr);
    m_clickThroughAction->setChecked(m_overlay && m_overlay->isClickThrough());
    m_clickThroughAction->setEnabled(m_overlay != nullptr);
    const bool mainShown
        = m_mainWindow && m_mainWindow->isVisible() && !m_mainWindow->isMinimized();
    m_mainWindowAction->setText(mainShown ? tr("Hide Main Window") : tr("Show Main Window"));
    m_mainWindowAction->setEnabled(m_mainWindow != nullptr);
}

} // namespace InvoiceDash
