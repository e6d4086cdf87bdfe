#pragma once

#include <initializer_list>

class QColor;
class QPalette;

namespace tv::ui {

// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// What to set over `palette` for a selection people can read: where the selected text
// (HighlightedText) on the selection (Highlight) of the active or inactive colours is below 4.5:1,
// a darker selection (lighter, under dark text) of the same hue that reaches it. Qt's own palette
// on a desktop without a theme (white on #308cc6, 3.7:1) needs it. The palette returned sets
// nothing else, so set over the application's the rest still follows the desktop's theme.
QPalette readableSelection(const QPalette &palette);

// readableSelection(), and the placeholder text of empty fields ("DD/MM/YYYY") at 4.5:1 on the
// fields' background (Qt's own is the text at half strength: 4.0:1 on white). What the
// application sets over the desktop's palette.
QPalette readablePalette(const QPalette &palette);

// `colour`, darkened (lightened, on dark backgrounds) in small steps of the same hue until it
// stands out from every one of `backgrounds` by `ratio` (WCAG 2: 4.5 for text, 3 for borders and
// focus indicators); as it was when it already does.
QColor readableAgainst(const QColor &colour, std::initializer_list<QColor> backgrounds,
                       double ratio);

} // namespace tv::ui
