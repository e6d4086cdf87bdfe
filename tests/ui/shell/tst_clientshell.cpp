// ClientShell outside training mode, against a real ServiceHost on loopback: the deployment's
// settings, the idle lock and quick-hide keys, the lock screen, and a session store that cannot
// use a keyring (this test runs without one; tst_clientshellstore has one).

#include "SelfSigned.h"
#include "ServiceHost.h"
#include "ShellDriver.h"
#include "lock/LockScreen.h"
#include "login/LoginWindow.h"
#include "main/MainWindow.h"
#include "net/ServiceClient.h"
#include "search/PersonSummaryModel.h"
#include "session/IdleLock.h"
#include "session/Session.h"
#include "shell/ClientShell.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
using tv::test::typeInto;
using tv::test::unlockWith;
using tv::ui::ClientShell;

namespace {

const auto WrongPasswordMessage =
    u"The sign-in details were not recognised. Check your email address and password."_s;

// A person in the search results, so that clearing them can be seen.
QList<tv::PersonSummary> someResults()
{
    return {tv::PersonSummary{u"p-1"_s, u"Alex Example"_s, QDate(2014, 3, 1), u"Taunton TA1"_s,
                              u"Example Primary"_s},
            tv::PersonSummary{u"p-2"_s, u"Sam Example"_s, QDate(2012, 7, 9), u"Taunton TA1"_s,
                              std::nullopt}};
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
    void rightPasswordUnlocks();
    void signOutFromTheLockScreen();

private:
    std::unique_ptr<tv::server::ServiceHost> m_host;
    tv::LoginRequest m_trainer;
};

void TestClientShell::initTestCase()
{
    // No keyring for this test: the session store must say so and the client carry on. Set
    // before anything in the process connects to a session bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tv-test-no-session-bus");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TransformView"_s);
    QCoreApplication::setApplicationName(u"transform-view"_s);

    tv::server::ServerConfig config;
    config.training = true; // for its demo account; the shell itself is not in training mode
    m_host = std::make_unique<tv::server::ServiceHost>(config);
    const tv::Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    QVERIFY(m_host->trainingAccount().has_value());
    m_trainer =
        tv::LoginRequest{m_host->trainingAccount()->email, m_host->trainingAccount()->password};
}

void TestClientShell::cleanupTestCase()
{
    m_host.reset();
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
    typeInto(child<QLineEdit>(login, u"emailEdit"_s), m_trainer.email);
    typeInto(child<QLineEdit>(login, u"passwordEdit"_s), m_trainer.password);
    QTest::keyClick(child<QLineEdit>(login, u"passwordEdit"_s), Qt::Key_Return);

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
    typeInto(child<QLineEdit>(login, u"emailEdit"_s), m_trainer.email);
    typeInto(child<QLineEdit>(login, u"passwordEdit"_s), m_trainer.password);
    QTest::keyClick(child<QLineEdit>(login, u"passwordEdit"_s), Qt::Key_Return);

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
    typeInto(child<QLineEdit>(login, u"emailEdit"_s), m_trainer.email);
    typeInto(child<QLineEdit>(login, u"passwordEdit"_s), m_trainer.password);
    QTest::keyClick(child<QLineEdit>(login, u"passwordEdit"_s), Qt::Key_Return);
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
    shell.start();
    QVERIFY(signIn(shell, m_trainer));
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
    shell.start();
    QVERIFY(signIn(shell, m_trainer));
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
    shell.start();
    QVERIFY(signIn(shell, m_trainer));
    shell.lockNow();
    QVERIFY(isLockedAndHidden(shell));

    unlockWith(shell, u"not the password at all"_s);
    tv::ui::LockScreen *lock = shell.lockScreen();
    QTRY_COMPARE(lock->statusText(), WrongPasswordMessage);
    QVERIFY(isLockedAndHidden(shell));
    QVERIFY(!lock->isBusy());
    QVERIFY(child<QLineEdit>(lock, u"passwordEdit"_s)->text().isEmpty());
    QVERIFY(child<QPushButton>(lock, u"unlockButton"_s)->isEnabled());
    QVERIFY(shell.session()->isSignedIn());
}

void TestClientShell::rightPasswordUnlocks()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    shell.start();
    QVERIFY(signIn(shell, m_trainer));
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
    shell.start();
    QVERIFY(signIn(shell, m_trainer));
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

QTEST_MAIN(TestClientShell)
#include "tst_clientshell.moc"
