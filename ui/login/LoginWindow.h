#pragma once

#include "domain/User.h"

#include <QUrl>
#include <QWidget>

#include <memory>

namespace tv::ui {

namespace Ui {
class LoginWindow;
} // namespace Ui

// The sign-in window: server address, email address, password and a "Sign in" button that
// Enter presses. It only collects what the person typed and shows what it is told; the shell
// does the signing in. The password is never shown, and is cleared once it has been used.
class LoginWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginWindow)

public:
    explicit LoginWindow(QWidget *parent = nullptr);
    ~LoginWindow() override;

    // Training mode shows the banner and fixes the server address to the local service.
    void setTrainingMode(bool training);
    bool isTrainingMode() const;

    void setServerUrl(const QUrl &url);
    // Fills in the email address and password; training mode fills in the demo trainer's.
    void setCredentials(const QString &email, const QString &password);
    void clearPassword();

    // While busy every field and the button are disabled.
    void setBusy(bool busy);
    bool isBusy() const;
    // Whether signing in is possible at all (training mode without its service: no).
    void setSignInAvailable(bool available);

    // Shows plain information, or an error, below the fields.
    void showStatus(const QString &message);
    void showError(const QString &message);
    QString statusText() const;
    // A notice that stays while the person signs in (for example that this session will not be
    // remembered); empty hides it.
    void showNotice(const QString &message);
    QString noticeText() const;

Q_SIGNALS:
    void signInRequested(const QUrl &serverUrl, const tv::LoginRequest &request);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void focusNextStep();
    void updateEnabled();

    std::unique_ptr<Ui::LoginWindow> m_ui;
    bool m_training = false;
    bool m_busy = false;
    bool m_available = true;
};

} // namespace tv::ui
