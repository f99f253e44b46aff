#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

// What counts as a label of each invoice field (internal to core/extract).
// English, German and French wordings; OCR may read "o" as "0" in "Total".
namespace InvoiceDash::Extract {

// Case-insensitive, Unicode-aware (\b, \w know "é" and "ä").
[[nodiscard]] QRegularExpression labelPattern(const QString &pattern);

// A field's labels plus context patterns that reject look-alikes: `before` is matched
// against the text left of the label (anchored at its end, "PO Number"), `after` against
// the text right of it (anchored at its start, "VAT No.", "Total excl. VAT").
struct LabelSpec
{
    QRegularExpression label;
    QRegularExpression before; // reject when it matches the text before the label
    QRegularExpression after;  // reject when it matches the text after the label
};

struct LabelHit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

[[nodiscard]] const LabelSpec &numberStrongSpec(); // "Invoice No.", "Rechnungsnummer"...
[[nodiscard]] const LabelSpec &numberWeakSpec();   // a bare "Number"
[[nodiscard]] const LabelSpec &dateSpec();         // invoice date, not due/delivery dates
[[nodiscard]] const LabelSpec &dueSpec();
[[nodiscard]] const LabelSpec &totalSpec();
[[nodiscard]] const LabelSpec &subtotalSpec();
[[nodiscard]] const LabelSpec &taxSpec();

// "Customer"/"Client"/"Kunden" right before a label ("Customer Number").
[[nodiscard]] const QRegularExpression &customerPrefixRe();

// The labels of `spec` in `line`, left to right, look-alikes and prose removed.
[[nodiscard]] QList<LabelHit> findLabels(const LabelSpec &spec, const QString &line);

// A legal-form suffix at the end of a company name: "GmbH", "B.V.", "Ltd.", "Inc.", "SARL"...
[[nodiscard]] const QRegularExpression &legalSuffixRe();

// `line` starts a new label/value block: a number or date label, or a section heading
// ("Bill To", "Customer"...).
[[nodiscard]] bool startsLabelBlock(const QString &line);

} // namespace InvoiceDash::Extract
