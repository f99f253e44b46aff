// Preferences > Interface: the interface language and the X11 backend are
// shown, saved and restored, and a chosen language is the one the next
// windows speak (the start-up path of app/guiapplication.cpp).
#include "common/appsettings.h"
#include "common/datapaths.h"
#include "dashboardoverlay.h"
#include "languages.h"
#include "mainwindow.h"
#include "metrics/metricssnapshot.h"
#include "pipeline/pipeline.h"
#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

class TstInterfacePreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase() { Languages::install(QLocale(QLocale::English)); }

    void listsSystemEnglishAndEveryTranslation();
    void showsStoredValues();
    void unknownStoredLanguageShowsTheSystemDefault();
    void acceptWritesTheChoice_data();
    void acceptWritesTheChoice();
    void restartHintFollowsChanges();
    void restoreDefaultsResetsTheSection();
    void chosenLanguageTranslatesTheNextWindows_data();
    void chosenLanguageTranslatesTheNextWindows();
    void overlayKeepsItsWidthInEveryLanguage_data();
    void overlayKeepsItsWidthInEveryLanguage();

private:
    struct Section
    {
        QComboBox *language = nullptr;
        QCheckBox *x11 = nullptr;
        QLabel *hint = nullptr;
    };
    static Section section(PreferencesDialog &dialog)
    {
        return {dialog.findChild<QComboBox *>(QStringLiteral("interfaceLanguageCombo")),
                dialog.findChild<QCheckBox *>(QStringLiteral("x11Check")),
                dialog.findChild<QLabel *>(QStringLiteral("restartHint"))};
    }

    QTemporaryDir m_dataDir;
};

void TstInterfacePreferences::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
    Languages::install(QLocale(QLocale::English));
}

void TstInterfacePreferences::init()
{
    QFile::remove(DataPaths::settingsFile());
    Languages::install(QLocale(QLocale::English));
}

void TstInterfacePreferences::listsSystemEnglishAndEveryTranslation()
{
    PreferencesDialog dialog;
    const Section s = section(dialog);
    QVERIFY(s.language && s.x11 && s.hint);
    QStringList codes;
    QStringList names;
    for (int i = 0; i < s.language->count(); ++i) {
        codes << s.language->itemData(i).toString();
        names << s.language->itemText(i);
    }
    QCOMPARE(codes,
             (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"),
                          QStringLiteral("es"), QStringLiteral("fr")}));
    QVERIFY2(names.at(0).startsWith(QLatin1String("System default (")), qPrintable(names.at(0)));
    QCOMPARE(names.mid(2),
             (QStringList{QStringLiteral("Deutsch"), QStringLiteral("Español"),
                          QStringLiteral("Français")}));
    QCOMPARE(s.language->currentIndex(), 0); // nothing stored: the system's
    QVERIFY(!s.x11->isChecked());
}

void TstInterfacePreferences::showsStoredValues()
{
    {
        AppSettings settings;
        settings.setInterfaceLanguage(QStringLiteral("es"));
        settings.setPreferredPlatform(QStringLiteral("xcb"));
    }
    PreferencesDialog dialog;
    const Section s = section(dialog);
    QCOMPARE(s.language->currentData().toString(), QStringLiteral("es"));
    QVERIFY(s.x11->isChecked());
    // Spanish is saved but English runs: it applies at the next start.
    QVERIFY(!s.hint->isHidden());
}

void TstInterfacePreferences::unknownStoredLanguageShowsTheSystemDefault()
{
    {
        AppSettings settings;
        settings.setInterfaceLanguage(QStringLiteral("tlh"));
        settings.setPreferredPlatform(QStringLiteral("directfb")); // only xcb is offered
    }
    QCOMPARE(AppSettings().preferredPlatform(), QString());
    PreferencesDialog dialog;
    const Section s = section(dialog);
    QCOMPARE(s.language->currentIndex(), 0);
    QVERIFY(!s.x11->isChecked());
}

void TstInterfacePreferences::acceptWritesTheChoice_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("x11");
    QTest::addColumn<QString>("platform");

    QTest::newRow("French on X11") << "fr" << true << "xcb";
    QTest::newRow("German, Qt's choice") << "de" << false << "";
    QTest::newRow("English") << "en" << false << "";
    QTest::newRow("system default on X11") << "" << true << "xcb";
}

void TstInterfacePreferences::acceptWritesTheChoice()
{
    QFETCH(QString, language);
    QFETCH(bool, x11);
    QFETCH(QString, platform);
    {
        AppSettings settings;
        settings.setInterfaceLanguage(QStringLiteral("es")); // something else first
        settings.setPreferredPlatform(x11 ? QString() : QStringLiteral("xcb"));
    }
    PreferencesDialog dialog;
    const Section s = section(dialog);
    s.language->setCurrentIndex(s.language->findData(language));
    s.x11->setChecked(x11);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const AppSettings settings;
    QCOMPARE(settings.interfaceLanguage(), language);
    QCOMPARE(settings.preferredPlatform(), platform);
}

