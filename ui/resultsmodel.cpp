#include "resultsmodel.h"

#include "extract/fieldlocator.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace InvoiceDash {

namespace {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor stateColor(ResultsModel::RowState state)
{
    const bool dark = darkPalette();
    switch (state) {
    case ResultsModel::RowState::Ok:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    case ResultsModel::RowState::Failed:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
    case ResultsModel::RowState::Skipped:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case ResultsModel::RowState::Cancelled:
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    case ResultsModel::RowState::Queued:
    case ResultsModel::RowState::Running:
        break;
    }
    return {};
}

QString formatTotal(const InvoiceFields &fields)
{
    if (fields.total.isEmpty())
        return {};
    bool ok = false;
    const double value = fields.total.toDouble(&ok); // normalised "1234.56"
    const QString amount = ok ? QLocale().toString(value, 'f', 2) : fields.total;
    return fields.currency.isEmpty() ? amount : amount + QChar(0x00a0) + fields.currency;
}

// The fields a column shows, by key (extract/fieldlocator.h).
QStringList fieldsOfColumn(int column)
{
    switch (column) {
    case ResultsModel::VendorColumn:
        return {FieldKeys::Vendor};
    case ResultsModel::InvoiceNumberColumn:
        return {FieldKeys::InvoiceNumber};
    case ResultsModel::DateColumn:
        return {FieldKeys::InvoiceDate};
    case ResultsModel::TotalColumn:
        return {FieldKeys::Total, FieldKeys::Currency};
    default:
        return {};
    }
}

bool isCorrected(const InvoiceResult &result, int column)
{
    const QStringList keys = fieldsOfColumn(column);
    return std::any_of(keys.cbegin(), keys.cend(), [&result](const QString &key) {
        return result.originalValues.contains(key);
    });
}

QIcon warningIcon()
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        return app->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return QIcon::fromTheme(QStringLiteral("dialog-warning"));
}

} // namespace

ResultsModel::ResultsModel(QObject *parent) : QAbstractTableModel(parent)
{
    qRegisterMetaType<InvoiceDash::ResultsModel::Counts>();
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case TotalColumn:
        case ConfidenceColumn:
        case LatencyColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case VendorColumn:
        return tr("Vendor");
    case InvoiceNumberColumn:
        return tr("Invoice no.");
    case DateColumn:
        return tr("Date");
    case TotalColumn:
        return tr("Total");
    case ConfidenceColumn:
        return tr("Confidence");
    case ChecksColumn:
        return tr("Checks");
    case LatencyColumn:
        return tr("Latency (ms)");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::FontRole:
        if (isCorrected(row.result, column)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn && !row.result.possibleDuplicateOf.isEmpty())
            return warningIcon();
        return {};
    case CorrectedRole:
        return isCorrected(row.result, column);
    case InvoiceIdRole:
        return reviewableResult(index.row()) ? row.result.id : QString();
    case Qt::TextAlignmentRole:
        if (column == TotalColumn || column == ConfidenceColumn || column == LatencyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == StatusColumn || (column == ErrorColumn && row.state != RowState::Ok)) {
            const QColor color = stateColor(row.state);
            if (color.isValid())
                return QBrush(color);
        }
        return {};
    case ProgressRole:
        switch (row.state) {
        case RowState::Queued:
        case RowState::Running:
        case RowState::Ok:
            return row.progress;
        default:
            return -1;
        }
    case SortRole:
        return sortValue(row, column);
    case StateRole:
        return int(row.state);
    case PathRole:
        return row.path;
    case JobIdRole:
        return row.jobId;
    case VendorRole:
        return row.fields.vendor;
    case DuplicateRole:
        if (row.result.status == InvoiceStatus::Duplicate)
            return int(Duplicate::Exact);
        return int(row.result.possibleDuplicateOf.isEmpty() ? Duplicate::None
                                                            : Duplicate::Possible);
    default:
        return {};
    }
}

