// Snapping and off-screen recovery of the overlay: the geometry on fake
// screen rectangles, then the overlay itself on the offscreen screen.
#include "common/appsettings.h"
#include "common/datapaths.h"
#include "dashboardoverlay.h"
#include "overlaygeometry.h"

#include <QFile>
#include <QLabel>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;
using namespace InvoiceDash::OverlayGeometry;

namespace {

// Two monitors side by side; the left one has a 32 px panel at the top.
const QRect Left(0, 32, 1920, 1048);
const QRect Right(1920, 0, 1280, 1024);
const QSize Overlay(360, 300);

} // namespace

class TstOverlayGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snap_data();
    void snap();
    void bringOnScreen_data();
    void bringOnScreen();
    void reachable_data();
    void reachable();
    void defaultPositionIsTopRight();
    void mainWindowBesideTheOverlay_data();
    void mainWindowBesideTheOverlay();
    void arrangementKey();

    // The overlay on the (offscreen) screen.
    void initTestCase();
    void init();
    void dragSnapsToScreenEdges_data();
    void dragSnapsToScreenEdges();
    void positionIsRememberedPerArrangement();
    void adaptToScreensBringsItBackWhole();

private:
    QTemporaryDir m_dataDir;
};

void TstOverlayGeometry::snap_data()
{
    QTest::addColumn<QPoint>("position");
    QTest::addColumn<QPoint>("expected");

    QTest::newRow("middle stays") << QPoint(700, 400) << QPoint(700, 400);
    QTest::newRow("near left edge") << QPoint(12, 400) << QPoint(0, 400);
    QTest::newRow("16 px snaps") << QPoint(16, 400) << QPoint(0, 400);
    QTest::newRow("17 px does not") << QPoint(17, 400) << QPoint(17, 400);
    QTest::newRow("past the left edge") << QPoint(-10, 400) << QPoint(0, 400);
    QTest::newRow("under the panel snaps to it") << QPoint(300, 40) << QPoint(300, 32);
    QTest::newRow("near right edge of left screen")
        << QPoint(1920 - 360 - 9, 400) << QPoint(1920 - 360, 400);
    QTest::newRow("near bottom") << QPoint(500, 1080 - 300 - 5) << QPoint(500, 1080 - 300);
    QTest::newRow("corner") << QPoint(1920 - 360 - 3, 45) << QPoint(1920 - 360, 32);
    QTest::newRow("right screen, its own top") << QPoint(2400, 10) << QPoint(2400, 0);
    QTest::newRow("right screen, its right edge")
        << QPoint(3200 - 360 - 15, 500) << QPoint(3200 - 360, 500);
    QTest::newRow("mostly on the right screen snaps to its left edge")
        << QPoint(1910, 500) << QPoint(1920, 500);
    QTest::newRow("on no screen stays") << QPoint(5000, 5000) << QPoint(5000, 5000);
}

void TstOverlayGeometry::snap()
{
    QFETCH(QPoint, position);
    QFETCH(QPoint, expected);
    QCOMPARE(snapToEdges(QRect(position, Overlay), {Left, Right}), expected);
}

void TstOverlayGeometry::bringOnScreen_data()
{
    QTest::addColumn<QPoint>("position");
    QTest::addColumn<QList<QRect>>("areas");
    QTest::addColumn<QPoint>("expected");

    const QList<QRect> both{Left, Right};
    const QList<QRect> leftOnly{Left};
    QTest::newRow("fully on screen stays") << QPoint(100, 100) << both << QPoint(100, 100);
    QTest::newRow("on the right screen stays") << QPoint(2500, 300) << both << QPoint(2500, 300);
    QTest::newRow("right screen unplugged")
        << QPoint(2500, 300) << leftOnly << QPoint(1920 - 360, 300);
    QTest::newRow("right screen unplugged, low")
        << QPoint(2500, 900) << leftOnly << QPoint(1920 - 360, 1080 - 300);
    QTest::newRow("half off the left edge") << QPoint(-200, 300) << both << QPoint(0, 300);
    QTest::newRow("behind the panel") << QPoint(200, 0) << both << QPoint(200, 32);
    QTest::newRow("across both screens goes to the bigger part")
        << QPoint(1800, 300) << both << QPoint(1920, 300);
    QTest::newRow("far away goes to the nearest") << QPoint(-3000, 400) << both << QPoint(0, 400);
    QTest::newRow("no screens: unchanged")
        << QPoint(-3000, 400) << QList<QRect>{} << QPoint(-3000, 400);
}

