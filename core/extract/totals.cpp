#include "totals.h"

#include "amountparser.h"

#include <QList>

#include <algorithm>

namespace InvoiceDash::Extract {

namespace {

// Lines that are one amount with decimals and nothing else but punctuation.
QStringList standaloneAmounts(const QStringList &lines)
{
    QStringList amounts;
    for (const QString &line : lines) {
        const QList<MoneyMatch> money = findMoney(line);
        if (money.size() != 1 || !money.front().hasDecimals)
            continue;
        const QStringView rest = QStringView(line).left(money.front().start).trimmed();
        const QStringView tail = QStringView(line).mid(money.front().end).trimmed();
        const auto isPunct = [](QStringView s) {
            return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isPunct(); });
        };
        if (isPunct(rest) && isPunct(tail) && !money.front().value.startsWith(u'-'))
            amounts.append(money.front().value);
    }
    return amounts;
}

bool addsUp(const Totals &t)
{
    return !t.subtotal.isEmpty() && !t.tax.isEmpty() && !t.total.isEmpty()
        && amountCents(t.subtotal) + amountCents(t.tax) == amountCents(t.total);
}

} // namespace

qint64 amountCents(const QString &amount)
{
    QString digits = amount;
    digits.remove(u'.');
    return digits.toLongLong();
}

Totals completeTotals(const QStringList &lines, const Totals &labelled)
{
    if (addsUp(labelled))
        return labelled;
    const QStringList amounts = standaloneAmounts(lines);
    QList<qint64> cents;
    for (const QString &amount : amounts)
        cents.append(amountCents(amount));

    for (qsizetype i = 0; i + 2 < amounts.size(); ++i) {
        if (cents.at(i + 1) > 0 && cents.at(i + 1) < cents.at(i)
            && cents.at(i) + cents.at(i + 1) == cents.at(i + 2))
            return Totals{amounts.at(i), amounts.at(i + 1), amounts.at(i + 2)};
    }

    Totals out = labelled;
    if (!out.subtotal.isEmpty() && out.tax.isEmpty() && out.total.isEmpty()) {
        const qint64 subtotal = amountCents(out.subtotal);
        for (qsizetype i = 0; i < amounts.size() && out.tax.isEmpty(); ++i) {
            for (qsizetype j = 0; j < amounts.size(); ++j) {
                if (i != j && cents.at(i) > 0 && cents.at(i) < subtotal
                    && subtotal + cents.at(i) == cents.at(j)) {
                    out.tax = amounts.at(i);
                    out.total = amounts.at(j);
                    break;
                }
            }
        }
    } else if (!out.subtotal.isEmpty() && !out.tax.isEmpty() && out.total.isEmpty()) {
        const qint64 sum = amountCents(out.subtotal) + amountCents(out.tax);
        const qsizetype k = cents.indexOf(sum);
        if (k >= 0)
            out.total = amounts.at(k);
    }
    return out;
}

Totals repairOneDigit(const Totals &read)
{
    if (read.subtotal.isEmpty() || read.tax.isEmpty() || read.total.isEmpty() || addsUp(read))
        return read;
    const auto oneDigitOff = [](const QString &a, const QString &b) {
        if (a.size() != b.size())
            return false;
        int differences = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            differences += a.at(i) != b.at(i) ? 1 : 0;
        return differences == 1;
    };
    const auto format = [](qint64 cents) {
        if (cents < 0)
            return QString();
        return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0'));
    };
    const qint64 subtotal = amountCents(read.subtotal);
    const qint64 tax = amountCents(read.tax);
    const qint64 total = amountCents(read.total);
    const QString total2 = format(subtotal + tax);
    const QString tax2 = format(total - subtotal);
    const QString subtotal2 = format(total - tax);
    const bool fixTotal = oneDigitOff(read.total, total2);
    const bool fixTax = oneDigitOff(read.tax, tax2);
    const bool fixSubtotal = oneDigitOff(read.subtotal, subtotal2);
    if (int(fixTotal) + int(fixTax) + int(fixSubtotal) != 1)
        return read;
    return Totals{fixSubtotal ? subtotal2 : read.subtotal, fixTax ? tax2 : read.tax,
                  fixTotal ? total2 : read.total};
}

} // namespace InvoiceDash::Extract
