#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;

namespace InvoiceDash {

// The "Interface" section of the Preferences dialog: the interface language
// (the system's, English, or one InvoiceDash has a translation for) and
// whether to start on the X11 backend, which keeps the overlay on top where a
// Wayland compositor would not. Both take effect at the next start, and the
// section says so when the language differs from the one running (or the
// backend from the stored one). It only shows and
// returns values; PreferencesDialog reads and writes AppSettings.
//
// Object names: "interfaceLanguageCombo", "x11Check", "restartHint".
class InterfacePreferences : public QGroupBox
{
    Q_OBJECT

public:
    explicit InterfacePreferences(QWidget *parent = nullptr);

    // `language` as stored: empty for the system's, else a code ("de").
    void setValues(const QString &language, bool preferX11);
    [[nodiscard]] QString language() const;
    [[nodiscard]] bool preferX11() const;
    void restoreDefaults(); // the system's language, Qt's platform choice

private:
    void updateHint();

    QComboBox *m_language = nullptr;
    QCheckBox *m_x11 = nullptr;
    QLabel *m_hint = nullptr;
    bool m_startX11 = false;
};

} // namespace InvoiceDash
