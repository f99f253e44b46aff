#pragma once

#include "pipeline/invoiceprocessor.h"
#include "pipeline/invoiceresult.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace InvoiceDash {

// One row per file the user handed to the pipeline, in arrival order:
// queued and running jobs (status + progress), finished ones (fields,
// confidence, latency, error) and rejected files ("Skipped" + the reason),
// so nothing is dropped silently.
//
// Feed it from the Pipeline's signals (MainWindow does this):
//   jobQueued -> addJob, jobStageChanged -> setStage,
//   jobFinished -> setResult, jobRejected -> addRejected.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        StatusColumn,
        ProgressColumn,
        VendorColumn,
        InvoiceNumberColumn,
        DateColumn,
        TotalColumn,
        ConfidenceColumn,
        ChecksColumn, // "✓ verified" or "2/4 passed"; the tooltip lists the checks
        LatencyColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class RowState { Queued, Running, Ok, Failed, Cancelled, Skipped };
    Q_ENUM(RowState)

    enum Role {
        ProgressRole = Qt::UserRole + 1, // int 0..100, or -1 when no bar applies
        SortRole,                        // numbers as numbers
        StateRole,                       // RowState as int
        PathRole,                        // full local path
        JobIdRole,                       // quint64; 0 for skipped files
        InvoiceIdRole,                   // the stored invoice's id; empty when not stored
        CorrectedRole,                   // bool: the cell shows a value the user corrected
        VendorRole,                      // the vendor read from the invoice; "" when none
        DuplicateRole                    // Duplicate as int
    };

    // Why a row may be a repeat: the same file (SHA-256) was stored before
    // (Exact), or the same vendor, number and total (Possible).
    enum class Duplicate { None, Exact, Possible };
    Q_ENUM(Duplicate)

    struct Counts
    {
        int pending = 0; // queued or running
        int ok = 0;
        int failed = 0;
        int cancelled = 0;
        int skipped = 0;
        int notStored = 0; // finished but the store reported an error
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    explicit ResultsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] int rowForJob(quint64 jobId) const; // -1 when unknown
    [[nodiscard]] RowState state(int row) const;
    [[nodiscard]] Counts counts() const { return m_counts; }

    [[nodiscard]] static QString stageText(ProcessingStage stage);

    // The finished, stored invoice shown in `row`, which the user may review
    // and correct; nullopt for queued, skipped, cancelled or unsaved rows.
    [[nodiscard]] std::optional<InvoiceResult> reviewableResult(int row) const;
    // The row showing the stored invoice `id`; -1 when none does.
    [[nodiscard]] int rowForInvoice(const QString &id) const;

public Q_SLOTS:
    void addJob(quint64 jobId, const QString &path);
    // Many queued jobs at once: one rowsInserted and one countsChanged.
    void addJobs(const QList<std::pair<quint64, QString>> &jobs);
    void addRejected(const QString &path, const QString &reason);
    void setStage(quint64 jobId, InvoiceDash::ProcessingStage stage);
    void setResult(const InvoiceDash::InvoiceResult &result);
    // Shows a stored invoice's corrected fields, checks and flags in the row
    // that shows it (nothing else of the row changes). false when no row does.
    bool updateCorrected(const InvoiceDash::InvoiceResult &corrected);
    // Removes every row that is no longer queued or running.
    void clearFinished();

Q_SIGNALS:
    void countsChanged(const InvoiceDash::ResultsModel::Counts &counts);

private:
    struct Row
    {
        quint64 jobId = 0;
        QString path;
        RowState state = RowState::Queued;
        ProcessingStage stage = ProcessingStage::Queued;
        int progress = 0;
        InvoiceFields fields;
        double confidence = 0;
        bool verified = false;
        QList<ValidationCheck> checks;
        double latencyMs = 0;
        QString error;
        QString storeError;
        InvoiceResult result; // as finished (or corrected); for review
        double total = 0;     // fields.total as a number, for sorting
        QDate date;           // fields.invoiceDate (ISO 8601) as a date
    };

    [[nodiscard]] QVariant display(const Row &row, int column) const;
    [[nodiscard]] QVariant toolTip(const Row &row, int column) const;
    [[nodiscard]] QVariant toolTipOf(const Row &row, int column) const; // without corrections
    [[nodiscard]] QVariant sortValue(const Row &row, int column) const;
    void appendRow(Row row);
    void appendRows(QList<Row> rows);
    // Replaces a row's content, keeping counts() and the view up to date.
    void updateRow(int row, const Row &updated);
    void account(const Row &row, int sign);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<quint64, int> m_rowByJob;
    Counts m_counts;
};

} // namespace InvoiceDash

Q_DECLARE_METATYPE(InvoiceDash::ResultsModel::Counts)
