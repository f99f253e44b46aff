#pragma once

#include "invoicefields.h"

#include <QList>
#include <QString>

// Line items of the item table (internal to core/extract).
// Stateless: only reads its argument and immutable statics, so it is safe to call from
// several threads at once.
namespace InvoiceDash::Extract {

// The rows of the item table in raw OCR text (Tesseract with preserve_interword_spaces=1,
// so runs of spaces still separate the columns). The table starts at a header line naming
// at least two columns (Description/Item, Qty/Units/Hrs, Unit price/Rate, Amount/Total, in
// English, German or French) and ends at the totals block (Subtotal, Total, VAT...).
// A row is text followed by [quantity] [unit price] amount; it is only taken when
// quantity x unit price = amount (rounded half-up to cents), which also settles which number
// is which and repairs some OCR slips (a dropped decimal point in the quantity, one misread
// digit in the amount). Rows that do not reconcile are left out: no items are invented.
// Layouts where OCR reads the description column as a block of its own (a lone
// "Description" header with the descriptions under it) get the descriptions by row order.
[[nodiscard]] QList<LineItem> extractLineItems(const QString &ocrText);

} // namespace InvoiceDash::Extract
