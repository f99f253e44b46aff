#pragma once

#include <QString>

namespace InvoiceDash::NumberFormat {

// Formats a metric for the dashboard so it reads at a glance:
//   0            -> "0"
//   |x| < 1      -> two decimals   ("0.25", "-0.50")
//   |x| < 100    -> one decimal    ("42.5")
//   otherwise    -> rounded integer ("1234")
// The range is chosen on the value itself, exactly as the rules say:
// 0.999 -> "1.00", 99.96 -> "100.0". A value that rounds to zero keeps its
// range ("0.00", never "-0.00"). NaN and infinities become an en dash ("–").
//
// The decimal point is the interface language's ("42.5", German "42,5");
// there are never thousands separators, so values keep their width.
[[nodiscard]] QString metric(double value);

// Whole counts (invoices, files) as plain digits without separators:
// 12 -> "12", never "12.0".
[[nodiscard]] QString count(qint64 value);

} // namespace InvoiceDash::NumberFormat
