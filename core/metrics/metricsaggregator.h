#pragma once

#include "metricshistory.h"
#include "metricssnapshot.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace InvoiceDash {

struct InvoiceResult;

// Sliding-window metrics over finished invoices (see MetricsSnapshot for the
// exact definitions). Emits updated() on every completion, coalesced to at
// most 10 updates a second, and once a second so the numbers decay as the
// window slides. Every finished invoice also goes into a 10-minute
// MetricsHistory, which the snapshot carries (history, p95Latency10Min).
class MetricsAggregator : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // ms since the epoch

    explicit MetricsAggregator(QObject *parent = nullptr, Clock clock = {}, int windowSeconds = 60);

    // Adds a finished invoice. Cancelled results are ignored.
    void record(const InvoiceResult &result);
    void record(qint64 finishedAtMs, double latencyMs, double accuracy, bool ok);

    // An invoice finished before this session (from the store at start-up):
    // it counts in the window and the history like record(), but not again
    // in the all-time total, which setAllTimeTotal() seeds.
    void recordEarlier(qint64 finishedAtMs, double latencyMs, double accuracy, bool ok);

    void setQueueDepth(int depth);
    void setAllTimeTotal(qint64 total); // seeds the counter from the store at start-up
    // Corrected fields and invoices, all time (ResultStore::correctionCounts()):
    // set at start-up and after each saved correction.
    void setCorrectionCounts(qint64 fields, qint64 invoices);

    [[nodiscard]] MetricsSnapshot snapshot() const; // computed at clock()
    [[nodiscard]] int windowSeconds() const { return m_windowSeconds; }

    // The 1 s tick. Started by default; tests drive snapshot() directly.
    void setTicking(bool on);

    static constexpr int MinEmitIntervalMs = 100;
    static constexpr int TickIntervalMs = 1000;

Q_SIGNALS:
    void updated(const InvoiceDash::MetricsSnapshot &snapshot);

private:
    struct Sample
    {
        qint64 finishedAtMs;
        double latencyMs;
        double accuracy;
        bool ok;
    };

    // Into the window and the history; record() also counts it all-time.
    void add(qint64 finishedAtMs, double latencyMs, double accuracy, bool ok);
    void prune(qint64 nowMs) const;
    void scheduleEmit();
    void emitNow();

    Clock m_clock;
    int m_windowSeconds;
    mutable std::deque<Sample> m_samples; // ordered by insertion; pruned lazily
    mutable MetricsHistory m_history;     // the last 10 minutes, at clock()
    int m_queueDepth = 0;
    qint64 m_allTimeTotal = 0;
    qint64 m_correctedFields = 0;
    qint64 m_correctedInvoices = 0;
    qint64 m_lastEmitMs = 0;
    QTimer m_tick;
    QTimer m_coalesce;
};

} // namespace InvoiceDash
