#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Date recognition for field extraction (internal to core/extract).
// Stateless: every function only reads its arguments and immutable statics.
namespace InvoiceDash::Extract {

struct DateMatch
{
    QDate date;
    qsizetype start = 0; // offset of the match in the searched text
    qsizetype length = 0;
};

// Every valid date in `text`, left to right. Recognised: 2024-03-05, 03/05/2024,
// 05.03.2024, 05-03-24, March 5, 2024, August 3 , 2014, Mar 5 2024, 5 March 2024,
// 05-Mar-2024 (English, German, French, Dutch, Spanish and Italian month names).
// Slash/dash dates whose order is ambiguous follow `dayFirst`; a part > 12 decides on its
// own; dotted dates are day first.
[[nodiscard]] QList<DateMatch> findDates(QStringView text, bool dayFirst);

// The date that starts `text` after optional separators (":", "-", "#", spaces).
[[nodiscard]] std::optional<QDate> dateAtStart(QStringView text, bool dayFirst);

// The whole of `text` (trimmed, trailing punctuation ignored) is one date.
[[nodiscard]] std::optional<QDate> parseWholeDate(QStringView text, bool dayFirst);

// Page-level evidence for the order of numeric dates: true if some slash/dash date can
// only be day first (31/01/2024), false if some can only be month first (01/31/2024),
// nullopt when there is no evidence or it contradicts itself.
[[nodiscard]] std::optional<bool> inferDayFirst(QStringView text);

} // namespace InvoiceDash::Extract
