#include "resultstore.h"

#include "common/logging.h"
#include "database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace InvoiceDash {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, path, sha256, status, error, vendor, invoice_number, invoice_date, due_date,"
    " currency, subtotal, tax, total, line_items, ocr_text, confidence, accuracy, load_ms,"
    " preprocess_ms, ocr_ms, extract_ms, store_ms, latency_ms, preprocess_steps, timestamp_ms,"
    " processed_at, verified, checks FROM invoices");

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

InvoiceResult fromRow(const QSqlQuery &q)
{
    InvoiceResult r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.path = q.value(i++).toString();
    r.sha256 = q.value(i++).toString();
    r.status = q.value(i++).toString() == QLatin1String("ok") ? InvoiceStatus::Ok
                                                              : InvoiceStatus::Failed;
    r.error = q.value(i++).toString();
    r.fields.vendor = q.value(i++).toString();
    r.fields.invoiceNumber = q.value(i++).toString();
    r.fields.invoiceDate = q.value(i++).toString();
    r.fields.dueDate = q.value(i++).toString();
    r.fields.currency = q.value(i++).toString();
    r.fields.subtotal = q.value(i++).toString();
    r.fields.tax = q.value(i++).toString();
    r.fields.total = q.value(i++).toString();
    const QJsonArray items = QJsonDocument::fromJson(q.value(i++).toByteArray()).array();
    r.fields.lineItems
        = InvoiceFields::fromJson(QJsonObject{{QStringLiteral("line_items"), items}}).lineItems;
    r.text = q.value(i++).toString();
    r.confidence = q.value(i++).toDouble();
    r.accuracy = q.value(i++).toDouble();
    r.timings.loadMs = q.value(i++).toDouble();
    r.timings.preprocessMs = q.value(i++).toDouble();
    r.timings.ocrMs = q.value(i++).toDouble();
    r.timings.extractMs = q.value(i++).toDouble();
    r.timings.storeMs = q.value(i++).toDouble();
    r.latencyMs = q.value(i++).toDouble();
    const QString steps = q.value(i++).toString();
    r.preprocessSteps = steps.isEmpty() ? QStringList() : steps.split(QLatin1Char(','));
    r.timestampMs = q.value(i++).toLongLong();
    r.processedAt = q.value(i++).toString();
    r.verified = q.value(i++).toInt() != 0; // NULL (written before schema 3) reads as false
    r.checks = checksFromJson(QJsonDocument::fromJson(q.value(i++).toByteArray()).array());
    return r;
}

} // namespace

ResultStore::ResultStore(QString databaseFile) : m_file(std::move(databaseFile)) { }

bool ResultStore::open(QString *errorMessage)
{
    QSqlDatabase db = Database::connection(m_file, errorMessage);
    if (!db.isValid() || !db.isOpen())
        return false;
    return Database::migrate(db, errorMessage);
}

bool ResultStore::insert(InvoiceResult *result, QString *errorMessage) const
{
    Q_ASSERT(result);
    if (!result->isNewReading())
        return true;
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = Database::connection(m_file, errorMessage);
    if (!db.isOpen())
        return false;

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO invoices (id, path, sha256, status, error, vendor, invoice_number,"
        " invoice_date, due_date, currency, subtotal, tax, total, line_items, ocr_text,"
        " confidence, accuracy, load_ms, preprocess_ms, ocr_ms, extract_ms, store_ms,"
        " latency_ms, preprocess_steps, timestamp_ms, processed_at, verified, checks)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?)"));
    const InvoiceFields &f = result->fields;
    const QJsonArray items = f.toJson().value(QLatin1String("line_items")).toArray();
    const QVariantList values{
        result->id, result->path, textOrNull(result->sha256), statusToString(result->status),
        textOrNull(result->error), textOrNull(f.vendor), textOrNull(f.invoiceNumber),
        textOrNull(f.invoiceDate), textOrNull(f.dueDate), textOrNull(f.currency),
        textOrNull(f.subtotal), textOrNull(f.tax), textOrNull(f.total),
        QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)), result->text,
        result->confidence, result->accuracy, result->timings.loadMs, result->timings.preprocessMs,
        result->timings.ocrMs, result->timings.extractMs,
        // Known only after the write: updated below, inside the same transaction.
        0.0, result->latencyMs, result->preprocessSteps.join(QLatin1Char(',')), result->timestampMs,
        result->processedAt, result->verified ? 1 : 0,
        QString::fromUtf8(
            QJsonDocument(checksToJson(result->checks)).toJson(QJsonDocument::Compact))};
    for (const QVariant &value : values)
        q.addBindValue(value);

    auto fail = [&](const QSqlQuery &query) {
        if (errorMessage)
            *errorMessage = ResultStore::tr("Could not save the result of %1 to %2: %3")
                                .arg(result->path, m_file, query.lastError().text());
        db.rollback();
        return false;
    };
    if (!db.transaction()) {
        if (errorMessage)
            *errorMessage = ResultStore::tr("Could not save the result of %1 to %2: %3")
                                .arg(result->path, m_file, db.lastError().text());
        return false;
    }
    if (!q.exec())
        return fail(q);
    result->timings.storeMs = double(timer.nsecsElapsed()) / 1e6;
    result->latencyMs += result->timings.storeMs;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE invoices SET store_ms = ?, latency_ms = ? WHERE id = ?"));
    update.addBindValue(result->timings.storeMs);
    update.addBindValue(result->latencyMs);
    update.addBindValue(result->id);
    if (!update.exec())
        return fail(update);
    if (!db.commit())
        return fail(q);
    return true;
}

std::optional<InvoiceResult> ResultStore::find(const QString &id) const
{
    QSqlDatabase db = Database::connection(m_file, nullptr);
    QSqlQuery q(db);
    q.prepare(SelectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<InvoiceResult> ResultStore::findOkBySha256(const QString &sha256) const
{
    if (sha256.isEmpty())
        return std::nullopt;
    QSqlDatabase db = Database::connection(m_file, nullptr);
    QSqlQuery q(db);
    q.prepare(
        SelectColumns
        + QStringLiteral(" WHERE sha256 = ? AND status = 'ok' ORDER BY timestamp_ms DESC LIMIT 1"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<InvoiceResult> ResultStore::recent(int limit) const
{
    QList<InvoiceResult> out;
    QSqlDatabase db = Database::connection(m_file, nullptr);
    QSqlQuery q(db);
    q.prepare(SelectColumns + QStringLiteral(" ORDER BY timestamp_ms DESC, rowid DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcStore, "Cannot read recent results: %s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QList<InvoiceResult> ResultStore::all() const
{
    QList<InvoiceResult> out;
    QSqlDatabase db = Database::connection(m_file, nullptr);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(SelectColumns + QStringLiteral(" ORDER BY timestamp_ms, rowid"))) {
        qCWarning(lcStore, "Cannot read the results: %s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

qint64 ResultStore::count() const
{
    QSqlDatabase db = Database::connection(m_file, nullptr);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM invoices")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace InvoiceDash
