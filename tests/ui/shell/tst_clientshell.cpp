// ClientShell outside training mode, against a real ServiceHost on loopback: the deployment's
// settings, the idle lock and quick-hide keys, the lock screen, and a session store that cannot
// use a keyring (this test runs without one; tst_clientshellstore has one).

#include "app/net/ServiceClient.h"
#include "app/session/IdleLock.h"
#include "app/session/Session.h"
#include "app/training/TrainingService.h"
#include "app/workspace/Workspace.h"
#include "models/domain/Access.h"
#include "models/domain/Version.h"
#include "models/domain/WireFormat.h"
#include "models/search/PersonSummaryModel.h"
#include "server/ServiceHost.h"
#include "server/auth/Totp.h"
#include "server/db/Database.h"
#include "tests/app/support/SelfSigned.h"
#include "tests/support/TestHttpClient.h"
#include "tests/ui/shell/ShellDriver.h"
#include "ui/lock/LockScreen.h"
#include "ui/login/LoginWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/ClientShell.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using tv::startup::Deployment;
using tv::startup::StartupOptions;
using tv::test::child;
using tv::test::serverOption;
using tv::test::signIn;
using tv::test::submitSignIn;
using tv::test::typeInto;
using tv::test::unlockWith;
using tv::ui::ClientShell;

namespace {

const auto WrongPasswordMessage =
    u"The sign-in details were not recognised. Check your email address and password."_s;
// The lock screen has a password field only: its words name nothing else.
const auto WrongUnlockPasswordMessage =
    u"The password was not right. Enter the password you signed in with, then unlock; or sign "
    u"out."_s;
const auto WrongCodeMessage =
    u"The code was not right, or it has been used already. Your password was right, so you can "
    u"try again: enter the code your authenticator app shows now, or a recovery code you have "
    u"not used before."_s;
const auto ExpiredMessage = u"Your session has expired. Sign in again to carry on."_s;

// A person in the search results, so that clearing them can be seen.
QList<tv::PersonSummary> someResults()
{
    return {tv::PersonSummary{u"p-1"_s, u"Alex Example"_s, QDate(2014, 3, 1), u"Taunton TA1"_s,
                              u"Example Primary"_s},
            tv::PersonSummary{u"p-2"_s, u"Sam Example"_s, QDate(2012, 7, 9), u"Taunton TA1"_s,
                              std::nullopt}};
}

// Watches the main window: how often it was shown, and whether every condition of access held
// (the session's last /me) each time it was.
class MainWindowWatcher final : public QObject {
public:
    explicit MainWindowWatcher(const ClientShell &shell)
        : m_shell(shell)
    {
        shell.mainWindow()->installEventFilter(this);
    }

    int shown = 0;
    int shownBeforeReady = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_shell.mainWindow() && event->type() == QEvent::Show) {
            ++shown;
            const std::optional<tv::AccountStatus> status = m_shell.session()->accountStatus();
            if (!status || !status->unmet.isEmpty() || m_shell.session()->isLocked())
                ++shownBeforeReady;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const ClientShell &m_shell;
};

using Page = tv::ui::LoginWindow::Page;

// Starts `shell`, signs in from its login window and waits until the window shows `page`.
bool startAndSignInUntil(ClientShell &shell, const tv::LoginRequest &request, Page page)
{
    shell.start();
    if (!QTest::qWaitForWindowExposed(shell.loginWindow()))
        return false;
    tv::test::submitSignIn(shell, request);
    return QTest::qWaitFor([&] { return shell.loginWindow()->page() == page; }, 20000);
}

bool isLockedAndHidden(const ClientShell &shell)
{
    return shell.session()->isLocked() && shell.idleLock()->isLocked() &&
           shell.lockScreen()->isVisible() && !shell.mainWindow()->isVisible() &&
           !shell.loginWindow()->isVisible() && !shell.session()->isSigningIn();
}

} // namespace

class TestClientShell final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void serverFromTheCommandLineIsPreset();
    void serverFromTheDeploymentIsPreset();
    void insecureAddressIsRefusedBeforeSending();
    void unreachableServerIsExplained();
    void signInAndOutWithoutTraining();
    void storeWithoutAKeyringIsReportedAndSignInWorks();
    void deploymentPinsAndAuthoritiesReachTheClient_data();
    void deploymentPinsAndAuthoritiesReachTheClient();
    void idlePeriodIsTheDeployments();
    void userSettingsDoNotChangeTheIdlePeriod();
    void idleLockFiresAfterThePeriod();
    void quickHideKeysLockAtOnce_data();
    void quickHideKeysLockAtOnce();
    void wrongPasswordStaysLocked();
    void throttledUnlockSaysTheRealWait();
    void traineeUnlocksWithTheShownPassword();
    void aboutNamesTheServiceVersionAndQuitSignsOut();
    void rightPasswordUnlocks();
    void signOutFromTheLockScreen();
    void mainWindowWaitsUntilReady();
    void statementIsAcceptedBeforeTheMainWindow();
    void refusedAcceptanceStaysOnTheStatement();
    void lapsedAccessNamesTheConditionsAndTheContact();
    void unlockIntoLapsedAccessShowsTheLoginPage();
    void expiredSessionSaysWhyItEnded();
    void twoStepSignInAsksForTheCode(); // last: it enrols the trainer in two-step sign-in

