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
    QJsonObject object{{QStringLiteral("line_items"), items}};
    for (const QString &key : FieldKeys::all())
        object.insert(key, orNull(FieldKeys::value(*this, key)));
    return object;
}

InvoiceFields InvoiceFields::fromJson(const QJsonObject &object)
{
    InvoiceFields fields;
    for (const QString &key : FieldKeys::all())
        FieldKeys::setValue(&fields, key, object.value(key).toString());
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

namespace FieldKeys {

const QStringList &all()
{
    static const QStringList keys{Vendor,   InvoiceNumber, InvoiceDate, DueDate,
                                  Currency, Subtotal,      Tax,         Total};
    return keys;
}

bool isAmount(const QString &key)
{
    return key == Subtotal || key == Tax || key == Total;
}

bool isDate(const QString &key)
{
    return key == InvoiceDate || key == DueDate;
}

namespace {

template<typename Fields> auto *member(Fields *f, const QString &key)
{
    using Result = decltype(&f->vendor);
    if (key == Vendor)
        return &f->vendor;
    if (key == InvoiceNumber)
        return &f->invoiceNumber;
    if (key == InvoiceDate)
        return &f->invoiceDate;
    if (key == DueDate)
        return &f->dueDate;
    if (key == Currency)
        return &f->currency;
    if (key == Subtotal)
        return &f->subtotal;
    if (key == Tax)
        return &f->tax;
    if (key == Total)
        return &f->total;
    return Result(nullptr);
}

} // namespace

QString value(const InvoiceFields &fields, const QString &key)
{
    const QString *field = member(&fields, key);
    return field ? *field : QString();
}

bool setValue(InvoiceFields *fields, const QString &key, const QString &value)
{
    QString *field = member(fields, key);
    if (!field)
        return false;
    *field = value;
    return true;
}

} // namespace FieldKeys

} // namespace InvoiceDash
