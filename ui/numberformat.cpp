#include "numberformat.h"

#include <QLocale>

#include <cmath>

namespace InvoiceDash::NumberFormat {

namespace {

QString fixed(double value, int decimals)
{
    // The interface language's decimal point, never a group separator.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    // "-0.00" reads as a bug; a value that rounds to zero has no sign.
    const double scale = std::pow(10.0, decimals);
    if (std::round(std::abs(value) * scale) == 0.0)
        value = 0.0;
    return locale.toString(value, 'f', decimals);
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
    return QString::number(value); // digits only, in every language
}

} // namespace InvoiceDash::NumberFormat
