#include "metricsserver.h"

#include "common/logging.h"
#include "metrics/metricsaggregator.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace InvoiceDash {

namespace {

constexpr int RefuseGraceMs = 2000;

// "Bearer TOKEN" from the header, else ?token=TOKEN from the URL.
QByteArray tokenOf(const QWebSocket *socket)
{
    const QNetworkRequest request = socket->request();
    const QByteArray header = request.rawHeader("Authorization").trimmed();
    if (header.size() > 7 && header.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return header.mid(7).trimmed();
    return QUrlQuery(request.url())
        .queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded)
        .toUtf8();
}

QString peerOf(const QWebSocket *socket)
{
    return socket->peerAddress().toString() + QLatin1Char(':')
        + QString::number(socket->peerPort());
}

} // namespace

MetricsServer::MetricsServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_store(m_config.databaseFile)
{
    if (!m_config.clock)
        m_config.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_config.windowSeconds = std::max(1, m_config.windowSeconds);
    m_aggregator = new MetricsAggregator(this, m_config.clock, m_config.windowSeconds);
    m_aggregator->setTicking(false);

    m_pushTimer.setInterval(std::max(1, m_config.pushIntervalMs));
    connect(&m_pushTimer, &QTimer::timeout, this, &MetricsServer::pushUpdate);
    m_coalesceTimer.setSingleShot(true);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &MetricsServer::pushUpdate);
    m_pingTimer.setInterval(std::max(1, m_config.pingIntervalMs));
    connect(&m_pingTimer, &QTimer::timeout, this, &MetricsServer::checkLiveness);
    m_sinceLastPush.start();
}

MetricsServer::~MetricsServer()
{
    // Connections own their sockets; delete them before the server object.
    qDeleteAll(m_connections);
    m_connections.clear();
}

QString MetricsServer::serverVersion()
{
    return QStringLiteral("invoicedash-server/" INVOICEDASH_VERSION);
}

qint64 MetricsServer::windowPosition(qint64 clientTimestampMs, qint64 receivedAtMs)
{
    if (clientTimestampMs > receivedAtMs + FutureToleranceMs)
        return receivedAtMs; // a clock running ahead says nothing about when: use ours
    return std::min(clientTimestampMs, receivedAtMs);
}

bool MetricsServer::setUpTls(QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    QFile certFile(m_config.tlsCertificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the TLS certificate %1: %2")
                        .arg(m_config.tlsCertificateFile, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(tr("The TLS certificate %1 holds no PEM certificate.")
                        .arg(m_config.tlsCertificateFile));
    QFile keyFile(m_config.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(
            tr("Cannot read the TLS key %1: %2").arg(m_config.tlsKeyFile, keyFile.errorString()));
    const QByteArray keyData = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(
            tr("The TLS key %1 is not an unencrypted PEM private key.").arg(m_config.tlsKeyFile));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(ssl);
    return true;
}

bool MetricsServer::start(QString *errorMessage)
{
    const bool secure = !m_config.tlsCertificateFile.isEmpty() || !m_config.tlsKeyFile.isEmpty();
    if (secure && (m_config.tlsCertificateFile.isEmpty() || m_config.tlsKeyFile.isEmpty())) {
        if (errorMessage)
            *errorMessage = tr("TLS needs both a certificate and a key file.");
        return false;
    }
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("invoicedash-server"),
                                                  secure ? QWebSocketServer::SecureMode
                                                         : QWebSocketServer::NonSecureMode);
    if (secure && !setUpTls(errorMessage))
        return false;
    if (!m_store.open(errorMessage))
        return false;

    const qint64 t = now();
    const QList<StoredMetric> rows = m_store.windowSince(t - qint64(m_config.windowSeconds) * 1000);
    for (const StoredMetric &row : rows)
        m_aggregator->record(row.windowAt, row.metric.latency, row.metric.accuracy, row.metric.ok);
    m_todayStart = 0; // forces a count from the store
    refreshTodayTotal();

    m_server->setHandshakeTimeout(std::chrono::milliseconds(m_config.handshakeTimeoutMs));
    m_server->setMaxPendingConnections(std::max(30, m_config.maxConnections));
    connect(m_server.get(), &QWebSocketServer::newConnection, this,
            &MetricsServer::onNewConnection);
    connect(m_server.get(), &QWebSocketServer::acceptError, this,
            [](QAbstractSocket::SocketError error) {
                qCWarning(lcServer, "Cannot accept a connection (socket error %d).", int(error));
            });
    if (!m_server->listen(m_config.address, m_config.port)) {
        if (errorMessage)
            *errorMessage = tr("Cannot listen on %1 port %2: %3")
                                .arg(m_config.address.toString())
                                .arg(m_config.port)
                                .arg(m_server->errorString());
        return false;
    }
    m_pushTimer.start();
    m_pingTimer.start();
    qCInfo(lcServer, "Listening on %s (%lld metrics in the window, %lld today, database %s).",
           qUtf8Printable(url().toString()), qint64(rows.size()), m_todayTotal,
           qUtf8Printable(m_store.fileName()));
    return true;
}

void MetricsServer::stop()
{
    m_pushTimer.stop();
    m_pingTimer.stop();
    m_coalesceTimer.stop();
    if (m_server)
        m_server->close();
    for (ServerConnection *connection : std::as_const(m_connections))
        connection->closeWith(CloseCode::GoingAway, QStringLiteral("server shutting down"));
}

bool MetricsServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 MetricsServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress MetricsServer::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

QUrl MetricsServer::url() const
{
    return m_server ? m_server->serverUrl() : QUrl();
}

qint64 MetricsServer::storedCount() const
{
    return m_store.count();
}

qint64 MetricsServer::peakBufferedBytes() const
{
    qint64 peak = m_peakBufferedClosed;
    for (const ServerConnection *connection : m_connections)
        peak = std::max(peak, connection->peakBufferedBytes());
    return peak;
}

int MetricsServer::skippedUpdates() const
{
    int skipped = 0;
    for (const ServerConnection *connection : m_connections)
        skipped += connection->skippedUpdates();
    return skipped;
}

qint64 MetricsServer::localMidnight() const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now());
    return QDateTime(at.date(), QTime(0, 0)).toMSecsSinceEpoch();
}

