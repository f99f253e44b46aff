#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace InvoiceDash {

// A tiny line chart of the most recent values (newest on the right), drawn
// with QPainter: antialiased, on floating-point geometry so that it stays
// crisp at any device pixel ratio, with a soft gradient under the line and
// a hairline baseline (all an empty chart shows). An optional secondary
// series is drawn as a faint thin line on the same scale (e.g. a p95 under
// a mean). Colours follow OverlayStyle::theme() (dark or light).
//
// The horizontal scale is fixed by capacity(): fewer values fill the chart
// from the right. The vertical scale runs from 0 to the largest value.
// Mouse events pass through to the parent so the overlay stays draggable;
// the widget repaints only when its values or colour change.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    // Appends a value; keeps at most capacity() values.
    void addValue(double value);
    // Replaces the newest value (several readings within the same second).
    void replaceLast(double value);
    // Replaces the whole series (the last capacity() of `values`).
    void setValues(const QList<double> &values);
    // The faint second line; empty for none. Same length rules as setValues().
    void setSecondaryValues(const QList<double> &values);
    void clear();

    [[nodiscard]] const QList<double> &values() const { return m_values; }
    [[nodiscard]] const QList<double> &secondaryValues() const { return m_secondary; }
    [[nodiscard]] int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    void setColor(const QColor &color);
    [[nodiscard]] QColor color() const { return m_color; }

    // Where the chart draws, in widget coordinates: the baseline is the
    // bottom edge, the largest value touches the top edge.
    [[nodiscard]] QRectF plotRect() const;
    // Where values()[index] is drawn, in widget coordinates (null when out of range).
    [[nodiscard]] QPointF pointAt(qsizetype index) const;

    [[nodiscard]] QSize sizeHint() const override { return {200, 28}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {40, 16}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] double scaleMax() const;
    [[nodiscard]] QPointF pointFor(qsizetype index, qsizetype count, double value) const;

    QList<double> m_values;
    QList<double> m_secondary;
    int m_capacity = 60;
    QColor m_color{0x4c, 0x9a, 0xff};
};

} // namespace InvoiceDash
