#include "labels.h"

namespace InvoiceDash::Extract {

namespace {

// Lines that start with one of these end a label-above-value look-ahead.
const QRegularExpression &sectionStartRe()
{
    static const QRegularExpression re = labelPattern(QStringLiteral(
        R"(^(?:bill(?:ed)?\s*to|ship\s*to|invoice\s*to|sold\s*to|customer|client|p\.?o\.?\b)"
        R"(|factuuradres|afleveradres|rechnungsadresse|lieferadresse|adresse\s*de\s*facturation)"
        R"(|order|reference|terms))"));
    return re;
}

} // namespace

QRegularExpression labelPattern(const QString &pattern)
{
    return QRegularExpression(pattern,
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

const LabelSpec &numberStrongSpec()
{
    static const LabelSpec spec{
        labelPattern(QStringLiteral(
            R"((?<![\w#])(?:(?:invoice|inv\.?|bill)\s*(?:no\b|n[°º]|nr\b|number|num\b|#|id\b)\.?)"
            R"(|rechnungs?\s*-?\s*(?:nummer|nr\b|no\b)\.?|facture\s*(?:n[°º]|no\b|num[ée]ro))"
            R"(|n[°º]\s*(?:de\s*)?facture|num[ée]ro\s*de\s*facture|invoice(?=\s*:))"
            // Dutch, Spanish, Italian
            R"(|factuur\s*-?\s*(?:nummer|nr\b|no\b)\.?|n[úu]mero\s*de\s*factura)"
            R"(|factura\s*(?:n[°ºo]\b|n[úu]m(?:ero)?\b)\.?|fattura\s*(?:n[°º.]|nr\b|numero)\.?)"
            R"(|n(?:umero|r\.?|°)\s*(?:di\s*)?fattura))")),
        QRegularExpression(), QRegularExpression()};
    return spec;
}

// A bare "Number" (sidebar/grid layouts). "PO Number", "VAT Number" etc. are rejected.
const LabelSpec &numberWeakSpec()
{
    static const LabelSpec spec{
        labelPattern(QStringLiteral(
            R"((?<![\w-])(?:number|nummer|num[ée]ro|receipt\s*(?:no\b|number|#)|document\s*(?:no\b|number))"
            R"(|booking\s*(?:id|no|number|ref(?:erence)?)\b)\.?)")),
        labelPattern(QStringLiteral(
            R"(\b(?:p\.?\s*o\.?|purchase(?:\s*order)?|order|vat|tax|phone|tel|telephone|fax)"
            R"(|mobile|account|acct|registration|reg|company|tracking|serial|item|part|article)"
            R"(|iban|siret|siren|ust-?id|steuer|bestell|auftrags?|reference|ref|id|ein|btw|kvk)"
            R"(|iva|tva)\W*$)")),
        labelPattern(QStringLiteral(R"(^\s*of\b)"))};
    return spec;
}

const QRegularExpression &customerPrefixRe()
{
    static const QRegularExpression re
        = labelPattern(QStringLiteral(R"((?:customer|client|kunden)\W*$)"));
    return re;
}

const LabelSpec &dateSpec()
{
    static const LabelSpec spec{
        labelPattern(QStringLiteral(
            R"((?<!\w)(?:invoice\s*date|date\s*of\s*(?:issue|invoice)|issue\s*date|date\s*issued)"
            R"(|issued(?:\s*on)?|billing\s*date|rechnungsdatum|ausstellungsdatum)"
            R"(|date\s*de\s*(?:la\s*)?facture|date\s*d['’]?[ée]mission|factuur\s*datum)"
            R"(|fecha(?:\s*de\s*(?:la\s*)?(?:factura|emisi[óo]n))?|data\s*(?:della\s*)?fattura)"
            R"(|(?:document|bill|statement|tax\s*point)\s*date)"
            // A bare "Date": not "<another word> Date" ("Duc Date" is an OCR'd due date).
            R"(|(?<!\p{L}\s)(?:datum|dated?))\b)")),
        labelPattern(QStringLiteral(
            R"(\b(?:due|payment|pay|delivery|ship(?:ping|ment)?|order|expiry|expiration|start|end)"
            R"(|service|valid(?:ity)?|birth|print(?:ed)?|posting|leistungs|liefer|lever)\W*$)")),
        labelPattern(QStringLiteral(R"(^\s*(?:due|d['’]?[ée]ch|limite))"))};
    return spec;
}

const LabelSpec &dueSpec()
{
    static const LabelSpec spec{
        labelPattern(QStringLiteral(
            R"((?<!\w)(?:due\s*date|date\s*due|payment\s*due(?:\s*date)?|due(?:\s*(?:on|by))?)"
            R"(|pay(?:able|ment)?\s*by|f[äa]llig(?:keitsdatum|\s*am|\s*bis)?|zahlbar\s*bis)"
            R"(|zahlungsziel|date\s*d['’]?[ée]ch[ée]ance|[ée]ch[ée]ance)"
            R"(|date\s*limite(?:\s*de\s*paiement)?|vervaldatum|uiterste\s*betaaldatum)"
            R"(|fecha\s*de\s*vencimiento|vencimiento|data\s*(?:di\s*)?scadenza|scadenza)\b)")),
        QRegularExpression(), QRegularExpression()};
    return spec;
}

const LabelSpec &totalSpec()
{
    static const LabelSpec spec{
        labelPattern(QStringLiteral(
            R"((?<![\w-])(?:grand\s*t[o0]tal|invoice\s*t[o0]tal)"
            R"(|t[o0]tal\s*(?:amount\s*)?(?:due|payable|to\s*pay)|t[o0]tal\s*amount|t[o0]tal\s*ttc)"
            R"(|t[o0]tal\s*incl\.?(?:uding|usive)?\s*(?:of\s*)?(?:vat|tax|gst|mwst)|t[o0]tal)"
            R"(|amount\s*(?:due|payable)|balance\s*due|gesamtbetrag|gesamtsumme|rechnungsbetrag)"
            R"(|endbetrag|bruttobetrag|zu\s*zahlen|summe|montant\s*(?:ttc|total|d[ûu])|net\s*[àa]\s*payer)"
            R"(|somme\s*[àa]\s*payer|totaal(?:\s*bedrag)?|te\s*betalen|factuurbedrag)"
            R"(|importe\s*total|total\s*a\s*pagar|totale(?:\s*da\s*pagare)?)\b)")),
        labelPattern(QStringLiteral(R"(\b(?:sub|line|item|unit|page|running|net)[\s-]*$)")),
        labelPattern(QStringLiteral(
            R"(^\s*(?:excl|ex\b|net|ht\b|hors|before|w/o|without|tax\b|vat\b|mwst|gst\b|items?\b)"
            R"(|qty|quantity|hours|units|discount|paid|weight|pages?\b|savings))"))};
    return spec;
}

const LabelSpec &subtotalSpec()
{
    static const LabelSpec spec{
        labelPattern(QStringLiteral(
            R"((?<![\w-])(?:sub[\s-]*t[o0]tal|net\s*(?:amount|total|value))"
            R"(|t[o0]tal\s*(?:excl\.?(?:uding)?|ex\.?|net|before\s*tax|ht|hors\s*taxes?))"
            R"((?:\s*(?:of\s*)?(?:vat|tax|gst|mwst))?|zwischensumme|nettobetrag|nettosumme)"
            R"(|summe\s*netto|netto|montant\s*ht|net|subtotaal|exclusief\s*btw)"
            R"(|totaal\s*excl(?:usief|\.)?\s*btw|subtotale|imponibile|base\s*imponible)\b)")),
        QRegularExpression(), QRegularExpression()};
    return spec;
}

const LabelSpec &taxSpec()
{
    static const LabelSpec spec{
        labelPattern(QStringLiteral(
            R"((?<![\w-])(?:sales\s*tax|t[o0]tal\s*(?:tax|vat|mwst)|tax\s*amount|vat\s*amount)"
            R"(|tax|vat|mwst\.?|ust\.?|umsatzsteuer|mehrwertsteuer|tva|gst|hst|pst|iva|btw)\b)")),
        labelPattern(QStringLiteral(
            R"(\b(?:incl|including|inkl|excl|excluding|exkl|zzgl|plus|before|after|w/o|without)"
            R"(|ex|hors)[\s.]*$)")),
        labelPattern(QStringLiteral(
            R"(^\s*(?:no\b|n[°º]|nr\b|number|id\b|reg|#|invoice|identification|exempt|code)"
            R"(|rate\b|point|incl|included|ref\b|-\s*id))"))};
    return spec;
}

QList<LabelHit> findLabels(const LabelSpec &spec, const QString &line)
{
    // A lower-case label after a lower-case word is prose ("Please include the invoice
    // number with your payment"), not a label.
    static const QRegularExpression proseBefore
        = labelPattern(QStringLiteral(R"((?-i)\b\p{Ll}+\s+$)"));
    QList<LabelHit> hits;
    QRegularExpressionMatchIterator it = spec.label.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView before = QStringView(line).left(m.capturedStart());
        const QStringView after = QStringView(line).mid(m.capturedEnd());
        if (!spec.before.pattern().isEmpty() && spec.before.match(before).hasMatch())
            continue;
        if (!spec.after.pattern().isEmpty() && spec.after.match(after).hasMatch())
            continue;
        if (m.capturedView().front().isLower() && proseBefore.match(before).hasMatch())
            continue;
        hits.append(LabelHit{m.capturedStart(), m.capturedEnd(), m.captured()});
    }
    return hits;
}

const QRegularExpression &legalSuffixRe()
{
    static const QRegularExpression re = labelPattern(QStringLiteral(
        R"((?<!\w)(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ag|ltd\.?|limited|llc|inc\.?|corp\.?|co\.?|b\.\s?v\.?)"
        R"(|n\.\s?v\.?|bv|nv|s\.a\.s?\.?|sas|sarl|s\.r\.l\.|srl|s\.p\.a\.|spa|s\.l\.|plc|kg|ohg)"
        R"(|llp|pty\.?\s*ltd\.?|pvt\.?\s*ltd\.?|private\s*limited|oy|ab|a/s|aps|ug|e\.\s?k\.)[.,]?$)"));
    return re;
}

bool startsLabelBlock(const QString &line)
{
    // Amount labels are left out: in sidebar layouts the totals of the right column share
    // lines with the label/value blocks of the left one ("DUE DATE" / "Sales Tax $9.00" /
    // "May 7, 2024").
    for (const LabelSpec *spec :
         {&numberStrongSpec(), &numberWeakSpec(), &dateSpec(), &dueSpec()}) {
        const QList<LabelHit> hits = findLabels(*spec, line);
        if (!hits.isEmpty() && hits.front().start == 0)
            return true;
    }
    return sectionStartRe().match(line).hasMatch();
}

} // namespace InvoiceDash::Extract
