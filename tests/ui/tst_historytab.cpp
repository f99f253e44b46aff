#include "historytab.h"
#include "store/database.h"
#include "store/resultstore.h"
#include "storedrow.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace InvoiceDash;

namespace {

QDateTime local(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 11, day), QTime(hour, minute), Qt::LocalTime);
}

double ms(const QDateTime &t)
{
    return double(t.toMSecsSinceEpoch());
}

QList<QPointF> upperPoints(QChart *chart, int index)
{
    auto *area = qobject_cast<QAreaSeries *>(chart->series().value(index));
    return area ? area->upperSeries()->points() : QList<QPointF>();
}

QList<QPointF> linePoints(QChart *chart)
{
    auto *line = qobject_cast<QLineSeries *>(chart->series().value(0));
    return line ? line->points() : QList<QPointF>();
}

} // namespace

// The History tab: loads off the GUI thread, empty state, chart points,
// range switching and the throttled refresh after new results.
class TstHistoryTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEmptyStateWithoutData_data();
    void showsEmptyStateWithoutData();
    void chartsHoldTheBuckets();
    void switchingRangeReloads();
    void newResultsReloadThrottled();
    void withoutStoreSaysSo();
    void followsThePalette();

private:
    void store(const QDateTime &at, InvoiceStatus status, double latencyMs, double accuracy);
    void storeSample();
    void showAndWait();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ResultStore> m_store;
    std::unique_ptr<HistoryTab> m_tab;
};

void TstHistoryTab::initTestCase()
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TstHistoryTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ResultStore>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_tab = std::make_unique<HistoryTab>();
    m_tab->resize(1000, 600);
    m_tab->setClock([] { return local(28, 14, 25); });
    m_tab->setResultStore(m_store.get());
}

void TstHistoryTab::cleanup()
{
    m_tab.reset();
    m_store.reset();
    m_dir.reset();
}

void TstHistoryTab::store(const QDateTime &at, InvoiceStatus status, double latencyMs,
                          double accuracy)
{
    InvoiceResult r;
    r.path = QStringLiteral("/in/%1.png").arg(at.toMSecsSinceEpoch());
    r.status = status;
    r.latencyMs = latencyMs;
    r.accuracy = accuracy;
    QString error;
    QVERIFY2(Testing::storeAt(m_store.get(), r, at, &error), qPrintable(error));
}

// Three invoices in the last 24 hours (two at 14:xx, one at 12:30) and one
// three days earlier, which only the week shows.
void TstHistoryTab::storeSample()
{
    store(local(28, 14, 5), InvoiceStatus::Ok, 100, 90);
    store(local(28, 14, 10), InvoiceStatus::Failed, 500, 0);
    store(local(28, 12, 30), InvoiceStatus::Ok, 200, 70);
    store(local(25, 10, 0), InvoiceStatus::Ok, 1000, 50);
}

void TstHistoryTab::showAndWait()
{
    QSignalSpy loaded(m_tab.get(), &HistoryTab::loaded);
    m_tab->show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000); // without a store, at once
}

void TstHistoryTab::showsEmptyStateWithoutData_data()
{
    QTest::addColumn<int>("rangeIndex");
    QTest::addColumn<QString>("text");
    QTest::addRow("day") << 0 << "No invoices in the last 24 hours";
    QTest::addRow("week") << 1 << "No invoices in the last 7 days";
}

void TstHistoryTab::showsEmptyStateWithoutData()
{
    QFETCH(int, rangeIndex);
    QFETCH(QString, text);
    // Eight days ago: outside both ranges.
    store(local(20, 12, 0), InvoiceStatus::Ok, 100, 90);
    showAndWait();
    QSignalSpy loaded(m_tab.get(), &HistoryTab::loaded);
    m_tab->rangeSelector()->setCurrentIndex(rangeIndex);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), rangeIndex, 5000); // a load per change
    QVERIFY(m_tab->history().error.isEmpty());
    QVERIFY(m_tab->isShowingEmptyState());
    QVERIFY2(m_tab->emptyStateText().contains(text), qPrintable(m_tab->emptyStateText()));
    QVERIFY(m_tab->summaryText().isEmpty());
}

