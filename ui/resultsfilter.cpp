#include "resultsfilter.h"

#include "resultsmodel.h"

#include <QFileInfo>

namespace InvoiceDash {

// Runs of digits compare by value ("INV-9" < "INV-10"), the rest without
// regard to case; locale-independent and cheap (no allocation).
int ResultsFilter::naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            while (i < a.size() && a[i] == u'0') // leading zeros do not count
                ++i;
            while (j < b.size() && b[j] == u'0')
                ++j;
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            if (ei - i != ej - j) // more digits: larger
                return ei - i < ej - j ? -1 : 1;
            if (const int c = a.sliced(i, ei - i).compare(b.sliced(j, ej - j)); c != 0)
                return c < 0 ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const char32_t ca = a[i].toCaseFolded().unicode();
        const char32_t cb = b[j].toCaseFolded().unicode();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

ResultsFilter::ResultsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsModel::SortRole);
    setDynamicSortFilter(true);
}

bool ResultsFilter::isFiltering() const
{
    return !m_search.isEmpty() || m_status != Status::All || m_from.isValid() || m_to.isValid();
}

void ResultsFilter::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilter();
}

void ResultsFilter::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void ResultsFilter::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

void ResultsFilter::clearFilters()
{
    if (!isFiltering())
        return;
    m_search.clear();
    m_status = Status::All;
    m_from = {};
    m_to = {};
    refilter();
}

void ResultsFilter::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool ResultsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const QAbstractItemModel *model = sourceModel();
    if (m_status != Status::All && !matchesStatus(sourceRow))
        return false;

    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = model->index(sourceRow, ResultsModel::DateColumn)
                               .data(ResultsModel::SortRole)
                               .toDate();
        if (!date.isValid() || (m_from.isValid() && date < m_from)
            || (m_to.isValid() && date > m_to))
            return false;
    }

    if (!m_search.isEmpty()) {
        const auto contains
            = [this](const QString &text) { return text.contains(m_search, Qt::CaseInsensitive); };
        const QModelIndex file = model->index(sourceRow, ResultsModel::FileColumn);
        return contains(
                   model->index(sourceRow, ResultsModel::InvoiceNumberColumn).data().toString())
            || contains(file.data(ResultsModel::VendorRole).toString())
            || contains(QFileInfo(file.data(ResultsModel::PathRole).toString()).fileName());
    }
    return true;
}

bool ResultsFilter::matchesStatus(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    const auto state = ResultsModel::RowState(index.data(ResultsModel::StateRole).toInt());
    const auto duplicate = ResultsModel::Duplicate(index.data(ResultsModel::DuplicateRole).toInt());
    switch (m_status) {
    case Status::All:
        return true;
    case Status::Pending:
        return state == ResultsModel::RowState::Queued || state == ResultsModel::RowState::Running;
    case Status::Done:
        return state == ResultsModel::RowState::Ok;
    case Status::Failed:
        return state == ResultsModel::RowState::Failed;
    case Status::Duplicate:
        return duplicate == ResultsModel::Duplicate::Exact;
    case Status::PossibleDuplicate:
        return duplicate == ResultsModel::Duplicate::Possible;
    case Status::Skipped:
        return state == ResultsModel::RowState::Skipped;
    case Status::Cancelled:
        return state == ResultsModel::RowState::Cancelled;
    }
    return true;
}

bool ResultsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const QString ls = l.toString();
        const QString rs = r.toString();
        if (ls.isEmpty() != rs.isEmpty())
            return ls.isEmpty(); // "nothing read" first, as for numbers and dates
        const int natural = naturalCompare(ls, rs);
        return natural != 0 ? natural < 0 : ls < rs; // "a1" and "A01" in a fixed order
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace InvoiceDash
