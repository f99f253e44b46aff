#include "common/appsettings.h"
#include "common/datapaths.h"
#include "dashboardoverlay.h"
#include "metriccard.h"
#include "numberformat.h"
#include "sparkline.h"

#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <limits>
#include <memory>

using namespace InvoiceDash;

namespace {

MetricsSnapshot sampleSnapshot()
{
    MetricsSnapshot s;
    s.total = 12;
    s.throughput = 0.2;
    s.avgLatency = 842;
    s.avgAccuracy = 91.26;
    s.timestamp = QDateTime(QDate(2024, 3, 5), QTime(14, 3, 7)).toMSecsSinceEpoch();
    s.queueDepth = 3;
    s.failed = 1;
    s.p95Latency = 1500;
    s.allTimeTotal = 128;
    return s;
}

QString labelText(const QWidget *root, const char *name)
{
    const auto *label = root->findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1StringView(name));
}

} // namespace

class TstOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void windowFlagsAndAttributes();
    void metric_data();
    void metric();
    void countIsAnInteger();
    void metricUsesTheLocalesDecimalPointOnly();
    void emptyStateBeforeData();
    void snapshotReplacesEmptyState();
    void noMeanWithoutInvoicesInWindow();
    void collapseButtonShowsPill();
    void collapseKeepsRightEdgeOnRightHalf();
    void collapsedAndPositionSurviveRestart();
    void offScreenPositionIsBroughtBack();
    void dragByCardMovesWindow();
    void closeButtonHidesAndRemembers();
    void teamSparklineGetsOnePointPerSecond();

private:
    QTemporaryDir m_dataDir;
};

void TstOverlay::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
    QVERIFY(!QGuiApplication::screens().isEmpty());
}

void TstOverlay::init()
{
    // Every test starts from default settings.
    QFile::remove(DataPaths::settingsFile());
    QVERIFY(!AppSettings().overlayPosition().has_value());
}

void TstOverlay::windowFlagsAndAttributes()
{
    DashboardOverlay overlay;
    const Qt::WindowFlags flags = overlay.windowFlags();
    QVERIFY(flags.testFlag(Qt::Tool));
    QVERIFY(flags.testFlag(Qt::FramelessWindowHint));
    QVERIFY(flags.testFlag(Qt::WindowStaysOnTopHint));
    QVERIFY(flags.testFlag(Qt::WindowDoesNotAcceptFocus));
    QVERIFY(overlay.isWindow());
    QVERIFY(overlay.testAttribute(Qt::WA_TranslucentBackground));
    QVERIFY(overlay.testAttribute(Qt::WA_ShowWithoutActivating));
    QVERIFY(!overlay.testAttribute(Qt::WA_QuitOnClose));
    QCOMPARE(overlay.focusPolicy(), Qt::NoFocus);

    // The flags reach the native window too.
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    QVERIFY(overlay.windowHandle()->flags().testFlag(Qt::WindowDoesNotAcceptFocus));
    QVERIFY(overlay.windowHandle()->flags().testFlag(Qt::WindowStaysOnTopHint));
}

void TstOverlay::metric_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("tiny") << 0.004 << QStringLiteral("0.00");
    QTest::newRow("quarter") << 0.25 << QStringLiteral("0.25");
    QTest::newRow("half") << 0.5 << QStringLiteral("0.50");
    QTest::newRow("just below one") << 0.999 << QStringLiteral("1.00");
    QTest::newRow("one") << 1.0 << QStringLiteral("1.0");
    QTest::newRow("one decimal") << 42.46 << QStringLiteral("42.5");
    QTest::newRow("just below 100") << 99.94 << QStringLiteral("99.9");
    QTest::newRow("just below 100, rounding up") << 99.96 << QStringLiteral("100.0");
    QTest::newRow("hundred") << 100.0 << QStringLiteral("100");
    QTest::newRow("integer") << 1234.5 << QStringLiteral("1235");
    QTest::newRow("no separators") << 1234567.8 << QStringLiteral("1234568");
    QTest::newRow("negative small") << -0.5 << QStringLiteral("-0.50");
    QTest::newRow("negative mid") << -42.46 << QStringLiteral("-42.5");
    QTest::newRow("negative large") << -250.4 << QStringLiteral("-250");
    QTest::newRow("negative zero") << -0.004 << QStringLiteral("0.00");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("\u2013");
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QStringLiteral("\u2013");
}

