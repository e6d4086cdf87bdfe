#pragma once

#include <QModelIndex>
#include <QObject>

class QTableView;

namespace tv::ui {

// Makes a table of person data a read-only view (ui-common's rules), and guards it for as long as
// the table lives:
// - no editing, no drag or drop, no context menu, whole rows selected one at a time, one line per
//   row of the same height (in font units, so it scales with the system font), no word wrap;
// - Ctrl+C (QKeySequence::Copy) does nothing: QAbstractItemView would otherwise copy the
//   current cell to the clipboard by itself;
// - Enter on a row emits rowOpened() with the current index, instead of activated(), whose
//   meaning (single or double click) depends on the platform's style.
//
// To be folded into ui/common/ReadOnlyView once that exists.
class ReadOnlyTable final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyTable)

public:
    // Configures `table` and installs itself as its event filter; `table` owns the guard.
    static ReadOnlyTable *guard(QTableView *table);
    ~ReadOnlyTable() override;

Q_SIGNALS:
    // Enter or Return on the current row.
    void rowOpened(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ReadOnlyTable(QTableView *table);

    QTableView *m_table;
};

} // namespace tv::ui
