// The Windows shield: display affinity. Built on Windows only.
#include "ui/platform/CapturePlatform.h"

#include <QWindow>
#include <qt_windows.h>

// Declared by the Windows 10 2004 SDK and later; older SDKs lack the name, not the feature.
#ifndef WDA_EXCLUDEFROMCAPTURE
#define WDA_EXCLUDEFROMCAPTURE 0x00000011
#endif

namespace tv::ui::platform {

namespace {

bool setAndCheck(HWND window, DWORD affinity)
{
    if (!SetWindowDisplayAffinity(window, affinity))
        return false;
    DWORD applied = WDA_NONE;
    return GetWindowDisplayAffinity(window, &applied) && applied == affinity;
}

} // namespace

CaptureProtection protectFromCapture(QWindow *window)
{
    if (!window)
        return CaptureProtection::Failed;
    const auto handle = reinterpret_cast<HWND>(window->winId());
    // Left out of every capture; before Windows 10 2004 the call fails, and a window shown
    // black in captures is the next best.
    if (setAndCheck(handle, WDA_EXCLUDEFROMCAPTURE))
        return CaptureProtection::Protected;
    if (setAndCheck(handle, WDA_MONITOR))
        return CaptureProtection::Protected;
    return CaptureProtection::Failed;
}

const char *captureExplanation()
{
    return QT_TRANSLATE_NOOP(
        "tv::ui::CaptureShield",
        "Windows leaves TransformView's windows out of screenshots, screen recordings and "
        "screen sharing (or shows them black). A camera pointed at the screen is not "
        "stopped: the watermark says whose screen it was.");
}

} // namespace tv::ui::platform
