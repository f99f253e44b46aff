#include "common/appsettings.h"
#include "common/datapaths.h"
#include "dashboardoverlay.h"
#include "statusdot.h"
#include "teamstatusbar.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace InvoiceDash;

using View = DashboardOverlay::View;
using Tone = StatusDot::Tone;

namespace {

constexpr qint64 T0 = 1'700'000'000'000; // the injected clock's start, ms since the epoch

MetricsSnapshot localSnapshot()
{
    MetricsSnapshot s;
    s.total = 3;
    s.throughput = 0.05;
    s.avgLatency = 700;
    s.avgAccuracy = 90;
    s.timestamp = T0;
    s.allTimeTotal = 3;
    return s;
}

Protocol::TeamMetrics teamMetrics(int publishers = 3)
{
    Protocol::TeamMetrics team;
    team.metrics.total = 42;
    team.metrics.throughput = 1.2;
    team.metrics.avgLatency = 913;
    team.metrics.avgAccuracy = 93.72;
    team.metrics.timestamp = T0;
    team.metrics.failed = 2;
    team.metrics.p95Latency = 1840;
    team.publishers = publishers;
    team.viewers = 1;
    team.todayTotal = 1312;
    return team;
}

QString labelText(const QWidget *root, const char *name)
{
    const auto *label = root->findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1StringView(name));
}

// An overlay whose team view reads the time from `now`.
struct ClockedOverlay
{
    qint64 now = T0;
    DashboardOverlay overlay;
    TeamStatusBar *bar = nullptr;

    ClockedOverlay()
    {
        overlay.setClock([this] { return now; });
        bar = overlay.findChild<TeamStatusBar *>();
    }
    // What the one-second timer does.
    void advance(qint64 ms)
    {
        now += ms;
        bar->refresh();
    }
};

} // namespace

class TstOverlayTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void localIsTheDefaultView();
    void switchChangesTheCardsAndSurvivesRestart();
    void contextMenuAndSwitchAgree();
    void waitingForTheTeamServer();
    void connectionBadge_data();
    void connectionBadge();
    void longErrorIsElidedWithToolTip();
    void retryCountsDown();
    void ageAndStale();
    void desktopsConnected_data();
    void desktopsConnected();
    void pillShowsTheTeamView();
    void ageTimerRunsOnlyWhileTeamViewIsVisible();

private:
    QTemporaryDir m_dataDir;
};

void TstOverlayTeam::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
}

void TstOverlayTeam::init()
{
    QFile::remove(DataPaths::settingsFile());
}

void TstOverlayTeam::localIsTheDefaultView()
{
    QCOMPARE(AppSettings().overlayView(), AppSettings::OverlayView::Local);
    DashboardOverlay overlay;
    QCOMPARE(overlay.view(), View::Local);
    QVERIFY(overlay.findChild<QToolButton *>(QStringLiteral("localViewButton"))->isChecked());
    QVERIFY(!overlay.findChild<QWidget *>(QStringLiteral("teamStatusBar"))->isVisibleTo(&overlay));
    QVERIFY(overlay.findChild<QWidget *>(QStringLiteral("localFooter"))->isVisibleTo(&overlay));
}

