#include "progressdelegate.h"

#include "resultsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace InvoiceDash {

ProgressDelegate::ProgressDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant value = index.data(ResultsModel::ProgressRole);
    const int progress = value.isValid() ? value.toInt() : -1;

    // Background, selection and focus as for any other cell, without text.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
    if (progress < 0)
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int textWidth = metrics.horizontalAdvance(QStringLiteral("100 %")) + 6;
    const QRect cell = option.rect.adjusted(6, 0, -6, 0);
    const QRect textRect(cell.right() - textWidth + 1, cell.top(), textWidth, cell.height());

    const qreal barHeight = 6;
    const QRectF track(cell.left(), cell.center().y() - barHeight / 2 + 1,
                       std::max(0, cell.width() - textWidth - 4), barHeight);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;

    QColor trackColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    trackColor.setAlpha(40);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, barHeight / 2, barHeight / 2);

    if (progress > 0) {
        QRectF fill = track;
        fill.setWidth(std::max(barHeight, track.width() * std::clamp(progress, 0, 100) / 100.0));
        const QColor done(0x2d, 0xa4, 0x4e);
        QColor fillColor = progress >= 100 ? done : palette.color(QPalette::Highlight);
        if (selected)
            fillColor = palette.color(QPalette::HighlightedText);
        painter->setBrush(fillColor);
        painter->drawRoundedRect(fill, barHeight / 2, barHeight / 2);
    }

    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace InvoiceDash
