#pragma once

#include "net/protocol.h"
#include "net/serverconnection.h"
#include "net/serverstore.h"
#include "net/tokenstore.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace InvoiceDash {

class MetricsAggregator;

// Everything the team server can be told; every interval is injectable so the
// tests run in milliseconds.
struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765; // 0: an ephemeral port, see MetricsServer::serverPort()
    QString databaseFile;
    TokenStore tokens;
    bool allowAnonymousView = false; // no token = viewer
    QString tlsCertificateFile;      // both set: wss:// (QWebSocketServer::SecureMode)
    QString tlsKeyFile;
    int windowSeconds = 60;
    int maxConnections = 2000;
    ServerConnection::Limits limits;
    int pushIntervalMs = 5000;   // metrics-update at least this often
    int coalesceMs = 100;        // and on change, at most once per this
    int pingIntervalMs = 30'000; // ping every client this often
    int pongTimeoutMs = 10'000;  // silent longer than ping + this: dead, aborted
    int handshakeTimeoutMs = 10'000;
    std::function<qint64()> clock; // ms since the epoch; default the system clock
};

// The team server: publishers send metrics, everybody receives the team
// aggregate (docs/PROTOCOL.md). Single-threaded; lives in the thread that
// calls start().
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    // A client timestamp further ahead than this is not trusted: the metric
    // takes the receive time as its window position. An old timestamp is kept
    // (the metric falls outside the window), so a replay never counts as live.
    static constexpr qint64 FutureToleranceMs = 5'000;
    static constexpr qint64 HardMessageLimit = 4 * Protocol::MaxMessageBytes;

    explicit MetricsServer(ServerConfig config, QObject *parent = nullptr);
    ~MetricsServer() override;

    // Opens the database, reloads the window and starts listening.
    bool start(QString *errorMessage);
    // Closes every client with 1001 "server shutting down" and stops listening.
    void stop();

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] QHostAddress serverAddress() const;
    [[nodiscard]] QUrl url() const;               // ws://ADDR:PORT or wss://
    [[nodiscard]] static QString serverVersion(); // "invoicedash-server/0.1.0"

    [[nodiscard]] Protocol::TeamMetrics teamMetrics() const;
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    [[nodiscard]] qint64 storedCount() const;
    // Largest bytes waiting to be written to any one client so far.
    [[nodiscard]] qint64 peakBufferedBytes() const;
    [[nodiscard]] int skippedUpdates() const; // over all current clients

    // Where a metric sits in the sliding window (docs/PROTOCOL.md).
    [[nodiscard]] static qint64 windowPosition(qint64 clientTimestampMs, qint64 receivedAtMs);

Q_SIGNALS:
    void clientConnected(const QString &name, InvoiceDash::Protocol::Role role);
    void clientDisconnected(const QString &name, InvoiceDash::Protocol::Role role);
    void clientRefused(const QString &reason);
    void metricStored(const QString &invoiceId, bool isNew);

private:
    void onNewConnection();
    void refuse(QWebSocket *socket, int code, const QString &reason, const QString &logReason);
    void onMetric(ServerConnection *connection, const Protocol::PublishedMetric &metric);
    void onDisconnected(ServerConnection *connection);
    void scheduleUpdate();
    void pushUpdate();
    void checkLiveness();
    [[nodiscard]] QString currentUpdateFrame() const;
    [[nodiscard]] qint64 now() const { return m_config.clock(); }
    [[nodiscard]] qint64 localMidnight() const;
    void refreshTodayTotal() const;
    bool setUpTls(QString *errorMessage);

    ServerConfig m_config;
    ServerStore m_store;
    std::unique_ptr<QWebSocketServer> m_server;
    MetricsAggregator *m_aggregator = nullptr;
    QList<ServerConnection *> m_connections;
    QTimer m_pushTimer;
    QTimer m_coalesceTimer;
    QTimer m_pingTimer;
    QElapsedTimer m_sinceLastPush;
    mutable qint64 m_todayStart = 0;
    mutable qint64 m_todayTotal = 0;
    qint64 m_peakBufferedClosed = 0;
};

} // namespace InvoiceDash
