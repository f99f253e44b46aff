#pragma once

#include "net/protocol.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace InvoiceDash {

// One metric as the server keeps it.
struct StoredMetric
{
    Protocol::PublishedMetric metric;
    QString publisher;     // the token's name
    qint64 receivedAt = 0; // server clock, ms since the epoch
    qint64 windowAt = 0;   // its position in the sliding window (docs/PROTOCOL.md)
};

// The team server's own SQLite file (never the desktop's schema): one row per
// invoiceId, so a metric sent twice is stored and counted once. Uses the
// calling thread's connection (see Database); the server calls it from one thread.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::ServerStore)

public:
    static constexpr int SchemaVersion = 1;

    explicit ServerStore(QString databaseFile);

    [[nodiscard]] const QString &fileName() const { return m_file; }

    // Opens the file (WAL) and creates or checks the schema.
    bool open(QString *errorMessage);

    enum class InsertResult { Inserted, Duplicate, Failed };
    // INSERT OR IGNORE: Duplicate when the invoiceId is already stored.
    InsertResult insert(const StoredMetric &row, QString *errorMessage);

    // Rows whose window position is after `windowAtMs`, oldest first.
    [[nodiscard]] QList<StoredMetric> windowSince(qint64 windowAtMs) const;
    [[nodiscard]] qint64 countReceivedSince(qint64 receivedAtMs) const; // -1 on error
    [[nodiscard]] qint64 count() const;                                 // -1 on error

private:
    QString m_file;
};

} // namespace InvoiceDash
