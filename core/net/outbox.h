#pragma once

#include "net/protocol.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace InvoiceDash {

// Metrics waiting for the team server's acknowledgement, in the local SQLite
// database (table `outbox`, schema version 2). A metric stays until its ack
// arrives, across network loss and restarts. Re-sending after a crash between
// send and ack is safe: the server is idempotent by invoice id.
//
// Uses the calling thread's connection (see Database): create and use an
// Outbox on one thread.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::Outbox)

public:
    explicit Outbox(QString databaseFile);

    [[nodiscard]] const QString &fileName() const { return m_file; }

    // Creates or migrates the schema. Call once before use.
    bool open(QString *errorMessage);

    // Queues a metric. Adding an id that is already queued changes nothing
    // (returns true). A metric the protocol would reject is refused, so no
    // row can block the queue forever.
    bool add(const Protocol::PublishedMetric &metric, QString *errorMessage = nullptr);

    // Up to `limit` queued metrics, oldest first.
    [[nodiscard]] QList<Protocol::PublishedMetric> pending(int limit); // drops unreadable rows

    // Drops a metric once the server acknowledged it. Unknown ids are ignored.
    bool remove(const QString &invoiceId);

    // Counts one more send of `invoiceId` (diagnostics: how often it went out).
    void noteAttempt(const QString &invoiceId);
    [[nodiscard]] int attempts(const QString &invoiceId) const; // -1 when not queued

    [[nodiscard]] int count() const; // -1 on error

private:
    QString m_file;
};

} // namespace InvoiceDash
