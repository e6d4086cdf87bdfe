// Platforms whose window systems cannot keep a window out of captures (X11, Wayland).
#include "ui/platform/CaptureShield.h"

#include <QCoreApplication>

namespace tv::ui {

namespace {

class UnavailableCaptureShield final : public CaptureShield {
public:
    CaptureProtection protect(QWindow *) override { return CaptureProtection::NotAvailable; }

    QString explanation() const override
    {
        return QCoreApplication::translate(
            "tv::ui::CaptureShield",
            "This system (X11 or Wayland) cannot stop screenshots or screen recordings of a "
            "window. TransformView hides person data whenever it is not the active window and "
            "when Print Screen is pressed, and every data panel carries a watermark with your "
            "name, organisation and the time.");
    }
};

} // namespace

std::unique_ptr<CaptureShield> CaptureShield::forThisPlatform()
{
    return std::make_unique<UnavailableCaptureShield>();
}

} // namespace tv::ui
