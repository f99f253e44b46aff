#pragma once

#include "net/protocol.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QWebSocket;

namespace InvoiceDash {

// Close codes the team server uses (docs/PROTOCOL.md). 4xxx are private-use.
namespace CloseCode {
inline constexpr int GoingAway = 1001;    // server shutting down
inline constexpr int TooMuchData = 1009;  // over the hard frame/message size guard
inline constexpr int TokenRefused = 4401; // missing, unknown or malformed token
inline constexpr int BadMessages = 4400;  // kept sending invalid messages
inline constexpr int RateLimited = 4429;  // kept sending past the rate limit
inline constexpr int ServerFull = 4503;   // connection cap reached
inline constexpr int TooSlow = 4508;      // did not read: backlog over the hard cap
inline constexpr int PongTimeout = 4408;  // no pong (dead peer); rarely seen by the peer
} // namespace CloseCode

// One authenticated client of MetricsServer: parses its frames, enforces the
// per-connection limits and writes to it without ever building a backlog of
// metrics-updates.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        double ratePerSecond = 50;                // token bucket refill
        int rateBurst = 100;                      // bucket size
        int maxStrikes = 20;                      // errors before the connection is closed
        qint64 softBufferBytes = 256 * 1024;      // over it: skip metrics-updates
        qint64 hardBufferBytes = 4 * 1024 * 1024; // over it: close with TooSlow
    };

    // Takes ownership of `socket` (reparents it).
    ServerConnection(QWebSocket *socket, Protocol::Role role, QString name, const Limits &limits,
                     QObject *parent = nullptr);
    ~ServerConnection() override;

    [[nodiscard]] Protocol::Role role() const { return m_role; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &peer() const { return m_peer; }
    [[nodiscard]] bool isClosing() const { return m_closing; }
    // Since the last frame or pong from the peer (monotonic).
    [[nodiscard]] qint64 silentForMs() const { return m_clock.elapsed() - m_lastSeenMs; }
    [[nodiscard]] qint64 bufferedBytes() const;
    [[nodiscard]] qint64 peakBufferedBytes() const { return m_peakBuffered; }
    [[nodiscard]] int skippedUpdates() const { return m_skippedUpdates; }

    void sendHello(const QString &serverVersion);
    // Skipped (and remembered) while the client is behind; see drained().
    void sendUpdate(const QString &frame);
    void sendAck(const QString &invoiceId); // never dropped
    void sendError(const QString &code, const QString &message);
    void ping();
    // Sends a close frame; aborts if the peer does not finish closing in time.
    void closeWith(int code, const QString &reason);
    void abort();

Q_SIGNALS:
    void metricReceived(InvoiceDash::ServerConnection *connection,
                        const InvoiceDash::Protocol::PublishedMetric &metric);
    // The client caught up after updates were skipped: send it the latest.
    void drained(InvoiceDash::ServerConnection *connection);
    void disconnected(InvoiceDash::ServerConnection *connection);

private:
    void onText(const QString &message);
    void onBinary(const QByteArray &message);
    void onBytesWritten();
    bool takeRateToken();
    void strike(const QString &code, const QString &message, int closeCode,
                const QString &closeReason, bool sendIt = true);
    void write(const QString &frame);

    QPointer<QWebSocket> m_socket;
    Protocol::Role m_role;
    QString m_name;
    QString m_peer;
    Limits m_limits;
    QElapsedTimer m_clock;
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
    bool m_rateLimited = false; // inside a run of dropped messages
    int m_strikes = 0;
    bool m_updatePending = false;
    bool m_closing = false;
    int m_skippedUpdates = 0;
    qint64 m_peakBuffered = 0;
    qint64 m_lastSeenMs = 0;
};

} // namespace InvoiceDash
