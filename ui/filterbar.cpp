#include "filterbar.h"

#include "resultsfilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace InvoiceDash {

namespace {

QDateEdit *makeDateEdit(const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setToolTip(toolTip);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // The minimum date stands for "no bound" and shows as "Any date".
    edit->setMinimumDate(FilterBar::anyDate());
    edit->setSpecialValueText(FilterBar::tr("Any date"));
    edit->setDate(FilterBar::anyDate());
    return edit;
}

} // namespace

FilterBar::FilterBar(ResultsFilter *filter, QWidget *parent) : QWidget(parent), m_filter(filter)
{
    Q_ASSERT(filter);
    setObjectName(QStringLiteral("filterBar"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search vendor, invoice number or file\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show only rows with this status"));
    m_status->addItem(tr("All statuses"), int(ResultsFilter::Status::All));
    m_status->addItem(tr("Queued or running"), int(ResultsFilter::Status::Pending));
    m_status->addItem(tr("Done"), int(ResultsFilter::Status::Done));
    m_status->addItem(tr("Failed"), int(ResultsFilter::Status::Failed));
    m_status->addItem(tr("Duplicate"), int(ResultsFilter::Status::Duplicate));
    m_status->addItem(tr("Possible duplicate"), int(ResultsFilter::Status::PossibleDuplicate));
    m_status->addItem(tr("Skipped"), int(ResultsFilter::Status::Skipped));
    m_status->addItem(tr("Cancelled"), int(ResultsFilter::Status::Cancelled));

    auto *dateLabel = new QLabel(tr("Invoice date"), this);
    m_from = makeDateEdit(QStringLiteral("dateFrom"), tr("Earliest invoice date"), this);
    auto *dash = new QLabel(QStringLiteral("\u2013"), this);
    m_to = makeDateEdit(QStringLiteral("dateTo"), tr("Latest invoice date"), this);
    dateLabel->setBuddy(m_from);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Room for large counts, so the fields do not shift when it appears.
    m_summary->setMinimumWidth(m_summary->fontMetrics().horizontalAdvance(
        tr("%1 of %2 shown").arg(QLocale().toString(88888), QLocale().toString(88888))));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(dateLabel);
    layout->addWidget(m_from);
    layout->addWidget(dash);
    layout->addWidget(m_to);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    layout->addWidget(m_summary);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this,
            [this] { m_filter->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) { // the clear button: no reason to wait
            m_debounce.stop();
            m_filter->setSearchText(text);
        } else {
            m_debounce.start();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        m_filter->setSearchText(m_search->text());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(ResultsFilter::Status(m_status->currentData().toInt()));
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::applyDates);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    connect(m_filter, &ResultsFilter::filterChanged, this, &FilterBar::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FilterBar::updateSummary);
    updateSummary();
}

QDate FilterBar::anyDate()
{
    return QDate(1900, 1, 1);
}

void FilterBar::clear()
{
    m_debounce.stop();
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_from->setDate(anyDate());
    m_to->setDate(anyDate());
    m_filter->clearFilters();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::applyDates()
{
    const auto bound
        = [](const QDateEdit *edit) { return edit->date() == anyDate() ? QDate() : edit->date(); };
    m_filter->setDateRange(bound(m_from), bound(m_to));
}

void FilterBar::updateSummary()
{
    m_clear->setEnabled(m_filter->isFiltering());
    if (!m_filter->isFiltering() || !m_filter->sourceModel()) {
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("%1 of %2 shown")
                           .arg(QLocale().toString(m_filter->rowCount()),
                                QLocale().toString(m_filter->sourceModel()->rowCount())));
}

} // namespace InvoiceDash
