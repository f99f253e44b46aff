#pragma once

#include "extract/invoicefields.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace InvoiceDash {

enum class CheckOutcome { Passed, Failed, NotApplicable };

[[nodiscard]] QString checkOutcomeToString(CheckOutcome outcome); // "passed", "failed", "n/a"
[[nodiscard]] CheckOutcome checkOutcomeFromString(const QString &text);

// One consistency check on the extracted fields.
struct ValidationCheck
{
    QString id; // "total-present", "required-fields", "subtotal-plus-tax", "lines-sum",
                // "line-arithmetic", "dates-plausible"
    CheckOutcome outcome = CheckOutcome::NotApplicable;
    QString message; // a short sentence for the user, translated
    friend bool operator==(const ValidationCheck &, const ValidationCheck &) = default;
};

// [{"id": ..., "result": "passed" | "failed" | "n/a", "message": ...}, ...]
[[nodiscard]] QJsonArray checksToJson(const QList<ValidationCheck> &checks);
[[nodiscard]] QList<ValidationCheck> checksFromJson(const QJsonArray &array);

struct ValidationReport
{
    QList<ValidationCheck> checks;
    double score = 0;      // 0..100, see Validator
    bool verified = false; // the amounts reconcile and the required fields are present

    [[nodiscard]] std::optional<CheckOutcome> outcome(const QString &id) const;
};

// Consistency checks on extracted fields and a per-invoice accuracy score.
//
// Amounts are compared exactly: the normalised strings ("1234.56") are parsed
// into integer cents, quantities and unit prices into units of 1/10000; a
// line's quantity x unit price is rounded half away from zero (half-up) to cents. Sums may differ
// by at most one cent.
//
// verified: required-fields and subtotal-plus-tax pass and, when the invoice
// has line items, lines-sum and line-arithmetic pass too.
//
// score: an estimate of the share of the invoice's scalar fields that are
// right, in percent: the mean of a per-field probability p over the fields
// every invoice has (vendor, invoice number, invoice date, currency, total)
// and the optional ones that were found (due date, subtotal, tax; an invoice
// without them is not marked down for it).
//
//   read = 0.5 + c / 2, c = OCR confidence / 100 (half for being found, half
//     for being read cleanly): a present field nothing cross-checks.
//   amounts: 1 each when they reconcile (subtotal-plus-tax passes, or the line
//     amounts add up to the total); when subtotal-plus-tax fails, one of them
//     is wrong: subtotal and tax 0.5, the total `read` (the most prominent
//     amount, usually right); a lone total: `read`.
//   vendor, invoice number, currency, dates: `read`; both dates 0 when
//     dates-plausible fails.
//   a missing field: 0.
//
//   Line items do not enter the score (their checks decide "verified"): a
//   line the table reader missed says nothing about the header fields.
//   A clean, reconciled invoice read at 90 % confidence scores 97; one with a
//   wrong total and no invoice number scores 72; empty fields score 0.
//
// Calibrated on the synthetic corpus (docs/ARCHITECTURE.md, Metrics).
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::Validator)

public:
    // ocrConfidence: the OCR mean word confidence, 0..100. `today` bounds the
    // invoice date (at most one year ahead).
    [[nodiscard]] static ValidationReport
    validate(const InvoiceFields &fields, double ocrConfidence, QDate today = QDate::currentDate());

    // Exact parsers, exposed for tests. Amounts: "-1234.5" -> -123450 cents.
    // Quantities: "1.5" -> 15000 (units of 1/10000). std::nullopt if malformed.
    [[nodiscard]] static std::optional<qint64> parseCents(const QString &amount);
    [[nodiscard]] static std::optional<qint64> parseQuantity(const QString &quantity);
    // quantity x unit price (each with up to four decimals) in cents, rounded
    // half away from zero: 3 x 0.335 -> 101.
    [[nodiscard]] static std::optional<qint64> lineAmountCents(const QString &quantity,
                                                               const QString &unitPrice);
};

[[nodiscard]] inline ValidationReport validate(const InvoiceFields &fields, double ocrConfidence)
{
    return Validator::validate(fields, ocrConfidence);
}

} // namespace InvoiceDash
