#pragma once

#include "metrics/metricssnapshot.h"
#include "metrics/thresholdmonitor.h"

#include <QWidget>

namespace InvoiceDash {

class MetricCard;
class Sparkline;

// The dashboard overlay's four metric cards and the throughput sparkline
// under them: Total (in the metrics window), Throughput (/s), Avg latency
// (ms) and Avg accuracy (%). The local and the team view share the cards
// but each keeps its own sparkline history.
//
// Object names: "cardsPage" (this), the cards' (see MetricCard: "totalValue",
// "throughputValue", "latencyValue", "accuracyValue", ...),
// "throughputSparkline" (local) and "teamThroughputSparkline".
class OverlayCards : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayCards(QWidget *parent = nullptr);

    // Fills the cards; `team` only changes the tooltips.
    void showMetrics(const MetricsSnapshot &snapshot, bool team);
    // One sparkline point per second of `timestamp`; newer readings in the
    // same second replace the point.
    void addThroughput(bool team, qint64 timestamp, double throughput);
    // Shows the local or the team sparkline.
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
    Sparkline *m_sparkline = nullptr;
    Sparkline *m_teamSparkline = nullptr;
    qint64 m_lastSecond = -1;
    qint64 m_lastTeamSecond = -1;
};

} // namespace InvoiceDash
