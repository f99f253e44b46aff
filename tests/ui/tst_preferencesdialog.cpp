#include "common/appsettings.h"
#include "common/datapaths.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "pipeline/pipeline.h"
#include "preferencesdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace InvoiceDash;

namespace {

int coreCount()
{
    return std::clamp(QThread::idealThreadCount(), 1, 64);
}

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

} // namespace

class TstPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsCurrentSettings();
    void acceptWritesSettings();
    void rejectWritesNothing();
    void restoreDefaultsResetsWidgets();
    void listsInstalledLanguagesWithoutOsd();
    void emptyTessdataShowsMessage();
    void missingLanguageIsRefused();
    void mainWindowOpensPreferences();

private:
    template<typename T> T *child(QWidget *dialog, const char *name)
    {
        auto *widget = dialog->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qWarning("No child %s", name);
        return widget;
    }

    QTemporaryDir m_dataDir;
    QTemporaryDir m_tessdata;
    QTemporaryDir m_emptyTessdata;
};

void TstPreferencesDialog::initTestCase()
{
    QVERIFY(m_dataDir.isValid() && m_tessdata.isValid() && m_emptyTessdata.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (const char *name : {"eng", "deu", "osd"})
        QVERIFY(
            touch(m_tessdata.filePath(QLatin1StringView(name) + QStringLiteral(".traineddata"))));
    QVERIFY(touch(m_tessdata.filePath(QStringLiteral("notes.txt")))); // not language data
}

void TstPreferencesDialog::init()
{
    QFile::remove(DataPaths::settingsFile());
    qputenv("TESSDATA_PREFIX", QFile::encodeName(m_tessdata.path()));
}

void TstPreferencesDialog::showsCurrentSettings()
{
    {
        AppSettings settings;
        settings.setWorkerCount(3);
        PreprocessOptions preprocess;
        preprocess.upscale = false;
        preprocess.deskew = true;
        preprocess.denoise = false;
        preprocess.binarize = true;
        preprocess.targetDpi = 450;
        settings.setPreprocessOptions(preprocess);
        settings.setOcrLanguage(QStringLiteral("eng+deu"));
    }

    PreferencesDialog dialog;
    QCOMPARE(child<QSpinBox>(&dialog, "workerSpin")->value(), 3);
    QCOMPARE(child<QCheckBox>(&dialog, "upscaleCheck")->isChecked(), false);
    QCOMPARE(child<QCheckBox>(&dialog, "deskewCheck")->isChecked(), true);
    QCOMPARE(child<QCheckBox>(&dialog, "denoiseCheck")->isChecked(), false);
    QCOMPARE(child<QCheckBox>(&dialog, "binarizeCheck")->isChecked(), true);
    QCOMPARE(child<QSpinBox>(&dialog, "dpiSpin")->value(), 450);
    QVERIFY(child<QCheckBox>(&dialog, "upscaleCheck")->text().contains(QStringLiteral("450")));
    QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentText(), QStringLiteral("eng+deu"));
    QVERIFY(child<QLabel>(&dialog, "coresHint")
                ->text()
                .contains(QString::number(coreCount()) + QStringLiteral(" core")));
    QCOMPARE(dialog.options().workers, 3);
}

void TstPreferencesDialog::acceptWritesSettings()
{
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::optionsChanged);
    const int workers = coreCount() == 5 ? 6 : 5;
    child<QSpinBox>(&dialog, "workerSpin")->setValue(workers);
    child<QCheckBox>(&dialog, "upscaleCheck")->setChecked(false);
    child<QCheckBox>(&dialog, "deskewCheck")->setChecked(false);
    child<QCheckBox>(&dialog, "denoiseCheck")->setChecked(true);
    child<QCheckBox>(&dialog, "binarizeCheck")->setChecked(false);
    child<QSpinBox>(&dialog, "dpiSpin")->setValue(200);
    child<QComboBox>(&dialog, "languageCombo")->setCurrentText(QStringLiteral(" deu+eng "));

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);

    const AppSettings settings;
    QCOMPARE(settings.workerCount(), workers);
    const PreprocessOptions preprocess = settings.preprocessOptions();
    QCOMPARE(preprocess.upscale, false);
    QCOMPARE(preprocess.deskew, false);
    QCOMPARE(preprocess.denoise, true);
    QCOMPARE(preprocess.binarize, false);
    QCOMPARE(preprocess.targetDpi, 200);
    QCOMPARE(settings.ocrLanguage(), QStringLiteral("deu+eng"));

    const auto emitted = changed.constFirst().constFirst().value<PipelineOptions>();
    QCOMPARE(emitted.workers, workers);
    QCOMPARE(emitted.processor.preprocess.targetDpi, 200);
    QCOMPARE(emitted.processor.ocr.language, QStringLiteral("deu+eng"));
    QCOMPARE(dialog.options().workers, workers);
}

