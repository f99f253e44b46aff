#include "net/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace InvoiceDash;
using namespace InvoiceDash::Protocol;

class TstProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricRoundTrip();
    void rejectsBadClientMessages_data();
    void rejectsBadClientMessages();
    void metricsUpdateKeepsTheDashboardShape();
    void serverMessagesParse();
};

void TstProtocol::metricRoundTrip()
{
    const PublishedMetric metric{
        QStringLiteral("inv_0a1b2c3d_1732800000"), 1732800000123, 812.5, 91.3, false,
        QStringLiteral("2024-11-28T13:20:00.123Z")};
    const auto parsed = parseClientMessage(metricMessage(metric));
    QVERIFY(std::holds_alternative<PublishedMetric>(parsed));
    QCOMPARE(std::get<PublishedMetric>(parsed), metric);
}

void TstProtocol::rejectsBadClientMessages_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");

    const QByteArray good
        = R"("invoiceId":"inv_1","timestamp":1732800000000,"latency":10,"accuracy":90,"status":"ok")";
    auto metric = [](const QByteArray &data) -> QByteArray {
        return "{\"action\":\"metric\",\"data\":{" + data + "}}";
    };

    QTest::addRow("not json") << QByteArray("{nope") << QStringLiteral("invalid-json");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("invalid-json");
    QTest::addRow("array") << QByteArray("[1,2]") << QStringLiteral("invalid-message");
    QTest::addRow("no action") << QByteArray("{\"data\":{}}") << QStringLiteral("invalid-message");
    QTest::addRow("action not string")
        << QByteArray("{\"action\":5}") << QStringLiteral("invalid-message");
    QTest::addRow("unknown action")
        << QByteArray("{\"action\":\"drop-tables\"}") << QStringLiteral("unknown-action");
    QTest::addRow("data not object")
        << QByteArray("{\"action\":\"metric\",\"data\":[]}") << QStringLiteral("invalid-message");
    QTest::addRow("missing invoiceId")
        << metric(R"("timestamp":1732800000000,"latency":10,"accuracy":90,"status":"ok")")
        << QStringLiteral("invalid-message");
    QTest::addRow("invoiceId number") << metric(
        R"("invoiceId":7,"timestamp":1732800000000,"latency":10,"accuracy":90,"status":"ok")")
                                      << QStringLiteral("invalid-message");
    QTest::addRow("invoiceId with spaces") << metric(
        R"("invoiceId":"a b","timestamp":1732800000000,"latency":10,"accuracy":90,"status":"ok")")
                                           << QStringLiteral("invalid-message");
    QTest::addRow("invoiceId too long")
        << metric("\"invoiceId\":\"" + QByteArray(200, 'x')
                  + R"(","timestamp":1732800000000,"latency":10,"accuracy":90,"status":"ok")")
        << QStringLiteral("invalid-message");
    QTest::addRow("timestamp string")
        << metric(R"("invoiceId":"i","timestamp":"now","latency":10,"accuracy":90,"status":"ok")")
        << QStringLiteral("invalid-message");
    QTest::addRow("timestamp fraction") << metric(
        R"("invoiceId":"i","timestamp":1732800000000.5,"latency":10,"accuracy":90,"status":"ok")")
                                        << QStringLiteral("invalid-message");
    QTest::addRow("timestamp huge")
        << metric(R"("invoiceId":"i","timestamp":1e300,"latency":10,"accuracy":90,"status":"ok")")
        << QStringLiteral("invalid-message");
    QTest::addRow("latency negative") << metric(
        R"("invoiceId":"i","timestamp":1732800000000,"latency":-1,"accuracy":90,"status":"ok")")
                                      << QStringLiteral("invalid-message");
    QTest::addRow("latency huge") << metric(
        R"("invoiceId":"i","timestamp":1732800000000,"latency":1e308,"accuracy":90,"status":"ok")")
                                  << QStringLiteral("invalid-message");
    QTest::addRow("accuracy over 100") << metric(
        R"("invoiceId":"i","timestamp":1732800000000,"latency":1,"accuracy":100.5,"status":"ok")")
                                       << QStringLiteral("invalid-message");
    QTest::addRow("accuracy bool") << metric(
        R"("invoiceId":"i","timestamp":1732800000000,"latency":1,"accuracy":true,"status":"ok")")
                                   << QStringLiteral("invalid-message");
    QTest::addRow("bad status") << metric(
        R"("invoiceId":"i","timestamp":1732800000000,"latency":1,"accuracy":1,"status":"maybe")")
                                << QStringLiteral("invalid-message");
    QTest::addRow("processedAt object")
        << metric(good + R"(,"processedAt":{})") << QStringLiteral("invalid-message");
    QTest::addRow("oversized") << metric(good + ",\"pad\":\"" + QByteArray(70000, 'x') + '"')
                               << QStringLiteral("message-too-large");
}

