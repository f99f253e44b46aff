#include "layoutfields.h"

#include "amountparser.h"
#include "common/logging.h"
#include "dateparser.h"
#include "labels.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace InvoiceDash::Extract {

namespace {

// --- Rows and segments ---------------------------------------------------------------------

struct Row
{
    QList<const OcrWord *> words;
    double centerY = 0;
    int height = 0;
};

int median(QList<int> values)
{
    if (values.isEmpty())
        return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values.at(values.size() / 2);
}

bool isWordUsable(const OcrWord &word)
{
    return !word.text.trimmed().isEmpty() && word.box.isValid() && word.box.height() > 0;
}

// Words with at least two letters: their heights tell the size of the body text.
int bodyTextHeight(const PageWords &page)
{
    QList<int> heights;
    for (const OcrWord &word : page.words) {
        const qsizetype letters = std::count_if(word.text.cbegin(), word.text.cend(),
                                                [](QChar c) { return c.isLetter(); });
        if (isWordUsable(word) && letters >= 2)
            heights.append(word.box.height());
    }
    return median(heights);
}

// --- Vendor vocabulary ---------------------------------------------------------------------

// Document titles, possibly with a qualifier ("Tax Invoice", "Retail Invoices/Bill",
// "Payment Receipt", "Kopie factuur"); matched against the letters of a segment only, so
// that OCR splitting a big title into pieces ("FACTU U R.") does not hide it.
const QRegularExpression &titleLettersRe()
{
    static const QRegularExpression re = labelPattern(QStringLiteral(
        R"(^(?:(?:retail|tax|vat|commercial|proforma|sales|payment|kopie|copy|original|duplicate)"
        R"(|credit|final|cash)?(?:invoices?|factuur|rechnung|facture|factura|fattura|receipt)"
        R"(|quittung|recu|reçu|recibo|ricevuta|gutschrift|creditnota|statement|bill))+$)"));
    return re;
}

// A title word at the start or end of a segment ("Amazon Web Services Invoice").
const QRegularExpression &titleEdgeRe()
{
    static const QRegularExpression re = labelPattern(QStringLiteral(
        R"(^(?:(?:tax|commercial|pro[\s-]?forma|kopie|copy|original|duplicate|retail)\s+)?(?:invoice|rechnung|facture|factuur|factura)"
        R"(|fattura)\b[\s.:]*|\s+(?:(?:tax|commercial|pro[\s-]?forma|kopie|copy|original|duplicate|retail)\s+)?(?:invoice|rechnung)"
        R"(|facture|factuur|factura|fattura)[\s.]*$)"));
    return re;
}

// "Sold by:", "From:", "Service Provider:"... in front of the issuer's name.
const QRegularExpression &sellerLabelRe()
{
    static const QRegularExpression re = labelPattern(QStringLiteral(
        R"(^(?:sold\s*by|issued\s*by|from|seller|vendor|supplier|service\s*provider|verkoper)"
        R"(|leverancier|lieferant|verk[äa]ufer|fournisseur|vendeur|proveedor|fornitore)\s*:\s*)"));
    return re;
}

// The payee of the bank details or payment note: the issuer ("Account holder: Acme Ltd",
// "Titulaire du compte : ACME", "Payments to be made in favour of", "Payable to").
const QRegularExpression &payeeLabelRe()
{
    static const QRegularExpression re = labelPattern(QStringLiteral(
        R"((?<!\w)(?:account\s*holder|account\s*name|beneficiary|payee|titulaire\s*du\s*compte)"
        R"(|rekeninghouder|ten\s*name\s*van|kontoinhaber|in\s*fav(?:ou)?r\s*of|payable\s*to)"
        R"(|payment\s*received\s*by)\s*:?\s*)"));
    return re;
}

// Headings of the customer's address blocks: the names under them are never the vendor.
const QRegularExpression &addressHeadingRe()
{
    static const QRegularExpression re = labelPattern(QStringLiteral(
        R"(^(?:bill(?:ed|ing)?\s*(?:to|address)|ship(?:ped|ping)?\s*(?:to|address))"
        R"(|deliver(?:y|ed)?\s*(?:to|address)|invoice\s*to|invoiced\s*to|sold\s*to|customer)"
        R"(|client|recipient|buyer|factuuradres|afleveradres|rechnungsadresse|lieferadresse)"
        R"(|rechnungsempf[äa]nger|lieferanschrift|adresse\s*de\s*(?:facturation|livraison))"
        R"(|factur[ée]\s*[àa]|livr[ée]\s*[àa]|to\s*:|attn|t\.a\.v\.|z\.?\s*hd\.?)\b)"));
    return re;
}

// "Acme AG - Uferweg 1 - 12345 Town": the sender line above an envelope window.
const QRegularExpression &returnAddressSeparatorRe()
{
    static const QRegularExpression re(QStringLiteral(R"(\s+[-–—|·•]\s+)"));
    return re;
}

const QRegularExpression &trailingDebrisRe()
{
    static const QRegularExpression re = labelPattern(QStringLiteral(
        R"((?<!\w)(?:gmbh|ag|ltd\.?|inc\.?|corp\.?|b\.\s?v\.|n\.\s?v\.|s\.a\.|sas|sarl|plc|llc))"
        R"((\s+\S{1,3})$)"));
    return re;
}

bool isWebWord(const QString &word)
{
    static const QRegularExpression bareDomain = labelPattern(
        QStringLiteral(R"(\w\.(?:com|net|org|biz|info|de|nl|fr|be|in|co|io|uk|eu|es|it|ch|at)\b)"));
    return word.contains(u'@') || word.contains(QStringLiteral("://"))
        || word.startsWith(QStringLiteral("www."), Qt::CaseInsensitive)
        || bareDomain.match(word).hasMatch();
}

// Lower-case letters and digits only: "Azure-Interior" and "azure interior" compare equal.
QString letterKey(QStringView text)
{
    QString key;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QString withoutLegalSuffix(const QString &name)
{
    QString out = name;
    out.remove(legalSuffixRe());
    return out.trimmed();
}

// The names of the web and e-mail domains printed on the page ("www.azure-interior.com",
// "billing@keystonelogistics.com" -> "azureinterior", "keystonelogistics"), without the
// top-level domain and "www"; sub-domains count as names too ("aws.amazon.com").
QSet<QString> domainNames(const QString &text)
{
    // The software that made the PDF is not the issuer ("Powered by TCPDF (www.tcpdf.org)").
    static const QRegularExpression credit = labelPattern(
        QStringLiteral(R"((?:powered|generated|created|made|produced)\s+(?:by|with)\b[^\n]*)"));
    static const QRegularExpression host
        = labelPattern(QStringLiteral(R"((?:@|https?://|\bwww\.)((?:[a-z0-9-]+\.)+[a-z]{2,6})\b)"));
    static const QSet<QString> generic
        = {QStringLiteral("www"),     QStringLiteral("mail"),    QStringLiteral("email"),
           QStringLiteral("co"),      QStringLiteral("com"),     QStringLiteral("gmail"),
           QStringLiteral("yahoo"),   QStringLiteral("hotmail"), QStringLiteral("outlook"),
           QStringLiteral("example"), QStringLiteral("info"),    QStringLiteral("web")};
    QSet<QString> names;
    QString withoutCredits = text;
    withoutCredits.remove(credit);
    QRegularExpressionMatchIterator it = host.globalMatch(withoutCredits);
    while (it.hasNext()) {
        QStringList parts = it.next().captured(1).toLower().split(u'.');
        parts.removeLast(); // top-level domain
        for (const QString &part : std::as_const(parts)) {
            const QString key = letterKey(part);
            if (key.size() >= 3 && !generic.contains(key))
                names.insert(key);
        }
    }
    return names;
}

// --- Candidates ----------------------------------------------------------------------------

struct Candidate
{
    QString name;
    QRect box;
    int height = 0;
    int row = 0;
    bool sellerLabel = false;
};

// Prose, labels, amounts, dates, addresses and numbers are not names.
bool looksLikeName(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6)
        return false;
    const qsizetype letters
        = std::count_if(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); });
    const qsizetype digits
        = std::count_if(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); });
    if (letters < 2 || digits >= 3 || name.front().isDigit() || name.contains(u':'))
        return false;
    // OCR debris of logos and rules ("| N VO"): a name has a word of three letters or more.
    if (std::none_of(words.cbegin(), words.cend(), [](const QString &w) {
            return std::count_if(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); }) >= 3;
        }))
        return false;
    if (std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isUpper(); }))
        return false; // logo lettering or prose; names are printed capitalised
    const qsizetype lowerWords = std::count_if(
        words.cbegin(), words.cend(), [](const QString &w) { return w.front().isLower(); });
    if (lowerWords >= 3 || (lowerWords >= 2 && name.endsWith(u'.') && words.size() >= 3))
        return false;
    if (titleLettersRe().match(letterKey(name)).hasMatch()
        || addressHeadingRe().match(name).hasMatch() || startsLabelBlock(name))
        return false;
    for (const LabelSpec *spec : {&numberStrongSpec(), &numberWeakSpec(), &dateSpec(), &dueSpec(),
                                  &totalSpec(), &subtotalSpec(), &taxSpec()}) {
        if (!findLabels(*spec, name).isEmpty())
            return false;
    }
    if (!findDates(name, true).isEmpty())
        return false;
    const QList<MoneyMatch> money = findMoney(name);
    return std::none_of(money.cbegin(), money.cend(),
                        [](const MoneyMatch &m) { return m.hasDecimals || !m.currency.isEmpty(); });
}

