#include "sparkline.h"

#include "overlaystyle.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace InvoiceDash {

namespace {

// Room around the plot so a 1.6 px line with round caps is never clipped,
// and a baseline centred on a pixel row (crisp at 1x and 2x).
constexpr qreal SideMargin = 1.0;
constexpr qreal TopMargin = 1.5;
constexpr qreal BottomMargin = 1.5;
constexpr qreal LineWidth = 1.6;

QList<double> lastOf(const QList<double> &values, int capacity)
{
    QList<double> out = values.size() > capacity ? values.mid(values.size() - capacity) : values;
    for (double &value : out) {
        if (!std::isfinite(value) || value < 0)
            value = 0; // never a spike or a hole from a bad reading
    }
    return out;
}

} // namespace

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::addValue(double value)
{
    m_values.append(value);
    while (m_values.size() > m_capacity)
        m_values.removeFirst();
    update();
}

void Sparkline::replaceLast(double value)
{
    if (m_values.isEmpty()) {
        addValue(value);
        return;
    }
    m_values.last() = value;
    update();
}

void Sparkline::setValues(const QList<double> &values)
{
    QList<double> next = lastOf(values, m_capacity);
    if (next == m_values)
        return; // nothing to repaint
    m_values = std::move(next);
    update();
}

void Sparkline::setSecondaryValues(const QList<double> &values)
{
    QList<double> next = lastOf(values, m_capacity);
    if (next == m_secondary)
        return;
    m_secondary = std::move(next);
    update();
}

void Sparkline::clear()
{
    if (m_values.isEmpty() && m_secondary.isEmpty())
        return;
    m_values.clear();
    m_secondary.clear();
    update();
}

void Sparkline::setCapacity(int capacity)
{
    m_capacity = std::max(2, capacity);
    while (m_values.size() > m_capacity)
        m_values.removeFirst();
    while (m_secondary.size() > m_capacity)
        m_secondary.removeFirst();
    update();
}

void Sparkline::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
}

QRectF Sparkline::plotRect() const
{
    return QRectF(rect()).adjusted(SideMargin, TopMargin, -SideMargin, -BottomMargin);
}

double Sparkline::scaleMax() const
{
    double maxValue = 0;
    for (const QList<double> *series : {&m_values, &m_secondary}) {
        for (double value : *series)
            maxValue = std::max(maxValue, value);
    }
    return maxValue;
}

QPointF Sparkline::pointFor(qsizetype index, qsizetype count, double value) const
{
    const QRectF area = plotRect();
    const double maxValue = scaleMax();
    const double ratio = maxValue > 0 ? std::clamp(value / maxValue, 0.0, 1.0) : 0.0;
    // Fixed horizontal scale: the chart fills from the right as data arrives.
    const double step = area.width() / double(m_capacity - 1);
    const double x = area.right() - step * double(count - 1 - index);
    return {x, area.bottom() - ratio * area.height()};
}

QPointF Sparkline::pointAt(qsizetype index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    return pointFor(index, m_values.size(), m_values.at(index));
}

void Sparkline::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF area = plotRect();
    const bool dark = OverlayStyle::theme().dark;

    // Baseline, so an idle chart still reads as a chart. A 1 px line on a
    // pixel centre (BottomMargin .5) covers whole device pixels.
    painter.setPen(QPen(OverlayStyle::theme().hairline, 1, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));

    // On a light surface the accent needs more contrast.
    const QColor lineColor = dark ? m_color : m_color.darker(135);
    const auto pathOf = [this](const QList<double> &series) {
        QPainterPath path;
        for (qsizetype i = 0; i < series.size(); ++i) {
            const QPointF point = pointFor(i, series.size(), series.at(i));
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        return path;
    };

    if (m_secondary.size() >= 2) {
        QColor faint = lineColor;
        faint.setAlphaF(dark ? 0.45 : 0.5);
        painter.setPen(QPen(faint, 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(pathOf(m_secondary));
    }

    if (m_values.size() < 2)
        return;

    const QPainterPath line = pathOf(m_values);
    if (scaleMax() > 0) {
        QPainterPath fill = line;
        fill.lineTo(area.right(), area.bottom());
        fill.lineTo(pointAt(0).x(), area.bottom());
        fill.closeSubpath();

        QLinearGradient gradient(area.topLeft(), area.bottomLeft());
        QColor top = m_color;
        top.setAlpha(dark ? 90 : 70);
        QColor bottom = m_color;
        bottom.setAlpha(0);
        gradient.setColorAt(0, top);
        gradient.setColorAt(1, bottom);
        painter.fillPath(fill, gradient);
    }

    painter.setPen(QPen(lineColor, LineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
}

} // namespace InvoiceDash
