#include "common/datapaths.h"
#include "invoicereview.h"
#include "mainwindow.h"
#include "pageview.h"
#include "pipeline/pipeline.h"
#include "resultsmodel.h"
#include "store/resultstore.h"

#include <QAction>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace InvoiceDash;

namespace {

QString testData(const char *name)
{
    return QStringLiteral(INVOICEDASH_TEST_DATA_DIR "/") + QLatin1StringView(name);
}

// syn_0009 as read, with the total's box from the corpus truth.
InvoiceResult storedResult()
{
    InvoiceResult r;
    r.jobId = 7;
    r.timestampMs = 1'732'800'000'000;
    r.id = InvoiceResult::makeId(r.timestampMs);
    r.path = testData("syn_0009.png");
    r.status = InvoiceStatus::Ok;
    r.fields.vendor = QStringLiteral("Keystone Logistics Corp.");
    r.fields.invoiceNumber = QStringLiteral("2023/548");
    r.fields.invoiceDate = QStringLiteral("2023-08-11");
    r.fields.currency = QStringLiteral("USD");
    r.fields.subtotal = QStringLiteral("2896.78");
    r.fields.tax = QStringLiteral("231.74");
    r.fields.total = QStringLiteral("3128.58"); // misread: 3128.52
    r.confidence = 90;
    const ValidationReport report = Validator::validate(r.fields, r.confidence);
    r.checks = report.checks;
    r.verified = report.verified;
    r.accuracy = report.score;
    r.locations.insert(
        QStringLiteral("total"),
        FieldLocation{0, QRectF(2000.0 / 2550, 1774.0 / 3300, 283.0 / 2550, 40.0 / 3300)});
    r.processedAt = QStringLiteral("2024-11-28T13:20:00.000Z");
    return r;
}

} // namespace

class TstInvoiceReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reviewShowsThePageAndSavesCorrections();
    void invalidValuesAreShownAndNothingIsSaved();
    void enterOpensReviewAndEscapeCloses();
    void unsavedRowsCannotBeReviewed();
    void possibleDuplicateIsFlagged();
    void followsTheFieldToItsPage();

private:
    QTableView *selectRow(MainWindow &window, int row);

    QTemporaryDir m_dataDir;
    std::unique_ptr<QTemporaryDir> m_dbDir;
    std::unique_ptr<ResultStore> m_store;
    std::unique_ptr<Pipeline> m_pipeline;
    InvoiceResult m_result;
};

