// The overlay's threshold colours and the settings behind them: AppSettings,
// the Overlay section of Preferences and the cards of a live overlay.
#include "common/appsettings.h"
#include "common/datapaths.h"
#include "dashboardoverlay.h"
#include "metriccard.h"
#include "overlayalerts.h"
#include "preferencesdialog.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

using Level = ThresholdMonitor::Level;

Q_DECLARE_METATYPE(OverlayThresholds)
Q_DECLARE_METATYPE(ThresholdMonitor::Level)

namespace {

MetricsSnapshot snapshot(qint64 timestamp, qint64 latency, double accuracy = 95.0, int failed = 0)
{
    MetricsSnapshot s;
    s.total = 12;
    s.throughput = 0.2;
    s.avgLatency = latency;
    s.avgAccuracy = accuracy;
    s.failed = failed;
    s.timestamp = timestamp;
    return s;
}

Level cardLevel(const QWidget *root, const char *card)
{
    const auto *widget = root->findChild<MetricCard *>(QLatin1StringView(card));
    return widget ? widget->alertLevel() : Level::Normal;
}

QString tone(const QWidget *root, const char *label)
{
    const auto *widget = root->findChild<QLabel *>(QLatin1StringView(label));
    return widget ? widget->property("tone").toString() : QStringLiteral("<none>");
}

} // namespace

class TstOverlaySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void thresholdsRoundTrip_data();
    void thresholdsRoundTrip();
    void opacityIsClamped();
    void preferencesShowsAndWritesOverlaySection();
    void preferencesRestoresOverlayDefaults();
    void cardColoursAfterHoldTime_data();
    void cardColoursAfterHoldTime();
    void colourClearsAfterHoldTime();
    void holdRunsOutWithoutNewSnapshot();
    void applySettingsReadsNewThresholds();
    void teamViewHasItsOwnColours();

private:
    QTemporaryDir m_dataDir;
    QTemporaryDir m_tessdata;
    qint64 m_now = 1'700'000'000'000;
};

void TstOverlaySettings::initTestCase()
{
    QVERIFY(m_dataDir.isValid() && m_tessdata.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
    // Preferences only accepts an installed OCR language.
    QFile eng(m_tessdata.filePath(QStringLiteral("eng.traineddata")));
    QVERIFY(eng.open(QIODevice::WriteOnly));
    qputenv("TESSDATA_PREFIX", QFile::encodeName(m_tessdata.path()));
}

void TstOverlaySettings::init()
{
    QFile::remove(DataPaths::settingsFile());
}

void TstOverlaySettings::thresholdsRoundTrip_data()
{
    QTest::addColumn<OverlayThresholds>("written");
    QTest::addColumn<OverlayThresholds>("read");

    QTest::newRow("defaults") << OverlayThresholds{} << OverlayThresholds{};
    const OverlayThresholds custom{350, 900, 97.5, 85.0, 2, 10, 5};
    QTest::newRow("custom") << custom << custom;
    const OverlayThresholds off{0, 0, 0.0, 0.0, 0, 0, 0};
    QTest::newRow("all off") << off << off;
    QTest::newRow("clamped") << OverlayThresholds{-5, -1, 150.0, -3.0, -2, -9, 999}
                             << OverlayThresholds{
                                    0, 0, 100.0, 0.0, 0, 0, AppSettings::MaxThresholdHoldSeconds};
}

void TstOverlaySettings::thresholdsRoundTrip()
{
    QFETCH(OverlayThresholds, written);
    QFETCH(OverlayThresholds, read);
    QCOMPARE(AppSettings().overlayThresholds(), OverlayThresholds{}); // default before writing
    {
        AppSettings settings;
        settings.setOverlayThresholds(written);
        settings.sync();
    }
    const OverlayThresholds back = AppSettings().overlayThresholds();
    QCOMPARE(back.latencyWarningMs, read.latencyWarningMs);
    QCOMPARE(back.latencyCriticalMs, read.latencyCriticalMs);
    QCOMPARE(back.accuracyWarning, read.accuracyWarning);
    QCOMPARE(back.accuracyCritical, read.accuracyCritical);
    QCOMPARE(back.failuresWarning, read.failuresWarning);
    QCOMPARE(back.failuresCritical, read.failuresCritical);
    QCOMPARE(back.holdSeconds, read.holdSeconds);
}

void TstOverlaySettings::opacityIsClamped()
{
    QCOMPARE(AppSettings().overlayOpacity(), 100);
    AppSettings().setOverlayOpacity(75);
    QCOMPARE(AppSettings().overlayOpacity(), 75);
    AppSettings().setOverlayOpacity(5);
    QCOMPARE(AppSettings().overlayOpacity(), AppSettings::MinOverlayOpacity);
    AppSettings().setOverlayOpacity(250);
    QCOMPARE(AppSettings().overlayOpacity(), 100);
}

void TstOverlaySettings::preferencesShowsAndWritesOverlaySection()
{
    {
        AppSettings settings;
        settings.setOverlayThresholds({1500, 4000, 92.0, 70.5, 3, 0, 7});
        settings.setOverlayOpacity(60);
    }
    PreferencesDialog dialog;
    const auto spin
        = [&](const char *name) { return dialog.findChild<QSpinBox *>(QLatin1StringView(name)); };
    const auto percent = [&](const char *name) {
        return dialog.findChild<QDoubleSpinBox *>(QLatin1StringView(name));
    };
    auto *opacity = dialog.findChild<QSlider *>(QStringLiteral("overlayOpacitySlider"));
    QVERIFY(opacity && spin("latencyWarningSpin") && percent("accuracyWarningSpin"));
    QCOMPARE(opacity->value(), 60);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("overlayOpacityLabel"))->text(),
             QStringLiteral("60 %"));
    QCOMPARE(spin("latencyWarningSpin")->value(), 1500);
    QCOMPARE(spin("latencyCriticalSpin")->value(), 4000);
    QCOMPARE(percent("accuracyWarningSpin")->value(), 92.0);
    QCOMPARE(percent("accuracyCriticalSpin")->value(), 70.5);
    QCOMPARE(spin("failuresWarningSpin")->value(), 3);
    QCOMPARE(spin("failuresCriticalSpin")->value(), 0);
    QCOMPARE(spin("failuresCriticalSpin")->text(), QStringLiteral("Off"));
    QCOMPARE(spin("thresholdHoldSpin")->value(), 7);

    opacity->setValue(85);
    spin("latencyWarningSpin")->setValue(800);
    percent("accuracyCriticalSpin")->setValue(60.0);
    spin("thresholdHoldSpin")->setValue(0);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const AppSettings settings;
    QCOMPARE(settings.overlayOpacity(), 85);
    QCOMPARE(settings.overlayThresholds(), (OverlayThresholds{800, 4000, 92.0, 60.0, 3, 0, 0}));
}

