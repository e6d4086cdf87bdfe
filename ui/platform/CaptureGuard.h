#pragma once

#include "ui/platform/CaptureShield.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QWidget;

namespace tv::ui {

// Keeps every top-level window of this program out of screen captures where the platform allows
// it, and says when person data must be hidden where it does not.
//
// Watches the whole application (an event filter on it): the shield is applied to each
// top-level window when it is shown, and again when it is restored, activated or gains the focus
// (other programs lost their protection after a minimise and restore). protection() is the
// worst state over the windows protected so far (NotAvailable until the first is shown).
//
// Concealment: person data is to be hidden (panels blanked, not dimmed) while no window of this
// program is active (another program, a screenshot tool, the desktop), while a window is
// minimised, and for a few seconds after the Print Screen key reaches us. concealmentChanged()
// says when that starts and ends; the windows showing person data act on it.
class CaptureGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureGuard)

public:
    static constexpr std::chrono::milliseconds PrintScreenConcealment{3000};

    explicit CaptureGuard(std::unique_ptr<CaptureShield> shield, QObject *parent = nullptr);
    ~CaptureGuard() override;

    CaptureProtection protection() const;
    // The protection in words for the status bar, and what it means for its tooltip.
    QString protectionText() const;
    QString explanation() const;

    bool isConcealing() const;
    // How long the Print Screen key conceals (PrintScreenConcealment unless a test says less).
    void setPrintScreenConcealment(std::chrono::milliseconds period);

Q_SIGNALS:
    void protectionChanged(tv::ui::CaptureProtection protection);
    void concealmentChanged(bool concealing);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void protect(QWidget *window);
    void updateProtection();
    void updateConcealment();

    std::unique_ptr<CaptureShield> m_shield;
    QHash<const QWidget *, CaptureProtection> m_windows; // what each window got last
    CaptureProtection m_protection;
    bool m_concealing = false;
    QTimer m_printScreen;
};

} // namespace tv::ui
