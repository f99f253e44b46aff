#include "invoicereview.h"

#include "common/futures.h"
#include "common/logging.h"
#include "extract/fieldlocator.h"
#include "ingest/imageloader.h"
#include "pageview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace InvoiceDash {

namespace {

// A page image at most this size is kept for display: enough for a screen,
// a fraction of a 300 dpi scan's memory.
constexpr int DisplayPixels = 1800;

struct LoadedPageImage
{
    QImage image;
    int pageCount = 0;
    QString error;
};

// Runs on a pool thread.
LoadedPageImage readPage(const QString &path, int page)
{
    LoadedPageImage out;
    const LoadedFile file = ImageLoader::readFile(path);
    if (!file.ok()) {
        out.error = file.error;
        return out;
    }
    out.pageCount = file.pageCount;
    const LoadedImage loaded
        = ImageLoader::decodePage(file, std::clamp(page, 0, std::max(0, file.pageCount - 1)));
    if (loaded.image.isNull()) {
        out.error = loaded.error;
        return out;
    }
    out.image = loaded.image.width() > DisplayPixels || loaded.image.height() > DisplayPixels
        ? loaded.image.scaled(DisplayPixels, DisplayPixels, Qt::KeepAspectRatio,
                              Qt::SmoothTransformation)
        : loaded.image;
    return out;
}

struct SaveOutcome
{
    bool ok = false;
    QString error;
    InvoiceResult result;
    CorrectionCounts counts;
};

QString placeholderFor(const QString &key)
{
    if (FieldKeys::isAmount(key))
        return InvoiceReviewDialog::tr("e.g. 1234.56");
    if (FieldKeys::isDate(key))
        return InvoiceReviewDialog::tr("YYYY-MM-DD");
    if (key == QLatin1String("currency"))
        return InvoiceReviewDialog::tr("ISO code, e.g. EUR");
    return InvoiceReviewDialog::tr("Not found");
}

} // namespace

InvoiceReviewDialog::InvoiceReviewDialog(const InvoiceResult &result, const ResultStore *store,
                                         QWidget *parent)
    : QDialog(parent), m_result(result), m_store(store)
{
    setObjectName(QStringLiteral("invoiceReview"));
    setWindowTitle(tr("Review %1").arg(QFileInfo(result.path).fileName()));
    setSizeGripEnabled(true);

    m_view = new PageView(this);
    connect(m_view, &PageView::boxClicked, this, [this](const QString &key) {
        if (QLineEdit *edit = m_editors.value(key))
            edit->setFocus(Qt::MouseFocusReason);
    });
    m_pageLabel = new QLabel(tr("&Page:"), this);
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setRange(1, 1);
    m_pageLabel->setBuddy(m_pageSpin);
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page - 1 != m_page)
            loadPage(page - 1);
    });
    auto *pageBar = new QHBoxLayout;
    pageBar->addWidget(m_pageLabel);
    pageBar->addWidget(m_pageSpin);
    pageBar->addStretch(1);
    auto *legend
        = new QLabel(tr("Boxes show where each value was read. Click one to edit it."), this);
    legend->setWordWrap(true);
    pageBar->addWidget(legend, 3);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(pageBar);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString &key : FieldKeys::all()) {
        auto *edit = new QLineEdit(right);
        edit->setObjectName(QStringLiteral("edit_") + key);
        edit->setPlaceholderText(placeholderFor(key));
        edit->setClearButtonEnabled(true);
        edit->installEventFilter(this);
        auto *error = new QLabel(right);
        error->setObjectName(QStringLiteral("error_") + key);
        error->setWordWrap(true);
        QPalette errorPalette = error->palette();
        errorPalette.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
        error->setPalette(errorPalette);
        error->hide();
        connect(edit, &QLineEdit::textEdited, error, &QLabel::hide);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(error);
        auto *label = new QLabel(tr("&%1:").arg(fieldName(key)), right);
        label->setBuddy(edit);
        form->addRow(label, cell);
        m_editors.insert(key, edit);
        m_errors.insert(key, error);
    }
    rightLayout->addLayout(form);
    m_checksLabel = new QLabel(right);
    m_checksLabel->setObjectName(QStringLiteral("checksLabel"));
    m_checksLabel->setWordWrap(true);
    m_checksLabel->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_checksLabel);

    auto *itemsTitle = new QLabel(tr("Line items"), right);
    QFont bold = itemsTitle->font();
    bold.setWeight(QFont::DemiBold);
    itemsTitle->setFont(bold);
    rightLayout->addWidget(itemsTitle);
    m_items = new QTableWidget(int(result.fields.lineItems.size()), 4, right);
    m_items->setObjectName(QStringLiteral("lineItems"));
    m_items->setHorizontalHeaderLabels(
        {tr("Description"), tr("Quantity"), tr("Unit price"), tr("Amount")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->setWordWrap(false);
    m_items->setAlternatingRowColors(true);
    for (int row = 0; row < result.fields.lineItems.size(); ++row) {
        const LineItem &item = result.fields.lineItems.at(row);
        const QStringList cells{item.description, item.quantity, item.unitPrice, item.amount};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_items->setItem(row, column, cell);
        }
    }
    rightLayout->addWidget(m_items, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({640, 480});

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)
        ->setToolTip(tr("Store the corrected values (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_store != nullptr);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InvoiceReviewDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InvoiceReviewDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    fillForm();
    resize(1150, 760);
    const QString first = FieldKeys::all().constFirst();
    loadPage(std::max(0, m_result.locations.value(first).page));
    m_editors.value(first)->setFocus();
    selectField(first);
}

QString InvoiceReviewDialog::fieldName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {FieldKeys::Vendor, QT_TR_NOOP("Vendor")},
        {FieldKeys::InvoiceNumber, QT_TR_NOOP("Invoice number")},
        {FieldKeys::InvoiceDate, QT_TR_NOOP("Invoice date")},
        {FieldKeys::DueDate, QT_TR_NOOP("Due date")},
        {FieldKeys::Currency, QT_TR_NOOP("Currency")},
        {FieldKeys::Subtotal, QT_TR_NOOP("Subtotal")},
        {FieldKeys::Tax, QT_TR_NOOP("Tax")},
        {FieldKeys::Total, QT_TR_NOOP("Total")},
    };
    const char *name = names.value(key);
    return name ? tr(name) : key;
}

