#include "amountparser.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace InvoiceDash::Extract {

namespace {

// ISO 4217 codes we recognise as words, as a regex alternation. Kept short on purpose: a
// three-letter word on an invoice is far more often something else than an exotic currency.
const QString &codeAlternatives()
{
    static const QString codes = QStringLiteral(
        "USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|CNY|INR|SEK|NOK|DKK|PLN|CZK|HUF|SGD|HKD|ZAR|MXN|BRL");
    return codes;
}

bool isKnownCode(const QString &code)
{
    static const QStringList codes = codeAlternatives().split(u'|');
    return codes.contains(code);
}

// Spaces (also no-break and thin ones) and the Swiss apostrophe group thousands.
bool isGroupSeparator(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\''
        || c == QChar(0x2019);
}

// Currency markers that may surround an amount in normalizeAmount().
const QRegularExpression &markerPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:US|CA?|AU?|NZ|HK|S)?\$|[\x{20AC}\x{00A3}\x{00A5}\x{20B9}]|\bRs\.?|\b(?:)")
            + codeAlternatives() + QStringLiteral(R"()\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &moneyPattern()
{
    static const QString marker
        = QStringLiteral(
              R"((?:US|CA?|AU?|NZ|HK|S)?\$|[\x{20AC}\x{00A3}\x{00A5}\x{20B9}]|Rs\.?|(?:)")
        + codeAlternatives() + QStringLiteral(R"()(?![A-Za-z]))");
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.,\/-])(?:(?<pre>)") + marker
        + QStringLiteral(
            R"()[ \t]?)?(?<neg>[-\x{2212}])?)"
            R"((?<num>\d{1,3}(?:[,. '\x{00A0}\x{202F}\x{2009}\x{2019}]\d{3})+(?:[.,]\d{1,2})?)"
            R"(|\d+(?:[.,]\d{1,2})?))"
            R"((?![\d%]|[.,]\d|[ \t]?%))"
            R"((?:[ \t]?(?<post>)")
        + marker + QStringLiteral(R"())?)"));
    return re;
}

} // namespace

std::optional<QString> normalizeAmount(QStringView text)
{
    QString s = text.trimmed().toString();
    bool negative = false;
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = s.mid(1, s.size() - 2);
    }
    s.remove(markerPattern());
    s = s.trimmed();
    if (s.startsWith(u'-') || s.startsWith(QChar(0x2212))) {
        negative = !negative;
        s = s.mid(1).trimmed();
    } else if (s.endsWith(u'-')) {
        negative = !negative;
        s.chop(1);
        s = s.trimmed();
    }
    if (s.isEmpty() || !s.front().isDigit() || !s.back().isDigit())
        return std::nullopt;
    for (const QChar c : std::as_const(s)) {
        if (!c.isDigit() && c != u'.' && c != u',' && !isGroupSeparator(c))
            return std::nullopt;
    }

    // The last '.' or ',' followed by 1-2 digits (and nothing else) is the decimal mark.
    QString integerPart = s;
    QString decimals;
    const qsizetype lastSep = std::max(s.lastIndexOf(u'.'), s.lastIndexOf(u','));
    if (lastSep >= 0) {
        const QString tail = s.mid(lastSep + 1);
        if (tail.size() <= 2) {
            decimals = tail;
            integerPart = s.left(lastSep).trimmed();
        } else if (tail.size() != 3) {
            return std::nullopt; // "1.2345": neither decimals nor a thousands group
        }
    }
    if (integerPart.isEmpty())
        return std::nullopt;

    // What is left may use '.', ',' or spaces as thousands separators, in groups of three.
    QStringList groups;
    QString current;
    for (const QChar c : std::as_const(integerPart)) {
        if (c.isDigit()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            groups.append(current);
            current.clear();
        } else {
            return std::nullopt; // two separators in a row
        }
    }
    groups.append(current);
    // Groups of three; Indian lakh grouping (12,34,567) has pairs before the last group.
    if (groups.size() > 1) {
        if (groups.front().size() > 3 || groups.back().size() != 3)
            return std::nullopt;
        for (qsizetype i = 1; i + 1 < groups.size(); ++i) {
            if (groups.at(i).size() != 3 && groups.at(i).size() != 2)
                return std::nullopt;
        }
    }
    QString digits = groups.join(QString());
    while (digits.size() > 1 && digits.front() == u'0')
        digits.remove(0, 1);
    while (decimals.size() < 2)
        decimals.append(u'0');
    if (digits == u"0" && decimals == u"00")
        negative = false;
    return (negative ? QStringLiteral("-") : QString()) + digits + u'.' + decimals;
}

