#include "ui/platform/CaptureShield.h"

namespace tv::ui {

CaptureShield::~CaptureShield() = default;

} // namespace tv::ui