QVariant ResultsModel::display(const Row &row, int column) const
{
    const bool finishedOk = row.state == RowState::Ok;
    switch (column) {
    case FileColumn:
        return QFileInfo(row.path).fileName();
    case StatusColumn:
        switch (row.state) {
        case RowState::Queued:
            return tr("Queued");
        case RowState::Running:
            return stageText(row.stage);
        case RowState::Ok:
            return row.storeError.isEmpty() ? tr("Done") : tr("Done (not saved)");
        case RowState::Failed:
            return tr("Failed");
        case RowState::Cancelled:
            return tr("Cancelled");
        case RowState::Skipped:
            return tr("Skipped");
        }
        return {};
    case ProgressColumn:
        if (row.state == RowState::Queued || row.state == RowState::Running
            || row.state == RowState::Ok)
            return tr("%1 %").arg(row.progress);
        return {};
    case VendorColumn:
        return row.fields.vendor;
    case InvoiceNumberColumn:
        return row.fields.invoiceNumber;
    case DateColumn:
        return row.fields.invoiceDate;
    case TotalColumn:
        return formatTotal(row.fields);
    case ConfidenceColumn:
        return finishedOk ? tr("%1 %").arg(QLocale().toString(row.confidence, 'f', 1)) : QVariant();
    case ChecksColumn: {
        if (!finishedOk || row.checks.isEmpty())
            return {};
        if (row.verified)
            return tr("\u2713 verified");
        const auto applicable
            = std::count_if(row.checks.cbegin(), row.checks.cend(),
                            [](const auto &c) { return c.outcome != CheckOutcome::NotApplicable; });
        const auto passed
            = std::count_if(row.checks.cbegin(), row.checks.cend(),
                            [](const auto &c) { return c.outcome == CheckOutcome::Passed; });
        return tr("%1/%2 passed").arg(passed).arg(applicable);
    }
    case LatencyColumn:
        return finishedOk || row.state == RowState::Failed
            ? QVariant(QLocale().toString(qRound64(row.latencyMs)))
            : QVariant();
    case ErrorColumn:
        if (!row.error.isEmpty())
            return row.error.section(QLatin1Char('\n'), 0, 0);
        if (!row.storeError.isEmpty())
            return tr("Not saved: %1").arg(row.storeError.section(QLatin1Char('\n'), 0, 0));
        if (!row.result.possibleDuplicateOf.isEmpty())
            return tr("Possible duplicate of %1")
                .arg(QFileInfo(row.result.possibleDuplicatePath).fileName());
        return {};
    default:
        return {};
    }
}

QVariant ResultsModel::toolTip(const Row &row, int column) const
{
    QStringList corrections;
    for (const QString &key : fieldsOfColumn(column)) {
        const auto original = row.result.originalValues.constFind(key);
        if (original != row.result.originalValues.cend())
            corrections << (original->isEmpty() ? tr("Corrected; nothing was read")
                                                : tr("Corrected from %1").arg(*original));
    }
    if (!corrections.isEmpty()) {
        const QVariant rest = toolTipOf(row, column);
        if (!rest.toString().isEmpty())
            corrections << rest.toString();
        return corrections.join(QLatin1Char('\n'));
    }
    return toolTipOf(row, column);
}

QVariant ResultsModel::toolTipOf(const Row &row, int column) const
{
    switch (column) {
    case FileColumn:
        return QDir::toNativeSeparators(row.path);
    case StatusColumn:
    case ErrorColumn: {
        QStringList parts;
        if (!row.result.possibleDuplicateOf.isEmpty())
            parts << tr("Possible duplicate of %1 (%2): same vendor, invoice number and total.")
                         .arg(row.result.possibleDuplicateOf,
                              QDir::toNativeSeparators(row.result.possibleDuplicatePath));
        if (!row.error.isEmpty())
            parts << row.error;
        if (!row.storeError.isEmpty())
            parts << tr("The result could not be saved: %1").arg(row.storeError);
        if (parts.isEmpty())
            return {};
        return parts.join(QLatin1Char('\n'));
    }
    case ChecksColumn: {
        QStringList lines;
        for (const ValidationCheck &c : row.checks) {
            const QString mark = c.outcome == CheckOutcome::Passed ? QStringLiteral("\u2713")
                : c.outcome == CheckOutcome::Failed                ? QStringLiteral("\u2717")
                                                                   : QStringLiteral("\u2013");
            lines << QStringLiteral("%1 %2: %3").arg(mark, c.id, c.message);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case TotalColumn:
        if (!row.fields.subtotal.isEmpty() || !row.fields.tax.isEmpty())
            return tr("Subtotal %1, tax %2").arg(row.fields.subtotal, row.fields.tax);
        return {};
    default:
        return {};
    }
}

QVariant ResultsModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(row.state);
    case ProgressColumn:
        return row.progress;
    case DateColumn: // an invalid QDate (none read) sorts first
        return row.date;
    case TotalColumn:
        return row.total;
    case ConfidenceColumn:
        return row.state == RowState::Ok ? row.confidence : -1.0;
    case ChecksColumn:
        return row.state == RowState::Ok ? (row.verified ? 1 : 0) : -1;
    case LatencyColumn:
        return row.latencyMs;
    default:
        return display(row, column);
    }
}

