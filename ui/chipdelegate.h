#pragma once

#include <QStyledItemDelegate>

namespace Kezek {

// Paints a deadline as a badge: calm grey, amber inside the clock's warning
// threshold, red once breached. Colour is never the only sign: the text
// says "over" when a deadline has passed.
class DeadlineDelegate : public QStyledItemDelegate
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
