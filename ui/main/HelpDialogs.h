#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QDialog;
class QWidget;

namespace tv::ui {

// The Help menu's windows. None shows person data.

// One line of the keyboard shortcuts list: the keys as this computer writes them, and what they
// do.
struct KeyHelp {
    QString keys;
    QString what;
};

// The keys listed for `sequences` (each written the native way, "Ctrl+Shift+L or Pause").
QString keysText(const QList<QKeySequence> &sequences);

// "Keyboard shortcuts": a read-only table of `keys`, in the order given.
QDialog *newShortcutsDialog(const QList<KeyHelp> &keys, QWidget *parent);

// "What the three states mean": Current, Historic and No information on database, in words.
QDialog *newStatesDialog(QWidget *parent);

// "About TransformView": this program's version, the service's (empty: not known yet), and the
// licences.
QDialog *newAboutDialog(const QString &serviceVersion, QWidget *parent);

} // namespace tv::ui
