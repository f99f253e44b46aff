// MetricsServer over loopback with real QWebSocket clients.
#include "net/metricsserver.h"
#include "rawclient.h"
#include "testclient.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

using namespace InvoiceDash;
using namespace InvoiceDash::Test;
using Protocol::PublishedMetric;
using Type = Protocol::ServerMessage::Type;

namespace {

const QByteArray PublisherA = "pub-token-alice";
const QByteArray PublisherB = "pub-token-bob";
const QByteArray Viewer = "view-token-wall";

PublishedMetric metric(const QString &id, double latency, double accuracy, bool ok = true,
                       qint64 timestamp = 0)
{
    return {id, timestamp ? timestamp : QDateTime::currentMSecsSinceEpoch(), latency, accuracy,
            ok, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
}

QByteArray metricJson(const QByteArray &data)
{
    return "{\"action\":\"metric\",\"data\":{" + data + "}}";
}

} // namespace

class TstMetricsServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aggregatesTwoPublishers();
    void auth_data();
    void auth();
    void viewerCannotPublish();
    void badInput_data();
    void badInput();
    void hardSizeGuardCloses();
    void floodIsRateLimitedThenClosed();
    void connectionCap();
    void slowReaderDoesNotHoldUpOthers();
    void publisherThatNeverReadsIsClosed();
    void restartKeepsTheAggregate();
    void windowPosition_data();
    void windowPosition();
    void replayedMetricsStayOutOfTheWindow();
    void tls();

private:
    ServerConfig config() const;
    MetricsServer *start(ServerConfig cfg);
    MetricsServer *start() { return start(config()); }
    std::unique_ptr<TestClient> connectClient(const QByteArray &token);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MetricsServer> m_server;
};

void TstMetricsServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstMetricsServer::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

ServerConfig TstMetricsServer::config() const
{
    ServerConfig cfg;
    cfg.port = 0;
    cfg.databaseFile = m_dir->filePath(QStringLiteral("server.sqlite"));
    const QByteArray tokens = "publisher " + PublisherA + " alice\npublisher " + PublisherB
        + " bob\nviewer " + Viewer + " wall\n";
    if (!cfg.tokens.addText(QString::fromLatin1(tokens), QStringLiteral("test"), nullptr))
        qFatal("bad test tokens");
    cfg.pushIntervalMs = 200;
    cfg.coalesceMs = 20;
    return cfg;
}

MetricsServer *TstMetricsServer::start(ServerConfig cfg)
{
    m_server = std::make_unique<MetricsServer>(std::move(cfg));
    QString error;
    if (!m_server->start(&error))
        qWarning("%s", qPrintable(error));
    return m_server->isListening() ? m_server.get() : nullptr;
}

std::unique_ptr<TestClient> TstMetricsServer::connectClient(const QByteArray &token)
{
    auto client = std::make_unique<TestClient>();
    client->open(m_server->url(), token);
    if (!client->waitHello())
        return {};
    return client;
}

void TstMetricsServer::aggregatesTwoPublishers()
{
    QVERIFY(start());
    auto viewer = connectClient(Viewer);
    auto alice = connectClient(PublisherA);
    auto bob = connectClient(PublisherB);
    QVERIFY(viewer && alice && bob);
    QCOMPARE(alice->of(Type::Hello).first().role, Protocol::Role::Publisher);
    QCOMPARE(viewer->of(Type::Hello).first().server, MetricsServer::serverVersion());
    QVERIFY(!viewer->of(Type::MetricsUpdate).isEmpty()); // the snapshot comes at once

    alice->publish(metric(QStringLiteral("inv_a1"), 100, 90));
    alice->publish(metric(QStringLiteral("inv_a2"), 300, 80));
    bob->publish(metric(QStringLiteral("inv_b1"), 200, 70, false));
    bob->publish(metric(QStringLiteral("inv_a1"), 999, 1)); // a duplicate: acked, counted once
    QVERIFY(alice->waitAck(QStringLiteral("inv_a2")));
    QVERIFY(bob->waitAck(QStringLiteral("inv_a1")));
    QVERIFY(bob->waitAck(QStringLiteral("inv_b1")));
    QCOMPARE(alice->acksFor(QStringLiteral("inv_a1")) + bob->acksFor(QStringLiteral("inv_a1")), 2);
    QCOMPARE(m_server->storedCount(), 3);

    QTRY_COMPARE_WITH_TIMEOUT(viewer->lastTeam().metrics.total, 3, 3000);
    const Protocol::TeamMetrics team = viewer->lastTeam();
    QCOMPARE(team.metrics.avgLatency, 200);
    QCOMPARE(team.metrics.avgAccuracy, 80.0);
    QCOMPARE(team.metrics.throughput, 0.05); // 3 / 60 s
    QCOMPARE(team.metrics.failed, 1);
    QCOMPARE(team.publishers, 2);
    QCOMPARE(team.viewers, 1);
    QCOMPARE(team.todayTotal, 3);
    QTRY_COMPARE(alice->lastTeam().metrics.total, 3); // publishers see the team too
}

