#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// The keys of a shown window as the person can press them (issue 14): every Alt+<letter>
// mnemonic of a visible label with a buddy, button, tab and menu-bar title, and every shortcut of
// a QAction or QShortcut that works in the window's current state.
namespace tv::test {

struct WindowKey {
    QKeySequence key;
    QString where; // object name and the text, e.g. "signOutButton: Sign &out"
};

QList<WindowKey> windowKeys(const QWidget *window);

// One line per key that two of windowKeys() share; empty when every key is unique.
QStringList keyClashes(const QWidget *window);

} // namespace tv::test
