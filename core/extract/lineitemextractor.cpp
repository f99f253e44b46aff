#include "lineitemextractor.h"

#include "amountparser.h"
#include "labels.h"
#include "totals.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace InvoiceDash::Extract {

namespace {

// --- Header --------------------------------------------------------------------------------

enum Column { Description = 1, Quantity = 2, UnitPrice = 4, Amount = 8 };

// Column names of item tables. Alternatives are tried in order, so "Unit price" is a price
// before "Unit" is a quantity.
struct ColumnWords
{
    Column column;
    const char *pattern;
};

constexpr ColumnWords kColumnWords[] = {
    {UnitPrice,
     R"(unit\s*price|unit\s*cost|price\s*per\s*unit|price|rate|cost|einzelpreis|st[üu]ckpreis)"
     R"(|preis|prix\s*unitaire|prix|p\.\s*u\.|tarif)"},
    {Amount, R"(line\s*total|amount|total|betrag|gesamtpreis|gesamt|summe|montant)"},
    {Quantity,
     R"(hrs\s*/\s*qty|qty|quantity|units?|hrs|hours|menge|anzahl|stunden|std\.|stk\.)"
     R"(|quantit[ée]|qt[ée]|nombre)"},
    {Description,
     R"(item\s*description|description|items?|services?|products?|articles?|particulars)"
     R"(|beschreibung|bezeichnung|artikel|leistung|d[ée]signation|libell[ée]|prestations?)"},
};

const QRegularExpression &columnWordRe()
{
    static const QRegularExpression re = [] {
        QStringList parts;
        for (const ColumnWords &words : kColumnWords)
            parts.append(QStringLiteral("(%1)").arg(QString::fromUtf8(words.pattern)));
        // "Description" may be glued to OCR debris on its left ("‘emDescription").
        return labelPattern(
            QStringLiteral(R"((?:(?<!\w)|(?=description))(?:%1)(?!\w))").arg(parts.join(u'|')));
    }();
    return re;
}

struct Header
{
    int columns = 0;                 // Column flags
    qsizetype descriptionStart = -1; // position of the description column name
    int otherWords = 0;              // words that name no column
};

Header analyseHeader(const QString &line)
{
    static const QRegularExpression word(QStringLiteral(R"([^\W\d_]{2,})"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    Header header;
    QString rest = line;
    auto it = columnWordRe().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (int k = 1; k <= int(std::size(kColumnWords)); ++k) {
            if (m.capturedStart(k) < 0)
                continue;
            header.columns |= kColumnWords[k - 1].column;
            if (kColumnWords[k - 1].column == Description && header.descriptionStart < 0)
                header.descriptionStart = m.capturedStart(k);
        }
        rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    auto words = word.globalMatch(rest);
    while (words.hasNext()) {
        words.next();
        ++header.otherWords;
    }
    return header;
}

// At least two columns, one of them numeric, and hardly any other words.
bool isTableHeader(const Header &header)
{
    const bool twoColumns = (header.columns & (header.columns - 1)) != 0;
    return twoColumns && (header.columns & (Quantity | UnitPrice | Amount)) != 0
        && header.otherWords <= 3;
}

bool isDescriptionHeader(const Header &header)
{
    return header.columns == Description && header.otherWords == 0;
}

bool isTotalsLine(const QString &simplified)
{
    return !findLabels(subtotalSpec(), simplified).isEmpty()
        || !findLabels(totalSpec(), simplified).isEmpty()
        || !findLabels(taxSpec(), simplified).isEmpty();
}

// --- Numbers at the end of a row -----------------------------------------------------------

struct Atom
{
    QString text;            // digits and separators, OCR look-alikes mapped to digits
    qsizetype tokenStart;    // start of the whitespace-separated token holding it
    bool joinable = false;   // may continue the atom before it ("1 008,77", "55, 48")
    QChar leadingSeparator;  // '.' or ',' OCR split off ("12 ,894.26")
    QChar trailingSeparator; // ("1.029, 38")
    QString shorter;         // without a trailing ']' or '|' that may be a table rule
};

const QRegularExpression &currencyMarkerRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"([€£$¥₹]|GBP|EUR|USD|CHF|CAD|AUD|INR|JPY|Rs\.?)"));
    return re;
}

