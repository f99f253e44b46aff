#include "extract/fieldlocator.h"
#include "ocr/orientationdetector.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace InvoiceDash;

namespace {

// Words laid out on lines: each word starts where the previous one ended,
// plus a space; all words of line n are at y = 100 + 50 n.
struct PageBuilder
{
    PageWords page;
    int line = -1;
    int x = 0;

    PageBuilder() { page.size = QSize(1000, 1400); }
    PageBuilder &newLine(int indent = 50)
    {
        ++line;
        x = indent;
        return *this;
    }
    PageBuilder &word(const QString &text)
    {
        const int width = int(text.size()) * 12;
        page.words.append(OcrWord{text, QRect(x, 100 + 50 * line, width, 20), 90.0f, line});
        x += width + 10;
        return *this;
    }
    PageBuilder &words(const QString &text)
    {
        for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word(w);
        return *this;
    }
    // The box of words [first, first + count) of line `n`, in fractions of the page.
    [[nodiscard]] QRectF box(int n, int first, int count) const
    {
        QRect united;
        int seen = 0;
        for (const OcrWord &w : page.words) {
            if (w.lineIndex != n)
                continue;
            if (seen >= first && seen < first + count)
                united = united.united(w.box);
            ++seen;
        }
        return QRectF(double(united.x()) / page.size.width(),
                      double(united.y()) / page.size.height(),
                      double(united.width()) / page.size.width(),
                      double(united.height()) / page.size.height());
    }
};

bool near(const QRectF &a, const QRectF &b, double tolerance = 1e-6)
{
    return std::abs(a.left() - b.left()) <= tolerance && std::abs(a.top() - b.top()) <= tolerance
        && std::abs(a.right() - b.right()) <= tolerance
        && std::abs(a.bottom() - b.bottom()) <= tolerance;
}

QByteArray describe(const QRectF &r)
{
    return QByteArray::number(r.x()) + "," + QByteArray::number(r.y()) + " "
        + QByteArray::number(r.width()) + "x" + QByteArray::number(r.height());
}

} // namespace

class TstFieldLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsPrintedForms_data();
    void findsPrintedForms();
    void labelledLineWins();
    void currencyCodeBeatsASymbol();
    void missingValuesHaveNoLocation();
    void laterPageIsReported();
    void turnedPageMapsBackToTheStoredImage_data();
    void turnedPageMapsBackToTheStoredImage();
    void jsonRoundTrips();
};

void TstFieldLocator::findsPrintedForms_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("printed"); // the line, word by word
    QTest::addColumn<int>("first");       // the words of the value (an amount: the number only)
    QTest::addColumn<int>("count");

    QTest::addRow("amount european with symbol") << "total"
                                                 << "1234.56"
                                                 << "Total 1.234,56 €" << 1 << 1;
    QTest::addRow("amount dollar") << "total"
                                   << "1234.56"
                                   << "Total: $1,234.56" << 1 << 1;
    QTest::addRow("amount code first") << "subtotal"
                                       << "980.00"
                                       << "Subtotal EUR 980,00" << 2 << 1;
    QTest::addRow("amount space thousands") << "tax"
                                            << "1234.50"
                                            << "VAT 1 234,50" << 1 << 2;
    QTest::addRow("amount ocr letter o") << "total"
                                         << "25.00"
                                         << "Total 25,OO" << 1 << 1;
    QTest::addRow("vendor multi-word") << "vendor"
                                       << "Acme Trading GmbH"
                                       << "ACME Trading GmbH, Berlin" << 0 << 3;
    QTest::addRow("number with hash") << "invoice_number"
                                      << "INV-0042"
                                      << "Invoice #INV-0042" << 1 << 1;
    QTest::addRow("number glued to label") << "invoice_number"
                                           << "4711"
                                           << "Invoice No.4711" << 1 << 1;
    QTest::addRow("date long form") << "invoice_date"
                                    << "2024-03-05"
                                    << "Date: March 5, 2024" << 1 << 3;
    QTest::addRow("date dotted") << "due_date"
                                 << "2024-04-05"
                                 << "Due 05.04.2024" << 1 << 1;
    QTest::addRow("date german month") << "invoice_date"
                                       << "2024-03-05"
                                       << "Rechnungsdatum 5. März 2024" << 1 << 3;
    QTest::addRow("currency code") << "currency"
                                   << "EUR"
                                   << "Currency: EUR" << 1 << 1;
    QTest::addRow("currency symbol") << "currency"
                                     << "USD"
                                     << "Total $99.00" << 1 << 1;
}