void InvoiceReviewDialog::fillForm()
{
    for (const QString &key : FieldKeys::all()) {
        QLineEdit *edit = m_editors.value(key);
        edit->setText(FieldKeys::value(m_result.fields, key));
        const auto original = m_result.originalValues.constFind(key);
        const bool corrected = original != m_result.originalValues.cend();
        QFont font = edit->font();
        font.setItalic(corrected);
        edit->setFont(font);
        QStringList tip;
        if (corrected)
            tip << (original->isEmpty() ? tr("Corrected; nothing was read")
                                        : tr("Corrected from %1").arg(*original));
        if (!m_result.locations.contains(key))
            tip << tr("Not found on the page");
        edit->setToolTip(tip.join(QLatin1Char('\n')));
        m_errors.value(key)->hide();
    }
    updateChecks();
}

void InvoiceReviewDialog::updateChecks()
{
    const auto applicable
        = std::count_if(m_result.checks.cbegin(), m_result.checks.cend(),
                        [](const auto &c) { return c.outcome != CheckOutcome::NotApplicable; });
    const auto passed
        = std::count_if(m_result.checks.cbegin(), m_result.checks.cend(),
                        [](const auto &c) { return c.outcome == CheckOutcome::Passed; });
    QStringList lines;
    lines << (m_result.verified ? tr("\u2713 Verified: the amounts reconcile.")
                                : tr("%1 of %2 checks passed.").arg(passed).arg(applicable));
    for (const ValidationCheck &check : std::as_const(m_result.checks)) {
        if (check.outcome == CheckOutcome::Failed)
            lines << QStringLiteral("\u2717 ") + check.message;
    }
    if (!m_result.possibleDuplicateOf.isEmpty())
        lines << tr("\u26a0 Possible duplicate of %1 (%2).")
                     .arg(m_result.possibleDuplicateOf,
                          QFileInfo(m_result.possibleDuplicatePath).fileName());
    m_checksLabel->setText(lines.join(QLatin1Char('\n')));
}

bool InvoiceReviewDialog::isPageLoaded() const
{
    return m_pageLoaded;
}

