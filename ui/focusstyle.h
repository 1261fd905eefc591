#pragma once

#include <QProxyStyle>

namespace Kezek {

// The platform's look with a focus that can be seen: a frame two pixels
// wide in the palette's highlight colour around whatever has the keyboard
// (a button, a field, a list's or a table's current item). Fusion's own is
// a faint tint, and an officer working by keyboard lost track of it.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    FocusStyle();

    static constexpr int FrameWidth = 2;

    void drawPrimitive(PrimitiveElement element,
                       const QStyleOption *option,
                       QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control,
                            const QStyleOptionComplex *option,
                            QPainter *painter,
                            const QWidget *widget = nullptr) const override;

    // Installed once for the whole application (again is a no-op).
    static void install();
};

} // namespace Kezek
