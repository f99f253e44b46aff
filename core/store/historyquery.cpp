#include "historyquery.h"

#include "common/logging.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace InvoiceDash {

namespace {

constexpr int DayBuckets = 24;
constexpr int WeekBuckets = 28;
constexpr int SlotsPerDay = 4; // six-hour buckets in the week view

// The start of `now`'s local hour. Subtracting the local minutes keeps zones
// with half-hour offsets (UTC+05:30) on their own hour boundaries.
QDateTime localHourStart(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QTime time = local.time();
    return local.addMSecs(-(qint64(time.minute()) * 60'000 + time.second() * 1000 + time.msec()));
}

// Six-hour slots counted from the Julian day 0, on the local wall clock: a
// day with a daylight-saving change has one bucket of 5 or 7 hours.
QDateTime slotStart(qint64 slot)
{
    const QDate date = QDate::fromJulianDay(slot / SlotsPerDay);
    const int hour = int(slot % SlotsPerDay) * (24 / SlotsPerDay);
    QDateTime start(date, QTime(hour, 0), Qt::LocalTime);
    // Where the clock jumps over midnight (America/Santiago, Asia/Beirut)
    // 00:00 does not exist: the slot starts when the day does, one hour on.
    for (int minutes = 60; !start.isValid() && minutes <= 180; minutes += 60)
        start = QDateTime(date, QTime(hour, 0).addSecs(minutes * 60), Qt::LocalTime);
    return start;
}

} // namespace

qint64 History::total() const
{
    qint64 sum = 0;
    for (const HistoryBucket &bucket : buckets)
        sum += bucket.count;
    return sum;
}

qint64 History::failed() const
{
    qint64 sum = 0;
    for (const HistoryBucket &bucket : buckets)
        sum += bucket.failed;
    return sum;
}

double History::meanLatencyMs() const
{
    double sum = 0;
    qint64 n = 0;
    for (const HistoryBucket &bucket : buckets) {
        sum += bucket.meanLatencyMs * double(bucket.count);
        n += bucket.count;
    }
    return n > 0 ? sum / double(n) : 0.0;
}

double History::meanAccuracy() const
{
    double sum = 0;
    qint64 n = 0;
    for (const HistoryBucket &bucket : buckets) {
        sum += bucket.meanAccuracy * double(bucket.succeeded());
        n += bucket.succeeded();
    }
    return n > 0 ? sum / double(n) : 0.0;
}

QList<QDateTime> HistoryQuery::boundaries(HistoryRange range, const QDateTime &now)
{
    QList<QDateTime> out;
    if (range == HistoryRange::Day) {
        // Hours are 3600 s apart in absolute time, across DST changes too.
        const QDateTime current = localHourStart(now);
        out.reserve(DayBuckets + 1);
        for (int i = 0; i <= DayBuckets; ++i)
            out.append(current.addSecs(qint64(i - DayBuckets + 1) * 3600));
        return out;
    }
    const QDateTime local = now.toLocalTime();
    const qint64 currentSlot
        = local.date().toJulianDay() * SlotsPerDay + local.time().hour() / (24 / SlotsPerDay);
    out.reserve(WeekBuckets + 1);
    for (int i = 0; i <= WeekBuckets; ++i)
        out.append(slotStart(currentSlot - WeekBuckets + 1 + i));
    return out;
}

History HistoryQuery::load(const QString &databaseFile, HistoryRange range, const QDateTime &now)
{
    History history;
    history.range = range;
    history.now = now.toLocalTime();
    const QList<QDateTime> bounds = boundaries(range, now);
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i)
        history.buckets.append(HistoryBucket{bounds.at(i), bounds.at(i + 1)});

    QSqlDatabase db = Database::connection(databaseFile, &history.error);
    if (!db.isOpen())
        return history;

    // One row per bucket (LEFT JOIN keeps the empty ones), each an index
    // range scan on timestamp_ms. The boundaries are integers we computed,
    // so they go into the statement as literals.
    QStringList rows;
    rows.reserve(history.buckets.size());
    for (qsizetype i = 0; i < history.buckets.size(); ++i) {
        rows.append(QStringLiteral("(%1, %2, %3)")
                        .arg(i)
                        .arg(history.buckets.at(i).start.toMSecsSinceEpoch())
                        .arg(history.buckets.at(i).end.toMSecsSinceEpoch()));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool prepared
        = q.prepare(QStringLiteral("WITH buckets (i, lo, hi) AS (VALUES %1)"
                                   " SELECT b.i, COUNT(inv.id),"
                                   " COALESCE(SUM(inv.status = 'failed'), 0),"
                                   " AVG(inv.latency_ms),"
                                   " AVG(CASE WHEN inv.status = 'ok' THEN inv.accuracy END)"
                                   " FROM buckets b LEFT JOIN invoices inv"
                                   " ON inv.timestamp_ms >= b.lo AND inv.timestamp_ms < b.hi"
                                   " AND inv.timestamp_ms <= ?"
                                   " GROUP BY b.i ORDER BY b.i")
                        .arg(rows.join(QLatin1Char(','))));
    if (prepared)
        q.addBindValue(now.toMSecsSinceEpoch());
    if (!prepared || !q.exec()) {
        history.error = tr("Cannot read the history: %1").arg(q.lastError().text());
        qCWarning(lcStore, "%s", qUtf8Printable(history.error));
        return history;
    }
    while (q.next()) {
        const qsizetype i = q.value(0).toLongLong();
        if (i < 0 || i >= history.buckets.size())
            continue;
        HistoryBucket &bucket = history.buckets[i];
        bucket.count = q.value(1).toLongLong();
        bucket.failed = q.value(2).toLongLong();
        bucket.meanLatencyMs = q.value(3).toDouble(); // NULL (no rows) reads as 0
        bucket.meanAccuracy = q.value(4).toDouble();
    }
    return history;
}

} // namespace InvoiceDash
