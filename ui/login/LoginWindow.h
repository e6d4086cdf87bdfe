#pragma once

#include "app/startup/DeploymentConfig.h"
#include "models/domain/Admin.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"

#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace tv::ui {

namespace Ui {
class LoginWindow;
} // namespace Ui

// The sign-in window, one page at a time (Session.h describes the protocol behind them):
//   Credentials   server address, email address, password and "Sign in", which Enter presses.
//   Code          the authenticator's 6-digit code for an account with two-step sign-in, or one
//                 of its one-time recovery codes ("abcde-23456"; the page says how);
//                 Enter signs in, "Back" or Escape returns to the credentials. The email address
//                 and password typed before are kept in memory for this re-submit only, and
//                 forgotten once it is done or abandoned.
//   Checking      signed in; the service's conditions of access are being read (busy).
//   Statement     the data protection statement to accept, or "Sign out".
//   AccessLapsed  the unmet conditions in words, whom to contact, and "Sign out".
// It only collects what the person typed or chose and shows what it is told; the shell does the
// signing in. The password is never shown, and is cleared once it has been used.
class LoginWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginWindow)

public:
    enum class Page { Credentials, Code, Checking, Statement, AccessLapsed };
    Q_ENUM(Page)

    explicit LoginWindow(QWidget *parent = nullptr);
    ~LoginWindow() override;

    // Training mode shows the banner and fixes the server address to the local service.
    void setTrainingMode(bool training);
    bool isTrainingMode() const;

    void setServerUrl(const QUrl &url);
    // Fills in the email address and password; training mode fills in the demo trainer's.
    void setCredentials(const QString &email, const QString &password);
    // Training only: fills in the demo trainer's details and shows them on the sign-in page in
    // words (fictional data, a published password), so a trainee can also unlock with it.
    void setTrainingAccount(const QString &email, const QString &password);
    QString trainingAccountText() const;
    // Forgets the password, the code and the sign-in kept for the code step.
    void clearPassword();

    Page page() const;
    // Back to the credentials (the email address stays; the password and code are forgotten).
    void showCredentials();
    // The service asked for the authenticator code: keeps the email address and password just
    // submitted for the re-submit with the code, and asks for the code.
    void askForCode();
    // The code was refused (or the re-submit failed): shows `message` and asks again.
    void rejectCode(const QString &message);
    // Signed in; waiting for the conditions of access.
    void showCheckingAccess();
    void showStatement(const tv::Statement &statement);
    void showAccessLapsed(const tv::Error &error, const startup::TransformTeamContact &contact);

    // While busy every field and button of the page is disabled.
    void setBusy(bool busy);
    bool isBusy() const;
    // Whether signing in is possible at all (training mode without its service: no).
    void setSignInAvailable(bool available);

    // Shows plain information, or an error, below the page.
    void showStatus(const QString &message);
    void showError(const QString &message);
    QString statusText() const;
    // A notice that stays while the person signs in (for example that this session will not be
    // remembered); empty hides it.
    void showNotice(const QString &message);
    QString noticeText() const;

Q_SIGNALS:
    void signInRequested(const QUrl &serverUrl, const tv::LoginRequest &request);
    void statementAccepted(int version);
    // From the statement and access-lapsed pages: end the session.
    void signOutRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setPage(Page page);
    void submit();
    void submitCode();
    void focusNextStep();
    void updateEnabled();
    void forgetPendingSignIn();

    std::unique_ptr<Ui::LoginWindow> m_ui;
    // The email address and password of a sign-in waiting for its code; memory only.
    std::optional<tv::LoginRequest> m_pending;
    bool m_training = false;
    QLabel *m_trainingAccountLabel = nullptr;
    bool m_busy = false;
    bool m_available = true;
};

} // namespace tv::ui
