#include "extract/amountparser.h"
#include "extract/fieldextractor.h"
#include "extractrows.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using InvoiceDash::FieldExtractor;
using InvoiceDash::InvoiceFields;

namespace {

struct TruthPage
{
    QString file;
    QString text; // the page's "lines" joined with '\n'
    InvoiceFields truth;
};

QList<TruthPage> loadTruthPages(const QString &dir)
{
    QList<TruthPage> pages;
    const QStringList names
        = QDir(dir).entryList({QStringLiteral("syn_*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QStringList lines;
        for (const QJsonValue &line : root.value(QLatin1String("lines")).toArray())
            lines.append(line.toString());
        InvoiceFields truth
            = InvoiceFields::fromJson(root.value(QLatin1String("fields")).toObject());
        if (truth.invoiceNumber.startsWith(u'#'))
            truth.invoiceNumber.remove(0, 1);
        pages.append(TruthPage{name, lines.join(u'\n'), truth});
    }
    return pages;
}

// Per-field hit counts over a set of pages, for the accuracy reports.
struct FieldScore
{
    const char *name;
    QString InvoiceFields::*member;
    int hits = 0;
};

QList<FieldScore> scoreFields()
{
    return {{"invoice_number", &InvoiceFields::invoiceNumber},
            {"invoice_date", &InvoiceFields::invoiceDate},
            {"due_date", &InvoiceFields::dueDate},
            {"currency", &InvoiceFields::currency},
            {"subtotal", &InvoiceFields::subtotal},
            {"tax", &InvoiceFields::tax},
            {"total", &InvoiceFields::total},
            {"vendor", &InvoiceFields::vendor}};
}

} // namespace

class TstFieldExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void normalizeAmount_data();
    void normalizeAmount();
    void parseDate_data();
    void parseDate();
    void currencyFromSymbol_data();
    void currencyFromSymbol();
    void joinSplitAmounts_data();
    void joinSplitAmounts();
    void extract_data();
    void extract();
    void groundTruth_data();
    void groundTruth();
    void groundTruthOptionalFields();
    void concurrentExtraction();
    void corpusAccuracy();
};

void TstFieldExtractor::init()
{
    // An invalid pattern only shows as a runtime warning; make it (and any other) fatal.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TstFieldExtractor::normalizeAmount_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty = rejected

    QTest::addRow("us thousands") << QStringLiteral("1,234.56") << QStringLiteral("1234.56");
    QTest::addRow("eu thousands") << QStringLiteral("1.234,56") << QStringLiteral("1234.56");
    QTest::addRow("space thousands") << QStringLiteral("1 234,56") << QStringLiteral("1234.56");
    QTest::addRow("nbsp thousands") << QStringLiteral("1\u00A0234,56") << QStringLiteral("1234.56");
    QTest::addRow("narrow nbsp thousands")
        << QStringLiteral("12\u202F345\u202F678,90") << QStringLiteral("12345678.90");
    QTest::addRow("dollar prefix") << QStringLiteral("$1,234.56") << QStringLiteral("1234.56");
    QTest::addRow("euro suffix") << QStringLiteral("1.234,56 \u20AC") << QStringLiteral("1234.56");
    QTest::addRow("euro prefix") << QStringLiteral("\u20AC12.50") << QStringLiteral("12.50");
    QTest::addRow("pound prefix") << QStringLiteral("\u00A3 999.99") << QStringLiteral("999.99");
    QTest::addRow("code prefix") << QStringLiteral("EUR 1.234,56") << QStringLiteral("1234.56");
    QTest::addRow("code suffix") << QStringLiteral("250.00 USD") << QStringLiteral("250.00");
    QTest::addRow("swiss apostrophe")
        << QStringLiteral("CHF 1'234.50") << QStringLiteral("1234.50");
    QTest::addRow("negative") << QStringLiteral("-12.50") << QStringLiteral("-12.50");
    QTest::addRow("parentheses negative") << QStringLiteral("(12.50)") << QStringLiteral("-12.50");
    QTest::addRow("integer") << QStringLiteral("1234") << QStringLiteral("1234.00");
    QTest::addRow("one decimal comma") << QStringLiteral("0,5") << QStringLiteral("0.50");
    QTest::addRow("thousands only") << QStringLiteral("1,234") << QStringLiteral("1234.00");
    QTest::addRow("eu thousands only")
        << QStringLiteral("12.345.678") << QStringLiteral("12345678.00");
    QTest::addRow("leading zeros") << QStringLiteral("007.10") << QStringLiteral("7.10");
    QTest::addRow("surrounding spaces") << QStringLiteral("  42.00  ") << QStringLiteral("42.00");
    QTest::addRow("reject words") << QStringLiteral("Total") << QString();
    QTest::addRow("reject empty") << QString() << QString();
    QTest::addRow("reject symbol only") << QStringLiteral("\u20AC") << QString();
    QTest::addRow("reject percent") << QStringLiteral("20%") << QString();
    QTest::addRow("reject four decimals") << QStringLiteral("1.2345") << QString();
    QTest::addRow("indian grouping")
        << QStringLiteral("\u20B912,34,567.00") << QStringLiteral("1234567.00");
    QTest::addRow("reject bad grouping") << QStringLiteral("12,3456.00") << QString();
    QTest::addRow("reject short last group") << QStringLiteral("1,23,45") << QString();
    QTest::addRow("reject date") << QStringLiteral("05.03.2024") << QString();
    QTest::addRow("reject mixed text") << QStringLiteral("12 apples") << QString();
}

void TstFieldExtractor::normalizeAmount()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const std::optional<QString> result = FieldExtractor::normalizeAmount(input);
    if (expected.isEmpty()) {
        QVERIFY2(!result, qPrintable(QStringLiteral("accepted as ") + result.value_or(QString())));
    } else {
        QVERIFY(result.has_value());
        QCOMPARE(*result, expected);
    }
}