void TstMetricsServer::auth_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("inUrl");
    QTest::addColumn<bool>("allowAnonymous");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("publisher");

    QTest::addRow("no token") << QByteArray() << false << false << false << false;
    QTest::addRow("wrong token") << QByteArray("wrong-token-1") << false << false << false << false;
    QTest::addRow("wrong token in url")
        << QByteArray("wrong-token-1") << true << false << false << false;
    QTest::addRow("wrong token, anonymous allowed")
        << QByteArray("wrong-token-1") << false << true << false << false;
    QTest::addRow("viewer header") << Viewer << false << false << true << false;
    QTest::addRow("viewer url") << Viewer << true << false << true << false;
    QTest::addRow("publisher url") << PublisherA << true << false << true << true;
    QTest::addRow("anonymous allowed") << QByteArray() << false << true << true << false;
}

void TstMetricsServer::auth()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, inUrl);
    QFETCH(bool, allowAnonymous);
    QFETCH(bool, accepted);
    QFETCH(bool, publisher);

    ServerConfig cfg = config();
    cfg.allowAnonymousView = allowAnonymous;
    QVERIFY(start(std::move(cfg)));
    QSignalSpy refused(m_server.get(), &MetricsServer::clientRefused);
    TestClient client;
    client.open(m_server->url(), token,
                inUrl ? TestClient::TokenIn::Url : TestClient::TokenIn::Header);
    if (!accepted) {
        QVERIFY(client.waitClosed());
        QVERIFY(client.messages.isEmpty()); // nothing flows before authentication
        QCOMPARE(client.closeCode, CloseCode::TokenRefused);
        QCOMPARE(client.closeReason, QStringLiteral("token refused"));
        QCOMPARE(refused.count(), 1);
        if (!token.isEmpty())
            QVERIFY(!refused.first().first().toString().contains(QLatin1String(token)));
        return;
    }
    QVERIFY(client.waitHello());
    QCOMPARE(client.of(Type::Hello).first().role,
             publisher ? Protocol::Role::Publisher : Protocol::Role::Viewer);
    QTRY_VERIFY(!client.of(Type::MetricsUpdate).isEmpty());
    QCOMPARE(refused.count(), 0);
}

void TstMetricsServer::viewerCannotPublish()
{
    QVERIFY(start());
    auto viewer = connectClient(Viewer);
    QVERIFY(viewer);
    viewer->publish(metric(QStringLiteral("inv_v1"), 10, 90));
    QTRY_COMPARE(viewer->errorCodes(), QStringList{QStringLiteral("forbidden")});
    QCOMPARE(viewer->acksFor(QStringLiteral("inv_v1")), 0);
    QCOMPARE(m_server->storedCount(), 0);
    QCOMPARE(m_server->teamMetrics().metrics.total, 0);
}

