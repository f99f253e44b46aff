#pragma once

// Writes one result into a store as if it finished at `at`, with exactly the
// given latency (ResultStore::insert adds the time the write took, so the
// latency is set again afterwards). For the history tests.
#include "pipeline/invoiceresult.h"
#include "store/database.h"
#include "store/resultstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace InvoiceDash::Testing {

inline bool storeAt(ResultStore *store, InvoiceResult result, const QDateTime &at, QString *error)
{
    result.timestampMs = at.toMSecsSinceEpoch();
    result.id = InvoiceResult::makeId(result.timestampMs);
    result.processedAt = at.toUTC().toString(Qt::ISODateWithMs);
    const double latencyMs = result.latencyMs;
    if (!store->insert(&result, error))
        return false;
    QSqlDatabase db = Database::connection(store->fileName(), error);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE invoices SET latency_ms = ? WHERE id = ?"));
    q.addBindValue(latencyMs);
    q.addBindValue(result.id);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace InvoiceDash::Testing
