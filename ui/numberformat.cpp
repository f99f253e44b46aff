#include "numberformat.h"

#include <QLocale>

#include <cmath>

namespace InvoiceDash::NumberFormat {

namespace {

QString fixed(double value, int decimals)
{
    // QLocale::c() has no group separator and uses '.' for decimals.
    const QLocale c = QLocale::c();
    QString text = c.toString(value, 'f', decimals);
    if (text.startsWith(QLatin1Char('-'))) {
        // "-0.00" reads as a bug; a value that rounds to zero has no sign.
        bool onlyZeros = true;
        for (qsizetype i = 1; i < text.size(); ++i) {
            const QChar ch = text.at(i);
            if (ch != QLatin1Char('0') && ch != QLatin1Char('.')) {
                onlyZeros = false;
                break;
            }
        }
        if (onlyZeros)
            text.remove(0, 1);
    }
    return text;
}

} // namespace

QString metric(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("\u2013");
    if (value == 0.0)
        return QStringLiteral("0");

    if (std::abs(value) < 1.0)
        return fixed(value, 2);
    if (std::abs(value) < 100.0)
        return fixed(value, 1);
    return fixed(std::round(value), 0);
}

QString count(qint64 value)
{
    return QString::number(value);
}

} // namespace InvoiceDash::NumberFormat
