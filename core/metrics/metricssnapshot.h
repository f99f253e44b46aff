#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QtGlobal>

namespace InvoiceDash {

// One 10-s bucket of the 10-minute history (see MetricsHistory): invoices
// that finished in [startMs, startMs + 10 s). All zero but startMs when
// nothing finished.
struct HistoryPoint
{
    qint64 startMs = 0;      // ms since the epoch, a multiple of 10 000
    int count = 0;           // finished invoices, failed ones included
    int failed = 0;          // failed invoices
    double throughput = 0.0; // count / 10 s, per second
    qint64 meanLatency = 0;  // ms, rounded
    qint64 p95Latency = 0;   // nearest-rank, ms
    friend bool operator==(const HistoryPoint &, const HistoryPoint &) = default;
};

// One reading of the sliding-window metrics. The first five members keep the
// exact meaning of the web dashboards' `metrics-update` shape:
//   total        invoices finished in the window
//   throughput   total / windowSeconds, per second, rounded to 0.01
//   avgLatency   mean latency in ms, rounded to an integer
//   avgAccuracy  mean accuracy (0-100), rounded to 0.1
//   timestamp    now, ms since the epoch
// Until field validation lands, accuracy is the OCR mean word confidence.
struct MetricsSnapshot
{
    int total = 0;
    double throughput = 0.0;
    qint64 avgLatency = 0;
    double avgAccuracy = 0.0;
    qint64 timestamp = 0;

    int windowSeconds = 60;
    int queueDepth = 0;    // files waiting or running
    int failed = 0;        // failed invoices in the window
    qint64 p95Latency = 0; // nearest-rank p95 latency in the window, ms
    qint64 allTimeTotal = 0;
    // Corrections the user made to stored invoices (all time, from the store).
    qint64 correctedFields = 0;
    qint64 correctedInvoices = 0;

    // The last 10 minutes in 60 buckets of 10 s, oldest first, ending with
    // the bucket that holds `timestamp` (MetricsHistory::points()). Local
    // only: toJson() leaves it out and team snapshots have none.
    QList<HistoryPoint> history;
    qint64 p95Latency10Min = 0; // nearest-rank p95 over `history`, ms (local only)

    // {"total","throughput","avgLatency","avgAccuracy","timestamp", ...extras};
    // never the history, which stays on this desktop.
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const MetricsSnapshot &, const MetricsSnapshot &) = default;
};

} // namespace InvoiceDash

Q_DECLARE_METATYPE(InvoiceDash::MetricsSnapshot)