bool isNoiseChar(QChar c)
{
    return !c.isLetterOrNumber() && c != u'(' && c != u')' && c != u'@' && c != u']' && c != u'|'
        && c != u'!';
}

// A token piece made of digits (and OCR look-alikes: "@.75", "9]", "2O") and separators.
std::optional<QString> numericPiece(QString piece, QChar *leading = nullptr,
                                    QChar *trailing = nullptr)
{
    static const QRegularExpression numeric(
        QStringLiteral(R"(^[0-9Oo@Il\]|!]+(?:[.,][0-9Oo@Il\]|!]+)*$)"));
    const auto isEdgeNoise = [](QChar c) { return isNoiseChar(c) || c == u'(' || c == u')'; };
    while (!piece.isEmpty() && isEdgeNoise(piece.front())) {
        if (leading && (piece.front() == u'.' || piece.front() == u','))
            *leading = piece.front();
        piece.remove(0, 1);
    }
    while (!piece.isEmpty() && isEdgeNoise(piece.back())) {
        if (trailing && (piece.back() == u'.' || piece.back() == u','))
            *trailing = piece.back();
        piece.chop(1);
    }
    if (piece.isEmpty() || !numeric.match(piece).hasMatch()
        || std::none_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    for (QChar &c : piece) {
        if (c == u'O' || c == u'o' || c == u'@')
            c = u'0';
        else if (!c.isDigit() && c != u'.' && c != u',')
            c = u'1';
    }
    return piece;
}

// The numbers at the end of `line`, left to right, and where they start. Currency symbols,
// codes and OCR specks between them are skipped; the first word ends the search.
QList<Atom> trailingAtoms(const QString &line)
{
    static const QRegularExpression tokenRe(QStringLiteral(R"(\S+)"));
    QList<QRegularExpressionMatch> tokens;
    auto it = tokenRe.globalMatch(line);
    while (it.hasNext())
        tokens.append(it.next());

    QList<Atom> atoms; // right to left
    for (qsizetype t = tokens.size() - 1; t >= 0 && atoms.size() < 8; --t) {
        const QStringList pieces = tokens.at(t).captured().split(currencyMarkerRe());
        // One-character specks ("a", "°", "-") between the columns.
        if (tokens.at(t).capturedLength() == 1 && !tokens.at(t).captured().front().isDigit()) {
            if (!atoms.isEmpty())
                atoms.last().joinable = false;
            continue;
        }
        QList<Atom> found;
        bool word = false;
        bool endsWithNumber = false;
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            QChar leading;
            QChar trailing;
            const auto number = numericPiece(pieces.at(p), &leading, &trailing);
            endsWithNumber = number.has_value();
            if (number) {
                // Only a number that opens its token may continue the one before ("1 008,77");
                // a currency marker or a wide gap separates them.
                const qsizetype gap
                    = t > 0 ? tokens.at(t).capturedStart() - tokens.at(t - 1).capturedEnd() : 99;
                Atom atom{
                    *number,  tokens.at(t).capturedStart(), p == 0 && gap <= 2, leading, trailing,
                    QString()};
                const QString raw = pieces.at(p).trimmed();
                if (raw.endsWith(u']') || raw.endsWith(u'|'))
                    atom.shorter = number->chopped(1);
                found.append(atom);
            } else if (std::any_of(pieces.at(p).cbegin(), pieces.at(p).cend(),
                                   [](QChar c) { return c.isLetterOrNumber(); })) {
                word = true;
            }
        }
        if (word)
            break;
        if (!atoms.isEmpty() && !endsWithNumber)
            atoms.last().joinable = false;
        for (qsizetype k = found.size() - 1; k >= 0; --k)
            atoms.append(found.at(k));
    }
    std::reverse(atoms.begin(), atoms.end());
    if (!atoms.isEmpty())
        atoms.first().joinable = false;
    return atoms;
}

