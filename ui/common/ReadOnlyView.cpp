#include "ui/common/ReadOnlyView.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace tv::ui {

ReadOnlyTableView::ReadOnlyTableView(QWidget *parent)
    : QTableView(parent)
{}

ReadOnlyTableView::~ReadOnlyTableView() = default;

QRect ReadOnlyTableView::visualRect(const QModelIndex &index) const
{
    return isVisible() ? QTableView::visualRect(index) : QRect();
}

namespace {

bool isCopyOrCut(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut);
}

void applyRowHeight(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->verticalHeader()->setMinimumSectionSize(0);
        table->verticalHeader()->setDefaultSectionSize(readOnlyRowHeight(view));
    }
    // Icons (the flag states) as tall as a line of text, so they scale with the font.
    const int icon = view->fontMetrics().height();
    view->setIconSize(QSize(icon, icon));
}

// Swallows copy and cut on the view, and follows font changes.
class ReadOnlyFilter final : public QObject {
    Q_DISABLE_COPY_MOVE(ReadOnlyFilter)

public:
    explicit ReadOnlyFilter(QAbstractItemView *view)
        : QObject(view)
    {
        setObjectName(u"readOnlyFilter"_s);
    }
    ~ReadOnlyFilter() override = default;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::ShortcutOverride:
            // Claim the key so that no window shortcut copies either; the KeyPress that follows
            // is swallowed below.
            if (isCopyOrCut(static_cast<QKeyEvent *>(event))) {
                event->accept();
                return true;
            }
            break;
        case QEvent::KeyPress: {
            auto *key = static_cast<QKeyEvent *>(event);
            if (isCopyOrCut(key)) {
                event->accept();
                return true;
            }
            // A table of whole rows: Home and End go to the first and last row, as in a list,
            // not to the first and last cell of the row.
            auto *table = qobject_cast<QTableView *>(watched);
            if (table && table->selectionBehavior() == QAbstractItemView::SelectRows &&
                (key->key() == Qt::Key_Home || key->key() == Qt::Key_End) &&
                key->modifiers() == Qt::NoModifier) {
                QKeyEvent rowKey(QEvent::KeyPress, key->key(), Qt::ControlModifier);
                QCoreApplication::sendEvent(table, &rowKey);
                return true;
            }
            break;
        }
        case QEvent::FontChange:
            if (auto *view = qobject_cast<QAbstractItemView *>(watched))
                applyRowHeight(view);
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void makeReadOnly(QAbstractItemView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setDragEnabled(false);
    view->setDragDropMode(QAbstractItemView::NoDragDrop);
    view->setDefaultDropAction(Qt::IgnoreAction);
    view->setAcceptDrops(false);
    view->viewport()->setAcceptDrops(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setTextElideMode(Qt::ElideRight);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->verticalHeader()->hide();
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->setWordWrap(false);
        table->setCornerButtonEnabled(false);
        table->horizontalHeader()->setSectionsMovable(false);
        // Whole rows are selected: every heading would turn bold with the current row.
        table->horizontalHeader()->setHighlightSections(false);
    } else if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setUniformRowHeights(true);
        tree->setWordWrap(false);
    }
    applyRowHeight(view);
    view->installEventFilter(new ReadOnlyFilter(view));
}

int readOnlyRowHeight(const QAbstractItemView *view)
{
    // A line of text with room above and below; at least as tall as an icon of that height.
    const QFontMetrics metrics = view->fontMetrics();
    return metrics.height() + metrics.height() / 2;
}

RowOpener *RowOpener::attach(QAbstractItemView *view)
{
    return new RowOpener(view);
}

RowOpener::RowOpener(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    setObjectName(u"rowOpener"_s);
    view->installEventFilter(this);
}

RowOpener::~RowOpener() = default;

bool RowOpener::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            if (const QModelIndex current = m_view->currentIndex(); current.isValid())
                Q_EMIT rowOpened(current);
            key->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tv::ui
