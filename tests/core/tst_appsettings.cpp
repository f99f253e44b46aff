// docs/settings.example.ini documents every setting with its default: the
// test fails when a key is added in code but not documented, documented but
// gone from the code, or documented with another default.
#include "common/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

class TstAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySettingIsRegistered();
    void exampleDocumentsEveryDefault_data();
    void exampleDocumentsEveryDefault();
    void exampleHasNoUnknownKeys();
    void exampleReadsLikeNoFile();

private:
    static QString examplePath()
    {
        return QStringLiteral(INVOICEDASH_SOURCE_DIR "/docs/settings.example.ini");
    }
};

void TstAppSettings::everySettingIsRegistered()
{
    const QList<SettingDefault> defaults = AppSettings::defaults();
    QStringList keys;
    for (const SettingDefault &setting : defaults)
        keys << setting.key;
    // A sample of each group, so the registry can't silently go empty.
    for (const char *key : {"pipeline/workers", "preprocess/targetDpi", "ocr/language",
                            "overlay/thresholds/holdSeconds", "interface/language",
                            "team/serverUrl", "watch/stableSeconds", "mainWindow/geometry"})
        QVERIFY2(keys.contains(QLatin1StringView(key)), key);
    QCOMPARE(keys.size(), QSet<QString>(keys.begin(), keys.end()).size()); // no key twice
}

void TstAppSettings::exampleDocumentsEveryDefault_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");
    for (const SettingDefault &setting : AppSettings::defaults())
        QTest::newRow(qPrintable(setting.key)) << setting.key << setting.value;
}

void TstAppSettings::exampleDocumentsEveryDefault()
{
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    const QSettings example(examplePath(), QSettings::IniFormat);
    QCOMPARE(example.status(), QSettings::NoError);
    QVERIFY2(example.contains(key), qPrintable(key + QStringLiteral(" is not documented")));
    QVariant documented = example.value(key);
    QVERIFY2(documented.convert(expected.metaType()),
             qPrintable(documented.toString() + QStringLiteral(" does not convert")));
    QCOMPARE(documented, expected);
}

void TstAppSettings::exampleHasNoUnknownKeys()
{
    QStringList known;
    for (const SettingDefault &setting : AppSettings::defaults())
        known << setting.key;
    const QSettings example(examplePath(), QSettings::IniFormat);
    const QStringList keys = example.allKeys();
    QVERIFY(keys.size() >= known.size());
    QStringList unknown;
    for (const QString &key : keys) {
        if (!known.contains(key))
            unknown << key;
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u' ')));
}

void TstAppSettings::exampleReadsLikeNoFile()
{
    // Copying the example into place changes nothing: typed reads agree.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("settings.ini"));
    QVERIFY(QFile::copy(examplePath(), copy));
    const AppSettings fromExample(copy);
    const AppSettings fromNothing(dir.filePath(QStringLiteral("absent.ini")));
    QCOMPARE(fromExample.workerCount(), fromNothing.workerCount());
    QCOMPARE(fromExample.pipelineOptions().processor.preprocess.targetDpi,
             fromNothing.pipelineOptions().processor.preprocess.targetDpi);
    QCOMPARE(fromExample.ocrLanguage(), fromNothing.ocrLanguage());
    QCOMPARE(fromExample.overlayThresholds(), fromNothing.overlayThresholds());
    QCOMPARE(fromExample.overlayOpacity(), fromNothing.overlayOpacity());
    QCOMPARE(fromExample.overlayPosition(), fromNothing.overlayPosition());
    QCOMPARE(fromExample.teamSettings(), fromNothing.teamSettings());
    QCOMPARE(fromExample.watchStableSeconds(), fromNothing.watchStableSeconds());
    QCOMPARE(fromExample.interfaceLanguage(), fromNothing.interfaceLanguage());
    QCOMPARE(fromExample.preferredPlatform(), fromNothing.preferredPlatform());
}

QTEST_GUILESS_MAIN(TstAppSettings)
#include "tst_appsettings.moc"