void TstProtocol::rejectsBadClientMessages()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    const auto parsed = parseClientMessage(frame);
    QVERIFY(std::holds_alternative<ProtocolError>(parsed));
    QCOMPARE(std::get<ProtocolError>(parsed).code, code);
    QVERIFY(!std::get<ProtocolError>(parsed).message.isEmpty());
}

void TstProtocol::metricsUpdateKeepsTheDashboardShape()
{
    TeamMetrics team;
    team.metrics.total = 12;
    team.metrics.throughput = 0.2;
    team.metrics.avgLatency = 812;
    team.metrics.avgAccuracy = 91.3;
    team.metrics.timestamp = 1732800000123;
    team.publishers = 2;
    team.viewers = 5;
    team.todayTotal = 340;
    const QByteArray frame = metricsUpdateMessage(team);
    const QJsonObject root = QJsonDocument::fromJson(frame).object();
    QCOMPARE(root.value(QLatin1String("type")).toString(), QStringLiteral("metrics-update"));
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("total")).toInt(), 12);
    QCOMPARE(data.value(QLatin1String("throughput")).toDouble(), 0.2);
    QCOMPARE(data.value(QLatin1String("avgLatency")).toInt(), 812);
    QCOMPARE(data.value(QLatin1String("avgAccuracy")).toDouble(), 91.3);
    QCOMPARE(data.value(QLatin1String("timestamp")).toInteger(), 1732800000123);
    QCOMPARE(data.value(QLatin1String("publishers")).toInt(), 2);
    // The five dashboard keys come first, in order, as web widgets may read them positionally.
    QVERIFY(frame.startsWith(
        R"({"type":"metrics-update","data":{"total":12,"throughput":0.2,"avgLatency":812,"avgAccuracy":91.3,"timestamp":1732800000123,)"));
    // And the client reads back what the server sent.
    const ServerMessage parsed = parseServerMessage(frame);
    QCOMPARE(parsed.type, ServerMessage::Type::MetricsUpdate);
    QCOMPARE(parsed.team.metrics.total, 12);
    QCOMPARE(parsed.team.publishers, 2);
    QCOMPARE(parsed.team.todayTotal, 340);
}

void TstProtocol::serverMessagesParse()
{
    ServerMessage m = parseServerMessage(
        helloMessage(Role::Publisher, QStringLiteral("invoicedash-server/0.1.0")));
    QCOMPARE(m.type, ServerMessage::Type::Hello);
    QCOMPARE(m.role, Role::Publisher);
    QCOMPARE(m.protocol, 1);
    m = parseServerMessage(ackMessage(QStringLiteral("inv_1")));
    QCOMPARE(m.type, ServerMessage::Type::Ack);
    QCOMPARE(m.invoiceId, QStringLiteral("inv_1"));
    m = parseServerMessage(
        errorMessage(QStringLiteral("forbidden"), QStringLiteral("Viewers cannot publish.")));
    QCOMPARE(m.type, ServerMessage::Type::Error);
    QCOMPARE(m.error.code, QStringLiteral("forbidden"));
    QCOMPARE(parseServerMessage("garbage").type, ServerMessage::Type::Unknown);
    QCOMPARE(parseServerMessage(R"({"type":"metrics-update"})").type, ServerMessage::Type::Unknown);
}

QTEST_GUILESS_MAIN(TstProtocol)
#include "tst_protocol.moc"
