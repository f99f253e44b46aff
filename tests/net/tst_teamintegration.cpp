// The real desktop client (TeamConnection: outbox, backoff, worker thread)
// against the real MetricsServer, in one process over loopback.
#include "net/metricspublisher.h"
#include "net/metricsserver.h"
#include "net/teamconnection.h"
#include "pipeline/invoiceresult.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;

namespace {

const QString PublisherToken = QStringLiteral("publisher-token-1234");
const QString ViewerToken = QStringLiteral("viewer-token-5678");

MetricsPublisherOptions fastOptions()
{
    MetricsPublisherOptions options;
    options.backoff.baseMs = 50;
    options.backoff.floorMs = 50;
    options.backoff.capMs = 300;
    return options;
}

InvoiceResult finishedInvoice(int n, bool ok = true)
{
    InvoiceResult r;
    r.timestampMs = QDateTime::currentMSecsSinceEpoch();
    r.id = QStringLiteral("inv_%1_%2").arg(n, 8, 16, QLatin1Char('0')).arg(r.timestampMs / 1000);
    r.path = QStringLiteral("/invoices/%1.png").arg(n);
    r.status = ok ? InvoiceStatus::Ok : InvoiceStatus::Failed;
    r.latencyMs = 500 + n;
    r.accuracy = 90;
    r.processedAt
        = QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs);
    return r;
}

} // namespace

class TstTeamIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void publishesAndReceivesTheTeamAggregate();
    void outboxDeliversEveryInvoiceOnceAfterAnOutage_data();
    void outboxDeliversEveryInvoiceOnceAfterAnOutage();
    void refusedTokenIsAnError();

private:
    bool startServer(quint16 port = 0);
    TeamConnection::Settings settings(const QString &token) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MetricsServer> m_server;
    quint16 m_port = 0;
};

void TstTeamIntegration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_port = 0;
}

void TstTeamIntegration::cleanup()
{
    m_server.reset();
}

bool TstTeamIntegration::startServer(quint16 port)
{
    ServerConfig config;
    config.port = port;
    config.databaseFile = m_dir->filePath(QStringLiteral("server.sqlite"));
    config.pushIntervalMs = 500;
    QString error;
    if (!config.tokens.addText(
            QStringLiteral("publisher %1 alice\nviewer %2 wall").arg(PublisherToken, ViewerToken),
            QStringLiteral("test"), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_server = std::make_unique<MetricsServer>(config);
    if (!m_server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

TeamConnection::Settings TstTeamIntegration::settings(const QString &token) const
{
    TeamConnection::Settings s;
    s.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
    s.token = token;
    s.displayName = QStringLiteral("test desk");
    s.enabled = true;
    return s;
}

void TstTeamIntegration::publishesAndReceivesTheTeamAggregate()
{
    QVERIFY(startServer());
    TeamConnection team(m_dir->filePath(QStringLiteral("desk.sqlite")), fastOptions());
    QSignalSpy metrics(&team, &TeamConnection::teamMetricsReceived);
    team.configure(settings(PublisherToken));
    QTRY_COMPARE_WITH_TIMEOUT(team.status().state, ConnectionState::Connected, 10'000);

    for (int i = 0; i < 3; ++i)
        team.publish(finishedInvoice(i, i != 2));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->storedCount(), 3, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(team.status().pendingMetrics, 0, 10'000);
    // The aggregate comes back to the publisher: 3 invoices, 1 failed, mean latency 501.
    QTRY_VERIFY_WITH_TIMEOUT(
        !metrics.isEmpty()
            && metrics.last().first().value<Protocol::TeamMetrics>().metrics.total == 3,
        10'000);
    const auto last = metrics.last().first().value<Protocol::TeamMetrics>();
    QCOMPARE(last.metrics.failed, 1);
    QCOMPARE(last.metrics.avgLatency, 501);
    QCOMPARE(last.publishers, 1);
}

void TstTeamIntegration::outboxDeliversEveryInvoiceOnceAfterAnOutage_data()
{
    QTest::addColumn<bool>("restartAppInBetween");
    QTest::addRow("app keeps running") << false;
    QTest::addRow("app restarted while the server is down") << true;
}

void TstTeamIntegration::outboxDeliversEveryInvoiceOnceAfterAnOutage()
{
    QFETCH(bool, restartAppInBetween);
    const QString deskDb = m_dir->filePath(QStringLiteral("desk.sqlite"));
    QVERIFY(startServer());
    const quint16 port = m_port;
    auto team = std::make_unique<TeamConnection>(deskDb, fastOptions());
    team->configure(settings(PublisherToken));
    QTRY_COMPARE_WITH_TIMEOUT(team->status().state, ConnectionState::Connected, 10'000);

    // The server goes away; ten invoices are processed meanwhile.
    m_server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(team->status().state != ConnectionState::Connected, 10'000);
    for (int i = 0; i < 10; ++i)
        team->publish(finishedInvoice(100 + i));
    QTRY_COMPARE_WITH_TIMEOUT(team->status().pendingMetrics, 10, 10'000);

    if (restartAppInBetween) {
        team.reset(); // the app quits with ten metrics unsent
        team = std::make_unique<TeamConnection>(deskDb, fastOptions());
        team->configure(settings(PublisherToken));
    }

    // The server comes back on the same port and database.
    QVERIFY(startServer(port));
    QSignalSpy stored(m_server.get(), &MetricsServer::metricStored);
    QTRY_COMPARE_WITH_TIMEOUT(team->status().state, ConnectionState::Connected, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->storedCount(), 10, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(team->status().pendingMetrics, 0, 15'000);
    QTest::qWait(300); // anything sent twice would arrive by now
    QSet<QString> ids;
    int newRows = 0;
    for (const QList<QVariant> &args : std::as_const(stored)) {
        ids.insert(args.at(0).toString());
        newRows += args.at(1).toBool();
    }
    QCOMPARE(ids.size(), 10);
    QCOMPARE(newRows, 10); // each stored once
    QCOMPARE(m_server->teamMetrics().todayTotal, 10);
}

void TstTeamIntegration::refusedTokenIsAnError()
{
    QVERIFY(startServer());
    TeamConnection team(m_dir->filePath(QStringLiteral("desk.sqlite")), fastOptions());
    team.configure(settings(QStringLiteral("not-a-valid-token")));
    QTRY_COMPARE_WITH_TIMEOUT(team.status().state, ConnectionState::Error, 10'000);
    QVERIFY2(team.status().reason.contains(QLatin1String("token"), Qt::CaseInsensitive),
             qPrintable(team.status().reason));
    team.publish(finishedInvoice(7));
    QTest::qWait(500);
    QCOMPARE(m_server->storedCount(), 0);
}

QTEST_GUILESS_MAIN(TstTeamIntegration)
#include "tst_teamintegration.moc"
