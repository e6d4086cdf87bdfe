#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tv::ui {

// Nothing of this program reaches the clipboard. An application-wide event filter:
// - the copy and cut keys (every binding of QKeySequence::Copy and Cut: Ctrl+C, Ctrl+Insert,
//   Ctrl+X, Shift+Delete, …) do nothing in any widget: item views, labels, text fields;
// - text fields keep their context menu for typing and pasting (a UPN pasted from the school's
//   system is welcome) but lose its Copy and Cut; a label's text cannot be selected at all;
// - (views start no drag either: ReadOnlyView turns it off;)
// - and should anything still put data there, the clipboard is emptied at once whenever this
//   program owns it.
// Pasting into a field stays possible: it brings data in, not out.
class ClipboardGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // Whether `action` copies or cuts (a text field's standard Copy and Cut, or any action on
    // those keys).
    static bool copies(const QAction *action);
    // Removes every action that copies or cuts from `menu` (a text field's standard menu).
    static void removeCopyActions(QMenu *menu);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool showMenuWithoutCopy(QWidget *widget, const QPoint &globalPos);
    void emptyIfOurs();
};

} // namespace tv::ui