void TstOverlay::metric()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(NumberFormat::metric(value), expected);
}

void TstOverlay::countIsAnInteger()
{
    QCOMPARE(NumberFormat::count(0), QStringLiteral("0"));
    QCOMPARE(NumberFormat::count(12), QStringLiteral("12"));
    QCOMPARE(NumberFormat::count(1234567), QStringLiteral("1234567"));
}

void TstOverlay::metricUsesTheLocalesDecimalPointOnly()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString decimal = NumberFormat::metric(42.46);
    const QString small = NumberFormat::metric(-0.004);
    const QString large = NumberFormat::metric(12345.0);
    const QString count = NumberFormat::count(12345);
    QLocale::setDefault(previous);
    QCOMPARE(decimal, QStringLiteral("42,5"));
    QCOMPARE(small, QStringLiteral("0,00"));
    QCOMPARE(large, QStringLiteral("12345")); // no group separator
    QCOMPARE(count, QStringLiteral("12345"));
}

void TstOverlay::emptyStateBeforeData()
{
    DashboardOverlay overlay;
    QVERIFY(!overlay.hasData());
    auto *empty = overlay.findChild<QWidget *>(QStringLiteral("emptyState"));
    auto *cards = overlay.findChild<QWidget *>(QStringLiteral("cardsPage"));
    QVERIFY(empty && cards);
    QVERIFY(empty->isVisibleTo(&overlay));
    QVERIFY(!cards->isVisibleTo(&overlay));
    QCOMPARE(labelText(&overlay, "emptyTitle"), QStringLiteral("Waiting for data\u2026"));
    QCOMPARE(labelText(&overlay, "emptyHint"), QStringLiteral("Drop invoices to see metrics"));

    // A snapshot with nothing finished yet (only a queue) keeps the empty state.
    MetricsSnapshot queuedOnly;
    queuedOnly.queueDepth = 4;
    queuedOnly.timestamp = QDateTime::currentMSecsSinceEpoch();
    overlay.showSnapshot(queuedOnly);
    QVERIFY(!overlay.hasData());
    QVERIFY(empty->isVisibleTo(&overlay));
    QCOMPARE(labelText(&overlay, "extraLabel"), QStringLiteral("4 in queue"));
}

void TstOverlay::snapshotReplacesEmptyState()
{
    DashboardOverlay overlay;
    overlay.showSnapshot(sampleSnapshot());

    QVERIFY(overlay.hasData());
    QVERIFY(!overlay.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisibleTo(&overlay));
    QVERIFY(overlay.findChild<QWidget *>(QStringLiteral("cardsPage"))->isVisibleTo(&overlay));
    QCOMPARE(labelText(&overlay, "totalValue"), QStringLiteral("12"));
    QCOMPARE(labelText(&overlay, "throughputValue"), QStringLiteral("0.20"));
    QCOMPARE(labelText(&overlay, "throughputUnit"), QStringLiteral("/s"));
    QCOMPARE(labelText(&overlay, "latencyValue"), QStringLiteral("842"));
    QCOMPARE(labelText(&overlay, "latencyUnit"), QStringLiteral("ms"));
    QCOMPARE(labelText(&overlay, "accuracyValue"), QStringLiteral("91.3"));
    QCOMPARE(labelText(&overlay, "accuracyUnit"), QStringLiteral("%"));
    QCOMPARE(labelText(&overlay, "updatedLabel"), QStringLiteral("Updated 14:03:07"));
    const QString extra = labelText(&overlay, "extraLabel");
    QVERIFY2(extra.contains(QStringLiteral("3 in queue")), qPrintable(extra));
    QVERIFY2(extra.contains(QStringLiteral("1 failed")), qPrintable(extra));
    QVERIFY2(extra.contains(QStringLiteral("128 all time")), qPrintable(extra));
    QCOMPARE(labelText(&overlay, "pillLabel"),
             QStringLiteral("12 inv \u00b7 0.20/s \u00b7 842 ms \u00b7 91.3 %"));
}