void TstHistoryTab::chartsHoldTheBuckets()
{
    storeSample();
    showAndWait();
    QVERIFY(!m_tab->isShowingEmptyState());
    QCOMPARE(m_tab->range(), HistoryRange::Day);
    QCOMPARE(m_tab->history().total(), 3);

    // Invoices per hour: read (total outline) and failed, two points a bucket.
    QChart *counts = m_tab->countsChart();
    QCOMPARE(counts->series().size(), 2);
    const QList<QPointF> total = upperPoints(counts, 0);
    const QList<QPointF> failed = upperPoints(counts, 1);
    QCOMPARE(total.size(), 48);
    QCOMPARE(failed.size(), 48);
    QCOMPARE(total.constFirst(), QPointF(ms(local(27, 15, 0)), 0));
    QCOMPARE(total.at(46), QPointF(ms(local(28, 14, 0)), 2)); // 14:00-15:00
    QCOMPARE(total.at(47), QPointF(ms(local(28, 15, 0)), 2));
    QCOMPARE(failed.at(46).y(), 1);
    QCOMPARE(total.at(44).y(), 0); // 13:00
    QCOMPARE(total.at(42).y(), 1); // 12:00
    QCOMPARE(failed.at(42).y(), 0);

    // Lines: a point in the middle of each non-empty bucket.
    const QList<QPointF> latency = linePoints(m_tab->latencyChart());
    QCOMPARE(latency.size(), 2);
    QCOMPARE(latency.at(0), QPointF(ms(local(28, 12, 30)), 200));
    QCOMPARE(latency.at(1), QPointF(ms(local(28, 14, 30)), 300)); // failed ones count
    const QList<QPointF> accuracy = linePoints(m_tab->accuracyChart());
    QCOMPARE(accuracy.size(), 2);
    QCOMPARE(accuracy.at(1), QPointF(ms(local(28, 14, 30)), 90)); // read ones only

    auto *x = qobject_cast<QDateTimeAxis *>(counts->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QCOMPARE(x->min(), local(27, 15, 0));
    QCOMPARE(x->max(), local(28, 15, 0));
    QVERIFY2(m_tab->summaryText().contains(QStringLiteral("2 read")),
             qPrintable(m_tab->summaryText()));
    QVERIFY(m_tab->summaryText().contains(QStringLiteral("1 failed")));
}

void TstHistoryTab::switchingRangeReloads()
{
    storeSample();
    showAndWait();
    QCOMPARE(m_tab->history().total(), 3);

    QSignalSpy loaded(m_tab.get(), &HistoryTab::loaded);
    m_tab->rangeSelector()->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    QCOMPARE(m_tab->range(), HistoryRange::Week);
    QCOMPARE(m_tab->history().range, HistoryRange::Week);
    QCOMPARE(m_tab->history().buckets.size(), 28);
    QCOMPARE(m_tab->history().total(), 4);

    const QList<QPointF> total = upperPoints(m_tab->countsChart(), 0);
    QCOMPARE(total.size(), 56);
    QCOMPARE(total.at(54), QPointF(ms(local(28, 12, 0)), 3)); // 12:00-18:00
    const QList<QPointF> latency = linePoints(m_tab->latencyChart());
    QCOMPARE(latency.size(), 2);
    QCOMPARE(latency.at(0), QPointF(ms(local(25, 9, 0)), 1000)); // 06:00-12:00
    QCOMPARE(latency.at(1).y(), (100.0 + 500.0 + 200.0) / 3.0);
    QCOMPARE(m_tab->countsChart()->title(), QStringLiteral("Invoices per 6 hours"));

    m_tab->setRange(HistoryRange::Day); // back, from code: the selector follows
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 5000);
    QCOMPARE(m_tab->rangeSelector()->currentIndex(), 0);
    QCOMPARE(m_tab->history().total(), 3);
}

void TstHistoryTab::newResultsReloadThrottled()
{
    showAndWait();
    QVERIFY(m_tab->isShowingEmptyState());

    QSignalSpy loaded(m_tab.get(), &HistoryTab::loaded);
    store(local(28, 14, 20), InvoiceStatus::Ok, 120, 80);
    m_tab->resultsStored();
    store(local(28, 14, 21), InvoiceStatus::Ok, 140, 90);
    m_tab->resultsStored();
    QTest::qWait(HistoryTab::RefreshThrottleMs / 3);
    QCOMPARE(loaded.size(), 0); // not at once
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, HistoryTab::RefreshThrottleMs * 2);
    QCOMPARE(m_tab->history().total(), 2); // one load saw both
    QVERIFY(!m_tab->isShowingEmptyState());
    QTest::qWait(500);
    QCOMPARE(loaded.size(), 1);

    // Hidden: nothing is loaded until the tab is shown again.
    m_tab->hide();
    m_tab->resultsStored();
    QTest::qWait(HistoryTab::RefreshThrottleMs + 500);
    QCOMPARE(loaded.size(), 1);
}

void TstHistoryTab::withoutStoreSaysSo()
{
    m_tab->setResultStore(nullptr);
    showAndWait();
    QVERIFY(m_tab->isShowingEmptyState());
    QVERIFY2(m_tab->emptyStateText().contains(QStringLiteral("database")),
             qPrintable(m_tab->emptyStateText()));
}

void TstHistoryTab::followsThePalette()
{
    storeSample();
    showAndWait();
    QChart *counts = m_tab->countsChart();
    QCOMPARE(counts->theme(), QChart::ChartThemeLight);

    QPalette dark = m_tab->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x28));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2c, 0x33));
    m_tab->setPalette(dark);
    for (QChart *chart : {counts, m_tab->latencyChart(), m_tab->accuracyChart()}) {
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart->backgroundBrush().color(), QColor(0x2a, 0x2c, 0x33));
        QCOMPARE(chart->titleBrush().color(), QColor(0xee, 0xee, 0xee));
        const QList<QAbstractAxis *> axes = chart->axes();
        QCOMPARE(axes.size(), 2);
        for (QAbstractAxis *axis : axes)
            QCOMPARE(axis->labelsBrush().color(), QColor(0xee, 0xee, 0xee));
    }
    // The theme does not take the series' own colours: read stays blue.
    auto *read = qobject_cast<QAreaSeries *>(counts->series().value(0));
    QVERIFY(read);
    QVERIFY(read->brush().color().blue() > read->brush().color().red());
}

QTEST_MAIN(TstHistoryTab)
#include "tst_historytab.moc"