struct Money
{
    qint64 cents = 0;
    QString value;
    int atoms = 1;
};

std::optional<Money> money(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d[\d.,]*$)"));
    // The same separator for thousands and cents ("1.318.20", "2,244,14").
    static const QRegularExpression sameSeparator(
        QStringLiteral(R"(^(\d{1,3}(?:([.,])\d{3})+)\2(\d{2})$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QRegularExpressionMatch same = sameSeparator.match(text);
    const auto value = same.hasMatch() ? normalizeAmount(QString(
                           same.captured(1).remove(same.captured(2)) + u'.' + same.captured(3)))
                                       : normalizeAmount(text);
    if (!value || value->startsWith(u'-'))
        return std::nullopt;
    return Money{amountCents(*value), *value, 1};
}

// Money values that end at atom `end`: the atom alone, or joined with the one before it
// when OCR split the number at a separator ("1 008,77", "12 ,894.26", "55, 48").
QList<Money> moneyEndingAt(const QList<Atom> &atoms, qsizetype end)
{
    static const QRegularExpression head(QStringLiteral(R"(^\d{1,3}$)"));
    static const QRegularExpression group(QStringLiteral(R"(^\d{3}(?:[.,]\d{1,2})?$)"));
    static const QRegularExpression cents(QStringLiteral(R"(^\d{2}$)"));
    static const QRegularExpression whole(QStringLiteral(R"(^\d{1,3}(?:[.,]\d{3})*$)"));
    QList<Money> out;
    const Atom &last = atoms.at(end);
    for (const QString &text : {last.text, last.shorter}) {
        if (text.isEmpty())
            continue;
        if (const auto single = money(text))
            out.append(*single);
        if (end == 0 || !last.joinable)
            continue;
        const Atom &before = atoms.at(end - 1);
        const QChar separator
            = !before.trailingSeparator.isNull() ? before.trailingSeparator : last.leadingSeparator;
        std::optional<Money> joined;
        if (!separator.isNull() && cents.match(text).hasMatch()
            && whole.match(before.text).hasMatch())
            joined = money(before.text + separator + text);
        else if (head.match(before.text).hasMatch() && group.match(text).hasMatch())
            joined = money(before.text + text);
        if (joined) {
            joined->atoms = 2;
            out.append(*joined);
        }
    }
    return out;
}

// A quantity in thousandths: "2" -> 2000, "1.5" / "1,5" -> 1500, "0.75" -> 750.
std::optional<qint64> quantity(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,6})(?:[.,](\d{1,2}))?$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 milli = m.captured(1).toLongLong() * 1000;
    QString fraction = m.captured(2);
    if (!fraction.isEmpty())
        milli += QString(fraction + QString(3 - fraction.size(), u'0')).toLongLong();
    if (milli <= 0)
        return std::nullopt;
    return milli;
}

QString quantityText(qint64 milli)
{
    QString text = QString::number(milli / 1000);
    qint64 fraction = milli % 1000;
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return text;
}

QString centsText(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

qint64 lineAmount(qint64 milli, qint64 cents)
{
    return (milli * cents + 500) / 1000; // half-up, both positive
}

// `read` is `expected` with one digit misread or dropped ("5.88" for 5.08, "395.8").
bool oneSlipApart(const QString &read, const QString &expected)
{
    if (read.size() == expected.size()) {
        int diff = 0;
        for (qsizetype i = 0; i < read.size(); ++i)
            diff += read.at(i) != expected.at(i) ? 1 : 0;
        return diff == 1 && read.size() >= 4;
    }
    if (read.size() + 1 != expected.size() || read.size() < 4)
        return false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (QString(expected).remove(i, 1) == read)
            return true;
    }
    return false;
}