private:
    // Runs one statement on the service's database file, behind the service's back.
    bool sql(const QString &statement, const QVariantMap &bindings = {});
    // Publishes a new data protection statement with `body`: every user must accept it.
    bool publishStatement(const QString &body);
    // Makes the trainer's DBS check and training lapse until the returned guard is destroyed.
    [[nodiscard]] auto lapseTheTrainersDbsAndTraining();

    QTemporaryDir m_dir;
    std::unique_ptr<tv::server::ServiceHost> m_host;
    std::unique_ptr<tv::server::db::Database> m_db;
    tv::LoginRequest m_trainer;

    // Starts `shell` and signs the trainer in with signIn().
    bool startSignedInAsTrainer(ClientShell &shell)
    {
        shell.start();
        return signIn(shell, m_trainer);
    }
};

void TestClientShell::initTestCase()
{
    // No keyring for this test: the session store must say so and the client carry on. Set
    // before anything in the process connects to a session bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tv-test-no-session-bus");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TransformView"_s);
    QCoreApplication::setApplicationName(u"transform-view"_s);

    QVERIFY(m_dir.isValid());
    tv::server::ServerConfig config;
    config.training = true; // for its demo account; the shell itself is not in training mode
    // In a file, so that a test can change what the service knows through a second connection.
    config.database.sqlitePath = m_dir.filePath(u"service.sqlite"_s);
    m_host = std::make_unique<tv::server::ServiceHost>(config);
    const tv::Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    QVERIFY(m_host->trainingAccount().has_value());
    m_trainer =
        tv::LoginRequest{m_host->trainingAccount()->email, m_host->trainingAccount()->password};
    auto db = tv::server::db::Database::open(config.database);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
    m_db = std::move(db).value();
}

void TestClientShell::cleanupTestCase()
{
    m_db.reset();
    m_host.reset();
}

bool TestClientShell::sql(const QString &statement, const QVariantMap &bindings)
{
    const auto ran = m_db->run(u"change the service's data for a test", statement, bindings);
    if (!ran)
        qWarning("%s", qPrintable(ran.error().message));
    return ran.ok();
}

bool TestClientShell::publishStatement(const QString &body)
{
    return sql(u"INSERT INTO data_protection_statements (version, body, published_at)"
               u" SELECT MAX(version) + 1, :body, :at FROM data_protection_statements"_s,
               {{u":body"_s, body},
                {u":at"_s, tv::server::db::Database::toDb(QDateTime::currentDateTimeUtc())}});
}

auto TestClientShell::lapseTheTrainersDbsAndTraining()
{
    const auto set = [this](const QVariant &dbs, const QVariant &training) {
        return sql(u"UPDATE users SET dbs_certificate_date = :dbs, training_completed_on = "
                   u":training WHERE lower(email) = lower(:email)"_s,
                   {{u":dbs"_s, dbs}, {u":training"_s, training}, {u":email"_s, m_trainer.email}});
    };
    const bool lapsed = set(tv::server::db::Database::toDb(QDate::currentDate().addYears(-4)),
                            QVariant(QMetaType::fromType<QString>()));
    if (!lapsed)
        qWarning("could not make the trainer's access lapse");
    return qScopeGuard([set] {
        const QVariant monthAgo =
            tv::server::db::Database::toDb(QDate::currentDate().addMonths(-1));
        set(monthAgo, monthAgo);
    });
}

void TestClientShell::serverFromTheCommandLineIsPreset()
{
    Deployment deployment;
    deployment.serverUrl = QUrl(u"https://deployment.example.org"_s);
    ClientShell shell(serverOption(QUrl(u"https://transform.example.org"_s)), deployment);
    shell.start();
    QVERIFY(QTest::qWaitForWindowExposed(shell.loginWindow()));
    QVERIFY(!shell.trainingService());
    auto *server = child<QLineEdit>(shell.loginWindow(), u"serverEdit"_s);
    // The command line names the server for this run, over the deployment's.
    QCOMPARE(server->text(), u"https://transform.example.org"_s);
    QVERIFY(!server->isReadOnly());
    QVERIFY(!child<QLabel>(shell.loginWindow(), u"trainingBanner"_s)->isVisible());
    QVERIFY(child<QPushButton>(shell.loginWindow(), u"signInButton"_s)->isEnabled());
    // Nothing filled in for anybody: focus waits in the email field.
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(shell.loginWindow(), u"emailEdit"_s));
}

void TestClientShell::serverFromTheDeploymentIsPreset()
{
    Deployment deployment;
    deployment.serverUrl = QUrl(u"https://deployment.example.org:8443"_s);
    ClientShell shell(StartupOptions{}, deployment);
    shell.start();
    QVERIFY(QTest::qWaitForWindowExposed(shell.loginWindow()));
    QCOMPARE(child<QLineEdit>(shell.loginWindow(), u"serverEdit"_s)->text(),
             u"https://deployment.example.org:8443"_s);
}

