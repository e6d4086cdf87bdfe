#pragma once

#include "ui/platform/CaptureShield.h"

// The part of CaptureShield that differs by platform: one source file per platform
// (CaptureShieldWindows.cpp, CaptureShieldMac.mm, CaptureShieldUnavailable.cpp) defines these two,
// and CaptureShield.cpp wraps them in the shield every platform shares.
namespace tv::ui::platform {

// Applies the protection to `window` and reads it back.
CaptureProtection protectFromCapture(QWindow *window);

// The explanation's source text, marked with QT_TRANSLATE_NOOP in the "tv::ui::CaptureShield"
// context; CaptureShield translates it when asked.
const char *captureExplanation();

} // namespace tv::ui::platform
