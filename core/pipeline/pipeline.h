#pragma once

#include "common/canceltoken.h"
#include "invoiceprocessor.h"
#include "invoiceresult.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace InvoiceDash {

class ResultStore;

struct PipelineOptions
{
    int workers = 0; // 0 = one per core
    ProcessorOptions processor;
};

// The job queue. Lives on the thread that created it (the GUI thread in the
// app); every slow step runs on its own QThreadPool through QtConcurrent and
// comes back as a value through a continuation bound to this object.
class Pipeline : public QObject
{
    Q_OBJECT

public:
    // `store` may be null (nothing is written); it must outlive the pipeline.
    explicit Pipeline(ResultStore *store, QObject *parent = nullptr);
    ~Pipeline() override; // cancels and waits for running work

    void setOptions(const PipelineOptions &options);
    [[nodiscard]] PipelineOptions options() const { return m_options; }
    [[nodiscard]] int workerCount() const;

    [[nodiscard]] int queueDepth() const { return m_pending; } // queued + running
    [[nodiscard]] bool isBusy() const { return m_pending > 0 || m_collecting > 0; }

    // Expands folders (recursively, off this thread) and queues every
    // supported file; unsupported ones are reported through jobRejected().
    void enqueue(const QStringList &paths);

    // Stops queued work and interrupts running OCR. Cancelled jobs finish
    // with InvoiceStatus::Cancelled and are not stored.
    void cancel();

Q_SIGNALS:
    void jobQueued(quint64 jobId, const QString &path);
    void jobRejected(const QString &path, const QString &reason);
    void jobStageChanged(quint64 jobId, InvoiceDash::ProcessingStage stage);
    void jobFinished(const InvoiceDash::InvoiceResult &result);
    void queueDepthChanged(int depth);
    void batchFinished(); // the queue ran empty

private:
    void startJob(quint64 jobId, const QString &path);
    void onJobDone(const InvoiceResult &result);
    void setPending(int pending);

    ResultStore *m_store = nullptr;
    PipelineOptions m_options;
    QThreadPool m_pool;   // OCR workers
    QThreadPool m_ioPool; // expands dropped folders
    std::shared_ptr<CancelToken> m_token;
    quint64 m_nextJobId = 1;
    int m_pending = 0;
    int m_collecting = 0;
};

} // namespace InvoiceDash
