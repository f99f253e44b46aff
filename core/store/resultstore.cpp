#include "resultstore.h"

#include "common/logging.h"
#include "database.h"
#include "extract/amountparser.h"
#include "extract/dateparser.h"
#include "extract/fieldlocator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace InvoiceDash {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, path, sha256, status, error, vendor, invoice_number, invoice_date, due_date,"
    " currency, subtotal, tax, total, line_items, ocr_text, confidence, accuracy, load_ms,"
    " preprocess_ms, ocr_ms, extract_ms, store_ms, latency_ms, preprocess_steps, timestamp_ms,"
    " processed_at, verified, checks, field_locations, possible_duplicate_of,"
    " (SELECT d.path FROM invoices d WHERE d.id = invoices.possible_duplicate_of)"
    " FROM invoices");

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
    r.locations
        = fieldLocationsFromJson(QJsonDocument::fromJson(q.value(i++).toByteArray()).object());
    r.possibleDuplicateOf = q.value(i++).toString();
    r.possibleDuplicatePath = q.value(i++).toString();
    return r;
}

// Per invoice, the corrected fields and the value each had when first read:
// the old value of the field's first correction, when it differs from the
// current one. All invoices, or only `invoiceId`.
QHash<QString, QMap<QString, QString>> originalValues(QSqlDatabase &db, const QString &invoiceId)
{
    QHash<QString, QMap<QString, QString>> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString filter
        = invoiceId.isEmpty() ? QString() : QStringLiteral(" WHERE invoice_id = ?");
    q.prepare(
        QStringLiteral("SELECT c.invoice_id, c.field, c.old_value, i.vendor, i.invoice_number,"
                       " i.invoice_date, i.due_date, i.currency, i.subtotal, i.tax, i.total"
                       " FROM corrections c JOIN invoices i ON i.id = c.invoice_id"
                       " WHERE c.id IN (SELECT MIN(id) FROM corrections")
        + filter + QStringLiteral(" GROUP BY invoice_id, field)"));
    if (!invoiceId.isEmpty())
        q.addBindValue(invoiceId);
    if (!q.exec()) {
        qCWarning(lcStore, "Cannot read corrections: %s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        InvoiceFields current;
        for (int i = 0; i < FieldKeys::all().size(); ++i)
            FieldKeys::setValue(&current, FieldKeys::all().at(i), q.value(3 + i).toString());
        const QString field = q.value(1).toString();
        const QString original = q.value(2).toString();
        if (FieldKeys::value(current, field) != original)
            out[q.value(0).toString()].insert(field, original);
    }
    return out;
}

void attachOriginals(QSqlDatabase &db, QList<InvoiceResult> *results, const QString &invoiceId)
{
    const QHash<QString, QMap<QString, QString>> originals = originalValues(db, invoiceId);
    if (originals.isEmpty())
        return;
    for (InvoiceResult &r : *results)
        r.originalValues = originals.value(r.id);
}

std::optional<InvoiceResult> withOriginals(QSqlDatabase &db, InvoiceResult result)
{
    QList<InvoiceResult> one{std::move(result)};
    attachOriginals(db, &one, one.constFirst().id);
    return one.takeFirst();
}

// Vendor: letters and digits only; invoice number: no case, spaces or leading '#'.
QString duplicateKeyVendor(const QString &vendor)
{
    QString out;
    for (const QChar c : vendor) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

QString duplicateKeyNumber(const QString &number)
{
    QString out;
    for (const QChar c : number) {
        if (!c.isSpace())
            out.append(c.toCaseFolded());
    }
    while (out.startsWith(QLatin1Char('#')))
        out.remove(0, 1);
    return out;
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
        " latency_ms, preprocess_steps, timestamp_ms, processed_at, verified, checks,"
        " field_locations, possible_duplicate_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?)"));
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
            QJsonDocument(checksToJson(result->checks)).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(
            QJsonDocument(fieldLocationsToJson(result->locations)).toJson(QJsonDocument::Compact)),
        textOrNull(result->possibleDuplicateOf)};
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
    return withOriginals(db, fromRow(q));
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
    return withOriginals(db, fromRow(q));
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
    attachOriginals(db, &out, {});
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
    attachOriginals(db, &out, {});
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