void TstMetricsServer::badInput_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QString>("code");

    const QByteArray rest = R"("timestamp":1732800000000,"latency":10,"accuracy":90,"status":"ok")";
    QTest::addRow("invalid json") << QByteArray("{\"action\":") << false
                                  << QStringLiteral("invalid-json");
    QTest::addRow("binary frame") << metricJson("\"invoiceId\":\"bin1\"," + rest) << true
                                  << QStringLiteral("binary-not-supported");
    QTest::addRow("oversized frame") << metricJson("\"invoiceId\":\"big1\",\"pad\":\""
                                                   + QByteArray(70 * 1024, 'x') + "\"," + rest)
                                     << false << QStringLiteral("message-too-large");
    QTest::addRow("unknown action") << QByteArray(R"({"action":"delete","data":{}})") << false
                                    << QStringLiteral("unknown-action");
    QTest::addRow("wrong type latency") << metricJson(
        R"("invoiceId":"t1","timestamp":1732800000000,"latency":"fast","accuracy":90,"status":"ok")")
                                        << false << QStringLiteral("invalid-message");
    QTest::addRow("wrong type id")
        << metricJson("\"invoiceId\":[1]," + rest) << false << QStringLiteral("invalid-message");
    QTest::addRow("missing id") << metricJson(rest) << false << QStringLiteral("invalid-message");
    QTest::addRow("missing data") << QByteArray(R"({"action":"metric"})") << false
                                  << QStringLiteral("invalid-message");
    QTest::addRow("huge latency") << metricJson(
        R"("invoiceId":"h1","timestamp":1732800000000,"latency":1e308,"accuracy":90,"status":"ok")")
                                  << false << QStringLiteral("invalid-message");
    QTest::addRow("huge timestamp") << metricJson(
        R"("invoiceId":"h2","timestamp":1e300,"latency":1,"accuracy":90,"status":"ok")")
                                    << false << QStringLiteral("invalid-message");
    QTest::addRow("accuracy over 100") << metricJson(
        R"("invoiceId":"h3","timestamp":1732800000000,"latency":1,"accuracy":101,"status":"ok")")
                                       << false << QStringLiteral("invalid-message");
}

void TstMetricsServer::badInput()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, binary);
    QFETCH(QString, code);

    QVERIFY(start());
    auto bad = connectClient(PublisherA);
    auto bystander = connectClient(PublisherB);
    QVERIFY(bad && bystander);
    if (binary)
        bad->socket.sendBinaryMessage(frame);
    else
        bad->socket.sendTextMessage(QString::fromUtf8(frame));
    QTRY_COMPARE(bad->errorCodes(), QStringList{code});
    QVERIFY(bad->of(Type::Ack).isEmpty());
    QVERIFY(!bad->closed); // one mistake is not enough to be closed
    QCOMPARE(m_server->storedCount(), 0);

    // The server keeps serving the others.
    bystander->publish(metric(QStringLiteral("inv_ok"), 10, 90));
    QVERIFY(bystander->waitAck(QStringLiteral("inv_ok")));
    QTRY_COMPARE(bystander->lastTeam().metrics.total, 1);
    QCOMPARE(m_server->storedCount(), 1);
}

void TstMetricsServer::hardSizeGuardCloses()
{
    QVERIFY(start());
    auto bad = connectClient(PublisherA);
    auto bystander = connectClient(Viewer);
    QVERIFY(bad && bystander);
    bad->socket.sendTextMessage(
        QString(int(MetricsServer::HardMessageLimit) + 1, QLatin1Char('x')));
    QVERIFY(bad->waitClosed());
    QCOMPARE(bad->closeCode, CloseCode::TooMuchData);
    QTRY_COMPARE(m_server->teamMetrics().publishers, 0);
    QTRY_COMPARE(bystander->lastTeam().publishers, 0);
}

void TstMetricsServer::floodIsRateLimitedThenClosed()
{
    ServerConfig cfg = config();
    cfg.limits.ratePerSecond = 5;
    cfg.limits.rateBurst = 10;
    cfg.limits.maxStrikes = 5;
    QVERIFY(start(std::move(cfg)));
    auto flooder = connectClient(PublisherA);
    auto bystander = connectClient(PublisherB);
    QVERIFY(flooder && bystander);
    for (int i = 0; i < 100; ++i)
        flooder->publish(metric(QStringLiteral("flood_%1").arg(i), 1, 90));
    QVERIFY(flooder->waitClosed());
    QCOMPARE(flooder->closeCode, CloseCode::RateLimited);
    QCOMPARE(flooder->errorCodes(), QStringList{QStringLiteral("rate-limited")}); // no amplifying
    const int acked = int(flooder->of(Type::Ack).size());
    QVERIFY2(acked >= 10 && acked <= 12, qPrintable(QString::number(acked)));
    QCOMPARE(m_server->storedCount(), acked);

    bystander->publish(metric(QStringLiteral("inv_ok"), 10, 90));
    QVERIFY(bystander->waitAck(QStringLiteral("inv_ok")));
}

