#include "extract/validator.h"

#include <QTest>

using namespace InvoiceDash;

Q_DECLARE_METATYPE(InvoiceDash::InvoiceFields)
Q_DECLARE_METATYPE(InvoiceDash::CheckOutcome)

namespace {

const QDate Today(2024, 11, 28);

// A clean invoice: every check that applies passes.
InvoiceFields clean()
{
    InvoiceFields f;
    f.vendor = QStringLiteral("Silverline Logistics GmbH");
    f.invoiceNumber = QStringLiteral("INV-2024-1863");
    f.invoiceDate = QStringLiteral("2024-09-04");
    f.dueDate = QStringLiteral("2024-10-04");
    f.currency = QStringLiteral("EUR");
    f.subtotal = QStringLiteral("2164.91");
    f.tax = QStringLiteral("411.33");
    f.total = QStringLiteral("2576.24");
    f.lineItems = {{QStringLiteral("Translation services"), QStringLiteral("0.75"),
                    QStringLiteral("1515.08"), QStringLiteral("1136.31")},
                   {QStringLiteral("A4 copy paper"), QStringLiteral("10"), QStringLiteral("102.86"),
                    QStringLiteral("1028.60")}};
    return f;
}

InvoiceFields withItems(const QList<LineItem> &items, const QString &subtotal, const QString &total)
{
    InvoiceFields f = clean();
    f.lineItems = items;
    f.subtotal = subtotal;
    f.tax.clear();
    f.total = total;
    return f;
}

LineItem item(const char *quantity, const char *unitPrice, const char *amount)
{
    return {QStringLiteral("Item"), QLatin1String(quantity), QLatin1String(unitPrice),
            QLatin1String(amount)};
}

} // namespace

class TstValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsers_data();
    void parsers();
    void lineAmounts_data();
    void lineAmounts();
    void checks_data();
    void checks();
    void cleanInvoiceIsVerifiedWithAHighScore();
    void unreconciledTotalsLowerTheScore();
    void emptyFieldsScoreLow();
    void scoreOnHandMadeCases_data();
    void scoreOnHandMadeCases();
    void scoreWithoutLineItems();
    void checksRoundTripThroughJson();
};

void TstValidator::parsers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");    // -1: malformed
    QTest::addColumn<qint64>("quantity"); // 1/10000; -1: malformed
    QTest::addRow("plain") << QStringLiteral("1234.56") << qint64(123456) << qint64(12345600);
    QTest::addRow("one decimal") << QStringLiteral("12.5") << qint64(1250) << qint64(125000);
    QTest::addRow("whole") << QStringLiteral("3") << qint64(300) << qint64(30000);
    QTest::addRow("negative") << QStringLiteral("-0.35") << qint64(-35) << qint64(-3500);
    QTest::addRow("fractional quantity") << QStringLiteral("0.75") << qint64(75) << qint64(7500);
    QTest::addRow("four decimals") << QStringLiteral("1.2345") << qint64(-1) << qint64(12345);
    QTest::addRow("empty") << QString() << qint64(-1) << qint64(-1);
    QTest::addRow("text") << QStringLiteral("12a") << qint64(-1) << qint64(-1);
    QTest::addRow("comma") << QStringLiteral("1,234.56") << qint64(-1) << qint64(-1);
    QTest::addRow("lone dot") << QStringLiteral(".") << qint64(-1) << qint64(-1);
}

void TstValidator::parsers()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QFETCH(qint64, quantity);
    QCOMPARE(Validator::parseCents(text).value_or(-1), cents);
    QCOMPARE(Validator::parseQuantity(text).value_or(-1), quantity);
}

void TstValidator::lineAmounts_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<qint64>("cents"); // -1: malformed
    QTest::addRow("3 x 0.335 half-up")
        << QStringLiteral("3") << QStringLiteral("0.335") << qint64(101);
    QTest::addRow("0.335 x 3") << QStringLiteral("0.335") << QStringLiteral("3.00") << qint64(101);
    QTest::addRow("3 x 0.3349") << QStringLiteral("3") << QStringLiteral("0.3349") << qint64(100);
    QTest::addRow("0.75 x 1515.08")
        << QStringLiteral("0.75") << QStringLiteral("1515.08") << qint64(113631);
    QTest::addRow("1.5 x 10.01") << QStringLiteral("1.5") << QStringLiteral("10.01")
                                 << qint64(1502);
    QTest::addRow("negative half away from zero")
        << QStringLiteral("3") << QStringLiteral("-0.335") << qint64(-101);
    QTest::addRow("malformed") << QStringLiteral("x") << QStringLiteral("1.00") << qint64(-1);
    QTest::addRow("overflow") << QStringLiteral("9999999999999") << QStringLiteral("9999999999999")
                              << qint64(-1);
}

