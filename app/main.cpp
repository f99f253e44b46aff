#include "cliprocess.h"
#include "common/appsettings.h"
#include "common/logging.h"
#include "guiapplication.h"
#include "languages.h"

#include <QApplication>
#include <QCoreApplication>

#include <clocale>
#include <cstdlib>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InvoiceDash"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("invoicedash.org"));
    QCoreApplication::setApplicationName(QStringLiteral("invoicedash"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVOICEDASH_VERSION));
}

bool wantsInfoOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "--version")
            || !std::strcmp(arg, "-v") || !std::strcmp(arg, "--help-all"))
            return true;
    }
    return false;
}

// Command-line messages speak the interface language too.
void installCliLanguage()
{
    const InvoiceDash::Languages::InstallResult result = InvoiceDash::Languages::install(
        InvoiceDash::Languages::resolve(InvoiceDash::AppSettings().interfaceLanguage()));
    if (!result.ok)
        qCDebug(lcApp, "%s", qUtf8Printable(result.error));
}

bool hasPlatformArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "-platform") || !std::strcmp(argv[i], "--platform"))
            return true;
    }
    return false;
}

// Preferences may ask for the X11 backend (on Wayland the overlay cannot stay
// on top); QT_QPA_PLATFORM or -platform win. Qt tries the plugins of the list
// in order, so a session without an X server still starts on Wayland.
// Returns whether it set QT_QPA_PLATFORM, which main() removes again once Qt
// has read it, so programs the app opens (a PDF viewer) keep their own choice.
bool applyPreferredPlatform(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || hasPlatformArgument(argc, argv))
        return false;
    const QString platform = InvoiceDash::AppSettings().preferredPlatform();
    if (platform.isEmpty())
        return false;
    qputenv("QT_QPA_PLATFORM", platform.toUtf8() + ";wayland");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // One Tesseract engine per worker thread: each must stay single-threaded,
    // or the OpenMP threads of all engines fight over the cores (3-4x slower).
    // OpenMP reads OMP_THREAD_LIMIT once, when the library loads, before
    // main(): so set it and start again.
    if (!std::getenv("OMP_THREAD_LIMIT")) {
        qputenv("OMP_THREAD_LIMIT", "1");
#if defined(Q_OS_LINUX)
        execv("/proc/self/exe", argv); // returns only on failure: go on slower
#endif
    }
    setApplicationInfo();

    // Headless commands never need a display.
    if (argc > 1 && !std::strcmp(argv[1], "process")) {
        QCoreApplication app(argc, argv);
        std::setlocale(LC_NUMERIC, "C");
        installCliLanguage();
        return InvoiceDash::runProcessCommand(QCoreApplication::arguments());
    }
    if (wantsInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        installCliLanguage();
        return InvoiceDash::runInfoCommand(QCoreApplication::arguments());
    }

    const bool platformChosen = applyPreferredPlatform(argc, argv);
    QApplication app(argc, argv);
    if (platformChosen)
        qunsetenv("QT_QPA_PLATFORM");
    std::setlocale(LC_NUMERIC, "C");
    InvoiceDash::GuiApplication gui;
    if (!gui.start(QCoreApplication::arguments().mid(1)))
        return 1;
    return QApplication::exec();
}
