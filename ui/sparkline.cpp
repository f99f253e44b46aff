#include "sparkline.h"

#include "overlaystyle.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace InvoiceDash {

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

void Sparkline::clear()
{
    m_values.clear();
    update();
}

void Sparkline::setCapacity(int capacity)
{
    m_capacity = std::max(2, capacity);
    while (m_values.size() > m_capacity)
        m_values.removeFirst();
    update();
}

void Sparkline::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void Sparkline::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -1);

    // Baseline, so an idle chart still reads as a chart.
    painter.setPen(QPen(OverlayStyle::theme().hairline, 1));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));

    if (m_values.size() < 2)
        return;

    const double maxValue = std::max(*std::max_element(m_values.cbegin(), m_values.cend()), 1e-9);
    // Fixed horizontal scale: the chart fills from the right as data arrives.
    const double step = area.width() / double(m_capacity - 1);
    const double x0 = area.right() - step * double(m_values.size() - 1);

    QPainterPath line;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const double ratio = std::clamp(m_values.at(i) / maxValue, 0.0, 1.0);
        const QPointF point(x0 + step * double(i), area.bottom() - ratio * area.height());
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }

    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(x0, area.bottom());
    fill.closeSubpath();

    QLinearGradient gradient(area.topLeft(), area.bottomLeft());
    QColor top = m_color;
    top.setAlpha(90);
    QColor bottom = m_color;
    bottom.setAlpha(0);
    gradient.setColorAt(0, top);
    gradient.setColorAt(1, bottom);
    painter.fillPath(fill, gradient);

    painter.setPen(QPen(m_color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
}

} // namespace InvoiceDash
