#pragma once

#include "pipeline/invoiceresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace InvoiceDash {

// The invoices table. Thread-safe: every call uses the calling thread's own
// connection (see Database), so workers write their rows themselves.
class ResultStore
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::ResultStore)

public:
    explicit ResultStore(QString databaseFile);

    [[nodiscard]] const QString &fileName() const { return m_file; }

    // Creates or migrates the schema. Call once before use.
    bool open(QString *errorMessage);

    // Writes one row (status ok or failed; cancelled results are not stored).
    // Sets result->timings.storeMs to the time the write took.
    bool insert(InvoiceResult *result, QString *errorMessage) const;

    [[nodiscard]] std::optional<InvoiceResult> find(const QString &id) const;
    // The newest successful result for a file with this content, if any.
    [[nodiscard]] std::optional<InvoiceResult> findOkBySha256(const QString &sha256) const;
    [[nodiscard]] QList<InvoiceResult> recent(int limit) const; // newest first
    [[nodiscard]] QList<InvoiceResult> all() const;             // oldest first
    [[nodiscard]] qint64 count() const;                         // -1 on error

private:
    QString m_file;
};

} // namespace InvoiceDash
