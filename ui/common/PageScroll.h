#pragma once

#include <QString>

class QWidget;

namespace tv::ui {

// The widget a page lays its content out in: inside a frameless scroll area that fills `page`,
// so that on a small screen (1366x768 at 200% has 683x384 to give) the page scrolls inside the
// window instead of making the window taller than the screen. The scroll area takes no focus
// (the page's controls do) and is named "<name>Scroll", the content "<name>Content".
QWidget *scrollingContent(QWidget *page, const QString &name);

// Sizes a window that has not been shown yet to what its content asks for, up to the screen it
// opens on. Qt's own first size stops at two thirds of the screen, which at 200% on a laptop
// leaves a dialog's scrolling list showing one row with a third of the screen unused.
void sizeToContent(QWidget *window);

} // namespace tv::ui
