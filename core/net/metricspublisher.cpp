#include "metricspublisher.h"

#include "common/logging.h"
#include "store/database.h"

#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace InvoiceDash {

namespace {

// Close codes a server uses for a refused token (before any hello).
constexpr int CloseTokenRefused = 4401;
constexpr int ClosePolicyViolation = 1008;

} // namespace

MetricsPublisher::MetricsPublisher(QString databaseFile, MetricsPublisherOptions options,
                                   QObject *parent)
    : QObject(parent),
      m_databaseFile(std::move(databaseFile)),
      m_options(std::move(options)),
      m_backoff(m_options.backoff, m_options.random),
      m_retryTimer(new QTimer(this)),
      m_pingTimer(new QTimer(this)),
      m_helloTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_helloTimer->setSingleShot(true);
    m_helloTimer->setInterval(m_options.helloTimeoutMs);
    m_pingTimer->setInterval(m_options.pingIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &MetricsPublisher::openSocket);
    connect(m_pingTimer, &QTimer::timeout, this, &MetricsPublisher::onPingTimer);
    connect(m_helloTimer, &QTimer::timeout, this, &MetricsPublisher::onHelloTimeout);
}

MetricsPublisher::~MetricsPublisher()
{
    dropSocket();
    // Runs on the worker thread (deferred delete after its loop stopped).
    m_outbox.reset();
    Database::closeConnection(m_databaseFile);
}

void MetricsPublisher::start()
{
    auto outbox = std::make_unique<Outbox>(m_databaseFile);
    QString error;
    if (outbox->open(&error))
        m_outbox = std::move(outbox);
    else
        qCWarning(lcNet, "Team metrics will not be queued: %s", qUtf8Printable(error));
    m_status.pendingMetrics = m_outbox ? std::max(0, m_outbox->count()) : 0;
    Q_EMIT statusChanged(m_status);
}

void MetricsPublisher::configure(const TeamConnection::Settings &settings)
{
    if (m_configured && settings == m_settings)
        return;
    m_configured = true;
    m_settings = settings;
    m_fatal = false;
    m_backoff.reset();
    m_retryTimer->stop();
    dropSocket();
    if (!isActive()) {
        report(ConnectionState::Disabled);
        return;
    }
    const QString scheme = m_settings.url.scheme();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) {
        fail(tr("The team server address must start with ws:// or wss://."));
        return;
    }
    openSocket();
}

void MetricsPublisher::publish(const Protocol::PublishedMetric &metric)
{
    if (!isActive()) {
        qCDebug(lcNet) << "team publishing is off; not queueing" << metric.invoiceId;
        return;
    }
    if (!m_outbox) {
        qCWarning(lcNet, "No outbox; the metric of %s is not published.",
                  qUtf8Printable(metric.invoiceId));
        return;
    }
    QString error;
    if (!m_outbox->add(metric, &error))
        qCWarning(lcNet, "%s", qUtf8Printable(error));
    reportPending();
    flush();
}

QUrl MetricsPublisher::connectionUrl(const TeamConnection::Settings &settings)
{
    QUrl url = settings.url;
    QUrlQuery query(url);
    // The header carries the token; the query only when the user's URL had one.
    if (query.hasQueryItem(QStringLiteral("token"))) {
        query.removeAllQueryItems(QStringLiteral("token"));
        query.addQueryItem(QStringLiteral("token"), settings.token);
    }
    query.removeAllQueryItems(QStringLiteral("name"));
    if (!settings.displayName.isEmpty())
        query.addQueryItem(QStringLiteral("name"), settings.displayName);
    url.setQuery(query);
    return url;
}

bool MetricsPublisher::isActive() const
{
    return m_settings.enabled && !m_settings.url.isEmpty() && m_settings.url.isValid();
}

void MetricsPublisher::openSocket()
{
    dropSocket();
    if (!isActive() || m_fatal)
        return;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &MetricsPublisher::onConnected);
    connect(m_socket, &QWebSocket::stateChanged, this, &MetricsPublisher::onSocketStateChanged);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket, &QWebSocket::errorOccurred, this, &MetricsPublisher::onSocketError);
#else
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &MetricsPublisher::onSocketError);
#endif
    connect(m_socket, &QWebSocket::textMessageReceived, this, &MetricsPublisher::onTextMessage);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_sinceLastFrame.restart(); });
#ifndef QT_NO_SSL
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QString reason
            = errors.isEmpty() ? tr("unknown TLS error") : errors.constFirst().errorString();
        qCWarning(lcNet, "TLS error with the team server: %s", qUtf8Printable(reason));
        // Qt aborts the handshake; the loss that follows must not retry.
        fail(tr("Secure connection to the team server failed: %1").arg(reason));
    });
#endif

    QNetworkRequest request(connectionUrl(m_settings));
    if (!m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    qCInfo(lcNet, "Connecting to the team server %s.",
           qUtf8Printable(m_settings.url.toDisplayString(QUrl::RemoveQuery)));
    report(ConnectionState::Connecting);
    // Covers TCP, TLS, the WebSocket handshake and the hello: a server that
    // accepts the connection and then says nothing must not hang us.
    m_helloTimer->start();
    m_socket->open(request);
}

void MetricsPublisher::dropSocket()
{
    m_helloTimer->stop();
    m_pingTimer->stop();
    m_inFlight.clear();
    m_helloReceived = false;
    m_canPublish = false;
    m_lastError.clear();
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void MetricsPublisher::onConnected()
{
    m_sinceLastFrame.restart();
}

void MetricsPublisher::onSocketStateChanged(QAbstractSocket::SocketState state)
{
    if (state == QAbstractSocket::UnconnectedState && m_socket)
        handleLoss();
}

void MetricsPublisher::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    m_lastError = m_socket->errorString();
    qCDebug(lcNet) << "socket error" << error << m_lastError;
}