void TstOverlayGeometry::bringOnScreen()
{
    QFETCH(QPoint, position);
    QFETCH(QList<QRect>, areas);
    QFETCH(QPoint, expected);
    const QPoint result = OverlayGeometry::bringOnScreen(QRect(position, Overlay), areas);
    QCOMPARE(result, expected);
    if (!areas.isEmpty()) {
        const QRect moved(result, Overlay);
        QVERIFY(std::any_of(areas.cbegin(), areas.cend(),
                            [&](const QRect &area) { return area.contains(moved); }));
    }
}

void TstOverlayGeometry::reachable_data()
{
    QTest::addColumn<QPoint>("position");
    QTest::addColumn<bool>("expected");
    QTest::newRow("inside") << QPoint(10, 40) << true;
    QTest::newRow("mostly off the right") << QPoint(3200 - 50, 300) << true;
    QTest::newRow("a sliver off the right") << QPoint(3200 - 20, 300) << false;
    QTest::newRow("below all screens") << QPoint(400, 2000) << false;
}

void TstOverlayGeometry::reachable()
{
    QFETCH(QPoint, position);
    QFETCH(bool, expected);
    QCOMPARE(isReachable(QRect(position, Overlay), {Left, Right}), expected);
}

void TstOverlayGeometry::defaultPositionIsTopRight()
{
    QCOMPARE(defaultPosition(Left, Overlay), QPoint(1920 - ScreenMargin - 360, 32 + ScreenMargin));
    QCOMPARE(defaultPosition(Right, Overlay), QPoint(3200 - ScreenMargin - 360, ScreenMargin));
}

void TstOverlayGeometry::mainWindowBesideTheOverlay_data()
{
    QTest::addColumn<QRect>("area");
    QTest::addColumn<QRect>("expected");
    // 1100 x 680 preferred; the overlay is 364 wide at the top-right corner;
    // the room beside it is the width less the overlay and three margins.
    QTest::newRow("1600x1000: full size, centred left of the overlay")
        << QRect(0, 0, 1600, 1000) << QRect(24 + (1164 - 1100) / 2, 24, 1100, 680);
    QTest::newRow("1920x1080 right of a 1600 screen")
        << QRect(1600, 0, 1920, 1050) << QRect(1600 + 24 + (1484 - 1100) / 2, 24, 1100, 680);
    QTest::newRow("1366x768: narrower")
        << QRect(0, 0, 1366, 740) << QRect(24, 24, 1366 - 364 - 72, 680);
    QTest::newRow("1280x600: narrower and shorter")
        << QRect(0, 0, 1280, 600) << QRect(24, 24, 1280 - 364 - 72, 600 - 48);
    QTest::newRow("1024x768: no room beside, centred")
        << QRect(0, 0, 1024, 740) << QRect((1024 - 1024) / 2, 30, 1024, 680);
}

void TstOverlayGeometry::mainWindowBesideTheOverlay()
{
    QFETCH(QRect, area);
    QFETCH(QRect, expected);
    const QSize overlay(364, 330);
    const QRect place = OverlayGeometry::mainWindowPlace(area, overlay, QSize(1100, 680));
    QCOMPARE(place, expected);
    QVERIFY(area.contains(place));
    const QRect overlayPlace(OverlayGeometry::defaultPosition(area, overlay), overlay);
    if (area.width() - overlay.width() - 72 >= OverlayGeometry::MinMainWindowWidth)
        QVERIFY(!place.intersects(overlayPlace));
}

void TstOverlayGeometry::arrangementKey()
{
    const QString key = OverlayGeometry::arrangementKey({Left, Right});
    QVERIFY(!key.isEmpty());
    QCOMPARE(OverlayGeometry::arrangementKey({Right, Left}), key); // order does not matter
    QCOMPARE(key.size(), 12);
    QVERIFY(OverlayGeometry::arrangementKey({Left}) != key);
    QVERIFY(OverlayGeometry::arrangementKey({Left, Right.translated(0, 100)}) != key);
    // Stable across runs (no per-process seed): a fixed value.
    QCOMPARE(OverlayGeometry::arrangementKey({QRect(0, 0, 1600, 1000)}),
             OverlayGeometry::arrangementKey({QRect(0, 0, 1600, 1000)}));
}

void TstOverlayGeometry::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
}

void TstOverlayGeometry::init()
{
    QFile::remove(DataPaths::settingsFile());
}