void TstOverlaySettings::preferencesRestoresOverlayDefaults()
{
    AppSettings().setOverlayThresholds({1, 2, 3.0, 4.0, 5, 6, 7});
    AppSettings().setOverlayOpacity(40);
    PreferencesDialog dialog;
    dialog.restoreDefaults();
    QCOMPARE(dialog.findChild<QSlider *>(QStringLiteral("overlayOpacitySlider"))->value(), 100);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("latencyWarningSpin"))->value(),
             OverlayThresholds{}.latencyWarningMs);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("thresholdHoldSpin"))->value(),
             OverlayThresholds{}.holdSeconds);
    // Nothing is written before OK.
    QCOMPARE(AppSettings().overlayOpacity(), 40);
}

void TstOverlaySettings::cardColoursAfterHoldTime_data()
{
    QTest::addColumn<qint64>("latency");
    QTest::addColumn<double>("accuracy");
    QTest::addColumn<int>("failed");
    QTest::addColumn<Level>("latencyLevel");
    QTest::addColumn<Level>("accuracyLevel");
    QTest::addColumn<QString>("footerTone");
    QTest::addColumn<QString>("pillTone");

    // Thresholds: latency 1000 / 3000 ms, accuracy 90 / 80 %, failures 1 / 5, hold 3 s.
    QTest::newRow("all fine") << qint64(850) << 93.4 << 0 << Level::Normal << Level::Normal
                              << QString() << QString();
    QTest::newRow("slow") << qint64(1200) << 93.4 << 0 << Level::Warning << Level::Normal
                          << QString() << QStringLiteral("warning");
    QTest::newRow("very slow") << qint64(3500) << 93.4 << 0 << Level::Critical << Level::Normal
                               << QString() << QStringLiteral("error");
    QTest::newRow("inaccurate") << qint64(850) << 85.0 << 0 << Level::Normal << Level::Warning
                                << QString() << QStringLiteral("warning");
    QTest::newRow("very inaccurate, slow")
        << qint64(1200) << 60.0 << 0 << Level::Warning << Level::Critical << QString()
        << QStringLiteral("error");
    QTest::newRow("one failure") << qint64(850) << 93.4 << 1 << Level::Normal << Level::Normal
                                 << QStringLiteral("warning") << QStringLiteral("warning");
}