void TstPreferencesDialog::rejectWritesNothing()
{
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::optionsChanged);
    child<QSpinBox>(&dialog, "workerSpin")->setValue(coreCount() == 7 ? 8 : 7);
    child<QCheckBox>(&dialog, "deskewCheck")->setChecked(false);
    child<QSpinBox>(&dialog, "dpiSpin")->setValue(600);
    child<QComboBox>(&dialog, "languageCombo")->setCurrentText(QStringLiteral("deu"));
    dialog.reject();

    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QFile::exists(DataPaths::settingsFile()));
    const AppSettings settings;
    QCOMPARE(settings.workerCount(), coreCount());
    QCOMPARE(settings.preprocessOptions().deskew, PreprocessOptions{}.deskew);
    QCOMPARE(settings.ocrLanguage(), QStringLiteral("eng"));
}

void TstPreferencesDialog::restoreDefaultsResetsWidgets()
{
    {
        AppSettings settings;
        settings.setWorkerCount(coreCount() == 2 ? 3 : 2);
        PreprocessOptions preprocess;
        preprocess.upscale = !preprocess.upscale;
        preprocess.deskew = !preprocess.deskew;
        preprocess.denoise = !preprocess.denoise;
        preprocess.binarize = !preprocess.binarize;
        preprocess.targetDpi = 550;
        settings.setPreprocessOptions(preprocess);
        settings.setOcrLanguage(QStringLiteral("deu"));
    }

    PreferencesDialog dialog;
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();

    const PreprocessOptions defaults;
    QCOMPARE(child<QSpinBox>(&dialog, "workerSpin")->value(), coreCount());
    QCOMPARE(child<QCheckBox>(&dialog, "upscaleCheck")->isChecked(), defaults.upscale);
    QCOMPARE(child<QCheckBox>(&dialog, "deskewCheck")->isChecked(), defaults.deskew);
    QCOMPARE(child<QCheckBox>(&dialog, "denoiseCheck")->isChecked(), defaults.denoise);
    QCOMPARE(child<QCheckBox>(&dialog, "binarizeCheck")->isChecked(), defaults.binarize);
    QCOMPARE(child<QSpinBox>(&dialog, "dpiSpin")->value(), defaults.targetDpi);
    QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentText(), QStringLiteral("eng"));
    // Nothing is written before OK.
    QCOMPARE(AppSettings().preprocessOptions().targetDpi, 550);

    // OK after Restore Defaults stores "one per core" again.
    dialog.accept();
    QCOMPARE(AppSettings().workerCount(), coreCount());
    QCOMPARE(AppSettings().preprocessOptions().targetDpi, defaults.targetDpi);
}

void TstPreferencesDialog::listsInstalledLanguagesWithoutOsd()
{
    QCOMPARE(PreferencesDialog::installedLanguages(m_tessdata.path()),
             QStringList({QStringLiteral("deu"), QStringLiteral("eng")}));

    PreferencesDialog dialog;
    QCOMPARE(QDir(dialog.tessdataPath()), QDir(m_tessdata.path()));
    auto *combo = child<QComboBox>(&dialog, "languageCombo");
    QVERIFY(combo->isEditable());
    QCOMPARE(comboItems(combo), QStringList({QStringLiteral("deu"), QStringLiteral("eng")}));
    QCOMPARE(combo->currentText(), QStringLiteral("eng"));
    QVERIFY(child<MessageBanner>(&dialog, "languageNotice")->isHidden());
}

