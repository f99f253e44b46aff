#include "dashboardoverlay.h"

#include "common/appsettings.h"
#include "common/logging.h"
#include "numberformat.h"
#include "overlayalerts.h"
#include "overlaycards.h"
#include "overlaystyle.h"
#include "segmentedswitch.h"
#include "statusdot.h"
#include "teamstatusbar.h"
#include "x11windowstate.h"

#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLinearGradient>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

namespace InvoiceDash {

using namespace OverlayStyle;

namespace {

constexpr int CornerRadius = 12;
constexpr int SaveDelayMs = 400;

AppSettings::OverlayView toSetting(DashboardOverlay::View view)
{
    return view == DashboardOverlay::View::Team ? AppSettings::OverlayView::Team
                                                : AppSettings::OverlayView::Local;
}

// The "Click-through" badge, hidden until the mode is on.
QLabel *makeClickThroughBadge(const QString &objectName, QWidget *parent)
{
    QLabel *badge = makeLabel(objectName, QStringLiteral("badge"), parent);
    badge->setText(DashboardOverlay::tr("Click-through"));
    badge->setToolTip(DashboardOverlay::tr(
        "Clicks pass through the dashboard; turn it off from the tray menu or the main "
        "window's View menu (Ctrl+Shift+T)"));
    badge->hide();
    return badge;
}

} // namespace

DashboardOverlay::DashboardOverlay(QWidget *parent) : QWidget(parent, overlayWindowFlags())
{
    setObjectName(QStringLiteral("dashboardOverlay"));
    setWindowTitle(tr("InvoiceDash dashboard"));
    setAttribute(Qt::WA_TranslucentBackground);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_QuitOnClose, false);
    setFocusPolicy(Qt::NoFocus);
    setAcceptDrops(true); // queued like drops on the main window
    setToolTip(tr("Drag to move. Right-click for options."));

    buildUi();
    applyStyle();

    const AppSettings settings;
    m_alerts = new OverlayAlerts(this);
    m_alerts->setThresholds(settings.overlayThresholds());
    setWindowOpacity(settings.overlayOpacity() / 100.0);
    connect(m_alerts, &OverlayAlerts::changed, this, &DashboardOverlay::updateAlerts);
    m_collapsed = settings.overlayCollapsed();
    m_view = settings.overlayView() == AppSettings::OverlayView::Team ? View::Team : View::Local;
    applyCollapsed();
    updateTexts();

    adjustSize();
    // Where it was on this arrangement of monitors (else where it was last).
    m_savedArrangement = screenArrangement();
    const std::optional<QPoint> saved = settings.overlayPosition(m_savedArrangement);
    move(saved ? ensureOnScreen(*saved, size()) : defaultPosition(size()));
    m_savedPosition = saved.value_or(pos());

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &DashboardOverlay::savePosition);

    // A monitor was plugged, unplugged or rearranged: go where the overlay
    // was on that arrangement, and stay whole on a screen. Deferred, so that
    // all screens have settled.
    const auto adapt = [this] { QTimer::singleShot(0, this, &DashboardOverlay::adaptToScreens); };
    connect(qApp, &QGuiApplication::screenAdded, this, adapt);
    connect(qApp, &QGuiApplication::screenRemoved, this, adapt);
    connect(qApp, &QGuiApplication::primaryScreenChanged, this, adapt);
}

DashboardOverlay::~DashboardOverlay()
{
    savePosition();
}

Qt::WindowFlags DashboardOverlay::overlayWindowFlags()
{
    return Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint
        | Qt::WindowDoesNotAcceptFocus;
}