void TstFieldExtractor::parseDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<QDate>("expected"); // invalid = rejected

    const QDate march5(2024, 3, 5);
    QTest::addRow("iso") << QStringLiteral("2024-03-05") << true << march5;
    QTest::addRow("us slash, month first") << QStringLiteral("03/05/2024") << false << march5;
    QTest::addRow("eu slash, day first") << QStringLiteral("05/03/2024") << true << march5;
    QTest::addRow("same text, other hint")
        << QStringLiteral("05/03/2024") << false << QDate(2024, 5, 3);
    QTest::addRow("day > 12 beats month-first hint")
        << QStringLiteral("25/03/2024") << false << QDate(2024, 3, 25);
    QTest::addRow("day > 12 beats day-first hint")
        << QStringLiteral("03/25/2024") << true << QDate(2024, 3, 25);
    QTest::addRow("dotted") << QStringLiteral("05.03.2024") << true << march5;
    QTest::addRow("dotted ignores us hint") << QStringLiteral("05.03.2024") << false << march5;
    QTest::addRow("dotted two-digit year") << QStringLiteral("05.03.24") << true << march5;
    QTest::addRow("slash two-digit year") << QStringLiteral("03/05/24") << false << march5;
    QTest::addRow("long us") << QStringLiteral("March 5, 2024") << false << march5;
    QTest::addRow("short us") << QStringLiteral("Mar 5, 2024") << true << march5;
    QTest::addRow("short us with dot")
        << QStringLiteral("Sept. 30, 2023") << false << QDate(2023, 9, 30);
    QTest::addRow("long uk") << QStringLiteral("5 March 2024") << false << march5;
    QTest::addRow("ordinal") << QStringLiteral("5th March 2024") << true << march5;
    QTest::addRow("dd-mon-yyyy") << QStringLiteral("05-Mar-2024") << false << march5;
    QTest::addRow("upper case month") << QStringLiteral("05-MAR-2024") << true << march5;
    QTest::addRow("german") << QStringLiteral("5. März 2024") << true << march5;
    QTest::addRow("french") << QStringLiteral("1 février 2024") << true << QDate(2024, 2, 1);
    QTest::addRow("ocr O for 0") << QStringLiteral("O5.O3.2O24") << true << march5;
    QTest::addRow("leap day") << QStringLiteral("29/02/2024") << true << QDate(2024, 2, 29);
    QTest::addRow("reject month 13") << QStringLiteral("2024-13-45") << true << QDate();
    QTest::addRow("reject feb 30") << QStringLiteral("30/02/2024") << true << QDate();
    QTest::addRow("reject feb 29 non leap") << QStringLiteral("2023-02-29") << true << QDate();
    QTest::addRow("reject both parts > 12") << QStringLiteral("13/13/2024") << true << QDate();
    QTest::addRow("reject unknown month") << QStringLiteral("5 Foo 2024") << true << QDate();
    QTest::addRow("reject text") << QStringLiteral("Invoice Date") << true << QDate();
    QTest::addRow("reject trailing text") << QStringLiteral("05.03.2024 INV") << true << QDate();
    QTest::addRow("reject amount") << QStringLiteral("1,234.56") << true << QDate();
}

