#include "historytab.h"

#include "common/futures.h"
#include "common/logging.h"
#include "store/resultstore.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace InvoiceDash {

namespace {

QChartView *makeView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    // Point markers reach past their item's bounds: partial updates would
    // leave slivers of old points behind when the data change.
    view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    view->setMinimumHeight(150);
    return view;
}

} // namespace

HistoryTab::HistoryTab(QWidget *parent)
    : QWidget(parent),
      m_charts(std::make_unique<HistoryCharts>()),
      m_clock([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("historyTab"));

    m_rangeBox = new QComboBox(this);
    m_rangeBox->setObjectName(QStringLiteral("historyRange"));
    m_rangeBox->addItem(tr("Last 24 hours"), int(HistoryRange::Day));
    m_rangeBox->addItem(tr("Last 7 days"), int(HistoryRange::Week));
    m_rangeBox->setToolTip(tr("The time range the charts show"));
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setRange(HistoryRange(m_rangeBox->itemData(index).toInt())); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(2, 0, 0, 0);
    header->addWidget(m_rangeBox);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("historyEmptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_emptyLabel->setFont(emptyFont);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_chartsPage = new QWidget(this);
    auto *grid = new QGridLayout(m_chartsPage);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    grid->addWidget(makeView(m_charts->counts(), m_chartsPage), 0, 0, 1, 2);
    grid->addWidget(makeView(m_charts->latency(), m_chartsPage), 1, 0);
    grid->addWidget(makeView(m_charts->accuracy(), m_chartsPage), 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(m_chartsPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);

    m_charts->applyPalette(palette());
    showEmptyState(tr("Loading the history\u2026"));

    m_throttle.setSingleShot(true);
    m_throttle.setInterval(RefreshThrottleMs);
    connect(&m_throttle, &QTimer::timeout, this, &HistoryTab::reload);
    m_clockTimer.setInterval(ClockRefreshMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &HistoryTab::reload);
}

HistoryTab::~HistoryTab() = default;

void HistoryTab::setResultStore(const ResultStore *store)
{
    m_databaseFile = store ? store->fileName() : QString();
    if (isVisible())
        reload();
}

void HistoryTab::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void HistoryTab::setRange(HistoryRange range)
{
    const int index = m_rangeBox->findData(int(range));
    if (index != m_rangeBox->currentIndex()) {
        const QSignalBlocker blocker(m_rangeBox);
        m_rangeBox->setCurrentIndex(index);
    }
    if (range == m_range)
        return;
    m_range = range;
    reload();
}

void HistoryTab::reload()
{
    m_throttle.stop();
    const quint64 generation = ++m_generation;
    if (m_databaseFile.isEmpty()) {
        m_history = History{m_range, m_clock(), {}, tr("No results database is open.")};
        showEmptyState(tr("The history needs the results database, which could not be "
                          "opened. Results are still shown in the Results tab."));
        Q_EMIT loaded();
        return;
    }
    const QString file = m_databaseFile;
    const HistoryRange range = m_range;
    const QDateTime now = m_clock();
    // A closed tab drops the result (whenFinished, not QFuture::then).
    whenFinished(this, QtConcurrent::run([file, range, now] {
                     return HistoryQuery::load(file, range, now);
                 }),
                 [this, generation](const History &history) {
                     if (generation == m_generation)
                         apply(history);
                 });
}

void HistoryTab::resultsStored()
{
    // Hidden, nothing to do: showing the tab loads it anyway.
    if (isVisible() && !m_throttle.isActive())
        m_throttle.start();
}

void HistoryTab::apply(const History &history)
{
    m_history = history;
    const bool week = history.range == HistoryRange::Week;
    if (!history.error.isEmpty()) {
        qCWarning(lcUi, "%s", qUtf8Printable(history.error));
        showEmptyState(history.error);
    } else if (history.isEmpty()) {
        showEmptyState(week ? tr("No invoices in the last 7 days.\nInvoices you process appear "
                                 "here in six-hour steps.")
                            : tr("No invoices in the last 24 hours.\nInvoices you process "
                                 "appear here hour by hour."));
    } else {
        m_charts->setHistory(history);
        m_pages->setCurrentWidget(m_chartsPage);
        const QLocale locale;
        const qint64 read = history.total() - history.failed();
        QStringList parts{tr("%n read", nullptr, int(read))};
        if (history.failed() > 0)
            parts << tr("%n failed", nullptr, int(history.failed()));
        parts << tr("mean latency %1 ms").arg(locale.toString(history.meanLatencyMs(), 'f', 0));
        if (read > 0)
            parts << tr("mean accuracy %1 %").arg(locale.toString(history.meanAccuracy(), 'f', 1));
        m_summary->setText(parts.join(QStringLiteral(" \u00b7 ")));
    }
    Q_EMIT loaded();
}

void HistoryTab::showEmptyState(const QString &text)
{
    m_emptyLabel->setText(text);
    m_pages->setCurrentWidget(m_emptyLabel);
    m_summary->clear();
}

bool HistoryTab::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyLabel;
}

QString HistoryTab::emptyStateText() const
{
    return isShowingEmptyState() ? m_emptyLabel->text() : QString();
}

QString HistoryTab::summaryText() const
{
    return m_summary->text();
}

void HistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_clockTimer.start();
    reload(); // cheap, and "now" has moved since the last load
}

void HistoryTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clockTimer.stop();
    m_throttle.stop();
}

void HistoryTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_charts->applyPalette(palette());
}

} // namespace InvoiceDash