void TestClientShell::insecureAddressIsRefusedBeforeSending()
{
    ClientShell shell(StartupOptions{});
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    typeInto(child<QLineEdit>(login, u"serverEdit"_s), u"http://transform.example.org"_s);
    submitSignIn(shell, m_trainer);

    QCOMPARE(login->statusText(),
             u"The server address must start with https:// so that the connection is "
             "encrypted. Plain http is allowed only to this computer."_s);
    QVERIFY(!login->isBusy());
    QVERIFY(!shell.session()->isSigningIn());
}

void TestClientShell::unreachableServerIsExplained()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    ClientShell shell(serverOption(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    submitSignIn(shell, m_trainer);

    QTRY_COMPARE(login->statusText(), u"The server could not be reached. Check the server "
                                      "address and your network connection, then try again."_s);
    QVERIFY(!login->isBusy());
    QVERIFY(child<QLineEdit>(login, u"passwordEdit"_s)->text().isEmpty());
    QVERIFY(login->isVisible());
}

void TestClientShell::signInAndOutWithoutTraining()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    submitSignIn(shell, m_trainer);
    QVERIFY(login->isBusy());
    QVERIFY(!child<QPushButton>(login, u"signInButton"_s)->isEnabled());

    tv::ui::MainWindow *main = shell.mainWindow();
    QTRY_VERIFY(main->isVisible());
    QVERIFY(!login->isVisible());
    QCOMPARE(child<QLabel>(main, u"signedInLabel"_s)->text(),
             u"Signed in as Demo Trainer (Trainer)"_s);
    QVERIFY(!child<QLabel>(main, u"trainingBanner"_s)->isVisible());
    QVERIFY(shell.idleLock()->period() > 0ms);

    main->searchResults()->setResults(someResults());
    QTest::mouseClick(child<QPushButton>(main, u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(login->isVisible());
    QVERIFY(!main->isVisible());
    QCOMPARE(main->searchResults()->rowCount(), 0);
    QCOMPARE(child<QLabel>(main, u"signedInLabel"_s)->text(), u"Not signed in."_s);
    QVERIFY(child<QLineEdit>(login, u"passwordEdit"_s)->text().isEmpty());
    QCOMPARE(child<QLineEdit>(login, u"emailEdit"_s)->text(), m_trainer.email);
}

void TestClientShell::storeWithoutAKeyringIsReportedAndSignInWorks()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    tv::store::EncryptedSessionStore *store = shell.sessionStore();
    QVERIFY(store);
    QSignalSpy opened(store, &tv::store::EncryptedSessionStore::opened);
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    auto *notice = child<QLabel>(login, u"noticeLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(store->issue(), tv::store::StoreIssue::NoSecretService);
    QVERIFY(!store->isPersistent());
    // Said plainly, without a dialog in the way, and it stays while signing in.
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
             tv::store::EncryptedSessionStore::describe(tv::store::StoreIssue::NoSecretService));
    QVERIFY(notice->text().contains(u"no keyring"_s));
    QVERIFY(!QFile::exists(store->path()));

    QVERIFY(signIn(shell, m_trainer));
    // Kept for this run in memory only.
    const auto saved = store->load();
    QVERIFY(saved.ok() && saved.value());
    QCOMPARE(saved.value()->email, m_trainer.email);
    QVERIFY(!QFile::exists(store->path()));

    QSignalSpy wiped(store, &tv::store::EncryptedSessionStore::wiped);
    QSignalSpy wipeFailed(store, &tv::store::EncryptedSessionStore::wipeFailed);
    QTest::mouseClick(child<QPushButton>(shell.mainWindow(), u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(login->isVisible());
    QVERIFY(!store->isOpen());
    QTRY_VERIFY_WITH_TIMEOUT(wiped.count() + wipeFailed.count() > 0, 20000);
    // No second notice about a key that never was.
    QCOMPARE(notice->text(),
             tv::store::EncryptedSessionStore::describe(tv::store::StoreIssue::NoSecretService));
}

void TestClientShell::deploymentPinsAndAuthoritiesReachTheClient_data()
{
    QTest::addColumn<bool>("rightPin");
    QTest::newRow("the service's own key") << true;
    QTest::newRow("another key") << false;
}

void TestClientShell::deploymentPinsAndAuthoritiesReachTheClient()
{
    QFETCH(bool, rightPin);
    // An HTTPS service whose certificate only the deployment's certificate authority file
    // vouches for, and whose key only the deployment's pin names.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto identity = tv::test::makeSelfSigned(dir);
    QVERIFY(identity);
    tv::server::ServerConfig config;
    config.training = true;
    config.tlsCertificateFile = identity->certificateFile;
    config.tlsPrivateKeyFile = identity->keyFile;
    tv::server::ServiceHost host(config);
    const tv::Status started = host.start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    QCOMPARE(host.baseUrl().scheme(), u"https"_s);

    const auto file = tv::startup::DeploymentConfig::load([&] {
        const QString path = dir.filePath(u"deployment.ini"_s);
        QFile out(path);
        const QString pin = rightPin
                                ? tv::test::pinOf(identity->certificateFile)
                                : u"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s; // sha256("")
        if (out.open(QIODevice::WriteOnly))
            out.write(u"[service]\nurl=%1\npinned_keys=%2\nca_file=cert.pem\n"_s
                          .arg(host.baseUrl().toString(), pin)
                          .toUtf8());
        return path;
    }());
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
    QCOMPARE(file.value().certificateAuthorities.size(), 1);

    ClientShell shell(StartupOptions{}, file.value());
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    QCOMPARE(child<QLineEdit>(login, u"serverEdit"_s)->text(), host.baseUrl().toString());
    const tv::LoginRequest trainer{host.trainingAccount()->email, host.trainingAccount()->password};
    if (rightPin) {
        QVERIFY2(signIn(shell, trainer), qPrintable(login->statusText()));
        return;
    }
    tv::test::submitSignIn(shell, trainer);
    QTRY_COMPARE(login->statusText(),
                 u"The server's certificate is not the one this computer was set up to trust, "
                 "so the connection was refused. Someone may be intercepting it. Contact your "
                 "Transform team."_s);
    QVERIFY(!shell.session()->isSignedIn());
}

void TestClientShell::idlePeriodIsTheDeployments()
{
    Deployment deployment;
    deployment.idleLockMinutes = 7;
    ClientShell shell(StartupOptions{}, deployment);
    QCOMPARE(shell.idleLock()->period(), std::chrono::milliseconds(7min));
    ClientShell byDefault(StartupOptions{});
    QCOMPARE(byDefault.idleLock()->period(), std::chrono::milliseconds(5min));
    // A deployment built some other way than from the file is still held to 1 to 60 minutes.
    deployment.idleLockMinutes = 600;
    ClientShell clamped(StartupOptions{}, deployment);
    QCOMPARE(clamped.idleLock()->period(), std::chrono::milliseconds(60min));
}

void TestClientShell::userSettingsDoNotChangeTheIdlePeriod()
{
    QSettings user;
    for (const QString &key : {u"lock/idle_minutes"_s, u"idle_minutes"_s, u"idleLockMinutes"_s})
        user.setValue(key, 1);
    user.sync();
    QCOMPARE(user.status(), QSettings::NoError);
    QVERIFY(QFile::exists(user.fileName()));

    ClientShell shell(StartupOptions{});
    QCOMPARE(shell.idleLock()->period(), std::chrono::milliseconds(5min));
    user.clear();
}

void TestClientShell::idleLockFiresAfterThePeriod()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    QVERIFY(startSignedInAsTrainer(shell));
    tv::ui::MainWindow *main = shell.mainWindow();
    main->searchResults()->setResults(someResults());
    QCOMPARE(main->searchResults()->rowCount(), 2);

    shell.idleLock()->overridePeriodForTesting(400ms);
    QTRY_VERIFY_WITH_TIMEOUT(isLockedAndHidden(shell), 10000);
    QCOMPARE(main->searchResults()->rowCount(), 0);
    // The token is gone from the client while locked: nothing more can be asked for.
    QVERIFY(!shell.serviceClient()->hasAccessToken());
    QCOMPARE(child<QLabel>(shell.lockScreen(), u"explanationLabel"_s)->text(),
             u"Everything was hidden. Demo Trainer, enter your password to carry on, or sign "
             "out."_s);
    QVERIFY(!child<QLineEdit>(shell.lockScreen(), u"codeEdit"_s)->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(),
                 child<QWidget>(shell.lockScreen(), u"passwordEdit"_s));
}

void TestClientShell::quickHideKeysLockAtOnce_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::newRow("Ctrl+Shift+L") << Qt::Key_L
                                  << Qt::KeyboardModifiers(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("Pause") << Qt::Key_Pause << Qt::KeyboardModifiers();
}

void TestClientShell::quickHideKeysLockAtOnce()
{
    QFETCH(Qt::Key, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    ClientShell shell(serverOption(m_host->baseUrl()));
    QVERIFY(startSignedInAsTrainer(shell));
    tv::ui::MainWindow *main = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(main));
    main->searchResults()->setResults(someResults());
    auto *lockAction = main->findChild<QAction *>(u"lockAction"_s);
    QVERIFY(lockAction);
    QCOMPARE(lockAction->shortcuts(), tv::ui::MainWindow::lockShortcuts());
    QCOMPARE(shell.idleLock()->period(), std::chrono::milliseconds(5min));

    QVERIFY(shell.serviceClient()->hasAccessToken());
    QTest::keyClick(child<QWidget>(main, u"signOutButton"_s), key, modifiers);
    // At once: no waiting, no event loop.
    QVERIFY(isLockedAndHidden(shell));
    QCOMPARE(main->searchResults()->rowCount(), 0);
    QVERIFY(!shell.serviceClient()->hasAccessToken());
}

void TestClientShell::wrongPasswordStaysLocked()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    QVERIFY(startSignedInAsTrainer(shell));
    shell.lockNow();
    QVERIFY(isLockedAndHidden(shell));

    unlockWith(shell, u"not the password at all"_s);
    tv::ui::LockScreen *lock = shell.lockScreen();
    QTRY_COMPARE(lock->statusText(), WrongUnlockPasswordMessage);
    QVERIFY(!lock->statusText().contains(u"email"_s));
    QVERIFY(isLockedAndHidden(shell));
    QVERIFY(!lock->isBusy());
    QVERIFY(child<QLineEdit>(lock, u"passwordEdit"_s)->text().isEmpty());
    QVERIFY(child<QPushButton>(lock, u"unlockButton"_s)->isEnabled());
    QVERIFY(shell.session()->isSignedIn());
}

void TestClientShell::throttledUnlockSaysTheRealWait()
{
    // A service of its own, locking sign-in for a minute after three failures.
    tv::server::ServerConfig config;
    config.training = true;
    config.access.lockoutAfterFailures = 3;
    config.access.lockoutMinutes = 1;
    tv::server::ServiceHost host(config);
    QVERIFY(host.start().ok());
    const tv::LoginRequest trainer{host.trainingAccount()->email, host.trainingAccount()->password};
    ClientShell shell(serverOption(host.baseUrl()));
    shell.start();
    QVERIFY(signIn(shell, trainer));
    shell.lockNow();
    QVERIFY(isLockedAndHidden(shell));
    tv::ui::LockScreen *lock = shell.lockScreen();
    for (int attempt = 0; attempt < 3; ++attempt) {
        unlockWith(shell, u"not the password at all"_s);
        QTRY_COMPARE(lock->statusText(), WrongUnlockPasswordMessage);
        QTRY_VERIFY(!lock->isBusy());
        lock->showStatus({});
    }
    unlockWith(shell, u"not the password at all"_s);
    QTRY_VERIFY(lock->statusText().startsWith(u"Too many unsuccessful sign-ins."_s));
    // The throttle's own wait (a minute, less the moments since), in words.
    const QRegularExpressionMatch wait =
        QRegularExpression(u"Wait (\\d+) seconds, then try again\\.$"_s).match(lock->statusText());
    QVERIFY2(wait.hasMatch(), qPrintable(lock->statusText()));
    QVERIFY(wait.captured(1).toInt() > 40 && wait.captured(1).toInt() <= 60);
    QVERIFY(isLockedAndHidden(shell));
}

void TestClientShell::traineeUnlocksWithTheShownPassword()
{
    ClientShell shell(StartupOptions{true, {}});
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    auto *button = child<QPushButton>(login, u"signInButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
    const QString password = shell.trainingService()->demoAccount()->password;
    // The sign-in page says the demo password in words.
    QVERIFY2(login->trainingAccountText().contains(password),
             qPrintable(login->trainingAccountText()));
    QVERIFY(child<QLabel>(login, u"trainingAccountLabel"_s)->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), 30000);
    for (int round = 0; round < 2; ++round) {
        shell.lockNow();
        QVERIFY(isLockedAndHidden(shell));
        // The lock screen shows the password to type: read, typed, unlocked.
        tv::ui::LockScreen *lock = shell.lockScreen();
        QVERIFY2(lock->trainingPasswordText().contains(password),
                 qPrintable(lock->trainingPasswordText()));
        QVERIFY(child<QLabel>(lock, u"trainingPasswordLabel"_s)->isVisible());
        const QString shown = lock->trainingPasswordText().section(u' ', -1);
        unlockWith(shell, shown);
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), 30000);
        QVERIFY(!lock->isVisible());
    }
}