void TstFieldExtractor::parseDate()
{
    QFETCH(QString, input);
    QFETCH(bool, dayFirst);
    QFETCH(QDate, expected);
    const std::optional<QDate> result = FieldExtractor::parseDate(input, dayFirst);
    if (!expected.isValid()) {
        QVERIFY2(!result, qPrintable(result.value_or(QDate()).toString(Qt::ISODate)));
    } else {
        QVERIFY(result.has_value());
        QVERIFY(result->isValid());
        QCOMPARE(*result, expected);
    }
}

void TstFieldExtractor::currencyFromSymbol_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::addRow("dollar") << QStringLiteral("$") << QStringLiteral("USD");
    QTest::addRow("euro") << QStringLiteral("\u20AC") << QStringLiteral("EUR");
    QTest::addRow("pound") << QStringLiteral("\u00A3") << QStringLiteral("GBP");
    QTest::addRow("rupee") << QStringLiteral("\u20B9") << QStringLiteral("INR");
    QTest::addRow("yen") << QStringLiteral("\u00A5") << QStringLiteral("JPY");
    QTest::addRow("canadian dollar") << QStringLiteral("C$") << QStringLiteral("CAD");
    QTest::addRow("australian dollar") << QStringLiteral("A$") << QStringLiteral("AUD");
    QTest::addRow("chf code") << QStringLiteral("CHF") << QStringLiteral("CHF");
    QTest::addRow("lower case code") << QStringLiteral("eur") << QStringLiteral("EUR");
    QTest::addRow("padded code") << QStringLiteral(" GBP ") << QStringLiteral("GBP");
    QTest::addRow("unknown word") << QStringLiteral("ABC") << QString();
    QTest::addRow("ocr e is not euro") << QStringLiteral("e") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TstFieldExtractor::currencyFromSymbol()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FieldExtractor::currencyFromSymbol(input), expected);
}