void TstInterfacePreferences::restartHintFollowsChanges()
{
    PreferencesDialog dialog;
    dialog.show();
    const Section s = section(dialog);
    QVERIFY(!s.hint->isVisible());
    s.language->setCurrentIndex(s.language->findData(QStringLiteral("de")));
    QVERIFY(s.hint->isVisible());
    s.language->setCurrentIndex(0);
    QVERIFY(!s.hint->isVisible());
    s.x11->setChecked(true);
    QVERIFY(s.hint->isVisible());
    s.x11->setChecked(false);
    QVERIFY(!s.hint->isVisible());

    // Chosen and saved, but not running yet: reopening still says so.
    s.language->setCurrentIndex(s.language->findData(QStringLiteral("fr")));
    dialog.accept();
    PreferencesDialog reopened;
    reopened.show();
    QCOMPARE(section(reopened).language->currentData().toString(), QStringLiteral("fr"));
    QVERIFY(section(reopened).hint->isVisible());
    // Once French runs, it doesn't.
    QVERIFY(Languages::install(Languages::resolve(AppSettings().interfaceLanguage())).ok);
    PreferencesDialog inFrench;
    inFrench.show();
    QVERIFY(!section(inFrench).hint->isVisible());
}

void TstInterfacePreferences::restoreDefaultsResetsTheSection()
{
    {
        AppSettings settings;
        settings.setInterfaceLanguage(QStringLiteral("fr"));
        settings.setPreferredPlatform(QStringLiteral("xcb"));
    }
    PreferencesDialog dialog;
    dialog.restoreDefaults();
    const Section s = section(dialog);
    QCOMPARE(s.language->currentIndex(), 0);
    QVERIFY(!s.x11->isChecked());
    // Nothing is written before OK.
    QCOMPARE(AppSettings().interfaceLanguage(), QStringLiteral("fr"));
    dialog.accept();
    QCOMPARE(AppSettings().interfaceLanguage(), QString());
    QCOMPARE(AppSettings().preferredPlatform(), QString());
}

void TstInterfacePreferences::chosenLanguageTranslatesTheNextWindows_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = Languages::available();
    for (const QString &code : languages)
        QTest::newRow(qPrintable(code)) << code;
}

void TstInterfacePreferences::chosenLanguageTranslatesTheNextWindows()
{
    QFETCH(QString, language);
    {
        PreferencesDialog dialog;
        const Section s = section(dialog);
        s.language->setCurrentIndex(s.language->findData(language));
        dialog.accept();
    }
    // What GuiApplication::start does with the stored setting.
    const Languages::InstallResult result
        = Languages::install(Languages::resolve(AppSettings().interfaceLanguage()));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.language, language);

    Pipeline pipeline(nullptr);
    MainWindow window(&pipeline);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    const QString file = QCoreApplication::translate("InvoiceDash::MainWindow", "&File");
    QVERIFY2(file != QLatin1String("&File"), qPrintable(file));
    QCOMPARE(menus.first()->text(), file);

    PreferencesDialog dialog;
    const QString title
        = QCoreApplication::translate("InvoiceDash::PreferencesDialog", "Preferences");
    QVERIFY2(title != QLatin1String("Preferences"), qPrintable(title));
    QCOMPARE(dialog.windowTitle(), title);
    // Language names stay in their own language, whatever the interface's.
    QCOMPARE(section(dialog).language->itemText(1), QStringLiteral("English"));
}

void TstInterfacePreferences::overlayKeepsItsWidthInEveryLanguage_data()
{
    chosenLanguageTranslatesTheNextWindows_data();
}

// Longer translations wrap or elide; the overlay people place beside other
// windows keeps the width it has in English, in each of its states.
void TstInterfacePreferences::overlayKeepsItsWidthInEveryLanguage()
{
    QFETCH(QString, language);
    const auto widths = [] {
        MetricsSnapshot busy;
        busy.total = 12;
        busy.throughput = 0.2;
        busy.avgLatency = 850;
        busy.p95Latency = 1900;
        busy.avgAccuracy = 93.4;
        busy.queueDepth = 120;
        busy.failed = 3;
        busy.allTimeTotal = 123456;
        busy.timestamp = QDateTime::currentMSecsSinceEpoch();
        QList<int> result;
        DashboardOverlay overlay;
        overlay.show();
        result << overlay.sizeHint().width(); // waiting for data
        overlay.showSnapshot(busy);
        result << overlay.sizeHint().width(); // cards, queue and failures
        return result;
    };
    QVERIFY(Languages::install(QLocale(QLocale::English)).ok);
    const QList<int> english = widths();
    QVERIFY(Languages::install(QLocale(language)).ok);
    const QList<int> translated = widths();
    QCOMPARE(translated, english);
}

QTEST_MAIN(TstInterfacePreferences)
#include "tst_interfacepreferences.moc"
