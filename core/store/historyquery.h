#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace InvoiceDash {

// The time ranges of the History tab.
enum class HistoryRange {
    Day,  // the last 24 hours: 24 one-hour buckets, the last one holds now
    Week, // the last 7 days: 28 six-hour buckets starting at local 00, 06, 12, 18
};

// The invoices stored in one bucket [start, end) of a range.
struct HistoryBucket
{
    QDateTime start; // local time
    QDateTime end;   // local time, exclusive; start of the next bucket
    qint64 count = 0;
    qint64 failed = 0;
    double meanLatencyMs = 0; // over all invoices of the bucket; 0 when empty
    double meanAccuracy = 0;  // over successfully read invoices; 0 when none

    [[nodiscard]] qint64 succeeded() const { return count - failed; }
    friend bool operator==(const HistoryBucket &, const HistoryBucket &) = default;
};

// Buckets of a range ending at `now`, oldest first. Every bucket of the range
// is there, empty ones with a count of 0, so charts get a continuous axis.
struct History
{
    HistoryRange range = HistoryRange::Day;
    QDateTime now; // the end of the range: later rows are not counted
    QList<HistoryBucket> buckets;
    QString error; // why the database could not be read; empty on success

    [[nodiscard]] qint64 total() const;
    [[nodiscard]] qint64 failed() const;
    [[nodiscard]] bool isEmpty() const { return total() == 0; }
    [[nodiscard]] double meanLatencyMs() const; // weighted by the buckets' counts
    [[nodiscard]] double meanAccuracy() const;  // weighted by the successful counts
};

// Reads the invoices table in buckets at local hour boundaries. The range is
// [first bucket's start, now]: whole buckets, so "the last 24 hours" is the
// current hour and the 23 before it. Aggregates in SQL with the
// timestamp_ms index (the same instant as processed_at, which is UTC).
class HistoryQuery
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::HistoryQuery)

public:
    // The buckets' boundaries for `now` (any time spec): bucket count + 1
    // local times, oldest first; the last one is after `now`.
    [[nodiscard]] static QList<QDateTime> boundaries(HistoryRange range, const QDateTime &now);

    // Reads the range ending at `now` from the database file, with the
    // calling thread's connection (call it off the GUI thread). The schema
    // must exist (ResultStore::open). On error `error` is set and the buckets
    // are empty ones.
    [[nodiscard]] static History load(const QString &databaseFile, HistoryRange range,
                                      const QDateTime &now);
};

} // namespace InvoiceDash
