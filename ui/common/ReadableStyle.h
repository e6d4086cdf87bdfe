#pragma once

#include <QProxyStyle>

namespace tv::ui {

// The desktop's style (Fusion where there is none), with the edges people need to see drawn so
// that they reach WCAG 2.2's 3:1 for non-text contrast whatever the palette:
//
// - the border of every field (line edits, editable text areas, combo boxes) against the window
//   and the field's background (Fusion draws it at about 2:1);
// - the keyboard focus indicator: fields get a border twice as thick in the selection colour,
//   and the focus rectangle of buttons, check boxes, radio buttons, tabs and table cells is a
//   solid line in a colour that stands out from what it is drawn on (Fusion's is translucent,
//   about 1.7:1).
//
// The application sets it once (ClientShell), before its windows show.
class ReadableStyle final : public QProxyStyle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadableStyle)

public:
    ReadableStyle();
    ~ReadableStyle() override;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
};

} // namespace tv::ui