void TstOverlaySettings::cardColoursAfterHoldTime()
{
    QFETCH(qint64, latency);
    QFETCH(double, accuracy);
    QFETCH(int, failed);
    QFETCH(Level, latencyLevel);
    QFETCH(Level, accuracyLevel);
    QFETCH(QString, footerTone);
    QFETCH(QString, pillTone);

    AppSettings().setOverlayThresholds({1000, 3000, 90.0, 80.0, 1, 5, 3});
    DashboardOverlay overlay;
    overlay.setClock([this] { return m_now; });
    const qint64 start = m_now;
    // The aggregator sends a snapshot every second; for 2.9 s nothing colours.
    for (qint64 t = 0; t < 3000; t += 1000) {
        m_now = start + t;
        overlay.showSnapshot(snapshot(m_now, latency, accuracy, failed));
        QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Normal);
        QCOMPARE(cardLevel(&overlay, "accuracyCard"), Level::Normal);
        QCOMPARE(tone(&overlay, "extraLabel"), QString());
    }
    m_now = start + 3000;
    overlay.showSnapshot(snapshot(m_now, latency, accuracy, failed));
    QCOMPARE(cardLevel(&overlay, "latencyCard"), latencyLevel);
    QCOMPARE(cardLevel(&overlay, "accuracyCard"), accuracyLevel);
    QCOMPARE(tone(&overlay, "extraLabel"), footerTone);
    QCOMPARE(tone(&overlay, "pillLabel"), pillTone);
    // The card's value takes the colour too (the style sheet selects on "tone").
    const QString valueTone = latencyLevel == Level::Critical ? QStringLiteral("error")
        : latencyLevel == Level::Warning                      ? QStringLiteral("warning")
                                                              : QString();
    QCOMPARE(tone(&overlay, "latencyValue"), valueTone);
}

void TstOverlaySettings::colourClearsAfterHoldTime()
{
    AppSettings().setOverlayThresholds({1000, 3000, 90.0, 80.0, 1, 5, 3});
    DashboardOverlay overlay;
    overlay.setClock([this] { return m_now; });
    const qint64 start = m_now;
    overlay.showSnapshot(snapshot(m_now, 1500));
    m_now = start + 3000;
    overlay.showSnapshot(snapshot(m_now, 1500));
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Warning);
    // One fast reading does not clear it, three seconds of them do.
    m_now = start + 4000;
    overlay.showSnapshot(snapshot(m_now, 700));
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Warning);
    m_now = start + 6000;
    overlay.showSnapshot(snapshot(m_now, 700));
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Warning);
    m_now = start + 7000;
    overlay.showSnapshot(snapshot(m_now, 700));
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Normal);
    QCOMPARE(tone(&overlay, "latencyValue"), QString());
}

void TstOverlaySettings::holdRunsOutWithoutNewSnapshot()
{
    // With the real clock: one slow snapshot, then silence. The timer
    // colours the card when the hold time is over.
    AppSettings().setOverlayThresholds({1000, 3000, 90.0, 80.0, 1, 5, 1});
    DashboardOverlay overlay;
    QElapsedTimer elapsed;
    elapsed.start();
    overlay.showSnapshot(snapshot(QDateTime::currentMSecsSinceEpoch(), 1500));
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Normal);
    QTRY_COMPARE_WITH_TIMEOUT(cardLevel(&overlay, "latencyCard"), Level::Warning, 5000);
    QVERIFY2(elapsed.elapsed() >= 950, qPrintable(QString::number(elapsed.elapsed())));
}

void TstOverlaySettings::applySettingsReadsNewThresholds()
{
    DashboardOverlay overlay;
    overlay.setClock([this] { return m_now; });
    overlay.showSnapshot(snapshot(m_now, 1500)); // below the default 2000 ms
    m_now += 5000;
    overlay.showSnapshot(snapshot(m_now, 1500));
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Normal);

    AppSettings().setOverlayThresholds({1000, 3000, 90.0, 80.0, 1, 5, 0});
    overlay.applySettings();
    QCOMPARE(overlay.alerts()->thresholds().latencyWarningMs, 1000);
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Warning);
}

void TstOverlaySettings::teamViewHasItsOwnColours()
{
    AppSettings().setOverlayThresholds({1000, 3000, 90.0, 80.0, 1, 5, 0});
    DashboardOverlay overlay;
    overlay.setClock([this] { return m_now; });
    overlay.showSnapshot(snapshot(m_now, 3500));
    Protocol::TeamMetrics team;
    team.metrics = snapshot(m_now, 400);
    overlay.showTeamMetrics(team);
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Critical);
    overlay.setView(DashboardOverlay::View::Team);
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Normal);
    overlay.setView(DashboardOverlay::View::Local);
    QCOMPARE(cardLevel(&overlay, "latencyCard"), Level::Critical);
}

QTEST_MAIN(TstOverlaySettings)
#include "tst_overlaysettings.moc"
