#pragma once

#include <QModelIndex>
#include <QObject>
#include <QTableView>

class QAbstractItemView;

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

// The row height makeReadOnly gives a table for the view's font now; call again after a font
// change (makeReadOnly's filter does this on QEvent::FontChange).
int readOnlyRowHeight(const QAbstractItemView *view);

// A table of person data (call makeReadOnly() on it as on any view). While it is hidden (on a
// page or tab not shown) its cells have no place on screen, so screen readers are not told that
// they are showing: Qt's accessible cells judge that by their place alone.
class ReadOnlyTableView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyTableView)

public:
    explicit ReadOnlyTableView(QWidget *parent = nullptr);
    ~ReadOnlyTableView() override;

    QRect visualRect(const QModelIndex &index) const override;
};

// Enter or Return on a read-only view's current row, said the same way on every platform
// (QAbstractItemView::activated follows the style: on some, Enter does not emit it). A table of
// people opens the one on the current row with it.
class RowOpener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowOpener)

public:
    // Watches `view` for as long as it lives (the opener is its child).
    static RowOpener *attach(QAbstractItemView *view);
    ~RowOpener() override;

Q_SIGNALS:
    // Enter or Return, without modifiers, on the current row.
    void rowOpened(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RowOpener(QAbstractItemView *view);

    QAbstractItemView *m_view;
};

} // namespace tv::ui
