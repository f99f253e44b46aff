#include "validator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace InvoiceDash {

namespace {

constexpr qint64 Tolerance = 1;         // cents
constexpr qint64 QuantityScale = 10000; // quantities in units of 1/10000

// Digits with an optional sign and at most `maxDecimals` decimals, scaled to
// 10^maxDecimals. Overflow-safe for any realistic invoice (up to 13 digits).
std::optional<qint64> parseFixed(const QString &text, int maxDecimals)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (s.at(0) == QLatin1Char('-') || s.at(0) == QLatin1Char('+')) {
        negative = s.at(0) == QLatin1Char('-');
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < s.size() && s.at(i).isDigit(); ++i) {
        if (++wholeDigits > 13)
            return std::nullopt;
        whole = whole * 10 + s.at(i).digitValue();
    }
    qint64 fraction = 0;
    int decimals = 0;
    if (i < s.size() && s.at(i) == QLatin1Char('.')) {
        for (++i; i < s.size() && s.at(i).isDigit(); ++i) {
            if (++decimals > maxDecimals)
                return std::nullopt;
            fraction = fraction * 10 + s.at(i).digitValue();
        }
    }
    if (i != s.size() || (wholeDigits == 0 && decimals == 0))
        return std::nullopt;
    qint64 scale = 1;
    for (int d = 0; d < maxDecimals; ++d)
        scale *= 10;
    for (int d = decimals; d < maxDecimals; ++d)
        fraction *= 10;
    const qint64 value = whole * scale + fraction;
    return negative ? -value : value;
}