void TstValidator::lineAmounts()
{
    QFETCH(QString, quantity);
    QFETCH(QString, unitPrice);
    QFETCH(qint64, cents);
    QCOMPARE(Validator::lineAmountCents(quantity, unitPrice).value_or(-1), cents);
}

void TstValidator::checks_data()
{
    QTest::addColumn<InvoiceFields>("fields");
    QTest::addColumn<QString>("check");
    QTest::addColumn<CheckOutcome>("expected");
    const auto P = CheckOutcome::Passed;
    const auto F = CheckOutcome::Failed;
    const auto N = CheckOutcome::NotApplicable;
    const QString totalPresent = QStringLiteral("total-present");
    const QString required = QStringLiteral("required-fields");
    const QString sum = QStringLiteral("subtotal-plus-tax");
    const QString lines = QStringLiteral("lines-sum");
    const QString arithmetic = QStringLiteral("line-arithmetic");
    const QString dates = QStringLiteral("dates-plausible");

    InvoiceFields f = clean();
    for (const QString &id : {totalPresent, required, sum, lines, arithmetic, dates})
        QTest::addRow("clean %s", qPrintable(id)) << f << id << P;

    f = clean();
    f.total.clear();
    QTest::addRow("no total") << f << totalPresent << F;
    QTest::addRow("no total: required") << f << required << F;
    QTest::addRow("no total: sum n/a") << f << sum << N;
    f = clean();
    f.total = QStringLiteral("12.3.4");
    QTest::addRow("malformed total") << f << totalPresent << F;
    f = clean();
    f.currency.clear();
    QTest::addRow("no currency") << f << required << F;
    f = clean();
    f.invoiceNumber.clear();
    QTest::addRow("no invoice number") << f << required << F;
    f = clean();
    f.vendor.clear();
    f.dueDate.clear();
    QTest::addRow("vendor and due date are optional") << f << required << P;

    f = clean();
    f.total = QStringLiteral("2576.25");
    QTest::addRow("sum within a cent") << f << sum << P;
    f.total = QStringLiteral("2576.26");
    QTest::addRow("sum two cents off") << f << sum << F;
    f = clean();
    f.total = QStringLiteral("2576.42");
    QTest::addRow("sum digits swapped") << f << sum << F;
    f = clean();
    f.subtotal.clear();
    QTest::addRow("no subtotal: sum n/a") << f << sum << N;
    f = clean();
    f.tax.clear();
    f.total = f.subtotal;
    QTest::addRow("no tax: subtotal is the total") << f << sum << P;
    f = clean();
    f.tax.clear();
    QTest::addRow("no tax: subtotal is not the total") << f << sum << F;

    f = withItems({item("3", "0.335", "1.01")}, QStringLiteral("1.01"), QStringLiteral("1.01"));
    QTest::addRow("3 x 0.335 = 1.005 -> 1.01") << f << arithmetic << P;
    f = withItems({item("3", "0.34", "1.01")}, QStringLiteral("1.01"), QStringLiteral("1.01"));
    QTest::addRow("3 x 0.34 = 1.02, one cent off") << f << arithmetic << P;
    f = withItems({item("3", "0.33", "1.01")}, QStringLiteral("1.01"), QStringLiteral("1.01"));
    QTest::addRow("3 x 0.33 = 0.99, two cents off") << f << arithmetic << F;
    f = withItems({item("0.75", "1515.08", "1136.31")}, QStringLiteral("1136.31"),
                  QStringLiteral("1136.31"));
    QTest::addRow("0.75 x 1515.08 = 1136.31 (half-up)") << f << arithmetic << P;
    f = withItems({item("1.5", "10.01", "15.02")}, QStringLiteral("15.02"),
                  QStringLiteral("15.02"));
    QTest::addRow("1.5 x 10.01 = 15.015 -> 15.02") << f << arithmetic << P;
    f = withItems({item("1.5", "10.00", "16.00")}, QStringLiteral("16.00"),
                  QStringLiteral("16.00"));
    QTest::addRow("1.5 x 10.00 is not 16.00") << f << arithmetic << F;
    f = withItems({item("2", "-5.00", "-10.00"), item("1", "20.00", "20.00")},
                  QStringLiteral("10.00"), QStringLiteral("10.00"));
    QTest::addRow("a discount line") << f << arithmetic << P;
    QTest::addRow("a discount line sums") << f << lines << P;
    f = withItems({{QStringLiteral("Flat fee"), {}, {}, QStringLiteral("50.00")}},
                  QStringLiteral("50.00"), QStringLiteral("50.00"));
    QTest::addRow("no quantities: arithmetic n/a") << f << arithmetic << N;
    QTest::addRow("no quantities: sum still checked") << f << lines << P;
    f = clean();
    f.lineItems.clear();
    QTest::addRow("no items: arithmetic n/a") << f << arithmetic << N;
    QTest::addRow("no items: lines n/a") << f << lines << N;
    f = clean();
    f.lineItems[1].amount = QStringLiteral("1028.70");
    QTest::addRow("lines off by ten cents") << f << lines << F;
    QTest::addRow("line off by ten cents") << f << arithmetic << F;
    f = withItems({item("2", "10.00", "20.00"), item("1", "5.50", "5.50")}, {},
                  QStringLiteral("25.50"));
    QTest::addRow("no subtotal: lines add up to the total") << f << lines << P;
    f.total = QStringLiteral("30.86");
    QTest::addRow("no subtotal: lines miss the total") << f << lines << F;
    f = clean();
    f.lineItems[0].amount.clear();
    QTest::addRow("a line without amount") << f << lines << F;

    f = clean();
    f.invoiceDate.clear();
    QTest::addRow("no invoice date") << f << dates << N;
    f = clean();
    f.invoiceDate = QStringLiteral("1999-12-31");
    f.dueDate.clear();
    QTest::addRow("before 2000") << f << dates << F;
    f.invoiceDate = QStringLiteral("2000-01-01");
    QTest::addRow("2000-01-01") << f << dates << P;
    f.invoiceDate = QStringLiteral("2025-11-28");
    QTest::addRow("a year ahead") << f << dates << P;
    f.invoiceDate = QStringLiteral("2025-11-29");
    QTest::addRow("over a year ahead") << f << dates << F;
    f.invoiceDate = QStringLiteral("2024-02-30");
    QTest::addRow("not a date") << f << dates << F;
    f = clean();
    f.dueDate = f.invoiceDate;
    QTest::addRow("due the same day") << f << dates << P;
    f.dueDate = QStringLiteral("2024-09-03");
    QTest::addRow("due before issue") << f << dates << F;
    f.dueDate = QStringLiteral("2025-09-04");
    QTest::addRow("due a year later") << f << dates << P;
    f.dueDate = QStringLiteral("2025-09-05");
    QTest::addRow("due over a year later") << f << dates << F;
    f.dueDate.clear();
    QTest::addRow("no due date") << f << dates << P;
}

