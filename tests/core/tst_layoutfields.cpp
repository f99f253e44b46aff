#include "extract/fieldextractor.h"
#include "extract/layoutfields.h"

#include <QTest>

using InvoiceDash::FieldExtractor;
using InvoiceDash::InvoiceFields;
using InvoiceDash::OcrWord;
using InvoiceDash::PageWords;

namespace {

// One printed line: its text, left edge, top and text height in pixels.
struct Line
{
    QString text;
    int x;
    int y;
    int height;
};

// A page as OCR would see it: one word box per word, about 0.55 of the text height per
// character and 0.3 between words, lines at the same height one Tesseract line. The text is the
// lines top to bottom (lines at the same height joined by three spaces, as the pipeline
// does for columns).
struct Page
{
    PageWords words;
    QString text;
};

Page makePage(QList<Line> lines)
{
    Page page;
    page.words.size = QSize(1700, 2200);
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.y != b.y ? a.y < b.y : a.x < b.x;
    });
    int lineIndex = 0;
    int lastY = -1;
    for (const Line &line : std::as_const(lines)) {
        if (line.y != lastY)
            ++lineIndex; // Tesseract reads lines at the same height as one line
        int x = line.x;
        for (const QString &word : line.text.split(u' ', Qt::SkipEmptyParts)) {
            const int width = int(word.size() * line.height * 0.55);
            page.words.words.append(
                OcrWord{word, QRect(x, line.y, width, line.height), 95.0f, lineIndex});
            x += width + int(line.height * 0.3);
        }
        if (line.y == lastY)
            page.text += QStringLiteral("   ");
        else if (!page.text.isEmpty())
            page.text += u'\n';
        page.text += line.text;
        lastY = line.y;
    }
    return page;
}

InvoiceFields extractPage(const QList<Line> &lines)
{
    const Page page = makePage(lines);
    return FieldExtractor().extract(page.text, {page.words});
}

} // namespace

class TstLayoutFields : public QObject
{
    Q_OBJECT

private slots:
    void segments();
    void vendor_data();
    void vendor();
    void labelledFields_data();
    void labelledFields();
    void labelValueByPosition_data();
    void labelValueByPosition();
    void textOnlyStillWorks();
};

void TstLayoutFields::segments()
{
    // A column gap splits a row; a tall letterhead and a small line beside it stay apart.
    const Page page = makePage({{QStringLiteral("Northwind Traders"), 100, 100, 60},
                                {QStringLiteral("info@northwind.example"), 700, 110, 20},
                                {QStringLiteral("Invoice No: 17"), 100, 400, 20},
                                {QStringLiteral("Date: 2024-01-02"), 1100, 400, 20}});
    const QList<InvoiceDash::Extract::Segment> segments
        = InvoiceDash::Extract::pageSegments(page.words);
    // Rows are ordered by their vertical centres: the small line's is higher.
    QCOMPARE(segments.size(), 4);
    QCOMPARE(segments.at(0).text, QStringLiteral("info@northwind.example"));
    QCOMPARE(segments.at(1).text, QStringLiteral("Northwind Traders"));
    QCOMPARE(segments.at(1).height, 60);
    QVERIFY(segments.at(0).row != segments.at(1).row);
    QCOMPARE(segments.at(2).text, QStringLiteral("Invoice No: 17"));
    QCOMPARE(segments.at(3).text, QStringLiteral("Date: 2024-01-02"));
    QCOMPARE(segments.at(2).row, segments.at(3).row);
}