// The name a segment could be: web words, a seller label, titles and the rest of a
// return-address line removed.
std::optional<Candidate> candidateFrom(const Segment &segment)
{
    QStringList words = segment.text.split(u' ', Qt::SkipEmptyParts);
    words.removeIf(isWebWord);
    QString name = words.join(u' ');
    Candidate candidate{QString(), segment.box, segment.height, segment.row, false};
    if (const auto m = sellerLabelRe().match(name); m.hasMatch()) {
        candidate.sellerLabel = true;
        name = name.mid(m.capturedEnd());
    } else if (const auto p = payeeLabelRe().match(name); p.hasMatch()) {
        candidate.sellerLabel = true;
        name = name.mid(p.capturedEnd());
    }
    name = name.split(returnAddressSeparatorRe()).value(0);
    if (titleLettersRe().match(letterKey(name)).hasMatch())
        return std::nullopt;
    name.remove(titleEdgeRe());
    // OCR debris after a legal suffix ("Nederland B.V. iov"): the name ends at the suffix.
    if (const auto m = trailingDebrisRe().match(name); m.hasMatch())
        name.truncate(m.capturedStart(1));
    while (!name.isEmpty() && QStringLiteral(",;:-|/*").contains(name.back()))
        name.chop(1);
    name = name.trimmed();
    if (!looksLikeName(name))
        return std::nullopt;
    candidate.name = name;
    return candidate;
}

