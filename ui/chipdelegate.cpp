#include "ui/deadlinedelegate.h"

#include "ui/casetablemodel.h"
#include "ui/deadlinetext.h"

#include <QApplication>
#include <QPainter>

namespace Kezek {

void DeadlineDelegate::paint(QPainter *painter,
                             const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    if (text.isEmpty())
        return;
    const auto urgency = static_cast<Urgency>(index.data(CaseTableModel::UrgencyRole).toInt());
    QColor fill(0xe8, 0xec, 0xef);
    QColor ink(0x2b, 0x33, 0x3b);
    if (urgency == Urgency::Warning) {
        fill = QColor(0xff, 0xc1, 0x07);
        ink = QColor(0x3d, 0x2c, 0x00);
    } else if (urgency == Urgency::Breached) {
        fill = QColor(0xc6, 0x28, 0x28);
        ink = Qt::white;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(urgency != Urgency::Calm);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 14;
    const int height = metrics.height() + 4;
    const QRect badge(option.rect.left() + 4,
                      option.rect.center().y() - height / 2,
                      std::min(width, option.rect.width() - 8),
                      height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize DeadlineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

} // namespace Kezek