void TstPreferencesDialog::emptyTessdataShowsMessage()
{
    qputenv("TESSDATA_PREFIX", QFile::encodeName(m_emptyTessdata.path()));
    PreferencesDialog dialog;
    auto *combo = child<QComboBox>(&dialog, "languageCombo");
    QCOMPARE(combo->count(), 0);
    auto *notice = child<MessageBanner>(&dialog, "languageNotice");
    QVERIFY(!notice->isHidden());
    QVERIFY(notice->text().contains(QDir::toNativeSeparators(m_emptyTessdata.path())));
    QVERIFY(notice->text().contains(QStringLiteral("tesseract-ocr-eng")));
    QVERIFY(notice->text().contains(QStringLiteral("TESSDATA_PREFIX")));

    // The default language has no data here either: OK is refused.
    dialog.accept();
    QVERIFY(!child<MessageBanner>(&dialog, "languageError")->isHidden());
    QVERIFY(!QFile::exists(DataPaths::settingsFile()));
}

void TstPreferencesDialog::missingLanguageIsRefused()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Return must not hit Restore Defaults: focus starts at the first setting.
    QCOMPARE(dialog.focusWidget(), child<QSpinBox>(&dialog, "workerSpin"));
    QSignalSpy changed(&dialog, &PreferencesDialog::optionsChanged);
    auto *combo = child<QComboBox>(&dialog, "languageCombo");
    auto *error = child<MessageBanner>(&dialog, "languageError");
    QVERIFY(error->isHidden());

    combo->setCurrentText(QStringLiteral("eng+fra"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(changed.count(), 0);
    QVERIFY(!error->isHidden());
    QCOMPARE(error->kind(), MessageBanner::Kind::Error);
    QVERIFY2(error->text().contains(QStringLiteral("\u201cfra\u201d")), qPrintable(error->text()));
    QVERIFY(!error->text().contains(QStringLiteral("\u201ceng\u201d")));
    QVERIFY(error->text().contains(QStringLiteral("tesseract-ocr-fra")));
    QVERIFY(!QFile::exists(DataPaths::settingsFile()));

    // osd has a file but reads no text.
    combo->setCurrentText(QStringLiteral("osd"));
    QVERIFY(error->isHidden()); // editing clears the error
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->text().contains(QStringLiteral("osd")));

    combo->setCurrentText(QStringLiteral("+"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!error->isHidden());

    combo->setCurrentText(QStringLiteral("deu"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppSettings().ocrLanguage(), QStringLiteral("deu"));
}

void TstPreferencesDialog::mainWindowOpensPreferences()
{
    Pipeline pipeline(nullptr);
    MainWindow window(&pipeline);
    QSignalSpy changed(&window, &MainWindow::settingsChanged);

    QAction *action = window.preferencesAction();
    QVERIFY(action);
    QVERIFY(!action->shortcuts().isEmpty());
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);

    action->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    action->trigger(); // raises the open dialog instead of a second one
    QCOMPARE(window.findChildren<PreferencesDialog *>().size(), 1);

    const QPointer<PreferencesDialog> guard(dialog);
    dialog->reject();
    QCOMPARE(changed.count(), 0);
    QTRY_VERIFY(!guard); // deleted on close

    action->trigger();
    dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    child<QSpinBox>(dialog, "dpiSpin")->setValue(350);
    dialog->accept();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppSettings().pipelineOptions().processor.preprocess.targetDpi, 350);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Settings saved"));

    // While files are processed, the user learns that those keep their settings.
    pipeline.enqueue({QStringLiteral(INVOICEDASH_TEST_DATA_DIR "/syn_0001.png")});
    QVERIFY(pipeline.isBusy());
    action->trigger();
    dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    dialog->accept();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Settings apply to files queued from now on"));
    pipeline.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!pipeline.isBusy(), 60000);
}

QTEST_MAIN(TstPreferencesDialog)
#include "tst_preferencesdialog.moc"
