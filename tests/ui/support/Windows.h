#pragma once

#include <QTest>
#include <QWidget>

namespace tv::test {

// Shows `window` and makes it the active window, as a window manager would (there is none
// offscreen or under Xvfb). False when it is not exposed, or not active, in time.
inline bool showActive(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace tv::test