// Segments inside the address block under a bill-to/ship-to heading (and the heading's own
// segment, which may carry the name: "Bill To: Jane Doe").
QSet<int> customerBlockSegments(const QList<Segment> &segments, int pageWidth)
{
    QSet<int> out;
    for (int h = 0; h < segments.size(); ++h) {
        const Segment &heading = segments.at(h);
        if (!addressHeadingRe().match(heading.text).hasMatch())
            continue;
        out.insert(h);
        const int left = heading.box.left() - 2 * heading.height;
        const int right = heading.box.left() + std::max(heading.box.width(), pageWidth * 3 / 10);
        int bottom = heading.box.bottom();
        int rows = 0;
        int lastRow = heading.row;
        for (int s = h + 1; s < segments.size() && rows < 8; ++s) {
            const Segment &seg = segments.at(s);
            if (seg.box.left() < left || seg.box.left() > right || seg.row == heading.row)
                continue;
            if (seg.box.top() - bottom > 2 * std::max(heading.height, seg.height))
                break;
            out.insert(s);
            bottom = std::max(bottom, seg.box.bottom());
            if (seg.row != lastRow) {
                ++rows;
                lastRow = seg.row;
            }
        }
    }
    return out;
}

// Segments directly below a segment that ends with a seller or payee label ("Service
// Provider:", "All payments to be made in favour of").
QSet<int> belowSellerLabel(const QList<Segment> &segments)
{
    QSet<int> out;
    for (int h = 0; h < segments.size(); ++h) {
        const Segment &label = segments.at(h);
        const auto m = sellerLabelRe().match(label.text + u' ');
        const auto p = payeeLabelRe().match(label.text);
        if ((!m.hasMatch() || m.capturedEnd() < label.text.size())
            && (!p.hasMatch() || p.capturedEnd() < label.text.size()))
            continue;
        for (int s = h + 1; s < segments.size(); ++s) {
            const Segment &seg = segments.at(s);
            if (seg.row <= label.row)
                continue;
            if (seg.row > label.row + 2)
                break;
            if (std::abs(seg.box.left() - label.box.left()) < 2 * label.height) {
                out.insert(s);
                break;
            }
        }
    }
    return out;
}

} // namespace

