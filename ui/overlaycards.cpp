#include "overlaycards.h"

#include "metriccard.h"
#include "numberformat.h"
#include "overlayhistory.h"
#include "overlaystyle.h"
#include "sparkline.h"

#include <QGridLayout>
#include <QVBoxLayout>

namespace InvoiceDash {

namespace {

Sparkline *makeSparkline(const QString &objectName, QWidget *parent)
{
    auto *sparkline = new Sparkline(parent);
    sparkline->setObjectName(objectName);
    sparkline->setColor(OverlayStyle::AccentGreen);
    sparkline->setFixedHeight(26);
    return sparkline;
}

} // namespace

OverlayCards::OverlayCards(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cardsPage"));
    m_total = new MetricCard(QStringLiteral("total"), tr("Total"), QString(), this);
    m_throughput = new MetricCard(QStringLiteral("throughput"), tr("Throughput"),
                                  tr("/s", "per second"), this);
    m_latency = new MetricCard(QStringLiteral("latency"), tr("Avg latency"),
                               tr("ms", "milliseconds"), this);
    m_accuracy
        = new MetricCard(QStringLiteral("accuracy"), tr("Avg accuracy"), tr("%", "percent"), this);
    m_total->setAccent(OverlayStyle::AccentBlue);
    m_throughput->setAccent(OverlayStyle::AccentGreen);
    m_latency->setAccent(OverlayStyle::AccentAmber);
    m_accuracy->setAccent(OverlayStyle::AccentViolet);
    m_total->setToolTip(tr("Invoices finished in the metrics window"));
    m_throughput->setToolTip(tr("Invoices per second over the metrics window"));
    m_latency->setToolTip(tr("Mean time from start to stored result"));
    m_accuracy->setToolTip(tr("Mean OCR confidence"));
    for (MetricCard *card : {m_total, m_throughput, m_latency, m_accuracy})
        card->setFixedWidth(156);

    m_history = new OverlayHistory(this);
    m_teamSparkline = makeSparkline(QStringLiteral("teamThroughputSparkline"), this);
    m_teamSparkline->hide();

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(m_total, 0, 0);
    grid->addWidget(m_throughput, 0, 1);
    grid->addWidget(m_latency, 1, 0);
    grid->addWidget(m_accuracy, 1, 1);
    // The charts go under the grid, not into a spanning row of it: the grid
    // leaves out the spacing above a row that has only spanning items, and
    // the charts would touch the cards.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);
    column->addLayout(grid);
    column->addWidget(m_history);
    column->addWidget(m_teamSparkline);
}

void OverlayCards::showMetrics(const MetricsSnapshot &s, bool team)
{
    const QString none = QStringLiteral("\u2013");
    const bool anyInWindow = s.total > 0;
    m_total->setValue(NumberFormat::count(s.total));
    m_total->setUnit(tr("in %1 s").arg(s.windowSeconds));
    m_throughput->setValue(NumberFormat::metric(s.throughput));
    // Without finished invoices in the window there is no mean: show a dash,
    // not a misleading "0 ms".
    m_latency->setValue(anyInWindow ? NumberFormat::metric(double(s.avgLatency)) : none);
    m_accuracy->setValue(anyInWindow ? NumberFormat::metric(s.avgAccuracy) : none);
    m_latency->setToolTip(anyInWindow ? tr("Mean time from start to stored result; p95 %1 ms")
                                            .arg(NumberFormat::metric(double(s.p95Latency)))
                                      : tr("Mean time from start to stored result"));
    m_total->setToolTip(team ? tr("Invoices the whole team finished in the metrics window")
                             : tr("Invoices finished in the metrics window"));
    m_throughput->setToolTip(team ? tr("Invoices per second over the metrics window, whole team")
                                  : tr("Invoices per second over the metrics window"));
}

void OverlayCards::showHistory(const MetricsSnapshot &snapshot)
{
    m_history->showHistory(snapshot);
}

void OverlayCards::addTeamThroughput(qint64 timestamp, double throughput)
{
    const qint64 second = timestamp / 1000;
    if (second != m_lastTeamSecond || m_teamSparkline->values().isEmpty())
        m_teamSparkline->addValue(throughput);
    else
        m_teamSparkline->replaceLast(throughput);
    m_lastTeamSecond = second;
}

void OverlayCards::setAlertLevels(ThresholdMonitor::Level latency, ThresholdMonitor::Level accuracy)
{
    m_latency->setAlertLevel(latency);
    m_accuracy->setAlertLevel(accuracy);
}

QString OverlayCards::compactText(const MetricsSnapshot &s)
{
    const QString none = QStringLiteral("\u2013");
    const bool anyInWindow = s.total > 0;
    return tr("%1 inv \u00b7 %2/s \u00b7 %3 ms \u00b7 %4 %",
              "compact overlay: invoices, per second, latency, accuracy")
        .arg(NumberFormat::count(s.total), NumberFormat::metric(s.throughput),
             anyInWindow ? NumberFormat::metric(double(s.avgLatency)) : none,
             anyInWindow ? NumberFormat::metric(s.avgAccuracy) : none);
}

void OverlayCards::setTeam(bool team)
{
    m_history->setVisible(!team);
    m_teamSparkline->setVisible(team);
}

} // namespace InvoiceDash
