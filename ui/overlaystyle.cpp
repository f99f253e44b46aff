#include "overlaystyle.h"

#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace InvoiceDash::OverlayStyle {

namespace {

// A muted bar-chart glyph for the empty state, drawn at 2x for sharp edges.
QPixmap chartGlyph()
{
    constexpr int Size = 30;
    QPixmap pixmap(Size * 2, Size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const qreal heights[] = {12, 20, 15, 26};
    const QColor colors[] = {AccentBlue, AccentGreen, AccentAmber, AccentViolet};
    for (int i = 0; i < 4; ++i) {
        QColor color = colors[i];
        color.setAlpha(150);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(1 + i * 7.5, Size - heights[i], 5, heights[i]), 2, 2);
    }
    return pixmap;
}

} // namespace

QString styleSheet()
{
    return QStringLiteral(
        "QLabel { color: #eceef3; background: transparent; }"
        "QLabel[role=\"title\"] { font-size: 13px; font-weight: 600; }"
        "QLabel[role=\"cardTitle\"] { color: rgba(236,238,243,0.62); font-size: 11px;"
        "  font-weight: 600; }"
        "QLabel[role=\"cardValue\"] { color: #ffffff; font-size: 26px; font-weight: 600; }"
        "QLabel[role=\"cardUnit\"] { color: rgba(236,238,243,0.55); font-size: 12px; }"
        "QLabel[role=\"emptyTitle\"] { font-size: 17px; font-weight: 600; }"
        "QLabel[role=\"emptyHint\"] { color: rgba(236,238,243,0.6); font-size: 12px; }"
        "QLabel[role=\"footer\"] { color: rgba(236,238,243,0.55); font-size: 11px; }"
        "QLabel[role=\"pill\"] { font-size: 13px; font-weight: 600; }"
        "QLabel[role=\"pillTag\"] { color: #d6e8ff; background: rgba(90,169,255,0.26);"
        "  border-radius: 7px; padding: 1px 7px; font-size: 10px; font-weight: 700; }"
        "QLabel[tone=\"warning\"] { color: #ffb84d; }"
        "QLabel[tone=\"error\"] { color: #ff8a80; }"
        "QToolButton { border: none; border-radius: 11px; background: transparent;"
        "  color: rgba(236,238,243,0.7); font-size: 15px; padding: 0; }"
        "QToolButton:hover { background: rgba(255,255,255,0.13); color: #ffffff; }"
        "QToolButton:pressed { background: rgba(255,255,255,0.22); }"
        "QToolButton[role=\"segment\"] { border-radius: 9px; padding: 0 9px; font-size: 11px;"
        "  font-weight: 600; color: rgba(236,238,243,0.6); }"
        "QToolButton[role=\"segment\"]:hover { background: rgba(255,255,255,0.08);"
        "  color: #ffffff; }"
        "QToolButton[role=\"segment\"]:checked { background: rgba(255,255,255,0.18);"
        "  color: #ffffff; }"
        "QToolTip { color: #eceef3; background: #23262e; border: 1px solid #3a3e48; }");
}

QToolButton *makeButton(const QString &objectName, const QString &glyph, const QString &toolTip,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(glyph);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setFixedSize(22, 22);
    return button;
}

QLabel *makeLabel(const QString &objectName, const QString &role, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", role);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QWidget *makeEmptyState(const QString &prefix, const QString &title, const QString &hint,
                        QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(prefix + QStringLiteral("State"));
    auto *icon = new QLabel(page);
    icon->setObjectName(prefix + QStringLiteral("Icon"));
    icon->setPixmap(chartGlyph());
    icon->setAlignment(Qt::AlignCenter);
    auto *titleLabel
        = makeLabel(prefix + QStringLiteral("Title"), QStringLiteral("emptyTitle"), page);
    titleLabel->setText(title);
    titleLabel->setAlignment(Qt::AlignCenter);
    auto *hintLabel = makeLabel(prefix + QStringLiteral("Hint"), QStringLiteral("emptyHint"), page);
    hintLabel->setText(hint);
    hintLabel->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addSpacing(6);
    layout->addWidget(titleLabel);
    layout->addWidget(hintLabel);
    layout->addStretch(1);
    return page;
}

void setStyleProperty(QWidget *widget, const char *name, const QString &value)
{
    if (widget->property(name).toString() == value)
        return;
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace InvoiceDash::OverlayStyle
