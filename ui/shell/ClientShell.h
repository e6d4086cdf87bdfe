#pragma once

#include "app/startup/CommandLine.h"
#include "app/startup/DeploymentConfig.h"
#include "app/store/EncryptedSessionStore.h"
#include "models/domain/Admin.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"

#include <QObject>

#include <memory>
#include <optional>

namespace tv::net {
class ServiceClient;
} // namespace tv::net
namespace tv::session {
class IdleLock;
class Session;
} // namespace tv::session
namespace tv::training {
class TrainingService;
} // namespace tv::training
namespace tv::workspace {
class Workspace;
} // namespace tv::workspace

namespace tv::ui {

class CaptureGuard;
class ClipboardGuard;
class LockScreen;
class LoginWindow;
class MainWindow;

// Wires the client together: service client (with the deployment's pins and certificate
// authorities), session, idle lock, encrypted session store, training service (in training
// mode) and the windows, and moves between signed out, signed in and locked. main() creates one
// and starts it; the end-to-end tests drive the same object.
//
// Signing in follows the session (Session.h): the login window asks for the authenticator code
// when the service wants one, then checks the conditions of access, and shows the data
// protection statement to accept or the unmet conditions when the service says so. The main
// window shows only once the session is ready, after sign-in and after every unlock, so no
// person data is asked for before then.
//
// Locking: after the deployment's idle period without input, or at once on a quick-hide key (see
// MainWindow), the session gives up its token, every person model is cleared, every window is
// hidden and only the lock screen shows, until the password (and the authenticator code, for an
// account with two-step sign-in) unlocks it again or "Sign out" ends the session.
//
// The session store (not in training mode, which keeps nothing on disk) holds the session's
// metadata from sign-in to sign-out, when it is wiped. A store that could not be opened as it was
// is reported in the login window and replaced; signing in works regardless.
class ClientShell final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientShell)

public:
    explicit ClientShell(const startup::StartupOptions &options,
                         const startup::Deployment &deployment = {}, QObject *parent = nullptr);
    ~ClientShell() override;

    // Shows the login window; in training mode starts the local service first, otherwise opens
    // the session store.
    void start();

    // The quick-hide key: locks at once while signed in.
    void lockNow();
    // Session > Quit: signs out (when signed in), then quits the application.
    void quit();

    const startup::Deployment &deployment() const;
    LoginWindow *loginWindow() const;
    MainWindow *mainWindow() const;
    LockScreen *lockScreen() const;
    net::ServiceClient *serviceClient() const;
    session::Session *session() const;
    session::IdleLock *idleLock() const;
    CaptureGuard *captureGuard() const;
    workspace::Workspace *workspace() const;
    store::EncryptedSessionStore *sessionStore() const; // null in training mode
    training::TrainingService *trainingService() const; // null unless in training mode

private:
    void applyDeployment();
    void onTrainingStarted();
    void onTrainingFailed(const tv::Error &error);
    void onSignInRequested(const QUrl &serverUrl, const tv::LoginRequest &request);
    void onSigningInChanged(bool signingIn);
    void onSignedIn();
    void onSignedOut(const std::optional<tv::Error> &reason);
    void onSessionError(const tv::Error &error);
    void onCodeRequired();
    void onStatementRequired(const tv::Statement &statement);
    void onStatementAccepted(int version);
    void onAccessLapsed(const tv::Error &error);
    void onReady();
    void onIdleLocked();
    void onUnlocked();
    void onStoreOpened(store::StoreIssue issue, const QString &message);
    void onStoreProblem(store::StoreIssue issue, const QString &message);
    void saveSessionMetadata();
    void prefillTrainingAccount();
    // The three screens: one window shows at a time. Showing one hides the others, and each
    // that goes out of sight forgets what it held (the workspace its person data, the lock
    // screen its entries and messages), in this one place.
    enum class Screen { SignIn, Workspace, Locked };
    void showScreen(Screen screen);
    void present(QWidget *window);

    startup::StartupOptions m_options;
    startup::Deployment m_deployment;
    net::ServiceClient *m_client;
    session::Session *m_session;
    session::IdleLock *m_idle;
    workspace::Workspace *m_workspace;
    // Before the windows: every window is protected from its first show, nothing ever copies.
    CaptureGuard *m_captureGuard;
    ClipboardGuard *m_clipboardGuard;
    store::EncryptedSessionStore *m_store = nullptr;
    training::TrainingService *m_training = nullptr;
    std::unique_ptr<LoginWindow> m_login;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<LockScreen> m_lock;
    // Workspace only once every condition of access held at /me (and again after each unlock).
    Screen m_screen = Screen::SignIn;
    bool m_quitting = false; // quit once the sign-out is done
};

} // namespace tv::ui