QList<ResultStore::FinishedInvoice> ResultStore::finishedSince(qint64 sinceMs, int limit) const
{
    QList<FinishedInvoice> finished;
    QSqlDatabase db = Database::connection(m_file, nullptr);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT timestamp_ms, latency_ms, accuracy, status FROM invoices"
                             " WHERE timestamp_ms >= ? ORDER BY timestamp_ms DESC LIMIT ?"));
    q.addBindValue(sinceMs);
    q.addBindValue(std::max(limit, 0));
    if (!q.exec()) {
        qCWarning(lcStore, "Cannot read recent invoices: %s", qUtf8Printable(q.lastError().text()));
        return finished;
    }
    while (q.next()) {
        const bool ok = q.value(3).toString() == QLatin1String("ok");
        finished.append(
            {q.value(0).toLongLong(), q.value(1).toDouble(), ok ? q.value(2).toDouble() : 0.0, ok});
    }
    std::reverse(finished.begin(), finished.end());
    return finished;
}

std::optional<InvoiceResult> ResultStore::findPossibleDuplicate(const InvoiceFields &fields,
                                                                const QString &excludeId,
                                                                qint64 beforeMs) const
{
    const QString vendor = duplicateKeyVendor(fields.vendor);
    const QString number = duplicateKeyNumber(fields.invoiceNumber);
    if (vendor.isEmpty() || number.isEmpty() || fields.total.isEmpty())
        return std::nullopt;
    QSqlDatabase db = Database::connection(m_file, nullptr);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // (An unbound or NULL id would make "id != ?" unknown for every row.)
    q.prepare(QStringLiteral("SELECT id, vendor, invoice_number FROM invoices"
                             " WHERE status = 'ok' AND total = ? AND timestamp_ms <= ?")
              + (excludeId.isEmpty() ? QString() : QStringLiteral(" AND id != ?"))
              + QStringLiteral(" ORDER BY timestamp_ms, rowid"));
    q.addBindValue(fields.total);
    q.addBindValue(beforeMs);
    if (!excludeId.isEmpty())
        q.addBindValue(excludeId);
    if (!q.exec()) {
        qCWarning(lcStore, "Cannot look for duplicates: %s", qUtf8Printable(q.lastError().text()));
        return std::nullopt;
    }
    while (q.next()) {
        if (duplicateKeyVendor(q.value(1).toString()) == vendor
            && duplicateKeyNumber(q.value(2).toString()) == number) {
            const QString id = q.value(0).toString();
            q.finish();
            return find(id);
        }
    }
    return std::nullopt;
}

std::optional<QString> ResultStore::normalizeCorrection(const QString &field, const QString &value,
                                                        QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    if (!FieldKeys::all().contains(field))
        return fail(tr("There is no field “%1”.").arg(field));
    const QString text = value.simplified();
    if (text.isEmpty())
        return QString(); // clears the field
    if (FieldKeys::isAmount(field)) {
        if (const std::optional<QString> amount = Extract::normalizeAmount(text))
            return *amount;
        return fail(tr("“%1” is not an amount; write it like 1234.56.").arg(text));
    }
    if (FieldKeys::isDate(field)) {
        const QDate iso = QDate::fromString(text, Qt::ISODate);
        if (iso.isValid())
            return iso.toString(Qt::ISODate);
        const std::optional<QDate> dayFirst = Extract::parseWholeDate(text, true);
        const std::optional<QDate> monthFirst = Extract::parseWholeDate(text, false);
        if (dayFirst && monthFirst && *dayFirst != *monthFirst)
            return fail(
                tr("“%1” could be %2 or %3; write the date as YYYY-MM-DD.")
                    .arg(text, dayFirst->toString(Qt::ISODate), monthFirst->toString(Qt::ISODate)));
        if (dayFirst || monthFirst)
            return (dayFirst ? *dayFirst : *monthFirst).toString(Qt::ISODate);
        return fail(tr("“%1” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-05.").arg(text));
    }
    if (field == QLatin1String("currency")) {
        const QString code = text.toUpper();
        if (code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
                return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
            }))
            return code;
        const QString fromSymbol = Extract::currencyFromSymbol(text);
        if (fromSymbol.size() == 3)
            return fromSymbol;
        return fail(tr("“%1” is not a currency; use a three-letter ISO 4217 code such as EUR "
                       "or USD.")
                        .arg(text));
    }
    constexpr qsizetype MaxTextLength = 200;
    if (text.size() > MaxTextLength)
        return fail(tr("That is too long: at most %1 characters.").arg(MaxTextLength));
    return text;
}

