#pragma once

#include "metricssnapshot.h"

#include <QList>
#include <QtGlobal>

#include <array>
#include <vector>

namespace InvoiceDash {

// The last 10 minutes of finished invoices, in 60 buckets of 10 s for the
// overlay's sparklines (see HistoryPoint).
//
// Buckets are aligned to 10-s boundaries of the timestamp (ms since the
// epoch): an invoice finished at 12:00:09.999 is in the 12:00:00 bucket, one
// at 12:00:10.000 in the 12:00:10 bucket. points(now) ends with the bucket
// that holds `now` (still filling) and starts 59 buckets earlier.
//
// Timestamps that do not fit:
//   - older than the oldest bucket of the window: ignored (not counted);
//   - later than `now` (clock skew between the worker and the clock):
//     clamped to `now`, so the invoice counts in the current bucket;
//   - an earlier timestamp after a later one (out of order) goes into its
//     own bucket, as long as that bucket is still in the window;
//   - a negative or non-finite latency counts as 0 ms.
// When the clock goes backwards, buckets after the new `now` are dropped
// (by prune(), which record() calls).
//
// Memory is fixed: 60 buckets, each keeping at most MaxLatenciesPerBucket
// latencies for the p95. Beyond that a bucket still counts invoices,
// failures and the latency sum (count and mean stay exact); its p95 then
// comes from the first MaxLatenciesPerBucket invoices of the bucket.
class MetricsHistory
{
public:
    static constexpr qint64 BucketMs = 10'000;
    static constexpr int BucketCount = 60;
    static constexpr qint64 SpanMs = BucketMs * BucketCount; // 10 minutes
    static constexpr int MaxLatenciesPerBucket = 2048;

    void record(qint64 finishedAtMs, double latencyMs, bool failed, qint64 nowMs);

    // The BucketCount buckets ending with the one that holds nowMs, oldest
    // first; buckets where nothing finished are zero (with their start).
    [[nodiscard]] QList<HistoryPoint> points(qint64 nowMs) const;
    // Nearest-rank p95 latency (ms) over every bucket of points(nowMs); 0
    // when nothing finished.
    [[nodiscard]] qint64 p95Latency(qint64 nowMs) const;

    // Drops the buckets outside the window that ends with nowMs' bucket:
    // older than 10 minutes or, after the clock went back, later than nowMs.
    void prune(qint64 nowMs);

    // Latencies held for the p95 over all buckets (bounded memory; for tests).
    [[nodiscard]] qsizetype storedLatencies() const;

    // Start of the bucket that holds `ms` (floor to a multiple of BucketMs).
    [[nodiscard]] static qint64 bucketStart(qint64 ms);
    // Nearest-rank p95 of `values` (ceil(0.95 * n)-th smallest), rounded to
    // whole ms; 0 for no values. The aggregator's p95 uses the same.
    [[nodiscard]] static qint64 nearestRankP95(std::vector<double> values);

private:
    struct Bucket
    {
        qint64 startMs = 0;
        bool used = false;
        int count = 0;
        int failed = 0;
        double latencySum = 0.0;
        std::vector<double> latencies; // at most MaxLatenciesPerBucket
    };

    // The slot of `startMs` when it holds that bucket, else nullptr.
    [[nodiscard]] const Bucket *find(qint64 startMs) const;

    std::array<Bucket, BucketCount> m_buckets; // a ring indexed by bucket number
};

} // namespace InvoiceDash