void TstFieldExtractor::joinSplitAmounts_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char16_t *line, const char16_t *expected) {
        QTest::addRow("%s", name) << QString::fromUtf16(line) << QString::fromUtf16(expected);
    };
    row("space before thousands comma", u"Total Due \u00A312 ,894.26",
        u"Total Due \u00A312,894.26");
    row("space after thousands comma", u"Subtotal \u00A310, 745.22", u"Subtotal \u00A310,745.22");
    row("spaces on both sides", u"Amount Due \u20AC8 , 434.01", u"Amount Due \u20AC8,434.01");
    row("space after decimal comma", u"Total EUR 1.312, 68", u"Total EUR 1.312,68");
    row("space before eu thousands dot", u"Balance 28 .863,39 \u20AC", u"Balance 28.863,39 \u20AC");
    row("spaced decimal point", u"\u20AC224 .44 \u20AC448 . 88", u"\u20AC224.44 \u20AC448.88");
    row("code prefix", u"EUR 514, 69 EUR 1.029, 38", u"EUR 514,69 EUR 1.029,38");
    row("space thousands kept", u"1 145 ,37 \u20AC", u"1 145,37 \u20AC");
    // Must stay as they are: separate numbers, quantities, dates, words.
    row("quantity and two prices", u"Widget 2 \u00A310.00 \u00A320.00",
        u"Widget 2 \u00A310.00 \u00A320.00");
    row("quantity comma price", u"Widget 3, 10.00 30.00", u"Widget 3, 10.00 30.00");
    row("decimal quantity comma price", u"0.5 , 145.20", u"0.5 , 145.20");
    row("decimal quantity then price", u"2,5 277,20 \u20AC 693,00 \u20AC",
        u"2,5 277,20 \u20AC 693,00 \u20AC");
    row("quantity dot then price", u"12. EUR 19,70 12. 19,70", u"12. EUR 19,70 12. 19,70");
    row("amount then stray decimals", u"10.00 , 50", u"10.00 , 50");
    row("one digit after", u"Network cable Cat6, 5 m", u"Network cable Cat6, 5 m");
    row("spaced date", u"Date: 12. 05. 2024", u"Date: 12. 05. 2024");
    row("four digits after", u"04.10. 2024", u"04.10. 2024");
    row("list of numbers", u"Items 1, 2, 3", u"Items 1, 2, 3");
    row("thousands without decimals", u"Qty 2, 500 pcs", u"Qty 2, 500 pcs");
}

void TstFieldExtractor::joinSplitAmounts()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(InvoiceDash::Extract::joinSplitAmounts(line), expected);
}

