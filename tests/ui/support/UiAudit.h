#pragma once

#include <QStringList>

class QWidget;

// Checks a shown window against the accessibility rules of issue 6, for any GUI test: each
// returns one line per problem (naming the widget by its object name), empty when there is none.
namespace tv::test {

// Every visible control that takes the keyboard focus, and every item view, has an object name
// and an accessible name and description as a screen reader gets them (a buddy label's text and
// a tooltip count, as they do for the reader).
QStringList accessibilityProblems(const QWidget *window);

// Text against its background below 4.5:1 (WCAG 2 contrast ratio of the palette's colours), for
// every visible widget with text; disabled widgets are exempt, as WCAG exempts them.
QStringList contrastProblems(const QWidget *window);

// Labels and buttons whose text does not fit the room the layout gave them (a fixed size, or a
// font the layout did not follow).
QStringList clippedText(const QWidget *window);

// Visible, enabled controls that Tab (pressed from the focus widget of the active window until
// the focus comes round again) never reaches: left out of the tab order, or behind a control that
// keeps Tab for itself.
QStringList unreachableByTab(QWidget *window);

// The WCAG 2 contrast ratio of two colours given as sRGB (0xRRGGBB).
double contrastRatio(unsigned foreground, unsigned background);

} // namespace tv::test