void TestClientShell::aboutNamesTheServiceVersionAndQuitSignsOut()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    QVERIFY(startSignedInAsTrainer(shell));
    tv::ui::MainWindow *main = shell.mainWindow();
    QTRY_VERIFY(QApplication::activeWindow() == main);
    // The service's version, from its health answer.
    QTest::qWait(200);
    child<QAction>(main, u"aboutAction"_s)->trigger();
    QTRY_VERIFY(main->helpDialog());
    QCOMPARE(
        child<QLabel>(main->helpDialog(), u"serviceVersionLabel"_s)->text(),
        u"The Transform service you are signed in to is version %1."_s.arg(tv::ProductVersion));
    main->helpDialog()->close();
    // Session > Quit: the session ends at the service too.
    const QString token = shell.serviceClient()->accessToken();
    QVERIFY(!token.isEmpty());
    child<QAction>(main, u"quitAction"_s)->trigger();
    QTRY_VERIFY(!shell.session()->isSignedIn());
    tv::test::TestHttpClient http(m_host->baseUrl());
    http.setBearerToken(token);
    QCOMPARE(http.get(u"/api/v1/me"_s).status, 401);
}

void TestClientShell::rightPasswordUnlocks()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    QVERIFY(startSignedInAsTrainer(shell));
    tv::ui::MainWindow *main = shell.mainWindow();
    shell.lockNow();
    QVERIFY(isLockedAndHidden(shell));

    unlockWith(shell, m_trainer.password);
    QTRY_VERIFY(main->isVisible());
    QVERIFY(!shell.lockScreen()->isVisible());
    QVERIFY(!shell.session()->isLocked());
    QVERIFY(!shell.idleLock()->isLocked());
    QVERIFY(shell.serviceClient()->hasAccessToken());
    QVERIFY(child<QLineEdit>(shell.lockScreen(), u"passwordEdit"_s)->text().isEmpty());
    QCOMPARE(child<QLabel>(main, u"signedInLabel"_s)->text(),
             u"Signed in as Demo Trainer (Trainer)"_s);

    // The idle lock watches again, and locks again.
    shell.idleLock()->overridePeriodForTesting(300ms);
    QTRY_VERIFY_WITH_TIMEOUT(isLockedAndHidden(shell), 10000);
}

