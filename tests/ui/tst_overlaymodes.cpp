// The overlay's compact and expanded modes, opacity, light/dark surface and
// click-through mode.
#include "common/appsettings.h"
#include "common/datapaths.h"
#include "dashboardoverlay.h"
#include "mainwindow.h"
#include "overlaycards.h"
#include "overlaystyle.h"
#include "pipeline/pipeline.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace InvoiceDash;

namespace {

MetricsSnapshot snapshot(int total, double throughput, qint64 latency, double accuracy)
{
    MetricsSnapshot s;
    s.total = total;
    s.throughput = throughput;
    s.avgLatency = latency;
    s.avgAccuracy = accuracy;
    s.allTimeTotal = std::max(total, 1);
    s.timestamp = QDateTime::currentMSecsSinceEpoch();
    return s;
}

QString labelText(const QWidget *root, const char *name)
{
    const auto *label = root->findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1StringView(name));
}

} // namespace

class TstOverlayModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void compactText_data();
    void compactText();
    void compactModeShowsOneLine();
    void doubleClickTogglesMode();
    void doubleClickOnACardDoesNothing();
    void opacityFromSettings();
    void followsThePalette_data();
    void followsThePalette();
    void clickThroughSetsAndClearsTheFlag_data();
    void clickThroughSetsAndClearsTheFlag();
    void clickThroughBadgeKeepsTheRightEdge();
    void longerCompactLineGrowsToTheLeft();
    void clickThroughIsNotRemembered();
    void trayTurnsClickThroughOnAndOff();
    void mainWindowShortcutTogglesClickThrough();

private:
    QTemporaryDir m_dataDir;
};

void TstOverlayModes::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
}

void TstOverlayModes::init()
{
    QFile::remove(DataPaths::settingsFile());
}

void TstOverlayModes::compactText_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<double>("throughput");
    QTest::addColumn<qint64>("latency");
    QTest::addColumn<double>("accuracy");
    QTest::addColumn<QString>("expected");

    QTest::newRow("issue example")
        << 12 << 0.2 << qint64(850) << 93.44 << QStringLiteral("12 inv · 0.20/s · 850 ms · 93.4 %");
    QTest::newRow("nothing in the window")
        << 0 << 0.0 << qint64(0) << 0.0 << QStringLiteral("0 inv · 0/s · – ms · – %");
    QTest::newRow("busy") << 1234 << 20.57 << qint64(12345) << 99.96
                          << QStringLiteral("1234 inv · 20.6/s · 12345 ms · 100.0 %");
    QTest::newRow("fast and perfect")
        << 3 << 0.05 << qint64(42) << 100.0 << QStringLiteral("3 inv · 0.05/s · 42.0 ms · 100 %");
}

void TstOverlayModes::compactText()
{
    QFETCH(int, total);
    QFETCH(double, throughput);
    QFETCH(qint64, latency);
    QFETCH(double, accuracy);
    QFETCH(QString, expected);
    QCOMPARE(OverlayCards::compactText(snapshot(total, throughput, latency, accuracy)), expected);
}

void TstOverlayModes::compactModeShowsOneLine()
{
    DashboardOverlay overlay;
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    overlay.showSnapshot(snapshot(12, 0.2, 850, 93.44));
    const QSize expandedSize = overlay.size();
    overlay.setCollapsed(true);
    auto *pill = overlay.findChild<QWidget *>(QStringLiteral("collapsedPill"));
    auto *panel = overlay.findChild<QWidget *>(QStringLiteral("expandedPanel"));
    QVERIFY(pill->isVisible());
    QVERIFY(!panel->isVisible());
    QCOMPARE(labelText(&overlay, "pillLabel"), QStringLiteral("12 inv · 0.20/s · 850 ms · 93.4 %"));
    // One line: much lower than the cards, and the whole line fits.
    QVERIFY2(overlay.height() < expandedSize.height() / 3,
             qPrintable(QString::number(overlay.height())));
    auto *line = overlay.findChild<QLabel *>(QStringLiteral("pillLabel"));
    QVERIFY(line->width() >= line->sizeHint().width());
    // New numbers reach the line.
    overlay.showSnapshot(snapshot(13, 0.22, 900, 93.0));
    QCOMPARE(labelText(&overlay, "pillLabel"), QStringLiteral("13 inv · 0.22/s · 900 ms · 93.0 %"));
}