void TstLayoutFields::vendor_data()
{
    QTest::addColumn<QList<Line>>("lines");
    QTest::addColumn<QString>("vendor");

    const Line body1{QStringLiteral("Thank you for your business."), 100, 1900, 20};
    const Line body2{QStringLiteral("Payment within 30 days."), 100, 1940, 20};

    QTest::newRow("legal suffix beats a big title")
        << QList<Line>{{QStringLiteral("INVOICE"), 1100, 100, 70},
                       {QStringLiteral("Brightwater Tools GmbH"), 100, 110, 30},
                       {QStringLiteral("Hafenstr. 12, 20457 Hamburg"), 100, 160, 20},
                       body1,
                       body2}
        << QStringLiteral("Brightwater Tools GmbH");
    QTest::newRow("title words stripped from the letterhead line")
        << QList<Line>{{QStringLiteral("Pine Valley Supplies Tax Invoice"), 100, 100, 40},
                       {QStringLiteral("12 Main Street"), 100, 160, 20},
                       body1}
        << QStringLiteral("Pine Valley Supplies");
    QTest::newRow("a title split by OCR is no name")
        << QList<Line>{{QStringLiteral("FACTU U R."), 100, 100, 70},
                       {QStringLiteral("Orchid Retail B.V."), 1100, 110, 24},
                       body1}
        << QStringLiteral("Orchid Retail B.V.");
    QTest::newRow("bill-to name is not the vendor")
        << QList<Line>{{QStringLiteral("Maple Street Bakery"), 100, 100, 36},
                       {QStringLiteral("Bill To:"), 100, 500, 20},
                       {QStringLiteral("Globex Holdings Inc."), 100, 540, 20},
                       {QStringLiteral("88 Harbor Road"), 100, 580, 20},
                       body1}
        << QStringLiteral("Maple Street Bakery");
    QTest::newRow("Dutch address headings")
        << QList<Line>{{QStringLiteral("Factuuradres"), 100, 120, 20},
                       {QStringLiteral("Afleveradres"), 700, 120, 20},
                       {QStringLiteral("Jansen Bouw B.V."), 100, 160, 20},
                       {QStringLiteral("Jansen Bouw B.V."), 700, 160, 20},
                       {QStringLiteral("Kopie factuur"), 100, 400, 30},
                       {QStringLiteral("Fietsenwinkel Noord B.V."), 100, 2000, 20},
                       body1}
        << QStringLiteral("Fietsenwinkel Noord B.V.");
    QTest::newRow("name spelling the web domain")
        << QList<Line>{{QStringLiteral("Global Wholesaler"), 100, 100, 24},
                       {QStringLiteral("Blue Harbor Trading"), 100, 160, 20},
                       {QStringLiteral("12 Quay Street"), 100, 200, 20},
                       body1,
                       {QStringLiteral("www.blueharbor-trading.com"), 100, 2100, 20}}
        << QStringLiteral("Blue Harbor Trading");
    QTest::newRow("legal form in a register statement is not glued to the name") << QList<Line>{
        {QStringLiteral("Lumen"), 100, 100, 50},
        {QStringLiteral("Facture n° 5620 du 02 Juillet 2015"), 100, 400, 20},
        {QStringLiteral("Lumen SAS au capital de 3.441 Euros RCS Paris"), 100, 2050, 16},
        {QStringLiteral("www.lumen.fr"), 100, 2100, 16}} << QStringLiteral("Lumen");
    QTest::newRow("return address line above the window")
        << QList<Line>{{QStringLiteral("Nordlicht Hosting AG - Uferweg 4 - 63571 Gelnhausen"), 100,
                        200, 16},
                       {QStringLiteral("Harbour Labs Ltd."), 100, 240, 22},
                       {QStringLiteral("93 Quay Road"), 100, 280, 22},
                       {QStringLiteral("Nordlicht Hosting AG"), 100, 2050, 18}}
        << QStringLiteral("Nordlicht Hosting AG");
    QTest::newRow("legal suffix wrapped to the next row")
        << QList<Line>{{QStringLiteral("Silverline"), 80, 100, 30},
                       {QStringLiteral("Catering Ltd"), 80, 140, 30},
                       {QStringLiteral("INVOICE"), 1100, 100, 60},
                       body1}
        << QStringLiteral("Silverline Catering Ltd");
    QTest::newRow("seller label") << QList<Line>{
        {QStringLiteral("Tax Invoice"), 100, 100, 40},
        {QStringLiteral("Sold By: Riverside Retail Pvt. Ltd."), 100, 200, 20},
        {QStringLiteral("Ship To"), 900, 300, 20},
        {QStringLiteral("Omega Stores Ltd."), 900, 340,
         20}} << QStringLiteral("Riverside Retail Pvt. Ltd.");
    QTest::newRow("payee of the bank details beats the recipient's address") << QList<Line>{
        {QStringLiteral("MERIDIAN"), 100, 120, 22},
        {QStringLiteral("4 rue Basse"), 100, 160, 20},
        {QStringLiteral("69100 Villeurbanne"), 100, 200, 20},
        {QStringLiteral("Virement Titulaire du compte : ANNONCEPRESS"), 100, 1500, 18},
        {QStringLiteral("ANNONCEPRESS"), 100, 2000, 18},
        {QStringLiteral("Client MERIDIAN"), 100, 400, 20}} << QStringLiteral("ANNONCEPRESS");
    QTest::newRow("payee label above the name")
        << QList<Line>{{QStringLiteral("RECEIPT"), 100, 100, 40},
                       {QStringLiteral("All payments to be made in favour of"), 100, 1500, 18},
                       {QStringLiteral("Lakeside Stays Pvt. Ltd."), 100, 1530, 18}}
        << QStringLiteral("Lakeside Stays Pvt. Ltd.");
    QTest::newRow("no vendor candidate: empty, not the first line")
        << QList<Line>{{QStringLiteral("Bill To:"), 100, 100, 20},
                       {QStringLiteral("Wolfgang Weber GmbH"), 100, 140, 20},
                       {QStringLiteral("Invoice No: 12"), 900, 100, 20}}
        << QString();
    QTest::newRow("an item row below the letterhead is not a vendor")
        << QList<Line>{{QStringLiteral("Factuuradres"), 100, 100, 20},
                       {QStringLiteral("Strategic Holdings B.V."), 100, 140, 20},
                       {QStringLiteral("Onderhoudsset Deluxe Koffie"), 300, 900, 20},
                       {QStringLiteral("49,99"), 1400, 900, 20}}
        << QString();
    QTest::newRow("no prose, labels or amounts")
        << QList<Line>{{QStringLiteral("Invoice Date: 2024-03-05"), 100, 100, 40},
                       {QStringLiteral("Total: $1,234.56"), 100, 160, 40},
                       {QStringLiteral("Thanks so much for your order."), 100, 220, 40},
                       {QStringLiteral("Quillfeather Press"), 100, 300, 22}}
        << QStringLiteral("Quillfeather Press");
}

