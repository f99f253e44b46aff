#pragma once

#include "historycharts.h"
#include "store/historyquery.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace InvoiceDash {

class ResultStore;

// The main window's History tab: invoices per hour, mean latency and mean
// accuracy over the last 24 hours or 7 days, read from the results database.
//
// The database is read with HistoryQuery on a pool thread; the result comes
// back through a continuation bound to this widget, and only the newest load
// is shown. It loads when shown, when the range changes, every minute while
// visible (the axis moves with the clock) and, throttled to one load per
// RefreshThrottleMs, after resultsStored() (ignored while hidden: showing
// the tab loads it). No invoices in the range: an empty-state text instead
// of the charts.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshThrottleMs = 3000;
    static constexpr int ClockRefreshMs = 60'000;

    explicit HistoryTab(QWidget *parent = nullptr);
    ~HistoryTab() override;

    // Where results are stored (may be null: the tab then says so).
    void setResultStore(const ResultStore *store);
    // For tests: what "now" is (default: the current time).
    void setClock(std::function<QDateTime()> clock);

    [[nodiscard]] HistoryRange range() const { return m_range; }
    [[nodiscard]] const History &history() const { return m_history; }
    [[nodiscard]] bool isShowingEmptyState() const;
    [[nodiscard]] QString emptyStateText() const;
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QComboBox *rangeSelector() const { return m_rangeBox; }
    [[nodiscard]] QChart *countsChart() const { return m_charts->counts(); }
    [[nodiscard]] QChart *latencyChart() const { return m_charts->latency(); }
    [[nodiscard]] QChart *accuracyChart() const { return m_charts->accuracy(); }

public Q_SLOTS:
    void setRange(InvoiceDash::HistoryRange range); // reloads when it changes
    void reload();                                  // now, if a store is set
    // New results were written: reload within RefreshThrottleMs if visible.
    void resultsStored();

Q_SIGNALS:
    // A load finished and the tab shows it (charts or the empty state);
    // always from the event loop after reload() returned, except without a
    // database, where reload() says so at once.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void apply(const History &history);
    void showEmptyState(const QString &text);

    std::unique_ptr<HistoryCharts> m_charts;
    QComboBox *m_rangeBox = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_chartsPage = nullptr;

    QString m_databaseFile;
    std::function<QDateTime()> m_clock;
    HistoryRange m_range = HistoryRange::Day;
    History m_history;
    quint64 m_generation = 0; // the newest load; older ones are dropped
    QTimer m_throttle;
    QTimer m_clockTimer;
};

} // namespace InvoiceDash
