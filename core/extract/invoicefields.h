#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace InvoiceDash {

struct LineItem
{
    QString description;
    QString quantity;  // plain decimal, e.g. "2" or "1.5"
    QString unitPrice; // decimal with two places, no symbol: "10.00"
    QString amount;    // decimal with two places, no symbol: "20.00"
    friend bool operator==(const LineItem &, const LineItem &) = default;
};

// The fields of one invoice. Empty strings mean "not found".
// Amounts are normalised decimals without symbols or thousands separators
// ("1234.56"), dates are ISO 8601 ("2024-03-05"), currency is ISO 4217 ("EUR").
struct InvoiceFields
{
    QString vendor;
    QString invoiceNumber;
    QString invoiceDate;
    QString dueDate;
    QString currency;
    QString subtotal;
    QString tax;
    QString total;
    QList<LineItem> lineItems;

    friend bool operator==(const InvoiceFields &, const InvoiceFields &) = default;

    // Keys as in shared/corpus/README.md (invoice_number, invoice_date, ...);
    // missing fields are JSON null.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static InvoiceFields fromJson(const QJsonObject &object);
};

// The eight scalar fields by their JSON keys (as in toJson()), in form order:
// vendor, invoice_number, invoice_date, due_date, currency, subtotal, tax, total.
namespace FieldKeys {
inline const QString Vendor = QStringLiteral("vendor");
inline const QString InvoiceNumber = QStringLiteral("invoice_number");
inline const QString InvoiceDate = QStringLiteral("invoice_date");
inline const QString DueDate = QStringLiteral("due_date");
inline const QString Currency = QStringLiteral("currency");
inline const QString Subtotal = QStringLiteral("subtotal");
inline const QString Tax = QStringLiteral("tax");
inline const QString Total = QStringLiteral("total");
[[nodiscard]] const QStringList &all();
[[nodiscard]] bool isAmount(const QString &key); // subtotal, tax, total
[[nodiscard]] bool isDate(const QString &key);   // invoice_date, due_date
// The field's value; empty for an unknown key.
[[nodiscard]] QString value(const InvoiceFields &fields, const QString &key);
// false for an unknown key.
bool setValue(InvoiceFields *fields, const QString &key, const QString &value);
} // namespace FieldKeys

} // namespace InvoiceDash