void TstOverlay::noMeanWithoutInvoicesInWindow()
{
    // Invoices were processed earlier (all-time total), none in the window:
    // cards show, but latency and accuracy have no mean to show.
    DashboardOverlay overlay;
    MetricsSnapshot idle;
    idle.allTimeTotal = 40;
    idle.timestamp = QDateTime::currentMSecsSinceEpoch();
    overlay.showSnapshot(idle);
    QVERIFY(overlay.hasData());
    QCOMPARE(labelText(&overlay, "totalValue"), QStringLiteral("0"));
    QCOMPARE(labelText(&overlay, "throughputValue"), QStringLiteral("0"));
    QCOMPARE(labelText(&overlay, "latencyValue"), QStringLiteral("\u2013"));
    QCOMPARE(labelText(&overlay, "accuracyValue"), QStringLiteral("\u2013"));
}

void TstOverlay::collapseButtonShowsPill()
{
    DashboardOverlay overlay;
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    const QSize expandedSize = overlay.size();
    auto *panel = overlay.findChild<QWidget *>(QStringLiteral("expandedPanel"));
    auto *pill = overlay.findChild<QWidget *>(QStringLiteral("collapsedPill"));
    QSignalSpy collapsed(&overlay, &DashboardOverlay::collapsedChanged);

    QTest::mouseClick(overlay.findChild<QToolButton *>(QStringLiteral("collapseButton")),
                      Qt::LeftButton);
    QVERIFY(overlay.isCollapsed());
    QCOMPARE(collapsed.count(), 1);
    QVERIFY(pill->isVisible());
    QVERIFY(!panel->isVisible());
    QTRY_VERIFY(overlay.height() < expandedSize.height() / 2);
    QVERIFY(overlay.width() < expandedSize.width());
    QVERIFY(AppSettings().overlayCollapsed());

    QTest::mouseClick(overlay.findChild<QToolButton *>(QStringLiteral("expandButton")),
                      Qt::LeftButton);
    QVERIFY(!overlay.isCollapsed());
    QCOMPARE(collapsed.count(), 2);
    QVERIFY(panel->isVisible());
    QTRY_COMPARE(overlay.size(), expandedSize);
    QVERIFY(!AppSettings().overlayCollapsed());
}

void TstOverlay::collapseKeepsRightEdgeOnRightHalf()
{
    DashboardOverlay overlay;
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    const QRect area = overlay.screen()->availableGeometry();
    overlay.move(area.right() + 1 - 24 - overlay.width(), area.top() + 24);
    const int right = overlay.geometry().right();
    overlay.setCollapsed(true);
    QCOMPARE(overlay.geometry().right(), right);
    overlay.setCollapsed(false);
    QCOMPARE(overlay.geometry().right(), right);
    QCOMPARE(AppSettings().overlayPosition(), std::optional<QPoint>(overlay.pos()));
}

void TstOverlay::collapsedAndPositionSurviveRestart()
{
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    const QPoint target = area.topLeft() + QPoint(37, 53);
    {
        auto overlay = std::make_unique<DashboardOverlay>();
        overlay->show();
        QVERIFY(QTest::qWaitForWindowExposed(overlay.get()));
        QVERIFY(overlay->pos() != target);
        overlay->move(target);
        overlay->setCollapsed(true);
        QTRY_COMPARE(overlay->pos(), target);
    } // destroyed: saves

    QCOMPARE(AppSettings().overlayPosition(), std::optional<QPoint>(target));
    DashboardOverlay restarted;
    QVERIFY(restarted.isCollapsed());
    QCOMPARE(restarted.pos(), target);
    restarted.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restarted));
    QCOMPARE(restarted.pos(), target);
    QVERIFY(restarted.findChild<QWidget *>(QStringLiteral("collapsedPill"))->isVisible());
}