struct Row
{
    LineItem item;
    qsizetype numbersStart = 0; // where the numbers of the row start in the line
    int score = 0;
};

// The best reading of the numbers at the end of a line as quantity, unit price and amount.
std::optional<Row> readNumbers(const QList<Atom> &atoms)
{
    std::optional<Row> best;
    const auto offer = [&best](qint64 milli, qint64 price, qint64 amount, qsizetype firstAtom,
                               const QList<Atom> &all, int score) {
        // Prefer readings that use more of the numbers, and numbers with decimals for the
        // prices: "2  1 122,07 €  2 244,14 €" is 2 x 1122.07, not 122.07 x 2.
        score = score * 100 + int(all.size() - firstAtom) * 10;
        for (qsizetype k = firstAtom + 1; k < all.size(); ++k) {
            if (!all.at(k).text.contains(u'.') && !all.at(k).text.contains(u','))
                --score;
        }
        if (best && best->score >= score)
            return;
        Row row;
        row.item.quantity = quantityText(milli);
        row.item.unitPrice = centsText(price);
        row.item.amount = centsText(amount);
        row.numbersStart = all.at(firstAtom).tokenStart;
        row.score = score;
        best = row;
    };
    const qsizetype n = atoms.size();
    if (n < 2)
        return std::nullopt;
    for (const Money &amount : moneyEndingAt(atoms, n - 1)) {
        const qsizetype priceEnd = n - 1 - amount.atoms;
        if (priceEnd < 0)
            continue;
        for (const Money &price : moneyEndingAt(atoms, priceEnd)) {
            if (price.cents <= 0)
                continue;
            const qsizetype qtyAt = priceEnd - price.atoms;
            for (const QString &qtyText : qtyAt >= 0
                     ? QStringList{atoms.at(qtyAt).text, atoms.at(qtyAt).shorter}
                     : QStringList()) {
                const auto milli = quantity(qtyText);
                if (!milli)
                    continue;
                const qint64 expected = lineAmount(*milli, price.cents);
                if (expected == amount.cents)
                    offer(*milli, price.cents, amount.cents, qtyAt, atoms, 10);
                // OCR dropped the decimal point of the quantity ("15" for 1.5).
                const bool plain = !qtyText.contains(u'.') && !qtyText.contains(u',')
                    && !price.value.endsWith(QLatin1String(".00"));
                for (const qint64 divisor : {10, 100}) {
                    if (plain && qtyText.size() >= 2 && *milli % divisor == 0
                        && lineAmount(*milli / divisor, price.cents) == amount.cents)
                        offer(*milli / divisor, price.cents, amount.cents, qtyAt, atoms, 8);
                }
                // One digit of the amount misread or dropped.
                if (oneSlipApart(amount.value, centsText(expected)))
                    offer(*milli, price.cents, expected, qtyAt, atoms, 6);
                // The last digit of the unit price dropped ("1.696,8" for 1.696,81).
                if (price.atoms == 1 && price.value.endsWith(u'0')
                    && !atoms.at(priceEnd).text.endsWith(u'0')) {
                    for (qint64 digit = 1; digit <= 9; ++digit) {
                        if (lineAmount(*milli, price.cents + digit) == amount.cents)
                            offer(*milli, price.cents + digit, amount.cents, qtyAt, atoms, 6);
                    }
                }
            }
            if (qtyAt < 0 && price.atoms == 1 && price.cents == amount.cents) {
                // No quantity read at all and price = amount: one unit.
                offer(1000, price.cents, amount.cents, priceEnd, atoms, 5);
            }
            // Quantity and unit price read as one number ("101.95" for 1 and 1.95).
            if (price.atoms == 1 && qtyAt < 0) {
                const QString merged = atoms.at(priceEnd).text;
                for (qsizetype k = 1; k <= 3 && k < merged.size() - 3; ++k) {
                    const auto milli = quantity(merged.left(k));
                    const auto unit = money(merged.mid(k));
                    if (milli && unit && unit->cents > 0 && !merged.mid(k).startsWith(u'0')
                        && lineAmount(*milli, unit->cents) == amount.cents)
                        offer(*milli, unit->cents, amount.cents, priceEnd, atoms, 7);
                }
            }
        }
    }
    return best;
}

