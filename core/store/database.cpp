#include "database.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>

#include <atomic>

namespace InvoiceDash {

namespace {

// Removes this thread's connections when the thread ends.
struct ThreadConnections
{
    QHash<QString, QString> nameByFile;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(nameByFile)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

// QThreadStorage, not thread_local: Qt destroys it inside QThread's finish
// step, before QThread::wait() (and so QThreadPool's destructor) returns. A
// thread_local would run after that, racing exit() and QtSql's global registry.
QThreadStorage<ThreadConnections *> s_connections;

ThreadConnections &threadConnections()
{
    if (!s_connections.hasLocalData())
        s_connections.setLocalData(new ThreadConnections);
    return *s_connections.localData();
}
std::atomic_int s_connectionCounter{0};

// Schema steps: step N brings version N-1 to N.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS invoices ("
                           " id TEXT PRIMARY KEY,"
                           " path TEXT NOT NULL,"
                           " sha256 TEXT,"
                           " status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),"
                           " error TEXT,"
                           " vendor TEXT, invoice_number TEXT, invoice_date TEXT, due_date TEXT,"
                           " currency TEXT, subtotal TEXT, tax TEXT, total TEXT,"
                           " line_items TEXT,"
                           " ocr_text TEXT,"
                           " confidence REAL, accuracy REAL,"
                           " load_ms REAL, preprocess_ms REAL, ocr_ms REAL, extract_ms REAL,"
                           " store_ms REAL, latency_ms REAL,"
                           " preprocess_steps TEXT,"
                           " timestamp_ms INTEGER NOT NULL,"
                           " processed_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS invoices_timestamp ON invoices (timestamp_ms)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS invoices_sha256 ON invoices (sha256)"),
        },
        // 2: metrics waiting for the team server's ack (net/outbox.h).
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS outbox ("
                           " invoice_id TEXT PRIMARY KEY,"
                           " payload TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_created ON outbox (created_ms)"),
        },
        // 3: validation results (extract/validator.h); NULL in rows written before.
        {
            QStringLiteral("ALTER TABLE invoices ADD COLUMN verified INTEGER"),
            QStringLiteral("ALTER TABLE invoices ADD COLUMN checks TEXT"),
        },
        // 4: where each field was read (extract/fieldlocator.h), the user's
        // corrections and the possible-duplicate flag. The field columns hold
        // the current (corrected) values; each correction keeps the value it
        // replaced, so the first one of a field holds what was read.
        {
            QStringLiteral("ALTER TABLE invoices ADD COLUMN field_locations TEXT"),
            QStringLiteral("ALTER TABLE invoices ADD COLUMN possible_duplicate_of TEXT"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS corrections ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " invoice_id TEXT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,"
                           " field TEXT NOT NULL,"
                           " old_value TEXT,"
                           " new_value TEXT,"
                           " corrected_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS corrections_invoice ON corrections (invoice_id)"),
        },
    };
    return steps;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *errorMessage)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (errorMessage)
        *errorMessage = Database::tr("Database error: %1").arg(query.lastError().text());
    return false;
}

} // namespace

QSqlDatabase Database::connection(const QString &file, QString *errorMessage)
{
    const QString existing = threadConnections().nameByFile.value(file);
    if (!existing.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(existing, false);
        if (db.isOpen())
            return db;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (errorMessage)
            *errorMessage
                = Database::tr("Cannot store results: the Qt SQLite driver is missing; install "
                               "the package libqt6sql6-sqlite.");
        return {};
    }
    const QString name = existing.isEmpty()
        ? QStringLiteral("invoicedash-%1").arg(s_connectionCounter.fetch_add(1))
        : existing;
    QSqlDatabase db = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    threadConnections().nameByFile.insert(file, name);
    if (!db.open()) {
        if (errorMessage)
            *errorMessage
                = Database::tr("Cannot open the database %1: %2").arg(file, db.lastError().text());
        return {};
    }
    QString pragmaError;
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &pragmaError)
        || !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &pragmaError)
        || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &pragmaError)) {
        qCWarning(lcStore, "%s", qUtf8Printable(pragmaError));
    }
    qCDebug(lcStore) << "opened" << file << "as" << name << "in" << QThread::currentThread();
    return db;
}

void Database::closeConnection(const QString &file)
{
    const QString name = threadConnections().nameByFile.take(file);
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version LIMIT 1")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::migrate(QSqlDatabase &db, QString *errorMessage)
{
    if (!exec(
            db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
            errorMessage))
        return false;
    int version = schemaVersion(db);
    if (version > SchemaVersion) {
        if (errorMessage)
            *errorMessage
                = Database::tr(
                      "The database %1 was written by a newer InvoiceDash (schema %2; this "
                      "version reads up to %3). Update InvoiceDash or point "
                      "INVOICEDASH_DATA_DIR at another folder.")
                      .arg(db.databaseName())
                      .arg(version)
                      .arg(SchemaVersion);
        return false;
    }
    const QList<QStringList> &steps = migrations();
    while (version < SchemaVersion) {
        if (!db.transaction()) {
            if (errorMessage)
                *errorMessage = Database::tr("Database error: %1").arg(db.lastError().text());
            return false;
        }
        bool ok = true;
        for (const QString &sql : steps.at(version))
            ok = ok && exec(db, sql, errorMessage);
        ok = ok && exec(db, QStringLiteral("DELETE FROM schema_version"), errorMessage);
        ok = ok
            && exec(db,
                    QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                        .arg(version + 1),
                    errorMessage);
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
        ++version;
        qCInfo(lcStore, "Database %s migrated to schema version %d.",
               qUtf8Printable(db.databaseName()), version);
    }
    return true;
}

} // namespace InvoiceDash