void TstFieldLocator::findsPrintedForms()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, printed);
    QFETCH(int, first);
    QFETCH(int, count);

    PageBuilder b;
    b.newLine().words(QStringLiteral("INVOICE"));
    b.newLine().words(printed);
    b.newLine().words(QStringLiteral("Thank you for your business"));
    InvoiceFields fields;
    QVERIFY(FieldKeys::setValue(&fields, field, value));
    const FieldLocations locations = FieldLocator::locate(fields, {b.page});
    QVERIFY2(locations.contains(field), qPrintable(printed));
    const FieldLocation found = locations.value(field);
    QCOMPARE(found.page, 0);
    const QRectF expected = b.box(1, first, count);
    QVERIFY2(near(found.box, expected),
             QByteArray(describe(found.box) + " != " + describe(expected)).constData());
}

void TstFieldLocator::labelledLineWins()
{
    // 1234.56 is a line amount and the total; 2024-03-05 is the invoice date
    // and (here) the due date. The labels decide.
    PageBuilder b;
    b.newLine().words(QStringLiteral("Acme GmbH"));
    b.newLine().words(QStringLiteral("Due date: 05/03/2024"));
    b.newLine().words(QStringLiteral("Invoice date: 05/03/2024"));
    b.newLine().words(QStringLiteral("Consulting 1 1.234,56 1.234,56"));
    b.newLine().words(QStringLiteral("Subtotal 1.234,56"));
    b.newLine().words(QStringLiteral("Total 1.234,56"));
    b.newLine().words(QStringLiteral("Page 1 of 1 1.234,56"));
    InvoiceFields fields;
    fields.total = QStringLiteral("1234.56");
    fields.subtotal = QStringLiteral("1234.56");
    fields.invoiceDate = QStringLiteral("2024-03-05");
    fields.dueDate = QStringLiteral("2024-03-05");
    const FieldLocations locations = FieldLocator::locate(fields, {b.page});
    QVERIFY(near(locations.value(QStringLiteral("total")).box, b.box(5, 1, 1)));
    QVERIFY(near(locations.value(QStringLiteral("subtotal")).box, b.box(4, 1, 1)));
    QVERIFY(near(locations.value(QStringLiteral("due_date")).box, b.box(1, 2, 1)));
    QVERIFY(near(locations.value(QStringLiteral("invoice_date")).box, b.box(2, 2, 1)));
}

void TstFieldLocator::currencyCodeBeatsASymbol()
{
    PageBuilder b;
    b.newLine().words(QStringLiteral("Grand Total $3,128.52"));
    b.newLine().words(QStringLiteral("Amounts in USD."));
    InvoiceFields fields;
    fields.currency = QStringLiteral("USD");
    const FieldLocations locations = FieldLocator::locate(fields, {b.page});
    QVERIFY(near(locations.value(QStringLiteral("currency")).box, b.box(1, 2, 1)));
}

void TstFieldLocator::missingValuesHaveNoLocation()
{
    PageBuilder b;
    b.newLine().words(QStringLiteral("Total 99.00"));
    InvoiceFields fields;
    fields.total = QStringLiteral("98.00");
    fields.vendor = QStringLiteral("Globex");
    fields.invoiceDate = QStringLiteral("2024-01-01");
    const FieldLocations locations = FieldLocator::locate(fields, {b.page});
    QVERIFY2(locations.isEmpty(), qPrintable(QStringList(locations.keys()).join(u',')));
}

