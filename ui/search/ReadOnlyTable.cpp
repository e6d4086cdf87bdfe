#include "ReadOnlyTable.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>

namespace tv::ui {

ReadOnlyTable *ReadOnlyTable::guard(QTableView *table)
{
    return new ReadOnlyTable(table);
}

ReadOnlyTable::ReadOnlyTable(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setDragEnabled(false);
    table->setDragDropMode(QAbstractItemView::NoDragDrop);
    table->setAcceptDrops(false);
    table->setContextMenuPolicy(Qt::NoContextMenu);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() * 3 / 2 + 2);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->installEventFilter(this);
}

ReadOnlyTable::~ReadOnlyTable() = default;

bool ReadOnlyTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            // Swallowed here, so neither the view nor a window shortcut copies a cell.
            key->accept();
            return event->type() == QEvent::KeyPress;
        }
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && event->type() == QEvent::KeyPress &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            const QModelIndex current = m_table->currentIndex();
            if (current.isValid())
                Q_EMIT rowOpened(current);
            key->accept();
            return true;
        }
        break;
    }
    case QEvent::FontChange:
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 3 / 2 +
                                                         2);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tv::ui
