#include "resultexporter.h"

#include "store/resultstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

namespace InvoiceDash {

namespace {

const QStringList &csvHeader()
{
    static const QStringList header{
        QStringLiteral("id"),
        QStringLiteral("file"),
        QStringLiteral("status"),
        QStringLiteral("error"),
        QStringLiteral("processed_at"),
        QStringLiteral("vendor"),
        QStringLiteral("invoice_number"),
        QStringLiteral("invoice_date"),
        QStringLiteral("due_date"),
        QStringLiteral("currency"),
        QStringLiteral("subtotal"),
        QStringLiteral("tax"),
        QStringLiteral("total"),
        QStringLiteral("confidence"),
        QStringLiteral("accuracy"),
        QStringLiteral("latency_ms"),
        QStringLiteral("item_description"),
        QStringLiteral("item_quantity"),
        QStringLiteral("item_unit_price"),
        QStringLiteral("item_amount"),
        QStringLiteral("path"),
        QStringLiteral("sha256"),
        QStringLiteral("corrected_fields"),
        QStringLiteral("possible_duplicate_of"),
    };
    return header;
}

QString csvCell(QString value)
{
    // A spreadsheet runs a cell that starts like a formula; OCR text must never be code.
    if (!value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+')
            || value.front() == QLatin1Char('-') || value.front() == QLatin1Char('@'))) {
        bool isNumber = false;
        value.toDouble(&isNumber);
        if (!isNumber)
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QByteArray ResultExporter::toCsv(const QList<InvoiceResult> &results)
{
    QStringList lines{csvHeader().join(QLatin1Char(','))};
    for (const InvoiceResult &r : results) {
        const InvoiceFields &f = r.fields;
        const QStringList invoice{r.id,
                                  QFileInfo(r.path).fileName(),
                                  statusToString(r.status),
                                  r.error,
                                  r.processedAt,
                                  f.vendor,
                                  f.invoiceNumber,
                                  f.invoiceDate,
                                  f.dueDate,
                                  f.currency,
                                  f.subtotal,
                                  f.tax,
                                  f.total,
                                  number(r.confidence),
                                  number(r.accuracy),
                                  number(r.latencyMs)};
        const QList<LineItem> items
            = f.lineItems.isEmpty() ? QList<LineItem>{LineItem{}} : f.lineItems;
        for (const LineItem &item : items) {
            QStringList cells = invoice;
            cells << item.description << item.quantity << item.unitPrice << item.amount << r.path
                  << r.sha256 << r.correctedFields().join(QLatin1Char(';'))
                  << r.possibleDuplicateOf;
            for (QString &cell : cells)
                cell = csvCell(cell);
            lines.append(cells.join(QLatin1Char(',')));
        }
    }
    return lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}

QByteArray ResultExporter::toJson(const QList<InvoiceResult> &results)
{
    QJsonArray array;
    for (const InvoiceResult &r : results) {
        QJsonObject record = r.toJsonRecord();
        record.remove(QStringLiteral("text")); // the OCR text stays in the database
        array.append(record);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

ExportFormat ResultExporter::formatForFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
        ? ExportFormat::Json
        : ExportFormat::Csv;
}

bool ResultExporter::exportStore(const ResultStore &store, const QString &path, ExportFormat format,
                                 int *count, QString *errorMessage)
{
    const QList<InvoiceResult> results = store.all();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    file.write(format == ExportFormat::Json ? toJson(results) : toCsv(results));
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    if (count)
        *count = int(results.size());
    return true;
}

} // namespace InvoiceDash