void TstOverlayModes::doubleClickTogglesMode()
{
    {
        DashboardOverlay overlay;
        overlay.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overlay));
        auto *header = overlay.findChild<QWidget *>(QStringLiteral("overlayHeader"));
        QVERIFY(header);
        // On the title, away from the buttons.
        const QPoint onTitle
            = overlay.findChild<QLabel *>(QStringLiteral("overlayTitle"))->geometry().center();
        QTest::mouseDClick(header, Qt::LeftButton, {}, onTitle);
        QVERIFY(overlay.isCollapsed());
        QVERIFY(AppSettings().overlayCollapsed()); // remembered

        auto *pill = overlay.findChild<QWidget *>(QStringLiteral("collapsedPill"));
        QTest::mouseDClick(pill->findChild<QLabel *>(QStringLiteral("pillLabel")), Qt::LeftButton);
        QVERIFY(!overlay.isCollapsed());
        QVERIFY(!AppSettings().overlayCollapsed());
        QTest::mouseDClick(header, Qt::LeftButton, {}, onTitle);
        QVERIFY(overlay.isCollapsed());
    }
    DashboardOverlay restarted;
    QVERIFY(restarted.isCollapsed());
}

void TstOverlayModes::doubleClickOnACardDoesNothing()
{
    DashboardOverlay overlay;
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    overlay.showSnapshot(snapshot(12, 0.2, 850, 93.44));
    auto *card = overlay.findChild<QWidget *>(QStringLiteral("latencyCard"));
    QVERIFY(card && card->isVisible());
    QTest::mouseDClick(card, Qt::LeftButton);
    QVERIFY(!overlay.isCollapsed());
}

void TstOverlayModes::opacityFromSettings()
{
    QCOMPARE(DashboardOverlay().windowOpacity(), 1.0);
    AppSettings().setOverlayOpacity(70);
    DashboardOverlay overlay;
    QCOMPARE(qRound(overlay.windowOpacity() * 100), 70);
    AppSettings().setOverlayOpacity(45);
    overlay.applySettings();
    QCOMPARE(qRound(overlay.windowOpacity() * 100), 45);
}

void TstOverlayModes::followsThePalette_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("textColor");
    QTest::newRow("light desktop")
        << QColor(0xef, 0xef, 0xef) << false << QStringLiteral("#1d2026");
    QTest::newRow("dark desktop") << QColor(0x2a, 0x2b, 0x30) << true << QStringLiteral("#eceef3");
}

void TstOverlayModes::followsThePalette()
{
    QFETCH(QColor, window);
    QFETCH(bool, dark);
    QFETCH(QString, textColor);

    const QPalette original = QApplication::palette();
    DashboardOverlay overlay;
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    // Start from the opposite variant, then switch the desktop's palette.
    QPalette opposite = original;
    opposite.setColor(QPalette::Window, dark ? QColor(Qt::white) : QColor(Qt::black));
    QApplication::setPalette(opposite);
    QCoreApplication::processEvents();
    QCOMPARE(OverlayStyle::theme().dark, !dark);

    QPalette palette = original;
    palette.setColor(QPalette::Window, window);
    QApplication::setPalette(palette);
    QCoreApplication::processEvents();
    QCOMPARE(OverlayStyle::theme().dark, dark);
    QVERIFY(overlay.styleSheet().contains(QStringLiteral("QLabel { color: ") + textColor));
    QApplication::setPalette(original);
}

void TstOverlayModes::clickThroughSetsAndClearsTheFlag_data()
{
    QTest::addColumn<bool>("compact");
    QTest::newRow("expanded") << false;
    QTest::newRow("compact") << true;
}