QList<Segment> pageSegments(const PageWords &page)
{
    QList<const OcrWord *> words;
    for (const OcrWord &word : page.words) {
        if (isWordUsable(word))
            words.append(&word);
    }
    std::sort(words.begin(), words.end(), [](const OcrWord *a, const OcrWord *b) {
        return a->box.center().y() < b->box.center().y();
    });

    // OCR knows its text lines; a PDF text layer's lines may merge the rows of two columns,
    // so there rows come from the geometry.
    const bool ocrLines = !page.fromTextLayer
        && std::all_of(words.cbegin(), words.cend(),
                       [](const OcrWord *w) { return w->lineIndex >= 0; });
    QList<Row> rows;
    QHash<int, qsizetype> rowOfLine;
    for (const OcrWord *word : std::as_const(words)) {
        const int h = word->box.height();
        const double cy = word->box.top() + h / 2.0;
        Row *target = nullptr;
        if (ocrLines) {
            if (const auto it = rowOfLine.constFind(word->lineIndex); it != rowOfLine.cend())
                target = &rows[*it];
            else
                rowOfLine.insert(word->lineIndex, rows.size());
        }
        for (qsizetype r = rows.size() - 1; !ocrLines && r >= 0 && r >= rows.size() - 6; --r) {
            Row &row = rows[r];
            const double ratio = double(std::min(h, row.height)) / std::max(h, row.height);
            if (std::abs(cy - row.centerY) < 0.4 * std::max(h, row.height) && ratio > 0.6) {
                target = &row;
                break;
            }
        }
        if (!target) {
            rows.append(Row{{}, cy, h});
            target = &rows.back();
        }
        target->centerY
            = (target->centerY * target->words.size() + cy) / (target->words.size() + 1);
        target->words.append(word);
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return a.centerY < b.centerY; });
    // OCR sometimes reads one printed line as two (a name beside a logo): rows at the same
    // height with text of the same size are one row.
    for (Row &row : rows) {
        QList<int> heights;
        for (const OcrWord *w : std::as_const(row.words))
            heights.append(w->box.height());
        row.height = median(heights);
    }
    for (qsizetype r = 0; r + 1 < rows.size();) {
        Row &a = rows[r];
        const Row &b = rows.at(r + 1);
        const int h = std::max(a.height, b.height);
        if (std::abs(a.centerY - b.centerY) < 0.3 * h && std::min(a.height, b.height) > 0.7 * h) {
            a.words += b.words;
            rows.removeAt(r + 1);
        } else {
            ++r;
        }
    }

    QList<Segment> segments;
    for (int r = 0; r < rows.size(); ++r) {
        QList<const OcrWord *> rowWords = rows.at(r).words;
        std::sort(rowWords.begin(), rowWords.end(),
                  [](const OcrWord *a, const OcrWord *b) { return a->box.left() < b->box.left(); });
        QList<int> heights;
        for (const OcrWord *w : std::as_const(rowWords))
            heights.append(w->box.height());
        const int gapLimit = std::max(4, int(1.6 * median(heights)));
        Segment current;
        QList<int> segmentHeights;
        const auto finish = [&] {
            // The median word: one odd OCR box ("&" drawn tall) does not make a headline.
            current.height = median(segmentHeights);
            segments.append(current);
            current = Segment();
            segmentHeights.clear();
        };
        for (const OcrWord *w : std::as_const(rowWords)) {
            if (!current.text.isEmpty() && w->box.left() - current.box.right() > gapLimit)
                finish();
            segmentHeights.append(w->box.height());
            current.text += (current.text.isEmpty() ? QString() : QStringLiteral(" "))
                + w->text.simplified();
            current.box = current.box.isNull() ? w->box : current.box.united(w->box);
            current.row = r;
        }
        if (!current.text.isEmpty())
            finish();
    }
    return segments;
}

