#pragma once

#include "common/canceltoken.h"
#include "ingest/imageloader.h"
#include "invoiceresult.h"
#include "ocr/ocrengine.h"
#include "preprocess/preprocessor.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <functional>

namespace InvoiceDash {

class ResultStore;

enum class ProcessingStage {
    Queued,
    Loading,
    Preprocessing,
    Recognizing,
    Extracting,
    Storing,
    Done
};

[[nodiscard]] int progressPercent(ProcessingStage stage);

struct ProcessorOptions
{
    PreprocessOptions preprocess;
    OcrConfig ocr;
    LoadLimits limits; // file size, pixels (~A0 at 300 dpi is 140 MP) and pages
};

// Processes one file from start to stored row, on the calling (worker) thread:
// load -> preprocess -> OCR -> extract -> store. Never throws; every failure
// becomes a failed result with a message.
class InvoiceProcessor
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::InvoiceProcessor)

public:
    using StageCallback = std::function<void(ProcessingStage)>;

    InvoiceProcessor(ProcessorOptions options, ResultStore *store);

    [[nodiscard]] InvoiceResult process(const QString &path, const CancelToken &token,
                                        const StageCallback &onStage = {}) const;

private:
    ProcessorOptions m_options;
    Preprocessor m_preprocessor;
    ResultStore *m_store;
};

} // namespace InvoiceDash

Q_DECLARE_METATYPE(InvoiceDash::ProcessingStage)
