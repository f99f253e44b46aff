// The real invoicedash-server executable: options, SIGTERM, and a client
// written by somebody else (Debian's python3-websockets).
#include "net/protocol.h"
#include "net/serverstore.h"
#include "testclient.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDash;
using namespace InvoiceDash::Test;

class TstServerProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void portInUse();
    void sigtermStoresEverythingAndExitsZero();
    void pythonClientInterop();

private:
    // Starts the server on an ephemeral loopback port; returns its ws:// URL.
    QUrl startServer(QProcess *process, const QStringList &extraArgs = {});

    QString m_exe;
    QTemporaryDir m_dir;
    QString m_tokens;
};

void TstServerProcess::initTestCase()
{
    m_exe = qEnvironmentVariable("INVOICEDASH_SERVER_EXE");
    QVERIFY2(QFileInfo(m_exe).isExecutable(),
             "INVOICEDASH_SERVER_EXE must name the built invoicedash-server");
    QVERIFY(m_dir.isValid());
    m_tokens = m_dir.filePath(QStringLiteral("tokens.txt"));
    QFile file(m_tokens);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# test tokens\npublisher pub-token-alice alice\nviewer view-token-wall wall\n");
}

QUrl TstServerProcess::startServer(QProcess *process, const QStringList &extraArgs)
{
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(m_exe,
                   QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--db"),
                               m_dir.filePath(QStringLiteral("server.sqlite")),
                               QStringLiteral("--tokens"), m_tokens}
                       + extraArgs);
    // The first stdout line names the URL: "... listening on ws://127.0.0.1:PORT".
    static const QRegularExpression listening(QStringLiteral("listening on (wss?://\\S+)"));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 10'000
           && process->state() != QProcess::NotRunning) {
        process->waitForReadyRead(200);
        out += process->readAllStandardOutput();
    }
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void TstServerProcess::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::addRow("unknown option")
        << QStringList{QStringLiteral("--bogus")} << 2 << QStringLiteral("Unknown option 'bogus'");
    QTest::addRow("bad listen") << QStringList{QStringLiteral("--listen"),
                                               QStringLiteral("127.0.0.1:99999")}
                                << 2 << QStringLiteral("--listen needs ADDR:PORT");
    QTest::addRow("bad window") << QStringList{QStringLiteral("--window"), QStringLiteral("0")} << 2
                                << QStringLiteral("--window needs");
    QTest::addRow("cert without key")
        << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("x.pem")} << 2
        << QStringLiteral("go together");
    QTest::addRow("missing token file")
        << QStringList{QStringLiteral("--tokens"), QStringLiteral("/nonexistent/tokens")} << 2
        << QStringLiteral("Cannot read the token file");
    QTest::addRow("no tokens") << QStringList{} << 2 << QStringLiteral("no tokens");
    QTest::addRow("unreadable cert")
        << QStringList{QStringLiteral("--tokens"),   m_tokens,
                       QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/cert.pem"),
                       QStringLiteral("--tls-key"),  QStringLiteral("/nonexistent/key.pem"),
                       QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0")}
        << 1 << QStringLiteral("Cannot read the TLS certificate");
}

void TstServerProcess::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("INVOICEDASH_SERVER_TOKENS"));
    env.insert(QStringLiteral("INVOICEDASH_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(m_exe, args);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), exitCode);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err)); // one line
}

void TstServerProcess::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(m_exe,
                  {QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:%1").arg(taken.serverPort()),
                   QStringLiteral("--tokens"), m_tokens, QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("inuse.sqlite"))});
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("Cannot listen on 127.0.0.1 port")), qPrintable(err));
}

void TstServerProcess::sigtermStoresEverythingAndExitsZero()
{
    QProcess server;
    const QUrl url = startServer(&server);
    QVERIFY2(url.isValid(), server.readAllStandardError().constData());

    TestClient publisher;
    publisher.open(url, "pub-token-alice");
    QVERIFY(publisher.waitHello());
    for (int i = 0; i < 5; ++i) {
        publisher.publish({QStringLiteral("inv_term_%1").arg(i),
                           QDateTime::currentMSecsSinceEpoch(),
                           100,
                           90,
                           true,
                           {}});
    }
    QVERIFY(publisher.waitAck(QStringLiteral("inv_term_4")));

    server.terminate(); // SIGTERM
    QVERIFY(server.waitForFinished(10'000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(server.readAllStandardOutput().contains("SIGTERM, shutting down"));
    QVERIFY(publisher.waitClosed());
    QCOMPARE(publisher.closeCode, 1001); // going away

    ServerStore store(m_dir.filePath(QStringLiteral("server.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.count() >= 5);
}

void TstServerProcess::pythonClientInterop()
{
    const QString python
        = qEnvironmentVariable("INVOICEDASH_SYSTEM_PYTHON", QStringLiteral("/usr/bin/python3"));
    const QString script = QStringLiteral(INVOICEDASH_NET_TEST_DIR "/interop_client.py");
    QProcess server;
    const QUrl url = startServer(&server);
    QVERIFY(url.isValid());

    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(python,
                 {script, url.toString(QUrl::StripTrailingSlash), QStringLiteral("view-token-wall"),
                  QStringLiteral("pub-token-alice")});
    QVERIFY2(client.waitForFinished(30'000), "the Python client did not finish in 30 s");
    const QByteArray out = client.readAll();
    // Fails, never skips, without python3-websockets: scripts/setup.sh installs it.
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
             out.constData());
    QVERIFY(out.contains("viewer ok"));
    QVERIFY(out.contains("publisher ok"));

    server.terminate();
    QVERIFY(server.waitForFinished(10'000));
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TstServerProcess)
#include "tst_serverprocess.moc"
