#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace InvoiceDash {

// A compact segmented control for the overlay's dark surface: a rounded
// track with one checkable segment per label, exactly one of them checked.
// Segments never take focus, so the overlay stays unfocusable.
class SegmentedSwitch : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentedSwitch(const QStringList &labels, QWidget *parent = nullptr);

    [[nodiscard]] int currentIndex() const;
    [[nodiscard]] QToolButton *segment(int index) const { return m_segments.value(index); }

public Q_SLOTS:
    // Does not emit segmentClicked().
    void setCurrentIndex(int index);

Q_SIGNALS:
    // The user picked a segment (also when it was already current).
    void segmentClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QButtonGroup *m_group = nullptr;
    QList<QToolButton *> m_segments;
};

} // namespace InvoiceDash
