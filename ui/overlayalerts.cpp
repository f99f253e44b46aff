#include "overlayalerts.h"

#include "common/logging.h"

#include <algorithm>

namespace InvoiceDash {

OverlayAlerts::OverlayAlerts(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OverlayAlerts::reevaluate);
}

void OverlayAlerts::setThresholds(const OverlayThresholds &thresholds)
{
    if (thresholds == m_local.thresholds())
        return;
    m_local.setThresholds(thresholds);
    m_teamMonitor.setThresholds(thresholds);
    qCDebug(lcUi) << "Overlay thresholds: latency" << thresholds.latencyWarningMs
                  << thresholds.latencyCriticalMs << "ms, accuracy" << thresholds.accuracyWarning
                  << thresholds.accuracyCritical << "%, hold" << thresholds.holdSeconds << "s";
    reevaluate();
}

void OverlayAlerts::setClock(const ThresholdMonitor::Clock &clock)
{
    m_local.setClock(clock);
    m_teamMonitor.setClock(clock);
}

void OverlayAlerts::setTeam(bool team)
{
    if (team == m_team)
        return;
    m_team = team;
    Q_EMIT changed();
}

void OverlayAlerts::addSnapshot(bool team, const MetricsSnapshot &snapshot)
{
    ThresholdMonitor &monitor = team ? m_teamMonitor : m_local;
    const bool levelChanged = monitor.update(snapshot);
    schedule();
    if (levelChanged && team == m_team)
        Q_EMIT changed();
}

void OverlayAlerts::reevaluate()
{
    const bool localChanged = m_local.reevaluate();
    const bool teamChanged = m_teamMonitor.reevaluate();
    schedule();
    if (m_team ? teamChanged : localChanged)
        Q_EMIT changed();
}

void OverlayAlerts::schedule()
{
    qint64 next = -1;
    for (const ThresholdMonitor *monitor : {&m_local, &m_teamMonitor}) {
        const qint64 left = monitor->msUntilNextChange();
        if (left >= 0)
            next = next < 0 ? left : std::min(next, left);
    }
    if (next < 0)
        m_timer.stop();
    else
        m_timer.start(int(std::min<qint64>(next + 1, 60'000)));
}

OverlayAlerts::Level OverlayAlerts::level(Metric metric) const
{
    return current().level(metric);
}

OverlayAlerts::Level OverlayAlerts::worstLevel() const
{
    return current().worstLevel();
}

} // namespace InvoiceDash
