#include "overlayhistory.h"

#include "numberformat.h"
#include "overlaystyle.h"
#include "sparkline.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace InvoiceDash {

namespace {

constexpr int SparklineHeight = 24;

Sparkline *makeSparkline(const QString &objectName, const QColor &color, QWidget *parent)
{
    auto *sparkline = new Sparkline(parent);
    sparkline->setObjectName(objectName);
    sparkline->setColor(color);
    sparkline->setCapacity(60); // MetricsHistory::BucketCount
    sparkline->setFixedHeight(SparklineHeight);
    return sparkline;
}

} // namespace

OverlayHistory::OverlayHistory(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("historyCharts"));
    setAttribute(Qt::WA_TranslucentBackground);

    auto *throughputTitle = OverlayStyle::makeLabel(QStringLiteral("throughputHistoryTitle"),
                                                    QStringLiteral("chartTitle"), this);
    throughputTitle->setText(tr("Throughput \u00b7 10 min"));
    m_throughputValue = OverlayStyle::makeLabel(QStringLiteral("throughputHistoryValue"),
                                                QStringLiteral("chartValue"), this);
    m_throughputValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_throughput
        = makeSparkline(QStringLiteral("throughputSparkline"), OverlayStyle::AccentGreen, this);

    auto *latencyTitle = OverlayStyle::makeLabel(QStringLiteral("latencyHistoryTitle"),
                                                 QStringLiteral("chartTitle"), this);
    latencyTitle->setText(tr("Latency \u00b7 10 min"));
    m_latencyValue = OverlayStyle::makeLabel(QStringLiteral("latencyHistoryValue"),
                                             QStringLiteral("chartValue"), this);
    m_latencyValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_latency = makeSparkline(QStringLiteral("latencySparkline"), OverlayStyle::AccentAmber, this);

    // The labels of each row say what the chart is; the tooltips say how.
    for (QWidget *widget :
         {static_cast<QWidget *>(throughputTitle), static_cast<QWidget *>(m_throughputValue)}) {
        widget->setToolTip(tr("Invoices per second in each 10-second step of the last 10 minutes; "
                              "the number is the current throughput"));
    }
    for (QWidget *widget :
         {static_cast<QWidget *>(latencyTitle), static_cast<QWidget *>(m_latencyValue)}) {
        widget->setToolTip(tr("Mean latency in each 10-second step of the last 10 minutes, "
                              "the faint line its p95; the number is the p95 over 10 minutes"));
    }

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 7, 12, 8);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->addWidget(throughputTitle, 0, 0);
    grid->addWidget(m_throughputValue, 0, 1);
    grid->addWidget(m_throughput, 1, 0, 1, 2);
    grid->setRowMinimumHeight(2, 6);
    grid->addWidget(latencyTitle, 3, 0);
    grid->addWidget(m_latencyValue, 3, 1);
    grid->addWidget(m_latency, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    showHistory(MetricsSnapshot{});
}

QString OverlayHistory::p95Text(qint64 latencyMs, bool hasData)
{
    if (!hasData)
        return tr("p95 \u2013", "no finished invoices in the last 10 minutes");
    if (latencyMs < 1000)
        return tr("p95 %1 ms", "latency in milliseconds").arg(NumberFormat::count(latencyMs));
    return tr("p95 %1 s", "latency in seconds")
        .arg(NumberFormat::metric(double(latencyMs) / 1000.0));
}

void OverlayHistory::showHistory(const MetricsSnapshot &s)
{
    QList<double> throughput;
    QList<double> latency;
    QList<double> latencyP95;
    throughput.reserve(s.history.size());
    latency.reserve(s.history.size());
    latencyP95.reserve(s.history.size());
    bool anyInHistory = false;
    for (const HistoryPoint &point : s.history) {
        throughput.append(point.throughput);
        latency.append(double(point.meanLatency));
        latencyP95.append(double(point.p95Latency));
        anyInHistory = anyInHistory || point.count > 0;
    }
    m_throughput->setValues(throughput);
    m_latency->setValues(latency);
    m_latency->setSecondaryValues(latencyP95);
    m_throughputValue->setText(
        tr("%1/s", "invoices per second").arg(NumberFormat::metric(s.throughput)));
    m_latencyValue->setText(p95Text(s.p95Latency10Min, anyInHistory));
}

void OverlayHistory::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    // The same tile as the metric cards (MetricCard), around both charts.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPainterPath path = OverlayStyle::tilePath(rect());
    painter.fillPath(path, OverlayStyle::theme().cardFill);
    painter.setPen(QPen(OverlayStyle::theme().cardBorder, 1));
    painter.drawPath(path);
}

} // namespace InvoiceDash
