#pragma once

#include "metrics/thresholdmonitor.h"

#include <QGroupBox>

class QDoubleSpinBox;
class QSlider;
class QSpinBox;
class QLabel;

namespace InvoiceDash {

// The "Overlay" section of the Preferences dialog: the overlay's opacity and
// the thresholds that turn its cards amber and red, with their hold time.
// A threshold of 0 is off (the spin boxes say "Off"). It only shows and
// returns values; PreferencesDialog reads and writes AppSettings.
//
// Object names: "overlayOpacitySlider", "overlayOpacityLabel",
// "latencyWarningSpin", "latencyCriticalSpin", "accuracyWarningSpin",
// "accuracyCriticalSpin", "failuresWarningSpin", "failuresCriticalSpin",
// "thresholdHoldSpin".
class OverlayPreferences : public QGroupBox
{
    Q_OBJECT

public:
    explicit OverlayPreferences(QWidget *parent = nullptr);

    void setThresholds(const OverlayThresholds &thresholds);
    [[nodiscard]] OverlayThresholds thresholds() const;
    void setOpacity(int percent);
    [[nodiscard]] int opacity() const;

    // Default thresholds and full opacity.
    void restoreDefaults();

private:
    QSlider *m_opacity = nullptr;
    QLabel *m_opacityLabel = nullptr;
    QSpinBox *m_latencyWarning = nullptr;
    QSpinBox *m_latencyCritical = nullptr;
    QDoubleSpinBox *m_accuracyWarning = nullptr;
    QDoubleSpinBox *m_accuracyCritical = nullptr;
    QSpinBox *m_failuresWarning = nullptr;
    QSpinBox *m_failuresCritical = nullptr;
    QSpinBox *m_hold = nullptr;
};

} // namespace InvoiceDash