void TstLayoutFields::vendor()
{
    QFETCH(QList<Line>, lines);
    QFETCH(QString, vendor);
    const Page page = makePage(lines);
    QCOMPARE(InvoiceDash::Extract::layoutVendor({page.words}, page.text), vendor);
    QCOMPARE(FieldExtractor().extract(page.text, {page.words}).vendor, vendor);
}

void TstLayoutFields::labelledFields_data()
{
    QTest::addColumn<QList<Line>>("lines");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("label left of value")
        << QList<Line>{{QStringLiteral("Invoice Number: 7781-A"), 1000, 200, 20}}
        << QStringLiteral("invoiceNumber") << QStringLiteral("7781-A");
    QTest::newRow("label above value")
        << QList<Line>{{QStringLiteral("Booking ID"), 100, 300, 20},
                       {QStringLiteral("Payment Mode"), 600, 300, 20},
                       {QStringLiteral("QRX4410"), 100, 340, 20},
                       {QStringLiteral("Cash"), 600, 340, 20}}
        << QStringLiteral("invoiceNumber") << QStringLiteral("QRX4410");
    QTest::newRow("label row above value row (Dutch)")
        << QList<Line>{{QStringLiteral("Klant"), 100, 300, 20},
                       {QStringLiteral("Factuur datum"), 500, 300, 20},
                       {QStringLiteral("Factuur"), 800, 300, 20},
                       {QStringLiteral("Vervaldatum"), 1100, 300, 20},
                       {QStringLiteral("C00123"), 100, 340, 20},
                       {QStringLiteral("8-9-2022"), 500, 340, 20},
                       {QStringLiteral("VF100519"), 800, 340, 20},
                       {QStringLiteral("22-9-2022"), 1100, 340, 20}}
        << QStringLiteral("invoiceNumber") << QStringLiteral("VF100519");
    QTest::newRow("Dutch number") << QList<Line>{{QStringLiteral("Factuurnummer: 99112233"), 100,
                                                  300, 20},
                                                 {QStringLiteral("Klantnummer: 555"), 100, 340, 20}}
                                  << QStringLiteral("invoiceNumber") << QStringLiteral("99112233");
    QTest::newRow("Dutch date with month name")
        << QList<Line>{{QStringLiteral("Factuurdatum: 29 maart 2014"), 100, 300, 20},
                       {QStringLiteral("Orderdatum: 28 maart 2014"), 100, 340, 20}}
        << QStringLiteral("invoiceDate") << QStringLiteral("2014-03-29");
    QTest::newRow("Dutch total") << QList<Line>{{QStringLiteral("Subtotaal € 100,00"), 1200, 1500,
                                                 20},
                                                {QStringLiteral("BTW 21% € 21,00"), 1200, 1540, 20},
                                                {QStringLiteral("Totaal € 121,00"), 1200, 1580, 20}}
                                 << QStringLiteral("total") << QStringLiteral("121.00");
    QTest::newRow("German total")
        << QList<Line>{{QStringLiteral("Rechnungsnr. 30064443"), 100, 300, 20},
                       {QStringLiteral("Gesamtbetrag 34,73 EUR"), 1200, 1580, 20}}
        << QStringLiteral("total") << QStringLiteral("34.73");
    QTest::newRow("French total to pay")
        << QList<Line>{{QStringLiteral("Facture n° 2022089083"), 100, 300, 20},
                       {QStringLiteral("Somme à payer 29.99 € TTC"), 1200, 1580, 20}}
        << QStringLiteral("total") << QStringLiteral("29.99");
    QTest::newRow("totals row: the rightmost column")
        << QList<Line>{{QStringLiteral("Montant HT Montant TVA Montant TTC"), 900, 1400, 20},
                       {QStringLiteral("Total facture 24.99 5.00 29.99"), 100, 1500, 20}}
        << QStringLiteral("total") << QStringLiteral("29.99");
    QTest::newRow("a year is never a total")
        << QList<Line>{{QStringLiteral("TOTAL AMOUNT DUE ON August 3 , 2014 $4.11"), 100, 400, 20}}
        << QStringLiteral("total") << QStringLiteral("4.11");
    QTest::newRow("date with a spaced comma")
        << QList<Line>{{QStringLiteral("Invoice Date: August 3 , 2014"), 100, 400, 20}}
        << QStringLiteral("invoiceDate") << QStringLiteral("2014-08-03");
    QTest::newRow("a one-digit OCR slip in the subtotal is repaired by the arithmetic")
        << QList<Line>{{QStringLiteral("Subtotal £38,621.23"), 1200, 1500, 20},
                       {QStringLiteral("VAT (20%) £6,124.25"), 1200, 1540, 20},
                       {QStringLiteral("Total £36,745.48"), 1200, 1580, 20}}
        << QStringLiteral("subtotal") << QStringLiteral("30621.23");
    QTest::newRow("a total two digits off the sum stays as read")
        << QList<Line>{{QStringLiteral("Subtotal £10,000.00"), 1200, 1500, 20},
                       {QStringLiteral("VAT (20%) £2,000.00"), 1200, 1540, 20},
                       {QStringLiteral("Total £12,990.00"), 1200, 1580, 20}}
        << QStringLiteral("total") << QStringLiteral("12990.00");
    QTest::newRow("number after a hash under the title")
        << QList<Line>{{QStringLiteral("INVOICE"), 1200, 100, 50},
                       {QStringLiteral("# order_77"), 1200, 160, 20}}
        << QStringLiteral("invoiceNumber") << QStringLiteral("order_77");
}

