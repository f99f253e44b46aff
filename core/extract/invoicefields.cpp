#include "invoicefields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace InvoiceDash {

namespace {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject InvoiceFields::toJson() const
{
    QJsonArray items;
    for (const LineItem &item : lineItems) {
        items.append(QJsonObject{
            {QStringLiteral("description"), orNull(item.description)},
            {QStringLiteral("quantity"), orNull(item.quantity)},
            {QStringLiteral("unit_price"), orNull(item.unitPrice)},
            {QStringLiteral("amount"), orNull(item.amount)},
        });
    }
    return QJsonObject{
        {QStringLiteral("vendor"), orNull(vendor)},
        {QStringLiteral("invoice_number"), orNull(invoiceNumber)},
        {QStringLiteral("invoice_date"), orNull(invoiceDate)},
        {QStringLiteral("due_date"), orNull(dueDate)},
        {QStringLiteral("currency"), orNull(currency)},
        {QStringLiteral("subtotal"), orNull(subtotal)},
        {QStringLiteral("tax"), orNull(tax)},
        {QStringLiteral("total"), orNull(total)},
        {QStringLiteral("line_items"), items},
    };
}

InvoiceFields InvoiceFields::fromJson(const QJsonObject &object)
{
    InvoiceFields fields;
    fields.vendor = object.value(QLatin1String("vendor")).toString();
    fields.invoiceNumber = object.value(QLatin1String("invoice_number")).toString();
    fields.invoiceDate = object.value(QLatin1String("invoice_date")).toString();
    fields.dueDate = object.value(QLatin1String("due_date")).toString();
    fields.currency = object.value(QLatin1String("currency")).toString();
    fields.subtotal = object.value(QLatin1String("subtotal")).toString();
    fields.tax = object.value(QLatin1String("tax")).toString();
    fields.total = object.value(QLatin1String("total")).toString();
    const QJsonArray items = object.value(QLatin1String("line_items")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        fields.lineItems.append(LineItem{
            item.value(QLatin1String("description")).toString(),
            item.value(QLatin1String("quantity")).toString(),
            item.value(QLatin1String("unit_price")).toString(),
            item.value(QLatin1String("amount")).toString(),
        });
    }
    return fields;
}

} // namespace InvoiceDash
