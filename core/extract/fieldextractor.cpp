#include "fieldextractor.h"

#include "amountparser.h"
#include "common/logging.h"
#include "dateparser.h"
#include "labels.h"
#include "layoutfields.h"
#include "layoutlabels.h"
#include "lineitemextractor.h"
#include "totals.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace InvoiceDash {

namespace {

using namespace Extract;

// --- Values --------------------------------------------------------------------------------

bool isNoise(QChar c)
{
    return c.isSpace() || c == u':' || c == u'.' || c == u'#' || c == u'=' || c == u'-' || c == u'_'
        || c == u',' || c == u';';
}

bool isNumberChar(QChar c)
{
    return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'/' || c == u'-' || c == u'.'
        || c == u'_';
}

// A plausible invoice number: has a digit and is neither a date nor an amount.
bool isInvoiceNumber(const QString &token, qsizetype minLength)
{
    static const QRegularExpression amountLike(
        QStringLiteral(R"(^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$)"));
    if (token.size() < minLength || token.size() > 32)
        return false;
    if (!std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    if (parseWholeDate(token, true) || parseWholeDate(token, false))
        return false;
    return !amountLike.match(token).hasMatch();
}

// Where the invoice number token that starts at `from` ends. OCR splits numbers at their
// hyphens and slashes ("INV - 2024-1863", "F2024- 48203"): a part after a spaced '-' or '/'
// still belongs to the number when it has a digit and is not a date of its own.
qsizetype numberTokenEnd(QStringView text, qsizetype from)
{
    static const QRegularExpression spacedJoint(QStringLiteral(R"(\G(?: [-/] ?|[-/] ))"));
    qsizetype end = from;
    while (end < text.size() && isNumberChar(text.at(end)))
        ++end;
    while (end > from) {
        const bool openJoint = text.at(end - 1) == u'-' || text.at(end - 1) == u'/';
        qsizetype next = end;
        if (openJoint && next < text.size() && text.at(next) == u' ')
            ++next;
        else if (const auto m = spacedJoint.match(text, end); m.hasMatch())
            next = m.capturedEnd();
        else
            break;
        qsizetype partEnd = next;
        while (partEnd < text.size() && isNumberChar(text.at(partEnd)))
            ++partEnd;
        const QStringView part = text.mid(next, partEnd - next);
        if (part.isEmpty() || !part.front().isLetterOrNumber()
            || std::none_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); })
            || parseWholeDate(part, true) || parseWholeDate(part, false))
            break;
        end = partEnd;
    }
    return end;
}

// `token` without the spaces numberTokenEnd() let into it.
QString withoutSpaces(QStringView token)
{
    QString out = token.toString();
    out.remove(u' ');
    return out;
}

// The invoice-number-like token that starts `text` (after ':', '#', spaces...).
std::optional<QString> numberAtStart(QStringView text, qsizetype minLength)
{
    qsizetype i = 0;
    while (i < text.size() && isNoise(text.at(i)))
        ++i;
    const qsizetype end = numberTokenEnd(text, i);
    QString token = withoutSpaces(text.mid(i, end - i));
    while (!token.isEmpty()
           && (token.back() == u'.' || token.back() == u'-' || token.back() == u'/'))
        token.chop(1);
    if (!isInvoiceNumber(token, minLength))
        return std::nullopt;
    return token;
}

// The last money value after a total label, up to the next amount label: a totals row of a
// table reads "Total  net  tax  gross", the total is its rightmost amount.
std::optional<QString> lastMoneyIn(QStringView text)
{
    qsizetype end = text.size();
    const QString rest = text.toString();
    for (const LabelSpec *spec : {&subtotalSpec(), &taxSpec(), &totalSpec()}) {
        const QList<LabelHit> hits = findLabels(*spec, rest);
        if (!hits.isEmpty())
            end = std::min(end, hits.front().start);
    }
    std::optional<QString> last;
    for (const MoneyMatch &m : findMoney(text.left(end))) {
        if (isMoneyValue(m, text))
            last = m.value;
    }
    return last;
}