void TstInvoiceReview::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstInvoiceReview::init()
{
    QFile::remove(DataPaths::settingsFile());
    // A new file per test: connections are kept per thread and file name.
    m_dbDir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ResultStore>(m_dbDir->filePath(QStringLiteral("review.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_result = storedResult();
    QVERIFY2(m_store->insert(&m_result, &error), qPrintable(error));
    m_pipeline = std::make_unique<Pipeline>(m_store.get());
}

void TstInvoiceReview::cleanup()
{
    m_pipeline.reset();
    m_store.reset();
}

QTableView *TstInvoiceReview::selectRow(MainWindow &window, int row)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("resultsTable"));
    if (table)
        table->setCurrentIndex(table->model()->index(row, 0));
    return table;
}

void TstInvoiceReview::reviewShowsThePageAndSavesCorrections()
{
    MainWindow window(m_pipeline.get());
    window.setResultStore(m_store.get());
    window.model()->setResult(m_result);
    window.show();
    QVERIFY(selectRow(window, 0));
    QVERIFY(window.reviewAction()->isEnabled());
    QSignalSpy corrected(&window, &MainWindow::invoiceCorrected);

    window.reviewAction()->trigger();
    InvoiceReviewDialog *dialog = window.reviewDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isPageLoaded(), 20'000);
    QCOMPARE(dialog->pageView()->image().isNull(), false);
    QCOMPARE(dialog->editor(QStringLiteral("total"))->text(), QStringLiteral("3128.58"));

    // Editing a field highlights where it was read.
    QLineEdit *total = dialog->editor(QStringLiteral("total"));
    total->setFocus();
    QTRY_COMPARE(dialog->pageView()->current(), QStringLiteral("total"));
    QVERIFY(!dialog->pageView()->boxRect(QStringLiteral("total")).isEmpty());

    total->selectAll();
    QTest::keyClicks(total, QStringLiteral("$3,128.52"));
    dialog->editor(QStringLiteral("due_date"))->setText(QStringLiteral("September 10, 2023"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewDialog() == nullptr, 10'000); // saved and closed

    QCOMPARE(corrected.count(), 1);
    const std::optional<InvoiceResult> stored = m_store->find(m_result.id);
    QVERIFY(stored);
    QCOMPARE(stored->fields.total, QStringLiteral("3128.52"));
    QCOMPARE(stored->fields.dueDate, QStringLiteral("2023-09-10"));
    QCOMPARE(stored->originalValues.value(QStringLiteral("total")), QStringLiteral("3128.58"));
    QVERIFY(stored->verified); // the amounts reconcile now
    QCOMPARE(m_store->correctionCounts(), (CorrectionCounts{1, 2}));

    // The row shows the corrected value, in italics, and what it was.
    const QModelIndex cell = window.model()->index(0, ResultsModel::TotalColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("3,128.52\u00a0USD"));
    QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY2(
        cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("Corrected from 3128.58")),
        qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QVERIFY(!window.model()
                 ->index(0, ResultsModel::InvoiceNumberColumn)
                 .data(Qt::FontRole)
                 .value<QFont>()
                 .italic());
    QCOMPARE(window.model()->index(0, ResultsModel::ChecksColumn).data().toString(),
             QStringLiteral("\u2713 verified"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("correctionsLabel"));
    QVERIFY(label);
    QTRY_COMPARE(label->text(), QStringLiteral("2 fields corrected"));
}

void TstInvoiceReview::invalidValuesAreShownAndNothingIsSaved()
{
    MainWindow window(m_pipeline.get());
    window.setResultStore(m_store.get());
    window.model()->setResult(m_result);
    window.review(0);
    InvoiceReviewDialog *dialog = window.reviewDialog();
    QVERIFY(dialog);
    dialog->editor(QStringLiteral("vendor"))->setText(QStringLiteral("Keystone Logistics"));
    dialog->editor(QStringLiteral("invoice_date"))->setText(QStringLiteral("next week"));
    dialog->editor(QStringLiteral("currency"))->setText(QStringLiteral("dollars"));
    dialog->save();
    auto *dateError = dialog->findChild<QLabel *>(QStringLiteral("error_invoice_date"));
    auto *currencyError = dialog->findChild<QLabel *>(QStringLiteral("error_currency"));
    QVERIFY(!dateError->isHidden());
    QVERIFY2(dateError->text().contains(QLatin1String("not a date")),
             qPrintable(dateError->text()));
    QVERIFY(!currencyError->isHidden());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error_vendor"))->isHidden());
    // Nothing stored, nothing typed lost, the dialog still open.
    QTest::qWait(200);
    QVERIFY(window.reviewDialog());
    QCOMPARE(dialog->editor(QStringLiteral("vendor"))->text(),
             QStringLiteral("Keystone Logistics"));
    QCOMPARE(dialog->editor(QStringLiteral("invoice_date"))->text(), QStringLiteral("next week"));
    QCOMPARE(m_store->find(m_result.id)->fields, m_result.fields);
    QVERIFY(m_store->corrections(m_result.id).isEmpty());
    dialog->reject();
}

void TstInvoiceReview::enterOpensReviewAndEscapeCloses()
{
    MainWindow window(m_pipeline.get());
    window.setResultStore(m_store.get());
    window.model()->setResult(m_result);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *table = selectRow(window, 0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(window.reviewDialog());
    InvoiceReviewDialog *dialog = window.reviewDialog();
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(window.reviewDialog() == nullptr);
    QVERIFY(m_store->corrections(m_result.id).isEmpty());
}

void TstInvoiceReview::unsavedRowsCannotBeReviewed()
{
    MainWindow window(m_pipeline.get());
    window.setResultStore(m_store.get());
    InvoiceResult unsaved = m_result;
    unsaved.jobId = 8;
    unsaved.storeError = QStringLiteral("disk full");
    window.model()->setResult(unsaved);
    window.model()->addRejected(QStringLiteral("/tmp/notes.txt"), QStringLiteral("Not an image"));
    QVERIFY(selectRow(window, 0));
    QVERIFY(!window.reviewAction()->isEnabled());
    window.review(0);
    QVERIFY(!window.reviewDialog());
    window.review(1);
    QVERIFY(!window.reviewDialog());

    // Without a store nothing can be reviewed either.
    MainWindow storeless(m_pipeline.get());
    storeless.model()->setResult(m_result);
    QVERIFY(selectRow(storeless, 0));
    QVERIFY(!storeless.reviewAction()->isEnabled());
}

void TstInvoiceReview::possibleDuplicateIsFlagged()
{
    ResultsModel model;
    InvoiceResult r = m_result;
    r.possibleDuplicateOf = QStringLiteral("inv_0badf00d_1732800000");
    r.possibleDuplicatePath = QStringLiteral("/scans/first.png");
    model.setResult(r);
    const QModelIndex status = model.index(0, ResultsModel::StatusColumn);
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(status.data(Qt::ToolTipRole).toString().contains(r.possibleDuplicateOf),
             qPrintable(status.data(Qt::ToolTipRole).toString()));
    QCOMPARE(model.index(0, ResultsModel::ErrorColumn).data().toString(),
             QStringLiteral("Possible duplicate of first.png"));
    QCOMPARE(model.counts().ok, 1); // still a good reading
}

// Page 1 of the TIFF is syn_0022, page 2 syn_0009: editing the total,
// located on page 2, shows page 2.
void TstInvoiceReview::followsTheFieldToItsPage()
{
    InvoiceResult r = m_result;
    r.path = testData("two-page-invoices.tif");
    r.locations.insert(QStringLiteral("vendor"), FieldLocation{0, QRectF(0.1, 0.08, 0.2, 0.015)});
    r.locations[QStringLiteral("total")].page = 1;
    InvoiceReviewDialog dialog(r, m_store.get());
    QSignalSpy shown(&dialog, &InvoiceReviewDialog::pageShown);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isPageLoaded(), 20'000);
    QCOMPARE(dialog.currentPage(), 0);
    auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("pageSpin"));
    QVERIFY(spin && !spin->isHidden());
    QCOMPARE(spin->maximum(), 2);
    QVERIFY(dialog.pageView()->boxRect(QStringLiteral("total")).isEmpty()); // not on page 1
    const QImage first = dialog.pageView()->image();

    dialog.editor(QStringLiteral("total"))->setFocus();
    QTRY_COMPARE(dialog.currentPage(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isPageLoaded(), 20'000);
    QCOMPARE(shown.last().first().toInt(), 1);
    QCOMPARE(spin->value(), 2);
    QVERIFY(!dialog.pageView()->image().isNull());
    QVERIFY(dialog.pageView()->image() != first);
    QVERIFY(!dialog.pageView()->boxRect(QStringLiteral("total")).isEmpty());
    QVERIFY(dialog.pageView()->boxRect(QStringLiteral("vendor")).isEmpty());
}

QTEST_MAIN(TstInvoiceReview)
#include "tst_invoicereview.moc"
