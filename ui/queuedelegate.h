#pragma once

#include <QStyledItemDelegate>

namespace Kezek {

// A queue in the list: its icon and name, and its count as a pill at the
// right (red on the overdue list when it holds any). The item's own text
// stays "name (count)" for screen readers and tests.
class QueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        TitleRole = Qt::UserRole + 1, // the name alone
        CountRole,                    // the pill's text
        AlarmRole,                    // true: the pill is red
        FoundRole,                    // true: the pill counts a search's matches (blue)
    };
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kezek
