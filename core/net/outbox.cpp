#include "outbox.h"

#include "common/logging.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <variant>

namespace InvoiceDash {

namespace {

QSqlDatabase connection(const QString &file)
{
    QString error;
    QSqlDatabase db = Database::connection(file, &error);
    if (!db.isValid() || !db.isOpen())
        qCWarning(lcNet, "%s", qUtf8Printable(error));
    return db;
}

} // namespace

Outbox::Outbox(QString databaseFile) : m_file(std::move(databaseFile)) { }

bool Outbox::open(QString *errorMessage)
{
    QSqlDatabase db = Database::connection(m_file, errorMessage);
    if (!db.isValid() || !db.isOpen())
        return false;
    return Database::migrate(db, errorMessage);
}

bool Outbox::add(const Protocol::PublishedMetric &metric, QString *errorMessage)
{
    const QByteArray payload = Protocol::metricMessage(metric);
    const auto checked = Protocol::parseClientMessage(payload);
    if (const auto *invalid = std::get_if<Protocol::ProtocolError>(&checked)) {
        if (errorMessage)
            *errorMessage = tr("The metric of %1 cannot be published: %2")
                                .arg(metric.invoiceId, invalid->message);
        return false;
    }
    QSqlDatabase db = connection(m_file);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO outbox (invoice_id, payload, created_ms)"
                                 " VALUES (?, ?, ?)"));
    query.addBindValue(metric.invoiceId);
    query.addBindValue(QString::fromUtf8(payload));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = tr("Cannot queue the metric of %1: %2")
                                .arg(metric.invoiceId, query.lastError().text());
        return false;
    }
    return true;
}

QList<Protocol::PublishedMetric> Outbox::pending(int limit)
{
    QList<Protocol::PublishedMetric> out;
    QStringList unreadable;
    if (limit <= 0)
        return out;
    QSqlDatabase db = connection(m_file);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // rowid breaks ties between metrics queued in the same millisecond.
    query.prepare(QStringLiteral(
        "SELECT invoice_id, payload FROM outbox ORDER BY created_ms, rowid LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        qCWarning(lcNet, "Cannot read the outbox: %s", qUtf8Printable(query.lastError().text()));
        return out;
    }
    while (query.next()) {
        const auto parsed = Protocol::parseClientMessage(query.value(1).toString().toUtf8());
        if (const auto *metric = std::get_if<Protocol::PublishedMetric>(&parsed)) {
            out.append(*metric);
        } else {
            // Only a hand-edited database gets here; add() validates.
            qCWarning(lcNet, "Dropping the unreadable outbox row %s.",
                      qUtf8Printable(query.value(0).toString()));
            unreadable.append(query.value(0).toString());
        }
    }
    for (const QString &id : std::as_const(unreadable))
        remove(id);
    return out;
}

bool Outbox::remove(const QString &invoiceId)
{
    QSqlDatabase db = connection(m_file);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE invoice_id = ?"));
    query.addBindValue(invoiceId);
    if (!query.exec()) {
        qCWarning(lcNet, "Cannot remove %s from the outbox: %s", qUtf8Printable(invoiceId),
                  qUtf8Printable(query.lastError().text()));
        return false;
    }
    return true;
}

void Outbox::noteAttempt(const QString &invoiceId)
{
    QSqlDatabase db = connection(m_file);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE invoice_id = ?"));
    query.addBindValue(invoiceId);
    if (!query.exec())
        qCWarning(lcNet, "Cannot update the outbox: %s", qUtf8Printable(query.lastError().text()));
}

int Outbox::attempts(const QString &invoiceId) const
{
    QSqlDatabase db = connection(m_file);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT attempts FROM outbox WHERE invoice_id = ?"));
    query.addBindValue(invoiceId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Outbox::count() const
{
    QSqlDatabase db = connection(m_file);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace InvoiceDash
