#pragma once

#include "metrics/metricssnapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <variant>

namespace InvoiceDash::Protocol {

// Protocol v1: JSON text frames (docs/PROTOCOL.md).
inline constexpr int Version = 1;
inline constexpr qsizetype MaxMessageBytes = 64 * 1024;
inline constexpr int MaxInvoiceIdLength = 128;

enum class Role { Publisher, Viewer };
[[nodiscard]] QString roleName(Role role); // "publisher" / "viewer"

// Error codes sent in {"type":"error","code":...}.
namespace ErrorCode {
inline constexpr char InvalidJson[] = "invalid-json";
inline constexpr char InvalidMessage[] = "invalid-message";
inline constexpr char UnknownAction[] = "unknown-action";
inline constexpr char BinaryNotSupported[] = "binary-not-supported";
inline constexpr char MessageTooLarge[] = "message-too-large";
inline constexpr char RateLimited[] = "rate-limited";
inline constexpr char Forbidden[] = "forbidden";
inline constexpr char ServerError[] = "server-error";
} // namespace ErrorCode

// One invoice's metric, as a desktop publishes it.
struct PublishedMetric
{
    QString invoiceId;    // "inv_<8 hex>_<unix seconds>" or any 1-128 printable ASCII
    qint64 timestamp = 0; // ms since the epoch, when processing finished
    double latency = 0;   // ms, >= 0
    double accuracy = 0;  // 0..100
    bool ok = true;       // status "ok" / "failed"
    QString processedAt;  // ISO 8601 UTC, informative

    friend bool operator==(const PublishedMetric &, const PublishedMetric &) = default;
};

struct ProtocolError
{
    QString code;    // one of ErrorCode
    QString message; // a sentence for the client's developer
};

// Client -> server ---------------------------------------------------------

// {"action":"metric","data":{...}}
[[nodiscard]] QByteArray metricMessage(const PublishedMetric &metric);

// Parses and validates a client's text frame. Never trusts the input: wrong
// types, missing fields, out-of-range numbers and unknown actions are errors.
[[nodiscard]] std::variant<PublishedMetric, ProtocolError>
parseClientMessage(const QByteArray &frame);

// Server -> client ---------------------------------------------------------

struct TeamMetrics
{
    MetricsSnapshot
        metrics;        // total, throughput, avgLatency, avgAccuracy, timestamp, failed, p95Latency
    int publishers = 0; // connected publishers
    int viewers = 0;    // connected viewers
    qint64 todayTotal = 0; // metrics stored since local midnight (server time)
    friend bool operator==(const TeamMetrics &, const TeamMetrics &) = default;
};

[[nodiscard]] QByteArray helloMessage(Role role, const QString &serverVersion);
// {"type":"metrics-update","data":{"total","throughput","avgLatency","avgAccuracy",
//  "timestamp", then windowSeconds, publishers, viewers, failed, p95Latency, todayTotal}}
[[nodiscard]] QByteArray metricsUpdateMessage(const TeamMetrics &team);
[[nodiscard]] QByteArray ackMessage(const QString &invoiceId);
[[nodiscard]] QByteArray errorMessage(const QString &code, const QString &message);

struct ServerMessage
{
    enum class Type { Hello, MetricsUpdate, Ack, Error, Unknown };
    Type type = Type::Unknown;
    Role role = Role::Viewer; // Hello
    int protocol = 0;         // Hello
    QString server;           // Hello
    TeamMetrics team;         // MetricsUpdate
    QString invoiceId;        // Ack
    ProtocolError error;      // Error
};

// Client side: reads what a server sent. Unknown or malformed frames give Type::Unknown.
[[nodiscard]] ServerMessage parseServerMessage(const QByteArray &frame);

} // namespace InvoiceDash::Protocol

Q_DECLARE_METATYPE(InvoiceDash::Protocol::TeamMetrics)
