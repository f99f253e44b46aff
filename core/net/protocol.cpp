#include "protocol.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace InvoiceDash::Protocol {

namespace {

// Upper bounds that keep one bad client from skewing the team's numbers.
constexpr double MaxLatencyMs = 24.0 * 3600 * 1000; // a day
constexpr qint64 MinTimestampMs = 946684800000;     // 2000-01-01
constexpr qint64 MaxTimestampMs = 32503680000000;   // 3000-01-01

QByteArray toFrame(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ProtocolError invalid(const QString &message)
{
    return {QLatin1String(ErrorCode::InvalidMessage), message};
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x21 || ch.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A JSON number that is finite and integral within +/- 2^53.
bool toInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::abs(d) > 9007199254740992.0)
        return false;
    *out = qint64(d);
    return true;
}

} // namespace

QString roleName(Role role)
{
    return role == Role::Publisher ? QStringLiteral("publisher") : QStringLiteral("viewer");
}

QByteArray metricMessage(const PublishedMetric &metric)
{
    return toFrame(QJsonObject{
        {QStringLiteral("action"), QStringLiteral("metric")},
        {QStringLiteral("data"),
         QJsonObject{
             {QStringLiteral("invoiceId"), metric.invoiceId},
             {QStringLiteral("timestamp"), metric.timestamp},
             {QStringLiteral("latency"), metric.latency},
             {QStringLiteral("accuracy"), metric.accuracy},
             {QStringLiteral("status"),
              metric.ok ? QStringLiteral("ok") : QStringLiteral("failed")},
             {QStringLiteral("processedAt"), metric.processedAt},
         }},
    });
}

std::variant<PublishedMetric, ProtocolError> parseClientMessage(const QByteArray &frame)
{
    if (frame.size() > MaxMessageBytes)
        return ProtocolError{
            QLatin1String(ErrorCode::MessageTooLarge),
            QStringLiteral("Messages are limited to %1 bytes.").arg(MaxMessageBytes)};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ProtocolError{QLatin1String(ErrorCode::InvalidJson),
                             QStringLiteral("Not valid JSON: %1.").arg(parseError.errorString())};
    if (!doc.isObject())
        return invalid(QStringLiteral("A message must be a JSON object."));
    const QJsonObject root = doc.object();
    const QJsonValue action = root.value(QLatin1String("action"));
    if (!action.isString())
        return invalid(QStringLiteral("A message needs an \"action\" string."));
    if (action.toString() != QLatin1String("metric"))
        return ProtocolError{QLatin1String(ErrorCode::UnknownAction),
                             QStringLiteral("Unknown action; this server knows \"metric\".")};
    const QJsonValue dataValue = root.value(QLatin1String("data"));
    if (!dataValue.isObject())
        return invalid(QStringLiteral("\"data\" must be an object."));
    const QJsonObject data = dataValue.toObject();

    PublishedMetric metric;
    const QJsonValue id = data.value(QLatin1String("invoiceId"));
    if (!id.isString() || id.toString().isEmpty() || id.toString().size() > MaxInvoiceIdLength
        || !isPrintableAscii(id.toString()))
        return invalid(QStringLiteral("\"invoiceId\" must be 1-%1 printable ASCII characters.")
                           .arg(MaxInvoiceIdLength));
    metric.invoiceId = id.toString();

    if (!toInteger(data.value(QLatin1String("timestamp")), &metric.timestamp)
        || metric.timestamp < MinTimestampMs || metric.timestamp > MaxTimestampMs)
        return invalid(QStringLiteral("\"timestamp\" must be milliseconds since the epoch."));

    const QJsonValue latency = data.value(QLatin1String("latency"));
    if (!latency.isDouble() || !std::isfinite(latency.toDouble()) || latency.toDouble() < 0
        || latency.toDouble() > MaxLatencyMs)
        return invalid(QStringLiteral("\"latency\" must be a number of milliseconds from 0 to %1.")
                           .arg(qint64(MaxLatencyMs)));
    metric.latency = latency.toDouble();

    const QJsonValue accuracy = data.value(QLatin1String("accuracy"));
    if (!accuracy.isDouble() || !std::isfinite(accuracy.toDouble()) || accuracy.toDouble() < 0
        || accuracy.toDouble() > 100)
        return invalid(QStringLiteral("\"accuracy\" must be a number from 0 to 100."));
    metric.accuracy = accuracy.toDouble();

    const QString status = data.value(QLatin1String("status")).toString();
    if (status != QLatin1String("ok") && status != QLatin1String("failed"))
        return invalid(QStringLiteral("\"status\" must be \"ok\" or \"failed\"."));
    metric.ok = status == QLatin1String("ok");

    const QJsonValue processedAt = data.value(QLatin1String("processedAt"));
    if (!processedAt.isUndefined() && !processedAt.isNull()) {
        if (!processedAt.isString() || processedAt.toString().size() > 64)
            return invalid(QStringLiteral("\"processedAt\" must be an ISO 8601 string."));
        metric.processedAt = processedAt.toString();
    }
    return metric;
}