void TstLayoutFields::labelledFields()
{
    QFETCH(QList<Line>, lines);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const InvoiceFields fields = extractPage(lines);
    const QString actual = field == u"invoiceNumber" ? fields.invoiceNumber
        : field == u"invoiceDate"                    ? fields.invoiceDate
        : field == u"subtotal"                       ? fields.subtotal
                                                     : fields.total;
    QCOMPARE(actual, value);
}

void TstLayoutFields::labelValueByPosition_data()
{
    QTest::addColumn<QList<Line>>("lines");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("due");

    // The OCR text lists the labels before the values, so only the positions pair them.
    QTest::newRow("values right of a label column")
        << QList<Line>{{QStringLiteral("Invoice Number:"), 100, 400, 20},
                       {QStringLiteral("INV-2022-8152"), 500, 400, 20},
                       {QStringLiteral("Invoice Date:"), 100, 440, 20},
                       {QStringLiteral("26 October 2022"), 500, 440, 20},
                       {QStringLiteral("Payment Due:"), 100, 480, 20},
                       {QStringLiteral("25 November 2022"), 500, 480, 20}}
        << QStringLiteral("Invoice Number:\nInvoice Date:\nPayment Due:\n\nINV-2022-8152\n"
                          "26 October 2022\n25 November 2022")
        << QStringLiteral("INV-2022-8152") << QStringLiteral("2022-10-26")
        << QStringLiteral("2022-11-25");
    QTest::newRow("values below a row of labels")
        << QList<Line>{{QStringLiteral("Invoice No"), 100, 400, 20},
                       {QStringLiteral("Issue Date"), 500, 400, 20},
                       {QStringLiteral("Pay by"), 900, 400, 20},
                       {QStringLiteral("A-5511"), 100, 440, 20},
                       {QStringLiteral("2024-01-31"), 500, 440, 20},
                       {QStringLiteral("2024-02-29"), 900, 440, 20}}
        << QStringLiteral("Invoice No\nIssue Date\nPay by\n\nA-5511\n2024-01-31\n2024-02-29")
        << QStringLiteral("A-5511") << QStringLiteral("2024-01-31") << QStringLiteral("2024-02-29");
    QTest::newRow("a grid header cell that says only Invoice")
        << QList<Line>{{QStringLiteral("INVOICE"), 100, 100, 60},
                       {QStringLiteral("Pinnacle Consulting Co."), 100, 200, 24},
                       {QStringLiteral("Invoice"), 100, 400, 20},
                       {QStringLiteral("Date of issue"), 700, 400, 20},
                       {QStringLiteral("Pay by"), 100, 480, 20},
                       {QStringLiteral("F2024-10872"), 100, 440, 20},
                       {QStringLiteral("07/23/2024"), 700, 440, 20},
                       {QStringLiteral("08/22/2024"), 100, 520, 20}}
        << QStringLiteral("INVOICE\nPinnacle Consulting Co.\nInvoice   Date of issue\nPay by\n"
                          "F2024-10872   07/23/2024\n08/22/2024")
        << QStringLiteral("F2024-10872") << QStringLiteral("2024-07-23")
        << QStringLiteral("2024-08-22");
}