void TstOverlay::offScreenPositionIsBroughtBack()
{
    AppSettings().setOverlayPosition(QPoint(-50000, -50000));

    DashboardOverlay overlay;
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    const QRect frame = overlay.frameGeometry();
    bool onSomeScreen = false;
    for (const QScreen *screen : QGuiApplication::screens())
        onSomeScreen = onSomeScreen || screen->availableGeometry().contains(frame);
    QVERIFY2(onSomeScreen,
             qPrintable(QStringLiteral("frame %1,%2 %3x%4")
                            .arg(frame.x())
                            .arg(frame.y())
                            .arg(frame.width())
                            .arg(frame.height())));
    // Top-right corner of the primary screen.
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY(frame.right() > area.center().x());
    QVERIFY(frame.top() < area.center().y());

    // A position that is partly on screen is the user's choice and is kept.
    const QPoint partly = area.topLeft() + QPoint(-overlay.width() / 2, 10);
    QCOMPARE(DashboardOverlay::ensureOnScreen(partly, overlay.size()), partly);
}

void TstOverlay::dragByCardMovesWindow()
{
    DashboardOverlay overlay;
    overlay.showSnapshot(sampleSnapshot());
    overlay.move(QGuiApplication::primaryScreen()->availableGeometry().topLeft()
                 + QPoint(100, 100));
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    const QPoint start = overlay.pos();

    // Press on a card's big value: the card must not swallow the drag.
    auto *value = overlay.findChild<QLabel *>(QStringLiteral("latencyValue"));
    QVERIFY(value);
    const QPoint grab = value->rect().center();
    QTest::mousePress(value, Qt::LeftButton, {}, grab);
    QTest::mouseMove(value, grab + QPoint(60, 40));
    QTest::mouseRelease(value, Qt::LeftButton, {}, grab + QPoint(60, 40));

    QTRY_COMPARE(overlay.pos(), start + QPoint(60, 40));
    // Saved at the end of the drag.
    QCOMPARE(AppSettings().overlayPosition(), std::optional<QPoint>(start + QPoint(60, 40)));
}

void TstOverlay::closeButtonHidesAndRemembers()
{
    DashboardOverlay overlay;
    overlay.setShown(true);
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    QVERIFY(AppSettings().overlayVisible());
    QSignalSpy visibility(&overlay, &DashboardOverlay::visibilityChanged);

    QTest::mouseClick(overlay.findChild<QToolButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    QVERIFY(!overlay.isVisible());
    QCOMPARE(visibility.count(), 1);
    QCOMPARE(visibility.constFirst().constFirst().toBool(), false);
    QVERIFY(!AppSettings().overlayVisible());

    overlay.toggleShown();
    QVERIFY(overlay.isVisible());
    QCOMPARE(visibility.count(), 2);
    QVERIFY(AppSettings().overlayVisible());
}

void TstOverlay::teamSparklineGetsOnePointPerSecond()
{
    // Team snapshots carry no history: their sparkline follows the updates.
    DashboardOverlay overlay;
    auto *sparkline = overlay.findChild<Sparkline *>(QStringLiteral("teamThroughputSparkline"));
    QVERIFY(sparkline);
    Protocol::TeamMetrics team;
    team.metrics = sampleSnapshot();
    overlay.showTeamMetrics(team);
    team.metrics.timestamp += 300; // same second: replaces
    team.metrics.throughput = 0.3;
    overlay.showTeamMetrics(team);
    team.metrics.timestamp += 1000; // next second: appends
    team.metrics.throughput = 0.4;
    overlay.showTeamMetrics(team);
    QCOMPARE(sparkline->values(), (QList<double>{0.3, 0.4}));
}

QTEST_MAIN(TstOverlay)
#include "tst_overlay.moc"
