#include "pipeline.h"

#include "common/logging.h"
#include "ingest/filecollector.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace InvoiceDash {

Pipeline::Pipeline(ResultStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_token(std::make_shared<CancelToken>())
{
    qRegisterMetaType<InvoiceResult>();
    qRegisterMetaType<ProcessingStage>();
    m_pool.setObjectName(QStringLiteral("invoicedash-ocr"));
    // Keep worker threads (and their Tesseract engines) alive between batches.
    m_pool.setExpiryTimeout(-1);
    m_ioPool.setObjectName(QStringLiteral("invoicedash-io"));
    m_ioPool.setMaxThreadCount(1);
    setOptions({});
}

Pipeline::~Pipeline()
{
    m_token->cancel();
    m_ioPool.waitForDone();
    m_pool.waitForDone();
}

void Pipeline::setOptions(const PipelineOptions &options)
{
    m_options = options;
    m_pool.setMaxThreadCount(workerCount());
}

int Pipeline::workerCount() const
{
    return m_options.workers > 0 ? m_options.workers : std::max(1, QThread::idealThreadCount());
}

void Pipeline::enqueue(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    ++m_collecting;
    std::shared_ptr<CancelToken> token = m_token;
    QtConcurrent::run(&m_ioPool,
                      [paths, token] { return FileCollector::collect(paths, token.get()); })
        .then(this,
              [this, token](const CollectedFiles &files) {
                  --m_collecting;
                  for (const RejectedFile &rejected : files.rejected)
                      Q_EMIT jobRejected(rejected.path, rejected.reason);
                  if (!token->isCancelled()) {
                      for (const QString &path : files.accepted)
                          startJob(m_nextJobId++, path);
                  }
                  qCInfo(lcPipeline, "Queued %lld file(s), skipped %lld.",
                         qlonglong(token->isCancelled() ? 0 : files.accepted.size()),
                         qlonglong(files.rejected.size()));
                  if (!isBusy())
                      Q_EMIT batchFinished();
              })
        .onFailed(this, [this] {
            --m_collecting;
            qCWarning(lcPipeline, "Could not list the dropped files.");
            if (!isBusy())
                Q_EMIT batchFinished();
        });
}

void Pipeline::startJob(quint64 jobId, const QString &path)
{
    setPending(m_pending + 1);
    Q_EMIT jobQueued(jobId, path);

    const std::shared_ptr<CancelToken> token = m_token;
    const InvoiceProcessor processor(m_options.processor, m_store);
    auto onStage = [this, jobId](ProcessingStage stage) {
        QMetaObject::invokeMethod(
            this, [this, jobId, stage] { Q_EMIT jobStageChanged(jobId, stage); },
            Qt::QueuedConnection);
    };
    QtConcurrent::run(&m_pool, [processor, path, token, onStage] {
        try {
            return processor.process(path, *token, onStage);
        } catch (const std::exception &e) {
            InvoiceResult failed;
            failed.path = path;
            failed.status = InvoiceStatus::Failed;
            failed.error = tr("Processing stopped with an internal error: %1")
                               .arg(QString::fromLocal8Bit(e.what()));
            return failed;
        }
    }).then(this, [this, jobId](InvoiceResult result) {
        result.jobId = jobId;
        onJobDone(result);
    });
}

void Pipeline::onJobDone(const InvoiceResult &result)
{
    if (!result.ok())
        qCInfo(lcPipeline, "%s: %s (%s)", qUtf8Printable(result.path),
               qUtf8Printable(statusToString(result.status)), qUtf8Printable(result.error));
    setPending(m_pending - 1);
    Q_EMIT jobFinished(result);
    if (!isBusy())
        Q_EMIT batchFinished();
}

void Pipeline::cancel()
{
    if (!isBusy())
        return;
    qCInfo(lcPipeline, "Cancelling %d queued or running file(s).", m_pending);
    m_token->cancel();
    m_token = std::make_shared<CancelToken>();
}

void Pipeline::setPending(int pending)
{
    m_pending = pending;
    Q_EMIT queueDepthChanged(m_pending);
}

} // namespace InvoiceDash
