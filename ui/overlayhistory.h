#pragma once

#include "metrics/metricssnapshot.h"

#include <QWidget>

class QLabel;

namespace InvoiceDash {

class Sparkline;

// The overlay's two 10-minute charts under the cards, from the snapshot's
// history (MetricsSnapshot::history, 60 buckets of 10 s):
//
//   Throughput · 10 min              0.20/s    invoices per second per bucket
//   Latency · 10 min             p95 1.8 s     mean latency per bucket, and
//                                              each bucket's p95 as a faint line
//
// The right-hand numbers are the current throughput (the metrics window's)
// and the p95 latency over the whole 10 minutes. Buckets where nothing
// finished are drawn as zero; without history the charts show their
// baselines and "p95 –". showHistory() replaces the whole series each time,
// so the charts are exact and do not depend on how often updates arrive.
//
// Object names: "historyCharts" (this), "throughputHistoryTitle",
// "throughputHistoryValue", "throughputSparkline", "latencyHistoryTitle",
// "latencyHistoryValue", "latencySparkline".
class OverlayHistory : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayHistory(QWidget *parent = nullptr);

    void showHistory(const MetricsSnapshot &snapshot);

    [[nodiscard]] Sparkline *throughputSparkline() const { return m_throughput; }
    [[nodiscard]] Sparkline *latencySparkline() const { return m_latency; }

    // "p95 850 ms", "p95 1.8 s", "p95 12.3 s"; "p95 –" for `hasData` false.
    [[nodiscard]] static QString p95Text(qint64 latencyMs, bool hasData = true);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_throughputValue = nullptr;
    QLabel *m_latencyValue = nullptr;
    Sparkline *m_throughput = nullptr;
    Sparkline *m_latency = nullptr;
};

} // namespace InvoiceDash