void DashboardOverlay::buildUi()
{
    // --- Expanded panel ------------------------------------------------------
    m_panel = new QWidget(this);
    m_panel->setObjectName(QStringLiteral("expandedPanel"));

    m_panelDot = new StatusDot(m_panel);
    m_title = makeLabel(QStringLiteral("overlayTitle"), QStringLiteral("title"), m_panel);
    m_title->setText(tr("InvoiceDash"));
    auto *collapse = makeButton(QStringLiteral("collapseButton"), QStringLiteral("\u2013"),
                                tr("Compact view"), m_panel);
    auto *close = makeButton(QStringLiteral("closeButton"), QStringLiteral("\u00d7"),
                             tr("Hide dashboard"), m_panel);
    connect(collapse, &QToolButton::clicked, this, [this] { setCollapsed(true); });
    connect(close, &QToolButton::clicked, this, [this] { setShown(false); });
    m_viewSwitch = new SegmentedSwitch({tr("Local"), tr("Team")}, m_panel);
    m_viewSwitch->setObjectName(QStringLiteral("viewSwitch"));
    m_viewSwitch->segment(0)->setObjectName(QStringLiteral("localViewButton"));
    m_viewSwitch->segment(0)->setToolTip(tr("This desktop's metrics"));
    m_viewSwitch->segment(1)->setObjectName(QStringLiteral("teamViewButton"));
    m_viewSwitch->segment(1)->setToolTip(tr("The whole team's metrics, from the team server"));
    connect(m_viewSwitch, &SegmentedSwitch::segmentClicked, this,
            [this](int index) { setView(index == 1 ? View::Team : View::Local); });

    m_header = new QWidget(m_panel);
    m_header->setObjectName(QStringLiteral("overlayHeader"));
    m_header->setToolTip(tr("Double-click for the compact view"));
    // The cards set the width; a longer translation of the switch squeezes
    // the header instead of widening the overlay.
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(2, 0, 0, 0);
    header->setSpacing(8);
    header->addWidget(m_panelDot, 0, Qt::AlignVCenter);
    header->addWidget(m_title);
    m_clickThroughBadge = makeClickThroughBadge(QStringLiteral("clickThroughBadge"), m_header);
    header->addWidget(m_clickThroughBadge, 0, Qt::AlignVCenter);
    header->addStretch(1);
    header->addWidget(m_viewSwitch, 0, Qt::AlignVCenter);
    header->addSpacing(4);
    header->addWidget(collapse);
    header->addWidget(close);

    // Page 0: empty state. Page 1: cards. A stacked layout keeps the panel the
    // same size in both states, so the window does not jump.
    m_emptyState = makeEmptyState(QStringLiteral("empty"), tr("Waiting for data\u2026"),
                                  tr("Drop invoices to see metrics"), m_panel);
    m_teamEmptyState
        = makeEmptyState(QStringLiteral("teamEmpty"), tr("Waiting for the team server\u2026"),
                         tr("Team metrics appear with its first update"), m_panel);

    m_cardsPage = new OverlayCards(m_panel);

    m_pages = new QStackedLayout;
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_teamEmptyState);
    m_pages->addWidget(m_cardsPage);

    m_localFooter = new QWidget(m_panel);
    m_localFooter->setObjectName(QStringLiteral("localFooter"));
    m_extraLabel = makeLabel(QStringLiteral("extraLabel"), QStringLiteral("footer"), m_localFooter);
    m_updatedLabel
        = makeLabel(QStringLiteral("updatedLabel"), QStringLiteral("footer"), m_localFooter);
    m_updatedLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *footer = new QHBoxLayout(m_localFooter);
    footer->setContentsMargins(2, 0, 2, 0);
    footer->addWidget(m_extraLabel);
    footer->addStretch(1);
    footer->addWidget(m_updatedLabel);

    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(14, 10, 10, 12);
    panelLayout->setSpacing(10);
    panelLayout->addWidget(m_header);
    panelLayout->addLayout(m_pages);
    panelLayout->addWidget(m_localFooter);
    m_teamBar = new TeamStatusBar(m_panel);
    m_teamBar->setContentsMargins(2, 0, 2, 0);
    connect(m_teamBar, &TeamStatusBar::toneChanged, this, &DashboardOverlay::updateTeamDots);
    panelLayout->addWidget(m_teamBar);

    // --- Collapsed pill --------------------------------------------------------
    m_pill = new QWidget(this);
    m_pill->setObjectName(QStringLiteral("collapsedPill"));
    m_pillDot = new StatusDot(m_pill);
    m_pillTag = makeLabel(QStringLiteral("pillViewTag"), QStringLiteral("pillTag"), m_pill);
    m_pillTag->setText(tr("Team"));
    m_pillTag->setToolTip(tr("Showing the team's metrics"));
    m_pillLabel = makeLabel(QStringLiteral("pillLabel"), QStringLiteral("pill"), m_pill);
    auto *expand = makeButton(QStringLiteral("expandButton"), QStringLiteral("\u2922"),
                              tr("Expanded view"), m_pill);
    m_pill->setToolTip(tr("Double-click for the expanded view"));
    connect(expand, &QToolButton::clicked, this, [this] { setCollapsed(false); });
    auto *pillLayout = new QHBoxLayout(m_pill);
    pillLayout->setContentsMargins(14, 5, 6, 5);
    pillLayout->setSpacing(8);
    pillLayout->addWidget(m_pillDot, 0, Qt::AlignVCenter);
    pillLayout->addWidget(m_pillTag, 0, Qt::AlignVCenter);
    pillLayout->addWidget(m_pillLabel);
    m_pillClickThroughBadge
        = makeClickThroughBadge(QStringLiteral("pillClickThroughBadge"), m_pill);
    pillLayout->addWidget(m_pillClickThroughBadge, 0, Qt::AlignVCenter);
    pillLayout->addWidget(expand);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);
    root->setSizeConstraint(QLayout::SetFixedSize); // the window follows its content
    root->addWidget(m_panel);
    root->addWidget(m_pill);
}

