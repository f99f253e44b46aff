#pragma once

#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>

// Where the dashboard overlay may be: pure geometry on screen rectangles, so
// that snapping and off-screen recovery can be tested with fake screens.
namespace InvoiceDash::OverlayGeometry {

// How close (px) an edge must come to a screen edge to snap to it.
inline constexpr int SnapDistance = 16;
// Margin of the default position from the screen's corner.
inline constexpr int ScreenMargin = 24;

// The top-left of `window` after snapping: each of its edges within
// `distance` px of the same edge of the available area it is (mostly) on
// lands flush on that edge. Left wins over right and top over bottom when a
// window is narrower than 2 * distance of free space. Unchanged when it
// overlaps no area.
[[nodiscard]] QPoint snapToEdges(const QRect &window, const QList<QRect> &areas,
                                 int distance = SnapDistance);

// Whether enough of `window` is on one of `areas` to grab it again (48 x 24
// px, or the whole window when it is smaller).
[[nodiscard]] bool isReachable(const QRect &window, const QList<QRect> &areas);

// The top-left that keeps `window` where it is when it is fully on one of
// `areas`; otherwise moves it the least distance to be fully on the area it
// overlaps most (or, overlapping none, the nearest one): a monitor that
// disappeared or shrank brings it back whole. Unchanged without areas.
[[nodiscard]] QPoint bringOnScreen(const QRect &window, const QList<QRect> &areas);

// Top-right corner of `area`, with ScreenMargin.
[[nodiscard]] QPoint defaultPosition(const QRect &area, QSize size);

// Where the main window goes the first time (no saved geometry), so that it
// and the overlay at its default place don't cover each other: left of the
// overlay with ScreenMargin around both, `preferred` where it fits, narrower
// or shorter where not. When less than MinMainWindowWidth is left beside
// the overlay, `preferred` (clamped to the area) centred on it instead.
inline constexpr int MinMainWindowWidth = 640;
[[nodiscard]] QRect mainWindowPlace(const QRect &area, QSize overlaySize, QSize preferred);

// A short, stable key for a screen arrangement (the screens' geometries in
// any order): the same monitors in the same places give the same key, in
// every run, so a position can be remembered per arrangement.
[[nodiscard]] QString arrangementKey(QList<QRect> screens);

} // namespace InvoiceDash::OverlayGeometry
