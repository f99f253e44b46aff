#pragma once

#include "metrics/thresholdmonitor.h"

#include <QObject>
#include <QTimer>

namespace InvoiceDash {

// The dashboard overlay's threshold colours: one ThresholdMonitor for the
// local and one for the team metrics, and a timer that re-judges them when a
// hold time runs out between two snapshots. level() reports the view the
// overlay shows (setTeam()); changed() fires whenever that may differ.
class OverlayAlerts : public QObject
{
    Q_OBJECT

public:
    using Level = ThresholdMonitor::Level;
    using Metric = ThresholdMonitor::Metric;

    explicit OverlayAlerts(QObject *parent = nullptr);

    [[nodiscard]] OverlayThresholds thresholds() const { return m_local.thresholds(); }
    void setThresholds(const OverlayThresholds &thresholds);
    void setClock(const ThresholdMonitor::Clock &clock);

    void setTeam(bool team);
    void addSnapshot(bool team, const MetricsSnapshot &snapshot);

    [[nodiscard]] Level level(Metric metric) const;
    [[nodiscard]] Level worstLevel() const;

public Q_SLOTS:
    // Judges both views again with the current time (the timer calls it).
    void reevaluate();

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] const ThresholdMonitor &current() const
    {
        return m_team ? m_teamMonitor : m_local;
    }
    void schedule();

    ThresholdMonitor m_local;
    ThresholdMonitor m_teamMonitor;
    bool m_team = false;
    QTimer m_timer;
};

} // namespace InvoiceDash