void DashboardOverlay::applyStyle()
{
    const bool dark = isDarkPalette(QApplication::palette());
    if (!styleSheet().isEmpty() && dark == theme().dark)
        return;
    OverlayStyle::setDark(dark);
    setStyleSheet(OverlayStyle::styleSheet());
    update();
}

void DashboardOverlay::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The desktop switched between a light and a dark theme.
    // (applyStyle() reads the application palette and does nothing when the
    // variant stays the same, so the style sheet's own changes do not loop.)
    switch (event->type()) {
    case QEvent::ApplicationPaletteChange:
    case QEvent::PaletteChange:
    case QEvent::ThemeChange:
        applyStyle();
        break;
    default:
        break;
    }
}

void DashboardOverlay::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    const bool onHeader = m_header->isVisible()
        && m_header->rect().contains(m_header->mapFrom(this, at))
        && !qobject_cast<QToolButton *>(childAt(at));
    if (event->button() == Qt::LeftButton && (m_collapsed || onHeader)) {
        toggleCollapsed();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void DashboardOverlay::showSnapshot(const MetricsSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_hasData = snapshot.allTimeTotal > 0 || snapshot.total > 0;

    m_cardsPage->showHistory(snapshot);
    m_alerts->addSnapshot(false, snapshot);
    if (m_view == View::Local)
        updateTexts();
}

void DashboardOverlay::showTeamMetrics(const Protocol::TeamMetrics &team)
{
    m_team = team;
    m_cardsPage->addTeamThroughput(team.metrics.timestamp, team.metrics.throughput);
    m_teamBar->setTeamMetrics(team);
    m_alerts->addSnapshot(true, team.metrics);
    if (m_view == View::Team)
        updateTexts();
}

void DashboardOverlay::setConnectionStatus(const ConnectionStatus &status)
{
    m_teamBar->setConnectionStatus(status); // updates the dots through toneChanged()
}

bool DashboardOverlay::isTeamStale() const
{
    return m_teamBar->isStale();
}

void DashboardOverlay::applySettings()
{
    const AppSettings settings;
    m_alerts->setThresholds(settings.overlayThresholds());
    setWindowOpacity(settings.overlayOpacity() / 100.0);
}

void DashboardOverlay::updateAlerts()
{
    using Metric = OverlayAlerts::Metric;
    using Level = OverlayAlerts::Level;
    const auto toneOf = [](Level level) {
        return level == Level::Critical ? QStringLiteral("error")
            : level == Level::Warning   ? QStringLiteral("warning")
                                        : QString();
    };
    m_cardsPage->setAlertLevels(m_alerts->level(Metric::Latency),
                                m_alerts->level(Metric::Accuracy));
    // Failures and queue depth are in the footer: it takes the failures' colour.
    setStyleProperty(m_extraLabel, "tone", toneOf(m_alerts->level(Metric::Failures)));
    // The one line of the collapsed overlay shows the worst of them.
    setStyleProperty(m_pillLabel, "tone", toneOf(m_alerts->worstLevel()));
}

void DashboardOverlay::setClock(std::function<qint64()> clock)
{
    m_alerts->setClock(clock);
    m_teamBar->setClock(std::move(clock));
    m_teamBar->refresh();
}

void DashboardOverlay::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    const QRect before = geometry();
    updateTexts();
    adjustSize();
    keepRightEdge(before);
    updateTicking();
    AppSettings().setOverlayView(toSetting(view));
    Q_EMIT viewChanged(view);
}

