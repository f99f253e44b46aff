#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;

namespace InvoiceDash {

class ResultsFilter;

// The bar above the results table: a search field (vendor, invoice number,
// file; applied after a short pause in typing), a status combo and an
// invoice-date range whose ends can each be "Any date", plus "12 of 40
// shown" while a filter hides rows. It drives a ResultsFilter it does not own.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(ResultsFilter *filter, QWidget *parent = nullptr);

    // How long typing must pause before the search applies (default 200 ms).
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *statusCombo() const { return m_status; }
    [[nodiscard]] QDateEdit *dateFromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit *dateToEdit() const { return m_to; }

    // The date an edit shows as "Any date".
    [[nodiscard]] static QDate anyDate();

public Q_SLOTS:
    void clear(); // back to "everything"
    void focusSearch();

private:
    void applyDates();
    void updateSummary();

    ResultsFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_summary = nullptr;
    QTimer m_debounce;
};

} // namespace InvoiceDash