void TstFieldExtractor::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("subtotal");
    QTest::addColumn<QString>("tax");
    QTest::addColumn<QString>("total");

    addExtractRow(
        "plain key-value, USD",
        QStringLiteral("Acme Tools Inc.\n123 Main Street\nSpringfield, IL 62704\n"
                       "Phone: (217) 555-0143\nINVOICE\nInvoice No: INV-2024-0012\n"
                       "Invoice Date: 03/05/2024\nDue Date: 04/04/2024\nPO Number: PO-7781\n"
                       "Bill To: John Smith\nItem Qty Price Amount\nWidget 2 $10.00 $20.00\n"
                       "Gadget 1 $1,214.56 $1,214.56\nSubtotal $1,234.56\n"
                       "Sales Tax (8.25%) $101.85\nTotal Due $1,336.41\n"
                       "Thank you for your business!"),
        {"INV-2024-0012", "2024-03-05", "2024-04-04", "USD", "1234.56", "101.85", "1336.41"});

    // Sidebar: labels above values, table rows of the right column in between.
    addExtractRow(
        "label above value, EUR suffix",
        QStringLiteral("Bergmann Elektro\nGmbH\nINVOICE\nINVOICE # Description Qty Price Amount\n"
                       "#48213\nKabel NYM 3x1,5 3 12,50 \u20AC 37,50 \u20AC\nDATE\n"
                       "05/03/2024 Stecker 10 1,20 \u20AC 12,00 \u20AC\n"
                       "DUE DATE Subtotal 49,50 \u20AC\nVAT (19%) 9,41 \u20AC\n04/04/2024\n"
                       "TOTAL 58,91 \u20AC\nBILL TO\nPeter Novak"),
        {"48213", "2024-03-05", "2024-04-04", "EUR", "49.50", "9.41", "58.91"});

    addExtractRow(
        "header row above values, GBP code",
        QStringLiteral("Northwind Traders Ltd\nTAX INVOICE\n"
                       "Invoice No Issue Date Due Date PO Number\n"
                       "AB123456 5 March 2024 4 April 2024 PO-1234\nBill To Ship To\n"
                       "Item Qty Unit Price Amount\nConsulting 10 GBP 120.00 GBP 1,200.00\n"
                       "Sub-total GBP 1,200.00\nVAT (20%) GBP 240.00\nBalance Due GBP 1,440.00"),
        {"AB123456", "2024-03-05", "2024-04-04", "GBP", "1200.00", "240.00", "1440.00"});

    // "Invoice Date Due Date" reads as "Invoice" + "Date" + "Due Date" here: 4 values.
    addExtractRow(
        "header row with a bare Invoice column",
        QStringLiteral("Copperfield Electric GmbH\nINVOICE\n"
                       "Invoice Date Due Date PO Number\n"
                       "074565 2025-03-14 2025-03-29 PO-04329\n"
                       "Sub-total EUR 630,51\nVAT (19%) EUR 119,80\nTotal Due EUR 750,31"),
        {"074565", "2025-03-14", "2025-03-29", "EUR", "630.51", "119.80", "750.31"});

    addExtractRow(
        "german labels",
        QStringLiteral("M\u00FCller & S\u00F6hne KG\nHauptstra\u00DFe 5, 80331 M\u00FCnchen\n"
                       "USt-IdNr. DE123456789\nRechnung\nRechnungsnummer: 2024/118\n"
                       "Rechnungsdatum: 05.03.2024\nF\u00E4llig am: 19.03.2024\n"
                       "Kundennummer: 44821\nPos. Beschreibung Menge Preis Betrag\n"
                       "1 Beratung 4 250,00 \u20AC 1.000,00 \u20AC\n"
                       "Zwischensumme 1.000,00 \u20AC\nMwSt. 19 % 190,00 \u20AC\n"
                       "Gesamtbetrag 1.190,00 \u20AC"),
        {"2024/118", "2024-03-05", "2024-03-19", "EUR", "1000.00", "190.00", "1190.00"});

    addExtractRow(
        "french labels",
        QStringLiteral("Dupont Services SARL\n12 rue de la Paix, 75002 Paris\nFACTURE\n"
                       "Facture n\u00B0 F2024-00017\nDate de facture : 5 mars 2024\n"
                       "\u00C9ch\u00E9ance : 4 avril 2024\nD\u00E9signation Qt\u00E9 PU Montant\n"
                       "Maintenance annuelle 1 1 234,56 \u20AC 1 234,56 \u20AC\n"
                       "Total HT 1 234,56 \u20AC\nTVA (20 %) 246,91 \u20AC\n"
                       "Total TTC 1 481,47 \u20AC"),
        {"F2024-00017", "2024-03-05", "2024-04-04", "EUR", "1234.56", "246.91", "1481.47"});

    addExtractRow(
        "ocr noise",
        QStringLiteral(
            "| Brightside Print Works B.V. |\n|  INVOICE\nInvoice   No   INV-2O24-OO12 |\n"
            "Date   O5.O3.2O24\nDue  Date  19.O3.2O24\nDescription | Qty | Amount\n"
            "Paper A4 | 10 | 25,OO\nSubtotal     25,OO\nVAT (21%)    5,25 |\n"
            "Total  (EUR)   30,25"),
        {"INV-2024-0012", "2024-03-05", "2024-03-19", "EUR", "25.00", "5.25", "30.25"});

    addExtractRow(
        "distractors before the number, GBP day first",
        QStringLiteral("Harbor Software Ltd.\n36 King Street, York YO1 8HW\n+44 16 8922 6000\n"
                       "VAT No. GB283268106\nPO Number: PO-50094\nCustomer ID: C-73992\n"
                       "Order No: 771234\nInvoice #: 000482\nDate: 05/03/2024\nTerms: Net 30\n"
                       "Safety gloves 7 \u00A32.26 \u00A315.82\nNet amount \u00A315.82\n"
                       "VAT (20%) \u00A33.16\nTOTAL \u00A318.98\nPayment terms: Net 30"),
        {"000482", "2024-03-05", "", "GBP", "15.82", "3.16", "18.98"});

    addExtractRow(
        "usd but day > 12, no symbol",
        QStringLiteral("Greenfield Logistics Inc.\nInvoice Number: 202403-017\n"
                       "Invoice Date: 25/03/2024\nPayment Due: 04/24/2024\nSubtotal 5,520.00\n"
                       "Tax (10%) 552.00\nTotal Due (USD) 6,072.00\nAll amounts in USD"),
        {"202403-017", "2024-03-25", "2024-04-24", "USD", "5520.00", "552.00", "6072.00"});

    addExtractRow("no labels: fallbacks",
                  QStringLiteral("Quick Print Shop\nINV-88812\n12 January 2024\n"
                                 "Flyers 500 \u20AC99.00\nTotal: \u20AC99.00"),
                  {"INV-88812", "2024-01-12", "", "EUR", "", "", "99.00"});

    addExtractRow("paid invoice: total is not the balance",
                  QStringLiteral("Summit Cleaning Co.\nInvoice: 2024-118A\nDated: Mar 5, 2024\n"
                                 "Subtotal $80.00\nTax $20.00\nTotal $100.00\n"
                                 "Amount paid -$100.00\nBalance Due $0.00"),
                  {"2024-118A", "2024-03-05", "", "USD", "80.00", "20.00", "100.00"});

    addExtractRow("labels in prose are not labels",
                  QStringLiteral(
                      "Northwind\nPrint Works GmbH\nINVOICE\nNUMBER Item Quantity Rate Line Total\n"
                      "NT801136\nCoffee beans 1 kg 1 373,63 \u20AC 373,63 \u20AC\n"
                      "DATE OF ISSUE\n04/04/2023\nSubtotal 373,63 \u20AC\nVAT (21%) 78,46 \u20AC\n"
                      "Total Due 452,09 \u20AC\n"
                      "Please include the invoice number with your payment.\n59000 Lille\n"
                      "Please pay the total due by the date shown above: 1.000,00 \u20AC max."),
                  {"NT801136", "2023-04-04", "", "EUR", "373.63", "78.46", "452.09"});

    addExtractRow(
        "two columns on one line, hash number",
        QStringLiteral("Silverline Office Solutions Co. INVOICE\n"
                       "+1 (295) 780-2944 - billing@silverline.com\n"
                       "Invoice To Invoice No.: #45916\nLena Fischer Invoice Date: June 15, 2022\n"
                       "Denver, CO 80258 Due Date: June 30, 2022\n"
                       "Translation services 20 $87.55 $1,751.00\nSubtotal $1,751.00\n"
                       "Sales tax (8%) $140.08\nTotal $1,891.08"),
        {"45916", "2022-06-15", "2022-06-30", "USD", "1751.00", "140.08", "1891.08"});

    addExtractRow("canadian dollars named once",
                  QStringLiteral("Maple Leaf Catering Inc.\nInvoice #: 7781\nDate: 2024-03-05\n"
                                 "Catering 1 $500.00 $500.00\nSubtotal $500.00\nGST (5%) $25.00\n"
                                 "Total $525.00\nAll amounts in CAD"),
                  {"7781", "2024-03-05", "", "CAD", "500.00", "25.00", "525.00"});

    // The first amount after the tax label is the base it is computed on; the tax that
    // makes subtotal + tax = total is the later one on the row.
    addExtractRow("tax row names its base first",
                  QStringLiteral("Garden Supplies LLC\nInvoice No: 2023/31\nDate: 2023-03-20\n"
                                 "Subtotal $262.90\nTax 15% on $112.90   $16.94\nTotal $279.84"),
                  {"2023/31", "2023-03-20", "", "USD", "262.90", "16.94", "279.84"});
    addExtractRow("tax row with a base that does not reconcile either",
                  QStringLiteral("Garden Supplies LLC\nInvoice No: 2023/32\nDate: 2023-03-20\n"
                                 "Subtotal $262.90\nTax 15% on $112.90   $16.00\nTotal $279.84"),
                  {"2023/32", "2023-03-20", "", "USD", "262.90", "112.90", "279.84"});

    // Rupees named as "Rs" beside an amount outweigh a "$" in front of a long reference number.
    addExtractRow("rupees against a dollar sign on a code",
                  QStringLiteral("Retail Shop Pvt. Ltd.\nInvoice No: 5521\nDate: 2015-10-20\n"
                                 "Discount of Rs -40.00 applied\nGrand Total 319.00\n"
                                 "Ref: $132415345 page 1 of 1"),
                  {"5521", "2015-10-20", "", "INR", "", "", "319.00"});

    // A labelled invoice date that cannot be read is not replaced by a guess: the due date
    // under an OCR-damaged label ("Duc Date") must not become the invoice date.
    addExtractRow("unreadable issue date, damaged due label",
                  QStringLiteral("Oakridge Consulting LLC\nInvoice No: 19654\n"
                                 "Issue Date: (93/23/2024\nDuc Date: 04/06/2024\nTotal $2,473.90"),
                  {"19654", "", "", "USD", "", "", "2473.90"});
    // A label with its value somewhere else still lets the first date on the page count.
    addExtractRow("invoice date label without its value",
                  QStringLiteral("Atlas Software Co.\nInvoice Date :\nNumber 2022/734\n"
                                 "Jun 11, 2022\nTotal $3,220.40"),
                  {"2022/734", "2022-06-11", "", "USD", "", "", "3220.40"});
    addExtractRow("document date is an invoice date label",
                  QStringLiteral("Nordic Parts AB\nInvoice No: 88\nDocument Date: 2024-02-01\n"
                                 "Total EUR 10.00"),
                  {"88", "2024-02-01", "", "EUR", "", "", "10.00"});

    addExtractRow("no currency anywhere",
                  QStringLiteral("Plain Shop\nInvoice No: 42\nDate: 2024-03-05\nTotal 12.00"),
                  {"42", "2024-03-05", "", "", "", "", "12.00"});

    addOcrNoiseExtractRows();
}

