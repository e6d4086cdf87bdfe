#pragma once

class QLabel;

// What a screen reader gets from the widgets, beyond what Qt's own accessible interfaces give
// it, in one place (installAccessibility(), once QApplication exists and before any window):
//
// - a top-level window that is a plain QWidget (the sign-in window, the lock screen) is a
//   window (AT-SPI "frame"), not a "filler";
// - a combo box is named by its label (its accessible name, else its buddy label), not by its
//   current text, which is its value (Qt's Linux bridge names it by the text);
// - a label marked as a heading is a heading (AT-SPI "heading");
// - a label marked as a live region is a notification (AT-SPI "notification", named by its
//   words), and announce() makes each new message reach the reader: Qt 6.4's bridge passes on
//   no announcement event (QAccessible::Alert is dropped), but a notification that is shown is
//   read out.
namespace tv::ui {

// Installs the interfaces above, to be asked before Qt's own; main() calls it right after making
// the QApplication. Calling it again changes nothing.
void installAccessibility();

// A section title, in bold; `level` 1 for a window's or page's title, 2 for a section within it.
// Qt 6.4's bridge sends no object attributes, so the level reaches AT-SPI only with a later Qt
// (6.8's attributes interface); it is kept on the label for that.
void markHeading(QLabel *label, int level);
int headingLevel(const QLabel *label); // 0 when the label is not a heading

// A label whose words say what a window or panel is doing (a status or an error line). Its name
// is its words; its accessible name ("Search status") becomes its description.
void markLiveRegion(QLabel *label);
bool isLiveRegion(const QLabel *label);
// Tells accessibility clients that the words of a live region changed: they read them out.
// Nothing for an empty or hidden label.
void announce(QLabel *label);

} // namespace tv::ui