void TstOverlayModes::clickThroughSetsAndClearsTheFlag()
{
    QFETCH(bool, compact);
    DashboardOverlay overlay;
    overlay.setCollapsed(compact);
    overlay.move(200, 150);
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    const QPoint position = overlay.pos();
    const int width = overlay.width();
    const char *badgeName = compact ? "pillClickThroughBadge" : "clickThroughBadge";
    auto *badge = overlay.findChild<QLabel *>(QLatin1StringView(badgeName));
    QVERIFY(badge);
    QVERIFY(!badge->isVisible());
    QVERIFY(!overlay.windowFlags().testFlag(Qt::WindowTransparentForInput));
    QSignalSpy changed(&overlay, &DashboardOverlay::clickThroughChanged);
    QSignalSpy visibility(&overlay, &DashboardOverlay::visibilityChanged);

    overlay.setClickThrough(true);
    QVERIFY(overlay.isClickThrough());
    QVERIFY(overlay.windowFlags().testFlag(Qt::WindowTransparentForInput));
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    QVERIFY(overlay.windowHandle()->flags().testFlag(Qt::WindowTransparentForInput));
    // The other overlay flags stay.
    QVERIFY(overlay.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QVERIFY(overlay.windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
    QVERIFY(overlay.isVisible());
    QCOMPARE(overlay.pos(), position);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Click-through"));
    if (!compact) // the badge replaces the title: the cards do not move
        QCOMPARE(overlay.width(), width);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constLast().constFirst().toBool(), true);
    QCOMPARE(visibility.count(), 0); // recreating the window is no hide/show

    overlay.setClickThrough(false);
    QVERIFY(!overlay.windowFlags().testFlag(Qt::WindowTransparentForInput));
    QVERIFY(!overlay.windowHandle()->flags().testFlag(Qt::WindowTransparentForInput));
    QVERIFY(overlay.isVisible());
    QVERIFY(!badge->isVisible());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(visibility.count(), 0);
}

void TstOverlayModes::clickThroughBadgeKeepsTheRightEdge()
{
    // The compact pill grows by the badge; on the right of the screen it
    // grows to the left and stays on screen.
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    DashboardOverlay overlay;
    overlay.setCollapsed(true);
    overlay.showSnapshot(snapshot(12, 0.2, 850, 93.44));
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    overlay.move(area.right() + 1 - overlay.width() - 10, area.top() + 50);
    const int right = overlay.geometry().right();
    const int width = overlay.width();
    overlay.setClickThrough(true);
    QVERIFY(overlay.width() > width);
    QCOMPARE(overlay.geometry().right(), right);
    overlay.setClickThrough(false);
    QCOMPARE(overlay.width(), width);
    QCOMPARE(overlay.geometry().right(), right);
}

void TstOverlayModes::longerCompactLineGrowsToTheLeft()
{
    // Placed in the top-right corner while waiting for data, the pill must
    // not run off the screen when the (longer) numbers arrive.
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    DashboardOverlay overlay;
    overlay.setCollapsed(true);
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    overlay.move(DashboardOverlay::defaultPosition(overlay.size()));
    const int right = overlay.geometry().right();
    const int width = overlay.width();
    overlay.showSnapshot(snapshot(1234, 20.57, 12345, 99.96));
    QTRY_VERIFY(overlay.width() > width);
    QTRY_COMPARE(overlay.geometry().right(), right);
    QVERIFY(area.contains(overlay.geometry()));
}

void TstOverlayModes::clickThroughIsNotRemembered()
{
    {
        DashboardOverlay overlay;
        overlay.setClickThrough(true);
        QVERIFY(overlay.isClickThrough());
    }
    DashboardOverlay restarted;
    QVERIFY(!restarted.isClickThrough());
    QVERIFY(!restarted.windowFlags().testFlag(Qt::WindowTransparentForInput));
}

void TstOverlayModes::trayTurnsClickThroughOnAndOff()
{
    DashboardOverlay overlay;
    overlay.hide();
    TrayIcon tray(nullptr, &overlay);
    tray.setDashboardClickThrough(true);
    QVERIFY(overlay.isClickThrough());
    QVERIFY(overlay.isVisible());    // shown: click-through on a hidden overlay means nothing
    if (QMenu *menu = tray.menu()) { // only where the platform has a tray
        auto *action = menu->findChild<QAction *>(QStringLiteral("trayClickThroughAction"));
        QVERIFY(action && action->isChecked());
    }
    tray.setDashboardClickThrough(false);
    QVERIFY(!overlay.isClickThrough());
    QVERIFY(!overlay.windowFlags().testFlag(Qt::WindowTransparentForInput));
}

void TstOverlayModes::mainWindowShortcutTogglesClickThrough()
{
    Pipeline pipeline(nullptr);
    MainWindow window(&pipeline);
    QAction *action = window.clickThroughAction();
    QVERIFY(action && action->isCheckable());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    // In the View menu.
    bool inViewMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        inViewMenu = inViewMenu || (menu->menu() && menu->menu()->actions().contains(action));
    QVERIFY(inViewMenu);

    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy toggled(&window, &MainWindow::clickThroughToggled);
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.constLast().constFirst().toBool(), true);
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(toggled.constLast().constFirst().toBool(), false);

    // Following the overlay does not echo back.
    window.setOverlayClickThrough(true);
    QVERIFY(action->isChecked());
    QCOMPARE(toggled.count(), 2);
}

QTEST_MAIN(TstOverlayModes)
#include "tst_overlaymodes.moc"