QByteArray helloMessage(Role role, const QString &serverVersion)
{
    return toFrame(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("hello")},
        {QStringLiteral("protocol"), Version},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("server"), serverVersion},
    });
}

QByteArray metricsUpdateMessage(const TeamMetrics &team)
{
    // Built by hand so the five dashboard keys come first, in this order.
    const MetricsSnapshot &m = team.metrics;
    const QByteArray data = "{\"total\":" + QByteArray::number(m.total)
        + ",\"throughput\":" + QByteArray::number(m.throughput, 'g', 12)
        + ",\"avgLatency\":" + QByteArray::number(m.avgLatency)
        + ",\"avgAccuracy\":" + QByteArray::number(m.avgAccuracy, 'g', 12)
        + ",\"timestamp\":" + QByteArray::number(m.timestamp)
        + ",\"windowSeconds\":" + QByteArray::number(m.windowSeconds) + ",\"publishers\":"
        + QByteArray::number(team.publishers) + ",\"viewers\":" + QByteArray::number(team.viewers)
        + ",\"failed\":" + QByteArray::number(m.failed)
        + ",\"p95Latency\":" + QByteArray::number(m.p95Latency)
        + ",\"todayTotal\":" + QByteArray::number(team.todayTotal) + '}';
    return "{\"type\":\"metrics-update\",\"data\":" + data + '}';
}

QByteArray ackMessage(const QString &invoiceId)
{
    return toFrame(QJsonObject{{QStringLiteral("type"), QStringLiteral("ack")},
                               {QStringLiteral("invoiceId"), invoiceId}});
}

QByteArray errorMessage(const QString &code, const QString &message)
{
    return toFrame(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("message"), message}});
}

ServerMessage parseServerMessage(const QByteArray &frame)
{
    ServerMessage out;
    if (frame.size() > MaxMessageBytes)
        return out;
    const QJsonObject root = QJsonDocument::fromJson(frame).object();
    const QString type = root.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello")) {
        out.type = ServerMessage::Type::Hello;
        out.protocol = root.value(QLatin1String("protocol")).toInt();
        out.role = root.value(QLatin1String("role")).toString() == QLatin1String("publisher")
            ? Role::Publisher
            : Role::Viewer;
        out.server = root.value(QLatin1String("server")).toString();
    } else if (type == QLatin1String("metrics-update")) {
        const QJsonObject data = root.value(QLatin1String("data")).toObject();
        if (data.isEmpty())
            return out;
        out.type = ServerMessage::Type::MetricsUpdate;
        MetricsSnapshot &m = out.team.metrics;
        m.total = data.value(QLatin1String("total")).toInt();
        m.throughput = data.value(QLatin1String("throughput")).toDouble();
        m.avgLatency = data.value(QLatin1String("avgLatency")).toInteger();
        m.avgAccuracy = data.value(QLatin1String("avgAccuracy")).toDouble();
        m.timestamp = data.value(QLatin1String("timestamp")).toInteger();
        m.windowSeconds = data.value(QLatin1String("windowSeconds")).toInt(60);
        m.failed = data.value(QLatin1String("failed")).toInt();
        m.p95Latency = data.value(QLatin1String("p95Latency")).toInteger();
        out.team.publishers = data.value(QLatin1String("publishers")).toInt();
        out.team.viewers = data.value(QLatin1String("viewers")).toInt();
        out.team.todayTotal = data.value(QLatin1String("todayTotal")).toInteger();
        m.allTimeTotal = out.team.todayTotal;
    } else if (type == QLatin1String("ack")) {
        out.type = ServerMessage::Type::Ack;
        out.invoiceId = root.value(QLatin1String("invoiceId")).toString();
    } else if (type == QLatin1String("error")) {
        out.type = ServerMessage::Type::Error;
        out.error = {root.value(QLatin1String("code")).toString(),
                     root.value(QLatin1String("message")).toString()};
    }
    return out;
}

} // namespace InvoiceDash::Protocol
