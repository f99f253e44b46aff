#pragma once

#include "extract/fieldlocator.h"
#include "extract/invoicefields.h"
#include "extract/validator.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace InvoiceDash {

// Duplicate: the same file (SHA-256) was already processed and stored; the
// earlier reading is shown again and nothing is stored or counted twice.
enum class InvoiceStatus { Ok, Failed, Cancelled, Duplicate };

[[nodiscard]] QString
statusToString(InvoiceStatus status); // "ok", "failed", "cancelled", "duplicate"

struct StageTimings
{
    double loadMs = 0;
    double preprocessMs = 0;
    double ocrMs = 0;
    double extractMs = 0;
    double storeMs = 0;
};

// Everything known about one processed file. A plain value: workers create it
// and hand it to the GUI thread through queued signals.
struct InvoiceResult
{
    quint64 jobId = 0; // the pipeline's job id (unique per run)
    QString id;        // "inv_<8 hex>_<unix seconds>"
    QString path;
    QString sha256; // hex; empty when the file could not be read
    InvoiceStatus status = InvoiceStatus::Failed;
    QString error;      // a sentence for the user when status != Ok
    QString storeError; // set when the row could not be written
    InvoiceFields fields;
    QString text;                  // OCR text
    double confidence = 0;         // OCR mean word confidence, 0..100
    double accuracy = 0;           // 0..100: the validation score (extract/validator.h)
    bool verified = false;         // the amounts reconcile and the required fields are present
    QList<ValidationCheck> checks; // empty when no fields were extracted
    StageTimings timings;
    double latencyMs = 0;   // wall time from start of work to stored
    qint64 timestampMs = 0; // when processing finished, ms since the epoch
    QString processedAt;    // the same instant, ISO 8601 UTC
    QStringList preprocessSteps;
    double skewDegrees = 0;
    int pageWidth = 0;
    int pageHeight = 0;
    FieldLocations locations; // where each field's value was read (extract/fieldlocator.h)
    // Fields the user corrected -> the value as first read. `fields` holds the
    // corrected values; a field set back to what was read is not corrected.
    QMap<QString, QString> originalValues;
    // An earlier stored invoice with the same vendor, invoice number and
    // total but other file bytes (see ResultStore::findPossibleDuplicate).
    QString possibleDuplicateOf; // its id; empty when there is none
    QString possibleDuplicatePath;

    [[nodiscard]] QStringList correctedFields() const { return originalValues.keys(); }
    [[nodiscard]] bool isCorrected() const { return !originalValues.isEmpty(); }

    [[nodiscard]] bool ok() const { return status == InvoiceStatus::Ok; }
    // A new reading (ok or failed): stored, counted in the metrics and published.
    // Cancelled and duplicate results are none of these.
    [[nodiscard]] bool isNewReading() const
    {
        return status == InvoiceStatus::Ok || status == InvoiceStatus::Failed;
    }

    // The JSON Lines record read by shared/bench/score.py: file, text, fields,
    // latency_ms, confidence, plus status, error, stage timings, accuracy,
    // verified and checks (see checksToJson), field_locations, corrected (the
    // corrected fields' keys) with original_values, and possible_duplicate_of.
    [[nodiscard]] QJsonObject toJsonRecord() const;

    [[nodiscard]] static QString makeId(qint64 timestampMs);
};

} // namespace InvoiceDash

Q_DECLARE_METATYPE(InvoiceDash::InvoiceResult)
