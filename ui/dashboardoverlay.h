#pragma once

#include "metrics/metricssnapshot.h"
#include "net/connectionstate.h"
#include "net/protocol.h"

#include <QPoint>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QStackedLayout;
class QToolButton;

namespace InvoiceDash {

class OverlayAlerts;
class OverlayCards;
class SegmentedSwitch;
class StatusDot;
class TeamStatusBar;

// The floating, always-on-top metrics dashboard.
//
// A top-level tool window (create it without a parent, or with one if it
// should minimise with it) that never takes focus, paints a translucent dark
// rounded surface and shows four cards: Total (in the metrics window),
// Throughput (/s), Avg latency (ms) and Avg accuracy (%), under them
// 10-minute throughput and latency charts with the p95 latency (see
// OverlayHistory), the queue depth, the failed count and the time of the last
// update. Until an invoice has finished it shows "Waiting for data…".
//
// A Local | Team switch in the header (and in the context menu) chooses
// between this desktop's metrics (showSnapshot()) and the team server's
// aggregates (showTeamMetrics()). The team view shows the same four cards,
// and under them a TeamStatusBar: the connection badge (setConnectionStatus()),
// "N desktops connected" and the age of the last update, "stale" after 15 s.
// Before the first team update it shows "Waiting for the team server…". The
// view is saved in AppSettings; the collapsed pill says which one is active.
//
// Drag it by any point; dragged within 16 px of a screen's edge it snaps to
// it (see OverlayGeometry). The "–" button (or a double-click on the
// header, or the context menu) switches to compact mode: a pill with one
// line, "12 inv · 0.20/s · 850 ms · 93.4 %"; "⤢" or a double-click expands
// it again. "×" hides it. Its opacity comes from
// AppSettings::overlayOpacity(); its surface follows the system palette
// (dark or light, see OverlayStyle).
//
// Position (top-left) and compact state are saved in AppSettings, the
// position per arrangement of screens, and restored by the constructor; a
// saved position that is on no screen any more is moved to the top-right
// corner of the primary screen. When screens change (adaptToScreens()) it
// goes to its place on the new arrangement and comes back whole onto a
// screen.
//
// Local files and folders dropped on it are reported by pathsDropped(), for
// the application to queue like drops on the main window; while a drop is
// over it, it shows an accent outline.
//
// Click-through mode (setClickThrough()) adds Qt::WindowTransparentForInput:
// clicks and the wheel reach the window underneath, and a "Click-through"
// badge in the header and the pill says so. The overlay itself then cannot
// turn it off: the tray menu and the main window's View menu can. It is not
// saved: every launch starts with a clickable overlay, so a forgotten mode
// (or a desktop without a tray) never leaves an overlay nobody can reach.
//
// Object names for tests: "totalValue", "throughputValue", "latencyValue",
// "accuracyValue", "emptyState", "cardsPage", "expandedPanel",
// "collapsedPill", "pillLabel", "updatedLabel", "extraLabel",
// "collapseButton", "expandButton", "closeButton", "historyCharts",
// "throughputSparkline", "latencySparkline", "latencyHistoryValue",
// "overlayHeader",
// "localFooter", "viewSwitch", "localViewButton", "teamViewButton",
// "teamEmptyState", "teamThroughputSparkline", "teamStatusBar" (see
// TeamStatusBar for its children), "pillViewTag", "clickThroughBadge",
// "pillClickThroughBadge".
class DashboardOverlay : public QWidget
{
    Q_OBJECT

public:
    enum class View { Local, Team };
    Q_ENUM(View)

    explicit DashboardOverlay(QWidget *parent = nullptr);
    ~DashboardOverlay() override; // saves the position

    // Qt::Tool | FramelessWindowHint | WindowStaysOnTopHint | WindowDoesNotAcceptFocus
    [[nodiscard]] static Qt::WindowFlags overlayWindowFlags();

    [[nodiscard]] bool isCollapsed() const { return m_collapsed; }
    [[nodiscard]] bool isClickThrough() const { return m_clickThrough; }
    [[nodiscard]] bool hasData() const { return m_hasData; }
    [[nodiscard]] std::optional<MetricsSnapshot> lastSnapshot() const { return m_snapshot; }

    [[nodiscard]] View view() const { return m_view; }
    [[nodiscard]] std::optional<Protocol::TeamMetrics> lastTeamMetrics() const { return m_team; }
    [[nodiscard]] bool isTeamStale() const; // no team update for 15 s (false before the first)