void TstOverlayTeam::switchChangesTheCardsAndSurvivesRestart()
{
    {
        DashboardOverlay overlay;
        overlay.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overlay));
        overlay.showSnapshot(localSnapshot());
        overlay.showTeamMetrics(teamMetrics());
        QCOMPARE(labelText(&overlay, "totalValue"), QStringLiteral("3"));
        QSignalSpy changed(&overlay, &DashboardOverlay::viewChanged);

        QTest::mouseClick(overlay.findChild<QToolButton *>(QStringLiteral("teamViewButton")),
                          Qt::LeftButton);
        QCOMPARE(overlay.view(), View::Team);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<View>(), View::Team);
        QCOMPARE(labelText(&overlay, "totalValue"), QStringLiteral("42"));
        QCOMPARE(labelText(&overlay, "throughputValue"), QStringLiteral("1.2"));
        QCOMPARE(labelText(&overlay, "latencyValue"), QStringLiteral("913"));
        QCOMPARE(labelText(&overlay, "accuracyValue"), QStringLiteral("93.7"));
        QVERIFY(overlay.findChild<QWidget *>(QStringLiteral("teamStatusBar"))->isVisible());
        QVERIFY(!overlay.findChild<QWidget *>(QStringLiteral("localFooter"))->isVisible());

        // Local snapshots keep arriving in the team view without showing.
        MetricsSnapshot local = localSnapshot();
        local.total = 5;
        overlay.showSnapshot(local);
        QCOMPARE(labelText(&overlay, "totalValue"), QStringLiteral("42"));

        // Clicking the current segment again changes nothing.
        QTest::mouseClick(overlay.findChild<QToolButton *>(QStringLiteral("teamViewButton")),
                          Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(AppSettings().overlayView(), AppSettings::OverlayView::Team);
    }

    DashboardOverlay restarted;
    QCOMPARE(restarted.view(), View::Team);
    QVERIFY(restarted.findChild<QToolButton *>(QStringLiteral("teamViewButton"))->isChecked());
    restarted.showSnapshot(localSnapshot());
    restarted.showTeamMetrics(teamMetrics());
    QCOMPARE(labelText(&restarted, "totalValue"), QStringLiteral("42"));

    QSignalSpy changed(&restarted, &DashboardOverlay::viewChanged);
    restarted.setView(View::Local);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(labelText(&restarted, "totalValue"), QStringLiteral("3"));
    QVERIFY(restarted.findChild<QToolButton *>(QStringLiteral("localViewButton"))->isChecked());
    QCOMPARE(AppSettings().overlayView(), AppSettings::OverlayView::Local);
}

void TstOverlayTeam::contextMenuAndSwitchAgree()
{
    // setView() (what the context menu calls) moves the header switch too.
    DashboardOverlay overlay;
    overlay.setView(View::Team);
    QVERIFY(overlay.findChild<QToolButton *>(QStringLiteral("teamViewButton"))->isChecked());
    QVERIFY(!overlay.findChild<QToolButton *>(QStringLiteral("localViewButton"))->isChecked());
}

void TstOverlayTeam::waitingForTheTeamServer()
{
    DashboardOverlay overlay;
    overlay.showSnapshot(localSnapshot());
    overlay.setView(View::Team);
    auto *empty = overlay.findChild<QWidget *>(QStringLiteral("teamEmptyState"));
    auto *cards = overlay.findChild<QWidget *>(QStringLiteral("cardsPage"));
    QVERIFY(empty && cards);
    QVERIFY(empty->isVisibleTo(&overlay));
    QVERIFY(!cards->isVisibleTo(&overlay));
    QCOMPARE(labelText(&overlay, "teamEmptyTitle"),
             QStringLiteral("Waiting for the team server\u2026"));
    QCOMPARE(labelText(&overlay, "pillLabel"), QStringLiteral("Waiting for the team server\u2026"));
    QCOMPARE(labelText(&overlay, "ageLabel"), QString());
    QVERIFY(!overlay.isTeamStale());

    overlay.showTeamMetrics(teamMetrics());
    QVERIFY(!empty->isVisibleTo(&overlay));
    QVERIFY(cards->isVisibleTo(&overlay));
    QVERIFY(overlay.lastTeamMetrics().has_value());
}

