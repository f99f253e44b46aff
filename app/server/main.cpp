// invoicedash-server: the team metrics server (docs/PROTOCOL.md).
// A QCoreApplication with core only: no widgets, no OCR.
#include "common/datapaths.h"
#include "common/logging.h"
#include "net/metricsserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace InvoiceDash;

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitFailure = 1;

int g_signalFd[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

void printLine(FILE *stream, const QString &line)
{
    std::fprintf(stream, "%s\n", qUtf8Printable(line));
    std::fflush(stream);
}

int usageError(const QString &message)
{
    printLine(stderr, QStringLiteral("invoicedash-server: %1 (see --help)").arg(message));
    return ExitUsage;
}

// "127.0.0.1:8765", "[::1]:8765", "localhost:8765".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]]+)):(\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    QString host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint value = match.captured(3).toUInt(&ok);
    if (!ok || value > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(value);
    return true;
}

bool positiveInt(const QString &text, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return false;
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InvoiceDash"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("invoicedash.org"));
    QCoreApplication::setApplicationName(QStringLiteral("invoicedash"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVOICEDASH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "InvoiceDash team server: desktops publish their invoice metrics over WebSocket and "
        "everybody receives the team's sliding-window aggregate (docs/PROTOCOL.md). Tokens "
        "also come from INVOICEDASH_SERVER_TOKENS (lines \"role token name\" separated by ;)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port; port 0 picks a free one "
                                                   "(default 127.0.0.1:8765, IPv6 [::1]:8765)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The server's SQLite file (default "
                                               "DATA_DIR/server.sqlite)."),
                                QStringLiteral("PATH"));
    const QCommandLineOption tokens(QStringLiteral("tokens"),
                                    QStringLiteral("Token file: lines \"publisher|viewer TOKEN "
                                                   "NAME\"."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption anonymous(QStringLiteral("allow-anonymous-view"),
                                       QStringLiteral("Clients without a token may view."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate (chain): serve wss://."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key for --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    QStringLiteral("Sliding window in seconds (default 60)."),
                                    QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Refuse connections beyond N (default 2000)."), QStringLiteral("N"),
        QStringLiteral("2000"));
    parser.addOptions({listen, db, tokens, anonymous, tlsCert, tlsKey, window, maxConnections});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().constFirst()));

    ServerConfig config;
    if (!parseListen(parser.value(listen), &config.address, &config.port))
        return usageError(QStringLiteral("--listen needs ADDR:PORT such as 127.0.0.1:8765 or "
                                         "[::1]:8765, not \"%1\"")
                              .arg(parser.value(listen)));
    if (!positiveInt(parser.value(window), &config.windowSeconds)
        || config.windowSeconds > 24 * 3600)
        return usageError(QStringLiteral("--window needs 1 to 86400 seconds, not \"%1\"")
                              .arg(parser.value(window)));
    if (!positiveInt(parser.value(maxConnections), &config.maxConnections))
        return usageError(QStringLiteral("--max-connections needs a positive number, not \"%1\"")
                              .arg(parser.value(maxConnections)));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return usageError(QStringLiteral("--tls-cert and --tls-key go together"));
    config.tlsCertificateFile = parser.value(tlsCert);
    config.tlsKeyFile = parser.value(tlsKey);
    config.allowAnonymousView = parser.isSet(anonymous);
    config.databaseFile = parser.isSet(db)
        ? parser.value(db)
        : QDir(DataPaths::dataDir()).filePath(QStringLiteral("server.sqlite"));

    QString error;
    if (parser.isSet(tokens) && !config.tokens.addFile(parser.value(tokens), &error))
        return usageError(error);
    if (!config.tokens.addEnvironment(&error))
        return usageError(error);
    if (config.tokens.isEmpty() && !config.allowAnonymousView)
        return usageError(
            QStringLiteral("no tokens: pass --tokens FILE, set INVOICEDASH_SERVER_TOKENS or "
                           "--allow-anonymous-view"));
    if (config.tokens.count(Protocol::Role::Publisher) == 0)
        qCWarning(lcServer, "No publisher tokens: nobody can publish metrics.");

    // SIGTERM/SIGINT: a byte through a socket pair wakes the event loop.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) {
        printLine(stderr, QStringLiteral("invoicedash-server: cannot create a socket pair"));
        return ExitFailure;
    }
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    MetricsServer server(std::move(config));
    if (!server.start(&error)) {
        printLine(stderr, QStringLiteral("invoicedash-server: %1").arg(error));
        return ExitFailure;
    }
    printLine(stdout,
              QStringLiteral("invoicedash-server %1 listening on %2")
                  .arg(QStringLiteral(INVOICEDASH_VERSION), server.url().toString()));

    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFd[1], &byte, 1);
        notifier.setEnabled(false);
        printLine(stdout,
                  QStringLiteral("invoicedash-server: %1, shutting down (%2 metrics "
                                 "stored)")
                      .arg(byte == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"))
                      .arg(server.storedCount()));
        server.stop();
        // Every metric is stored before its ack; let the close frames go out.
        auto *poll = new QTimer(&server);
        auto *elapsed = new QElapsedTimer;
        elapsed->start();
        QObject::connect(poll, &QTimer::timeout, &server, [&server, elapsed] {
            if (server.connectionCount() == 0 || elapsed->elapsed() > 1000) {
                delete elapsed;
                QCoreApplication::quit();
            }
        });
        poll->start(20);
    });
    return QCoreApplication::exec();
}