// --- Candidates ----------------------------------------------------------------------------

struct Best
{
    QString value;
    int score = -1;
    int order = 0;

    void offer(const QString &candidate, int candidateScore, int candidateOrder)
    {
        if (candidateScore > score || (candidateScore == score && candidateOrder < order)) {
            value = candidate;
            score = candidateScore;
            order = candidateOrder;
        }
    }
};

constexpr int kLookAhead = 3; // lines searched below a label that has no value of its own

// For every label of `spec`: the value right after it, else the first value starting one of
// the next lines (label-above-value layouts). `parse` reads a value at the start of a text.
void collectLabelled(const QStringList &lines, const LabelSpec &spec,
                     const std::function<std::optional<QString>(QStringView, bool)> &parse,
                     const std::function<int(const QString &line, const LabelHit &)> &score,
                     Best &best)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        for (const LabelHit &hit : findLabels(spec, line)) {
            const int s = score(line, hit);
            if (s < 0)
                continue;
            const int order = int(i * 1000 + hit.start);
            if (const auto value = parse(QStringView(line).mid(hit.end), false)) {
                best.offer(*value, s, order);
                continue;
            }
            for (qsizetype k = i + 1; k < lines.size() && k <= i + kLookAhead; ++k) {
                if (startsLabelBlock(lines.at(k)))
                    break;
                if (const auto value = parse(lines.at(k), true)) {
                    best.offer(*value, s - 1, order);
                    break;
                }
            }
        }
    }
}

// --- Label row above a value row ("Invoice No  Issue Date  Due Date" / "123  ...") ---------

enum class Kind { Number, Date, Due, Other };

struct Phrase
{
    QStringList words;
    Kind kind;
    int score;
};

const QList<Phrase> &headerPhrases()
{
    static const QList<Phrase> phrases = [] {
        QList<Phrase> list;
        const auto add = [&list](const char *text, Kind kind, int score) {
            list.append(Phrase{QString::fromUtf8(text).split(u' '), kind, score});
        };
        for (const char *p :
             {"invoice no", "invoice number", "invoice #", "invoice nr", "invoice", "inv no",
              "invoice id", "rechnungsnummer", "rechnung nr", "facture n°", "n° de facture",
              "factuur", "factuurnummer", "factuur nr", "factura", "fattura"})
            add(p, Kind::Number, 29);
        for (const char *p : {"number", "no", "nr", "nummer"})
            add(p, Kind::Number, 19);
        for (const char *p : {"invoice date", "date of issue", "issue date", "billing date",
                              "rechnungsdatum", "date de facture", "factuurdatum", "factuur datum",
                              "fecha de factura", "data fattura"})
            add(p, Kind::Date, 29);
        for (const char *p : {"date", "dated", "datum", "fecha", "data"})
            add(p, Kind::Date, 24);
        for (const char *p :
             {"due date", "payment due", "due", "pay by", "date due", "fällig am", "échéance",
              "fälligkeitsdatum", "zahlbar bis", "vervaldatum", "vencimiento", "scadenza"})
            add(p, Kind::Due, 29);
        for (const char *p : {"po number",    "po no",       "po",          "order no",
                              "order number", "customer id", "customer no", "customer number",
                              "account no",   "reference",   "ref",         "terms",
                              "page",         "currency",    "customer",    "vat no",
                              "order",        "klant",       "klantnummer", "ordernummer",
                              "kundennummer", "kundennr",    "cliente",     "booking id",
                              "payment mode"})
            add(p, Kind::Other, 0);
        return list;
    }();
    return phrases;
}

QString headerWord(QString word)
{
    word = word.toLower();
    while (word.size() > 1 && (word.back() == u':' || word.back() == u'.'))
        word.chop(1);
    return word;
}