bool ResultStore::correctField(const QString &id, const QString &field, const QString &newValue,
                               QString *errorMessage, InvoiceResult *updated) const
{
    return correctFields(id, {{field, newValue}}, errorMessage, updated);
}

bool ResultStore::correctFields(const QString &id, const QMap<QString, QString> &values,
                                QString *errorMessage, InvoiceResult *updated) const
{
    QMap<QString, QString> normalized;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const std::optional<QString> value
            = normalizeCorrection(it.key(), it.value(), errorMessage);
        if (!value)
            return false;
        normalized.insert(it.key(), *value);
    }
    QSqlDatabase db = Database::connection(m_file, errorMessage);
    if (!db.isOpen())
        return false;
    auto fail = [&](const QString &detail) {
        if (errorMessage)
            *errorMessage = tr("Could not save the correction to %1: %2").arg(m_file, detail);
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    std::optional<InvoiceResult> current = find(id);
    if (!current)
        return fail(tr("there is no stored invoice %1.").arg(id));

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    bool changed = false;
    for (auto it = normalized.cbegin(); it != normalized.cend(); ++it) {
        const QString old = FieldKeys::value(current->fields, it.key());
        if (old == it.value())
            continue;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO corrections (invoice_id, field, old_value,"
                                      " new_value, corrected_at) VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(id), QVariant(it.key()), textOrNull(old),
                                  textOrNull(it.value()), QVariant(now)})
            insert.addBindValue(v);
        if (!insert.exec())
            return fail(insert.lastError().text());
        FieldKeys::setValue(&current->fields, it.key(), it.value());
        changed = true;
    }
    if (changed) {
        const ValidationReport report = Validator::validate(current->fields, current->confidence);
        const std::optional<InvoiceResult> duplicate
            = findPossibleDuplicate(current->fields, id, current->timestampMs);
        const InvoiceFields &f = current->fields;
        QSqlQuery update(db);
        update.prepare(QStringLiteral(
            "UPDATE invoices SET vendor = ?, invoice_number = ?, invoice_date = ?, due_date = ?,"
            " currency = ?, subtotal = ?, tax = ?, total = ?, accuracy = ?, verified = ?,"
            " checks = ?, possible_duplicate_of = ? WHERE id = ?"));
        for (const QVariant &v :
             {textOrNull(f.vendor), textOrNull(f.invoiceNumber), textOrNull(f.invoiceDate),
              textOrNull(f.dueDate), textOrNull(f.currency), textOrNull(f.subtotal),
              textOrNull(f.tax), textOrNull(f.total), QVariant(report.score),
              QVariant(report.verified ? 1 : 0),
              QVariant(QString::fromUtf8(
                  QJsonDocument(checksToJson(report.checks)).toJson(QJsonDocument::Compact))),
              duplicate ? QVariant(duplicate->id) : textOrNull(QString()), QVariant(id)})
            update.addBindValue(v);
        if (!update.exec())
            return fail(update.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    if (changed)
        qCInfo(lcStore, "Invoice %s corrected: %s", qUtf8Printable(id),
               qUtf8Printable(QStringList(normalized.keys()).join(QLatin1String(", "))));
    if (updated) {
        if (std::optional<InvoiceResult> stored = find(id))
            *updated = std::move(*stored);
    }
    return true;
}

QList<Correction> ResultStore::corrections(const QString &id) const
{
    QList<Correction> out;
    QSqlDatabase db = Database::connection(m_file, nullptr);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT field, old_value, new_value, corrected_at FROM corrections"
                             " WHERE invoice_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore, "Cannot read corrections: %s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(Correction{id, q.value(0).toString(), q.value(1).toString(),
                              q.value(2).toString(), q.value(3).toString()});
    return out;
}

CorrectionCounts ResultStore::correctionCounts() const
{
    QSqlDatabase db = Database::connection(m_file, nullptr);
    CorrectionCounts counts;
    const QHash<QString, QMap<QString, QString>> originals = originalValues(db, {});
    for (const QMap<QString, QString> &fields : originals) {
        ++counts.invoices;
        counts.fields += fields.size();
    }
    return counts;
}

} // namespace InvoiceDash
