#include "invoiceresult.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>

#include <cmath>

namespace InvoiceDash {

QString statusToString(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Ok:
        return QStringLiteral("ok");
    case InvoiceStatus::Failed:
        return QStringLiteral("failed");
    case InvoiceStatus::Cancelled:
        return QStringLiteral("cancelled");
    case InvoiceStatus::Duplicate:
        return QStringLiteral("duplicate");
    }
    return QStringLiteral("failed");
}

QString InvoiceResult::makeId(qint64 timestampMs)
{
    const quint32 random = QRandomGenerator::global()->generate();
    return QStringLiteral("inv_%1_%2").arg(random, 8, 16, QLatin1Char('0')).arg(timestampMs / 1000);
}

QJsonObject InvoiceResult::toJsonRecord() const
{
    auto ms = [](double value) { return std::round(value * 10.0) / 10.0; };
    QJsonObject record{
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("path"), path},
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), statusToString(status)},
        {QStringLiteral("text"), text},
        {QStringLiteral("fields"), fields.toJson()},
        {QStringLiteral("latency_ms"), ms(latencyMs)},
        {QStringLiteral("confidence"), std::round(confidence * 10.0) / 10.0},
        {QStringLiteral("accuracy"), std::round(accuracy * 10.0) / 10.0},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("checks"), checksToJson(checks)},
        {QStringLiteral("stages_ms"),
         QJsonObject{
             {QStringLiteral("load"), ms(timings.loadMs)},
             {QStringLiteral("preprocess"), ms(timings.preprocessMs)},
             {QStringLiteral("ocr"), ms(timings.ocrMs)},
             {QStringLiteral("extract"), ms(timings.extractMs)},
             {QStringLiteral("store"), ms(timings.storeMs)},
         }},
        {QStringLiteral("preprocess_steps"), QJsonArray::fromStringList(preprocessSteps)},
        {QStringLiteral("timestamp"), timestampMs},
        {QStringLiteral("processedAt"), processedAt},
    };
    QJsonObject originals;
    for (auto it = originalValues.cbegin(); it != originalValues.cend(); ++it)
        originals.insert(it.key(), it.value());
    record.insert(QStringLiteral("corrected"), QJsonArray::fromStringList(correctedFields()));
    if (!originals.isEmpty())
        record.insert(QStringLiteral("original_values"), originals);
    if (!locations.isEmpty())
        record.insert(QStringLiteral("field_locations"), fieldLocationsToJson(locations));
    if (!possibleDuplicateOf.isEmpty())
        record.insert(
            QStringLiteral("possible_duplicate_of"),
            QJsonObject{{QStringLiteral("id"), possibleDuplicateOf},
                        {QStringLiteral("file"), QFileInfo(possibleDuplicatePath).fileName()},
                        {QStringLiteral("path"), possibleDuplicatePath}});
    if (!sha256.isEmpty())
        record.insert(QStringLiteral("sha256"), sha256);
    if (!error.isEmpty())
        record.insert(QStringLiteral("error"), error);
    if (!storeError.isEmpty())
        record.insert(QStringLiteral("store_error"), storeError);
    return record;
}

} // namespace InvoiceDash
