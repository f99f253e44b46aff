#pragma once

#include <QCoreApplication>
#include <QString>

namespace InvoiceDash {

class MessageBanner;

// Where the window system will not keep the overlay above other windows
// (Wayland compositors decide stacking themselves and ignore
// Qt::WindowStaysOnTopHint), the user is told so once and offered the X11
// backend (XWayland) from the next start, or the tray.
class StayOnTopNotice
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::StayOnTopNotice)

public:
    // Whether windows of this Qt platform plugin can ask to stay on top.
    [[nodiscard]] static bool canStayOnTop(const QString &platformName);

    // Shows the notice in `banner` when `platformName` cannot keep windows on
    // top and the user has not seen it yet (AppSettings::stayOnTopNoticeShown,
    // set when they use its button or close it; a notice replaced by another
    // message comes again at the next start). The button stores the X11
    // backend (AppSettings::preferredPlatform) for the next start. Returns
    // whether it was shown.
    static bool showOnce(MessageBanner *banner, const QString &platformName);
};

} // namespace InvoiceDash
