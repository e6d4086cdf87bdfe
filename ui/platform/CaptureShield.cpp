#include "ui/platform/CaptureShield.h"

#include "ui/platform/CapturePlatform.h"

#include <QCoreApplication>

namespace tv::ui {

CaptureShield::~CaptureShield() = default;

namespace {

class PlatformCaptureShield final : public CaptureShield {
public:
    CaptureProtection protect(QWindow *window) override
    {
        return platform::protectFromCapture(window);
    }

    QString explanation() const override
    {
        return QCoreApplication::translate("tv::ui::CaptureShield", platform::captureExplanation());
    }
};

} // namespace

std::unique_ptr<CaptureShield> CaptureShield::forThisPlatform()
{
    return std::make_unique<PlatformCaptureShield>();
}

} // namespace tv::ui
