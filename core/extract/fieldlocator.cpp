#include "fieldlocator.h"

#include "extract/amountparser.h"
#include "extract/dateparser.h"
#include "extract/validator.h"

#include <QDate>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace InvoiceDash {

namespace {

using namespace FieldKeys;

constexpr int MaxAmountWords = 3; // "EUR" "1.234,56" or "1" "234,56" "€"
constexpr int MaxDateWords = 4;   // "March" "5," "2024" or "5." "März" "2024"

// Letters and digits only, lower-cased: what two spellings of a value share
// ("#INV-0042:" and "inv 0042" both give "inv0042").
QString alnum(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

struct Line
{
    QList<const OcrWord *> words; // left to right
};

// The page's words grouped into text lines: by the OCR's line index, or by
// vertical overlap for words that have none.
QList<Line> linesOf(const PageWords &page)
{
    QList<Line> lines;
    QHash<int, int> lineByIndex;
    QList<const OcrWord *> loose;
    for (const OcrWord &word : page.words) {
        if (word.text.trimmed().isEmpty())
            continue;
        if (word.lineIndex < 0) {
            loose.append(&word);
            continue;
        }
        const auto it = lineByIndex.constFind(word.lineIndex);
        if (it == lineByIndex.cend()) {
            lineByIndex.insert(word.lineIndex, int(lines.size()));
            lines.append(Line{{&word}});
        } else {
            lines[*it].words.append(&word);
        }
    }
    std::sort(loose.begin(), loose.end(), [](const OcrWord *a, const OcrWord *b) {
        return a->box.center().y() < b->box.center().y();
    });
    const qsizetype firstLoose = lines.size();
    for (const OcrWord *word : std::as_const(loose)) {
        bool placed = false;
        for (qsizetype i = firstLoose; i < lines.size() && !placed; ++i) {
            const QRect first = lines.at(i).words.constFirst()->box;
            if (std::abs(first.center().y() - word->box.center().y())
                <= std::max(first.height(), word->box.height()) / 2) {
                lines[i].words.append(word);
                placed = true;
            }
        }
        if (!placed)
            lines.append(Line{{word}});
    }
    for (Line &line : lines) {
        std::sort(line.words.begin(), line.words.end(),
                  [](const OcrWord *a, const OcrWord *b) { return a->box.left() < b->box.left(); });
    }
    return lines;
}

QString joined(const Line &line, qsizetype first, qsizetype count, QStringView separator)
{
    QString text;
    for (qsizetype i = first; i < first + count; ++i) {
        if (i > first)
            text.append(separator);
        text.append(line.words.at(i)->text);
    }
    return text;
}

// Does the line carry the field's label? Compared on the words' letters.
bool hasLabel(const Line &line, const QString &key)
{
    QStringList words;
    for (const OcrWord *word : line.words)
        words << alnum(word->text);
    auto any = [&words](const std::function<bool(const QString &)> &test) {
        return std::any_of(words.cbegin(), words.cend(), test);
    };
    auto startsWithAny = [](const QString &word, std::initializer_list<const char *> prefixes) {
        return std::any_of(prefixes.begin(), prefixes.end(), [&word](const char *prefix) {
            return word.startsWith(QLatin1StringView(prefix));
        });
    };
    const bool subtotalLabel = any([&](const QString &w) {
        return startsWithAny(w, {"subtotal", "zwischensumme", "netto", "net", "soustotal"})
            || w == QLatin1String("sub");
    });
    if (key == Total)
        return !subtotalLabel && any([&](const QString &w) {
            return startsWithAny(
                w, {"total", "grandtotal", "amountdue", "balance", "gesamt", "summe", "montant"});
        });
    if (key == Subtotal)
        return subtotalLabel;
    if (key == Tax)
        return any([&](const QString &w) {
            return startsWithAny(w, {"tax", "vat", "gst", "hst", "mwst", "ust", "tva", "iva"});
        });
    if (key == DueDate)
        return any([&](const QString &w) {
            return startsWithAny(w, {"due", "fällig", "faellig", "payable", "échéance"});
        });
    if (key == InvoiceDate)
        return !hasLabel(line, DueDate) && any([&](const QString &w) {
            return startsWithAny(w, {"date", "dated", "datum", "rechnungsdatum", "issued"});
        });
    if (key == InvoiceNumber)
        return any([&](const QString &w) {
            return startsWithAny(w, {"invoice", "no", "number", "nr", "rechnung", "facture"});
        });
    if (key == Currency)
        return any([&](const QString &w) {
            return startsWithAny(w, {"currency", "währung", "waehrung", "devise", "total"});
        });
    return false;
}

struct Candidate
{
    int page = 0;
    QRect box;
    bool labelled = false;
    int strength = 0; // currency: a code beats a symbol
};

using RunTest = std::function<bool(const Line &, qsizetype first, qsizetype count)>;

// Every shortest run of at most `maxWords` words, starting at each word, that passes `test`.
void collectRuns(const QList<PageWords> &pages, const QString &key, int maxWords,
                 const RunTest &test, QList<Candidate> *out)
{
    for (int p = 0; p < pages.size(); ++p) {
        const QList<Line> lines = linesOf(pages.at(p));
        for (const Line &line : lines) {
            const bool labelled = hasLabel(line, key);
            for (qsizetype first = 0; first < line.words.size(); ++first) {
                const qsizetype longest = std::min<qsizetype>(maxWords, line.words.size() - first);
                for (qsizetype count = 1; count <= longest; ++count) {
                    if (!test(line, first, count))
                        continue;
                    QRect box;
                    for (qsizetype i = first; i < first + count; ++i)
                        box = box.united(line.words.at(i)->box);
                    out->append(Candidate{p, box, labelled});
                    break;
                }
            }
        }
    }
}

QList<Candidate> amountCandidates(const QList<PageWords> &pages, const QString &key,
                                  const QString &value)
{
    QList<Candidate> out;
    const std::optional<qint64> cents = Validator::parseCents(value);
    if (!cents)
        return out;
    auto matches = [&cents](const QString &text) {
        const std::optional<QString> amount = Extract::normalizeAmount(Extract::fixOcrDigits(text));
        return amount && Validator::parseCents(*amount) == cents;
    };
    collectRuns(
        pages, key, MaxAmountWords,
        [&](const Line &line, qsizetype first, qsizetype count) {
            return matches(joined(line, first, count, u" "))
                || (count > 1 && matches(joined(line, first, count, u"")));
        },
        &out);
    return out;
}

QList<Candidate> dateCandidates(const QList<PageWords> &pages, const QString &key,
                                const QString &value)
{
    QList<Candidate> out;
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid())
        return out;
    collectRuns(
        pages, key, MaxDateWords,
        [&](const Line &line, qsizetype first, qsizetype count) {
            const QString text = joined(line, first, count, u" ");
            return Extract::parseWholeDate(text, true) == date
                || Extract::parseWholeDate(text, false) == date;
        },
        &out);
    return out;
}

QList<Candidate> textCandidates(const QList<PageWords> &pages, const QString &key,
                                const QString &value)
{
    QList<Candidate> out;
    const QString wanted = alnum(value);
    if (wanted.isEmpty())
        return out;
    const int maxWords = int(value.simplified().count(QLatin1Char(' '))) + 3;
    collectRuns(
        pages, key, maxWords,
        [&](const Line &line, qsizetype first, qsizetype count) {
            // The run must start and end with a word of the value.
            if (alnum(line.words.at(first)->text).isEmpty()
                || alnum(line.words.at(first + count - 1)->text).isEmpty())
                return false;
            const QString run = alnum(joined(line, first, count, u""));
            if (run == wanted)
                return true;
            // A label glued to a number: "No.4711", "#INV-42", "Nr:4711".
            const QString &raw = line.words.at(first)->text;
            return count == 1 && wanted.size() >= 3 && run.endsWith(wanted)
                && raw.size() > wanted.size()
                && !raw.at(raw.size() - wanted.size() - 1).isLetterOrNumber();
        },
        &out);
    return out;
}

QList<Candidate> currencyCandidates(const QList<PageWords> &pages, const QString &code)
{
    QList<Candidate> out;
    if (code.isEmpty())
        return out;
    collectRuns(
        pages, Currency, 1,
        [&](const Line &line, qsizetype first, qsizetype) {
            const QString &text = line.words.at(first)->text;
            if (alnum(text).compare(code, Qt::CaseInsensitive) == 0)
                return true;
            if (Extract::currencyFromSymbol(text.trimmed()) == code)
                return true;
            const QList<Extract::MoneyMatch> money = Extract::findMoney(text);
            return std::any_of(money.cbegin(), money.cend(),
                               [&code](const auto &m) { return m.currency == code; });
        },
        &out);
    // A word that is the code itself beats a symbol attached to an amount.
    for (Candidate &candidate : out) {
        const PageWords &page = pages.at(candidate.page);
        for (const OcrWord &word : page.words) {
            if (word.box == candidate.box
                && alnum(word.text).compare(code, Qt::CaseInsensitive) == 0)
                candidate.strength = 1;
        }
    }
    return out;
}

std::optional<Candidate> best(QList<Candidate> candidates, bool preferLast)
{
    if (candidates.isEmpty())
        return std::nullopt;
    auto before = [preferLast](const Candidate &a, const Candidate &b) {
        // A currency code written out beats a symbol on a labelled line.
        if (a.strength != b.strength)
            return a.strength > b.strength;
        if (a.labelled != b.labelled)
            return a.labelled;
        const auto position
            = [](const Candidate &c) { return std::tuple(c.page, c.box.top(), c.box.left()); };
        return preferLast ? position(a) > position(b) : position(a) < position(b);
    };
    return *std::min_element(candidates.cbegin(), candidates.cend(), before);
}

} // namespace