void DashboardOverlay::updateTicking()
{
    // Only while someone can see the age: the team view is on screen.
    m_teamBar->setTicking(isVisible() && m_view == View::Team);
}

void DashboardOverlay::updateTeamDots()
{
    if (m_view != View::Team)
        return;
    m_panelDot->setTone(m_teamBar->tone());
    m_pillDot->setTone(m_teamBar->tone());
}

void DashboardOverlay::updateTexts()
{
    const bool team = m_view == View::Team;
    m_alerts->setTeam(team);
    m_viewSwitch->setCurrentIndex(team ? 1 : 0);
    m_cardsPage->setTeam(team);
    m_localFooter->setVisible(!team);
    m_teamBar->setVisible(team);
    m_pillTag->setVisible(team);
    if (team)
        updateTeamTexts();
    else
        updateLocalTexts();
}

void DashboardOverlay::updateTeamTexts()
{
    m_pages->setCurrentWidget(m_team ? m_cardsPage : m_teamEmptyState);
    updateTeamDots();
    if (!m_team) {
        m_pillLabel->setText(tr("Waiting for the team server\u2026"));
        return;
    }
    const MetricsSnapshot &s = m_team->metrics;
    m_cardsPage->showMetrics(s, true);
    m_pillLabel->setText(OverlayCards::compactText(s));
}

void DashboardOverlay::updateLocalTexts()
{
    m_pages->setCurrentWidget(m_hasData ? m_cardsPage : m_emptyState);

    if (!m_snapshot) {
        m_extraLabel->setText(tr("Idle"));
        m_updatedLabel->clear();
        m_pillLabel->setText(tr("Waiting for data\u2026"));
        m_panelDot->setLive(false);
        m_pillDot->setLive(false);
        return;
    }
    const MetricsSnapshot &s = *m_snapshot;
    m_cardsPage->showMetrics(s, false);

    QStringList extra;
    if (s.queueDepth > 0)
        extra << tr("%n in queue", nullptr, s.queueDepth);
    if (s.failed > 0)
        extra << tr("%n failed", nullptr, s.failed);
    if (extra.isEmpty())
        extra << tr("Idle");
    if (s.allTimeTotal > 0)
        extra << tr("%1 all time").arg(NumberFormat::count(s.allTimeTotal));
    m_extraLabel->setText(extra.join(QStringLiteral(" \u00b7 ")));

    const QDateTime when = s.timestamp > 0 ? QDateTime::fromMSecsSinceEpoch(s.timestamp)
                                           : QDateTime::currentDateTime();
    m_updatedLabel->setText(
        tr("Updated %1").arg(when.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));

    m_pillLabel->setText(m_hasData ? OverlayCards::compactText(s) : tr("Waiting for data\u2026"));

    const bool live = s.queueDepth > 0 || s.throughput > 0;
    m_panelDot->setLive(live);
    m_pillDot->setLive(live);
}

void DashboardOverlay::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    const QRect before = geometry();
    applyCollapsed();
    keepRightEdge(before);
    AppSettings().setOverlayCollapsed(collapsed);
    Q_EMIT collapsedChanged(collapsed);
}

void DashboardOverlay::toggleCollapsed()
{
    setCollapsed(!m_collapsed);
}

void DashboardOverlay::applyCollapsed()
{
    m_panel->setVisible(!m_collapsed);
    m_pill->setVisible(m_collapsed);
    adjustSize();
    update();
}

