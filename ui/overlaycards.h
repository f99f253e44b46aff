#pragma once

#include "metrics/metricssnapshot.h"
#include "metrics/thresholdmonitor.h"

#include <QWidget>

namespace InvoiceDash {

class OverlayHistory;
class MetricCard;
class Sparkline;

// The dashboard overlay's four metric cards and the charts under them:
// Total (in the metrics window), Throughput (/s), Avg latency (ms) and Avg
// accuracy (%). The local and the team view share the cards. Under them
// the local view shows the 10-minute throughput and latency charts
// (OverlayHistory, from the snapshot's history); the team view, whose
// snapshots carry no history, a throughput sparkline of the team updates.
//
// Object names: "cardsPage" (this), the cards' (see MetricCard: "totalValue",
// "throughputValue", "latencyValue", "accuracyValue", ...), "historyCharts"
// (local; see OverlayHistory: "throughputSparkline", "latencySparkline",
// ...) and "teamThroughputSparkline".
class OverlayCards : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayCards(QWidget *parent = nullptr);

    // Fills the cards; `team` only changes the tooltips.
    void showMetrics(const MetricsSnapshot &snapshot, bool team);
    // The local charts: the whole 10-minute history of `snapshot`.
    void showHistory(const MetricsSnapshot &snapshot);
    // One team sparkline point per second of `timestamp`; newer readings in
    // the same second replace the point.
    void addTeamThroughput(qint64 timestamp, double throughput);
    // Shows the local charts or the team sparkline.
    void setTeam(bool team);
    // Tints the latency and the accuracy card (see MetricCard::setAlertLevel()).
    void setAlertLevels(ThresholdMonitor::Level latency, ThresholdMonitor::Level accuracy);

    // The one-line summary of compact mode, with NumberFormat's rules:
    // "12 inv · 0.20/s · 850 ms · 93.4 %"; latency and accuracy are "–"
    // without finished invoices in the window.
    [[nodiscard]] static QString compactText(const MetricsSnapshot &snapshot);

private:
    MetricCard *m_total = nullptr;
    MetricCard *m_throughput = nullptr;
    MetricCard *m_latency = nullptr;
    MetricCard *m_accuracy = nullptr;
    OverlayHistory *m_history = nullptr;
    Sparkline *m_teamSparkline = nullptr;
    qint64 m_lastTeamSecond = -1;
};

} // namespace InvoiceDash