void TstValidator::checks()
{
    QFETCH(InvoiceFields, fields);
    QFETCH(QString, check);
    QFETCH(CheckOutcome, expected);
    const ValidationReport report = Validator::validate(fields, 90, Today);
    QCOMPARE(report.checks.size(), 6);
    for (const ValidationCheck &c : report.checks)
        QVERIFY2(!c.message.isEmpty(), qPrintable(c.id));
    const std::optional<CheckOutcome> outcome = report.outcome(check);
    QVERIFY(outcome.has_value());
    QString messages;
    for (const ValidationCheck &c : report.checks)
        messages += c.id + QStringLiteral(": ") + c.message + QLatin1Char('\n');
    QVERIFY2(*outcome == expected, qPrintable(messages));
}

void TstValidator::cleanInvoiceIsVerifiedWithAHighScore()
{
    const ValidationReport report = Validator::validate(clean(), 96, Today);
    QVERIFY(report.verified);
    QVERIFY2(report.score >= 95 && report.score <= 100, qPrintable(QString::number(report.score)));
}

void TstValidator::unreconciledTotalsLowerTheScore()
{
    const ValidationReport good = Validator::validate(clean(), 96, Today);
    InvoiceFields f = clean();
    f.total = QStringLiteral("2576.42");
    ValidationReport bad = Validator::validate(f, 96, Today);
    QVERIFY(!bad.verified);
    QVERIFY2(bad.score < good.score - 10, qPrintable(QString::number(bad.score)));

    // Amounts that reconcile but line items that do not: not verified, yet
    // the header fields are as likely right as before (a missed table line
    // says nothing about them), so the score stays.
    f = clean();
    f.lineItems[0].quantity = QStringLiteral("0.5");
    bad = Validator::validate(f, 96, Today);
    QVERIFY(!bad.verified);
    QCOMPARE(bad.score, good.score);

    // A missing required field.
    f = clean();
    f.invoiceNumber.clear();
    bad = Validator::validate(f, 96, Today);
    QVERIFY(!bad.verified);
    QVERIFY(bad.score < good.score);
}

