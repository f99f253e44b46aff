#pragma once

#include "labels.h"
#include "pagewords.h"

#include <QList>
#include <QStringList>

// Label -> value by position (internal to core/extract). Stateless.
namespace InvoiceDash::Extract {

// The values next to the labels of `spec` on every page, for layouts whose OCR text puts a
// label and its value on different lines. For each segment that is only a label ("Due
// Date:"): the text of the nearest segment to its right on the same row, then of the first
// segment right below it that starts under the label (the one beside may be another
// column's text). Segments that are labels themselves are skipped (a row of labels above a
// row of values). Top to bottom; callers take the first that parses.
[[nodiscard]] QStringList layoutLabelValues(const QList<PageWords> &pages, const LabelSpec &spec);

} // namespace InvoiceDash::Extract
