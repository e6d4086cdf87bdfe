#include "ClientShell.h"

#include "login/LoginWindow.h"
#include "main/MainWindow.h"
#include "net/ServiceClient.h"
#include "session/Session.h"
#include "training/TrainingService.h"

#include <QLoggingCategory>

namespace tv::ui {

// Logs which screen is shown and error codes only; never who signed in.
Q_LOGGING_CATEGORY(lcUi, "tv.ui")

ClientShell::ClientShell(const startup::StartupOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new net::ServiceClient(this))
    , m_session(new session::Session(m_client, this))
    , m_login(std::make_unique<LoginWindow>())
    , m_main(std::make_unique<MainWindow>())
{
    m_login->setTrainingMode(options.training);
    m_main->setTrainingMode(options.training);

    connect(m_login.get(), &LoginWindow::signInRequested, this, &ClientShell::onSignInRequested);
    connect(m_main.get(), &MainWindow::signOutRequested, m_session, &session::Session::signOut);
    connect(m_session, &session::Session::signingInChanged, m_login.get(), &LoginWindow::setBusy);
    connect(m_session, &session::Session::signedIn, this, &ClientShell::onSignedIn);
    connect(m_session, &session::Session::signedOut, this, &ClientShell::onSignedOut);
    connect(m_session, &session::Session::errorOccurred, this, &ClientShell::onSessionError);

    if (options.training) {
        m_training = new training::TrainingService(this);
        connect(m_training, &training::TrainingService::started, this,
                &ClientShell::onTrainingStarted);
        connect(m_training, &training::TrainingService::failed, this,
                &ClientShell::onTrainingFailed);
    }
}

ClientShell::~ClientShell()
{
    // Windows first, while the session they show is still there; then the children.
    m_main.reset();
    m_login.reset();
}

void ClientShell::start()
{
    if (m_training) {
        m_login->setSignInAvailable(false);
        m_login->showStatus(tr("Starting the training service with fictional data. Please "
                               "wait."));
        m_training->start();
    } else {
        m_login->setServerUrl(m_options.serverUrl);
    }
    qCInfo(lcUi) << "showing the login window";
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

LoginWindow *ClientShell::loginWindow() const
{
    return m_login.get();
}

MainWindow *ClientShell::mainWindow() const
{
    return m_main.get();
}

session::Session *ClientShell::session() const
{
    return m_session;
}

training::TrainingService *ClientShell::trainingService() const
{
    return m_training;
}

void ClientShell::onTrainingStarted()
{
    m_login->setServerUrl(m_training->baseUrl());
    m_login->setSignInAvailable(true);
    m_login->showStatus(tr("Training mode is ready. The demo trainer's details are filled in: "
                           "press Enter to sign in."));
    prefillTrainingAccount();
}

void ClientShell::onTrainingFailed(const Error &error)
{
    qCWarning(lcUi) << "training mode unavailable:" << error.code;
    m_login->setSignInAvailable(false);
    m_login->showError(error.message);
}

void ClientShell::onSignInRequested(const QUrl &serverUrl, const LoginRequest &request)
{
    const Status usable = net::ServiceClient::checkBaseUrl(serverUrl);
    if (!usable) {
        m_login->showError(usable.error().message);
        return;
    }
    m_client->setBaseUrl(serverUrl);
    m_session->signIn(request);
}

void ClientShell::onSignedIn(const User &user)
{
    qCInfo(lcUi) << "showing the main window";
    m_login->clearPassword();
    m_login->showStatus({});
    m_main->setUser(user);
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    m_login->hide();
}

void ClientShell::onSignedOut()
{
    qCInfo(lcUi) << "showing the login window after sign-out";
    m_login->clearPassword();
    if (m_training)
        prefillTrainingAccount();
    m_login->showStatus(tr("You have signed out."));
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    m_main->hide();
    m_main->clearUser();
}

void ClientShell::onSessionError(const Error &error)
{
    m_login->clearPassword();
    if (m_training)
        prefillTrainingAccount();
    m_login->showError(error.message);
}

void ClientShell::prefillTrainingAccount()
{
    if (const auto account = m_training->demoAccount())
        m_login->setCredentials(account->email, account->password);
}

} // namespace tv::ui
