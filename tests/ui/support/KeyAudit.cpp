#include "tests/ui/support/KeyAudit.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace tv::test {

namespace {

QString nameOf(const QObject *object)
{
    return object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                          : object->objectName();
}

bool shows(const QWidget *widget, const QWidget *window)
{
    return widget->window() == window && (widget == window || widget->isVisibleTo(window));
}

// Whether `action`'s shortcut works now: a widget it is added to shows (or, for a window-wide
// one, the window it belongs to).
bool actionWorks(const QAction *action, const QWidget *window)
{
    if (!action->isVisible())
        return false;
    for (const QObject *object : action->associatedObjects()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (!widget)
            continue;
        if (const auto *menu = qobject_cast<const QMenu *>(widget)) {
            // In a menu of the window's menu bar: the shortcut works from the window.
            if (const auto *bar = qobject_cast<const QMenuBar *>(menu->parent());
                bar && shows(bar, window))
                return true;
            continue;
        }
        if (shows(widget, window))
            return true;
    }
    return false;
}

void addMnemonic(QList<WindowKey> &keys, const QString &text, const QString &where)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        keys.append({key, where + u": "_s + text});
}

} // namespace

QList<WindowKey> windowKeys(const QWidget *window)
{
    QList<WindowKey> keys;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(const_cast<QWidget *>(window));
    for (const QWidget *widget : std::as_const(widgets)) {
        if (!shows(widget, window))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            addMnemonic(keys, button->text(), nameOf(button));
        else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            addMnemonic(keys, label->text(), nameOf(label));
        else if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            addMnemonic(keys, box->title(), nameOf(box));
        else if (const auto *bar = qobject_cast<const QTabBar *>(widget)) {
            for (int tab = 0; tab < bar->count(); ++tab) {
                if (bar->isTabVisible(tab))
                    addMnemonic(keys, bar->tabText(tab), nameOf(bar->parentWidget()));
            }
        } else if (const auto *menuBar = qobject_cast<const QMenuBar *>(widget)) {
            for (const QAction *menu : menuBar->actions()) {
                if (menu->isVisible())
                    addMnemonic(keys, menu->text(), nameOf(menuBar));
            }
        }
    }
    QList<const QAction *> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->menu() || !actionWorks(action, window))
            continue;
        seen.append(action);
        for (const QKeySequence &key : action->shortcuts())
            keys.append({key, nameOf(action) + u": "_s + action->text()});
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        const auto *owner = qobject_cast<const QWidget *>(shortcut->parent());
        if (!shortcut->isEnabled() || !owner || !shows(owner, window))
            continue;
        for (const QKeySequence &key : shortcut->keys())
            keys.append({key, nameOf(shortcut)});
    }
    return keys;
}

QStringList keyClashes(const QWidget *window)
{
    QHash<QString, QStringList> byKey;
    const QList<WindowKey> keys = windowKeys(window);
    for (const WindowKey &key : keys)
        byKey[key.key.toString(QKeySequence::PortableText)].append(key.where);
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << u"%1 in %2: %3"_s.arg(it.key(), nameOf(window), it.value().join(u" | "_s));
    }
    clashes.sort();
    return clashes;
}

} // namespace tv::test