QString layoutVendor(const QList<PageWords> &pages, const QString &fullText)
{
    if (pages.isEmpty() || pages.front().words.isEmpty())
        return {};
    const PageWords &page = pages.front();
    const QList<Segment> segments = pageSegments(page);
    const int bodyHeight = std::max(1, bodyTextHeight(page));
    int pageHeight = page.size.height();
    int pageWidth = page.size.width();
    for (const Segment &seg : segments) {
        pageHeight = std::max(pageHeight, seg.box.bottom());
        pageWidth = std::max(pageWidth, seg.box.right());
    }

    const QSet<int> customer = customerBlockSegments(segments, pageWidth);
    const QSet<int> labelled = belowSellerLabel(segments);
    const QSet<QString> domains = domainNames(fullText);
    // Recurrence counts the name in the text, not in the e-mail and web addresses.
    QStringList plainWords
        = fullText.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
    plainWords.removeIf(isWebWord);
    const QString textKey = letterKey(plainWords.join(u' '));

    // A row of four or more worded segments is a table row or header, not a letterhead.
    QHash<int, int> segmentsPerRow;
    for (const Segment &seg : segments) {
        if (std::count_if(seg.text.cbegin(), seg.text.cend(), [](QChar c) { return c.isLetter(); })
            >= 2)
            ++segmentsPerRow[seg.row];
    }

    // Below the letterhead, a row with an amount is a table or totals row.
    QSet<int> amountRows;
    for (const Segment &seg : segments) {
        const QList<MoneyMatch> money = findMoney(seg.text);
        if (seg.box.top() > pageHeight / 4
            && std::any_of(money.cbegin(), money.cend(),
                           [](const MoneyMatch &m) { return m.hasDecimals; }))
            amountRows.insert(seg.row);
    }

    QList<Candidate> candidates;
    for (int s = 0; s < segments.size(); ++s) {
        if (customer.contains(s) || segmentsPerRow.value(segments.at(s).row) >= 4
            || amountRows.contains(segments.at(s).row))
            continue;
        auto candidate = candidateFrom(segments.at(s));
        if (!candidate)
            continue;
        candidate->sellerLabel = candidate->sellerLabel || labelled.contains(s);
        // A narrow column wraps the legal suffix onto the next row ("Silverline" /
        // "Catering Ltd"): join a short suffixed segment right below.
        if (!legalSuffixRe().match(candidate->name).hasMatch()) {
            for (int t = s + 1; t < segments.size(); ++t) {
                const Segment &next = segments.at(t);
                if (next.box.top() <= candidate->box.bottom())
                    continue;
                if (next.box.top() > candidate->box.bottom() + 3 * candidate->height / 2)
                    break;
                if (std::abs(next.box.left() - candidate->box.left()) > candidate->height
                    || next.text.count(u' ') > 3 || !legalSuffixRe().match(next.text).hasMatch()
                    || customer.contains(t))
                    continue;
                Candidate joined = *candidate;
                joined.name = candidate->name + u' ' + next.text;
                joined.box = candidate->box.united(next.box);
                if (looksLikeName(joined.name))
                    candidates.append(joined);
            }
        }
        candidates.append(*candidate);
    }

    // Words anywhere on the first page that spell a printed web domain ("Azure Interior"
    // for www.azure-interior.com).
    for (const Segment &seg : segments) {
        const QStringList words = seg.text.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString key;
            for (qsizetype n = 0; n < 4 && i + n < words.size(); ++n) {
                if (isWebWord(words.at(i + n)) || words.at(i + n).contains(u'.'))
                    break;
                key += letterKey(words.at(i + n));
                if (!domains.contains(key))
                    continue;
                // Just the words: a legal form glued on from running text ("Acme SAS au
                // capital de...") is a register statement; the letterhead or a line of its
                // own gives the name with its legal form.
                const QString name = words.mid(i, n + 1).join(u' ');
                if (looksLikeName(name))
                    candidates.append(Candidate{name, seg.box, seg.height, seg.row, false});
            }
        }
    }

    QString best;
    double bestScore = -1e9;
    for (const Candidate &c : std::as_const(candidates)) {
        double score = 0;
        const bool legal = legalSuffixRe().match(c.name).hasMatch();
        if (legal)
            score += 30;
        const QString key = letterKey(withoutLegalSuffix(c.name));
        for (const QString &domain : domains) {
            // "Keystone Logistics Corp." for keystonelogistics.com or keystone.com.
            if (key == domain || (domain.size() >= 4 && key.startsWith(domain))) {
                score += 35;
                break;
            }
            if (key.size() >= 3 && domain.startsWith(key)) {
                score += 20;
                break;
            }
        }
        if (key.size() >= 4 && textKey.count(key) >= 2)
            score += 15;
        if (c.sellerLabel)
            score += 40;
        const double ratio = double(c.height) / bodyHeight;
        if (ratio > 1.05)
            score += std::min(30.0, 30.0 * (ratio - 1.0));
        const double y = double(c.box.center().y()) / std::max(1, pageHeight);
        if (y < 0.25)
            score += 20 - 10 * y;
        else if (y < 0.8)
            score -= 10;
        qCDebug(lcExtract) << "vendor candidate" << c.name << score;
        if (score > bestScore) {
            bestScore = score;
            best = c.name;
        }
    }
    // The name printed with its legal form elsewhere on the page is the fuller reading.
    if (!best.isEmpty() && !legalSuffixRe().match(best).hasMatch()) {
        for (const Candidate &c : std::as_const(candidates)) {
            if (c.name.startsWith(best + u' ', Qt::CaseInsensitive)
                && legalSuffixRe().match(c.name).capturedStart() == best.size() + 1) {
                best = c.name;
                break;
            }
        }
    }
    return best;
}

} // namespace InvoiceDash::Extract