void TstFieldExtractor::extract()
{
    QFETCH(QString, text);
    QFETCH(QString, number);
    QFETCH(QString, date);
    QFETCH(QString, due);
    QFETCH(QString, currency);
    QFETCH(QString, subtotal);
    QFETCH(QString, tax);
    QFETCH(QString, total);

    const InvoiceFields fields = FieldExtractor().extract(text);
    QCOMPARE(fields.invoiceNumber, number);
    QCOMPARE(fields.invoiceDate, date);
    QCOMPARE(fields.dueDate, due);
    QCOMPARE(fields.currency, currency);
    QCOMPARE(fields.subtotal, subtotal);
    QCOMPARE(fields.tax, tax);
    QCOMPARE(fields.total, total);
    // Rows of the tables in these texts (tst_lineitemextractor checks items in detail): every
    // item found has a description and reconciles, quantity x unit price = amount.
    for (const InvoiceDash::LineItem &item : fields.lineItems) {
        QVERIFY(!item.description.isEmpty());
        const qint64 milli = qRound64(item.quantity.toDouble() * 1000);
        const qint64 cents = qRound64(item.unitPrice.toDouble() * 100);
        QCOMPARE(qRound64(item.amount.toDouble() * 100), (milli * cents + 500) / 1000);
    }
}