void MetricsServer::refreshTodayTotal() const
{
    const qint64 midnight = localMidnight();
    if (midnight == m_todayStart)
        return;
    m_todayStart = midnight;
    m_todayTotal = std::max<qint64>(0, m_store.countReceivedSince(midnight));
}

Protocol::TeamMetrics MetricsServer::teamMetrics() const
{
    refreshTodayTotal();
    Protocol::TeamMetrics team;
    team.metrics = m_aggregator->snapshot();
    team.metrics.allTimeTotal = m_todayTotal;
    for (const ServerConnection *connection : m_connections) {
        if (connection->role() == Protocol::Role::Publisher)
            ++team.publishers;
        else
            ++team.viewers;
    }
    team.todayTotal = m_todayTotal;
    return team;
}

QString MetricsServer::currentUpdateFrame() const
{
    return QString::fromUtf8(Protocol::metricsUpdateMessage(teamMetrics()));
}

void MetricsServer::refuse(QWebSocket *socket, int code, const QString &reason,
                           const QString &logReason)
{
    qCInfo(lcServer, "refused %s: %s", qUtf8Printable(peerOf(socket)), qUtf8Printable(logReason));
    socket->setParent(this);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    QTimer::singleShot(RefuseGraceMs, socket, [socket] {
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort();
        socket->deleteLater();
    });
    Q_EMIT clientRefused(logReason);
}

void MetricsServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setMaxAllowedIncomingFrameSize(HardMessageLimit);
        socket->setMaxAllowedIncomingMessageSize(HardMessageLimit);
        if (m_connections.size() >= m_config.maxConnections) {
            refuse(socket, CloseCode::ServerFull, QStringLiteral("server full"),
                   QStringLiteral("server full (%1 connections)").arg(m_connections.size()));
            continue;
        }
        const QByteArray token = tokenOf(socket);
        Protocol::Role role = Protocol::Role::Viewer;
        QString name;
        if (token.isEmpty()) {
            if (!m_config.allowAnonymousView) {
                refuse(socket, CloseCode::TokenRefused, QStringLiteral("token refused"),
                       QStringLiteral("token refused (no token)"));
                continue;
            }
            name = QStringLiteral("anonymous");
        } else {
            const std::optional<TokenStore::Entry> entry = m_config.tokens.find(token);
            if (!entry) {
                refuse(socket, CloseCode::TokenRefused, QStringLiteral("token refused"),
                       QStringLiteral("token refused (unknown token)"));
                continue;
            }
            role = entry->role;
            name = entry->name;
        }

        auto *connection = new ServerConnection(socket, role, name, m_config.limits, this);
        m_connections.append(connection);
        connect(connection, &ServerConnection::metricReceived, this, &MetricsServer::onMetric);
        connect(connection, &ServerConnection::disconnected, this, &MetricsServer::onDisconnected);
        connect(connection, &ServerConnection::drained, this,
                [this](ServerConnection *c) { c->sendUpdate(currentUpdateFrame()); });

        const Protocol::TeamMetrics team = teamMetrics();
        qCInfo(lcServer, "connect %s %s \"%s\" (%d publishers, %d viewers)",
               qUtf8Printable(connection->peer()), qUtf8Printable(Protocol::roleName(role)),
               qUtf8Printable(name), team.publishers, team.viewers);
        connection->sendHello(serverVersion());
        connection->sendUpdate(QString::fromUtf8(Protocol::metricsUpdateMessage(team)));
        Q_EMIT clientConnected(name, role);
        scheduleUpdate(); // the others see the new count
    }
}

void MetricsServer::onDisconnected(ServerConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    m_peakBufferedClosed = std::max(m_peakBufferedClosed, connection->peakBufferedBytes());
    qCInfo(lcServer, "disconnect %s %s \"%s\" (%d connections left)",
           qUtf8Printable(connection->peer()),
           qUtf8Printable(Protocol::roleName(connection->role())),
           qUtf8Printable(connection->name()), int(m_connections.size()));
    Q_EMIT clientDisconnected(connection->name(), connection->role());
    connection->deleteLater();
    scheduleUpdate();
}

void MetricsServer::onMetric(ServerConnection *connection, const Protocol::PublishedMetric &metric)
{
    StoredMetric row;
    row.metric = metric;
    row.publisher = connection->name();
    row.receivedAt = now();
    row.windowAt = windowPosition(metric.timestamp, row.receivedAt);
    QString error;
    const ServerStore::InsertResult result = m_store.insert(row, &error);
    if (result == ServerStore::InsertResult::Failed) {
        qCWarning(lcServer, "Cannot store a metric: %s", qUtf8Printable(error));
        connection->sendError(QLatin1String(Protocol::ErrorCode::ServerError),
                              QStringLiteral("The server could not store the metric; "
                                             "send it again later."));
        return;
    }
    const bool isNew = result == ServerStore::InsertResult::Inserted;
    connection->sendAck(metric.invoiceId); // after it is stored, also for a duplicate
    if (isNew) {
        refreshTodayTotal();
        if (row.receivedAt >= m_todayStart)
            ++m_todayTotal;
        if (row.windowAt > row.receivedAt - qint64(m_config.windowSeconds) * 1000)
            m_aggregator->record(row.windowAt, metric.latency, metric.accuracy, metric.ok);
        scheduleUpdate();
    }
    Q_EMIT metricStored(metric.invoiceId, isNew);
}

void MetricsServer::scheduleUpdate()
{
    if (m_coalesceTimer.isActive())
        return;
    const qint64 since = m_sinceLastPush.elapsed();
    if (since >= m_config.coalesceMs)
        pushUpdate();
    else
        m_coalesceTimer.start(int(m_config.coalesceMs - since));
}

void MetricsServer::pushUpdate()
{
    m_coalesceTimer.stop();
    m_sinceLastPush.restart();
    if (m_connections.isEmpty())
        return;
    const QString frame = currentUpdateFrame();
    // Copy: a send may close a connection that is too far behind.
    const QList<ServerConnection *> connections = m_connections;
    for (ServerConnection *connection : connections)
        connection->sendUpdate(frame);
}

void MetricsServer::checkLiveness()
{
    const qint64 deadAfter = qint64(m_config.pingIntervalMs) + m_config.pongTimeoutMs;
    const QList<ServerConnection *> connections = m_connections;
    for (ServerConnection *connection : connections) {
        if (connection->silentForMs() > deadAfter) {
            qCInfo(lcServer, "closing %s (%s): no pong for %lld ms",
                   qUtf8Printable(connection->peer()), qUtf8Printable(connection->name()),
                   connection->silentForMs());
            connection->abort();
        } else {
            connection->ping();
        }
    }
}

} // namespace InvoiceDash
