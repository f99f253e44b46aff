#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QtGlobal>

namespace InvoiceDash {

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

    // {"total","throughput","avgLatency","avgAccuracy","timestamp", ...extras}
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const MetricsSnapshot &, const MetricsSnapshot &) = default;
};

} // namespace InvoiceDash

Q_DECLARE_METATYPE(InvoiceDash::MetricsSnapshot)
