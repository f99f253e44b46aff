#pragma once

#include "pipeline/invoiceresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace InvoiceDash {

class ResultStore;

enum class ExportFormat { Csv, Json };

// Writes processed invoices with their fields and line items.
// CSV: one row per line item (an invoice without items has one row), the
// invoice's columns repeated, RFC 4180 quoting, and cells that a spreadsheet
// would run as a formula (=, +, -, @ first) prefixed with '.
// The fields are the current values, corrections included: CSV lists the
// corrected fields' keys in `corrected_fields` ("total;invoice_date") and the
// id of a possible duplicate in `possible_duplicate_of`.
// JSON: an array of invoices, each with its fields and line_items, the
// `corrected` keys with `original_values`, and `possible_duplicate_of`
// (InvoiceResult::toJsonRecord()).
class ResultExporter
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::ResultExporter)

public:
    [[nodiscard]] static QByteArray toCsv(const QList<InvoiceResult> &results);
    [[nodiscard]] static QByteArray toJson(const QList<InvoiceResult> &results);

    // "csv" or "json" by the file's suffix; Csv for anything else.
    [[nodiscard]] static ExportFormat formatForFile(const QString &path);

    // Reads every stored invoice (oldest first) and writes them to `path`
    // atomically (QSaveFile). Does disk I/O: call it off the GUI thread.
    static bool exportStore(const ResultStore &store, const QString &path, ExportFormat format,
                            int *count, QString *errorMessage);
};

} // namespace InvoiceDash
