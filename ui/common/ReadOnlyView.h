#pragma once

class QAbstractItemView;
class QMenu;

namespace tv::ui {

// The read-only policy of every view of person data, in one place:
//
// - no editing (NoEditTriggers), no drag and no drop, whole rows selected one at a time;
// - Tab leaves the view (tabKeyNavigation off; arrows move between rows), the view takes focus
//   by Tab and by click; in a table, Home and End go to the first and last row;
// - an event filter swallows QKeySequence::Copy and QKeySequence::Cut (QAbstractItemView copies
//   the current cell by itself on Copy), also before any shortcut of the window sees them;
// - tables get a hidden vertical header, headings that do not turn bold with the selected row,
//   and fixed row heights from the font (so 500 rows cost the same widgets as 5), trees uniform
//   row heights.
//
// Call once, after creating the view; the filter is a child of the view.
void makeReadOnly(QAbstractItemView *view);

// Removes from a context menu any action that would copy or cut (by its shortcut, or by its
// standard objectName "edit-copy"/"edit-cut"), for menus built by code that is not ours.
// Returns how many were removed.
int removeCopyActions(QMenu *menu);

// The row height makeReadOnly gives a table for the view's font now; call again after a font
// change (makeReadOnly's filter does this on QEvent::FontChange).
int readOnlyRowHeight(const QAbstractItemView *view);

} // namespace tv::ui
