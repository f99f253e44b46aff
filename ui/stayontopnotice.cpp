#include "stayontopnotice.h"

#include "common/appsettings.h"
#include "common/logging.h"
#include "messagebanner.h"

#include <QSystemTrayIcon>

namespace InvoiceDash {

bool StayOnTopNotice::canStayOnTop(const QString &platformName)
{
    return !platformName.startsWith(QLatin1String("wayland"), Qt::CaseInsensitive);
}

bool StayOnTopNotice::showOnce(MessageBanner *banner, const QString &platformName)
{
    if (canStayOnTop(platformName) || AppSettings().stayOnTopNoticeShown())
        return false;
    qCInfo(lcUi, "The %s platform cannot keep the overlay on top; telling the user.",
           qUtf8Printable(platformName));

    const QString way = QSystemTrayIcon::isSystemTrayAvailable()
        ? tr("Start InvoiceDash on X11 (QT_QPA_PLATFORM=xcb) to keep it on top, or bring it "
             "back with the tray icon.")
        : tr("Start InvoiceDash on X11 (QT_QPA_PLATFORM=xcb) to keep it on top.");
    banner->showMessageWithAction(
        tr("This desktop (Wayland) decides itself which window stays on top, so the dashboard "
           "overlay may go behind other windows. %1")
            .arg(way),
        MessageBanner::Kind::Information, tr("Use &X11 from the next start"));

    // Told once means seen: the button or closing the banner marks it. When
    // another message takes its place, it comes again at the next start.
    // The offer's connections live in `offer`: deleting it drops them all.
    auto *offer = new QObject(banner);
    const auto markShown = [] {
        AppSettings settings;
        settings.setStayOnTopNoticeShown(true);
        settings.sync();
    };
    QObject::connect(banner, &MessageBanner::actionTriggered, offer, [banner, offer, markShown] {
        delete offer;
        markShown();
        AppSettings chosen;
        chosen.setPreferredPlatform(QStringLiteral("xcb"));
        chosen.sync();
        banner->showMessage(tr("InvoiceDash starts on X11 the next time. "
                               "Preferences \u2192 Interface changes it "
                               "back."),
                            MessageBanner::Kind::Information);
    });
    QObject::connect(banner, &MessageBanner::dismissed, offer, [offer, markShown] {
        delete offer;
        markShown();
    });
    QObject::connect(banner, &MessageBanner::replaced, offer, [offer] { delete offer; });
    return true;
}

} // namespace InvoiceDash
