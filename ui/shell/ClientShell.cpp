#include "ui/shell/ClientShell.h"

#include "app/net/ServiceClient.h"
#include "app/session/IdleLock.h"
#include "app/session/Session.h"
#include "app/training/TrainingService.h"
#include "app/workspace/Workspace.h"
#include "models/domain/ErrorCode.h"
#include "ui/common/ReadablePalette.h"
#include "ui/common/ReadableStyle.h"
#include "ui/lock/LockScreen.h"
#include "ui/login/LoginWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/platform/CaptureGuard.h"
#include "ui/platform/ClipboardGuard.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QScreen>

#include <algorithm>
#include <chrono>
#include <utility>

namespace tv::ui {

// Logs which screen is shown and error codes only; never who signed in.
Q_LOGGING_CATEGORY(lcUi, "tv.ui")

ClientShell::ClientShell(const startup::StartupOptions &options,
                         const startup::Deployment &deployment, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_deployment(deployment)
    , m_client(new net::ServiceClient(this))
    , m_session(new session::Session(m_client, this))
    , m_idle(new session::IdleLock(
          session::IdleLock::deploymentPeriod(std::chrono::minutes(deployment.idleLockMinutes)),
          this))
    , m_workspace(new workspace::Workspace(m_client, m_session, this))
    , m_captureGuard(new CaptureGuard(CaptureShield::forThisPlatform(), this))
    , m_clipboardGuard(new ClipboardGuard(this))
    , m_login(std::make_unique<LoginWindow>())
    , m_main(std::make_unique<MainWindow>(m_workspace))
    , m_lock(std::make_unique<LockScreen>())
{
    // Selected rows show person data, and empty fields say what they take: readable also where
    // the desktop's colours are not (4.5:1); fields and the focus stand out (3:1).
    QApplication::setStyle(new ReadableStyle);
    QApplication::setPalette(readablePalette(QApplication::palette()));
    m_login->setTrainingMode(options.training);
    m_main->setTrainingMode(options.training);
    m_main->setCaptureGuard(m_captureGuard);
    m_lock->setTrainingMode(options.training);

    connect(m_login.get(), &LoginWindow::signInRequested, this, &ClientShell::onSignInRequested);
    connect(m_login.get(), &LoginWindow::statementAccepted, this,
            &ClientShell::onStatementAccepted);
    connect(m_login.get(), &LoginWindow::signOutRequested, m_session, &session::Session::signOut);
    connect(m_main.get(), &MainWindow::signOutRequested, m_session, &session::Session::signOut);
    connect(m_main.get(), &MainWindow::lockRequested, this, &ClientShell::lockNow);
    connect(m_main.get(), &MainWindow::quitRequested, this, &ClientShell::quit);
    connect(m_lock.get(), &LockScreen::unlockRequested, m_session, &session::Session::unlock);
    connect(m_lock.get(), &LockScreen::signOutRequested, m_session, &session::Session::signOut);
    connect(m_session, &session::Session::signingInChanged, this, &ClientShell::onSigningInChanged);
    connect(m_session, &session::Session::signedIn, this, &ClientShell::onSignedIn);
    connect(m_session, &session::Session::signedOut, this, &ClientShell::onSignedOut);
    connect(m_session, &session::Session::errorOccurred, this, &ClientShell::onSessionError);
    connect(m_session, &session::Session::codeRequired, this, &ClientShell::onCodeRequired);
    connect(m_session, &session::Session::statementRequired, this,
            &ClientShell::onStatementRequired);
    connect(m_session, &session::Session::accessLapsed, this, &ClientShell::onAccessLapsed);
    connect(m_session, &session::Session::ready, this, &ClientShell::onReady);
    connect(m_session, &session::Session::unlocked, this, &ClientShell::onUnlocked);
    connect(m_session, &session::Session::accountStatusChanged, this,
            &ClientShell::saveSessionMetadata);
    connect(m_idle, &session::IdleLock::locked, this, &ClientShell::onIdleLocked);

    if (options.training) {
        m_training = new training::TrainingService(this);
        connect(m_training, &training::TrainingService::started, this,
                &ClientShell::onTrainingStarted);
        connect(m_training, &training::TrainingService::failed, this,
                &ClientShell::onTrainingFailed);
    } else {
        m_store =
            new store::EncryptedSessionStore(store::EncryptedSessionStore::defaultPath(), this);
        connect(m_store, &store::EncryptedSessionStore::opened, this, &ClientShell::onStoreOpened);
        connect(m_store, &store::EncryptedSessionStore::failed, this, &ClientShell::onStoreProblem);
        connect(m_store, &store::EncryptedSessionStore::wipeFailed, this,
                &ClientShell::onStoreProblem);
    }
    applyDeployment();
}

ClientShell::~ClientShell()
{
    // Windows first, while the session they show is still there; then the children.
    m_lock.reset();
    m_main.reset();
    m_login.reset();
}

void ClientShell::applyDeployment()
{
    m_client->addCertificateAuthorities(m_deployment.certificateAuthorities);
    if (const Status pinned = m_client->setPinnedKeys(m_deployment.pinnedKeys); !pinned) {
        // DeploymentConfig checked every pin already; should one still be refused, signing in
        // without the pins the council asked for is not an option.
        qCCritical(lcUi) << "the deployment's pinned keys were refused:" << pinned.error().code;
        m_login->setSignInAvailable(false);
        m_login->showError(pinned.error().message);
    }
}

void ClientShell::start()
{
    if (m_training) {
        m_login->setSignInAvailable(false);
        m_login->showStatus(tr("Starting the training service with fictional data. Please "
                               "wait."));
        m_training->start();
    } else {
        // The command line names a server for this run; otherwise the deployment's.
        m_login->setServerUrl(m_options.serverUrl.isEmpty() ? m_deployment.serverUrl
                                                            : m_options.serverUrl);
        m_store->open();
    }
    qCInfo(lcUi) << "showing the login window";
    showScreen(Screen::SignIn);
}

void ClientShell::quit()
{
    // Signed out first (the council ends the session too), then closed.
    if (!m_session->isSignedIn()) {
        QCoreApplication::quit();
        return;
    }
    m_quitting = true;
    m_session->signOut();
}

void ClientShell::lockNow()
{
    if (m_session->isSignedIn() && !m_session->isLocked())
        m_idle->lockNow();
}

const startup::Deployment &ClientShell::deployment() const
{
    return m_deployment;
}

LoginWindow *ClientShell::loginWindow() const
{
    return m_login.get();
}

MainWindow *ClientShell::mainWindow() const
{
    return m_main.get();
}

LockScreen *ClientShell::lockScreen() const
{
    return m_lock.get();
}

net::ServiceClient *ClientShell::serviceClient() const
{
    return m_client;
}

session::Session *ClientShell::session() const
{
    return m_session;
}

session::IdleLock *ClientShell::idleLock() const
{
    return m_idle;
}

CaptureGuard *ClientShell::captureGuard() const
{
    return m_captureGuard;
}

workspace::Workspace *ClientShell::workspace() const
{
    return m_workspace;
}

store::EncryptedSessionStore *ClientShell::sessionStore() const
{
    return m_store;
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

void ClientShell::onSigningInChanged(bool signingIn)
{
    // An unlock is a sign-in too; it belongs to the window the person is looking at.
    if (m_session->isLocked())
        m_lock->setBusy(signingIn);
    else
        m_login->setBusy(signingIn);
}

void ClientShell::onSignedIn()
{
    // No person data may be asked for before the conditions of access are read (ready): the
    // main window waits for them.
    qCInfo(lcUi) << "signed in: checking the conditions of access";
    m_login->clearPassword();
    m_login->showCheckingAccess();
    m_idle->start();
    if (m_store && !m_store->isOpen())
        m_store->open(); // after a sign-out wiped it; onStoreOpened saves
    saveSessionMetadata();
}

void ClientShell::onSignedOut(const std::optional<Error> &reason)
{
    qCInfo(lcUi) << "showing the login window after sign-out"
                 << (reason ? reason->code : QString());
    if (std::exchange(m_quitting, false))
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m_idle->stop();
    m_main->clearPersonData();
    m_login->showCredentials();
    if (m_training)
        prefillTrainingAccount();
    // Why the session ended (it expired...) when the person did not end it themselves.
    if (reason)
        m_login->showError(reason->message);
    else
        m_login->showStatus(tr("You have signed out."));
    showScreen(Screen::SignIn);
    m_main->clearUser();
    m_lock->setCodeRequired(false);
    if (m_store)
        m_store->wipe();
}

void ClientShell::onSessionError(const Error &error)
{
    if (m_session->isLocked()) {
        // A refused unlock (wrong password, too many attempts, unreachable): still locked. The
        // lock screen has no email field: the sign-in's words would send the person to one.
        m_lock->clearEntries();
        if (error.code == tv::errc::InvalidCredentials) {
            m_lock->showError(tr("The password was not right. Enter the password you signed in "
                                 "with, then unlock; or sign out."));
        } else {
            m_lock->showError(error.message); // the throttle's wait, a wrong code: as they are
        }
        return;
    }
    if (m_session->isSignedIn() && m_screen != Screen::Workspace) {
        if (m_login->page() == LoginWindow::Page::Statement) {
            // Accepting failed: the statement stays, to try again or sign out.
            m_login->setBusy(false);
            m_login->showError(error.message);
            return;
        }
        // The conditions of access could not be read: nothing may be shown without them, so
        // the session ends here, and the login window says why.
        qCInfo(lcUi) << "the conditions of access could not be read:" << error.code;
        m_session->signOut();
        m_login->showError(error.message);
        return;
    }
    if (m_login->page() == LoginWindow::Page::Code) {
        // A wrong code (or the service out of reach): the code step asks again.
        m_login->rejectCode(error.message);
        return;
    }
    m_login->clearPassword();
    if (m_training)
        prefillTrainingAccount();
    m_login->showError(error.message);
}

void ClientShell::onCodeRequired()
{
    if (!m_session->isLocked()) {
        qCInfo(lcUi) << "asking for the authenticator code";
        m_login->askForCode();
        return;
    }
    m_lock->setCodeRequired(true);
    m_lock->showStatus(tr("Enter the code from your authenticator app, or one of your recovery "
                          "codes, then unlock."));
}

void ClientShell::onIdleLocked()
{
    if (!m_session->isSignedIn()) {
        m_idle->stop(); // nothing to lock
        return;
    }
    qCInfo(lcUi) << "locking: person data cleared, the lock screen shown";
    saveSessionMetadata(); // the window geometry, before the window is hidden
    m_session->lock();
    m_main->clearPersonData();
    const std::optional<User> user = m_session->user();
    const std::optional<AccountStatus> status = m_session->accountStatus();
    m_lock->setAccountName(user ? user->displayName : QString());
    if (m_training) {
        const auto account = m_training->demoAccount();
        m_lock->setTrainingPassword(account ? account->password : QString());
    }
    m_lock->clearEntries();
    m_lock->setCodeRequired(status && status->mfaEnrolled);
    m_lock->showStatus({});
    showScreen(Screen::Locked);
}

void ClientShell::onStatementRequired(const Statement &statement)
{
    qCInfo(lcUi) << "showing the data protection statement";
    m_login->showStatement(statement);
    showScreen(Screen::SignIn);
}

void ClientShell::onStatementAccepted(int version)
{
    if (!m_session->isSignedIn() || m_session->isLocked()) {
        m_login->showCredentials();
        return;
    }
    m_login->setBusy(true);
    m_session->acceptStatement(version); // then /me again: ready, lapsed or another statement
}

void ClientShell::onAccessLapsed(const Error &error)
{
    qCInfo(lcUi) << "showing that access has lapsed";
    m_login->showAccessLapsed(error, m_deployment.contact);
    showScreen(Screen::SignIn);
}

void ClientShell::onReady()
{
    qCInfo(lcUi) << "every condition of access holds: showing the main window";
    if (const std::optional<User> user = m_session->user())
        m_main->setUser(*user);
    // The service's version for Help > About; nothing depends on the answer.
    m_client->health().then(m_main.get(), [main = m_main.get()](const Result<Health> &answer) {
        if (answer)
            main->setServiceVersion(answer.value().version);
    });
    m_login->showCredentials();
    m_login->showStatus({});
    showScreen(Screen::Workspace);
}

void ClientShell::onUnlocked()
{
    // The conditions of access are read again; the lock screen stays until they hold.
    qCInfo(lcUi) << "unlocked: checking the conditions of access again";
    m_idle->unlock();
    m_lock->clearEntries();
    m_lock->setBusy(true);
    m_lock->showStatus(tr("Checking your access. Please wait."));
}

void ClientShell::showScreen(Screen screen)
{
    m_screen = screen;
    present(screen == Screen::SignIn      ? static_cast<QWidget *>(m_login.get())
            : screen == Screen::Workspace ? static_cast<QWidget *>(m_main.get())
                                          : static_cast<QWidget *>(m_lock.get()));
    if (screen != Screen::Workspace) {
        m_main->clearPersonData();
        m_main->hide();
    }
    if (screen != Screen::SignIn)
        m_login->hide();
    if (screen != Screen::Locked) {
        m_lock->hide();
        m_lock->setBusy(false);
        m_lock->clearEntries();
        m_lock->showStatus({});
    }
}

void ClientShell::onStoreOpened(store::StoreIssue issue, const QString &message)
{
    if (issue != store::StoreIssue::None) {
        qCInfo(lcUi) << "session store issue" << int(issue) << "shown; carrying on";
        m_login->showNotice(message);
    }
    if (m_session->isSignedIn()) {
        saveSessionMetadata();
        return;
    }
    // A session that ended without signing out left its window geometry; nothing else of it
    // is of use (the token was never saved).
    if (const auto saved = m_store->load(); saved && saved.value())
        m_main->restoreGeometry(saved.value()->windowGeometry);
}

void ClientShell::onStoreProblem(store::StoreIssue issue, const QString &message)
{
    // A wipe with no keyring at all: there was never a key to remove, and the notice that
    // nothing is remembered was given when the store opened.
    if (issue == store::StoreIssue::NoSecretService && m_store->issue() == issue)
        return;
    qCWarning(lcUi) << "session store problem" << int(issue);
    m_login->showNotice(message);
}

void ClientShell::saveSessionMetadata()
{
    const std::optional<User> user = m_session->user();
    if (!m_store || !m_store->isOpen() || !user)
        return;
    store::SessionMetadata metadata;
    metadata.server = m_client->baseUrl();
    metadata.userId = user->id;
    metadata.email = user->email;
    metadata.tokenExpiry = m_session->expiresAt();
    if (const std::optional<AccountStatus> status = m_session->accountStatus())
        metadata.acceptedStatementVersion = status->statementVersionAccepted.value_or(0);
    metadata.windowGeometry = m_main->saveGeometry();
    if (const Status saved = m_store->save(metadata); !saved)
        qCWarning(lcUi) << "session metadata not saved:" << saved.error().code;
}

void ClientShell::prefillTrainingAccount()
{
    if (const auto account = m_training->demoAccount())
        m_login->setTrainingAccount(account->email, account->password);
}

void ClientShell::present(QWidget *window)
{
    // Never larger than the screen (a small one at 200% has 683x384 to give), nor off it.
    if (const QScreen *screen = window->screen()) {
        const QRect available = screen->availableGeometry();
        const QSize frame = window->frameGeometry().size() - window->size();
        window->resize(window->size().boundedTo(available.size() - frame));
        QRect placed = window->frameGeometry();
        placed.moveLeft(std::clamp(placed.left(), available.left(),
                                   std::max(available.left(), available.right() - placed.width())));
        placed.moveTop(std::clamp(placed.top(), available.top(),
                                  std::max(available.top(), available.bottom() - placed.height())));
        window->move(placed.topLeft());
    }
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace tv::ui
