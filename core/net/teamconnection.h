#pragma once

#include "net/connectionstate.h"
#include "net/protocol.h"
#include "pipeline/invoiceresult.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QThread;

namespace InvoiceDash {

class MetricsPublisher;
struct MetricsPublisherOptions;

// The desktop's link to the team server, for the GUI thread. All socket and
// disk work happens in a MetricsPublisher on a thread of its own; this object
// hands values to it through queued invocations and relays its signals.
class TeamConnection : public QObject
{
    Q_OBJECT

public:
    explicit TeamConnection(QString databaseFile, QObject *parent = nullptr); // starts the worker
    // Tests shorten the timers (backoff, ping) through the options.
    TeamConnection(QString databaseFile, const MetricsPublisherOptions &options,
                   QObject *parent = nullptr);
    ~TeamConnection() override; // stops the worker thread cleanly

    struct Settings
    {
        QUrl url; // ws://host:port or wss://...
        QString token;
        QString displayName;
        bool enabled = false;
        friend bool operator==(const Settings &, const Settings &) = default;
    };

    // (Re)connects or disconnects; an empty url or !enabled gives Disabled.
    // Applying the same settings again changes nothing (an Error stays).
    void configure(const Settings &settings);

    // Ok and failed results go to the outbox, then to the server; cancelled
    // results are ignored, and so is everything while Disabled.
    void publish(const InvoiceResult &result);

    [[nodiscard]] ConnectionStatus status() const { return m_status; }

    // The metric a result publishes (exposed for tests).
    [[nodiscard]] static Protocol::PublishedMetric toMetric(const InvoiceResult &result);

Q_SIGNALS:
    void statusChanged(const InvoiceDash::ConnectionStatus &status);
    void teamMetricsReceived(const InvoiceDash::Protocol::TeamMetrics &team);

private:
    void setStatus(const InvoiceDash::ConnectionStatus &status);

    QThread *m_thread = nullptr;
    MetricsPublisher *m_worker = nullptr; // lives on m_thread
    ConnectionStatus m_status;
};

} // namespace InvoiceDash

Q_DECLARE_METATYPE(InvoiceDash::TeamConnection::Settings)
