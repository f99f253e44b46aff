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
#include <QLineEdit>
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
    void showsTeamSettings();
    void acceptWritesTeamSettings();
    void validatesTeamServerUrl_data();
    void validatesTeamServerUrl();
    void teamFieldsFollowSharing();
    void watchedFolderIsSavedAndValidated();

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
        preprocess.adaptive = false;
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
    QCOMPARE(child<QCheckBox>(&dialog, "adaptiveCheck")->isChecked(), false);
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
    child<QCheckBox>(&dialog, "adaptiveCheck")->setChecked(false);
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
    QCOMPARE(preprocess.adaptive, false);
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
    child<QCheckBox>(&dialog, "teamEnabledCheck")->setChecked(true);
    child<QLineEdit>(&dialog, "teamUrlEdit")->setText(QStringLiteral("ws://127.0.0.1:8765"));
    child<QLineEdit>(&dialog, "teamTokenEdit")->setText(QStringLiteral("secret"));
    child<QLineEdit>(&dialog, "teamNameEdit")->setText(QStringLiteral("Alice"));
    dialog.reject();

    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QFile::exists(DataPaths::settingsFile()));
    const AppSettings settings;
    QCOMPARE(settings.workerCount(), coreCount());
    QCOMPARE(settings.preprocessOptions().deskew, PreprocessOptions{}.deskew);
    QCOMPARE(settings.ocrLanguage(), QStringLiteral("eng"));
    QCOMPARE(settings.teamSettings(),
             (TeamConnection::Settings{QUrl(), QString(), AppSettings::defaultTeamDisplayName(),
                                       false}));
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
        preprocess.adaptive = !preprocess.adaptive;
        preprocess.targetDpi = 550;
        settings.setPreprocessOptions(preprocess);
        settings.setOcrLanguage(QStringLiteral("deu"));
        settings.setTeamSettings({QUrl(QStringLiteral("wss://team.example.org")),
                                  QStringLiteral("secret"), QStringLiteral("Alice"), true});
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
    QCOMPARE(child<QCheckBox>(&dialog, "adaptiveCheck")->isChecked(), defaults.adaptive);
    QCOMPARE(child<QSpinBox>(&dialog, "dpiSpin")->value(), defaults.targetDpi);
    QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentText(), QStringLiteral("eng"));
    // The team server's address and token are not "defaults" to lose.
    QVERIFY(child<QCheckBox>(&dialog, "teamEnabledCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "teamUrlEdit")->text(),
             QStringLiteral("wss://team.example.org"));
    QCOMPARE(child<QLineEdit>(&dialog, "teamTokenEdit")->text(), QStringLiteral("secret"));
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

void TstPreferencesDialog::showsTeamSettings()
{
    {
        PreferencesDialog dialog; // nothing stored: sharing off, the default name
        QVERIFY(!child<QCheckBox>(&dialog, "teamEnabledCheck")->isChecked());
        QVERIFY(child<QLineEdit>(&dialog, "teamUrlEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "teamUrlEdit")->placeholderText(),
                 QStringLiteral("ws://server:8765"));
        QVERIFY(child<QLineEdit>(&dialog, "teamTokenEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "teamNameEdit")->text(),
                 AppSettings::defaultTeamDisplayName());
        // Honest about where the token ends up.
        QVERIFY(child<QLabel>(&dialog, "teamTokenHint")
                    ->text()
                    .contains(QStringLiteral("plain text in settings.ini")));
    }

    AppSettings().setTeamSettings({QUrl(QStringLiteral("wss://team.example.org/metrics")),
                                   QStringLiteral("s3cret"), QStringLiteral("Alice"), true});
    PreferencesDialog dialog;
    QVERIFY(child<QCheckBox>(&dialog, "teamEnabledCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "teamUrlEdit")->text(),
             QStringLiteral("wss://team.example.org/metrics"));
    QCOMPARE(child<QLineEdit>(&dialog, "teamTokenEdit")->text(), QStringLiteral("s3cret"));
    QCOMPARE(child<QLineEdit>(&dialog, "teamNameEdit")->text(), QStringLiteral("Alice"));
    QVERIFY(child<QWidget>(&dialog, "teamFields")->isEnabled());
    QVERIFY(child<MessageBanner>(&dialog, "teamError")->isHidden());
}

void TstPreferencesDialog::acceptWritesTeamSettings()
{
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::optionsChanged);
    child<QCheckBox>(&dialog, "teamEnabledCheck")->setChecked(true);
    child<QLineEdit>(&dialog, "teamUrlEdit")->setText(QStringLiteral(" ws://127.0.0.1:8765 "));
    child<QLineEdit>(&dialog, "teamTokenEdit")->setText(QStringLiteral("s3cret "));
    child<QLineEdit>(&dialog, "teamNameEdit")->setText(QStringLiteral(" Alice"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1); // MainWindow re-applies the team settings on this

    const AppSettings settings;
    QCOMPARE(settings.teamSettings(),
             (TeamConnection::Settings{QUrl(QStringLiteral("ws://127.0.0.1:8765")),
                                       QStringLiteral("s3cret"), QStringLiteral("Alice"), true}));

    // Switching sharing off keeps the address and token for later.
    PreferencesDialog second;
    child<QCheckBox>(&second, "teamEnabledCheck")->setChecked(false);
    second.accept();
    QCOMPARE(second.result(), int(QDialog::Accepted));
    const AppSettings after;
    QVERIFY(!after.teamEnabled());
    QCOMPARE(after.teamServerUrl(), QUrl(QStringLiteral("ws://127.0.0.1:8765")));
    QCOMPARE(after.teamToken(), QStringLiteral("s3cret"));
}

void TstPreferencesDialog::validatesTeamServerUrl_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("hint"); // part of the error message

    QTest::newRow("ws") << true << QStringLiteral("ws://127.0.0.1:8765") << true << QString();
    QTest::newRow("wss with path")
        << true << QStringLiteral("wss://team.example.org/metrics") << true << QString();
    QTest::newRow("http") << true << QStringLiteral("http://x") << false
                          << QStringLiteral("ws:// or wss://");
    QTest::newRow("https") << true << QStringLiteral("https://x") << false
                           << QStringLiteral("instead of https://");
    QTest::newRow("ftp") << true << QStringLiteral("ftp://x") << false
                         << QStringLiteral("ftp:// is not supported");
    QTest::newRow("not a url") << true << QStringLiteral("not a url") << false
                               << QStringLiteral("ws://");
    QTest::newRow("no scheme") << true << QStringLiteral("server:8765") << false
                               << QStringLiteral("ws://");
    QTest::newRow("no host") << true << QStringLiteral("ws:///metrics") << false
                             << QStringLiteral("server name");
    QTest::newRow("bad port") << true << QStringLiteral("ws://server:99999") << false
                              << QStringLiteral("not a valid");
    QTest::newRow("empty, sharing on")
        << true << QString() << false << QStringLiteral("turn sharing off");
    QTest::newRow("empty, sharing off") << false << QString() << true << QString();
}

void TstPreferencesDialog::validatesTeamServerUrl()
{
    QFETCH(bool, enabled);
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QFETCH(QString, hint);

    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &PreferencesDialog::optionsChanged);
    auto *edit = child<QLineEdit>(&dialog, "teamUrlEdit");
    auto *error = child<MessageBanner>(&dialog, "teamError");
    child<QCheckBox>(&dialog, "teamEnabledCheck")->setChecked(enabled);
    edit->setText(url);
    dialog.accept();

    QCOMPARE(!dialog.isVisible(), accepted);
    QCOMPARE(changed.count(), accepted ? 1 : 0);
    QCOMPARE(QFile::exists(DataPaths::settingsFile()), accepted);
    if (accepted) {
        QVERIFY(error->isHidden());
        QCOMPARE(AppSettings().teamServerUrl(), url.isEmpty() ? QUrl() : QUrl(url));
        QCOMPARE(AppSettings().teamEnabled(), enabled);
        return;
    }
    QVERIFY(!error->isHidden());
    QCOMPARE(error->kind(), MessageBanner::Kind::Error);
    QVERIFY2(error->text().contains(hint), qPrintable(error->text()));
    QCOMPARE(dialog.focusWidget(), edit);

    // Editing the address clears the error; a good one is then accepted.
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("ws://localhost:8765"));
    QVERIFY(error->isHidden());
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(AppSettings().teamServerUrl(), QUrl(QStringLiteral("ws://localhost:8765")));
}

void TstPreferencesDialog::teamFieldsFollowSharing()
{
    PreferencesDialog dialog;
    auto *sharing = child<QCheckBox>(&dialog, "teamEnabledCheck");
    auto *url = child<QLineEdit>(&dialog, "teamUrlEdit");
    auto *token = child<QLineEdit>(&dialog, "teamTokenEdit");
    auto *name = child<QLineEdit>(&dialog, "teamNameEdit");
    QVERIFY(!sharing->isChecked());
    for (QLineEdit *edit : {url, token, name})
        QVERIFY2(!edit->isEnabled(), edit->objectName().toUtf8().constData());

    sharing->setChecked(true);
    for (QLineEdit *edit : {url, token, name})
        QVERIFY2(edit->isEnabled(), edit->objectName().toUtf8().constData());

    // The token is masked until the user asks to see it.
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    auto *show = child<QAction>(&dialog, "showTokenAction");
    QVERIFY(show->isCheckable());
    QVERIFY(!show->icon().isNull());
    QCOMPARE(show->toolTip(), QStringLiteral("Show the token"));
    show->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->toolTip(), QStringLiteral("Hide the token"));
    show->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    // Turning sharing off clears an address error.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    url->setText(QStringLiteral("http://x"));
    dialog.accept();
    auto *error = child<MessageBanner>(&dialog, "teamError");
    QVERIFY(!error->isHidden());
    sharing->setChecked(false);
    QVERIFY(error->isHidden());
    QVERIFY(!url->isEnabled());
}

