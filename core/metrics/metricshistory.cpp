#include "metricshistory.h"

#include <algorithm>
#include <cmath>

namespace InvoiceDash {

namespace {

// Floor division that also rounds negative numbers down.
qint64 floorDiv(qint64 value, qint64 divisor)
{
    qint64 quotient = value / divisor;
    if (value % divisor != 0 && value < 0)
        --quotient;
    return quotient;
}

std::size_t slotOf(qint64 startMs)
{
    const qint64 index = floorDiv(startMs, MetricsHistory::BucketMs);
    const qint64 slot = index % MetricsHistory::BucketCount;
    return std::size_t(slot < 0 ? slot + MetricsHistory::BucketCount : slot);
}

} // namespace

qint64 MetricsHistory::bucketStart(qint64 ms)
{
    return floorDiv(ms, BucketMs) * BucketMs;
}

qint64 MetricsHistory::nearestRankP95(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(0.95 * double(values.size())));
    const std::size_t index = std::clamp<std::size_t>(rank, 1, values.size()) - 1;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(index), values.end());
    return qint64(std::llround(values[index]));
}

void MetricsHistory::record(qint64 finishedAtMs, double latencyMs, bool failed, qint64 nowMs)
{
    prune(nowMs);
    const qint64 at = std::min(finishedAtMs, nowMs); // from the future: counts now
    const qint64 start = bucketStart(at);
    const qint64 oldest = bucketStart(nowMs) - (BucketCount - 1) * BucketMs;
    if (start < oldest)
        return; // already out of the window

    Bucket &bucket = m_buckets[slotOf(start)];
    if (!bucket.used || bucket.startMs != start) {
        // The slot held a bucket from an earlier (or, after the clock went
        // back, a later) round of the ring: start afresh.
        bucket = Bucket{};
        bucket.startMs = start;
        bucket.used = true;
    }
    const double latency = std::isfinite(latencyMs) ? std::max(0.0, latencyMs) : 0.0;
    ++bucket.count;
    if (failed)
        ++bucket.failed;
    bucket.latencySum += latency;
    if (bucket.latencies.size() < std::size_t(MaxLatenciesPerBucket))
        bucket.latencies.push_back(latency);
}

void MetricsHistory::prune(qint64 nowMs)
{
    const qint64 newest = bucketStart(nowMs);
    const qint64 oldest = newest - (BucketCount - 1) * BucketMs;
    for (Bucket &bucket : m_buckets) {
        if (bucket.used && (bucket.startMs < oldest || bucket.startMs > newest))
            bucket = Bucket{};
    }
}

const MetricsHistory::Bucket *MetricsHistory::find(qint64 startMs) const
{
    const Bucket &bucket = m_buckets[slotOf(startMs)];
    return bucket.used && bucket.startMs == startMs ? &bucket : nullptr;
}

QList<HistoryPoint> MetricsHistory::points(qint64 nowMs) const
{
    QList<HistoryPoint> out;
    out.reserve(BucketCount);
    const qint64 first = bucketStart(nowMs) - (BucketCount - 1) * BucketMs;
    for (int i = 0; i < BucketCount; ++i) {
        HistoryPoint point;
        point.startMs = first + i * BucketMs;
        if (const Bucket *bucket = find(point.startMs); bucket && bucket->count > 0) {
            point.count = bucket->count;
            point.failed = bucket->failed;
            point.throughput = double(bucket->count) / (double(BucketMs) / 1000.0);
            point.meanLatency = qint64(std::llround(bucket->latencySum / bucket->count));
            point.p95Latency = nearestRankP95(bucket->latencies);
        }
        out.append(point);
    }
    return out;
}

qint64 MetricsHistory::p95Latency(qint64 nowMs) const
{
    std::vector<double> all;
    const qint64 first = bucketStart(nowMs) - (BucketCount - 1) * BucketMs;
    for (int i = 0; i < BucketCount; ++i) {
        if (const Bucket *bucket = find(first + i * BucketMs))
            all.insert(all.end(), bucket->latencies.cbegin(), bucket->latencies.cend());
    }
    return nearestRankP95(std::move(all));
}

qsizetype MetricsHistory::storedLatencies() const
{
    qsizetype total = 0;
    for (const Bucket &bucket : m_buckets)
        total += qsizetype(bucket.latencies.size());
    return total;
}

} // namespace InvoiceDash
