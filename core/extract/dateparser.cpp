#include "dateparser.h"

#include <QHash>
#include <QRegularExpression>

namespace InvoiceDash::Extract {

namespace {

// One pattern for every supported form; the named groups tell which one matched.
// Parts are validated afterwards (month names, ranges, calendar).
const QRegularExpression &datePattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![\w.\/-])(?:)"
            // 2024-03-05, 2024/03/05, 2024.03.05
            R"((?<iy>\d{4})(?<is>[-.\/])(?<im>\d{1,2})\k<is>(?<id>\d{1,2}))"
            // 03/05/2024, 05.03.2024, 05-03-24
            R"(|(?<na>\d{1,2})(?<ns>[-.\/])(?<nb>\d{1,2})\k<ns>(?<ny>\d{4}|\d{2}))"
            // March 5, 2024 / Mar. 5th 2024
            R"(|(?<mn>\p{L}{3,9})\.?[ \t]*(?<md>\d{1,2})(?:st|nd|rd|th)?[ \t]*,?[ \t]*(?<my>\d{4}))"
            // 5 March 2024 / 05-Mar-2024 / 5. März 2024 / 5 Mar 24
            R"(|(?<dd>\d{1,2})(?:st|nd|rd|th)?\.?(?:[ \t]*|-)(?<dm>\p{L}{3,9})\.?(?:[ \t]*|-|,[ \t]*)(?<dy>\d{4}|\d{2}))"
            R"()(?!\w|[.\/-]\d))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

int monthFromName(QStringView name)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *const names[][12] = {
            // English, full and short
            {"january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"},
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
            // German
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
             "oktober", "november", "dezember"},
            {"jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
            // French
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"},
            {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov",
             "déc"},
            // Dutch
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"},
            {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
            // Spanish
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"},
            // Italian
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"},
            // Spellings without diacritics
            {"jaenner", "fevrier", "maerz", "avr", "mai", "juin", "juil", "aout", "sep", "oct",
             "nov", "decembre"},
        };
        for (const auto &row : names) {
            for (int i = 0; i < 12; ++i)
                m.insert(QString::fromUtf8(row[i]), i + 1);
        }
        return m;
    }();
    return months.value(name.toString().toLower(), 0);
}

int expandYear(int year, qsizetype digits)
{
    if (digits == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

std::optional<QDate> makeDate(int year, int month, int day)
{
    if (year < 1900 || year > 2099)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

int part(const QRegularExpressionMatch &m, QStringView name)
{
    return m.capturedView(name).toInt();
}

// Order of a numeric date a/b/y: a part > 12 decides, dots mean day first (05.03.2024),
// otherwise the caller's hint.
bool numericDayFirst(int a, int b, QStringView separator, bool dayFirst)
{
    if (a > 12)
        return true;
    if (b > 12)
        return false;
    if (separator == u".")
        return true;
    return dayFirst;
}

std::optional<QDate> dateFromMatch(const QRegularExpressionMatch &m, bool dayFirst)
{
    if (m.hasCaptured(u"iy"))
        return makeDate(part(m, u"iy"), part(m, u"im"), part(m, u"id"));
    if (m.hasCaptured(u"na")) {
        const int a = part(m, u"na");
        const int b = part(m, u"nb");
        const int year = expandYear(part(m, u"ny"), m.capturedLength(u"ny"));
        const bool df = numericDayFirst(a, b, m.capturedView(u"ns"), dayFirst);
        return df ? makeDate(year, b, a) : makeDate(year, a, b);
    }
    if (m.hasCaptured(u"mn")) {
        const int month = monthFromName(m.capturedView(u"mn"));
        if (month == 0)
            return std::nullopt;
        return makeDate(part(m, u"my"), month, part(m, u"md"));
    }
    if (m.hasCaptured(u"dd")) {
        const int month = monthFromName(m.capturedView(u"dm"));
        if (month == 0)
            return std::nullopt;
        const int year = expandYear(part(m, u"dy"), m.capturedLength(u"dy"));
        return makeDate(year, month, part(m, u"dd"));
    }
    return std::nullopt;
}

bool isLeadingNoise(QChar c)
{
    return c.isSpace() || c == u':' || c == u'.' || c == u'#' || c == u'|' || c == u'=' || c == u'-'
        || c == u',' || c == u';' || c == u'(';
}

} // namespace

QList<DateMatch> findDates(QStringView text, bool dayFirst)
{
    QList<DateMatch> result;
    qsizetype offset = 0;
    while (offset < text.size()) {
        const QRegularExpressionMatch m = datePattern().match(text, offset);
        if (!m.hasMatch())
            break;
        if (const auto date = dateFromMatch(m, dayFirst)) {
            result.append(DateMatch{*date, m.capturedStart(), m.capturedLength()});
            offset = m.capturedEnd();
        } else {
            // A rejected match (e.g. "Invoice 12, 2024") may hide a real date inside it.
            offset = m.capturedStart() + 1;
        }
    }
    return result;
}

std::optional<QDate> dateAtStart(QStringView text, bool dayFirst)
{
    qsizetype start = 0;
    while (start < text.size() && isLeadingNoise(text.at(start)))
        ++start;
    const QStringView rest = text.mid(start);
    const QRegularExpressionMatch m = datePattern().match(
        rest, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return std::nullopt;
    return dateFromMatch(m, dayFirst);
}

std::optional<QDate> parseWholeDate(QStringView text, bool dayFirst)
{
    QStringView view = text.trimmed();
    while (!view.isEmpty() && (view.back() == u'.' || view.back() == u',' || view.back() == u';'))
        view.chop(1);
    if (view.isEmpty())
        return std::nullopt;
    const QRegularExpressionMatch m = datePattern().match(
        view, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch() || m.capturedLength() != view.size())
        return std::nullopt;
    return dateFromMatch(m, dayFirst);
}

std::optional<bool> inferDayFirst(QStringView text)
{
    bool sawDayFirst = false;
    bool sawMonthFirst = false;
    qsizetype offset = 0;
    while (offset < text.size()) {
        const QRegularExpressionMatch m = datePattern().match(text, offset);
        if (!m.hasMatch())
            break;
        offset = m.capturedStart() + 1;
        if (!m.hasCaptured(u"na") || m.capturedView(u"ns") == u".")
            continue;
        const int a = part(m, u"na");
        const int b = part(m, u"nb");
        if (a > 12 && a <= 31 && b >= 1 && b <= 12)
            sawDayFirst = true;
        else if (b > 12 && b <= 31 && a >= 1 && a <= 12)
            sawMonthFirst = true;
    }
    if (sawDayFirst == sawMonthFirst)
        return std::nullopt;
    return sawDayFirst;
}

} // namespace InvoiceDash::Extract
