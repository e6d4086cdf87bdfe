#include "ui/platform/CaptureGuard.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QWidget>
#include <QWindow>

namespace tv::ui {

Q_LOGGING_CATEGORY(lcCapture, "tv.ui.capture")

CaptureGuard::CaptureGuard(std::unique_ptr<CaptureShield> shield, QObject *parent)
    : QObject(parent)
    , m_shield(std::move(shield))
    , m_protection(CaptureProtection::NotAvailable)
{
    m_printScreen.setSingleShot(true);
    m_printScreen.setInterval(PrintScreenConcealment);
    connect(&m_printScreen, &QTimer::timeout, this, &CaptureGuard::updateConcealment);
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            &CaptureGuard::updateConcealment);
    qApp->installEventFilter(this);
    // Windows already shown when the guard comes are protected at once.
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible())
            protect(window);
    }
    updateConcealment();
}

CaptureGuard::~CaptureGuard()
{
    qApp->removeEventFilter(this);
}

CaptureProtection CaptureGuard::protection() const
{
    return m_protection;
}

QString CaptureGuard::protectionText() const
{
    switch (m_protection) {
    case CaptureProtection::Protected:
        return tr("Capture protected");
    case CaptureProtection::NotAvailable:
        return tr("Capture protection not available on this system");
    case CaptureProtection::Failed:
        break;
    }
    return tr("Capture protection failed");
}

QString CaptureGuard::explanation() const
{
    if (m_protection == CaptureProtection::Failed) {
        return tr("This system offers capture protection, but it refused it for a TransformView "
                  "window, so screenshots and screen recordings may show it. Person data is "
                  "hidden whenever TransformView is not the active window, and every data panel "
                  "carries a watermark. Tell your IT support.");
    }
    return m_shield->explanation();
}

bool CaptureGuard::isConcealing() const
{
    return m_concealing;
}

void CaptureGuard::setPrintScreenConcealment(std::chrono::milliseconds period)
{
    m_printScreen.setInterval(period);
}

bool CaptureGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::WindowStateChange:
    case QEvent::WindowActivate:
    case QEvent::FocusIn:
        if (watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow() && widget->isVisible())
                protect(widget);
        }
        if (event->type() == QEvent::WindowStateChange)
            updateConcealment();
        break;
    case QEvent::Hide:
        if (watched->isWidgetType() && static_cast<QWidget *>(watched)->isWindow())
            updateConcealment();
        break;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        // Where the desktop does not take the key for itself, a capture follows at once.
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Print) {
            m_printScreen.start();
            updateConcealment();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CaptureGuard::protect(QWidget *window)
{
    // Popups and tooltips are windows of their own; they show no person data here, and a
    // popup's native handle is not created for a shield call.
    if (window->windowType() == Qt::Popup || window->windowType() == Qt::ToolTip ||
        !window->windowHandle())
        return;
    const CaptureProtection result = m_shield->protect(window->windowHandle());
    if (result == CaptureProtection::Failed)
        qCWarning(lcCapture) << "capture protection refused for a window";
    if (!m_windows.contains(window)) {
        connect(window, &QObject::destroyed, this, [this, window] {
            m_windows.remove(window);
            updateProtection();
        });
    }
    m_windows.insert(window, result);
    updateProtection();
}

void CaptureGuard::updateProtection()
{
    // The worst over the windows: one unprotected window is a failure for all.
    const auto rank = [](CaptureProtection protection) {
        switch (protection) {
        case CaptureProtection::Protected:
            return 0;
        case CaptureProtection::NotAvailable:
            return 1;
        case CaptureProtection::Failed:
            break;
        }
        return 2;
    };
    if (m_windows.isEmpty())
        return; // nothing shown: the last state stands until a window is
    CaptureProtection worst = CaptureProtection::Protected;
    for (const CaptureProtection protection : std::as_const(m_windows)) {
        if (rank(protection) > rank(worst))
            worst = protection;
    }
    if (worst != m_protection) {
        m_protection = worst;
        Q_EMIT protectionChanged(m_protection);
    }
}

void CaptureGuard::updateConcealment()
{
    bool minimised = false;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (const QWidget *window : windows) {
        if (window->isVisible() && window->isMinimized())
            minimised = true;
    }
    const bool conceal = QGuiApplication::applicationState() != Qt::ApplicationActive ||
                         minimised || m_printScreen.isActive();
    if (conceal == m_concealing)
        return;
    m_concealing = conceal;
    Q_EMIT concealmentChanged(m_concealing);
}

} // namespace tv::ui