QString ResultsModel::stageText(ProcessingStage stage)
{
    switch (stage) {
    case ProcessingStage::Queued:
        return tr("Queued");
    case ProcessingStage::Loading:
        return tr("Loading\u2026");
    case ProcessingStage::Preprocessing:
        return tr("Preprocessing\u2026");
    case ProcessingStage::Recognizing:
        return tr("Reading text\u2026");
    case ProcessingStage::Extracting:
        return tr("Extracting fields\u2026");
    case ProcessingStage::Storing:
        return tr("Saving\u2026");
    case ProcessingStage::Done:
        return tr("Finishing\u2026");
    }
    return {};
}

int ResultsModel::rowForJob(quint64 jobId) const
{
    return m_rowByJob.value(jobId, -1);
}

ResultsModel::RowState ResultsModel::state(int row) const
{
    return m_rows.at(row).state;
}

void ResultsModel::addJob(quint64 jobId, const QString &path)
{
    if (m_rowByJob.contains(jobId))
        return;
    Row row;
    row.jobId = jobId;
    row.path = path;
    row.progress = progressPercent(ProcessingStage::Queued);
    appendRow(std::move(row));
}

void ResultsModel::addJobs(const QList<std::pair<quint64, QString>> &jobs)
{
    QList<Row> rows;
    rows.reserve(jobs.size());
    QSet<quint64> seen;
    for (const auto &[jobId, path] : jobs) {
        if (m_rowByJob.contains(jobId) || seen.contains(jobId))
            continue;
        seen.insert(jobId);
        Row row;
        row.jobId = jobId;
        row.path = path;
        row.progress = progressPercent(ProcessingStage::Queued);
        rows.append(std::move(row));
    }
    appendRows(std::move(rows));
}

void ResultsModel::addRejected(const QString &path, const QString &reason)
{
    Row row;
    row.path = path;
    row.state = RowState::Skipped;
    row.error = reason;
    appendRow(std::move(row));
}

void ResultsModel::setStage(quint64 jobId, ProcessingStage stage)
{
    const int index = rowForJob(jobId);
    if (index < 0)
        return;
    Row row = m_rows.at(index);
    if (row.state != RowState::Queued && row.state != RowState::Running)
        return; // a late stage signal must not reopen a finished row
    row.stage = stage;
    row.state = stage == ProcessingStage::Queued ? RowState::Queued : RowState::Running;
    row.progress = progressPercent(stage);
    updateRow(index, row);
}

void ResultsModel::setResult(const InvoiceResult &result)
{
    int index = rowForJob(result.jobId);
    if (index < 0) {
        // Finished before we saw it queued (or fed by hand): still show it.
        addJob(result.jobId, result.path);
        index = rowForJob(result.jobId);
    }
    Row row = m_rows.at(index);
    if (!result.path.isEmpty())
        row.path = result.path;
    switch (result.status) {
    case InvoiceStatus::Ok:
        row.state = RowState::Ok;
        row.progress = 100;
        break;
    case InvoiceStatus::Failed:
        row.state = RowState::Failed;
        break;
    case InvoiceStatus::Cancelled:
        row.state = RowState::Cancelled;
        break;
    case InvoiceStatus::Duplicate:
        row.state = RowState::Skipped; // shown with the earlier reading and why
        row.progress = 100;
        break;
    }
    row.stage = ProcessingStage::Done;
    row.fields = result.fields;
    row.confidence = result.confidence;
    row.verified = result.verified;
    row.checks = result.checks;
    row.latencyMs = result.latencyMs;
    row.error = result.error;
    if (row.state == RowState::Failed && row.error.isEmpty())
        row.error = tr("Processing failed.");
    row.storeError = result.storeError;
    row.result = result;
    updateRow(index, row);
}

