#include "historycharts.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace InvoiceDash {

namespace {

// A tick interval of 1, 2 or 5 times a power of ten giving about four steps
// up to `max`; at least `minimum`.
double niceInterval(double max, double minimum)
{
    const double raw = std::max(max / 4.0, minimum);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= raw)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

// 0..max on whole ticks, with room above the highest point for its marker;
// an empty range still shows 0..minimum interval.
void setNiceRange(QValueAxis *axis, double max, double minimumInterval)
{
    const double interval = niceInterval(max, minimumInterval);
    double top = std::max(interval, std::ceil(max / interval) * interval);
    if (max > top - interval / 10)
        top += interval;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setRange(0, top);
}

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 4, 10, 4));
    chart->setBackgroundRoundness(6);
    chart->legend()->hide();
    // Day names and numbers in the interface language (Languages::install
    // sets the default locale), not the system's.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    return chart;
}

struct Colors
{
    QColor succeeded;
    QColor failed;
    QColor latency;
    QColor accuracy;
};

Colors colorsFor(bool dark)
{
    // The overlay's accents on dark backgrounds; deeper shades on light ones.
    if (dark)
        return {QColor(0x5a, 0xa9, 0xff), QColor(0xff, 0x6b, 0x6b), QColor(0xff, 0xb8, 0x4d),
                QColor(0x3d, 0xd6, 0x8c)};
    return {QColor(0x2f, 0x6f, 0xdb), QColor(0xd6, 0x45, 0x45), QColor(0xc7, 0x77, 0x00),
            QColor(0x1e, 0x9e, 0x5a)};
}

void styleArea(QAreaSeries *area, const QColor &color)
{
    QColor fill = color;
    fill.setAlpha(170);
    area->setBrush(fill);
    area->setPen(QPen(color, 1.2));
}

void styleLine(QLineSeries *line, const QColor &color)
{
    line->setPen(QPen(color, 2.0));
    line->setColor(color);
    line->setPointsVisible(true);
    line->setMarkerSize(5);
}

} // namespace

HistoryCharts::HistoryCharts()
    : m_counts(makeChart()), m_latency(makeChart()), m_accuracy(makeChart())
{
    // Data sources of the areas; parented to the chart, never added to it.
    m_totalTop = new QLineSeries(m_counts);
    m_failedTop = new QLineSeries(m_counts);
    m_failedTopAsBottom = new QLineSeries(m_counts);
    m_succeededArea = new QAreaSeries(m_totalTop, m_failedTopAsBottom);
    m_succeededArea->setName(tr("Read"));
    m_failedArea = new QAreaSeries(m_failedTop);
    m_failedArea->setName(tr("Failed"));
    m_counts->addSeries(m_succeededArea);
    m_counts->addSeries(m_failedArea);
    m_counts->legend()->show();
    m_counts->legend()->setAlignment(Qt::AlignTop);
    m_countAxes = addAxes(m_counts);

    m_latencyLine = new QLineSeries;
    m_latencyLine->setName(tr("Mean latency"));
    m_latency->addSeries(m_latencyLine);
    m_latency->setTitle(tr("Mean latency (ms)"));
    m_latencyAxes = addAxes(m_latency);

    m_accuracyLine = new QLineSeries;
    m_accuracyLine->setName(tr("Mean accuracy"));
    m_accuracy->addSeries(m_accuracyLine);
    m_accuracy->setTitle(tr("Mean accuracy (%)"));
    m_accuracyAxes = addAxes(m_accuracy);
    m_accuracyAxes.y->setLabelFormat(QStringLiteral("%.0f"));
    m_accuracyAxes.y->setTickType(QValueAxis::TicksDynamic);
    m_accuracyAxes.y->setTickAnchor(0);
    m_accuracyAxes.y->setTickInterval(25);
    m_accuracyAxes.y->setRange(0, 105); // room for the markers of 100 %

    setHistory(History{});
}

