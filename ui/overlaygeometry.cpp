#include "overlaygeometry.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace InvoiceDash::OverlayGeometry {

namespace {

qint64 overlapArea(const QRect &a, const QRect &b)
{
    const QRect both = a.intersected(b);
    return both.isEmpty() ? 0 : qint64(both.width()) * both.height();
}

// The area `window` overlaps most; -1 when it overlaps none.
qsizetype mostOverlapped(const QRect &window, const QList<QRect> &areas)
{
    qsizetype best = -1;
    qint64 bestArea = 0;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const qint64 area = overlapArea(window, areas.at(i));
        if (area > bestArea) {
            bestArea = area;
            best = i;
        }
    }
    return best;
}

// Squared distance between the centres, to find the nearest area.
qint64 centreDistance(const QRect &a, const QRect &b)
{
    const QPoint d = a.center() - b.center();
    return qint64(d.x()) * d.x() + qint64(d.y()) * d.y();
}

// The start of a span of `length` inside [low, high] nearest to `start`.
int clampSpan(int start, int length, int low, int high)
{
    if (length >= high - low + 1)
        return low; // too big: keep its start (title, buttons) visible
    return std::clamp(start, low, high + 1 - length);
}

} // namespace

QPoint snapToEdges(const QRect &window, const QList<QRect> &areas, int distance)
{
    const qsizetype index = mostOverlapped(window, areas);
    if (index < 0)
        return window.topLeft();
    const QRect area = areas.at(index);
    QPoint position = window.topLeft();
    if (std::abs(window.left() - area.left()) <= distance)
        position.setX(area.left());
    else if (std::abs(window.right() - area.right()) <= distance)
        position.setX(area.right() + 1 - window.width());
    if (std::abs(window.top() - area.top()) <= distance)
        position.setY(area.top());
    else if (std::abs(window.bottom() - area.bottom()) <= distance)
        position.setY(area.bottom() + 1 - window.height());
    return position;
}

bool isReachable(const QRect &window, const QList<QRect> &areas)
{
    const int needWidth = std::min(window.width(), 48);
    const int needHeight = std::min(window.height(), 24);
    return std::any_of(areas.cbegin(), areas.cend(), [&](const QRect &area) {
        const QRect visible = area.intersected(window);
        return visible.width() >= needWidth && visible.height() >= needHeight;
    });
}

QPoint bringOnScreen(const QRect &window, const QList<QRect> &areas)
{
    if (areas.isEmpty())
        return window.topLeft();
    for (const QRect &area : areas) {
        if (area.contains(window))
            return window.topLeft();
    }
    qsizetype index = mostOverlapped(window, areas);
    if (index < 0) {
        index = 0;
        for (qsizetype i = 1; i < areas.size(); ++i) {
            if (centreDistance(window, areas.at(i)) < centreDistance(window, areas.at(index)))
                index = i;
        }
    }
    const QRect area = areas.at(index);
    return {clampSpan(window.left(), window.width(), area.left(), area.right()),
            clampSpan(window.top(), window.height(), area.top(), area.bottom())};
}

QPoint defaultPosition(const QRect &area, QSize size)
{
    const int x = std::max(area.left(), area.right() + 1 - ScreenMargin - size.width());
    const int y = std::min(area.top() + ScreenMargin, area.bottom());
    return {x, y};
}

QRect mainWindowPlace(const QRect &area, QSize overlaySize, QSize preferred)
{
    const int height = std::min(preferred.height(), area.height() - 2 * ScreenMargin);
    const int besideWidth = area.width() - overlaySize.width() - 3 * ScreenMargin;
    if (besideWidth >= MinMainWindowWidth) {
        const int width = std::min(preferred.width(), besideWidth);
        // Centred in the room left of the overlay, top-aligned with it.
        const int x = area.left() + ScreenMargin + (besideWidth - width) / 2;
        return {x, area.top() + ScreenMargin, width, std::max(height, 0)};
    }
    const QSize size = preferred.boundedTo(area.size());
    QRect centred(QPoint(), size);
    centred.moveCenter(area.center());
    return centred;
}

QString arrangementKey(QList<QRect> screens)
{
    std::sort(screens.begin(), screens.end(), [](const QRect &a, const QRect &b) {
        return std::tuple(a.x(), a.y(), a.width(), a.height())
            < std::tuple(b.x(), b.y(), b.width(), b.height());
    });
    QStringList parts;
    for (const QRect &screen : std::as_const(screens))
        parts << QStringLiteral("%1,%2,%3x%4")
                     .arg(screen.x())
                     .arg(screen.y())
                     .arg(screen.width())
                     .arg(screen.height());
    // qHash() is seeded per process; a cryptographic hash is stable.
    const QByteArray digest
        = QCryptographicHash::hash(parts.join(QLatin1Char(';')).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(12));
}

} // namespace InvoiceDash::OverlayGeometry