QJsonObject fieldLocationsToJson(const FieldLocations &locations)
{
    auto round4 = [](double v) { return std::round(v * 10000.0) / 10000.0; };
    QJsonObject object;
    for (auto it = locations.cbegin(); it != locations.cend(); ++it) {
        if (!it->isValid())
            continue;
        object.insert(it.key(),
                      QJsonObject{
                          {QStringLiteral("page"), it->page},
                          {QStringLiteral("x"), round4(it->box.x())},
                          {QStringLiteral("y"), round4(it->box.y())},
                          {QStringLiteral("w"), round4(it->box.width())},
                          {QStringLiteral("h"), round4(it->box.height())},
                      });
    }
    return object;
}

FieldLocations fieldLocationsFromJson(const QJsonObject &object)
{
    FieldLocations locations;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        FieldLocation location{
            o.value(QLatin1String("page")).toInt(-1),
            QRectF(o.value(QLatin1String("x")).toDouble(), o.value(QLatin1String("y")).toDouble(),
                   o.value(QLatin1String("w")).toDouble(), o.value(QLatin1String("h")).toDouble())};
        if (location.isValid())
            locations.insert(it.key(), location);
    }
    return locations;
}

QRectF FieldLocator::toStoredOrientation(const QRectF &box, int clockwiseDegrees)
{
    const int quarters = ((clockwiseDegrees / 90) % 4 + 4) % 4;
    QRectF r = box;
    // One clockwise quarter turn of the unit square: (x, y) -> (1 - y, x).
    for (int i = 0; i < quarters; ++i)
        r = QRectF(1.0 - r.bottom(), r.left(), r.height(), r.width());
    return r;
}

