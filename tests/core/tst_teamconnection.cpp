#include "common/appsettings.h"
#include "net/metricspublisher.h"
#include "net/outbox.h"
#include "net/teamconnection.h"

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace InvoiceDash;
using namespace InvoiceDash::Protocol;

namespace {

const QString GoodToken = QStringLiteral("s3cret-token");

// A team server as small as the tests need: checks the bearer token, says
// hello, records and acknowledges metrics, and can be stopped and restarted
// on the same port.
class FakeServer : public QObject
{
public:
    FakeServer()
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, &FakeServer::accept);
    }
    ~FakeServer() override { stop(); }

    bool start(quint16 onPort = 0)
    {
        if (!m_server.listen(QHostAddress::LocalHost, onPort))
            return false;
        this->port = m_server.serverPort();
        return true;
    }

    // Stops listening and drops every connection, like a crashed server.
    void stop()
    {
        m_server.close();
        for (QWebSocket *client : std::as_const(m_clients)) {
            disconnect(client, nullptr, this, nullptr);
            client->abort();
            client->deleteLater();
        }
        m_clients.clear();
    }

    void broadcast(const QByteArray &frame)
    {
        for (QWebSocket *client : std::as_const(m_clients))
            client->sendTextMessage(QString::fromUtf8(frame));
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)); }

    quint16 port = 0;
    Role role = Role::Publisher;
    int refuseCloseCode = 4401;
    int connectionAttempts = 0;
    QList<QNetworkRequest> requests;
    QStringList receivedIds;
    QList<PublishedMetric> received;
    QStringList invalidFrames;

private:
    void accept()
    {
        while (m_server.hasPendingConnections()) {
            QWebSocket *socket = m_server.nextPendingConnection();
            ++connectionAttempts;
            requests.append(socket->request());
            if (socket->request().rawHeader("Authorization") != "Bearer " + GoodToken.toUtf8()) {
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
                socket->close(static_cast<QWebSocketProtocol::CloseCode>(refuseCloseCode),
                              QStringLiteral("token refused"));
                continue;
            }
            m_clients.append(socket);
            connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, socket](const QString &text) { receive(socket, text); });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_clients.removeOne(socket);
                socket->deleteLater();
            });
            socket->sendTextMessage(
                QString::fromUtf8(helloMessage(role, QStringLiteral("fake/1"))));
        }
    }

    void receive(QWebSocket *socket, const QString &text)
    {
        const auto parsed = parseClientMessage(text.toUtf8());
        const auto *metric = std::get_if<PublishedMetric>(&parsed);
        if (!metric) {
            invalidFrames.append(text);
            return;
        }
        received.append(*metric);
        receivedIds.append(metric->invoiceId);
        if (role != Role::Publisher) {
            socket->sendTextMessage(QString::fromUtf8(
                errorMessage(QLatin1String(ErrorCode::Forbidden), QStringLiteral("viewer"))));
            return;
        }
        socket->sendTextMessage(QString::fromUtf8(ackMessage(metric->invoiceId)));
    }

    QWebSocketServer m_server{QStringLiteral("fake"), QWebSocketServer::NonSecureMode};
    QList<QWebSocket *> m_clients;
};

InvoiceResult result(InvoiceStatus status = InvoiceStatus::Ok)
{
    static qint64 counter = 0;
    InvoiceResult r;
    r.timestampMs = QDateTime::currentMSecsSinceEpoch() + counter++;
    r.id = InvoiceResult::makeId(r.timestampMs);
    r.status = status;
    r.latencyMs = 812.5;
    r.accuracy = 91.25;
    r.processedAt
        = QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs);
    return r;
}

MetricsPublisherOptions fastOptions()
{
    MetricsPublisherOptions options;
    options.backoff.baseMs = 50;
    options.backoff.floorMs = 50;
    options.backoff.capMs = 400;
    return options;
}

TeamConnection::Settings settingsFor(const FakeServer &server, const QString &token = GoodToken)
{
    return TeamConnection::Settings{server.url(), token, QStringLiteral("Alice"), true};
}

} // namespace

class TstTeamConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void connectionUrl_data();
    void connectionUrl();
    void connectsAndSendsTheBearerToken();
    void publishedMetricIsAckedAndLeavesTheOutbox();
    void outboxSurvivesAnOutage_data();
    void outboxSurvivesAnOutage();
    void refusedTokenStopsRetrying_data();
    void refusedTokenStopsRetrying();
    void viewerTokenCannotPublish();
    void silentServerIsRetried();
    void teamMetricsArrive();
    void cancelledResultsAreNotPublished();
    void disabledSettingsDisconnect_data();
    void disabledSettingsDisconnect();
    void settingsRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TstTeamConnection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("invoicedash.sqlite"));
}

void TstTeamConnection::connectionUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::addRow("token only in the header")
        << QStringLiteral("ws://h:8080") << QStringLiteral("Alice")
        << QStringLiteral("ws://h:8080?name=Alice");
    QTest::addRow("the user's token item is replaced")
        << QStringLiteral("wss://h/metrics?token=old") << QStringLiteral("Bob")
        << QStringLiteral("wss://h/metrics?token=T&name=Bob");
    QTest::addRow("no name") << QStringLiteral("ws://h:1?name=stale") << QString()
                             << QStringLiteral("ws://h:1");
}

void TstTeamConnection::connectionUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const TeamConnection::Settings settings{QUrl(url), QStringLiteral("T"), name, true};
    QCOMPARE(MetricsPublisher::connectionUrl(settings).toString(), expected);
}

void TstTeamConnection::connectsAndSendsTheBearerToken()
{
    FakeServer server;
    QVERIFY(server.start());
    TeamConnection team(m_db, fastOptions());
    QSignalSpy spy(&team, &TeamConnection::statusChanged);
    team.configure(settingsFor(server));
    QTRY_COMPARE(team.status().state, ConnectionState::Connected);
    QVERIFY(team.status().reason.isEmpty());

    QList<ConnectionState> states;
    for (const QList<QVariant> &args : std::as_const(spy))
        states.append(args.at(0).value<ConnectionStatus>().state);
    QCOMPARE(states,
             (QList<ConnectionState>{ConnectionState::Connecting, ConnectionState::Connected}));
    QCOMPARE(server.connectionAttempts, 1);
    const QNetworkRequest request = server.requests.constFirst();
    QCOMPARE(request.rawHeader("Authorization"), "Bearer " + GoodToken.toUtf8());
    const QUrlQuery query(request.url());
    QCOMPARE(query.queryItemValue(QStringLiteral("name")), QStringLiteral("Alice"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("token")));
}

void TstTeamConnection::publishedMetricIsAckedAndLeavesTheOutbox()
{
    FakeServer server;
    QVERIFY(server.start());
    TeamConnection team(m_db, fastOptions());
    team.configure(settingsFor(server));
    QTRY_COMPARE(team.status().state, ConnectionState::Connected);

    const InvoiceResult failed = result(InvoiceStatus::Failed);
    const InvoiceResult ok = result();
    team.publish(ok);
    team.publish(failed);
    QTRY_COMPARE(server.received.size(), 2);
    QVERIFY(server.invalidFrames.isEmpty());
    QCOMPARE(server.received.at(0), TeamConnection::toMetric(ok));
    QCOMPARE(server.received.at(0).latency, 812.5);
    QCOMPARE(server.received.at(0).accuracy, 91.25);
    QVERIFY(server.received.at(0).ok);
    QCOMPARE(server.received.at(1).invoiceId, failed.id);
    QVERIFY(!server.received.at(1).ok);

    QTRY_COMPARE(team.status().pendingMetrics, 0);
    Outbox outbox(m_db);
    QCOMPARE(outbox.count(), 0);
}

void TstTeamConnection::outboxSurvivesAnOutage_data()
{
    QTest::addColumn<bool>("restartApp");
    QTest::addRow("server restart") << false;
    QTest::addRow("server and app restart") << true;
}