void TestClientShell::signOutFromTheLockScreen()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    QVERIFY(startSignedInAsTrainer(shell));
    QTRY_VERIFY_WITH_TIMEOUT(shell.sessionStore()->isOpen(), 20000);
    QVERIFY(shell.sessionStore()->load().value().has_value());
    shell.lockNow();
    QVERIFY(isLockedAndHidden(shell));

    QTest::mouseClick(child<QPushButton>(shell.lockScreen(), u"signOutButton"_s), Qt::LeftButton);
    tv::ui::LoginWindow *login = shell.loginWindow();
    QTRY_VERIFY(login->isVisible());
    QVERIFY(!shell.lockScreen()->isVisible());
    QVERIFY(!shell.mainWindow()->isVisible());
    QVERIFY(!shell.session()->isSignedIn());
    QVERIFY(!shell.session()->isLocked());
    QVERIFY(!shell.idleLock()->isLocked());
    QCOMPARE(login->statusText(), u"You have signed out."_s);
    // The store was wiped: closed, nothing left to load.
    QVERIFY(!shell.sessionStore()->isOpen());
    QVERIFY(!shell.sessionStore()->load().ok());

    // Signing in again starts unlocked, with the idle lock watching.
    QVERIFY(signIn(shell, m_trainer));
    QVERIFY(!shell.idleLock()->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(shell.sessionStore()->isOpen(), 20000);
}

