#pragma once

#include <QStyledItemDelegate>

namespace InvoiceDash {

// Paints ResultsModel::ProgressRole (0..100; -1 = none) as a slim rounded
// bar with the percentage beside it.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace InvoiceDash
