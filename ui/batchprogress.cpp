#include "batchprogress.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace InvoiceDash {

namespace {

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return BatchProgress::tr("about %n s left", nullptr, int(std::max<qint64>(seconds, 1)));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return BatchProgress::tr("about %n min left", nullptr, int(minutes));
    return BatchProgress::tr("about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

void BatchEta::reset()
{
    *this = BatchEta();
}

void BatchEta::addFinished(qint64 nowMs)
{
    ++m_finished;
    m_total = std::max(m_total, m_finished);
    m_recent.append(nowMs);
    if (m_recent.size() > kWindow)
        m_recent.removeFirst();
}

qint64 BatchEta::secondsLeft(qint64 nowMs) const
{
    if (m_finished < 2 || m_recent.size() < 2)
        return -1;
    const qint64 span = m_recent.last() - m_recent.first();
    const double perInvoiceMs = double(std::max<qint64>(span, 1)) / double(m_recent.size() - 1);
    const int remaining = m_total - m_finished;
    // Time already spent on the next invoice counts against the estimate.
    const double leftMs = remaining * perInvoiceMs - double(nowMs - m_recent.last());
    return std::max<qint64>(0, qint64(std::ceil(std::max(leftMs, 0.0) / 1000.0)));
}

QString BatchEta::text(qint64 nowMs) const
{
    const QString progress = BatchProgress::tr("%1 / %2").arg(QLocale().toString(m_finished),
                                                              QLocale().toString(m_total));
    const qint64 left = secondsLeft(nowMs);
    if (left < 0 || m_finished >= m_total)
        return progress;
    return progress + QStringLiteral(" \u00b7 ") + durationText(left);
}

BatchProgress::BatchProgress(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("batchProgress"));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("batchProgressBar"));
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(120);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("batchProgressLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);

    // The estimate counts down between finishes.
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &BatchProgress::refresh);
    tick->start();
    hide();
}

QString BatchProgress::text() const
{
    return m_eta.text(m_clock());
}

void BatchProgress::jobQueued()
{
    m_eta.addQueued();
    refresh();
}

void BatchProgress::jobFinished()
{
    m_eta.addFinished(m_clock());
    refresh();
}

void BatchProgress::batchFinished()
{
    m_eta.reset();
    hide();
}

void BatchProgress::refresh()
{
    if (m_eta.total() == 0) {
        hide();
        return;
    }
    m_bar->setRange(0, m_eta.total());
    m_bar->setValue(m_eta.finished());
    m_label->setText(text());
    show();
}

} // namespace InvoiceDash