void DashboardOverlay::setClickThrough(bool clickThrough)
{
    if (clickThrough == m_clickThrough)
        return;
    m_clickThrough = clickThrough;
    // Changing the flags of a shown window recreates it hidden; show it
    // again in the same place.
    const bool wasVisible = isVisible();
    const QRect before = geometry();
    m_changingFlags = true;
    setWindowFlag(Qt::WindowTransparentForInput, clickThrough);
    // The badge takes the title's place, so the panel keeps its width.
    m_title->setVisible(!clickThrough);
    m_clickThroughBadge->setVisible(clickThrough);
    m_pillClickThroughBadge->setVisible(clickThrough);
    setToolTip(clickThrough ? QString() : tr("Drag to move. Right-click for options."));
    // The new size now, not on the next layout pass, so the right edge can
    // be kept below.
    for (QWidget *widget : {m_header, m_pill, m_panel, static_cast<QWidget *>(this)})
        widget->layout()->activate();
    adjustSize();
    move(before.topLeft());
    if (wasVisible) {
        show();
        keepRightEdge(before); // the pill grows by the badge
    }
    m_changingFlags = false;
    qCInfo(lcUi) << "Overlay click-through" << (clickThrough ? "on" : "off");
    Q_EMIT clickThroughChanged(clickThrough);
}

void DashboardOverlay::toggleClickThrough()
{
    setClickThrough(!m_clickThrough);
}

void DashboardOverlay::setShown(bool shown)
{
    setVisible(shown);
    AppSettings().setOverlayVisible(shown);
}

void DashboardOverlay::toggleShown()
{
    setShown(!isVisible());
}

void DashboardOverlay::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    // Start from transparent pixels rather than relying on every backing
    // store to clear the region of a translucent window before painting.
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(event->rect(), Qt::transparent);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = m_collapsed ? box.height() / 2 : CornerRadius;
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);

    QLinearGradient surface(box.topLeft(), box.bottomLeft());
    surface.setColorAt(0, theme().surfaceTop);
    surface.setColorAt(1, theme().surface);
    painter.fillPath(path, surface);
    painter.setPen(QPen(theme().hairline, 1));
    painter.drawPath(path);
    if (m_dropHovered) {
        // "Drop here": an accent outline just inside the edge.
        const QRectF inner = box.adjusted(1, 1, -1, -1);
        QPainterPath outline;
        outline.addRoundedRect(inner, radius - 1, radius - 1);
        painter.setPen(QPen(AccentBlue, 2));
        painter.drawPath(outline);
    }
}

void DashboardOverlay::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_collapsed ? tr("Expanded View") : tr("Compact View"), this,
                   &DashboardOverlay::toggleCollapsed);
    menu.addAction(tr("Move to Top-Right Corner"), this, [this] {
        move(defaultPosition(size()));
        savePosition();
    });
    menu.addSeparator();
    QActionGroup views(&menu);
    QAction *local = menu.addAction(tr("Local Metrics"), this, [this] { setView(View::Local); });
    QAction *team = menu.addAction(tr("Team Metrics"), this, [this] { setView(View::Team); });
    for (QAction *action : {local, team}) {
        action->setCheckable(true);
        views.addAction(action);
    }
    (m_view == View::Team ? team : local)->setChecked(true);
    menu.addSeparator();
    menu.addAction(tr("Click-Through"), this, [this] { setClickThrough(true); })
        ->setToolTip(tr("Let clicks pass to the windows underneath; turn it off from the tray "
                        "menu or View > Dashboard Click-Through"));
    menu.addAction(tr("Hide Dashboard"), this, [this] { setShown(false); });
    menu.exec(event->globalPos());
}

void DashboardOverlay::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Not mapped yet: the place to ask for no taskbar entry (X11 only); once
    // mapped, ask again for that and for staying on top, which a window
    // manager may have dropped when Qt re-mapped the window (click-through).
    X11WindowState::skipTaskbar(windowHandle());
    QTimer::singleShot(0, this, [this] { X11WindowState::requestStates(windowHandle()); });
    if (!event->spontaneous() && !m_changingFlags) {
        bringOnScreen(); // screens may have changed while hidden
        Q_EMIT visibilityChanged(true);
    }
    updateTicking();
}

void DashboardOverlay::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous() && !m_changingFlags) {
        savePosition();
        Q_EMIT visibilityChanged(false);
    }
    m_teamBar->setTicking(false);
}

void DashboardOverlay::closeEvent(QCloseEvent *event)
{
    // Closed by the window system (e.g. Alt+F4): remember it as hidden.
    if (event->spontaneous())
        AppSettings().setOverlayVisible(false);
    savePosition();
    QWidget::closeEvent(event);
}

} // namespace InvoiceDash