void TstValidator::emptyFieldsScoreLow()
{
    const ValidationReport report = Validator::validate(InvoiceFields(), 95, Today);
    QVERIFY(!report.verified);
    QVERIFY2(report.score < 20, qPrintable(QString::number(report.score)));
    QCOMPARE(report.outcome(QStringLiteral("total-present")), CheckOutcome::Failed);
    QVERIFY(Validator::validate(InvoiceFields(), 0, Today).score < 10);
}

void TstValidator::scoreOnHandMadeCases_data()
{
    QTest::addColumn<InvoiceFields>("fields");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("score");

    // read = 0.5 + c/2 = 0.95 at 90 % confidence (validator.h).
    QTest::newRow("clean, reconciled") << clean() << 90.0 << 100 * (5 * 0.95 + 3) / 8;
    InvoiceFields f = clean();
    f.total = QStringLiteral("9999.00");
    f.invoiceNumber.clear();
    QTest::newRow("wrong total, no number") << f << 90.0 << 100 * (5 * 0.95 + 0.5 + 0.5) / 8;
    f = clean();
    f.subtotal.clear();
    f.tax.clear();
    f.dueDate.clear();
    f.lineItems.clear();
    QTest::newRow("a lone total: optional fields not counted") << f << 90.0 << 95.0;
    f.dueDate = QStringLiteral("1999-01-01"); // before the invoice date
    QTest::newRow("implausible dates count 0") << f << 90.0 << 100 * (4 * 0.95) / 6;
    QTest::newRow("born-digital, reconciled") << clean() << 100.0 << 100.0;
    QTest::newRow("nothing found") << InvoiceFields() << 90.0 << 0.0;
}

void TstValidator::scoreOnHandMadeCases()
{
    QFETCH(InvoiceFields, fields);
    QFETCH(double, confidence);
    QFETCH(double, score);
    const ValidationReport report = Validator::validate(fields, confidence, Today);
    QVERIFY2(qAbs(report.score - score) < 1e-9,
             qPrintable(QStringLiteral("%1 != %2").arg(report.score).arg(score)));
}

void TstValidator::scoreWithoutLineItems()
{
    // Line items are not always extracted: the header totals alone verify.
    InvoiceFields f = clean();
    f.lineItems.clear();
    const ValidationReport report = Validator::validate(f, 93, Today);
    QVERIFY(report.verified);
    QVERIFY(report.score >= 90);
    // Only a total: cannot be verified, and scores below a verified one.
    f.subtotal.clear();
    f.tax.clear();
    const ValidationReport totalOnly = Validator::validate(f, 93, Today);
    QVERIFY(!totalOnly.verified);
    QVERIFY(totalOnly.score < report.score);
}

void TstValidator::checksRoundTripThroughJson()
{
    const ValidationReport report = Validator::validate(clean(), 90, Today);
    QCOMPARE(checksFromJson(checksToJson(report.checks)), report.checks);
    const QJsonObject first = checksToJson(report.checks).first().toObject();
    QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("total-present"));
    QCOMPARE(first.value(QLatin1String("result")).toString(), QStringLiteral("passed"));
}

QTEST_GUILESS_MAIN(TstValidator)
#include "tst_validator.moc"