void TstFieldExtractor::groundTruth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<InvoiceFields>("truth");

    const QList<TruthPage> pages = loadTruthPages(QStringLiteral(INVOICEDASH_TEST_DATA_DIR));
    QVERIFY2(!pages.isEmpty(), "no syn_*.json in " INVOICEDASH_TEST_DATA_DIR);
    for (const TruthPage &page : pages)
        QTest::addRow("%s", qPrintable(page.file)) << page.text << page.truth;
}

void TstFieldExtractor::groundTruth()
{
    QFETCH(QString, text);
    QFETCH(InvoiceFields, truth);

    const InvoiceFields fields = FieldExtractor().extract(text);
    QCOMPARE(fields.invoiceNumber, truth.invoiceNumber);
    QCOMPARE(fields.invoiceDate, truth.invoiceDate);
    QCOMPARE(fields.currency, truth.currency);
    QCOMPARE(fields.total, truth.total);
}

// subtotal / tax / due date are reported, not required, for the pages in tests/data.
void TstFieldExtractor::groundTruthOptionalFields()
{
    const QList<TruthPage> pages = loadTruthPages(QStringLiteral(INVOICEDASH_TEST_DATA_DIR));
    QVERIFY(!pages.isEmpty());
    int subtotal = 0;
    int tax = 0;
    int due = 0;
    for (const TruthPage &page : pages) {
        const InvoiceFields fields = FieldExtractor().extract(page.text);
        subtotal += fields.subtotal == page.truth.subtotal;
        tax += fields.tax == page.truth.tax;
        due += fields.dueDate == page.truth.dueDate;
    }
    qInfo("tests/data: subtotal %d/%lld, tax %d/%lld, due_date %d/%lld", subtotal,
          qlonglong(pages.size()), tax, qlonglong(pages.size()), due, qlonglong(pages.size()));
}

