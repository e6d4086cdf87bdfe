#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "startup/CommandLine.h"

#include <QObject>

#include <memory>

namespace tv::net {
class ServiceClient;
} // namespace tv::net
namespace tv::session {
class Session;
} // namespace tv::session
namespace tv::training {
class TrainingService;
} // namespace tv::training

namespace tv::ui {

class LoginWindow;
class MainWindow;

// Wires the client together: service client, session, training service (in training mode) and
// the windows, and moves between signed out and signed in. main() creates one and starts it;
// the end-to-end tests drive the same object.
class ClientShell final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientShell)

public:
    explicit ClientShell(const startup::StartupOptions &options, QObject *parent = nullptr);
    ~ClientShell() override;

    // Shows the login window; in training mode starts the local service first.
    void start();

    LoginWindow *loginWindow() const;
    MainWindow *mainWindow() const;
    session::Session *session() const;
    training::TrainingService *trainingService() const; // null unless in training mode

private:
    void onTrainingStarted();
    void onTrainingFailed(const tv::Error &error);
    void onSignInRequested(const QUrl &serverUrl, const tv::LoginRequest &request);
    void onSignedIn(const tv::User &user);
    void onSignedOut();
    void onSessionError(const tv::Error &error);
    void prefillTrainingAccount();

    startup::StartupOptions m_options;
    net::ServiceClient *m_client;
    session::Session *m_session;
    training::TrainingService *m_training = nullptr;
    std::unique_ptr<LoginWindow> m_login;
    std::unique_ptr<MainWindow> m_main;
};

} // namespace tv::ui