QString money(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

bool close(qint64 a, qint64 b)
{
    return (a > b ? a - b : b - a) <= Tolerance;
}

ValidationCheck check(const char *id, CheckOutcome outcome, const QString &message)
{
    return {QLatin1String(id), outcome, message};
}

ValidationCheck totalPresent(const InvoiceFields &f)
{
    if (f.total.isEmpty())
        return check("total-present", CheckOutcome::Failed, Validator::tr("No total was found."));
    if (!Validator::parseCents(f.total))
        return check("total-present", CheckOutcome::Failed,
                     Validator::tr("The total \"%1\" is not an amount.").arg(f.total));
    return check("total-present", CheckOutcome::Passed,
                 Validator::tr("The total is %1.").arg(f.total));
}

ValidationCheck requiredFields(const InvoiceFields &f)
{
    QStringList missing;
    if (f.invoiceNumber.isEmpty())
        missing.append(Validator::tr("invoice number"));
    if (f.invoiceDate.isEmpty())
        missing.append(Validator::tr("invoice date"));
    if (f.total.isEmpty())
        missing.append(Validator::tr("total"));
    if (f.currency.isEmpty())
        missing.append(Validator::tr("currency"));
    if (missing.isEmpty())
        return check("required-fields", CheckOutcome::Passed,
                     Validator::tr("Invoice number, invoice date, total and currency were found."));
    return check("required-fields", CheckOutcome::Failed,
                 Validator::tr("Missing: %1.").arg(QLocale().createSeparatedList(missing)));
}

ValidationCheck subtotalPlusTax(const InvoiceFields &f)
{
    const auto subtotal = Validator::parseCents(f.subtotal);
    const auto total = Validator::parseCents(f.total);
    if (!subtotal || !total)
        return check("subtotal-plus-tax", CheckOutcome::NotApplicable,
                     Validator::tr("Needs a subtotal and a total."));
    // An invoice without tax has subtotal = total.
    const auto tax = f.tax.isEmpty() ? std::optional<qint64>(0) : Validator::parseCents(f.tax);
    if (!tax)
        return check("subtotal-plus-tax", CheckOutcome::Failed,
                     Validator::tr("The tax \"%1\" is not an amount.").arg(f.tax));
    const qint64 sum = *subtotal + *tax;
    if (close(sum, *total))
        return check("subtotal-plus-tax", CheckOutcome::Passed,
                     Validator::tr("Subtotal + tax = total (%1).").arg(money(*total)));
    return check(
        "subtotal-plus-tax", CheckOutcome::Failed,
        Validator::tr("Subtotal + tax = %1, but the total is %2.").arg(money(sum), money(*total)));
}

ValidationCheck linesSum(const InvoiceFields &f)
{
    if (f.lineItems.isEmpty())
        return check("lines-sum", CheckOutcome::NotApplicable, Validator::tr("No line items."));
    qint64 sum = 0;
    for (qsizetype i = 0; i < f.lineItems.size(); ++i) {
        const auto amount = Validator::parseCents(f.lineItems.at(i).amount);
        if (!amount)
            return check("lines-sum", CheckOutcome::Failed,
                         Validator::tr("Line %1 has no amount.").arg(i + 1));
        sum += *amount;
    }
    const bool hasSubtotal = !f.subtotal.isEmpty();
    const auto target = Validator::parseCents(hasSubtotal ? f.subtotal : f.total);
    if (!target)
        return check("lines-sum", CheckOutcome::NotApplicable,
                     Validator::tr("Needs a subtotal or a total."));
    if (close(sum, *target))
        return check(
            "lines-sum", CheckOutcome::Passed,
            hasSubtotal
                ? Validator::tr("The line amounts add up to the subtotal (%1).").arg(money(sum))
                : Validator::tr("The line amounts add up to the total (%1).").arg(money(sum)));
    return check("lines-sum", CheckOutcome::Failed,
                 hasSubtotal ? Validator::tr("The line amounts add up to %1, not the subtotal %2.")
                                   .arg(money(sum), money(*target))
                             : Validator::tr("The line amounts add up to %1, not the total %2.")
                                   .arg(money(sum), money(*target)));
}

ValidationCheck lineArithmetic(const InvoiceFields &f)
{
    int checked = 0;
    for (qsizetype i = 0; i < f.lineItems.size(); ++i) {
        const LineItem &item = f.lineItems.at(i);
        if (item.quantity.isEmpty() || item.unitPrice.isEmpty())
            continue;
        const auto expected = Validator::lineAmountCents(item.quantity, item.unitPrice);
        const auto amount = Validator::parseCents(item.amount);
        if (!expected || !amount)
            return check("line-arithmetic", CheckOutcome::Failed,
                         Validator::tr("Line %1 has a malformed number.").arg(i + 1));
        if (!close(*expected, *amount))
            return check("line-arithmetic", CheckOutcome::Failed,
                         Validator::tr("Line %1: %2 x %3 = %4, not %5.")
                             .arg(i + 1)
                             .arg(item.quantity, item.unitPrice, money(*expected), item.amount));
        ++checked;
    }
    if (checked == 0)
        return check("line-arithmetic", CheckOutcome::NotApplicable,
                     Validator::tr("No line items with quantity and unit price."));
    return check("line-arithmetic", CheckOutcome::Passed,
                 Validator::tr("Quantity x unit price = amount on %n line(s).", nullptr, checked));
}

ValidationCheck datesPlausible(const InvoiceFields &f, QDate today)
{
    if (f.invoiceDate.isEmpty())
        return check("dates-plausible", CheckOutcome::NotApplicable,
                     Validator::tr("No invoice date."));
    const QDate invoiceDate = QDate::fromString(f.invoiceDate, Qt::ISODate);
    if (!invoiceDate.isValid())
        return check("dates-plausible", CheckOutcome::Failed,
                     Validator::tr("The invoice date \"%1\" is not a date.").arg(f.invoiceDate));
    if (invoiceDate < QDate(2000, 1, 1) || invoiceDate > today.addYears(1))
        return check("dates-plausible", CheckOutcome::Failed,
                     Validator::tr("The invoice date %1 is implausible.").arg(f.invoiceDate));
    if (f.dueDate.isEmpty())
        return check("dates-plausible", CheckOutcome::Passed,
                     Validator::tr("The invoice date is plausible; no due date."));
    const QDate dueDate = QDate::fromString(f.dueDate, Qt::ISODate);
    if (!dueDate.isValid())
        return check("dates-plausible", CheckOutcome::Failed,
                     Validator::tr("The due date \"%1\" is not a date.").arg(f.dueDate));
    if (dueDate < invoiceDate)
        return check("dates-plausible", CheckOutcome::Failed,
                     Validator::tr("The due date %1 is before the invoice date.").arg(f.dueDate));
    if (dueDate > invoiceDate.addYears(1))
        return check("dates-plausible", CheckOutcome::Failed,
                     Validator::tr("The due date %1 is more than a year after the invoice date.")
                         .arg(f.dueDate));
    return check("dates-plausible", CheckOutcome::Passed,
                 Validator::tr("The invoice and due dates are plausible."));
}

} // namespace

