#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace InvoiceDash {

// A tiny line chart of the most recent values (newest on the right), drawn
// with a soft gradient under the line. Mouse events pass through to the
// parent so the overlay stays draggable.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    // Appends a value; keeps at most capacity() values.
    void addValue(double value);
    // Replaces the newest value (several readings within the same second).
    void replaceLast(double value);
    void clear();

    [[nodiscard]] const QList<double> &values() const { return m_values; }
    [[nodiscard]] int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    void setColor(const QColor &color);

    [[nodiscard]] QSize sizeHint() const override { return {200, 28}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {40, 16}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    int m_capacity = 60;
    QColor m_color{0x4c, 0x9a, 0xff};
};

} // namespace InvoiceDash