// All ways to read `words` as a sequence of header phrases (capped).
void segmentHeader(const QStringList &words, qsizetype from, QList<int> &current,
                   QList<QList<int>> &out)
{
    if (out.size() >= 64)
        return;
    if (from == words.size()) {
        out.append(current);
        return;
    }
    const QList<Phrase> &phrases = headerPhrases();
    for (int p = 0; p < phrases.size(); ++p) {
        const QStringList &pw = phrases.at(p).words;
        if (from + pw.size() > words.size())
            continue;
        bool same = true;
        for (qsizetype k = 0; k < pw.size() && same; ++k)
            same = words.at(from + k) == pw.at(k);
        if (!same)
            continue;
        current.append(p);
        segmentHeader(words, from + pw.size(), current, out);
        current.removeLast();
    }
}

// Values of a row: dates ("13 November 2024") count as one value, other words as one each.
QStringList rowValues(const QString &row, bool dayFirst)
{
    const QList<DateMatch> dates = findDates(row, dayFirst);
    QStringList values;
    qsizetype i = 0;
    qsizetype nextDate = 0;
    while (i < row.size()) {
        if (row.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (nextDate < dates.size() && dates.at(nextDate).start == i) {
            values.append(row.mid(i, dates.at(nextDate).length));
            i += dates.at(nextDate).length;
            ++nextDate;
            continue;
        }
        qsizetype end = std::max(numberTokenEnd(row, i), i + 1);
        while (end < row.size() && !row.at(end).isSpace())
            ++end;
        values.append(withoutSpaces(QStringView(row).mid(i, end - i)));
        while (nextDate < dates.size() && dates.at(nextDate).start < end)
            ++nextDate;
        i = end;
    }
    return values;
}

void collectHeaderRows(const QStringList &lines, bool dayFirst, Best &number, Best &date, Best &due)
{
    const QList<Phrase> &phrases = headerPhrases();
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QStringList words = lines.at(i).split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2 || words.size() > 16)
            continue;
        for (QString &word : words)
            word = headerWord(word);
        QList<QList<int>> segmentations;
        QList<int> current;
        segmentHeader(words, 0, current, segmentations);
        const QStringList values = rowValues(lines.at(i + 1), dayFirst);

        const QList<int> *chosen = nullptr;
        int chosenRank = -1;
        for (const QList<int> &seg : std::as_const(segmentations)) {
            if (seg.size() < 2 || seg.size() > values.size())
                continue;
            bool fits = true;
            bool useful = false;
            for (qsizetype k = 0; k < seg.size() && fits; ++k) {
                const Kind kind = phrases.at(seg.at(k)).kind;
                if (kind == Kind::Number)
                    fits = isInvoiceNumber(
                        values.at(k).startsWith(u'#') ? values.at(k).mid(1) : values.at(k), 1);
                else if (kind == Kind::Date || kind == Kind::Due)
                    fits = parseWholeDate(values.at(k), dayFirst).has_value();
                useful = useful || kind != Kind::Other;
            }
            const int rank = int((seg.size() == values.size() ? 100 : 0) + seg.size());
            if (fits && useful && rank > chosenRank) {
                chosen = &seg;
                chosenRank = rank;
            }
        }
        if (!chosen)
            continue;
        for (qsizetype k = 0; k < chosen->size(); ++k) {
            const Phrase &phrase = phrases.at(chosen->at(k));
            const QString &value = values.at(k);
            const int order = int(i * 1000 + k);
            if (phrase.kind == Kind::Number)
                number.offer(value.startsWith(u'#') ? value.mid(1) : value, phrase.score, order);
            else if (phrase.kind == Kind::Date)
                date.offer(parseWholeDate(value, dayFirst)->toString(Qt::ISODate), phrase.score,
                           order);
            else if (phrase.kind == Kind::Due)
                due.offer(parseWholeDate(value, dayFirst)->toString(Qt::ISODate), phrase.score,
                          order);
        }
    }
}

// --- Amounts -------------------------------------------------------------------------------

