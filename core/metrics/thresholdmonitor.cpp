#include "thresholdmonitor.h"

#include <QDateTime>

#include <algorithm>

namespace InvoiceDash {

namespace {

// Whether `snapshot` breaks the limit of `metric` at `critical` severity.
bool breaks(const OverlayThresholds &t, ThresholdMonitor::Metric metric, bool critical,
            const MetricsSnapshot &s)
{
    switch (metric) {
    case ThresholdMonitor::Metric::Latency: {
        const int limit = critical ? t.latencyCriticalMs : t.latencyWarningMs;
        return limit > 0 && s.total > 0 && s.avgLatency > limit;
    }
    case ThresholdMonitor::Metric::Accuracy: {
        const double limit = critical ? t.accuracyCritical : t.accuracyWarning;
        return limit > 0 && s.total > 0 && s.avgAccuracy < limit;
    }
    case ThresholdMonitor::Metric::Failures: {
        const int limit = critical ? t.failuresCritical : t.failuresWarning;
        return limit > 0 && s.failed >= limit;
    }
    }
    return false;
}

} // namespace

ThresholdMonitor::ThresholdMonitor(const OverlayThresholds &thresholds, Clock clock)
    : m_thresholds(thresholds), m_clock(std::move(clock))
{
}

void ThresholdMonitor::setThresholds(const OverlayThresholds &thresholds)
{
    m_thresholds = thresholds;
}

void ThresholdMonitor::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 ThresholdMonitor::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

qint64 ThresholdMonitor::holdMs() const
{
    return qint64(std::max(0, m_thresholds.holdSeconds)) * 1000;
}

ThresholdMonitor::Level ThresholdMonitor::rawLevel(const OverlayThresholds &thresholds,
                                                   Metric metric, const MetricsSnapshot &snapshot)
{
    if (breaks(thresholds, metric, true, snapshot))
        return Level::Critical;
    if (breaks(thresholds, metric, false, snapshot))
        return Level::Warning;
    return Level::Normal;
}

bool ThresholdMonitor::update(const MetricsSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    return evaluate();
}

bool ThresholdMonitor::reevaluate()
{
    return m_hasSnapshot && evaluate();
}

void ThresholdMonitor::reset()
{
    m_conditions = {};
    m_hasSnapshot = false;
}

bool ThresholdMonitor::evaluate()
{
    const qint64 time = now();
    const qint64 hold = holdMs();
    bool changed = false;
    for (int m = 0; m < MetricCount; ++m) {
        const Level before = level(Metric(m));
        for (int severity = 0; severity < 2; ++severity) {
            Condition &condition = m_conditions[m][severity];
            const bool raw = breaks(m_thresholds, Metric(m), severity == 1, m_snapshot);
            if (raw != condition.raw) {
                condition.raw = raw;
                condition.since = time;
            }
            if (condition.on != raw && time - condition.since >= hold)
                condition.on = raw;
        }
        changed = changed || level(Metric(m)) != before;
    }
    return changed;
}

ThresholdMonitor::Level ThresholdMonitor::level(Metric metric) const
{
    const auto &conditions = m_conditions[int(metric)];
    if (conditions[1].on)
        return Level::Critical;
    if (conditions[0].on)
        return Level::Warning;
    return Level::Normal;
}

ThresholdMonitor::Level ThresholdMonitor::worstLevel() const
{
    Level worst = Level::Normal;
    for (int m = 0; m < MetricCount; ++m)
        worst = std::max(worst, level(Metric(m)));
    return worst;
}

qint64 ThresholdMonitor::msUntilNextChange() const
{
    if (!m_hasSnapshot)
        return -1;
    const qint64 time = now();
    qint64 next = -1;
    for (const auto &metric : m_conditions) {
        for (const Condition &condition : metric) {
            if (condition.on == condition.raw)
                continue;
            const qint64 left = std::max<qint64>(0, condition.since + holdMs() - time);
            next = next < 0 ? left : std::min(next, left);
        }
    }
    return next;
}

} // namespace InvoiceDash
