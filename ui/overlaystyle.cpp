#include "overlaystyle.h"

#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

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

Theme darkTheme()
{
    return {true,
            QColor(22, 24, 30, 220),
            QColor(34, 37, 46, 224),
            QColor(255, 255, 255, 34),
            QColor(255, 255, 255, 16),
            QColor(255, 255, 255, 22),
            QColor(0, 0, 0, 70),
            QColor(255, 255, 255, 26)};
}

Theme lightTheme()
{
    return {false,
            // Nearly opaque: dark text behind a light surface shows through
            // far more than behind a dark one.
            QColor(246, 247, 250, 248), QColor(255, 255, 255, 250), QColor(0, 0, 0, 40),
            QColor(0, 0, 0, 9), QColor(0, 0, 0, 22), QColor(0, 0, 0, 16), QColor(0, 0, 0, 26)};
}

Theme &currentTheme()
{
    static Theme theme = darkTheme();
    return theme;
}

} // namespace

const Theme &theme()
{
    return currentTheme();
}

void setDark(bool dark)
{
    currentTheme() = dark ? darkTheme() : lightTheme();
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString styleSheet()
{
    // @name@ placeholders are filled from the variant below.
    QString sheet = QStringLiteral(
        "QLabel { color: @text@; background: transparent; }"
        "QLabel[role=\"title\"] { font-size: 13px; font-weight: 600; }"
        "QLabel[role=\"cardTitle\"] { color: @muted@; font-size: 11px;"
        "  font-weight: 600; }"
        "QLabel[role=\"cardValue\"] { color: @strong@; font-size: 26px; font-weight: 600; }"
        "QLabel[role=\"cardUnit\"] { color: @faint@; font-size: 12px; }"
        "QLabel[role=\"chartTitle\"] { color: @muted@; font-size: 11px; font-weight: 600; }"
        "QLabel[role=\"chartValue\"] { color: @text@; font-size: 11px; font-weight: 600; }"
        "QLabel[role=\"emptyTitle\"] { font-size: 17px; font-weight: 600; }"
        "QLabel[role=\"emptyHint\"] { color: @muted@; font-size: 12px; }"
        "QLabel[role=\"footer\"] { color: @faint@; font-size: 11px; }"
        "QLabel[role=\"pill\"] { font-size: 13px; font-weight: 600; }"
        "QLabel[role=\"pillTag\"] { color: @tagText@; background: rgba(90,169,255,0.26);"
        "  border-radius: 7px; padding: 1px 7px; font-size: 10px; font-weight: 700; }"
        "QLabel[role=\"badge\"] { color: @badgeText@; background: rgba(179,140,255,0.30);"
        "  border-radius: 7px; padding: 1px 7px; font-size: 10px; font-weight: 700; }"
        "QLabel[tone=\"warning\"] { color: @warning@; }"
        "QLabel[tone=\"error\"] { color: @error@; }"
        "QToolButton { border: none; border-radius: 11px; background: transparent;"
        "  color: @button@; font-size: 15px; padding: 0; }"
        "QToolButton:hover { background: @hover@; color: @strong@; }"
        "QToolButton:pressed { background: @pressed@; }"
        "QToolButton[role=\"segment\"] { border-radius: 9px; padding: 0 9px; font-size: 11px;"
        "  font-weight: 600; color: @muted@; }"
        "QToolButton[role=\"segment\"]:hover { background: @hover@;"
        "  color: @strong@; }"
        "QToolButton[role=\"segment\"]:checked { background: @pressed@;"
        "  color: @strong@; }"
        "QToolTip { color: @text@; background: @tipBackground@; border: 1px solid @tipBorder@; }");
    const bool dark = theme().dark;
    const std::pair<const char *, const char *> colors[] = {
        {"@text@", dark ? "#eceef3" : "#1d2026"},
        {"@strong@", dark ? "#ffffff" : "#0b0d12"},
        {"@muted@", dark ? "rgba(236,238,243,0.62)" : "rgba(29,32,38,0.66)"},
        {"@faint@", dark ? "rgba(236,238,243,0.55)" : "rgba(29,32,38,0.58)"},
        {"@tagText@", dark ? "#d6e8ff" : "#0b4a8f"},
        {"@badgeText@", dark ? "#eadfff" : "#4b2a91"},
        {"@warning@", dark ? "#ffb84d" : "#a85f00"},
        {"@error@", dark ? "#ff8a80" : "#c62828"},
        {"@button@", dark ? "rgba(236,238,243,0.7)" : "rgba(29,32,38,0.7)"},
        {"@hover@", dark ? "rgba(255,255,255,0.13)" : "rgba(0,0,0,0.08)"},
        {"@pressed@", dark ? "rgba(255,255,255,0.20)" : "rgba(0,0,0,0.13)"},
        {"@tipBackground@", dark ? "#23262e" : "#fbfbfc"},
        {"@tipBorder@", dark ? "#3a3e48" : "#c9ccd3"},
    };
    for (const auto &[name, color] : colors)
        sheet.replace(QLatin1StringView(name), QLatin1StringView(color));
    return sheet;
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

QPainterPath tilePath(const QRect &rect)
{
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 9, 9);
    return path;
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
    // Wrapped, so a longer translation makes the state taller, not the overlay wider.
    titleLabel->setWordWrap(true);
    auto *hintLabel = makeLabel(prefix + QStringLiteral("Hint"), QStringLiteral("emptyHint"), page);
    hintLabel->setText(hint);
    hintLabel->setAlignment(Qt::AlignCenter);
    hintLabel->setWordWrap(true);
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