QString currencyFromSymbol(QStringView symbolOrCode)
{
    const QString s = symbolOrCode.trimmed().toString();
    if (s.isEmpty())
        return {};
    const QString upper = s.toUpper();
    if (upper == u"$" || upper == u"US$")
        return QStringLiteral("USD");
    if (upper == u"C$" || upper == u"CA$")
        return QStringLiteral("CAD");
    if (upper == u"A$" || upper == u"AU$")
        return QStringLiteral("AUD");
    if (upper == u"NZ$")
        return QStringLiteral("NZD");
    if (upper == u"HK$")
        return QStringLiteral("HKD");
    if (upper == u"S$")
        return QStringLiteral("SGD");
    if (s == QStringView(u"\u20AC") || upper == u"EURO" || upper == u"EUROS")
        return QStringLiteral("EUR");
    if (s == QStringView(u"\u00A3"))
        return QStringLiteral("GBP");
    if (s == QStringView(u"\u20B9") || upper == u"RS" || upper == u"RS.")
        return QStringLiteral("INR");
    if (s == QStringView(u"\u00A5"))
        return QStringLiteral("JPY");
    if (isKnownCode(upper))
        return upper;
    return {};
}

QList<MoneyMatch> findMoney(QStringView text)
{
    QList<MoneyMatch> result;
    QRegularExpressionMatchIterator it = moneyPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto value = normalizeAmount(m.capturedView(u"num"));
        if (!value)
            continue;
        MoneyMatch money;
        money.value = m.hasCaptured(u"neg") ? QStringLiteral("-") + *value : *value;
        QStringView marker = m.capturedView(u"pre");
        if (marker.isEmpty())
            marker = m.capturedView(u"post");
        money.currency = currencyFromSymbol(marker);
        const QStringView num = m.capturedView(u"num");
        money.hasDecimals = num.size() > 2
            && (num.at(num.size() - 2) == u'.' || num.at(num.size() - 2) == u','
                || num.at(num.size() - 3) == u'.' || num.at(num.size() - 3) == u',');
        money.start = m.capturedStart();
        money.end = m.capturedEnd();
        result.append(money);
    }
    return result;
}

