#include "ui/focusstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPushButton>
#include <QStyleOption>

namespace Kezek {

namespace {

// In the highlight colour, or in the highlighted text's colour on what is
// itself highlighted (a table's chosen row), where the first would not show.
void drawFrame(QPainter *painter,
               const QRect &rect,
               const QPalette &palette,
               bool onHighlight = false)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    QPen pen(palette.color(QPalette::Active,
                           onHighlight ? QPalette::HighlightedText : QPalette::Highlight));
    pen.setWidth(FocusStyle::FrameWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    // A pen of two pixels is centred on the path: inset by one, the frame
    // lies on the rectangle's outer two pixels.
    painter->drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace

FocusStyle::FocusStyle()
{
    setObjectName(QStringLiteral("kezekFocus"));
}

void FocusStyle::drawPrimitive(PrimitiveElement element,
                               const QStyleOption *option,
                               QPainter *painter,
                               const QWidget *widget) const
{
    switch (element) {
    case PE_FrameFocusRect:
        // A push button's frame is its edge (PE_PanelButtonCommand), once.
        if (qobject_cast<const QPushButton *>(widget))
            return;
        // Whether the focus came by keyboard or by mouse: the officer who
        // clicked and then types must see where the keys go.
        if (const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option)) {
            drawFrame(painter,
                      option->rect,
                      option->palette,
                      focus->backgroundColor == option->palette.color(QPalette::Highlight));
        } else {
            drawFrame(painter, option->rect, option->palette);
        }
        return;
    case PE_FrameLineEdit:
    case PE_PanelButtonCommand:
        // A field's and a button's own edge: the frame is the control's
        // outline, not a ring somewhere inside it.
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (option->state & State_HasFocus)
            drawFrame(painter, option->rect, option->palette);
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void FocusStyle::drawComplexControl(ComplexControl control,
                                    const QStyleOptionComplex *option,
                                    QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    const bool framed = control == CC_ComboBox || control == CC_SpinBox;
    if (framed && (option->state & State_HasFocus))
        drawFrame(painter, option->rect, option->palette);
}

void FocusStyle::install()
{
    if (!qobject_cast<FocusStyle *>(QApplication::style()))
        QApplication::setStyle(new FocusStyle);
}

} // namespace Kezek
