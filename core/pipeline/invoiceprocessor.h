#pragma once

#include "common/canceltoken.h"
#include "invoiceresult.h"
#include "ocr/ocrengine.h"
#include "preprocess/preprocessor.h"

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
    qint64 maxFileBytes = 256LL * 1024 * 1024;   // larger files are refused
    qint64 maxImagePixels = 120LL * 1000 * 1000; // ~ A0 at 300 dpi is 140 MP
};

// Processes one file from start to stored row, on the calling (worker) thread:
// load -> preprocess -> OCR -> extract -> store. Never throws; every failure
// becomes a failed result with a message.
class InvoiceProcessor
{
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
