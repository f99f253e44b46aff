#pragma once

#include "pipeline/invoiceresult.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <limits>
#include <optional>

namespace InvoiceDash {

// One change the user made to a stored invoice's field.
struct Correction
{
    QString invoiceId;
    QString field;    // key as in InvoiceFields::toJson(): "total", "invoice_date", ...
    QString oldValue; // the value it replaced (empty: there was none)
    QString newValue;
    QString correctedAt; // ISO 8601 UTC
};

struct CorrectionCounts
{
    qint64 invoices = 0; // invoices with at least one corrected field
    qint64 fields = 0;   // corrected fields over all invoices
    friend bool operator==(const CorrectionCounts &, const CorrectionCounts &) = default;
};

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

    // What the live metrics need of a stored invoice.
    struct FinishedInvoice
    {
        qint64 finishedAtMs = 0;
        double latencyMs = 0;
        double accuracy = 0; // 0 for failed invoices
        bool ok = false;
        friend bool operator==(const FinishedInvoice &, const FinishedInvoice &) = default;
    };
    // Invoices finished at or after `sinceMs`, oldest first, at most `limit`
    // (the newest ones when there are more): the overlay's last minutes
    // after a restart.
    [[nodiscard]] QList<FinishedInvoice> finishedSince(qint64 sinceMs, int limit = 20000) const;

    // The earliest stored, successfully read invoice other than `excludeId`,
    // finished at or before `beforeMs`, with the same vendor, invoice number
    // and total as `fields`: compared without case, spaces and a leading '#'
    // (vendor: letters and digits only). nullopt when any of the three is empty.
    [[nodiscard]] std::optional<InvoiceResult>
    findPossibleDuplicate(const InvoiceFields &fields, const QString &excludeId = {},
                          qint64 beforeMs = std::numeric_limits<qint64>::max()) const;

    // Corrections. The field columns hold the current values; every change is
    // kept in the corrections table with the value it replaced.
    //
    // The value as it will be stored: amounts normalised ("1.234,56 €" ->
    // "1234.56"), dates to ISO 8601 (unambiguous printed forms accepted),
    // currency an ISO 4217 code (or a known symbol), text simplified. An empty
    // value clears the field. nullopt with a sentence for the user otherwise.
    [[nodiscard]] static std::optional<QString>
    normalizeCorrection(const QString &field, const QString &value, QString *errorMessage);
    // Stores new values for some of an invoice's fields in one transaction
    // and re-runs the Validator (checks, verified, accuracy) and the
    // possible-duplicate check. Nothing is stored when a value is invalid.
    // `updated` (may be null) receives the invoice as stored afterwards.
    bool correctFields(const QString &id, const QMap<QString, QString> &values,
                       QString *errorMessage, InvoiceResult *updated = nullptr) const;
    bool correctField(const QString &id, const QString &field, const QString &newValue,
                      QString *errorMessage, InvoiceResult *updated = nullptr) const;
    [[nodiscard]] QList<Correction> corrections(const QString &id) const; // oldest first
    // Fields whose current value differs from the value first read.
    [[nodiscard]] CorrectionCounts correctionCounts() const;

private:
    QString m_file;
};

} // namespace InvoiceDash
