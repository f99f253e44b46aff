#pragma once

#include <QGroupBox>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace InvoiceDash {

class MessageBanner;

// The "Watched folder" section of the Preferences dialog: whether to queue
// new files from a folder automatically, the folder (typed or chosen), and
// how long a new file must stay unchanged. It only shows and returns values;
// PreferencesDialog reads and writes AppSettings.
//
// Object names: "watchEnabledCheck", "watchFolderEdit", "watchChooseButton",
// "watchStableSpin", "watchError".
class WatchPreferences : public QGroupBox
{
    Q_OBJECT

public:
    explicit WatchPreferences(QWidget *parent = nullptr);

    void setValues(bool enabled, const QString &folder, int stableSeconds);
    [[nodiscard]] bool isWatchEnabled() const;
    [[nodiscard]] QString folder() const; // trimmed, native separators undone
    [[nodiscard]] int stableSeconds() const;

    // Empty when watching is off or the folder exists; else the reason.
    [[nodiscard]] QString validate() const;
    // Shows `message` in the section and focuses the folder field.
    void showError(const QString &message);
    void restoreDefaults(); // off, 3 s; the folder is kept

private:
    void chooseFolder();
    void updateEnabled();

    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_choose = nullptr;
    QSpinBox *m_stable = nullptr;
    MessageBanner *m_error = nullptr;
};

} // namespace InvoiceDash
