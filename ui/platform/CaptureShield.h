#pragma once

#include <QString>

#include <memory>

class QWindow;

namespace tv::ui {

// Whether this system keeps a window out of screenshots, screen recordings and screen sharing.
enum class CaptureProtection {
    Protected,    // the platform excludes (or blacks out) the window in every capture
    NotAvailable, // the platform has no way to do it (X11, Wayland)
    Failed,       // the platform has a way, and it was refused
};

// One platform's way of keeping a top-level window out of captures. Small on purpose: each
// platform's part is a few calls, read back to check they took.
//   Windows: SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE) (Windows 10 2004 and later; the
//            window is left out of captures), read back with GetWindowDisplayAffinity; where that
//            is refused, WDA_MONITOR (the window is black in captures).
//   macOS:   NSWindow.sharingType = NSWindowSharingNone, read back.
//   Linux:   X11 and Wayland have no such request: NotAvailable, and the mitigations (hiding
//            person data while inactive, the watermark) are all there is.
class CaptureShield {
public:
    CaptureShield() = default;
    virtual ~CaptureShield();
    CaptureShield(const CaptureShield &) = delete;
    CaptureShield &operator=(const CaptureShield &) = delete;

    // Applies the protection to `window` (a top-level window with a native handle) and reads it
    // back. Safe to call again: the window manager or a minimise may have dropped it.
    virtual CaptureProtection protect(QWindow *window) = 0;
    // In plain words, for the status bar's tooltip: what this platform's protection does.
    virtual QString explanation() const = 0;

    // The shield for the platform this program was built for.
    static std::unique_ptr<CaptureShield> forThisPlatform();
};

} // namespace tv::ui
