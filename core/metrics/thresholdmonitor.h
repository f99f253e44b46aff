#pragma once

#include "metrics/metricssnapshot.h"

#include <QtGlobal>

#include <array>
#include <functional>

namespace InvoiceDash {

// User-set alert thresholds for the dashboard overlay. A threshold of 0 is
// off. Defaults (also AppSettings' defaults):
//   latency   amber above 2000 ms, red above 5000 ms (mean latency in the window)
//   accuracy  amber below 90 %,    red below 80 %    (mean accuracy in the window)
//   failures  amber at 1,          red at 5          (failed invoices in the window)
//   hold      3 s: a condition must hold that long before it colours, and
//             must be gone that long before the colour clears
// Latency and accuracy are only judged while the window has finished invoices.
struct OverlayThresholds
{
    int latencyWarningMs = 2000;
    int latencyCriticalMs = 5000;
    double accuracyWarning = 90.0;
    double accuracyCritical = 80.0;
    int failuresWarning = 1;
    int failuresCritical = 5;
    int holdSeconds = 3;

    friend bool operator==(const OverlayThresholds &, const OverlayThresholds &) = default;
};

// Turns snapshots into a colour per metric, with a hold time.
//
// For every threshold the monitor keeps a debounced condition: it becomes
// true once the raw condition ("latency > 2000 ms") has been true for the
// hold time without a break, and false once it has been false for the hold
// time. A metric's level is Critical if its critical condition is on, else
// Warning if its warning condition is on, else Normal. So one slow invoice
// does not flash the overlay, and a recovered metric does not flicker back.
//
// Pure logic with an injectable clock (ms); the owner calls update() with
// each snapshot and re-evaluates after msUntilNextChange() (time alone can
// change a level when no snapshot arrives).
class ThresholdMonitor
{
public:
    enum class Level { Normal, Warning, Critical };
    enum class Metric { Latency, Accuracy, Failures };
    static constexpr int MetricCount = 3;

    using Clock = std::function<qint64()>;

    explicit ThresholdMonitor(const OverlayThresholds &thresholds = {}, Clock clock = {});

    [[nodiscard]] OverlayThresholds thresholds() const { return m_thresholds; }
    // Keeps the current levels; new limits apply from the next evaluation.
    void setThresholds(const OverlayThresholds &thresholds);
    void setClock(Clock clock);

    // Judges `snapshot` now; true when a level changed.
    bool update(const MetricsSnapshot &snapshot);
    // Judges the last snapshot again (time passed); true when a level changed.
    bool reevaluate();
    // Forgets all conditions (e.g. after switching between local and team).
    void reset();

    [[nodiscard]] Level level(Metric metric) const;
    // The highest level of all metrics.
    [[nodiscard]] Level worstLevel() const;
    // Ms until a pending condition would change a level if nothing else
    // happens; -1 when nothing is pending.
    [[nodiscard]] qint64 msUntilNextChange() const;

    // The raw, undebounced level of `metric` in `snapshot`.
    [[nodiscard]] static Level rawLevel(const OverlayThresholds &thresholds, Metric metric,
                                        const MetricsSnapshot &snapshot);

private:
    // One debounced condition.
    struct Condition
    {
        bool on = false;  // debounced state
        bool raw = false; // last raw state
        qint64 since = 0; // when raw last changed
    };

    bool evaluate();
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] qint64 holdMs() const;

    OverlayThresholds m_thresholds;
    Clock m_clock;
    MetricsSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    // [metric][0] warning, [metric][1] critical
    std::array<std::array<Condition, 2>, MetricCount> m_conditions{};
};

} // namespace InvoiceDash