void TestClientShell::mainWindowWaitsUntilReady()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    MainWindowWatcher watcher(shell);
    // Connected after the shell: sees what the shell made of signedIn.
    bool checkingAtSignIn = false;
    connect(shell.session(), &tv::session::Session::signedIn, this, [&] {
        checkingAtSignIn = shell.loginWindow()->page() == Page::Checking &&
                           shell.loginWindow()->isVisible() && shell.loginWindow()->isBusy() &&
                           !shell.mainWindow()->isVisible();
    });
    QVERIFY(startSignedInAsTrainer(shell));
    QVERIFY(checkingAtSignIn);
    QCOMPARE(watcher.shown, 1);
    QCOMPARE(watcher.shownBeforeReady, 0);
    QVERIFY(!shell.loginWindow()->isVisible());
    QCOMPARE(shell.loginWindow()->page(), Page::Credentials);
    QCOMPARE(child<QLabel>(shell.mainWindow(), u"signedInLabel"_s)->text(),
             u"Signed in as Demo Trainer (Trainer)"_s);

    // An unlock reads the conditions again before the main window shows again.
    shell.lockNow();
    QVERIFY(isLockedAndHidden(shell));
    unlockWith(shell, m_trainer.password);
    QTRY_VERIFY(shell.mainWindow()->isVisible());
    QCOMPARE(watcher.shown, 2);
    QCOMPARE(watcher.shownBeforeReady, 0);
    QVERIFY(!shell.lockScreen()->isVisible());
    QVERIFY(!shell.lockScreen()->isBusy());
}

void TestClientShell::statementIsAcceptedBeforeTheMainWindow()
{
    const QString body = u"A newer statement: I will keep what I see to myself."_s;
    QVERIFY(publishStatement(body));
    ClientShell shell(serverOption(m_host->baseUrl()));
    MainWindowWatcher watcher(shell);
    QVERIFY(startAndSignInUntil(shell, m_trainer, Page::Statement));
    tv::ui::LoginWindow *login = shell.loginWindow();
    QVERIFY(login->isVisible());
    auto *text = child<QPlainTextEdit>(login, u"statementText"_s);
    QCOMPARE(text->toPlainText(), body);
    const int version = shell.session()->accountStatus()->currentStatementVersion.value_or(0);
    QVERIFY(version >= 2);
    QVERIFY(child<QLabel>(login, u"statementVersionLabel"_s)
                ->text()
                .startsWith(u"Version %1, published on "_s.arg(version)));
    QVERIFY(!child<QPushButton>(login, u"acceptButton"_s)->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), text);

    // "Sign out" ends the session there and then.
    QTest::mouseClick(child<QPushButton>(login, u"statementSignOutButton"_s), Qt::LeftButton);
    QVERIFY(!shell.session()->isSignedIn());
    QCOMPARE(login->page(), Page::Credentials);
    QCOMPARE(login->statusText(), u"You have signed out."_s);

    // Signing in again asks again; accepting from the keyboard leads to the main window.
    tv::test::submitSignIn(shell, m_trainer);
    QTRY_COMPARE_WITH_TIMEOUT(login->page(), Page::Statement, 20000);
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QTest::keyClick(text, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(child<QCheckBox>(login, u"acceptCheck"_s)->isChecked());
    QCOMPARE(watcher.shown, 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), 20000);
    QVERIFY(!login->isVisible());
    QCOMPARE(shell.session()->accountStatus()->statementVersionAccepted, version);
    QCOMPARE(watcher.shown, 1);
    QCOMPARE(watcher.shownBeforeReady, 0);
}

