#pragma once

#include "pipeline/invoiceresult.h"
#include "store/resultstore.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace InvoiceDash {

class PageView;

// Review and correct one stored invoice: the page on the left with a box on
// each field's location (extract/fieldlocator.h), the fields on the right as
// an editable form, the line items below it (read-only). The field being
// edited is highlighted on the page; clicking a box edits its field.
//
// The page is read and decoded off the GUI thread. Save checks every changed
// value first and shows what is wrong under the field (nothing is lost); the
// valid values are then stored with ResultStore::correctFields() off the GUI
// thread, saved() reports the stored invoice and the dialog closes.
class InvoiceReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` must outlive the dialog.
    InvoiceReviewDialog(const InvoiceResult &result, const ResultStore *store,
                        QWidget *parent = nullptr);

    [[nodiscard]] const InvoiceResult &result() const { return m_result; }
    [[nodiscard]] QLineEdit *editor(const QString &key) const { return m_editors.value(key); }
    [[nodiscard]] PageView *pageView() const { return m_view; }
    [[nodiscard]] bool isPageLoaded() const;
    [[nodiscard]] int currentPage() const { return m_page; }

    // The label of a field key, e.g. "Invoice date".
    [[nodiscard]] static QString fieldName(const QString &key);

public Q_SLOTS:
    void save();
    void reject() override; // not while saving

Q_SIGNALS:
    void saved(const InvoiceDash::InvoiceResult &result,
               const InvoiceDash::CorrectionCounts &counts);
    void pageShown(int page); // the page image is on screen (or its error)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void fillForm();
    void loadPage(int page);
    void showBoxes();
    void selectField(const QString &key);
    void setSaving(bool saving);
    void updateChecks();

    InvoiceResult m_result;
    const ResultStore *m_store = nullptr;
    PageView *m_view = nullptr;
    QLabel *m_pageLabel = nullptr;
    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_checksLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableWidget *m_items = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLineEdit *> m_editors;
    QHash<QString, QLabel *> m_errors;
    int m_page = -1;          // the page shown (or loading)
    int m_pageCount = 0;      // known once the file was read
    int m_loadGeneration = 0; // ignores a page that arrives after another was asked for
    bool m_pageLoaded = false;
    bool m_saving = false;
};

} // namespace InvoiceDash
