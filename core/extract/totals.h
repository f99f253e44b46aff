#pragma once

#include <QString>
#include <QStringList>

// The invoice arithmetic subtotal + tax = total (internal to core/extract).
// Stateless: every function only reads its arguments and immutable statics.
namespace InvoiceDash::Extract {

// "1234.56" -> 123456; "-12.50" -> -1250.
[[nodiscard]] qint64 amountCents(const QString &amount);

struct Totals
{
    QString subtotal;
    QString tax;
    QString total;
};

// Column layouts put the labels of the totals block on other lines than their amounts
// ("Subtotal" / "Tax (20%)" / "TOTAL" / ... / "£10,768.79" / "£2,153.76" / "£12,922.55"), so
// the labelled search misses some of them. Amounts that stand alone on a line fill the gaps
// when they satisfy subtotal + tax = total:
// - three consecutive ones a, b, a + b (b < a) are the whole block, unless the labelled
//   values already add up;
// - with a labelled subtotal, two of them x < y with subtotal + x = y are tax and total;
// - with labelled subtotal and tax, one equal to their sum is the total.
// Labelled values that already add up are never changed.
[[nodiscard]] Totals completeTotals(const QStringList &lines, const Totals &labelled);

// OCR misreads single digits ("16769.63" for "10709.63"). When subtotal + tax != total and
// exactly one of the three, recomputed from the other two, differs from what was read in
// one digit only (same length), that one is replaced by the recomputed value. Anything
// else is returned unchanged.
[[nodiscard]] Totals repairOneDigit(const Totals &read);

} // namespace InvoiceDash::Extract
