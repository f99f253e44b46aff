#include "extract/fieldextractor.h"
#include "extract/lineitemextractor.h"

#include <QStringList>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using InvoiceDash::FieldExtractor;
using InvoiceDash::LineItem;

namespace {

// "description|quantity|unit price|amount" per item, items separated by ';'.
QString describe(const QList<LineItem> &items)
{
    QStringList out;
    for (const LineItem &item : items)
        out.append(
            QStringList{item.description, item.quantity, item.unitPrice, item.amount}.join(u'|'));
    return out.join(u';');
}

QString lines(std::initializer_list<const char *> rows)
{
    QStringList out;
    for (const char *row : rows)
        out.append(QString::fromUtf8(row));
    return out.join(u'\n');
}

} // namespace

class TstLineItemExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void viaFieldExtractor();
    void concurrentExtraction();
};

void TstLineItemExtractor::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("items");

    // --- Template styles -------------------------------------------------------------------
    QTest::addRow("classic, currency codes") << lines(
        {"Item Description                                Units      Unit Price          Amount",
         "Data backup service                               7.5      GBP 238.37    GBP 1,787.78",
         "Toner cartridge, black                              1        GBP 8.95        GBP 8.95",
         "Website maintenance ©                               4      GBP 493.53    GBP 1,974.12",
         "Subtotal .          GBP 3,770.85"})
                                             << QStringLiteral(
                                                    "Data backup service|7.5|238.37|1787.78;"
                                                    "Toner cartridge, black|1|8.95|8.95;"
                                                    "Website maintenance|4|493.53|1974.12");
    QTest::addRow("us symbols")
        << lines({"Description                 Qty     Unit price        Amount",
                  "Laptop stand                  3       $1,134.41     $3,403.23",
                  "Courier, same day           0.5          $9.75         $4.88",
                  "Total                                               $3,408.11"})
        << QStringLiteral("Laptop stand|3|1134.41|3403.23;Courier, same day|0.5|9.75|4.88");
    QTest::addRow("plain, no symbols")
        << lines({"Item Description          Quantity        Unit Cost          Price",
                  "USB-C docking station            1            11.69          11.69",
                  "Photography, half day          1.5            47.55          71.33",
                  "Sub-total                  83.02"})
        << QStringLiteral(
               "USB-C docking station|1|11.69|11.69;Photography, half day|1.5|47.55|71.33");
    QTest::addRow("european amounts")
        << lines({"Service                         Units         Price      Amount",
                  "Spare parts kit                     2     1.036,90     2.073,80",
                  "Annual software license           7,5       293,11     2.198,33",
                  "Water cooler rental                25       2,97 €      74,25 €",
                  "Net amount                  4.346,38"})
        << QStringLiteral("Spare parts kit|2|1036.90|2073.80;"
                          "Annual software license|7.5|293.11|2198.33;"
                          "Water cooler rental|25|2.97|74.25");
    QTest::addRow("space-grouped thousands") << lines(
        {"Description            Qty        Price         Amount",
         "Office chair            11     91,71 €     1 008,81 €", "Subtotal    1 008,81 €"})
                                             << QStringLiteral("Office chair|11|91.71|1008.81");
    QTest::addRow("grid with row numbers")
        << lines({"# | Service                     Qty        Unit Price       Line Total",
                  "1 | Cloud hosting - monthly       6            $1.92           $11.52",
                  "4| Annual software license       66          $203.95       $13,460.70",
                  "3]Hard hat                        2            $2.54            $5.08",
                  "Sub-total      $13,477.30"})
        << QStringLiteral("Cloud hosting - monthly|6|1.92|11.52;"
                          "Annual software license|66|203.95|13460.70;Hard hat|2|2.54|5.08");
    QTest::addRow("sidebar column on the row lines")
        << lines({"INVOICE #                      Item                           Units      Price  "
                  "   Amount",
                  "93191                         Annual software license            2     £63.83   "
                  " £127.66",
                  "13-Jul-2024                                                              ",
                  "DUE                           Hard hat                           3     £19.18   "
                  "  £57.54",
                  "Nova Fitness Club",
                  "VAT No. GB106869021                        Subtotal                 £185.20"})
        << QStringLiteral("Annual software license|2|63.83|127.66;Hard hat|3|19.18|57.54");
    QTest::addRow("description column read as its own block")
        << lines({"Description", "Translation services", "A4 copy paper, 500 sheets", "",
                  "We appreciate", "Invoice No.:     INV-2024-1863",
                  "Hrs/Qty         Rate        Total", "0.75    €1,515.08    €1,136.31", "",
                  "10      €102.86    €1,028.60", "Subtotal                 €2,164.91"})
        << QStringLiteral("Translation services|0.75|1515.08|1136.31;"
                          "A4 copy paper, 500 sheets|10|102.86|1028.60");
    QTest::addRow("wrapped description")
        << lines({"Description                     Qty      Unit price       Amount",
                  "Annual support contract,          1         1,200.00     1,200.00",
                  "premium tier",
                  "Site survey                       2           150.00       300.00",
                  "Subtotal    1,500.00"})
        << QStringLiteral("Annual support contract, premium tier|1|1200.00|1200.00;"
                          "Site survey|2|150.00|300.00");
    QTest::addRow("german header")
        << lines({"Beschreibung              Menge      Einzelpreis        Betrag",
                  "Wartung Server              2,5         80,00 €      200,00 €",
                  "Druckerpapier A4             10          4,99 €       49,90 €",
                  "Zwischensumme                                      249,90 €"})
        << QStringLiteral("Wartung Server|2.5|80.00|200.00;Druckerpapier A4|10|4.99|49.90");
    QTest::addRow("french header")
        << lines({"Désignation             Quantité      Prix unitaire        Montant",
                  "Nettoyage des vitres           3          45,00 €       135,00 €",
                  "Audit de sécurité           0,75         400,00 €       300,00 €",
                  "Total HT                                              435,00 €"})
        << QStringLiteral(
               "Nettoyage des vitres|3|45.00|135.00;Audit de sécurité|0.75|400.00|300.00");

    // --- OCR slips the arithmetic repairs ----------------------------------------------------
    QTest::addRow("look-alike digits")
        << lines({"Description            Hrs/Qty      Rate     Line Total",
                  "Data backup service         9]      4,79         435,89",
                  "Water cooler rental        @.5     56,49          28,25",
                  "Net amount      464,14"})
        << QStringLiteral("Data backup service|91|4.79|435.89;Water cooler rental|0.5|56.49|28.25");
    QTest::addRow("dropped decimal point in quantity")
        << lines({"Description        Qty        Unit Cost           Amount",
                  "Security audit      15       GBP 3.43         GBP 5.15", "Total   GBP 5.15"})
        << QStringLiteral("Security audit|1.5|3.43|5.15");
    QTest::addRow("amount split at its separators")
        << lines({"Description                Qty      Unit Cost          Total",
                  "Website maintenance          2      EUR 27,74      EUR 55, 48",
                  "Data backup service          2     EUR 514, 69   EUR 1.029, 38",
                  "Sub-total          EUR 1.084, 86"})
        << QStringLiteral("Website maintenance|2|27.74|55.48;Data backup service|2|514.69|1029.38");
    QTest::addRow("quantity merged into the price")
        << lines({"Description        Qty     Price     Amount",
                  "Filing cabinet     41.25      5.00", "Total 5.00"})
        << QStringLiteral("Filing cabinet|4|1.25|5.00");

    QTest::addRow("space-grouped price and amount")
        << lines({"# | Description                     Qty          Price        Line Total",
                  "2 | Photography, half day             2      1 122,07 €        2 244,14 €",
                  "Subtotal     2 244,14 €"})
        << QStringLiteral("Photography, half day|2|1122.07|2244.14");
    QTest::addRow("one separator for thousands and cents")
        << lines({"Description           Qty      Unit Cost        Total",
                  "Coffee beans           20        $65.91      $1.318.20",
                  "Office chair           20       $169.20     $3,384.00)", "Subtotal   $4,702.20"})
        << QStringLiteral("Coffee beans|20|65.91|1318.20;Office chair|20|169.20|3384.00");
    QTest::addRow("description block keeps its order past an unreadable row")
        << lines({"Item", "Toner cartridge, black", "Network cable Cat6, 5 m", "Site survey", "",
                  "Qty              Unit Cost                   Total",
                  "2                   $54.49                 $108.98",
                  "2                   SI1.83                   $23.66",
                  "76                 $105.31                $8,003.56", "Subtotal   $8,136.20"})
        << QStringLiteral("Toner cartridge, black|2|54.49|108.98;Site survey|76|105.31|8003.56");

    // --- Negative cases ----------------------------------------------------------------------
    QTest::addRow("no table") << lines(
        {"Invoice No.: 4711", "Paid with thanks 3 10.00 30.00", "Total 30.00"})
                              << QString();
    QTest::addRow("totals block is not an item")
        << lines({"Description          Qty     Price     Amount",
                  "Hard hat               3     10.00      30.00",
                  "Subtotal                   30.00", "Tax (10%)                   3.00",
                  "Total                      33.00", "Balance 1 33.00 33.00"})
        << QStringLiteral("Hard hat|3|10.00|30.00");
    QTest::addRow("unreconciled row left out")
        << lines({"Description          Qty     Price     Amount",
                  "Hard hat               2      2.54       7.00",
                  "Site survey            1     50.00      50.00", "Subtotal   57.00"})
        << QStringLiteral("Site survey|1|50.00|50.00");
    QTest::addRow("row with one number left out")
        << lines({"Description          Qty     Price     Amount",
                  "Shipping                         5.00", "Subtotal   5.00"})
        << QString();
    QTest::addRow("left column line not a continuation")
        << lines({"Description                    Hrs/Qty        Rate      Line Total",
                  "LED panel 60x60                      5       53,33          266,65",
                  "Tom O'Brien", "Subtotal  266,65"})
        << QStringLiteral("LED panel 60x60|5|53.33|266.65");
    QTest::addRow("description block with a row count mismatch") << lines(
        {"Item", "Spare parts kit", "Units      Rate      Total", "1      $13.75      $13.75",
         "3       $5.37      $16.11", "Net amount     $29.86"}) << QString();
}

