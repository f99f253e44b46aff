// Where the window system won't keep the overlay on top (Wayland), the user
// is told once and offered the X11 backend for the next start.
#include "common/appsettings.h"
#include "common/datapaths.h"
#include "messagebanner.h"
#include "stayontopnotice.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

class TstStayOnTopNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void canStayOnTop_data();
    void canStayOnTop();
    void waylandIsToldOnce();
    void replacedNoticeComesAgain();
    void x11IsNotTold();
    void buttonChoosesX11ForTheNextStart();
    void dismissingDropsTheOffer();

private:
    static QPushButton *actionButton(MessageBanner &banner)
    {
        return banner.findChild<QPushButton *>(QStringLiteral("messageBannerAction"));
    }

    QTemporaryDir m_dataDir;
};

void TstStayOnTopNotice::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv(DataPaths::DataDirEnv, QFile::encodeName(m_dataDir.path()));
}

void TstStayOnTopNotice::init()
{
    QFile::remove(DataPaths::settingsFile());
}

void TstStayOnTopNotice::canStayOnTop_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("onTop");
    QTest::newRow("X11") << "xcb" << true;
    QTest::newRow("Wayland") << "wayland" << false;
    QTest::newRow("Wayland EGL") << "wayland-egl" << false;
    QTest::newRow("Windows") << "windows" << true;
    QTest::newRow("macOS") << "cocoa" << true;
    QTest::newRow("offscreen") << "offscreen" << true;
}

void TstStayOnTopNotice::canStayOnTop()
{
    QFETCH(QString, platform);
    QFETCH(bool, onTop);
    QCOMPARE(StayOnTopNotice::canStayOnTop(platform), onTop);
}

void TstStayOnTopNotice::waylandIsToldOnce()
{
    MessageBanner banner;
    QVERIFY(!AppSettings().stayOnTopNoticeShown());
    QVERIFY(StayOnTopNotice::showOnce(&banner, QStringLiteral("wayland")));
    QVERIFY(!banner.isHidden());
    QVERIFY2(banner.text().contains(QLatin1String("Wayland"))
                 && banner.text().contains(QLatin1String("QT_QPA_PLATFORM=xcb")),
             qPrintable(banner.text()));
    QCOMPARE(banner.kind(), MessageBanner::Kind::Information);
    QVERIFY(actionButton(banner) && !actionButton(banner)->isHidden());
    QVERIFY(!AppSettings().stayOnTopNoticeShown()); // not seen until closed or used
    banner.dismiss();
    QVERIFY(AppSettings().stayOnTopNoticeShown());
    QCOMPARE(AppSettings().preferredPlatform(), QString()); // closing is not choosing X11

    // The next start (another banner, same settings) is not told again.
    MessageBanner next;
    QVERIFY(!StayOnTopNotice::showOnce(&next, QStringLiteral("wayland")));
    QVERIFY(next.isHidden());
}

void TstStayOnTopNotice::replacedNoticeComesAgain()
{
    MessageBanner banner;
    QVERIFY(StayOnTopNotice::showOnce(&banner, QStringLiteral("wayland")));
    // A warning takes its place: the notice is owed, and the warning's own
    // button does not choose X11.
    banner.showMessageWithAction(QStringLiteral("Something else"), MessageBanner::Kind::Warning,
                                 QStringLiteral("Do it"));
    QTest::mouseClick(actionButton(banner), Qt::LeftButton);
    QCOMPARE(AppSettings().preferredPlatform(), QString());
    QVERIFY(!AppSettings().stayOnTopNoticeShown());
    MessageBanner next;
    QVERIFY(StayOnTopNotice::showOnce(&next, QStringLiteral("wayland")));
}

void TstStayOnTopNotice::x11IsNotTold()
{
    MessageBanner banner;
    QVERIFY(!StayOnTopNotice::showOnce(&banner, QStringLiteral("xcb")));
    QVERIFY(banner.isHidden());
    QVERIFY(!AppSettings().stayOnTopNoticeShown()); // still owed if Wayland comes
}

void TstStayOnTopNotice::buttonChoosesX11ForTheNextStart()
{
    MessageBanner banner;
    QVERIFY(StayOnTopNotice::showOnce(&banner, QStringLiteral("wayland")));
    QCOMPARE(AppSettings().preferredPlatform(), QString());
    QTest::mouseClick(actionButton(banner), Qt::LeftButton);
    QCOMPARE(AppSettings().preferredPlatform(), QStringLiteral("xcb"));
    QVERIFY(AppSettings().stayOnTopNoticeShown());
    // A confirmation replaces the offer, without a button.
    QVERIFY(!banner.isHidden());
    QVERIFY2(banner.text().contains(QLatin1String("X11")), qPrintable(banner.text()));
    QVERIFY(actionButton(banner)->isHidden());
}

void TstStayOnTopNotice::dismissingDropsTheOffer()
{
    MessageBanner banner;
    QVERIFY(StayOnTopNotice::showOnce(&banner, QStringLiteral("wayland")));
    banner.dismiss();
    QVERIFY(banner.isHidden());
    // A later, unrelated banner action must not choose X11.
    banner.showMessageWithAction(QStringLiteral("Something else"), MessageBanner::Kind::Warning,
                                 QStringLiteral("Do it"));
    QTest::mouseClick(actionButton(banner), Qt::LeftButton);
    QCOMPARE(AppSettings().preferredPlatform(), QString());
}

QTEST_MAIN(TstStayOnTopNotice)
#include "tst_stayontopnotice.moc"
