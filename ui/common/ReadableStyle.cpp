#include "ui/common/ReadableStyle.h"

#include "ui/common/ReadablePalette.h"

#include <QComboBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyleOption>
#include <QTextEdit>

namespace tv::ui {

namespace {

constexpr double NonTextContrast = 3.0; // WCAG 2.2, 1.4.11 and 2.4.13

QColor borderColour(const QPalette &palette)
{
    // Fusion's own outline (the window colour darkened), as dark as it must be.
    return readableAgainst(palette.color(QPalette::Window).darker(140),
                           {palette.color(QPalette::Window), palette.color(QPalette::Base)},
                           NonTextContrast);
}

QColor focusColour(const QPalette &palette, const QColor &background)
{
    return readableAgainst(palette.color(QPalette::Active, QPalette::Highlight),
                           {background, palette.color(QPalette::Base)}, NonTextContrast);
}

// A frame `width` pixels thick just inside `rect`.
void drawFrame(QPainter *painter, const QRect &rect, const QColor &colour, int width)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    const QRect r = rect;
    painter->drawRect(QRect(r.left(), r.top(), r.width(), width));
    painter->drawRect(QRect(r.left(), r.bottom() - width + 1, r.width(), width));
    painter->drawRect(QRect(r.left(), r.top(), width, r.height()));
    painter->drawRect(QRect(r.right() - width + 1, r.top(), width, r.height()));
    painter->restore();
}

bool isEditableText(const QWidget *widget)
{
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
        return !rich->isReadOnly();
    return false;
}

// A field's border two pixels thick: the border colour outside, the field's own background
// inside; both in the focus colour while it has the keyboard focus, so that the focus changes
// the inner ring from the background to the focus colour (3:1 and more).
void drawFieldBorder(const QStyleOption *option, QPainter *painter, bool inner = true)
{
    const bool focused = option->state & QStyle::State_HasFocus;
    const QColor window = option->palette.color(QPalette::Window);
    if (focused) {
        drawFrame(painter, option->rect, focusColour(option->palette, window), 2);
        return;
    }
    if (inner)
        drawFrame(painter, option->rect.adjusted(1, 1, -1, -1),
                  option->palette.color(QPalette::Base), 1);
    drawFrame(painter, option->rect, borderColour(option->palette), 1);
}

} // namespace

ReadableStyle::ReadableStyle() = default;

ReadableStyle::~ReadableStyle() = default;

void ReadableStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                  QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_FrameLineEdit:
        // Inside a combo box the combo box draws the edge.
        if (widget && qobject_cast<const QComboBox *>(widget->parentWidget()))
            break;
        drawFieldBorder(option, painter);
        return;
    case PE_Frame:
        if (isEditableText(widget)) {
            drawFieldBorder(option, painter);
            return;
        }
        break;
    case PE_FrameFocusRect: {
        // Only where focus moved by keyboard, as the base style does.
        if (!(option->state & State_KeyboardFocusChange))
            return;
        QColor background = option->palette.color(QPalette::Window);
        if (const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option)) {
            if (focus->backgroundColor.isValid())
                background = focus->backgroundColor;
        }
        // On a selected row the selection colour is the background: the row's text colour then.
        QColor colour = focusColour(option->palette, background);
        if (contrastRatio(colour, background) < NonTextContrast)
            colour = readableAgainst(option->palette.color(QPalette::HighlightedText), {background},
                                     NonTextContrast);
        drawFrame(painter, option->rect, colour, 1);
        return;
    }
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void ReadableStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                       QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ComboBox) {
        // Over the base style's pale edge.
        drawFieldBorder(option, painter, false);
    }
}

int ReadableStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                               const QWidget *widget) const
{
    // Room inside a text area's edge for the two pixels of its border.
    if (metric == PM_DefaultFrameWidth && isEditableText(widget))
        return 2;
    return QProxyStyle::pixelMetric(metric, option, widget);
}

} // namespace tv::ui
