#pragma once

#include <QHash>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QWidget>

namespace InvoiceDash {

// A page image scaled to fit, with a rectangle over each field's location.
// Boxes are in fractions (0..1) of the image; the current field's box is
// drawn strongly and named, the others faintly. Clicking a box selects it.
class PageView : public QWidget
{
    Q_OBJECT

public:
    explicit PageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    [[nodiscard]] const QImage &image() const { return m_image; }
    // A text shown instead of the image (while it loads, or why it could not).
    void setMessage(const QString &message);

    // Field key -> box on this page; names label the current box.
    void setBoxes(const QHash<QString, QRectF> &boxes, const QHash<QString, QString> &names);
    void setCurrent(const QString &key);
    [[nodiscard]] QString current() const { return m_current; }

    // Where `key`'s box is drawn, in widget pixels; empty when it is not shown.
    [[nodiscard]] QRect boxRect(const QString &key) const;

    [[nodiscard]] QSize sizeHint() const override { return {520, 680}; }

Q_SIGNALS:
    void boxClicked(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    [[nodiscard]] QRect imageRect() const;

    QImage m_image;
    QString m_message;
    QHash<QString, QRectF> m_boxes;
    QHash<QString, QString> m_names;
    QString m_current;
};

} // namespace InvoiceDash