void TstLayoutFields::labelValueByPosition()
{
    QFETCH(QList<Line>, lines);
    QFETCH(QString, text);
    QFETCH(QString, number);
    QFETCH(QString, date);
    QFETCH(QString, due);
    const Page page = makePage(lines);
    // The text alone does not pair them all; the positions do.
    const InvoiceFields textOnly = FieldExtractor().extract(text);
    QVERIFY(textOnly.invoiceNumber != number || textOnly.invoiceDate != date
            || textOnly.dueDate != due);
    const InvoiceFields fields = FieldExtractor().extract(text, {page.words});
    QCOMPARE(fields.invoiceNumber, number);
    QCOMPARE(fields.invoiceDate, date);
    QCOMPARE(fields.dueDate, due);
}

void TstLayoutFields::textOnlyStillWorks()
{
    const QString text = QStringLiteral(
        "Acme Supplies Ltd\nInvoice No: 42\nInvoice Date: 2024-03-05\nTotal: £12.00\n");
    const InvoiceFields withoutPages = FieldExtractor().extract(text);
    QCOMPARE(withoutPages.vendor, QStringLiteral("Acme Supplies Ltd"));
    QCOMPARE(withoutPages.invoiceNumber, QStringLiteral("42"));
    QCOMPARE(FieldExtractor().extract(text, {}), withoutPages);
}

QTEST_GUILESS_MAIN(TstLayoutFields)
#include "tst_layoutfields.moc"
