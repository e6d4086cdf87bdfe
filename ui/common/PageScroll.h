#pragma once

#include <QString>

class QWidget;

namespace tv::ui {

// The widget a page lays its content out in: inside a frameless scroll area that fills `page`,
// so that on a small screen (1366x768 at 200% has 683x384 to give) the page scrolls inside the
// window instead of making the window taller than the screen. The scroll area takes no focus
// (the page's controls do) and is named "<name>Scroll", the content "<name>Content".
QWidget *scrollingContent(QWidget *page, const QString &name);

} // namespace tv::ui
