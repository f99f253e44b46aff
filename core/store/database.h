#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace InvoiceDash {

// SQLite access: one named connection per thread and database file, opened on
// first use with WAL and a busy timeout, closed when the thread ends.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::Database)

public:
    static constexpr int SchemaVersion = 4;

    // The calling thread's connection to `file`. Invalid (with a message) on error.
    [[nodiscard]] static QSqlDatabase connection(const QString &file, QString *errorMessage);

    // Closes the calling thread's connection to `file` now. Threads that end
    // while the application runs call it before they finish: the automatic
    // clean-up at thread exit can run after QThread::wait() has returned.
    static void closeConnection(const QString &file);

    // Brings the schema to SchemaVersion, each step in a transaction.
    // A database newer than this build is refused rather than damaged.
    static bool migrate(QSqlDatabase &db, QString *errorMessage);

    [[nodiscard]] static int schemaVersion(QSqlDatabase &db);
};

} // namespace InvoiceDash