void MetricsPublisher::onTextMessage(const QString &message)
{
    using Protocol::ServerMessage;
    m_sinceLastFrame.restart();
    const ServerMessage msg = Protocol::parseServerMessage(message.toUtf8());
    switch (msg.type) {
    case ServerMessage::Type::Hello:
        m_helloTimer->stop();
        if (msg.protocol != Protocol::Version) {
            fail(tr("The team server speaks protocol %1; this InvoiceDash speaks %2. Update "
                    "the older side.")
                     .arg(msg.protocol)
                     .arg(Protocol::Version));
            dropSocket();
            return;
        }
        m_helloReceived = true;
        m_backoff.markConnected();
        m_pingTimer->start();
        qCInfo(lcNet, "Connected to the team server %s as %s.", qUtf8Printable(msg.server),
               qUtf8Printable(Protocol::roleName(msg.role)));
        if (msg.role != Protocol::Role::Publisher) {
            // Team metrics still arrive on this connection.
            fail(tr("This token cannot publish; ask the team server's admin for a "
                    "publisher token."));
            return;
        }
        m_canPublish = true;
        report(ConnectionState::Connected);
        flush();
        return;
    case ServerMessage::Type::Ack:
        m_inFlight.remove(msg.invoiceId);
        if (m_outbox)
            m_outbox->remove(msg.invoiceId);
        reportPending();
        if (m_inFlight.size() <= m_options.maxInFlight / 2)
            flush();
        return;
    case ServerMessage::Type::MetricsUpdate:
        Q_EMIT teamMetricsReceived(msg.team);
        return;
    case ServerMessage::Type::Error:
        qCWarning(lcNet, "The team server reported %s: %s", qUtf8Printable(msg.error.code),
                  qUtf8Printable(msg.error.message));
        if (msg.error.code == QLatin1String(Protocol::ErrorCode::Forbidden)) {
            m_canPublish = false;
            m_inFlight.clear(); // they stay in the outbox
            fail(tr("This token cannot publish; ask the team server's admin for a "
                    "publisher token."));
        }
        return;
    case ServerMessage::Type::Unknown:
        qCDebug(lcNet) << "ignoring an unknown frame from the server";
        return;
    }
}

void MetricsPublisher::onPingTimer()
{
    if (!m_socket)
        return;
    if (m_sinceLastFrame.elapsed() > m_options.silenceTimeoutMs) {
        qCWarning(lcNet, "No answer from the team server for %d s; reconnecting.",
                  m_options.silenceTimeoutMs / 1000);
        m_lastError = tr("The team server stopped answering.");
        m_socket->abort(); // handleLoss() follows
        return;
    }
    m_socket->ping();
}

void MetricsPublisher::onHelloTimeout()
{
    if (!m_socket)
        return;
    m_lastError = tr("The server did not greet this client; is the address an InvoiceDash "
                     "team server?");
    m_socket->abort();
}

void MetricsPublisher::handleLoss()
{
    const int code = m_socket->closeCode();
    const QString closeReason = m_socket->closeReason();
    const QString socketError = m_lastError;
    const bool wasUp = m_helloReceived;
    dropSocket();
    if (wasUp)
        m_backoff.markDisconnected();
    if (m_fatal)
        return; // the Error status stays until the settings change
    if ((code == CloseTokenRefused || code == ClosePolicyViolation)
        && closeReason.contains(QLatin1String("token"), Qt::CaseInsensitive)) {
        qCWarning(lcNet, "The team server refused the token (%d %s).", code,
                  qUtf8Printable(closeReason));
        fail(tr("Token refused by the team server; check the team token in Preferences."));
        return;
    }
    QString reason;
    if (!closeReason.isEmpty())
        reason = tr("The team server closed the connection: %1").arg(closeReason);
    else if (!socketError.isEmpty())
        reason = tr("Cannot reach the team server: %1").arg(socketError);
    else
        reason = tr("The connection to the team server was lost.");
    scheduleRetry(reason);
}

void MetricsPublisher::scheduleRetry(const QString &reason)
{
    const qint64 delay = m_backoff.nextDelayMs();
    qCInfo(lcNet, "%s Retrying in %lld ms.", qUtf8Printable(reason), delay);
    m_retryTimer->start(int(delay));
    report(ConnectionState::Disconnected, reason, delay);
}

void MetricsPublisher::fail(const QString &reason)
{
    m_fatal = true;
    m_retryTimer->stop();
    report(ConnectionState::Error, reason);
}

void MetricsPublisher::flush()
{
    if (!m_socket || !m_canPublish || !m_outbox)
        return;
    const int room = m_options.maxInFlight - int(m_inFlight.size());
    if (room <= 0)
        return;
    const QList<Protocol::PublishedMetric> rows = m_outbox->pending(int(m_inFlight.size()) + room);
    for (const Protocol::PublishedMetric &metric : rows) {
        if (m_inFlight.contains(metric.invoiceId))
            continue;
        m_socket->sendTextMessage(QString::fromUtf8(Protocol::metricMessage(metric)));
        m_inFlight.insert(metric.invoiceId);
        m_outbox->noteAttempt(metric.invoiceId);
    }
}

void MetricsPublisher::report(ConnectionState state, const QString &reason, qint64 nextRetryInMs)
{
    ConnectionStatus status;
    status.state = state;
    status.reason = reason;
    status.nextRetryInMs = nextRetryInMs;
    status.pendingMetrics = m_outbox ? std::max(0, m_outbox->count()) : 0;
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void MetricsPublisher::reportPending()
{
    report(m_status.state, m_status.reason, m_status.nextRetryInMs);
}

} // namespace InvoiceDash
