#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;

namespace InvoiceDash {

// How far a batch is and how long the rest will take, from the recent
// throughput: the last few finishes (not the whole batch, so a change of
// pace shows). No estimate until two invoices have finished.
class BatchEta
{
public:
    void reset();
    void addQueued(int count = 1) { m_total += count; }
    void addFinished(qint64 nowMs);

    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int finished() const { return m_finished; }
    // Seconds left as of `nowMs`; -1 while there is no estimate.
    [[nodiscard]] qint64 secondsLeft(qint64 nowMs) const;
    // "12 / 40 · about 35 s left", or "1 / 40" without an estimate.
    [[nodiscard]] QString text(qint64 nowMs) const;

    static constexpr int kWindow = 8; // finishes the rate is taken from

private:
    int m_total = 0;
    int m_finished = 0;
    QList<qint64> m_recent; // finish times, oldest first
};

// The status bar's batch progress: a small QProgressBar and the BatchEta
// text. Hidden between batches. Feed it the pipeline's jobQueued,
// jobFinished and batchFinished signals (MainWindow does this).
class BatchProgress : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // ms, monotonic

    explicit BatchProgress(QWidget *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); } // for tests
    [[nodiscard]] QString text() const;
    [[nodiscard]] const BatchEta &eta() const { return m_eta; }

public Q_SLOTS:
    void jobQueued();
    void jobFinished();
    void batchFinished(); // hides the bar and starts the next batch from zero

private:
    void refresh();

    BatchEta m_eta;
    Clock m_clock;
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace InvoiceDash