// Every labelled amount of `spec`, top to bottom. A label with no amount on its line may
// have it alone on the next line.
QStringList labelledAmounts(const QStringList &lines, const LabelSpec &spec, bool rightmost = false)
{
    QStringList amounts;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        for (const LabelHit &hit : findLabels(spec, line)) {
            const QStringView rest = QStringView(line).mid(hit.end);
            if (const auto value = rightmost ? lastMoneyIn(rest) : firstMoneyValue(rest)) {
                amounts.append(*value);
                break;
            }
            const bool restIsEmpty = rest.size() <= 8
                && std::none_of(rest.begin(), rest.end(), [](QChar c) { return c.isDigit(); });
            if (restIsEmpty && i + 1 < lines.size()) {
                if (const auto value = normalizeAmount(lines.at(i + 1))) {
                    amounts.append(*value);
                    break;
                }
            }
        }
    }
    return amounts;
}

// --- Vendor --------------------------------------------------------------------------------

QString stripTitle(const QString &line)
{
    static const QRegularExpression title = labelPattern(QStringLiteral(
        R"((?:^|\s+)(?:(?:tax\s+|commercial\s+|pro[\s-]?forma\s+)?invoice|rechnung|facture)\s*$)"));
    QString out = line;
    out.remove(title);
    return out.trimmed();
}

QString findVendor(const QStringList &lines)
{
    const QRegularExpression &legalSuffix = legalSuffixRe();
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 4); ++i) {
        const QString name = stripTitle(lines.at(i));
        const qsizetype letters
            = std::count_if(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); });
        if (letters < 2 || name.contains(u'@') || name.front().isDigit() || name.front() == u'+'
            || startsLabelBlock(name))
            continue;
        // A sidebar wraps "Silverline" / "Catering Ltd" over two lines.
        if (i + 1 < lines.size() && !legalSuffix.match(name).hasMatch()) {
            const QString next = stripTitle(lines.at(i + 1));
            if (next.count(u' ') <= 4 && legalSuffix.match(next).hasMatch()
                && std::none_of(next.cbegin(), next.cend(), [](QChar c) { return c.isDigit(); }))
                return name + u' ' + next;
        }
        return name;
    }
    return {};
}

