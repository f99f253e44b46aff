#pragma once
// A QWebSocket client that records every frame, for the server tests.
#include "net/protocol.h"

#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

namespace InvoiceDash::Test {

class TestClient : public QObject
{
    Q_OBJECT

public:
    using Message = Protocol::ServerMessage;

    TestClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            messages.append(Protocol::parseServerMessage(text.toUtf8()));
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = socket.closeCode();
            closeReason = socket.closeReason();
        });
    }

    enum class TokenIn { Header, Url };
    void open(QUrl url, const QByteArray &token = {}, TokenIn where = TokenIn::Header)
    {
        if (!token.isEmpty() && where == TokenIn::Url)
            url.setQuery(QUrlQuery{{QStringLiteral("token"), QString::fromLatin1(token)}});
        QNetworkRequest request(url);
        if (!token.isEmpty() && where == TokenIn::Header)
            request.setRawHeader("Authorization", "Bearer " + token);
        socket.open(request);
    }

    [[nodiscard]] QList<Message> of(Message::Type type) const
    {
        QList<Message> out;
        for (const Message &m : messages) {
            if (m.type == type)
                out.append(m);
        }
        return out;
    }
    [[nodiscard]] bool hasHello() const { return !of(Message::Type::Hello).isEmpty(); }
    [[nodiscard]] int acksFor(const QString &invoiceId) const
    {
        int n = 0;
        for (const Message &m : of(Message::Type::Ack))
            n += m.invoiceId == invoiceId;
        return n;
    }
    [[nodiscard]] QStringList errorCodes() const
    {
        QStringList codes;
        for (const Message &m : of(Message::Type::Error))
            codes.append(m.error.code);
        return codes;
    }
    [[nodiscard]] Protocol::TeamMetrics lastTeam() const
    {
        const QList<Message> updates = of(Message::Type::MetricsUpdate);
        return updates.isEmpty() ? Protocol::TeamMetrics{} : updates.constLast().team;
    }
    bool waitHello(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return hasHello() || closed; }, timeoutMs) && hasHello();
    }
    bool waitAck(const QString &invoiceId, int count = 1, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return acksFor(invoiceId) >= count; }, timeoutMs);
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }
    void publish(const Protocol::PublishedMetric &metric)
    {
        socket.sendTextMessage(QString::fromUtf8(Protocol::metricMessage(metric)));
    }

    QWebSocket socket;
    QList<Message> messages;
    bool closed = false;
    int closeCode = -1;
    QString closeReason;
};

} // namespace InvoiceDash::Test
