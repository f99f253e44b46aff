#pragma once

#include "net/backoffpolicy.h"
#include "net/connectionstate.h"
#include "net/outbox.h"
#include "net/protocol.h"
#include "net/teamconnection.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QTimer;
class QWebSocket;

namespace InvoiceDash {

struct MetricsPublisherOptions
{
    int maxInFlight = 100;         // metrics sent and not yet acknowledged
    int pingIntervalMs = 20'000;   // a ping this often while connected
    int silenceTimeoutMs = 60'000; // no pong nor frame for this long: the link is dead
    int helloTimeoutMs = 15'000;   // no hello this long after opening: give up on this attempt
    BackoffOptions backoff;
    BackoffPolicy::RandomSource random; // empty: QRandomGenerator::global()
};

// The worker behind TeamConnection. Lives on its own thread and owns the
// socket, the outbox and the backoff. Connects, waits for the server's hello,
// then sends the outbox oldest first with at most maxInFlight unacknowledged
// metrics; an ack removes the row. Reconnects with backoff on loss.
//
// Every public function must be called on the publisher's thread.
class MetricsPublisher : public QObject
{
    Q_OBJECT

public:
    explicit MetricsPublisher(QString databaseFile, MetricsPublisherOptions options = {},
                              QObject *parent = nullptr);
    ~MetricsPublisher() override;

    void start(); // opens the outbox; reports the first status
    void configure(const TeamConnection::Settings &settings);
    void publish(const Protocol::PublishedMetric &metric);

    // The URL and request a connection uses (exposed for tests).
    [[nodiscard]] static QUrl connectionUrl(const TeamConnection::Settings &settings);

Q_SIGNALS:
    void statusChanged(const InvoiceDash::ConnectionStatus &status);
    void teamMetricsReceived(const InvoiceDash::Protocol::TeamMetrics &team);

private:
    [[nodiscard]] bool isActive() const;
    void openSocket();
    void dropSocket();
    void onConnected();
    void onSocketStateChanged(QAbstractSocket::SocketState state);
    void onSocketError(QAbstractSocket::SocketError error);
    void onTextMessage(const QString &message);
    void onPingTimer();
    void onHelloTimeout();
    void handleLoss();
    void scheduleRetry(const QString &reason);
    void fail(const QString &reason); // Error: no retry until the settings change
    void flush();
    void report(ConnectionState state, const QString &reason = {}, qint64 nextRetryInMs = 0);
    void reportPending();

    QString m_databaseFile;
    MetricsPublisherOptions m_options;
    std::unique_ptr<Outbox> m_outbox; // null until start() opened it
    BackoffPolicy m_backoff;
    TeamConnection::Settings m_settings;
    bool m_configured = false;

    QWebSocket *m_socket = nullptr;
    bool m_helloReceived = false;
    bool m_canPublish = false;
    bool m_fatal = false; // Error: stay down until configure() changes the settings
    QString m_lastError;  // the socket's last error, for the status reason
    QSet<QString> m_inFlight;
    QElapsedTimer m_sinceLastFrame;

    QTimer *m_retryTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_helloTimer = nullptr;
    ConnectionStatus m_status;
};

} // namespace InvoiceDash