FieldLocations FieldLocator::locate(const InvoiceFields &fields, const QList<PageWords> &pages)
{
    FieldLocations locations;
    for (const QString &key : FieldKeys::all()) {
        const QString value = FieldKeys::value(fields, key).trimmed();
        if (value.isEmpty())
            continue;
        QList<Candidate> candidates;
        if (FieldKeys::isAmount(key))
            candidates = amountCandidates(pages, key, value);
        else if (FieldKeys::isDate(key))
            candidates = dateCandidates(pages, key, value);
        else if (key == Currency)
            candidates = currencyCandidates(pages, value.toUpper());
        else
            candidates = textCandidates(pages, key, value);
        // Totals are printed last; a vendor, number or date first.
        const std::optional<Candidate> found = best(candidates, FieldKeys::isAmount(key));
        if (!found)
            continue;
        const PageWords &page = pages.at(found->page);
        if (page.size.isEmpty())
            continue;
        const double w = page.size.width();
        const double h = page.size.height();
        const QRectF upright = QRectF(found->box.x() / w, found->box.y() / h,
                                      found->box.width() / w, found->box.height() / h)
                                   .intersected(QRectF(0, 0, 1, 1));
        locations.insert(
            key, FieldLocation{found->page, toStoredOrientation(upright, page.clockwiseDegrees)});
    }
    return locations;
}

} // namespace InvoiceDash
