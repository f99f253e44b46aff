#pragma once

#include <QColor>
#include <QPainterPath>
#include <QString>

class QLabel;
class QPixmap;
class QToolButton;
class QWidget;

class QPalette;

// Look of the dashboard overlay, shared by its parts. The surface is dark or
// light (setDark(), chosen by the overlay from the system palette); the
// accent colours are the same in both.
namespace InvoiceDash::OverlayStyle {

// Surface colours of one variant.
struct Theme
{
    bool dark = true;
    QColor surface;
    QColor surfaceTop;
    QColor hairline;
    QColor cardFill;
    QColor cardBorder;
    QColor trackFill; // segmented switch
    QColor trackBorder;
};

// The current variant (dark until setDark(false)).
[[nodiscard]] const Theme &theme();
void setDark(bool dark);
// True when the palette's window colour is dark (a dark desktop theme).
[[nodiscard]] bool isDarkPalette(const QPalette &palette);

// The outline of a tile (metric card, chart tile) filling `rect`: rounded,
// on half pixels so a 1-px border is crisp.
[[nodiscard]] QPainterPath tilePath(const QRect &rect);

inline const QColor AccentBlue(0x5a, 0xa9, 0xff);
inline const QColor AccentGreen(0x3d, 0xd6, 0x8c);
inline const QColor AccentAmber(0xff, 0xb8, 0x4d);
inline const QColor AccentViolet(0xb3, 0x8c, 0xff);
inline const QColor AccentRed(0xff, 0x6b, 0x6b);
inline const QColor Muted(0x8b, 0x90, 0x9c);

// The overlay's style sheet for the current theme(). Labels pick their look with the "role"
// property
// ("title", "footer", "pill", ...) and may add a "tone" ("warning", "error").
[[nodiscard]] QString styleSheet();

// A round, borderless tool button showing `glyph`.
[[nodiscard]] QToolButton *makeButton(const QString &objectName, const QString &glyph,
                                      const QString &toolTip, QWidget *parent);
// A plain-text label styled by `role`.
[[nodiscard]] QLabel *makeLabel(const QString &objectName, const QString &role, QWidget *parent);

// A centred placeholder: a muted chart glyph, `title` and a smaller `hint`.
// Object names, for prefix "empty": "emptyState", "emptyIcon", "emptyTitle"
// and "emptyHint".
[[nodiscard]] QWidget *makeEmptyState(const QString &prefix, const QString &title,
                                      const QString &hint, QWidget *parent);

// Sets a dynamic property the style sheet selects on and re-applies the style.
void setStyleProperty(QWidget *widget, const char *name, const QString &value);

} // namespace InvoiceDash::OverlayStyle