QString checkOutcomeToString(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return QStringLiteral("passed");
    case CheckOutcome::Failed:
        return QStringLiteral("failed");
    case CheckOutcome::NotApplicable:
        break;
    }
    return QStringLiteral("n/a");
}

CheckOutcome checkOutcomeFromString(const QString &text)
{
    if (text == QLatin1String("passed"))
        return CheckOutcome::Passed;
    if (text == QLatin1String("failed"))
        return CheckOutcome::Failed;
    return CheckOutcome::NotApplicable;
}

QJsonArray checksToJson(const QList<ValidationCheck> &checks)
{
    QJsonArray array;
    for (const ValidationCheck &c : checks)
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("result"), checkOutcomeToString(c.outcome)},
                                 {QStringLiteral("message"), c.message}});
    return array;
}

QList<ValidationCheck> checksFromJson(const QJsonArray &array)
{
    QList<ValidationCheck> checks;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        checks.append({o.value(QLatin1String("id")).toString(),
                       checkOutcomeFromString(o.value(QLatin1String("result")).toString()),
                       o.value(QLatin1String("message")).toString()});
    }
    return checks;
}

std::optional<CheckOutcome> ValidationReport::outcome(const QString &id) const
{
    for (const ValidationCheck &c : checks) {
        if (c.id == id)
            return c.outcome;
    }
    return std::nullopt;
}

std::optional<qint64> Validator::parseCents(const QString &amount)
{
    return parseFixed(amount, 2);
}

std::optional<qint64> Validator::parseQuantity(const QString &quantity)
{
    return parseFixed(quantity, 4);
}

std::optional<qint64> Validator::lineAmountCents(const QString &quantity, const QString &unitPrice)
{
    const auto q = parseFixed(quantity, 4);
    const auto p = parseFixed(unitPrice, 4);
    qint64 product = 0; // in units of 1e-8
    if (!q || !p || __builtin_mul_overflow(*q, *p, &product))
        return std::nullopt;
    // To cents (1e-6 of these units), half away from zero.
    constexpr qint64 Scale = QuantityScale * QuantityScale / 100;
    return product >= 0 ? (product + Scale / 2) / Scale : -((-product + Scale / 2) / Scale);
}

ValidationReport Validator::validate(const InvoiceFields &fields, double ocrConfidence, QDate today)
{
    ValidationReport report;
    report.checks = {totalPresent(fields), requiredFields(fields), subtotalPlusTax(fields),
                     linesSum(fields),     lineArithmetic(fields), datesPlausible(fields, today)};
    auto is = [&report](const char *id, CheckOutcome outcome) {
        return report.outcome(QLatin1String(id)) == outcome;
    };
    const bool hasItems = !fields.lineItems.isEmpty();
    report.verified = is("required-fields", CheckOutcome::Passed)
        && is("subtotal-plus-tax", CheckOutcome::Passed)
        && (!hasItems
            || (is("lines-sum", CheckOutcome::Passed)
                && is("line-arithmetic", CheckOutcome::Passed)));

    // The formula is documented in the header.
    const double c = std::clamp(ocrConfidence, 0.0, 100.0) / 100.0;
    const double read = 0.5 + c / 2;
    const bool conflict = is("subtotal-plus-tax", CheckOutcome::Failed);
    const bool reconciled = !conflict
        && (is("subtotal-plus-tax", CheckOutcome::Passed)
            || (is("lines-sum", CheckOutcome::Passed)
                && !is("line-arithmetic", CheckOutcome::Failed)));
    const bool datesOk = !is("dates-plausible", CheckOutcome::Failed);
    double sum = 0;
    int counted = 0;
    auto add = [&](const QString &value, double probability, bool optional) {
        if (optional && value.isEmpty())
            return;
        ++counted;
        sum += value.isEmpty() ? 0.0 : probability;
    };
    add(fields.vendor, read, false);
    add(fields.invoiceNumber, read, false);
    add(fields.currency, read, false);
    add(fields.invoiceDate, datesOk ? read : 0.0, false);
    add(fields.dueDate, datesOk ? read : 0.0, true);
    const double part = reconciled ? 1.0 : conflict ? 0.5 : read;
    add(fields.subtotal, part, true);
    add(fields.tax, part, true);
    add(fields.total, reconciled ? 1.0 : read, false);
    report.score = std::clamp(100.0 * sum / counted, 0.0, 100.0);
    return report;
}

} // namespace InvoiceDash
