#include "teamconnection.h"

#include "metricspublisher.h"

#include <QThread>

#include <algorithm>

namespace InvoiceDash {

TeamConnection::TeamConnection(QString databaseFile, QObject *parent)
    : TeamConnection(std::move(databaseFile), MetricsPublisherOptions{}, parent)
{
}

TeamConnection::TeamConnection(QString databaseFile, const MetricsPublisherOptions &options,
                               QObject *parent)
    : QObject(parent), m_thread(new QThread(this))
{
    qRegisterMetaType<InvoiceDash::ConnectionStatus>();
    qRegisterMetaType<InvoiceDash::Protocol::TeamMetrics>();

    m_thread->setObjectName(QStringLiteral("invoicedash-team"));
    m_worker = new MetricsPublisher(std::move(databaseFile), options);
    m_worker->moveToThread(m_thread);
    // The worker is deleted on its own thread once the loop has stopped.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MetricsPublisher::statusChanged, this, &TeamConnection::setStatus);
    connect(m_worker, &MetricsPublisher::teamMetricsReceived, this,
            &TeamConnection::teamMetricsReceived);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->start(); }, Qt::QueuedConnection);
}

TeamConnection::~TeamConnection()
{
    // A no-op round trip first: every publish() queued before it reaches the
    // outbox instead of being dropped with the event loop.
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void TeamConnection::configure(const Settings &settings)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, settings] { worker->configure(settings); },
        Qt::QueuedConnection);
}

Protocol::PublishedMetric TeamConnection::toMetric(const InvoiceResult &result)
{
    Protocol::PublishedMetric metric;
    metric.invoiceId = result.id;
    metric.timestamp = result.timestampMs;
    metric.latency = std::max(0.0, result.latencyMs);
    metric.accuracy = std::clamp(result.accuracy, 0.0, 100.0);
    metric.ok = result.ok();
    metric.processedAt = result.processedAt;
    return metric;
}

void TeamConnection::publish(const InvoiceResult &result)
{
    if (!result.isNewReading())
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, metric = toMetric(result)] { worker->publish(metric); },
        Qt::QueuedConnection);
}

void TeamConnection::setStatus(const ConnectionStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

} // namespace InvoiceDash
