// Platforms whose window systems cannot keep a window out of captures (X11, Wayland).
#include "ui/platform/CapturePlatform.h"

#include <QtGlobal>

namespace tv::ui::platform {

CaptureProtection protectFromCapture(QWindow *)
{
    return CaptureProtection::NotAvailable;
}

const char *captureExplanation()
{
    return QT_TRANSLATE_NOOP(
        "tv::ui::CaptureShield",
        "This system (X11 or Wayland) cannot stop screenshots or screen recordings of a "
        "window. TransformView hides person data whenever it is not the active window and "
        "when Print Screen is pressed, and every data panel carries a watermark with your "
        "name, organisation and the time.");
}

} // namespace tv::ui::platform