void TstOverlayTeam::connectionBadge_data()
{
    QTest::addColumn<ConnectionStatus>("status");
    QTest::addColumn<Tone>("tone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("textTone"); // the label's style "tone" property

    QTest::newRow("disabled") << ConnectionStatus{ConnectionState::Disabled, {}, 0, 0} << Tone::Idle
                              << QStringLiteral(
                                     "Team server not set up \u2014 Edit \u2192 Preferences")
                              << QString();
    QTest::newRow("connecting") << ConnectionStatus{ConnectionState::Connecting, {}, 0, 0}
                                << Tone::Warning << QStringLiteral("Connecting\u2026") << QString();
    QTest::newRow("connected") << ConnectionStatus{ConnectionState::Connected, {}, 0, 0}
                               << Tone::Live << QStringLiteral("Connected") << QString();
    QTest::newRow("disconnected") << ConnectionStatus{ConnectionState::Disconnected,
                                                      QStringLiteral("Connection refused"), 4000, 2}
                                  << Tone::Warning
                                  << QStringLiteral("Disconnected \u2014 retrying in 4 s")
                                  << QString();
    QTest::newRow("disconnected, no retry")
        << ConnectionStatus{ConnectionState::Disconnected, {}, 0, 0} << Tone::Warning
        << QStringLiteral("Disconnected") << QString();
    QTest::newRow("error") << ConnectionStatus{ConnectionState::Error,
                                               QStringLiteral("token refused"), 0, 0}
                           << Tone::Error << QStringLiteral("Error \u2014 token refused")
                           << QStringLiteral("error");
}

void TstOverlayTeam::connectionBadge()
{
    QFETCH(ConnectionStatus, status);
    QFETCH(Tone, tone);
    QFETCH(QString, text);
    QFETCH(QString, textTone);

    ClockedOverlay clocked;
    DashboardOverlay &overlay = clocked.overlay;
    overlay.setView(View::Team);
    overlay.setConnectionStatus(status);

    auto *badge = overlay.findChild<StatusDot *>(QStringLiteral("connectionBadge"));
    QVERIFY(badge);
    QCOMPARE(badge->tone(), tone);
    QCOMPARE(badge->color(), StatusDot::colorFor(tone));
    auto *label = overlay.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QCOMPARE(label->text(), text);
    QCOMPARE(label->property("tone").toString(), textTone);
    // The header light follows the connection in the team view.
    const QList<StatusDot *> dots = overlay.findChildren<StatusDot *>();
    for (const StatusDot *dot : dots)
        QCOMPARE(dot->tone(), tone);
    if (!status.reason.isEmpty())
        QVERIFY2(label->toolTip().contains(status.reason) || text.contains(status.reason),
                 qPrintable(label->toolTip()));
}

void TstOverlayTeam::longErrorIsElidedWithToolTip()
{
    DashboardOverlay overlay;
    overlay.setView(View::Team);
    const QString reason = QStringLiteral(
        "token refused: the server does not know this token; ask the admin for a new one");
    overlay.setConnectionStatus({ConnectionState::Error, reason, 0, 0});
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));

    // The reason does not widen the overlay: it is elided and the tooltip has it.
    auto *label = overlay.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(label->width() < label->fontMetrics().horizontalAdvance(label->text()));
    QVERIFY2(label->toolTip().contains(reason), qPrintable(label->toolTip()));
    DashboardOverlay local;
    local.show();
    QVERIFY(QTest::qWaitForWindowExposed(&local));
    QCOMPARE(overlay.width(), local.width());
}

void TstOverlayTeam::retryCountsDown()
{
    ClockedOverlay clocked;
    clocked.overlay.setView(View::Team);
    clocked.overlay.setConnectionStatus({ConnectionState::Disconnected, {}, 4000, 0});
    const QWidget *root = &clocked.overlay;
    QCOMPARE(labelText(root, "connectionLabel"),
             QStringLiteral("Disconnected \u2014 retrying in 4 s"));
    clocked.advance(1500);
    QCOMPARE(labelText(root, "connectionLabel"),
             QStringLiteral("Disconnected \u2014 retrying in 3 s"));
    clocked.advance(3000);
    QCOMPARE(labelText(root, "connectionLabel"),
             QStringLiteral("Disconnected \u2014 retrying\u2026"));
}