    // The threshold colours (latency and accuracy cards, failures in the
    // footer, the compact line's colour); thresholds from AppSettings.
    [[nodiscard]] OverlayAlerts *alerts() const { return m_alerts; }

    // The clock (ms since the epoch) the team view measures the age of an
    // update with, and the thresholds their hold time.
    // Default QDateTime::currentMSecsSinceEpoch; for tests.
    void setClock(std::function<qint64()> clock);

    // `position` when a window of `size` there is reachable on some screen
    // (a grab-able part intersects a screen's available geometry), otherwise
    // defaultPosition(size).
    [[nodiscard]] static QPoint ensureOnScreen(QPoint position, QSize size);
    // Top-right corner of the primary screen's available geometry, with a margin.
    [[nodiscard]] static QPoint defaultPosition(QSize size);
    // A key for the current arrangement of screens (OverlayGeometry::arrangementKey()).
    [[nodiscard]] static QString screenArrangement();

public Q_SLOTS:
    void showSnapshot(const InvoiceDash::MetricsSnapshot &snapshot);
    void showTeamMetrics(const InvoiceDash::Protocol::TeamMetrics &team);
    void setConnectionStatus(const InvoiceDash::ConnectionStatus &status);
    // Re-reads the overlay's AppSettings that Preferences edits (thresholds, opacity).
    void applySettings();

    void setView(InvoiceDash::DashboardOverlay::View view); // saved in AppSettings

    // After screens were added, removed or rearranged (connected to
    // QGuiApplication's signals): moves to the position saved for the new
    // arrangement, if any, and fully onto a screen.
    void adaptToScreens();

    // Not saved; see above. Keeps the overlay shown (or hidden) and in place.
    void setClickThrough(bool clickThrough);
    void toggleClickThrough();

    void setCollapsed(bool collapsed); // saved in AppSettings
    void toggleCollapsed();

    // Shows or hides the overlay and remembers the choice
    // (AppSettings::overlayVisible). Plain show()/hide() do not persist.
    void setShown(bool shown);
    void toggleShown();

Q_SIGNALS:
    void collapsedChanged(bool collapsed);
    void clickThroughChanged(bool clickThrough);
    void viewChanged(InvoiceDash::DashboardOverlay::View view);
    // Local files and folders dropped on the overlay (DropZone::localPaths()).
    void pathsDropped(const QStringList &paths);
    // Emitted on every show/hide, however it happened (menu, tray, "×").
    void visibilityChanged(bool visible);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void applyStyle(); // dark or light, from the application palette
    void applyCollapsed();
    void updateTexts();
    void updateLocalTexts();
    void updateTeamTexts();
    void updateTeamDots();
    void updateTicking();
    void updateAlerts();
    void setDropHovered(bool hovered);
    void keepRightEdge(const QRect &before);
    void savePosition();
    void bringOnScreen();

    OverlayCards *m_cardsPage = nullptr;
    OverlayAlerts *m_alerts = nullptr;
    SegmentedSwitch *m_viewSwitch = nullptr;
    TeamStatusBar *m_teamBar = nullptr;
    QWidget *m_localFooter = nullptr;
    QWidget *m_teamEmptyState = nullptr;
    QLabel *m_pillTag = nullptr;
    QLabel *m_clickThroughBadge = nullptr;
    QLabel *m_pillClickThroughBadge = nullptr;
    QWidget *m_panel = nullptr;
    QWidget *m_header = nullptr;
    QLabel *m_title = nullptr;
    QWidget *m_pill = nullptr;
    QStackedLayout *m_pages = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_pillLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_extraLabel = nullptr;
    StatusDot *m_panelDot = nullptr;
    StatusDot *m_pillDot = nullptr;

    std::optional<MetricsSnapshot> m_snapshot;
    std::optional<Protocol::TeamMetrics> m_team;
    View m_view = View::Local;
    bool m_hasData = false;
    bool m_collapsed = false;
    bool m_clickThrough = false;
    bool m_dropHovered = false;   // a drop is over the overlay
    bool m_changingFlags = false; // the hide/show of setClickThrough() is no user's

    // Dragging: pressed point relative to the window's top-left.
    std::optional<QPoint> m_pressOffset;
    QPoint m_pressGlobal;
    bool m_manualDrag = false;

    QPoint m_savedPosition;     // what AppSettings holds (or the initial position)
    QString m_savedArrangement; // the screens m_savedPosition is for
    QTimer m_saveTimer;         // saves shortly after the last move
};

} // namespace InvoiceDash
