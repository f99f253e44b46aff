#pragma once

#include "net/teamconnection.h"
#include "pipeline/pipeline.h"

#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;

namespace InvoiceDash {

class InterfacePreferences;
class MessageBanner;
class OverlayPreferences;
class WatchPreferences;

// Edit > Preferences: the settings of settings.ini that users may change,
// i.e. the interface language and backend (InterfacePreferences), the worker count, the
// preprocessing steps, the OCR language, the team server the metrics are shared with, the watched
// folder (WatchPreferences) and the overlay (opacity and the thresholds that colour its cards, see
// OverlayPreferences).
//
// Opens with the current AppSettings. OK validates (every language of an
// "eng+deu" string needs its .traineddata file; while sharing is on, the team
// server needs a ws:// or wss:// address with a host), writes AppSettings,
// emits optionsChanged() and closes; on a validation error it shows an inline
// message and stays open. Cancel writes nothing. Restore Defaults resets the
// pipeline and overlay widgets only (the team server's address and token are kept);
// nothing is written before OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The options written by the last successful accept(); before that, the
    // options the dialog was opened with.
    [[nodiscard]] PipelineOptions options() const { return m_options; }

    // The folder the OCR language list comes from.
    [[nodiscard]] QString tessdataPath() const { return m_tessdataPath; }

    // The readable languages in a tessdata folder: the basenames of its
    // *.traineddata files, sorted, without "osd" (script detection only).
    [[nodiscard]] static QStringList installedLanguages(const QString &tessdataPath);

public Q_SLOTS:
    void accept() override;
    void restoreDefaults();

Q_SIGNALS:
    // Emitted by accept() after the settings were written.
    void optionsChanged(const InvoiceDash::PipelineOptions &options);

private:
    QWidget *createProcessingGroup();
    QWidget *createPreprocessingGroup();
    QWidget *createOcrGroup();
    QWidget *createTeamGroup();
    QCheckBox *addStep(QFormLayout *form, const QString &objectName, const QString &label,
                       const QString &explanation);
    void loadLanguages();
    void showOptions(const PipelineOptions &options);
    void showTeamSettings(const TeamConnection::Settings &settings);
    void updateTeamFields();
    void growToFit();
    [[nodiscard]] QString languageText() const;
    [[nodiscard]] QString validateLanguage(const QString &language) const;
    // An empty string when sharing is off or the address is usable.
    [[nodiscard]] QString validateTeamServer() const;

    PipelineOptions m_options;
    QString m_tessdataPath;
    QStringList m_languages;

    QSpinBox *m_workers = nullptr;
    QCheckBox *m_upscale = nullptr;
    QCheckBox *m_deskew = nullptr;
    QCheckBox *m_denoise = nullptr;
    QCheckBox *m_binarize = nullptr;
    QCheckBox *m_adaptive = nullptr;
    QSpinBox *m_targetDpi = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_tessdataLabel = nullptr;
    MessageBanner *m_languageNotice = nullptr;
    MessageBanner *m_error = nullptr;
    QCheckBox *m_teamEnabled = nullptr;
    QWidget *m_teamFields = nullptr;
    QLineEdit *m_teamUrl = nullptr;
    QLineEdit *m_teamToken = nullptr;
    QAction *m_showToken = nullptr;
    QLineEdit *m_teamName = nullptr;
    MessageBanner *m_teamError = nullptr;
    OverlayPreferences *m_overlay = nullptr;
    WatchPreferences *m_watch = nullptr;
    InterfacePreferences *m_interface = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace InvoiceDash