// The extractor runs on several worker threads at once: same results as a serial run.
void TstFieldExtractor::concurrentExtraction()
{
    const QList<TruthPage> pages = loadTruthPages(QStringLiteral(INVOICEDASH_TEST_DATA_DIR));
    QVERIFY(!pages.isEmpty());
    QStringList texts;
    for (int round = 0; round < 20; ++round) {
        for (const TruthPage &page : pages)
            texts.append(page.text);
    }
    const FieldExtractor extractor;
    const QList<InvoiceFields> parallel = QtConcurrent::blockingMapped(
        texts, [&extractor](const QString &text) { return extractor.extract(text); });
    QCOMPARE(parallel.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(parallel.at(i), extractor.extract(texts.at(i)));
}

// The ground-truth pages in tests/data, or INVOICEDASH_CORPUS_DIR (e.g. shared/corpus/synthetic)
// to measure per-field accuracy on a whole corpus's perfect text.
void TstFieldExtractor::corpusAccuracy()
{
    QString dir = qEnvironmentVariable("INVOICEDASH_CORPUS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(INVOICEDASH_TEST_DATA_DIR);
    const QList<TruthPage> pages = loadTruthPages(dir);
    QVERIFY2(!pages.isEmpty(), qPrintable(dir));

    QList<FieldScore> scores = scoreFields();
    for (const TruthPage &page : pages) {
        const InvoiceFields fields = FieldExtractor().extract(page.text);
        for (FieldScore &score : scores) {
            const QString got = fields.*score.member;
            const QString want = page.truth.*score.member;
            if (got == want)
                ++score.hits;
            else if (qEnvironmentVariableIsSet("INVOICEDASH_CORPUS_VERBOSE"))
                qInfo("%s %s: got '%s' want '%s'", qPrintable(page.file), score.name,
                      qPrintable(got), qPrintable(want));
        }
    }
    for (const FieldScore &score : std::as_const(scores))
        qInfo("%-15s %3d/%lld  %5.1f%%", score.name, score.hits, qlonglong(pages.size()),
              100.0 * score.hits / double(pages.size()));
    for (const FieldScore &score : std::as_const(scores)) {
        const QByteArray name(score.name);
        if (name == "invoice_number" || name == "invoice_date" || name == "currency"
            || name == "total")
            QVERIFY2(score.hits >= 0.95 * double(pages.size()), score.name);
    }
}

QTEST_GUILESS_MAIN(TstFieldExtractor)
#include "tst_fieldextractor.moc"