void TstMetricsServer::connectionCap()
{
    ServerConfig cfg = config();
    cfg.maxConnections = 2;
    QVERIFY(start(std::move(cfg)));
    auto a = connectClient(Viewer);
    auto b = connectClient(Viewer);
    QVERIFY(a && b);
    TestClient third;
    third.open(m_server->url(), Viewer);
    QVERIFY(third.waitClosed());
    QCOMPARE(third.closeCode, CloseCode::ServerFull);
    QVERIFY(third.messages.isEmpty());
    QVERIFY(!a->closed && !b->closed);
}

void TstMetricsServer::slowReaderDoesNotHoldUpOthers()
{
    ServerConfig cfg = config();
    cfg.pushIntervalMs = 2; // ~100 kB/s of metrics-updates to every client
    cfg.coalesceMs = 1;
    cfg.limits.softBufferBytes = 16 * 1024;
    cfg.limits.hardBufferBytes = 1024 * 1024;
    QVERIFY(start(std::move(cfg)));

    // A raw TCP client that never reads.
    const int fd = rawClient(m_server->serverPort(), Viewer);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    QTRY_COMPARE(m_server->teamMetrics().viewers, 1);

    auto viewer = connectClient(Viewer);
    auto publisher = connectClient(PublisherA);
    QVERIFY(viewer && publisher);
    // Loopback send buffers autotune to megabytes; shrink the server's end of
    // this one connection (same process) so its user-space backlog shows at once.
    QVERIFY(shrinkPeerSendBuffer(fd));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->skippedUpdates() > 0, 10000); // the slow one is behind

    for (int i = 1; i <= 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        publisher->publish(metric(QStringLiteral("inv_slow_%1").arg(i), 10, 90));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->lastTeam().metrics.total, i, 1000);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }
    // Updates are skipped, never queued: the backlog stays near the soft limit.
    QVERIFY2(m_server->peakBufferedBytes() < 16 * 1024 + 4096,
             qPrintable(QString::number(m_server->peakBufferedBytes())));
    QCOMPARE(m_server->teamMetrics().viewers, 2);
}

