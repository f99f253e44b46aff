#pragma once

#include "store/historyquery.h"

#include <QCoreApplication>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace InvoiceDash {

// The History tab's three charts over one time axis: invoices per bucket
// (stacked step areas, failed below succeeded), mean latency and mean
// accuracy (lines with a point per non-empty bucket). The series and axes
// are made once; setHistory() replaces their points and ranges.
//
// The charts are not parented: hand each to a QChartView, which owns it.
class HistoryCharts
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::HistoryCharts)

public:
    HistoryCharts();

    [[nodiscard]] QChart *counts() const { return m_counts; }
    [[nodiscard]] QChart *latency() const { return m_latency; }
    [[nodiscard]] QChart *accuracy() const { return m_accuracy; }

    void setHistory(const History &history);
    // Light or dark theme by the window colour's lightness; text and grid
    // colours from the palette, chart background the palette's base.
    void applyPalette(const QPalette &palette);

private:
    struct Axes
    {
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
    };
    Axes addAxes(QChart *chart);

    QChart *m_counts = nullptr;
    QChart *m_latency = nullptr;
    QChart *m_accuracy = nullptr;
    // Step outlines: succeeded spans failed..total, failed spans 0..failed.
    QLineSeries *m_totalTop = nullptr;
    QLineSeries *m_failedTop = nullptr;
    QLineSeries *m_failedTopAsBottom = nullptr;
    QAreaSeries *m_succeededArea = nullptr;
    QAreaSeries *m_failedArea = nullptr;
    QLineSeries *m_latencyLine = nullptr;
    QLineSeries *m_accuracyLine = nullptr;
    Axes m_countAxes;
    Axes m_latencyAxes;
    Axes m_accuracyAxes;
};

} // namespace InvoiceDash