void InvoiceReviewDialog::loadPage(int page)
{
    m_page = page;
    m_pageLoaded = false;
    const int generation = ++m_loadGeneration;
    m_view->setMessage(tr("Loading page %1\u2026").arg(page + 1));
    showBoxes();
    const QString path = m_result.path;
    // A dialog closed meanwhile drops the page (whenFinished).
    whenFinished(this, QtConcurrent::run([path, page] { return readPage(path, page); }),
                 [this, generation, page](const LoadedPageImage &loaded) {
                     if (generation != m_loadGeneration)
                         return; // another page was asked for meanwhile
                     m_pageLoaded = true;
                     if (loaded.pageCount > 0) {
                         m_pageCount = loaded.pageCount;
                         const QSignalBlocker blocker(m_pageSpin);
                         m_pageSpin->setRange(1, m_pageCount);
                         m_pageSpin->setValue(page + 1);
                     }
                     m_pageLabel->setVisible(m_pageCount > 1);
                     m_pageSpin->setVisible(m_pageCount > 1);
                     if (loaded.image.isNull()) {
                         qCWarning(lcUi) << "Cannot show" << m_result.path << loaded.error;
                         m_view->setMessage(tr("The page cannot be shown: %1").arg(loaded.error));
                     } else {
                         m_view->setImage(loaded.image);
                     }
                     Q_EMIT pageShown(page);
                 });
}

void InvoiceReviewDialog::showBoxes()
{
    QHash<QString, QRectF> boxes;
    QHash<QString, QString> names;
    for (auto it = m_result.locations.cbegin(); it != m_result.locations.cend(); ++it) {
        if (it->page == m_page) {
            boxes.insert(it.key(), it->box);
            names.insert(it.key(), fieldName(it.key()));
        }
    }
    m_view->setBoxes(boxes, names);
}

void InvoiceReviewDialog::selectField(const QString &key)
{
    m_view->setCurrent(key);
    const FieldLocation location = m_result.locations.value(key);
    if (location.isValid() && location.page != m_page)
        loadPage(location.page);
}

bool InvoiceReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            if (it.value() == watched)
                selectField(it.key());
        }
    }
    return QDialog::eventFilter(watched, event);
}

void InvoiceReviewDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->setEnabled(!saving);
    for (QLineEdit *edit : std::as_const(m_editors))
        edit->setReadOnly(saving);
    m_statusLabel->setText(saving ? tr("Saving\u2026") : QString());
}

void InvoiceReviewDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void InvoiceReviewDialog::save()
{
    if (m_saving || !m_store)
        return;
    // Check every changed value first; show each problem under its field.
    QMap<QString, QString> changes;
    QLineEdit *firstInvalid = nullptr;
    for (const QString &key : FieldKeys::all()) {
        QLineEdit *edit = m_editors.value(key);
        QLabel *errorLabel = m_errors.value(key);
        errorLabel->hide();
        const QString text = edit->text();
        if (text == FieldKeys::value(m_result.fields, key))
            continue;
        QString error;
        if (!ResultStore::normalizeCorrection(key, text, &error)) {
            errorLabel->setText(error);
            errorLabel->show();
            if (!firstInvalid)
                firstInvalid = edit;
            continue;
        }
        changes.insert(key, text);
    }
    if (firstInvalid) {
        m_statusLabel->setText(tr("Nothing was saved: correct the marked fields first."));
        firstInvalid->setFocus();
        firstInvalid->selectAll();
        return;
    }
    if (changes.isEmpty()) {
        accept();
        return;
    }
    setSaving(true);
    const ResultStore *store = m_store;
    const QString id = m_result.id;
    whenFinished(this, QtConcurrent::run([store, id, changes] {
                     SaveOutcome outcome;
                     outcome.ok
                         = store->correctFields(id, changes, &outcome.error, &outcome.result);
                     if (outcome.ok)
                         outcome.counts = store->correctionCounts();
                     return outcome;
                 }),
                 [this](const SaveOutcome &outcome) {
                     setSaving(false);
                     if (!outcome.ok) {
                         m_statusLabel->setText(outcome.error);
                         return;
                     }
                     // The pipeline's extras (job id, timings, OCR text) stay as they were.
                     m_result.fields = outcome.result.fields;
                     m_result.verified = outcome.result.verified;
                     m_result.checks = outcome.result.checks;
                     m_result.accuracy = outcome.result.accuracy;
                     m_result.originalValues = outcome.result.originalValues;
                     m_result.possibleDuplicateOf = outcome.result.possibleDuplicateOf;
                     m_result.possibleDuplicatePath = outcome.result.possibleDuplicatePath;
                     fillForm();
                     Q_EMIT saved(m_result, outcome.counts);
                     accept();
                 });
}

} // namespace InvoiceDash