// --- Descriptions --------------------------------------------------------------------------

// `text` without OCR specks at its ends; empty unless it has two letters. `keepOpenEnd`
// keeps a trailing comma or dash that a wrapped continuation line may follow.
QString cleanDescription(const QString &text, bool keepOpenEnd = false)
{
    QString out = text.simplified();
    const auto keep = [keepOpenEnd](QChar c) {
        return c == u')' || (keepOpenEnd && (c == u',' || c == u'-' || c == u'&'));
    };
    while (!out.isEmpty() && isNoiseChar(out.back()) && !keep(out.back()))
        out.chop(1);
    while (!out.isEmpty() && isNoiseChar(out.front()) && out.front() != u'(')
        out.remove(0, 1);
    out = out.trimmed();
    if (std::count_if(out.cbegin(), out.cend(), [](QChar c) { return c.isLetter(); }) < 2)
        return {};
    return out;
}

// The description part of a row: the text before its numbers, without a left column that
// shares the text line (sidebar, meta block). Columns are separated by runs of spaces.
QString rowDescription(const QString &line, qsizetype end, qsizetype headerStart, qsizetype *start)
{
    static const QRegularExpression segmentRe(QStringLiteral(R"(\S+(?: {1,2}\S+)*)"));
    struct Segment
    {
        QString text;
        qsizetype start;
    };
    static const QRegularExpression trailingMarkers(
        QStringLiteral(R"((?:\s+(?:[€£$¥₹]|GBP|EUR|USD|CHF|CAD|AUD|INR|JPY|[^\w\s()]+))+\s*$)"));
    QString text = line.left(end);
    text.remove(trailingMarkers);
    QList<Segment> segments;
    auto it = segmentRe.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        segments.append(Segment{m.captured(), m.capturedStart()});
    }
    QStringList inColumn;
    qsizetype columnStart = -1;
    if (headerStart > 0) {
        for (const Segment &segment : std::as_const(segments)) {
            if (segment.start >= headerStart - 4) {
                inColumn.append(segment.text);
                if (columnStart < 0)
                    columnStart = segment.start;
            }
        }
    }
    if (inColumn.isEmpty()) {
        for (qsizetype k = segments.size() - 1; k >= 0; --k) {
            if (!cleanDescription(segments.at(k).text).isEmpty()) {
                *start = segments.at(k).start;
                return cleanDescription(segments.at(k).text, true);
            }
        }
        *start = -1;
        return {};
    }
    *start = columnStart;
    return cleanDescription(inColumn.join(u' '), true);
}

// A line right under a row that only continues its description ("Annual support," /
// "premium tier").
bool isContinuation(const QString &line, qsizetype descriptionStart, const QString &previous)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || descriptionStart < 0)
        return false;
    const qsizetype start = line.indexOf(trimmed.front());
    if (start < descriptionStart - 3 || start > descriptionStart + 3
        || trimmed.contains(QLatin1String("   ")))
        return false;
    if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    // A wrapped description goes on in lower case or after a comma, dash or "and"; a name or
    // address of a left column ("Tom O'Brien") at the same position does not.
    static const QRegularExpression openEnd(QStringLiteral(R"((?:[,\-/&(]|\band|\bof|\bwith)$)"));
    if (!trimmed.front().isLower() && trimmed.front() != u'('
        && !openEnd.match(previous).hasMatch())
        return false;
    return !isTotalsLine(trimmed) && !startsLabelBlock(trimmed)
        && !isTableHeader(analyseHeader(trimmed)) && !cleanDescription(trimmed).isEmpty();
}

} // namespace

