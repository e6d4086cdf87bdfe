#pragma once

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

} // namespace tv::ui