HistoryCharts::Axes HistoryCharts::addAxes(QChart *chart)
{
    Axes axes{new QDateTimeAxis, new QValueAxis};
    axes.y->setLabelFormat(QStringLiteral("%.0f"));
    axes.y->setMinorTickCount(0);
    chart->addAxis(axes.x, Qt::AlignBottom);
    chart->addAxis(axes.y, Qt::AlignLeft);
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(axes.x);
        s->attachAxis(axes.y);
    }
    return axes;
}

void HistoryCharts::setHistory(const History &history)
{
    const bool week = history.range == HistoryRange::Week;
    m_counts->setTitle(week ? tr("Invoices per 6 hours") : tr("Invoices per hour"));

    QList<QPointF> total;
    QList<QPointF> failed;
    QList<QPointF> latency;
    QList<QPointF> accuracy;
    double maxCount = 0;
    double maxLatency = 0;
    for (const HistoryBucket &bucket : history.buckets) {
        const auto start = double(bucket.start.toMSecsSinceEpoch());
        const auto end = double(bucket.end.toMSecsSinceEpoch());
        // Two points per bucket draw it as a flat step.
        total << QPointF(start, double(bucket.count)) << QPointF(end, double(bucket.count));
        failed << QPointF(start, double(bucket.failed)) << QPointF(end, double(bucket.failed));
        const double middle = start + (end - start) / 2;
        if (bucket.count > 0)
            latency << QPointF(middle, bucket.meanLatencyMs);
        if (bucket.succeeded() > 0)
            accuracy << QPointF(middle, bucket.meanAccuracy);
        maxCount = std::max(maxCount, double(bucket.count));
        maxLatency = std::max(maxLatency, bucket.meanLatencyMs);
    }
    m_totalTop->replace(total);
    m_failedTop->replace(failed);
    m_failedTopAsBottom->replace(failed);
    m_latencyLine->replace(latency);
    m_accuracyLine->replace(accuracy);

    setNiceRange(m_countAxes.y, maxCount, 1);
    setNiceRange(m_latencyAxes.y, maxLatency, 1);

    if (!history.buckets.isEmpty()) {
        const QDateTime from = history.buckets.constFirst().start;
        const QDateTime to = history.buckets.constLast().end;
        for (QDateTimeAxis *x : {m_countAxes.x, m_latencyAxes.x, m_accuracyAxes.x}) {
            x->setRange(from, to);
            // Day: a label every 4 hours; week: one a day at the buckets' hour.
            x->setTickCount(week ? 8 : 7);
            // Axis labels are rich text: the week's take two short lines.
            x->setFormat(week ? QStringLiteral("ddd<br>HH:mm") : QStringLiteral("HH:mm"));
        }
    }
}

void HistoryCharts::applyPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const Colors colors = colorsFor(dark);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(dark ? 40 : 30);
    QColor line = text;
    line.setAlpha(110);

    for (QChart *chart : {m_counts, m_latency, m_accuracy}) {
        // The theme resets every colour: set it first, then the palette's.
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette.base());
        chart->setBackgroundPen(QPen(grid, 1));
        chart->setPlotAreaBackgroundVisible(false);
        chart->setTitleBrush(text);
        QFont title = chart->titleFont();
        title.setPointSizeF(QFont().pointSizeF());
        title.setWeight(QFont::DemiBold);
        chart->setTitleFont(title);
        chart->legend()->setLabelColor(text);
        const QList<QAbstractAxis *> axes = chart->axes();
        for (QAbstractAxis *axis : axes) {
            axis->setLabelsBrush(text);
            axis->setLabelsFont(QFont());
            axis->setGridLineColor(grid);
            axis->setLinePenColor(line);
            axis->setShadesVisible(false);
        }
    }
    styleArea(m_succeededArea, colors.succeeded);
    styleArea(m_failedArea, colors.failed);
    styleLine(m_latencyLine, colors.latency);
    styleLine(m_accuracyLine, colors.accuracy);
}

} // namespace InvoiceDash
