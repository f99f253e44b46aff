// Load benchmark for invoicedash-server: N viewers and M publishers on
// loopback against the real executable. See bench/run_server_load.sh.
//
// Delivery latency: every publishing round sends one metric from each
// publisher at once. For every round and every viewer: from the moment the
// round was sent to the arrival at that viewer of the first metrics-update
// whose todayTotal counts every metric sent so far (the database starts
// empty), i.e. an aggregate that includes the whole round. One machine, one
// clock.
#include "net/protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace InvoiceDash;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

struct Update
{
    qint64 todayTotal;
    qint64 arrivalMs;
};

struct Round
{
    qint64 sentMs;
    qint64 cumulative; // metrics sent up to and including this round
};

struct Sent
{
    qint64 sentMs = 0;
    qint64 ackMs = 0;
};

struct ProcStats
{
    double cpuSeconds = 0;
    qint64 peakRssKiB = 0;
};

ProcStats procStats(qint64 pid)
{
    ProcStats s;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // Fields after the ")" of the command name: state is field 3, utime 14, stime 15.
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            s.cpuSeconds = double(f.at(11).toLongLong() + f.at(12).toLongLong())
                / double(sysconf(_SC_CLK_TCK));
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                s.peakRssKiB = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return s;
}

double percentile(std::vector<qint64> &v, double p)
{
    if (v.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(p * double(v.size())));
    std::nth_element(v.begin(), v.begin() + std::max<std::size_t>(rank, 1) - 1, v.end());
    return double(v[std::max<std::size_t>(rank, 1) - 1]);
}

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(line));
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load benchmark for invoicedash-server."));
    parser.addHelpOption();
    auto option = [&](const char *name, const char *help, const char *def) {
        QCommandLineOption o(QLatin1String(name), QLatin1String(help), QStringLiteral("N"),
                             QLatin1String(def));
        parser.addOption(o);
        return o;
    };
    const auto serverOpt = option("server", "invoicedash-server executable", "");
    const auto viewersOpt = option("viewers", "viewer connections", "1000");
    const auto publishersOpt = option("publishers", "publisher connections", "20");
    const auto rateOpt = option("rate", "metrics per second per publisher", "10");
    const auto durationOpt = option("duration", "seconds of publishing", "30");
    parser.process(app);
    const int viewers = parser.value(viewersOpt).toInt();
    const int publishers = parser.value(publishersOpt).toInt();
    const int rate = std::max(1, parser.value(rateOpt).toInt());
    const int duration = parser.value(durationOpt).toInt();

    QTemporaryDir dir;
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INVOICEDASH_SERVER_TOKENS"),
               QStringLiteral("publisher bench-publisher-token bench;viewer bench-viewer-token v"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("invoicedash.server.info=false"));
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(parser.value(serverOpt),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                  dir.filePath(QStringLiteral("server.sqlite")),
                  QStringLiteral("--max-connections"), QString::number(viewers + publishers + 10)});
    QByteArray out;
    while (!out.contains('\n') && server.waitForReadyRead(10'000))
        out += server.readAllStandardOutput();
    static const QRegularExpression listening(QStringLiteral("listening on (ws://\\S+)"));
    const auto match = listening.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        say(QStringLiteral("bench: the server did not start: ") + QString::fromUtf8(out));
        return 1;
    }
    const QUrl url(match.captured(1));
    const qint64 pid = server.processId();
    say(QStringLiteral("bench: server pid %1 at %2").arg(pid).arg(url.toString()));

    // Viewers, connected in batches of 100.
    std::vector<std::unique_ptr<QWebSocket>> viewerSockets;
    std::vector<std::vector<Update>> updates(static_cast<std::size_t>(viewers));
    int helloCount = 0;
    QObject context;
    auto open = [&](QWebSocket *socket, const QByteArray &token) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        socket->open(request);
    };
    for (int i = 0; i < viewers; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, &context,
                         [&, i](const QString &text) {
                             const qint64 arrival = nowMs();
                             if (!text.startsWith(QLatin1String("{\"type\":\"metrics-update\""))) {
                                 ++helloCount;
                                 return;
                             }
                             const QLatin1String key("\"todayTotal\":");
                             const qsizetype at = text.lastIndexOf(key) + key.size();
                             const qsizetype end = text.indexOf(QLatin1Char('}'), at);
                             const qint64 total = QStringView(text).mid(at, end - at).toLongLong();
                             updates[std::size_t(i)].push_back({total, arrival});
                         });
        open(socket.get(), "bench-viewer-token");
        viewerSockets.push_back(std::move(socket));
        if (i % 100 == 99 || i == viewers - 1) {
            QElapsedTimer wait;
            wait.start();
            while (helloCount < i + 1 && wait.elapsed() < 30'000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
    }
    say(QStringLiteral("bench: %1 of %2 viewers connected").arg(helloCount).arg(viewers));

    // Publishers.
    std::vector<std::unique_ptr<QWebSocket>> publisherSockets;
    QHash<QString, Sent> sent;
    int publisherHellos = 0;
    for (int p = 0; p < publishers; ++p) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, &context,
                         [&](const QString &text) {
                             const qint64 arrival = nowMs();
                             if (text.startsWith(QLatin1String("{\"type\":\"metrics-update\"")))
                                 return;
                             const auto m = Protocol::parseServerMessage(text.toUtf8());
                             if (m.type == Protocol::ServerMessage::Type::Hello)
                                 ++publisherHellos;
                             else if (m.type == Protocol::ServerMessage::Type::Ack) {
                                 auto it = sent.find(m.invoiceId);
                                 if (it != sent.end() && !it->ackMs)
                                     it->ackMs = arrival;
                             } else if (m.type == Protocol::ServerMessage::Type::Error)
                                 say(QStringLiteral("bench: error %1").arg(m.error.message));
                         });
        open(socket.get(), "bench-publisher-token");
        publisherSockets.push_back(std::move(socket));
    }
    QElapsedTimer wait;
    wait.start();
    while (publisherHellos < publishers && wait.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    const ProcStats before = procStats(pid);
    say(QStringLiteral("bench: publishing %1 metrics/s for %2 s")
            .arg(publishers * rate)
            .arg(duration));
    int sequence = 0;
    std::vector<Round> rounds;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1000 / rate);
    QObject::connect(&tick, &QTimer::timeout, &context, [&] {
        for (int p = 0; p < publishers; ++p) {
            Protocol::PublishedMetric m;
            m.invoiceId = QStringLiteral("bench_%1_%2").arg(p).arg(++sequence);
            m.timestamp = nowMs();
            m.latency = 100 + (sequence % 50);
            m.accuracy = 90;
            sent.insert(m.invoiceId, Sent{m.timestamp, 0});
            publisherSockets[std::size_t(p)]->sendTextMessage(
                QString::fromUtf8(Protocol::metricMessage(m)));
        }
        rounds.push_back({nowMs(), qint64(sent.size())});
    });
    tick.start();
    QElapsedTimer run;
    run.start();
    while (run.elapsed() < qint64(duration) * 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    tick.stop();
    // Drain: acks and the last updates.
    run.restart();
    while (run.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const ProcStats after = procStats(pid);

    int missingAcks = 0;
    std::vector<qint64> latencies;
    latencies.reserve(std::size_t(duration * rate + 1) * std::size_t(viewers));
    int undelivered = 0;
    for (const Sent &s : std::as_const(sent))
        missingAcks += s.ackMs == 0;
    // Updates arrive in order per viewer and todayTotal never decreases.
    for (const auto &viewerUpdates : updates) {
        auto it = viewerUpdates.begin();
        for (const Round &round : rounds) {
            it = std::find_if(it, viewerUpdates.end(),
                              [&](const Update &u) { return u.todayTotal >= round.cumulative; });
            if (it == viewerUpdates.end())
                ++undelivered;
            else
                latencies.push_back(it->arrivalMs - round.sentMs);
        }
    }
    const double p50 = percentile(latencies, 0.50);
    const double p99 = percentile(latencies, 0.99);
    const double max
        = latencies.empty() ? 0 : double(*std::max_element(latencies.begin(), latencies.end()));

    server.terminate();
    server.waitForFinished(10'000);

    std::printf("| viewers | publishers | metrics/s | seconds | metrics sent | acks missing | "
                "round delivery p50 ms | p99 ms | max ms | not delivered | server CPU s "
                "| server CPU %% | server peak RSS MiB |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    const double cpu = after.cpuSeconds - before.cpuSeconds;
    std::printf(
        "| %d | %d | %d | %d | %lld | %d | %.0f | %.0f | %.0f | %d | %.1f | %.0f | %.1f |\n",
        helloCount, publishers, publishers * rate, duration, qint64(sent.size()), missingAcks, p50,
        p99, max, undelivered, cpu, 100.0 * cpu / (duration + 3),
        double(after.peakRssKiB) / 1024.0);
    return missingAcks == 0 ? 0 : 1;
}
