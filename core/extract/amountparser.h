#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Money and currency recognition for field extraction (internal to core/extract).
// Stateless: every function only reads its arguments and immutable statics.
namespace InvoiceDash::Extract {

// "1,234.56", "1.234,56", "1 234,56", "$1,234.56", "1.234,56 €", "EUR 1.234,56", "-12.50",
// "(12.50)", "1234", "0,5" -> "1234.56" style (two decimals). nullopt for anything else.
[[nodiscard]] std::optional<QString> normalizeAmount(QStringView text);

// "$" -> USD, "€" -> EUR, "£" -> GBP, "₹"/"Rs" -> INR, "¥" -> JPY, "C$" -> CAD,
// "A$" -> AUD, ISO codes as they are (upper-cased); empty when unknown.
[[nodiscard]] QString currencyFromSymbol(QStringView symbolOrCode);

struct MoneyMatch
{
    QString value;    // normalised, e.g. "1234.56"
    QString currency; // ISO code of an attached symbol/code, or empty
    bool hasDecimals = false;
    qsizetype start = 0;
    qsizetype end = 0;
};

// Money-like numbers in `text`, left to right. Percentages ("20%", "8.25 %") and the
// parts of dates are skipped; a currency symbol or code right before or after a number is
// reported with it.
[[nodiscard]] QList<MoneyMatch> findMoney(QStringView text);

// Page currency by weighted vote: notes ("All amounts in EUR", "Total (EUR)") count most,
// symbols and codes attached to numbers next, free-standing codes/symbols least.
// "$" follows an explicitly named dollar currency (CAD, AUD...) when there is one.
// Empty when the text names no currency.
[[nodiscard]] QString detectCurrency(QStringView text);

// OCR often reads the digit 0 as the letter O: a run of O/o next to a digit (or to a
// separator after a digit) and not next to a letter becomes zeros ("2O24" -> "2024",
// "25,OO" -> "25,00"; "PO-1" and "No. 5" stay).
[[nodiscard]] QString fixOcrDigits(const QString &text);

// OCR puts stray spaces next to the separators of an amount: "12 ,894.26", "10, 745.22",
// "1.084, 86", "448 . 88". A space beside a '.' or ',' between two digits is dropped when
// the joined number is a well-formed amount with two decimals, i.e. the right side is the
// two-digit decimal part or a three-digit group followed by one. "2 10.00", "3, 10.00",
// "2,5 277,20", "Cat6, 5 m" and dates stay as they are.
[[nodiscard]] QString joinSplitAmounts(const QString &line);

// A money value after a label: a match of findMoney(`text`) with decimals or a currency
// marker. A whole number that could be a year only counts with the currency in front of it
// ("Rs 1939"): in "Due on August 3, 2014 $4.11" the "$" belongs to the amount after it.
[[nodiscard]] bool isMoneyValue(const MoneyMatch &m, QStringView text);

// The first money value in `text` (see isMoneyValue()), normalised.
[[nodiscard]] std::optional<QString> firstMoneyValue(QStringView text);

} // namespace InvoiceDash::Extract
