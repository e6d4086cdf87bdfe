#include "ui/platform/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace tv::ui {

Q_LOGGING_CATEGORY(lcClipboard, "tv.ui.clipboard")

namespace {

bool copiesOrCuts(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut);
}

// Selecting a label's text is the first step to copying (or, on X11, to the primary selection).
void makeUnselectable(QWidget *widget)
{
    auto *label = qobject_cast<QLabel *>(widget);
    const Qt::TextInteractionFlags selectable =
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;
    if (label && (label->textInteractionFlags() & selectable))
        label->setTextInteractionFlags(label->textInteractionFlags() & ~selectable);
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
    QClipboard *clipboard = QGuiApplication::clipboard();
    connect(clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::emptyIfOurs);
    connect(clipboard, &QClipboard::selectionChanged, this, &ClipboardGuard::emptyIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    qApp->removeEventFilter(this);
}

bool ClipboardGuard::copies(const QAction *action)
{
    // Newer Qt names its standard text actions; Qt 6.4 only writes their keys after a tab in the
    // text ("&Copy\tCtrl+C"), which no translation changes.
    const QString name = action->objectName();
    if (name == u"edit-copy"_s || name == u"edit-cut"_s || name == u"copy-link-location"_s)
        return true;
    const QString keys = action->text().section(u'\t', 1);
    for (const QKeySequence::StandardKey standard : {QKeySequence::Copy, QKeySequence::Cut}) {
        const QList<QKeySequence> bindings = QKeySequence::keyBindings(standard);
        for (const QKeySequence &binding : bindings) {
            if (action->shortcut() == binding ||
                (!keys.isEmpty() && keys == binding.toString(QKeySequence::NativeText)))
                return true;
        }
    }
    return false;
}

void ClipboardGuard::removeCopyActions(QMenu *menu)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (copies(action)) {
            menu->removeAction(action);
            action->deleteLater();
        }
    }
}

bool ClipboardGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        if (copiesOrCuts(static_cast<QKeyEvent *>(event))) {
            event->accept(); // taken: neither the widget nor a shortcut acts on it
            return true;
        }
        break;
    case QEvent::ContextMenu:
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QTextEdit *>(widget) ||
            qobject_cast<QPlainTextEdit *>(widget)) {
            return showMenuWithoutCopy(widget,
                                       static_cast<QContextMenuEvent *>(event)->globalPos());
        }
        if (qobject_cast<QLabel *>(widget))
            return true; // a label's menu has nothing but Copy
        break;
    case QEvent::Polish:
    case QEvent::MouseButtonPress:
        makeUnselectable(widget);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool ClipboardGuard::showMenuWithoutCopy(QWidget *widget, const QPoint &globalPos)
{
    QMenu *menu = nullptr;
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        menu = line->createStandardContextMenu();
    else if (auto *text = qobject_cast<QTextEdit *>(widget))
        menu = text->createStandardContextMenu(text->mapFromGlobal(globalPos));
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        menu = plain->createStandardContextMenu(plain->mapFromGlobal(globalPos));
    if (!menu)
        return false;
    menu->setObjectName(u"textContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    removeCopyActions(menu);
    menu->popup(globalPos);
    return true;
}

void ClipboardGuard::emptyIfOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        const bool ours =
            mode == QClipboard::Clipboard ? clipboard->ownsClipboard() : clipboard->ownsSelection();
        const QMimeData *data = clipboard->mimeData(mode);
        if (ours && data && !data->formats().isEmpty()) {
            qCWarning(lcClipboard) << "something of this program reached the clipboard: emptied";
            clipboard->clear(mode);
        }
    }
}

} // namespace tv::ui
