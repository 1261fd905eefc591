#pragma once

#include <QStyledItemDelegate>

namespace Kezek {

// Paints a cell as a chip: its text on a rounded fill, in the colours the
// model gives (Qt::BackgroundRole, Qt::ForegroundRole), bold when the model
// says so (Qt::FontRole): a deadline's urgency, a case's stage.
class ChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kezek
