#include "metricsaggregator.h"

#include "common/logging.h"
#include "pipeline/invoiceresult.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <vector>

namespace InvoiceDash {

namespace {

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

} // namespace

QJsonObject MetricsSnapshot::toJson() const
{
    return QJsonObject{
        {QStringLiteral("total"), total},
        {QStringLiteral("throughput"), throughput},
        {QStringLiteral("avgLatency"), avgLatency},
        {QStringLiteral("avgAccuracy"), avgAccuracy},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("windowSeconds"), windowSeconds},
        {QStringLiteral("queueDepth"), queueDepth},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("p95Latency"), p95Latency},
        {QStringLiteral("allTimeTotal"), allTimeTotal},
        {QStringLiteral("correctedFields"), correctedFields},
        {QStringLiteral("correctedInvoices"), correctedInvoices},
    };
}

MetricsAggregator::MetricsAggregator(QObject *parent, Clock clock, int windowSeconds)
    : QObject(parent),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); })),
      m_windowSeconds(std::max(1, windowSeconds))
{
    m_tick.setInterval(TickIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &MetricsAggregator::emitNow);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &MetricsAggregator::emitNow);
    m_tick.start();
}

void MetricsAggregator::record(const InvoiceResult &result)
{
    if (!result.isNewReading())
        return;
    record(result.timestampMs, result.latencyMs, result.accuracy, result.ok());
}

void MetricsAggregator::record(qint64 finishedAtMs, double latencyMs, double accuracy, bool ok)
{
    add(finishedAtMs, latencyMs, accuracy, ok);
    ++m_allTimeTotal;
    scheduleEmit();
}

void MetricsAggregator::recordEarlier(qint64 finishedAtMs, double latencyMs, double accuracy,
                                      bool ok)
{
    add(finishedAtMs, latencyMs, accuracy, ok);
    scheduleEmit();
}

void MetricsAggregator::add(qint64 finishedAtMs, double latencyMs, double accuracy, bool ok)
{
    m_samples.push_back(
        Sample{finishedAtMs, std::max(0.0, latencyMs), std::clamp(accuracy, 0.0, 100.0), ok});
    m_history.record(finishedAtMs, latencyMs, !ok, m_clock());
}

void MetricsAggregator::setQueueDepth(int depth)
{
    if (depth == m_queueDepth)
        return;
    m_queueDepth = depth;
    scheduleEmit();
}

void MetricsAggregator::setAllTimeTotal(qint64 total)
{
    m_allTimeTotal = total;
    scheduleEmit();
}

void MetricsAggregator::setCorrectionCounts(qint64 fields, qint64 invoices)
{
    if (fields == m_correctedFields && invoices == m_correctedInvoices)
        return;
    m_correctedFields = std::max<qint64>(0, fields);
    m_correctedInvoices = std::max<qint64>(0, invoices);
    scheduleEmit();
}

void MetricsAggregator::setTicking(bool on)
{
    if (on)
        m_tick.start();
    else
        m_tick.stop();
}

void MetricsAggregator::prune(qint64 nowMs) const
{
    const qint64 oldest = nowMs - qint64(m_windowSeconds) * 1000;
    // Samples arrive almost in order; drop from the front, then filter any
    // stragglers so an out-of-order timestamp can't stay forever.
    while (!m_samples.empty() && m_samples.front().finishedAtMs <= oldest)
        m_samples.pop_front();
    std::erase_if(m_samples, [oldest](const Sample &s) { return s.finishedAtMs <= oldest; });
}

MetricsSnapshot MetricsAggregator::snapshot() const
{
    const qint64 now = m_clock();
    prune(now);

    MetricsSnapshot s;
    s.timestamp = now;
    s.windowSeconds = m_windowSeconds;
    s.queueDepth = m_queueDepth;
    s.allTimeTotal = m_allTimeTotal;
    s.correctedFields = m_correctedFields;
    s.correctedInvoices = m_correctedInvoices;
    m_history.prune(now);
    s.history = m_history.points(now);
    s.p95Latency10Min = m_history.p95Latency(now);

    std::vector<double> latencies;
    latencies.reserve(m_samples.size());
    double accuracySum = 0;
    for (const Sample &sample : m_samples) {
        if (sample.finishedAtMs > now)
            continue; // from the future (clock skew): not in the window yet
        latencies.push_back(sample.latencyMs);
        accuracySum += sample.accuracy;
        if (!sample.ok)
            ++s.failed;
    }
    s.total = int(latencies.size());
    if (s.total == 0)
        return s;

    double latencySum = 0;
    for (double latency : latencies)
        latencySum += latency;
    s.avgLatency = qint64(std::llround(latencySum / s.total));
    s.avgAccuracy = roundTo(accuracySum / s.total, 0.1);
    s.throughput = roundTo(double(s.total) / m_windowSeconds, 0.01);

    s.p95Latency = MetricsHistory::nearestRankP95(std::move(latencies));
    return s;
}

void MetricsAggregator::scheduleEmit()
{
    if (m_coalesce.isActive())
        return;
    const qint64 sinceLast = m_clock() - m_lastEmitMs;
    if (sinceLast >= MinEmitIntervalMs || sinceLast < 0)
        emitNow();
    else
        m_coalesce.start(int(MinEmitIntervalMs - sinceLast));
}

void MetricsAggregator::emitNow()
{
    m_coalesce.stop();
    m_lastEmitMs = m_clock();
    const MetricsSnapshot s = snapshot();
    qCDebug(lcMetrics) << "metrics: total" << s.total << "throughput" << s.throughput
                       << "avgLatency" << s.avgLatency << "queue" << s.queueDepth;
    Q_EMIT updated(s);
}

} // namespace InvoiceDash
