#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace InvoiceDash {

// The results table's view of ResultsModel: filters by a search text
// (vendor, invoice number or file name, case-insensitive), a status and an
// inclusive invoice-date range, and sorts by ResultsModel::SortRole, so
// totals, latencies and dates sort by value; texts sort naturally
// ("INV-9" before "INV-10", naturalCompare()).
//
// dynamicSortFilter stays on: a row whose status changes while a filter or
// sort is active moves (Qt re-places only the changed rows). Changing the
// criteria re-filters once per setter call, and setters that do not change
// anything do nothing, so the filter bar can call them freely.
class ResultsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Status {
        All,
        Pending, // queued or running
        Done,
        Failed,
        Duplicate,         // the same file was stored before
        PossibleDuplicate, // same vendor, number and total as a stored invoice
        Skipped,           // not an invoice file, unreadable, or a duplicate
        Cancelled
    };
    Q_ENUM(Status)

    explicit ResultsFilter(QObject *parent = nullptr);

    [[nodiscard]] QString searchText() const { return m_search; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QDate dateFrom() const { return m_from; } // invalid: open
    [[nodiscard]] QDate dateTo() const { return m_to; }     // invalid: open
    [[nodiscard]] bool isFiltering() const;

    // <0, 0, >0 like strcmp, with digit runs compared as numbers.
    [[nodiscard]] static int naturalCompare(QStringView a, QStringView b);

public Q_SLOTS:
    void setSearchText(const QString &text);
    void setStatus(InvoiceDash::ResultsFilter::Status status);
    // Invalid dates leave that end open. Rows without a readable date are
    // hidden while either end is set.
    void setDateRange(const QDate &from, const QDate &to);
    void clearFilters();

Q_SIGNALS:
    void filterChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] bool matchesStatus(int sourceRow) const;
    void refilter();

    QString m_search;
    Status m_status = Status::All;
    QDate m_from;
    QDate m_to;
};

} // namespace InvoiceDash
