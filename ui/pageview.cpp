#include "pageview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace InvoiceDash {

namespace {

const QColor BoxColor(0xf5, 0x9e, 0x0b);     // amber: every located field
const QColor CurrentColor(0x25, 0x63, 0xeb); // blue: the field being edited

} // namespace

PageView::PageView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageView"));
    setMinimumSize(240, 320);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PageView::setImage(const QImage &image)
{
    m_image = image;
    m_message.clear();
    update();
}

void PageView::setMessage(const QString &message)
{
    m_image = QImage();
    m_message = message;
    update();
}

void PageView::setBoxes(const QHash<QString, QRectF> &boxes, const QHash<QString, QString> &names)
{
    m_boxes = boxes;
    m_names = names;
    update();
}

void PageView::setCurrent(const QString &key)
{
    if (key == m_current)
        return;
    m_current = key;
    update();
}

QRect PageView::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QSize size = m_image.size().scaled(rect().size() - QSize(16, 16), Qt::KeepAspectRatio);
    const QPoint topLeft((width() - size.width()) / 2, (height() - size.height()) / 2);
    return QRect(topLeft, size);
}

QRect PageView::boxRect(const QString &key) const
{
    const QRect target = imageRect();
    const auto it = m_boxes.constFind(key);
    if (target.isEmpty() || it == m_boxes.cend())
        return {};
    const QRectF &b = *it;
    return QRectF(target.x() + b.x() * target.width(), target.y() + b.y() * target.height(),
                  b.width() * target.width(), b.height() * target.height())
        .toAlignedRect()
        .adjusted(-3, -3, 3, 3);
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(108));
    const QRect target = imageRect();
    if (target.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.key() == m_current)
            continue;
        QColor fill = BoxColor;
        fill.setAlpha(40);
        painter.setPen(QPen(BoxColor, 1.5));
        painter.setBrush(fill);
        painter.drawRect(boxRect(it.key()));
    }
    const QRect current = boxRect(m_current);
    if (current.isEmpty())
        return;
    QColor fill = CurrentColor;
    fill.setAlpha(50);
    painter.setPen(QPen(CurrentColor, 2.5));
    painter.setBrush(fill);
    painter.drawRect(current);
    // The field's name on a tab above the box (below it at the top edge).
    const QString name = m_names.value(m_current);
    if (name.isEmpty())
        return;
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    QRect tab(0, 0, metrics.horizontalAdvance(name) + 10, metrics.height() + 4);
    tab.moveBottomLeft(current.topLeft() - QPoint(0, 1));
    if (tab.top() < 0)
        tab.moveTopLeft(current.bottomLeft() + QPoint(0, 1));
    tab.moveLeft(std::clamp(tab.left(), 0, std::max(0, width() - tab.width())));
    painter.setPen(Qt::NoPen);
    painter.setBrush(CurrentColor);
    painter.drawRoundedRect(tab, 3, 3);
    painter.setPen(Qt::white);
    painter.drawText(tab, Qt::AlignCenter, name);
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (boxRect(it.key()).contains(event->position().toPoint())) {
            Q_EMIT boxClicked(it.key());
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace InvoiceDash