void TstFieldLocator::laterPageIsReported()
{
    PageBuilder one;
    one.newLine().words(QStringLiteral("Acme GmbH Invoice 17"));
    PageBuilder two;
    two.newLine().words(QStringLiteral("Carried over 10.00"));
    two.newLine().words(QStringLiteral("Total due 130.00"));
    InvoiceFields fields;
    fields.total = QStringLiteral("130.00");
    fields.vendor = QStringLiteral("Acme GmbH");
    const FieldLocations locations = FieldLocator::locate(fields, {one.page, two.page});
    QCOMPARE(locations.value(QStringLiteral("total")).page, 1);
    QVERIFY(near(locations.value(QStringLiteral("total")).box, two.box(1, 2, 1)));
    QCOMPARE(locations.value(QStringLiteral("vendor")).page, 0);
    QVERIFY(near(locations.value(QStringLiteral("vendor")).box, one.box(0, 0, 2)));
}

void TstFieldLocator::turnedPageMapsBackToTheStoredImage_data()
{
    QTest::addColumn<int>("degrees");
    for (int degrees : {0, 90, 180, 270})
        QTest::addRow("%d", degrees) << degrees;
}

// A stored page with a mark, turned upright the way the OCR engine does: the
// mark's box found in the upright image must map back onto the mark.
void TstFieldLocator::turnedPageMapsBackToTheStoredImage()
{
    QFETCH(int, degrees);
    QImage stored(400, 300, QImage::Format_Grayscale8);
    stored.fill(Qt::white);
    const QRect mark(40, 30, 80, 20);
    {
        QPainter painter(&stored);
        painter.fillRect(mark, Qt::black);
    }
    const QImage upright = OrientationDetector::turnUpright(stored, degrees);
    QRect inUpright;
    for (int y = 0; y < upright.height(); ++y) {
        for (int x = 0; x < upright.width(); ++x) {
            if (qGray(upright.pixel(x, y)) < 128)
                inUpright = inUpright.united(QRect(x, y, 1, 1));
        }
    }
    PageWords page;
    page.size = upright.size();
    page.clockwiseDegrees = degrees;
    page.words = {OcrWord{QStringLiteral("No."), QRect(), 90.0f, 0},
                  OcrWord{QStringLiteral("4711"), inUpright, 90.0f, 0}};
    page.words[0].box = QRect(inUpright.topLeft() - QPoint(30, 0), QSize(20, 20));
    InvoiceFields fields;
    fields.invoiceNumber = QStringLiteral("4711");
    const FieldLocations locations = FieldLocator::locate(fields, {page});
    const QRectF expected(double(mark.x()) / stored.width(), double(mark.y()) / stored.height(),
                          double(mark.width()) / stored.width(),
                          double(mark.height()) / stored.height());
    const QRectF found = locations.value(QStringLiteral("invoice_number")).box;
    QVERIFY2(near(found, expected, 1.5 / 300.0),
             QByteArray(describe(found) + " != " + describe(expected)).constData());
}

void TstFieldLocator::jsonRoundTrips()
{
    FieldLocations locations;
    locations.insert(QStringLiteral("total"), FieldLocation{1, QRectF(0.5, 0.25, 0.125, 0.0625)});
    locations.insert(QStringLiteral("vendor"), FieldLocation{0, QRectF(0.1, 0.05, 0.3, 0.02)});
    QCOMPARE(fieldLocationsFromJson(fieldLocationsToJson(locations)), locations);
    QVERIFY(fieldLocationsFromJson(QJsonObject{}).isEmpty());
}

QTEST_GUILESS_MAIN(TstFieldLocator)
#include "tst_fieldlocator.moc"