QList<LineItem> extractLineItems(const QString &ocrText)
{
    QStringList lines = fixOcrDigits(ocrText).split(u'\n');
    for (QString &line : lines)
        line.replace(u'|', u' ').replace(QChar(0x00A6), u' ').replace(u'\t', u' ');

    qsizetype headerAt = -1;
    Header header;
    for (qsizetype i = 0; i < lines.size() && headerAt < 0; ++i) {
        const Header h = analyseHeader(lines.at(i));
        if (isTableHeader(h) && trailingAtoms(lines.at(i)).isEmpty()) {
            headerAt = i;
            header = h;
        }
    }
    if (headerAt < 0)
        return {};

    QList<Row> rows;
    QList<qsizetype> rowOfNumbers; // per line with numbers: index into rows, or -1
    qsizetype lastRowLine = -1;
    qsizetype lastDescriptionStart = -1;
    for (qsizetype i = headerAt + 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString simplified = line.simplified();
        const QList<Atom> atoms = trailingAtoms(line);
        const std::optional<Row> numbers = readNumbers(atoms);
        if (!numbers) {
            if (isTotalsLine(simplified))
                break;
            if (!atoms.isEmpty())
                rowOfNumbers.append(-1); // for pairing with a description block
            if (lastRowLine == i - 1 && !rows.isEmpty() && !simplified.isEmpty()
                && isContinuation(line, lastDescriptionStart, rows.last().item.description)) {
                rows.last().item.description += u' ' + cleanDescription(simplified, true);
                lastRowLine = i;
            }
            continue;
        }
        Row row = *numbers;
        qsizetype start = -1;
        row.item.description
            = rowDescription(line, row.numbersStart, header.descriptionStart, &start);
        rowOfNumbers.append(rows.size());
        rows.append(row);
        lastRowLine = i;
        lastDescriptionStart = start;
    }

    // OCR read the description column as a block of its own: a lone "Description" header
    // with one line per row under it.
    const bool noDescriptions = std::all_of(
        rows.cbegin(), rows.cend(), [](const Row &row) { return row.item.description.isEmpty(); });
    if (!rows.isEmpty() && noDescriptions && !(header.columns & Description)) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == headerAt || !isDescriptionHeader(analyseHeader(lines.at(i))))
                continue;
            QStringList descriptions;
            for (qsizetype k = i + 1; k < lines.size() && descriptions.size() < rowOfNumbers.size();
                 ++k) {
                const QString simplified = lines.at(k).simplified();
                if (simplified.isEmpty())
                    continue;
                const QString description = cleanDescription(simplified);
                if (description.isEmpty() || isTotalsLine(simplified)
                    || startsLabelBlock(simplified) || trailingAtoms(lines.at(k)).size() >= 2)
                    break;
                descriptions.append(description);
            }
            if (descriptions.size() == rowOfNumbers.size()) {
                for (qsizetype k = 0; k < rowOfNumbers.size(); ++k) {
                    if (rowOfNumbers.at(k) >= 0)
                        rows[rowOfNumbers.at(k)].item.description = descriptions.at(k);
                }
            }
            break;
        }
    }

    // A "#" column numbers the rows: "1 | Cloud hosting", "3]Hard hat".
    static const QRegularExpression rowNumber(QStringLiteral(R"(^\d{1,3}\s*[\])}.:]?\s*(?=\S))"));
    static const QRegularExpression numberColumn
        = labelPattern(QStringLiteral(R"(^\s*(?:#|pos\b|no\b|nr\b|n°))"));
    const bool numbered = numberColumn.match(lines.at(headerAt)).hasMatch();
    QList<LineItem> items;
    for (Row &row : rows) {
        if (numbered)
            row.item.description.remove(rowNumber);
        row.item.description = cleanDescription(row.item.description);
        if (!row.item.description.isEmpty())
            items.append(row.item);
    }
    return items;
}

} // namespace InvoiceDash::Extract