void TstMetricsServer::publisherThatNeverReadsIsClosed()
{
    ServerConfig cfg = config();
    cfg.limits.ratePerSecond = 1e6;
    cfg.limits.rateBurst = 1'000'000;
    cfg.limits.softBufferBytes = 8 * 1024;
    cfg.limits.hardBufferBytes = 32 * 1024;
    QVERIFY(start(std::move(cfg)));
    auto viewer = connectClient(Viewer);
    QVERIFY(viewer);
    QSignalSpy gone(m_server.get(), &MetricsServer::clientDisconnected);

    const int fd = rawClient(m_server->serverPort(), PublisherA);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    QTRY_COMPARE(m_server->teamMetrics().publishers, 1);
    QVERIFY(shrinkPeerSendBuffer(fd));

    // Publishes without ever reading its acks: acks are never dropped, so
    // the server's backlog grows until the hard cap closes the connection.
    int sent = 0;
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    while (gone.isEmpty() && timer.elapsed() < 10'000) {
        if (pending.size() < 16 * 1024) {
            for (int i = 0; i < 100; ++i)
                pending += maskedTextFrame(Protocol::metricMessage(
                    metric(QStringLiteral("inv_nr_%1").arg(++sent), 1, 90)));
        }
        const ssize_t written
            = ::send(fd, pending.constData(), size_t(pending.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (written > 0)
            pending.remove(0, written); // keep frames whole across partial writes
        QTest::qWait(5);
    }
    QCOMPARE(gone.count(), 1);
    QCOMPARE(gone.first().first().toString(), QStringLiteral("alice"));
    QVERIFY2(m_server->peakBufferedBytes() < 32 * 1024 + 1024,
             qPrintable(QString::number(m_server->peakBufferedBytes())));
    QVERIFY(!viewer->closed);
    QTRY_COMPARE(viewer->lastTeam().publishers, 0);
}

void TstMetricsServer::restartKeepsTheAggregate()
{
    QVERIFY(start());
    {
        auto alice = connectClient(PublisherA);
        QVERIFY(alice);
        for (int i = 0; i < 3; ++i)
            alice->publish(metric(QStringLiteral("inv_r%1").arg(i), 100, 90));
        QVERIFY(alice->waitAck(QStringLiteral("inv_r2")));
    }
    m_server.reset();
    QVERIFY(start());
    const Protocol::TeamMetrics team = m_server->teamMetrics();
    QCOMPARE(team.todayTotal, 3);
    QCOMPARE(team.metrics.total, 3);
    QCOMPARE(team.metrics.avgLatency, 100);
    auto viewer = connectClient(Viewer);
    QVERIFY(viewer);
    QTRY_COMPARE(viewer->lastTeam().todayTotal, 3);
}

void TstMetricsServer::windowPosition_data()
{
    QTest::addColumn<qint64>("clientOffsetMs");
    QTest::addColumn<qint64>("expectedOffsetMs");

    QTest::addRow("now") << qint64(0) << qint64(0);
    QTest::addRow("2 s ago") << qint64(-2000) << qint64(-2000);
    QTest::addRow("4 s ahead, clamped to now") << qint64(4000) << qint64(0);
    QTest::addRow("1 h ahead: receive time") << qint64(3600'000) << qint64(0);
    QTest::addRow("10 min ago: kept, outside the window") << qint64(-600'000) << qint64(-600'000);
    QTest::addRow("23 h ago: kept") << qint64(-23 * 3600'000LL) << qint64(-23 * 3600'000LL);
    QTest::addRow("3 days ago: kept, never counted as live")
        << qint64(-72 * 3600'000LL) << qint64(-72 * 3600'000LL);
}

void TstMetricsServer::windowPosition()
{
    QFETCH(qint64, clientOffsetMs);
    QFETCH(qint64, expectedOffsetMs);
    const qint64 received = 1'800'000'000'000;
    QCOMPARE(MetricsServer::windowPosition(received + clientOffsetMs, received),
             received + expectedOffsetMs);
}

void TstMetricsServer::replayedMetricsStayOutOfTheWindow()
{
    QVERIFY(start());
    auto alice = connectClient(PublisherA);
    QVERIFY(alice);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    alice->publish(metric(QStringLiteral("inv_live"), 100, 90, true, now));
    alice->publish(metric(QStringLiteral("inv_outbox"), 100, 90, true, now - 10 * 60'000));
    alice->publish(metric(QStringLiteral("inv_future"), 100, 90, true, now + 3600'000));
    QVERIFY(alice->waitAck(QStringLiteral("inv_future")));
    QVERIFY(alice->waitAck(QStringLiteral("inv_outbox")));
    const Protocol::TeamMetrics team = m_server->teamMetrics();
    QCOMPARE(team.todayTotal, 3);    // every metric received today
    QCOMPARE(team.metrics.total, 2); // the replay does not inflate the last 60 s
}

void TstMetricsServer::tls()
{
    const QString cert = m_dir->filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir->filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY2(openssl.waitForFinished(30'000), "openssl must be installed (scripts/setup.sh)");
    QCOMPARE(openssl.exitCode(), 0);

    ServerConfig cfg = config();
    cfg.tlsCertificateFile = cert;
    cfg.tlsKeyFile = key;
    QVERIFY(start(std::move(cfg)));
    QCOMPARE(m_server->url().scheme(), QStringLiteral("wss"));

    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
    QCOMPARE(certificates.size(), 1);
    TestClient client;
    // Trust this throw-away certificate only, for this error only.
    client.socket.ignoreSslErrors(
        {QSslError(QSslError::SelfSignedCertificate, certificates.first())});
    client.open(m_server->url(), Viewer);
    QVERIFY(client.waitHello(10'000));
    QCOMPARE(client.of(Type::Hello).first().role, Protocol::Role::Viewer);

    // A client that does not trust it gets nowhere.
    TestClient strict;
    strict.open(m_server->url(), Viewer);
    QVERIFY(!strict.waitHello(3000));

    // A certificate that is not one is a clear start-up error.
    ServerConfig broken = config();
    broken.tlsCertificateFile = key;
    broken.tlsKeyFile = key;
    MetricsServer other(std::move(broken));
    QString error;
    QVERIFY(!other.start(&error));
    QVERIFY2(error.contains(QLatin1String("holds no PEM certificate")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstMetricsServer)
#include "tst_metricsserver.moc"