void TstLineItemExtractor::extract()
{
    QFETCH(QString, text);
    QFETCH(QString, items);
    QCOMPARE(describe(InvoiceDash::Extract::extractLineItems(text)), items);
}

void TstLineItemExtractor::viaFieldExtractor()
{
    const QString text
        = lines({"ACME Ltd", "Invoice No.: INV-1", "Description      Qty    Price     Amount",
                 "Hard hat           3    10.00      30.00", "Total   30.00"});
    const QList<LineItem> items = FieldExtractor().extract(text).lineItems;
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.front(),
             (LineItem{QStringLiteral("Hard hat"), QStringLiteral("3"), QStringLiteral("10.00"),
                       QStringLiteral("30.00")}));
}

void TstLineItemExtractor::concurrentExtraction()
{
    const QString text
        = lines({"Description          Qty     Price     Amount",
                 "Hard hat               3     10.00      30.00",
                 "Site survey          1,5     20,00      30,00", "Subtotal  60.00"});
    const QList<QString> texts(64, text);
    const QList<QString> results = QtConcurrent::blockingMapped(texts, [](const QString &t) {
        return describe(InvoiceDash::Extract::extractLineItems(t));
    });
    for (const QString &result : results)
        QCOMPARE(result, QStringLiteral("Hard hat|3|10.00|30.00;Site survey|1.5|20.00|30.00"));
}

QTEST_GUILESS_MAIN(TstLineItemExtractor)
#include "tst_lineitemextractor.moc"