void TestClientShell::refusedAcceptanceStaysOnTheStatement()
{
    QVERIFY(publishStatement(u"The statement the trainer is about to read."_s));
    ClientShell shell(serverOption(m_host->baseUrl()));
    MainWindowWatcher watcher(shell);
    QVERIFY(startAndSignInUntil(shell, m_trainer, Page::Statement));
    tv::ui::LoginWindow *login = shell.loginWindow();
    // Meanwhile the Transform team publishes another: accepting the one shown is refused.
    QVERIFY(publishStatement(u"An even newer statement."_s));
    QTest::mouseClick(child<QCheckBox>(login, u"acceptCheck"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(login, u"acceptButton"_s), Qt::LeftButton);
    QVERIFY(login->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!login->isBusy(), 20000);
    QCOMPARE(login->page(), Page::Statement);
    QVERIFY2(login->statusText().startsWith(u"A newer statement was published"_s),
             qPrintable(login->statusText()));
    QVERIFY(shell.session()->isSignedIn());
    QVERIFY(child<QPushButton>(login, u"statementSignOutButton"_s)->isEnabled());
    QCOMPARE(watcher.shown, 0);

    // Signing out and in again shows the newest, which can be accepted.
    QTest::mouseClick(child<QPushButton>(login, u"statementSignOutButton"_s), Qt::LeftButton);
    tv::test::submitSignIn(shell, m_trainer);
    QTRY_COMPARE_WITH_TIMEOUT(login->page(), Page::Statement, 20000);
    QCOMPARE(child<QPlainTextEdit>(login, u"statementText"_s)->toPlainText(),
             u"An even newer statement."_s);
    QTest::mouseClick(child<QCheckBox>(login, u"acceptCheck"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(login, u"acceptButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), 20000);
    QCOMPARE(watcher.shownBeforeReady, 0);
}

void TestClientShell::lapsedAccessNamesTheConditionsAndTheContact()
{
    const auto restore = lapseTheTrainersDbsAndTraining();
    Deployment deployment;
    deployment.contact = {u"Transform team (fictional council)"_s, u"transform@council.example"_s,
                          u"01234 567890"_s};
    ClientShell shell(serverOption(m_host->baseUrl()), deployment);
    MainWindowWatcher watcher(shell);
    QVERIFY(startAndSignInUntil(shell, m_trainer, Page::AccessLapsed));
    tv::ui::LoginWindow *login = shell.loginWindow();
    QVERIFY(login->isVisible());

    const QString conditions = child<QLabel>(login, u"conditionsLabel"_s)->text();
    QVERIFY2(conditions.contains(tv::conditions::text(tv::AccessCondition::DbsCurrent)),
             qPrintable(conditions));
    QVERIFY2(conditions.contains(tv::conditions::text(tv::AccessCondition::TrainingCompleted)),
             qPrintable(conditions));
    QCOMPARE(conditions.split(u'\n').size(), 2);
    const QString contact = child<QLabel>(login, u"contactLabel"_s)->text();
    for (const QString &part : {u"Transform team (fictional council)"_s,
                                u"transform@council.example"_s, u"01234 567890"_s})
        QVERIFY2(contact.contains(part), qPrintable(contact));
    QCOMPARE(watcher.shown, 0);
    QVERIFY(shell.session()->isSignedIn());

    // Signing out is all there is, from the keyboard: focus waits on the button.
    auto *signOut = child<QPushButton>(login, u"lapsedSignOutButton"_s);
    QTRY_COMPARE(QApplication::focusWidget(), signOut);
    QTest::keyClick(signOut, Qt::Key_Return);
    QVERIFY(!shell.session()->isSignedIn());
    QCOMPARE(login->page(), Page::Credentials);
    QCOMPARE(login->statusText(), u"You have signed out."_s);
    QCOMPARE(watcher.shown, 0);
}

void TestClientShell::unlockIntoLapsedAccessShowsTheLoginPage()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    QVERIFY(startSignedInAsTrainer(shell));
    tv::ui::MainWindow *main = shell.mainWindow();
    main->searchResults()->setResults(someResults());
    shell.lockNow();
    QVERIFY(isLockedAndHidden(shell));

    const auto restore = lapseTheTrainersDbsAndTraining();
    unlockWith(shell, m_trainer.password);
    tv::ui::LoginWindow *login = shell.loginWindow();
    QTRY_COMPARE_WITH_TIMEOUT(login->page(), Page::AccessLapsed, 20000);
    QVERIFY(login->isVisible());
    QVERIFY(!shell.lockScreen()->isVisible());
    QVERIFY(!main->isVisible());
    QCOMPARE(main->searchResults()->rowCount(), 0);
    QVERIFY(child<QLabel>(login, u"conditionsLabel"_s)
                ->text()
                .contains(tv::conditions::text(tv::AccessCondition::DbsCurrent)));
    // Nobody named by the deployment: the council's Transform team.
    QCOMPARE(child<QLabel>(login, u"contactLabel"_s)->text(),
             u"Contact the council's Transform team to have your access restored."_s);
    QTest::mouseClick(child<QPushButton>(login, u"lapsedSignOutButton"_s), Qt::LeftButton);
    QVERIFY(!shell.session()->isSignedIn());
    QVERIFY(!main->isVisible());
}

// A session the service ended (here: past its end) signs the person out, and the login window
// says why, not merely that they were signed out.
void TestClientShell::expiredSessionSaysWhyItEnded()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    QVERIFY(startSignedInAsTrainer(shell));
    tv::ui::MainWindow *main = shell.mainWindow();
    main->searchResults()->setResults(someResults());
    QVERIFY(sql(u"UPDATE sessions SET expires_at = :past WHERE revoked_at IS NULL"_s,
                {{u":past"_s,
                  tv::server::db::Database::toDb(QDateTime::currentDateTimeUtc().addSecs(-60))}}));
    tv::SearchCriteria criteria;
    criteria.name = u"Smith"_s;
    shell.workspace()->search(criteria);

    tv::ui::LoginWindow *login = shell.loginWindow();
    QTRY_VERIFY_WITH_TIMEOUT(login->isVisible(), 20000);
    QVERIFY(!shell.session()->isSignedIn());
    QVERIFY(!main->isVisible());
    QCOMPARE(main->searchResults()->rowCount(), 0);
    QCOMPARE(login->page(), Page::Credentials);
    QCOMPARE(login->statusText(), ExpiredMessage);
    QVERIFY(child<QLabel>(login, u"statusLabel"_s)->font().bold());
    // Nothing later puts "You have signed out." over it.
    QTest::qWait(200);
    QCOMPARE(login->statusText(), ExpiredMessage);

    // Signing out on purpose still says just that.
    QVERIFY(signIn(shell, m_trainer));
    QTest::mouseClick(child<QPushButton>(main, u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(login->isVisible());
    QCOMPARE(login->statusText(), u"You have signed out."_s);
}

void TestClientShell::twoStepSignInAsksForTheCode()
{
    using tv::server::auth::Totp;
    // Enrol the trainer through the API with a code computed here.
    QByteArray secret;
    qint64 step = 0;
    QStringList recoveryCodes;
    {
        ClientShell shell(serverOption(m_host->baseUrl()));
        shell.start();
        QVERIFY(signIn(shell, m_trainer));
        tv::test::TestHttpClient http(m_host->baseUrl());
        http.setBearerToken(shell.serviceClient()->accessToken());
        const auto enrol = http.postJson(u"/api/v1/auth/mfa/enrol"_s, {});
        QCOMPARE(enrol.status, 200);
        const auto enrolment = tv::wire::fromJson<tv::MfaEnrolment>(enrol.json());
        QVERIFY(enrolment.ok());
        secret = Totp::fromBase32(enrolment.value().secret).value_or(QByteArray());
        step = Totp::stepAt(QDateTime::currentDateTimeUtc());
        const auto confirmed = http.postJson(
            u"/api/v1/auth/mfa/confirm"_s,
            tv::wire::serialize(tv::wire::toJson(tv::MfaConfirmation{Totp::code(secret, step)})));
        QCOMPARE(confirmed.status, 200);
        const auto codes = tv::wire::fromJson<tv::RecoveryCodes>(confirmed.json());
        QVERIFY(codes.ok());
        recoveryCodes = codes.value().codes;
    }
    const auto unenrol = qScopeGuard([this] {
        sql(u"UPDATE users SET mfa_secret = NULL, mfa_enrolled_at = NULL, mfa_last_step = NULL"
            u" WHERE lower(email) = lower(:email)"_s,
            {{u":email"_s, m_trainer.email}});
    });

    ClientShell shell(serverOption(m_host->baseUrl()));
    MainWindowWatcher watcher(shell);
    QVERIFY(startAndSignInUntil(shell, m_trainer, Page::Code));
    tv::ui::LoginWindow *login = shell.loginWindow();
    auto *code = child<QLineEdit>(login, u"codeEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), code);
    QVERIFY(!shell.session()->isSignedIn());
    QVERIFY(child<QLineEdit>(login, u"passwordEdit"_s)->text().isEmpty());

    // A wrong code: words about the code (not the email address and password), and the code
    // step again.
    QTest::keyClicks(code, Totp::code(secret, step + 40));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(login->statusText(), WrongCodeMessage, 20000);
    QCOMPARE(login->page(), Page::Code);
    QVERIFY(code->text().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), code);
    QVERIFY(!shell.session()->isSignedIn());

    // A recovery code, typed as a person might read it out, signs in instead of the app's code.
    QTest::keyClicks(code, recoveryCodes.at(0).toUpper().replace(u'-', u' '));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), 20000);
    QCOMPARE(watcher.shown, 1);
    QTest::mouseClick(child<QPushButton>(shell.mainWindow(), u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(login->isVisible());
    tv::test::submitSignIn(shell, m_trainer);
    QTRY_COMPARE_WITH_TIMEOUT(login->page(), Page::Code, 20000);
    QTRY_COMPARE(QApplication::focusWidget(), code);

    // The right one (the next step's, within the drift allowed) signs in.
    QTest::keyClicks(code, Totp::code(secret, step + 1));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), 20000);
    QVERIFY(!login->isVisible());
    QCOMPARE(login->page(), Page::Credentials);
    QVERIFY(code->text().isEmpty());
    QCOMPARE(watcher.shown, 2);
    QCOMPARE(watcher.shownBeforeReady, 0);
}

QTEST_MAIN(TestClientShell)
#include "tst_clientshell.moc"
