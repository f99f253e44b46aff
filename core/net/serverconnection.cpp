#include "serverconnection.h"

#include "common/logging.h"

#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace InvoiceDash {

namespace {

constexpr int CloseGraceMs = 2000;

} // namespace

ServerConnection::ServerConnection(QWebSocket *socket, Protocol::Role role, QString name,
                                   const Limits &limits, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_role(role),
      m_name(std::move(name)),
      m_limits(limits),
      m_tokens(limits.rateBurst)
{
    socket->setParent(this);
    m_peer
        = socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
    m_clock.start();
    connect(socket, &QWebSocket::textMessageReceived, this, &ServerConnection::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &ServerConnection::onBinary);
    connect(socket, &QWebSocket::bytesWritten, this, &ServerConnection::onBytesWritten);
    connect(socket, &QWebSocket::pong, this, [this] { m_lastSeenMs = m_clock.elapsed(); });
    connect(socket, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        Q_EMIT disconnected(this);
    });
}

ServerConnection::~ServerConnection() = default;

qint64 ServerConnection::bufferedBytes() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void ServerConnection::write(const QString &frame)
{
    if (!m_socket || m_closing)
        return;
    m_socket->sendTextMessage(frame);
    const qint64 buffered = m_socket->bytesToWrite();
    m_peakBuffered = std::max(m_peakBuffered, buffered);
    if (buffered > m_limits.hardBufferBytes) {
        qCInfo(lcServer, "closing %s (%s): it does not read; %lld bytes waiting",
               qUtf8Printable(m_peer), qUtf8Printable(m_name), buffered);
        closeWith(CloseCode::TooSlow, QStringLiteral("client too slow"));
    }
}

void ServerConnection::sendHello(const QString &serverVersion)
{
    write(QString::fromUtf8(Protocol::helloMessage(m_role, serverVersion)));
}

void ServerConnection::sendUpdate(const QString &frame)
{
    if (bufferedBytes() > m_limits.softBufferBytes) {
        // Behind: never queue a backlog of snapshots, send the latest once drained.
        m_updatePending = true;
        ++m_skippedUpdates;
        return;
    }
    m_updatePending = false;
    write(frame);
}

void ServerConnection::sendAck(const QString &invoiceId)
{
    write(QString::fromUtf8(Protocol::ackMessage(invoiceId)));
}

void ServerConnection::sendError(const QString &code, const QString &message)
{
    write(QString::fromUtf8(Protocol::errorMessage(code, message)));
}

void ServerConnection::ping()
{
    if (m_socket && !m_closing)
        m_socket->ping();
}

void ServerConnection::closeWith(int code, const QString &reason)
{
    if (!m_socket || m_closing)
        return;
    m_closing = true;
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    // A peer that does not read never answers the close frame.
    QTimer::singleShot(CloseGraceMs, m_socket.data(), [socket = m_socket] {
        if (socket && socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort();
    });
}

void ServerConnection::abort()
{
    m_closing = true;
    if (m_socket)
        m_socket->abort();
}

void ServerConnection::onBytesWritten()
{
    if (m_updatePending && !m_closing && bufferedBytes() <= m_limits.softBufferBytes) {
        m_updatePending = false;
        Q_EMIT drained(this);
    }
}

bool ServerConnection::takeRateToken()
{
    const qint64 now = m_clock.elapsed();
    const qint64 elapsed = std::max<qint64>(0, now - m_lastRefillMs);
    m_lastRefillMs = now;
    m_tokens = std::min<double>(m_limits.rateBurst,
                                m_tokens + double(elapsed) * m_limits.ratePerSecond / 1000.0);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void ServerConnection::strike(const QString &code, const QString &message, int closeCode,
                              const QString &closeReason, bool sendIt)
{
    if (sendIt)
        sendError(code, message);
    if (++m_strikes >= m_limits.maxStrikes) {
        qCInfo(lcServer, "closing %s (%s): %s", qUtf8Printable(m_peer), qUtf8Printable(m_name),
               qUtf8Printable(closeReason));
        closeWith(closeCode, closeReason);
    }
}

void ServerConnection::onText(const QString &message)
{
    if (m_closing)
        return;
    m_lastSeenMs = m_clock.elapsed();
    if (!takeRateToken()) {
        // One error per run of dropped messages: never amplify a flood.
        const bool first = !m_rateLimited;
        m_rateLimited = true;
        strike(QLatin1String(Protocol::ErrorCode::RateLimited),
               QStringLiteral("Too many messages: at most %1 a second (bursts of %2); "
                              "this one was dropped.")
                   .arg(m_limits.ratePerSecond)
                   .arg(m_limits.rateBurst),
               CloseCode::RateLimited, QStringLiteral("rate limit exceeded"), first);
        return;
    }
    m_rateLimited = false;
    const QByteArray frame = message.toUtf8();
    const auto parsed = Protocol::parseClientMessage(frame);
    if (const auto *error = std::get_if<Protocol::ProtocolError>(&parsed)) {
        strike(error->code, error->message, CloseCode::BadMessages,
               QStringLiteral("too many invalid messages"));
        return;
    }
    if (m_role != Protocol::Role::Publisher) {
        strike(QLatin1String(Protocol::ErrorCode::Forbidden),
               QStringLiteral("This token may only view; publishing needs a publisher token."),
               CloseCode::BadMessages, QStringLiteral("too many invalid messages"));
        return;
    }
    Q_EMIT metricReceived(this, std::get<Protocol::PublishedMetric>(parsed));
}

void ServerConnection::onBinary(const QByteArray &message)
{
    Q_UNUSED(message);
    if (m_closing)
        return;
    m_lastSeenMs = m_clock.elapsed();
    if (!takeRateToken()) {
        m_rateLimited = true;
        strike({}, {}, CloseCode::RateLimited, QStringLiteral("rate limit exceeded"), false);
        return;
    }
    strike(QLatin1String(Protocol::ErrorCode::BinaryNotSupported),
           QStringLiteral("Send JSON text frames; binary frames are not supported."),
           CloseCode::BadMessages, QStringLiteral("too many invalid messages"));
}

} // namespace InvoiceDash