QStringList prepareLines(const QString &ocrText)
{
    const QString fixed = fixOcrDigits(ocrText);
    QStringList lines;
    for (QString line : fixed.split(u'\n')) {
        line.replace(u'|', u' ').replace(QChar(0x00A6), u' ');
        line = joinSplitAmounts(line.simplified());
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

// OCR puts a label and its value in different blocks ("Payment Due:" in one column,
// "25 November 2022" beside it), and then the text path finds no value or the next block's.
// A value paired by position (right of a label-only segment, else below it) wins for the
// invoice number and the dates; it only fills a missing total.
void fillFromLayout(InvoiceFields &fields, const QString &ocrText, const QList<PageWords> &pages)
{
    const bool dayFirst = inferDayFirst(ocrText).value_or(fields.currency != u"USD");
    const auto fill
        = [&pages](QString &field, const LabelSpec &spec, const auto &parse, bool override = true) {
              const QStringList values
                  = override || field.isEmpty() ? layoutLabelValues(pages, spec) : QStringList();
              for (const QString &value : values) {
                  if (const std::optional<QString> parsed = parse(fixOcrDigits(value))) {
                      field = *parsed;
                      return;
                  }
              }
          };
    const auto number = [](const QString &v) { return numberAtStart(v, 1); };
    const auto date = [dayFirst](const QString &v) -> std::optional<QString> {
        if (const auto d = dateAtStart(v, dayFirst))
            return d->toString(Qt::ISODate);
        return std::nullopt;
    };
    const auto money = [](const QString &v) { return firstMoneyValue(v); };
    fill(fields.invoiceNumber, numberStrongSpec(), number);
    // A grid header cell that says only "Invoice" above or beside the number.
    static const LabelSpec bareInvoice{labelPattern(QStringLiteral(R"((?<![\w#])invoice\b)")),
                                       QRegularExpression(), QRegularExpression()};
    const auto longNumber = [](const QString &v) { return numberAtStart(v, 3); };
    fill(fields.invoiceNumber, bareInvoice, longNumber, false);
    fill(fields.invoiceDate, dateSpec(), date);
    fill(fields.dueDate, dueSpec(), date);
    // Totals blocks list several labelled amounts side by side; the text's arithmetic
    // (subtotal + tax = total) knows better, so the layout only fills a missing total.
    fill(fields.total, totalSpec(), money, false);
}

} // namespace

InvoiceFields FieldExtractor::extract(const QString &ocrText) const
{
    InvoiceFields fields;
    const QStringList lines = prepareLines(ocrText);
    const QString text = lines.join(u'\n');

    fields.currency = detectCurrency(text);
    const bool dayFirst = inferDayFirst(text).value_or(fields.currency != u"USD");

    // Invoice number, invoice date and due date.
    Best number;
    Best date;
    Best due;
    const auto parseNumber
        = [](QStringView rest, bool nextLine) { return numberAtStart(rest, nextLine ? 3 : 1); };
    const auto parseDateValue = [dayFirst](QStringView rest, bool) -> std::optional<QString> {
        if (const auto d = dateAtStart(rest, dayFirst))
            return d->toString(Qt::ISODate);
        return std::nullopt;
    };
    collectLabelled(
        lines, numberStrongSpec(), parseNumber,
        [](const QString &, const LabelHit &) { return 30; }, number);
    collectLabelled(
        lines, numberWeakSpec(), parseNumber,
        [](const QString &line, const LabelHit &hit) {
            return customerPrefixRe().match(QStringView(line).left(hit.start)).hasMatch() ? 10 : 20;
        },
        number);
    collectLabelled(
        lines, dateSpec(), parseDateValue,
        [](const QString &, const LabelHit &hit) {
            const QString label = hit.text.toLower();
            return label == u"date" || label == u"dated" || label == u"datum" ? 25 : 30;
        },
        date);
    collectLabelled(
        lines, dueSpec(), parseDateValue, [](const QString &, const LabelHit &) { return 30; },
        due);
    collectHeaderRows(lines, dayFirst, number, date, due);

    if (number.score < 0) {
        // A number alone after '#' on its own line, as under an "INVOICE" title.
        static const QRegularExpression hashLine(QStringLiteral(R"(^#\s*(\S+)$)"));
        for (qsizetype i = 0; i < lines.size() && number.score < 0; ++i) {
            const QRegularExpressionMatch m = hashLine.match(lines.at(i));
            if (m.hasMatch() && isInvoiceNumber(m.captured(1), 3))
                number.offer(m.captured(1), 1, 0);
        }
    }
    if (number.score < 0) {
        static const QRegularExpression invToken
            = labelPattern(QStringLiteral(R"((?<![\w-])inv(?:oice)?[-/#]?[a-z0-9]*\d[a-z0-9/-]*)"));
        const QRegularExpressionMatch m = invToken.match(text);
        if (m.hasMatch())
            number.offer(m.captured(), 0, 0);
    }
    // No labelled date: the first date on the page that is not a due date. Unless an
    // invoice-date label is followed by a value that could not be read ("Issue Date:
    // (93/23/2024"): then no guess; the date is reported missing, the invoice is not
    // verified, and the user is asked to check it.
    const bool unreadableDate = std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        const QList<LabelHit> hits = findLabels(dateSpec(), line);
        if (hits.isEmpty())
            return false;
        const QStringView rest = QStringView(line).mid(hits.front().end);
        return std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isDigit(); });
    });
    if (date.score < 0 && !unreadableDate) {
        for (qsizetype i = 0; i < lines.size() && date.score < 0; ++i) {
            if (!findLabels(dueSpec(), lines.at(i)).isEmpty())
                continue;
            const QList<DateMatch> found = findDates(lines.at(i), dayFirst);
            if (!found.isEmpty())
                date.offer(found.front().date.toString(Qt::ISODate), 0, 0);
        }
    }
    fields.invoiceNumber = number.value;
    fields.invoiceDate = date.value;
    fields.dueDate = due.value;

    // Amounts: the last labelled subtotal and tax; the total that they add up to, else the
    // largest labelled total (the later one on a tie).
    const QStringList subtotals = labelledAmounts(lines, subtotalSpec());
    const QStringList taxes = labelledAmounts(lines, taxSpec());
    const QStringList totals = labelledAmounts(lines, totalSpec(), true);
    if (!subtotals.isEmpty())
        fields.subtotal = subtotals.back();
    if (!taxes.isEmpty())
        fields.tax = taxes.back();
    // "Tax 15% on $112.90   $16.94": the first amount after a tax label may be its base.
    // A later amount on the row wins when it, and not the first, makes the totals add up.
    if (!fields.subtotal.isEmpty()) {
        const auto reconciles = [&](const QString &tax) {
            return std::any_of(totals.cbegin(), totals.cend(), [&](const QString &total) {
                return amountCents(fields.subtotal) + amountCents(tax) == amountCents(total);
            });
        };
        if (fields.tax.isEmpty() || !reconciles(fields.tax)) {
            const QStringList rightmostTaxes = labelledAmounts(lines, taxSpec(), true);
            for (auto it = rightmostTaxes.crbegin(); it != rightmostTaxes.crend(); ++it) {
                if (reconciles(*it)) {
                    fields.tax = *it;
                    break;
                }
            }
        }
    }
    const qint64 expected = !fields.subtotal.isEmpty() && !fields.tax.isEmpty()
        ? amountCents(fields.subtotal) + amountCents(fields.tax)
        : -1;
    for (const QString &total : totals) {
        if (amountCents(total) == expected)
            fields.total = total;
    }
    if (fields.total.isEmpty()) {
        for (const QString &total : totals) {
            if (fields.total.isEmpty() || amountCents(total) >= amountCents(fields.total))
                fields.total = total;
        }
    }

    // Labels the column layout separated from their amounts: fill in by subtotal + tax = total.
    const Totals completed
        = repairOneDigit(completeTotals(lines, Totals{fields.subtotal, fields.tax, fields.total}));
    fields.subtotal = completed.subtotal;
    fields.tax = completed.tax;
    fields.total = completed.total;

    fields.vendor = findVendor(lines);

    // Items need the raw text: the runs of spaces between the table columns.
    fields.lineItems = extractLineItems(ocrText);

    qCDebug(lcExtract) << "extracted" << fields.invoiceNumber << fields.invoiceDate
                       << fields.currency << fields.total << "from" << lines.size() << "lines";
    return fields;
}

std::optional<QString> FieldExtractor::normalizeAmount(const QString &text)
{
    return Extract::normalizeAmount(text);
}

std::optional<QDate> FieldExtractor::parseDate(const QString &text, bool dayFirstHint)
{
    return parseWholeDate(fixOcrDigits(text), dayFirstHint);
}

QString FieldExtractor::currencyFromSymbol(const QString &symbolOrCode)
{
    return Extract::currencyFromSymbol(symbolOrCode);
}

InvoiceFields FieldExtractor::extract(const QString &ocrText, const QList<PageWords> &pages) const
{
    InvoiceFields fields = extract(ocrText);
    fillFromLayout(fields, ocrText, pages);
    // The layout knows the letterhead from the title, the customer's address block and
    // the footer; the text alone only knows the first lines. With words on the page the
    // layout decides alone: no candidate there means no name in the text either.
    if (!pages.isEmpty() && !pages.front().words.isEmpty())
        fields.vendor = layoutVendor(pages, ocrText);
    return fields;
}

} // namespace InvoiceDash
