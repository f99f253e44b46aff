#include "appicon.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace InvoiceDash {

namespace {

QPixmap drawnIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 64.0, size / 64.0);

    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x6f, 0xeb));
    painter.drawRoundedRect(QRectF(4, 4, 56, 56), 12, 12);

    QPainterPath page;
    page.moveTo(20, 14);
    page.lineTo(38, 14);
    page.lineTo(46, 22);
    page.lineTo(46, 50);
    page.lineTo(18, 50);
    page.lineTo(18, 14);
    page.closeSubpath();
    painter.setBrush(Qt::white);
    painter.drawPath(page);

    painter.setBrush(QColor(0x1f, 0x6f, 0xeb));
    painter.drawRoundedRect(QRectF(23, 27, 16, 3), 1.5, 1.5);
    painter.drawRoundedRect(QRectF(23, 33, 12, 3), 1.5, 1.5);
    painter.setPen(QPen(QColor(0x2d, 0xa4, 0x4e), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF trend[] = {{23, 46}, {28, 41}, {32, 44}, {39, 37}};
    painter.drawPolyline(trend, 4);
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    static const QString resource = QStringLiteral(":/icons/invoicedash.svg");
    if (QFile::exists(resource)) {
        // Without the SVG icon engine plugin the icon renders nothing.
        const QIcon icon(resource);
        if (!icon.pixmap(32).isNull())
            return icon;
    }
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128})
        icon.addPixmap(drawnIcon(size));
    return icon;
}

} // namespace InvoiceDash
