#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace tv::ui {

// The read-only tables of the person page, made the same way in every tab.

// A read-only table whose row menu the page opens (customContextMenuRequested). `fitsRows`: as
// tall as its rows, without scroll bars (the short, fixed lists of the first tab; fitToRows()).
QTableView *newRecordPanel(const QString &objectName, bool fitsRows, QWidget *parent);

// How wide `view` must be to show every column's header and words in full (the first rows'
// words, as the header's resize precision says).
int contentsWidth(const QTableView *view);

// A `fitsRows` panel as tall as its rows (one at least, so an empty panel does not collapse to a
// line) and as wide as its contents, so the tab scrolls rather than the words being cut.
void fitToRows(QTableView *view);

} // namespace tv::ui
