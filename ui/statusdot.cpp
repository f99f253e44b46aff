#include "statusdot.h"

#include <QPainter>

namespace InvoiceDash {

StatusDot::StatusDot(QWidget *parent) : QWidget(parent)
{
    setFixedSize(8, 8);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void StatusDot::setLive(bool live)
{
    if (live != m_live) {
        m_live = live;
        update();
    }
}

void StatusDot::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_live ? QColor(0x3d, 0xd6, 0x8c) : QColor(0x8b, 0x90, 0x9c));
    painter.drawEllipse(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

} // namespace InvoiceDash