void TstTeamConnection::outboxSurvivesAnOutage()
{
    QFETCH(bool, restartApp);

    FakeServer server;
    QVERIFY(server.start());
    const quint16 port = server.port;
    auto team = std::make_unique<TeamConnection>(m_db, fastOptions());
    team->configure(settingsFor(server));
    QTRY_COMPARE(team->status().state, ConnectionState::Connected);

    server.stop();
    QTRY_COMPARE(team->status().state, ConnectionState::Disconnected);
    QVERIFY(team->status().nextRetryInMs > 0);
    QVERIFY(!team->status().reason.isEmpty());

    QSet<QString> published;
    for (int i = 0; i < 10; ++i) {
        const InvoiceResult r = result();
        published.insert(r.id);
        team->publish(r);
    }
    QTRY_COMPARE(team->status().pendingMetrics, 10);
    QVERIFY(server.receivedIds.isEmpty());

    if (restartApp) {
        team.reset(); // quits with the server still down
        QCOMPARE(Outbox(m_db).count(), 10);
        team = std::make_unique<TeamConnection>(m_db, fastOptions());
        team->configure(settingsFor(server));
        QTRY_COMPARE(team->status().pendingMetrics, 10);
        QTRY_COMPARE(team->status().state, ConnectionState::Disconnected);
    }

    QVERIFY(server.start(port));
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedIds.size(), 10, 15'000);
    QTRY_COMPARE(team->status().state, ConnectionState::Connected);
    QTRY_COMPARE(team->status().pendingMetrics, 0);
    QTest::qWait(500); // nothing else trickles in
    QCOMPARE(server.receivedIds.size(), 10);
    QCOMPARE(QSet<QString>(server.receivedIds.cbegin(), server.receivedIds.cend()), published);
    QCOMPARE(Outbox(m_db).count(), 0);
}

void TstTeamConnection::refusedTokenStopsRetrying_data()
{
    QTest::addColumn<int>("closeCode");
    QTest::addRow("4401") << 4401;
    QTest::addRow("1008 policy violation") << 1008;
}

void TstTeamConnection::refusedTokenStopsRetrying()
{
    QFETCH(int, closeCode);
    FakeServer server;
    server.refuseCloseCode = closeCode;
    QVERIFY(server.start());
    TeamConnection team(m_db, fastOptions());
    team.configure(settingsFor(server, QStringLiteral("wrong")));
    QTRY_COMPARE(team.status().state, ConnectionState::Error);
    QVERIFY2(team.status().reason.contains(QLatin1String("token"), Qt::CaseInsensitive),
             qPrintable(team.status().reason));
    const int attempts = server.connectionAttempts;
    QCOMPARE(attempts, 1);
    // With a 50 ms backoff, a retry loop would make dozens of attempts here.
    QTest::qWait(2'000);
    QVERIFY(server.connectionAttempts - attempts <= 1);
    QCOMPARE(team.status().state, ConnectionState::Error);

    // The same settings again do not retry; a new token does.
    team.configure(settingsFor(server, QStringLiteral("wrong")));
    QTest::qWait(300);
    QCOMPARE(team.status().state, ConnectionState::Error);
    team.configure(settingsFor(server));
    QTRY_COMPARE(team.status().state, ConnectionState::Connected);
}

void TstTeamConnection::viewerTokenCannotPublish()
{
    FakeServer server;
    server.role = Role::Viewer;
    QVERIFY(server.start());
    TeamConnection team(m_db, fastOptions());
    team.configure(settingsFor(server));
    QTRY_COMPARE(team.status().state, ConnectionState::Error);
    QVERIFY2(team.status().reason.contains(QLatin1String("cannot publish")),
             qPrintable(team.status().reason));
    team.publish(result());
    QTRY_COMPARE(team.status().pendingMetrics, 1); // kept for a publisher token
    QTest::qWait(300);
    QVERIFY(server.receivedIds.isEmpty());
    QCOMPARE(server.connectionAttempts, 1);
}

void TstTeamConnection::silentServerIsRetried()
{
    // Accepts TCP connections but never answers the WebSocket handshake.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    int accepted = 0;
    connect(&silent, &QTcpServer::newConnection, this, [&silent, &accepted] {
        while (QTcpSocket *socket = silent.nextPendingConnection()) {
            ++accepted;
            socket->setParent(&silent);
        }
    });
    MetricsPublisherOptions options = fastOptions();
    options.helloTimeoutMs = 300;
    TeamConnection team(m_db, options);
    QSignalSpy spy(&team, &TeamConnection::statusChanged);
    team.configure({QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(silent.serverPort())), GoodToken,
                    QStringLiteral("Alice"), true});
    QTRY_COMPARE(team.status().state, ConnectionState::Disconnected);
    QVERIFY(team.status().nextRetryInMs >= 50);
    QVERIFY(!team.status().reason.isEmpty());
    QTRY_VERIFY(accepted >= 2); // the next attempt follows the backoff
    for (const QList<QVariant> &args : std::as_const(spy))
        QVERIFY(args.at(0).value<ConnectionStatus>().state != ConnectionState::Connected);
}