std::optional<InvoiceResult> ResultsModel::reviewableResult(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return std::nullopt;
    const Row &row = m_rows.at(index);
    if ((row.state != RowState::Ok && row.state != RowState::Failed) || row.result.id.isEmpty()
        || !row.storeError.isEmpty() || !row.result.isNewReading())
        return std::nullopt;
    return row.result;
}

int ResultsModel::rowForInvoice(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).result.id == id)
            return i;
    }
    return -1;
}

bool ResultsModel::updateCorrected(const InvoiceResult &corrected)
{
    const int index = rowForInvoice(corrected.id);
    if (index < 0)
        return false;
    Row row = m_rows.at(index);
    row.fields = corrected.fields;
    row.verified = corrected.verified;
    row.checks = corrected.checks;
    row.result.fields = corrected.fields;
    row.result.verified = corrected.verified;
    row.result.checks = corrected.checks;
    row.result.accuracy = corrected.accuracy;
    row.result.originalValues = corrected.originalValues;
    row.result.possibleDuplicateOf = corrected.possibleDuplicateOf;
    row.result.possibleDuplicatePath = corrected.possibleDuplicatePath;
    updateRow(index, row);
    return true;
}

void ResultsModel::clearFinished()
{
    const auto finished = [](const Row &row) {
        return row.state != RowState::Queued && row.state != RowState::Running;
    };
    if (std::none_of(m_rows.cbegin(), m_rows.cend(), finished))
        return;
    beginResetModel();
    m_rows.removeIf(finished);
    m_counts = {};
    for (const Row &row : std::as_const(m_rows))
        account(row, +1);
    rebuildIndex();
    endResetModel();
    Q_EMIT countsChanged(m_counts);
}

void ResultsModel::appendRow(Row row)
{
    QList<Row> rows;
    rows.append(std::move(row));
    appendRows(std::move(rows));
}

void ResultsModel::appendRows(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    if (rows.size() > 1) // a batch; single appends keep QList's geometric growth
        m_rows.reserve(first + rows.size());
    for (Row &row : rows) {
        account(row, +1);
        if (row.jobId != 0)
            m_rowByJob.insert(row.jobId, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
    Q_EMIT countsChanged(m_counts);
}

void ResultsModel::updateRow(int index, const Row &updated)
{
    Row &row = m_rows[index];
    const bool countsMayChange = row.state != updated.state || row.storeError != updated.storeError;
    account(row, -1);
    row = updated;
    // Parsed once here, not in every comparison while sorting.
    row.total = row.fields.total.toDouble();
    row.date = QDate::fromString(row.fields.invoiceDate, Qt::ISODate);
    account(row, +1);
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    if (countsMayChange)
        Q_EMIT countsChanged(m_counts);
}

void ResultsModel::account(const Row &row, int sign)
{
    switch (row.state) {
    case RowState::Queued:
    case RowState::Running:
        m_counts.pending += sign;
        break;
    case RowState::Ok:
        m_counts.ok += sign;
        break;
    case RowState::Failed:
        m_counts.failed += sign;
        break;
    case RowState::Cancelled:
        m_counts.cancelled += sign;
        break;
    case RowState::Skipped:
        m_counts.skipped += sign;
        break;
    }
    if (!row.storeError.isEmpty())
        m_counts.notStored += sign;
}

void ResultsModel::rebuildIndex()
{
    m_rowByJob.clear();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).jobId != 0)
            m_rowByJob.insert(m_rows.at(i).jobId, i);
    }
}

} // namespace InvoiceDash
