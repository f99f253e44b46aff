#include "serverstore.h"

#include "common/logging.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace InvoiceDash {

namespace {

const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS metrics ("
    " invoice_id TEXT PRIMARY KEY,"
    " publisher TEXT NOT NULL,"
    " client_timestamp INTEGER NOT NULL,"
    " window_at INTEGER NOT NULL,"
    " latency REAL NOT NULL,"
    " accuracy REAL NOT NULL,"
    " ok INTEGER NOT NULL,"
    " processed_at TEXT,"
    " received_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS metrics_window_at ON metrics (window_at)",
    "CREATE INDEX IF NOT EXISTS metrics_received_at ON metrics (received_at)",
};

QString sqlError(const QSqlQuery &query)
{
    return ServerStore::tr("Database error: %1").arg(query.lastError().text());
}

} // namespace

ServerStore::ServerStore(QString databaseFile) : m_file(std::move(databaseFile)) { }

bool ServerStore::open(QString *errorMessage)
{
    QSqlDatabase db = Database::connection(m_file, errorMessage);
    if (!db.isValid() || !db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (errorMessage)
            *errorMessage = sqlError(query);
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > SchemaVersion) {
        if (errorMessage)
            *errorMessage = tr("The server database %1 was written by a newer server (schema %2; "
                               "this version reads up to %3). Update the server or use --db.")
                                .arg(m_file)
                                .arg(version)
                                .arg(SchemaVersion);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    if (!db.transaction()) {
        if (errorMessage)
            *errorMessage = tr("Database error: %1").arg(db.lastError().text());
        return false;
    }
    for (const char *sql : Schema) {
        if (!query.exec(QLatin1String(sql))) {
            if (errorMessage)
                *errorMessage = sqlError(query);
            db.rollback();
            return false;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))
        || !db.commit()) {
        if (errorMessage)
            *errorMessage = sqlError(query);
        db.rollback();
        return false;
    }
    qCInfo(lcServer, "Server database %s created (schema %d).", qUtf8Printable(m_file),
           SchemaVersion);
    return true;
}

ServerStore::InsertResult ServerStore::insert(const StoredMetric &row, QString *errorMessage)
{
    QSqlDatabase db = Database::connection(m_file, errorMessage);
    if (!db.isOpen())
        return InsertResult::Failed;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO metrics (invoice_id, publisher, client_timestamp, window_at,"
        " latency, accuracy, ok, processed_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const Protocol::PublishedMetric &m = row.metric;
    query.addBindValue(m.invoiceId);
    query.addBindValue(row.publisher);
    query.addBindValue(m.timestamp);
    query.addBindValue(row.windowAt);
    query.addBindValue(m.latency);
    query.addBindValue(m.accuracy);
    query.addBindValue(m.ok ? 1 : 0);
    query.addBindValue(m.processedAt);
    query.addBindValue(row.receivedAt);
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = sqlError(query);
        return InsertResult::Failed;
    }
    return query.numRowsAffected() > 0 ? InsertResult::Inserted : InsertResult::Duplicate;
}

QList<StoredMetric> ServerStore::windowSince(qint64 windowAtMs) const
{
    QList<StoredMetric> rows;
    QSqlDatabase db = Database::connection(m_file, nullptr);
    if (!db.isOpen())
        return rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT invoice_id, publisher, client_timestamp, window_at, latency, accuracy, ok,"
        " processed_at, received_at FROM metrics WHERE window_at > ? ORDER BY window_at"));
    query.addBindValue(windowAtMs);
    if (!query.exec()) {
        qCWarning(lcServer, "%s", qUtf8Printable(sqlError(query)));
        return rows;
    }
    while (query.next()) {
        StoredMetric row;
        row.metric.invoiceId = query.value(0).toString();
        row.publisher = query.value(1).toString();
        row.metric.timestamp = query.value(2).toLongLong();
        row.windowAt = query.value(3).toLongLong();
        row.metric.latency = query.value(4).toDouble();
        row.metric.accuracy = query.value(5).toDouble();
        row.metric.ok = query.value(6).toInt() != 0;
        row.metric.processedAt = query.value(7).toString();
        row.receivedAt = query.value(8).toLongLong();
        rows.append(row);
    }
    return rows;
}

qint64 ServerStore::countReceivedSince(qint64 receivedAtMs) const
{
    QSqlDatabase db = Database::connection(m_file, nullptr);
    if (!db.isOpen())
        return -1;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM metrics WHERE received_at >= ?"));
    query.addBindValue(receivedAtMs);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 ServerStore::count() const
{
    QSqlDatabase db = Database::connection(m_file, nullptr);
    if (!db.isOpen())
        return -1;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM metrics")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace InvoiceDash
