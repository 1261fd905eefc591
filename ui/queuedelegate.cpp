#include "ui/queuedelegate.h"

#include "ui/chips.h"

#include <QApplication>
#include <QPainter>

namespace Kezek {

void QueueDelegate::paint(QPainter *painter,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QString count = index.data(CountRole).toString();
    if (count.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text = index.data(TitleRole).toString();
    const QFontMetrics metrics(option.font);
    const int pillWidth = metrics.horizontalAdvance(count) + 14;
    // The pill at the visible right edge (an item may be wider than the
    // list); the name leaves room for it and elides.
    const int right = std::min(option.rect.right(), painter->device()->width() - 1);
    item.rect.setRight(right - pillWidth - 8);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    const bool alarm = index.data(AlarmRole).toBool();
    const ChipColours colours = index.data(FoundRole).toBool()
                                    ? ChipColours{option.palette.color(QPalette::Highlight),
                                                  option.palette.color(QPalette::HighlightedText)}
                                    : urgencyColours(alarm ? Urgency::Breached : Urgency::Calm);
    const int height = metrics.height() + 2;
    const QRect pill(
        right - pillWidth - 4, option.rect.center().y() - height / 2, pillWidth, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(colours.ink);
    painter->drawText(pill, Qt::AlignCenter, count);
    painter->restore();
}

QSize QueueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The icon, the name whole and the pill beside it.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString count = index.data(CountRole).toString();
    if (!count.isEmpty()) {
        const QFontMetrics metrics(option.font);
        size.setWidth(option.decorationSize.width() + 12
                      + metrics.horizontalAdvance(index.data(TitleRole).toString())
                      + metrics.horizontalAdvance(count) + 14 + 16);
    }
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace Kezek
