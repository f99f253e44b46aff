#pragma once

#include <QMetaType>
#include <QString>

namespace InvoiceDash {

// The desktop's link to the team server, as the UI shows it.
enum class ConnectionState {
    Disabled,     // no server configured, or the user switched publishing off
    Connecting,   // opening the socket or waiting for the server's hello
    Connected,    // hello received; metrics flow both ways
    Disconnected, // lost; a reconnect is scheduled with backoff
    Error,        // refused for a reason a retry will not fix (e.g. "token refused")
};

struct ConnectionStatus
{
    ConnectionState state = ConnectionState::Disabled;
    QString reason;           // a sentence for the user, empty when Connected
    qint64 nextRetryInMs = 0; // Disconnected: when the next attempt starts
    int pendingMetrics = 0;   // in the outbox, not yet acknowledged
    friend bool operator==(const ConnectionStatus &, const ConnectionStatus &) = default;
};

} // namespace InvoiceDash

Q_DECLARE_METATYPE(InvoiceDash::ConnectionState)
Q_DECLARE_METATYPE(InvoiceDash::ConnectionStatus)
