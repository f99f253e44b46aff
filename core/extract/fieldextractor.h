#pragma once

#include "invoicefields.h"
#include "pagewords.h"

#include <QDate>
#include <QString>

#include <optional>

namespace InvoiceDash {

// First-version field extraction from OCR text: invoice number, invoice date
// (ISO), currency and total. Stateless and thread-safe.
class FieldExtractor
{
public:
    [[nodiscard]] InvoiceFields extract(const QString &ocrText) const;
    // The same, with each page's words and positions (OCR or PDF text layer);
    // `pages` may be empty, then only the text is used. With words, the vendor comes
    // from the page layout (letterhead, legal suffix, web domain, payee; never the
    // bill-to block), and values paired with their labels by position (beside, else
    // below) win for the invoice number and dates and fill a missing total.
    [[nodiscard]] InvoiceFields extract(const QString &ocrText,
                                        const QList<PageWords> &pages) const;

    // "1,234.56", "1.234,56", "1 234,56", "$1,234.56", "EUR 1.234,56" -> "1234.56".
    [[nodiscard]] static std::optional<QString> normalizeAmount(const QString &text);

    // ISO, US (month first), European (day first), dotted and written-out forms.
    // `dayFirstHint` decides ambiguous slash dates (e.g. EUR/GBP invoices).
    [[nodiscard]] static std::optional<QDate> parseDate(const QString &text, bool dayFirstHint);

    // "$" -> USD, "€" -> EUR, "£" -> GBP, "₹" -> INR, ISO codes as they are.
    [[nodiscard]] static QString currencyFromSymbol(const QString &symbolOrCode);
};

} // namespace InvoiceDash
