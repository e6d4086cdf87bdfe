// The macOS shield: the window's sharing type. Built on macOS only.
#include "ui/platform/CapturePlatform.h"

#include <QWindow>

#import <AppKit/AppKit.h>

namespace tv::ui::platform {

CaptureProtection protectFromCapture(QWindow *window)
{
    if (!window)
        return CaptureProtection::Failed;
    // A Qt window's id on macOS is its NSView; the NSWindow holds the sharing type.
    NSView *view = reinterpret_cast<NSView *>(window->winId());
    NSWindow *nsWindow = view.window;
    if (!nsWindow)
        return CaptureProtection::Failed;
    nsWindow.sharingType = NSWindowSharingNone;
    return nsWindow.sharingType == NSWindowSharingNone ? CaptureProtection::Protected
                                                       : CaptureProtection::Failed;
}

const char *captureExplanation()
{
    return QT_TRANSLATE_NOOP(
        "tv::ui::CaptureShield",
        "macOS keeps TransformView's windows out of its own screenshots and out of the "
        "recording and sharing applications that honour the request. Apple no longer "
        "guarantees it: since macOS 15 some screen recorders and meeting applications "
        "capture the window anyway. Person data is hidden whenever TransformView is not "
        "the active window, and a camera pointed at the screen is never stopped: the "
        "watermark says whose screen it was.");
}

} // namespace tv::ui::platform