void TstOverlayTeam::ageAndStale()
{
    ClockedOverlay clocked;
    DashboardOverlay &overlay = clocked.overlay;
    overlay.setView(View::Team);
    overlay.setConnectionStatus({ConnectionState::Connected, {}, 0, 0});
    overlay.showTeamMetrics(teamMetrics());
    auto *age = overlay.findChild<QLabel *>(QStringLiteral("ageLabel"));
    QVERIFY(age);
    QCOMPARE(age->text(), QStringLiteral("updated just now"));

    clocked.advance(5000);
    QCOMPARE(age->text(), QStringLiteral("updated 5 s ago"));
    QVERIFY(!overlay.isTeamStale());
    QCOMPARE(age->property("tone").toString(), QString());
    QCOMPARE(clocked.bar->tone(), Tone::Live);

    QSignalSpy toneChanged(clocked.bar, &TeamStatusBar::toneChanged);
    clocked.advance(11000); // t + 16 s
    QVERIFY(overlay.isTeamStale());
    QCOMPARE(age->text(), QStringLiteral("stale \u2014 no update for 16 s"));
    QCOMPARE(age->property("tone").toString(), QStringLiteral("warning"));
    // Connected but stale: the overall light turns amber, the badge stays green.
    QCOMPARE(toneChanged.count(), 1);
    QCOMPARE(clocked.bar->tone(), Tone::Warning);
    QCOMPARE(overlay.findChild<StatusDot *>(QStringLiteral("connectionBadge"))->tone(), Tone::Live);

    // A new update makes it fresh again.
    overlay.showTeamMetrics(teamMetrics());
    QVERIFY(!overlay.isTeamStale());
    QCOMPARE(age->text(), QStringLiteral("updated just now"));
    QCOMPARE(clocked.bar->tone(), Tone::Live);
}

void TstOverlayTeam::desktopsConnected_data()
{
    QTest::addColumn<int>("publishers");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << QStringLiteral("0 desktops connected");
    QTest::newRow("one") << 1 << QStringLiteral("1 desktop connected");
    QTest::newRow("three") << 3 << QStringLiteral("3 desktops connected");
}

void TstOverlayTeam::desktopsConnected()
{
    QFETCH(int, publishers);
    QFETCH(QString, text);
    DashboardOverlay overlay;
    overlay.setView(View::Team);
    overlay.showTeamMetrics(teamMetrics(publishers));
    const QString line = labelText(&overlay, "desktopsLabel");
    QVERIFY2(line.startsWith(text), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("2 failed")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("p95 1840 ms")), qPrintable(line));
}

void TstOverlayTeam::pillShowsTheTeamView()
{
    DashboardOverlay overlay;
    overlay.showSnapshot(localSnapshot());
    overlay.showTeamMetrics(teamMetrics());
    overlay.setCollapsed(true);
    auto *tag = overlay.findChild<QLabel *>(QStringLiteral("pillViewTag"));
    QVERIFY(tag);
    QVERIFY(!tag->isVisibleTo(&overlay));
    QCOMPARE(labelText(&overlay, "pillLabel"),
             QStringLiteral("3 inv \u00b7 0.05/s \u00b7 700 ms \u00b7 90.0 %"));

    overlay.setView(View::Team);
    QVERIFY(tag->isVisibleTo(&overlay));
    QCOMPARE(tag->text(), QStringLiteral("Team"));
    QCOMPARE(labelText(&overlay, "pillLabel"),
             QStringLiteral("42 inv \u00b7 1.2/s \u00b7 913 ms \u00b7 93.7 %"));
}

void TstOverlayTeam::ageTimerRunsOnlyWhileTeamViewIsVisible()
{
    DashboardOverlay overlay;
    auto *timer = overlay.findChild<QTimer *>(QStringLiteral("teamAgeTimer"));
    QVERIFY(timer);
    overlay.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overlay));
    QVERIFY(!timer->isActive()); // local view

    overlay.setView(View::Team);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 1000);
    overlay.setCollapsed(true); // the pill still shows staleness
    QVERIFY(timer->isActive());
    overlay.hide();
    QVERIFY(!timer->isActive());
    overlay.show();
    QVERIFY(timer->isActive());
    overlay.setView(View::Local);
    QVERIFY(!timer->isActive());
}

QTEST_MAIN(TstOverlayTeam)
#include "tst_overlayteam.moc"