void TstOverlayGeometry::dragSnapsToScreenEdges_data()
{
    // Where the drag would put the overlay, in px from the screen area's
    // left (or, fromRight, from its right) and top edge, and where it ends up.
    QTest::addColumn<bool>("fromRight");
    QTest::addColumn<QPoint>("target");
    QTest::addColumn<QPoint>("expected");
    QTest::newRow("near the left edge") << false << QPoint(10, 80) << QPoint(0, 80);
    QTest::newRow("near the top edge") << false << QPoint(80, 14) << QPoint(80, 0);
    QTest::newRow("into the top-left corner") << false << QPoint(-6, 5) << QPoint(0, 0);
    QTest::newRow("not near an edge") << false << QPoint(40, 80) << QPoint(40, 80);
    QTest::newRow("near the right edge") << true << QPoint(12, 80) << QPoint(0, 80);
    QTest::newRow("17 px from the right edge") << true << QPoint(17, 80) << QPoint(17, 80);
}

void TstOverlayGeometry::dragSnapsToScreenEdges()
{
    QFETCH(bool, fromRight);
    QFETCH(QPoint, target);
    QFETCH(QPoint, expected);
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    DashboardOverlay overlay;
    overlay.setCollapsed(true); // small enough to move around the offscreen screen
    overlay.move(area.topLeft() + QPoint(150, 150));
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    const int width = overlay.width();
    const auto toPosition = [&](QPoint p) {
        return QPoint(fromRight ? area.right() + 1 - width - p.x() : area.left() + p.x(),
                      area.top() + p.y());
    };
    const QPoint wanted = toPosition(target);

    auto *label = overlay.findChild<QLabel *>(QStringLiteral("pillLabel"));
    const QPoint grab(10, label->height() / 2);
    const QPoint grabGlobal = label->mapToGlobal(grab);
    QTest::mousePress(label, Qt::LeftButton, {}, grab);
    QTest::mouseMove(label, grab + QPoint(5, 5)); // past the drag distance
    QTest::mouseMove(label, grab + (wanted - overlay.pos()));
    QTest::mouseRelease(label, Qt::LeftButton, {}, label->mapFromGlobal(grabGlobal));
    QTRY_COMPARE(overlay.pos(), toPosition(expected));
    QCOMPARE(AppSettings().overlayPosition(DashboardOverlay::screenArrangement()),
             std::optional<QPoint>(toPosition(expected)));
}

void TstOverlayGeometry::positionIsRememberedPerArrangement()
{
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    const QString here = DashboardOverlay::screenArrangement();
    QVERIFY(!here.isEmpty());
    const QPoint mine = area.topLeft() + QPoint(30, 40);
    const QPoint elsewhere = area.topLeft() + QPoint(70, 20);
    {
        AppSettings settings;
        settings.setOverlayPosition(mine, here);
        settings.setOverlayPosition(elsewhere, QStringLiteral("0123456789ab")); // last saved
    }
    QCOMPARE(AppSettings().overlayPosition(), std::optional<QPoint>(elsewhere));
    {
        DashboardOverlay overlay;
        QCOMPARE(overlay.pos(), mine); // this arrangement's place, not the last one
    }
    // Without a place for this arrangement: the last one saved anywhere.
    QFile::remove(DataPaths::settingsFile());
    AppSettings().setOverlayPosition(elsewhere, QStringLiteral("0123456789ab"));
    DashboardOverlay overlay;
    QCOMPARE(overlay.pos(), elsewhere);
}

void TstOverlayGeometry::adaptToScreensBringsItBackWhole()
{
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    DashboardOverlay overlay;
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    // Mostly off the right edge, as when the monitor it was on went away.
    overlay.move(area.right() - 60, area.top() + 20);
    QVERIFY(!area.contains(overlay.geometry()));
    overlay.adaptToScreens();
    QVERIFY2(area.contains(overlay.geometry()),
             qPrintable(QStringLiteral("%1,%2").arg(overlay.x()).arg(overlay.y())));
    QCOMPARE(overlay.x(), area.right() + 1 - overlay.width());
    QCOMPARE(overlay.y(), area.top() + 20);
    QCOMPARE(AppSettings().overlayPosition(DashboardOverlay::screenArrangement()),
             std::optional<QPoint>(overlay.pos()));
}

QTEST_MAIN(TstOverlayGeometry)
#include "tst_overlaygeometry.moc"