QString detectCurrency(QStringView text)
{
    // Weighted votes in order of first appearance (ties go to the earlier currency).
    QList<std::pair<QString, int>> votes;
    const auto vote = [&votes](const QString &code, int weight) {
        if (code.isEmpty())
            return;
        for (auto &entry : votes) {
            if (entry.first == code) {
                entry.second += weight;
                return;
            }
        }
        votes.append({code, weight});
    };

    static const QRegularExpression notePattern(
        QStringLiteral(R"(\b(?:amounts?|prices?|figures|currency|w[äa]hrung|devise)\b[^\n]{0,24}?)"
                       R"(\b(?<a>)")
            + codeAlternatives() + QStringLiteral(R"()\b|\(\s*(?<b>)") + codeAlternatives()
            + QStringLiteral(R"(|[$\x{20AC}\x{00A3}\x{00A5}\x{20B9}])\s*\))"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator notes = notePattern.globalMatch(text);
    while (notes.hasNext()) {
        const QRegularExpressionMatch m = notes.next();
        vote(currencyFromSymbol(m.hasCaptured(u"a") ? m.capturedView(u"a") : m.capturedView(u"b")),
             5);
    }

    // A symbol before a long bare number ("$132415345", an OCR'd code or reference) is
    // weak evidence; an amount with cents or thousands separators is strong.
    const QList<MoneyMatch> money = findMoney(text);
    for (const MoneyMatch &match : money) {
        const qsizetype digits = std::count_if(match.value.cbegin(), match.value.cend(),
                                               [](QChar c) { return c.isDigit(); });
        vote(match.currency, match.hasDecimals || digits <= 8 ? 2 : 1);
    }

    static const QRegularExpression loosePattern(
        QStringLiteral(R"(\b(?:)") + codeAlternatives()
        + QStringLiteral(
            R"()\b|(?:(?<![A-Za-z])(?:US|CA?|AU?|NZ|HK|S))?\$|[\x{20AC}\x{00A3}\x{00A5}\x{20B9}])"
            R"(|\bRs\.?(?=\s?[-\x{2212}]?\d))"));
    QRegularExpressionMatchIterator loose = loosePattern.globalMatch(text);
    while (loose.hasNext())
        vote(currencyFromSymbol(loose.next().capturedView()), 1);

    // "$" alone is ambiguous: when the page names another dollar currency, it is that one.
    QString otherDollar;
    int otherDollarVotes = 0;
    for (const auto &[code, weight] : std::as_const(votes)) {
        const bool dollar = code == u"CAD" || code == u"AUD" || code == u"NZD" || code == u"HKD"
            || code == u"SGD";
        if (dollar && weight > otherDollarVotes) {
            otherDollar = code;
            otherDollarVotes = weight;
        }
    }
    if (!otherDollar.isEmpty() && !text.contains(u"US$") && !text.contains(u"USD")) {
        int dollarVotes = 0;
        for (auto &entry : votes) {
            if (entry.first == u"USD")
                std::swap(dollarVotes, entry.second);
        }
        vote(otherDollar, dollarVotes);
    }

    QString best;
    int bestWeight = 0;
    for (const auto &[code, weight] : std::as_const(votes)) {
        if (weight > bestWeight) {
            best = code;
            bestWeight = weight;
        }
    }
    return best;
}

QString fixOcrDigits(const QString &text)
{
    QString out = text;
    qsizetype i = 0;
    while (i < out.size()) {
        if (out.at(i) != u'O' && out.at(i) != u'o') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < out.size() && (out.at(end) == u'O' || out.at(end) == u'o'))
            ++end;
        const QChar before = i > 0 ? out.at(i - 1) : QChar(u' ');
        const QChar after = end < out.size() ? out.at(end) : QChar(u' ');
        // "25,OO" / "O5.O3": a separator next to the run counts when a digit is behind it.
        const auto isSeparator
            = [](QChar c) { return c == u'.' || c == u',' || c == u'/' || c == u'-' || c == u':'; };
        const bool digitBefore
            = before.isDigit() || (isSeparator(before) && i > 1 && out.at(i - 2).isDigit());
        const bool digitAfter = after.isDigit()
            || (isSeparator(after) && end + 1 < out.size() && out.at(end + 1).isDigit());
        const bool digitNext = digitBefore || digitAfter;
        const bool letterNext = before.isLetter() || after.isLetter();
        if (digitNext && !letterNext) {
            for (qsizetype k = i; k < end; ++k)
                out[k] = u'0';
        }
        i = end;
    }
    return out;
}

QString joinSplitAmounts(const QString &line)
{
    // A '.' or ',' between two digits with a space on at least one side of it.
    static const QRegularExpression gap(QStringLiteral(R"((?<=\d)(?: [.,] ?|[.,] )(?=\d))"));
    static const QRegularExpression rightPart(
        QStringLiteral(R"(\G(?:\d{2}(?![\d.,/:-])|\d{3}[.,]\d{2}(?![\d.,/:-])))"));
    const auto isNumberPart = [](QChar c) { return c.isDigit() || c == u'.' || c == u','; };

    QString out = line;
    qsizetype from = 0;
    QRegularExpressionMatch m;
    while ((m = gap.match(out, from)).hasMatch()) {
        const qsizetype gapStart = m.capturedStart();
        const qsizetype gapEnd = m.capturedEnd();
        from = gapEnd;
        // The left number: digits and separators back to a space, symbol or line start;
        // a number glued to a lower-case word ("Cat6") is not an amount.
        qsizetype left = gapStart;
        while (left > 0 && isNumberPart(out.at(left - 1)))
            --left;
        if (left > 0 && (out.at(left - 1).isLower() || out.at(left - 1) == u'-'))
            continue;
        const QRegularExpressionMatch right = rightPart.match(out, gapEnd);
        if (!right.hasMatch())
            continue;
        const QString separator = m.captured().trimmed();
        const QString joined = out.mid(left, gapStart - left) + separator + right.captured();
        if (!normalizeAmount(joined))
            continue;
        out.replace(gapStart, gapEnd - gapStart, separator);
        from = gapStart + 1;
    }
    return out;
}

bool isMoneyValue(const MoneyMatch &m, QStringView text)
{
    static const QRegularExpression year(QStringLiteral(R"(^(?:19|20)\d\d\.00$)"));
    static const QRegularExpression currencyBefore(
        QStringLiteral(R"((?:[$\x{20AC}\x{00A3}\x{00A5}\x{20B9}]|\bRs\.?|\b[A-Z]{3})\s*$)"));
    if (!m.hasDecimals && year.match(m.value).hasMatch())
        return !text.at(m.start).isDigit() || currencyBefore.match(text.left(m.start)).hasMatch();
    return m.hasDecimals || !m.currency.isEmpty();
}

std::optional<QString> firstMoneyValue(QStringView text)
{
    const QList<MoneyMatch> matches = findMoney(text);
    for (const MoneyMatch &m : matches) {
        if (isMoneyValue(m, text))
            return m.value;
    }
    return std::nullopt;
}

} // namespace InvoiceDash::Extract
