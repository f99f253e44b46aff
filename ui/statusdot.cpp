#include "statusdot.h"

#include "overlaystyle.h"

#include <QPainter>

namespace InvoiceDash {

StatusDot::StatusDot(QWidget *parent) : QWidget(parent)
{
    setFixedSize(8, 8);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

QColor StatusDot::colorFor(Tone tone)
{
    switch (tone) {
    case Tone::Live:
        return OverlayStyle::AccentGreen;
    case Tone::Warning:
        return OverlayStyle::AccentAmber;
    case Tone::Error:
        return OverlayStyle::AccentRed;
    case Tone::Idle:
        break;
    }
    return OverlayStyle::Muted;
}

void StatusDot::setTone(Tone tone)
{
    if (tone != m_tone) {
        m_tone = tone;
        update();
    }
}

void StatusDot::setLive(bool live)
{
    setTone(live ? Tone::Live : Tone::Idle);
}

void StatusDot::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color());
    painter.drawEllipse(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

} // namespace InvoiceDash