void TstTeamConnection::teamMetricsArrive()
{
    FakeServer server;
    QVERIFY(server.start());
    TeamConnection team(m_db, fastOptions());
    QSignalSpy spy(&team, &TeamConnection::teamMetricsReceived);
    team.configure(settingsFor(server));
    QTRY_COMPARE(team.status().state, ConnectionState::Connected);

    TeamMetrics sent;
    sent.metrics.total = 42;
    sent.metrics.throughput = 0.7;
    sent.metrics.avgLatency = 830;
    sent.metrics.avgAccuracy = 93.4;
    sent.metrics.timestamp = 1732800000123;
    sent.metrics.failed = 3;
    sent.metrics.p95Latency = 1900;
    sent.publishers = 4;
    sent.viewers = 2;
    sent.todayTotal = 512;
    server.broadcast(metricsUpdateMessage(sent));
    QTRY_COMPARE(spy.size(), 1);
    const auto received = spy.at(0).at(0).value<TeamMetrics>();
    QCOMPARE(received.metrics.total, 42);
    QCOMPARE(received.metrics.throughput, 0.7);
    QCOMPARE(received.metrics.avgLatency, 830);
    QCOMPARE(received.metrics.avgAccuracy, 93.4);
    QCOMPARE(received.metrics.timestamp, 1732800000123);
    QCOMPARE(received.metrics.failed, 3);
    QCOMPARE(received.metrics.p95Latency, 1900);
    QCOMPARE(received.publishers, 4);
    QCOMPARE(received.viewers, 2);
    QCOMPARE(received.todayTotal, 512);
}

void TstTeamConnection::cancelledResultsAreNotPublished()
{
    FakeServer server;
    QVERIFY(server.start());
    TeamConnection team(m_db, fastOptions());
    team.configure(settingsFor(server));
    QTRY_COMPARE(team.status().state, ConnectionState::Connected);

    team.publish(result(InvoiceStatus::Cancelled));
    const InvoiceResult ok = result();
    team.publish(ok);
    QTRY_COMPARE(server.receivedIds.size(), 1);
    QTest::qWait(200);
    QCOMPARE(server.receivedIds, QStringList{ok.id});
    QTRY_COMPARE(team.status().pendingMetrics, 0);
}

void TstTeamConnection::disabledSettingsDisconnect_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("emptyUrl");
    QTest::addRow("switched off") << false << false;
    QTest::addRow("no address") << true << true;
}

void TstTeamConnection::disabledSettingsDisconnect()
{
    QFETCH(bool, enabled);
    QFETCH(bool, emptyUrl);
    FakeServer server;
    QVERIFY(server.start());
    TeamConnection team(m_db, fastOptions());
    team.configure(settingsFor(server));
    QTRY_COMPARE(team.status().state, ConnectionState::Connected);

    TeamConnection::Settings off = settingsFor(server);
    off.enabled = enabled;
    if (emptyUrl)
        off.url = QUrl();
    team.configure(off);
    QTRY_COMPARE(team.status().state, ConnectionState::Disabled);
    team.publish(result()); // publishing is off: not queued, not sent
    QTest::qWait(300);
    QCOMPARE(team.status().pendingMetrics, 0);
    QVERIFY(server.receivedIds.isEmpty());
    QCOMPARE(server.connectionAttempts, 1);
}

void TstTeamConnection::settingsRoundTrip()
{
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        const TeamConnection::Settings defaults = settings.teamSettings();
        QVERIFY(defaults.url.isEmpty());
        QVERIFY(defaults.token.isEmpty());
        QVERIFY(!defaults.enabled);
        QCOMPARE(defaults.displayName, AppSettings::defaultTeamDisplayName());
        QVERIFY(!defaults.displayName.isEmpty());
        settings.setTeamSettings({QUrl(QStringLiteral("wss://team.example.org:8443/ws")),
                                  QStringLiteral(" tok "), QStringLiteral("Ada"), true});
        settings.sync();
    }
    const TeamConnection::Settings read = AppSettings(ini).teamSettings();
    QCOMPARE(read.url, QUrl(QStringLiteral("wss://team.example.org:8443/ws")));
    QCOMPARE(read.token, QStringLiteral("tok"));
    QCOMPARE(read.displayName, QStringLiteral("Ada"));
    QVERIFY(read.enabled);
}

QTEST_GUILESS_MAIN(TstTeamConnection)
#include "tst_teamconnection.moc"
