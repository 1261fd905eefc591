#include "ui/chipdelegate.h"

#include <QApplication>
#include <QPainter>

namespace Kezek {

void ChipDelegate::paint(QPainter *painter,
                         const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.backgroundBrush = QBrush(); // the fill is the chip's, not the cell's
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    if (text.isEmpty())
        return;
    const QColor fill = index.data(Qt::BackgroundRole).value<QColor>();
    const QColor ink = index.data(Qt::ForegroundRole).value<QColor>();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    if (const QVariant given = index.data(Qt::FontRole); given.isValid())
        font = given.value<QFont>();
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 4;
    if (option.rect.width() < height + 16) {
        // Too narrow for a word (a laptop's list of mixed stages): the chip's
        // colour alone, ringed in its ink; the text stays the cell's tooltip
        // and accessible text.
        const int side = std::min(height, option.rect.width() - 4);
        const QRect dot(
            option.rect.center().x() - side / 2, option.rect.center().y() - side / 2, side, side);
        painter->setPen(QPen(ink.isValid() ? ink : option.palette.buttonText().color(), 1));
        painter->setBrush(fill.isValid() ? fill : option.palette.button().color());
        painter->drawEllipse(dot);
        painter->restore();
        return;
    }
    const int advance = metrics.horizontalAdvance(text);
    const QRect badge(option.rect.left() + 4,
                      option.rect.center().y() - height / 2,
                      std::min(advance + 16, option.rect.width() - 8),
                      height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill.isValid() ? fill : option.palette.button().color());
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(ink.isValid() ? ink : option.palette.buttonText().color());
    const int room = badge.width() - 16;
    painter->drawText(badge.adjusted(8, 0, -8, 0),
                      Qt::AlignCenter | Qt::TextDontClip,
                      advance <= room ? text : metrics.elidedText(text, Qt::ElideRight, room));
    painter->restore();
}

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // As wide as the chip in its own font (bold when urgent), with its margins.
    QFont font = option.font;
    if (const QVariant given = index.data(Qt::FontRole); given.isValid())
        font = given.value<QFont>();
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(QFontMetrics(font).horizontalAdvance(index.data().toString()) + 16 + 8 + 4);
    return size;
}

} // namespace Kezek