void TstPreferencesDialog::watchedFolderIsSavedAndValidated()
{
    QTemporaryDir watched;
    {
        PreferencesDialog dialog;
        auto *enabled = child<QCheckBox>(&dialog, "watchEnabledCheck");
        auto *folder = child<QLineEdit>(&dialog, "watchFolderEdit");
        QVERIFY(!enabled->isChecked());
        QVERIFY(!folder->isEnabled()); // follows the check box
        QCOMPARE(child<QSpinBox>(&dialog, "watchStableSpin")->value(), 3);

        enabled->setChecked(true);
        QVERIFY(folder->isEnabled());
        folder->setText(watched.filePath(QStringLiteral("missing")));
        dialog.accept(); // refused: the folder does not exist
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!child<MessageBanner>(&dialog, "watchError")->isHidden());
        QVERIFY(!AppSettings().watchEnabled());

        folder->setText(watched.path());
        QVERIFY(child<MessageBanner>(&dialog, "watchError")->isHidden()); // editing clears it
        child<QSpinBox>(&dialog, "watchStableSpin")->setValue(5);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const AppSettings settings;
    QVERIFY(settings.watchEnabled());
    QCOMPARE(settings.watchFolder(), watched.path());
    QCOMPARE(settings.watchStableSeconds(), 5);
    QCOMPARE(settings.activeWatchFolder(), watched.path());

    PreferencesDialog again; // shows what was saved; off keeps the folder
    QVERIFY(child<QCheckBox>(&again, "watchEnabledCheck")->isChecked());
    child<QCheckBox>(&again, "watchEnabledCheck")->setChecked(false);
    again.accept();
    QVERIFY(!AppSettings().watchEnabled());
    QCOMPARE(AppSettings().watchFolder(), watched.path());
    QCOMPARE(AppSettings().activeWatchFolder(), QString());
}

QTEST_MAIN(TstPreferencesDialog)
#include "tst_preferencesdialog.moc"
