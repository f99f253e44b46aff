#include "segmentedswitch.h"

#include "overlaystyle.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace InvoiceDash {

SegmentedSwitch::SegmentedSwitch(const QStringList &labels, QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    m_group->setExclusive(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    for (const QString &label : labels) {
        auto *segment = new QToolButton(this);
        segment->setText(label);
        segment->setAccessibleName(label);
        segment->setCheckable(true);
        segment->setAutoRaise(true);
        segment->setFocusPolicy(Qt::NoFocus);
        segment->setCursor(Qt::PointingHandCursor);
        segment->setProperty("role", QStringLiteral("segment"));
        segment->setFixedHeight(18);
        m_group->addButton(segment, int(m_segments.size()));
        m_segments << segment;
        layout->addWidget(segment);
    }
    if (!m_segments.isEmpty())
        m_segments.constFirst()->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, &SegmentedSwitch::segmentClicked);
}

int SegmentedSwitch::currentIndex() const
{
    return m_group->checkedId();
}

void SegmentedSwitch::setCurrentIndex(int index)
{
    if (QToolButton *segment = m_segments.value(index))
        segment->setChecked(true);
}

void SegmentedSwitch::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(track, track.height() / 2, track.height() / 2);
    painter.fillPath(path, OverlayStyle::theme().trackFill);
    painter.setPen(QPen(OverlayStyle::theme().trackBorder, 1));
    painter.drawPath(path);
}

} // namespace InvoiceDash
