#pragma once

#include "metrics/thresholdmonitor.h"

#include <QColor>
#include <QWidget>

class QLabel;

namespace InvoiceDash {

// One tile of the dashboard overlay: a small title, a big value and its unit.
//
// The card paints its own subtle translucent background and is meant to sit on
// a dark surface. It ignores mouse presses, so a press on a card reaches the
// overlay underneath and the whole overlay stays draggable.
//
// setAlertLevel() tints the card amber (Warning) or red (Critical) and
// colours its value, for a metric beyond a user-set threshold.
//
// Object names (for tests and style sheets), for name "total": the card is
// "totalCard", its labels "totalTitle", "totalValue" and "totalUnit".
class MetricCard : public QWidget
{
    Q_OBJECT

public:
    MetricCard(const QString &name, const QString &title, const QString &unit,
               QWidget *parent = nullptr);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString value() const;
    [[nodiscard]] QString unit() const;

    void setValue(const QString &value);
    void setUnit(const QString &unit);
    void setAccent(const QColor &color);
    [[nodiscard]] QColor accent() const { return m_accent; }

    using AlertLevel = ThresholdMonitor::Level;
    void setAlertLevel(AlertLevel level);
    [[nodiscard]] AlertLevel alertLevel() const { return m_alert; }

    [[nodiscard]] QLabel *valueLabel() const { return m_value; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_unit = nullptr;
    QColor m_accent{0x4c, 0x9a, 0xff};
    AlertLevel m_alert = AlertLevel::Normal;
};

} // namespace InvoiceDash
