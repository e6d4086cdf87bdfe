// The training path end to end, as main() runs it: ClientShell starts the embedded service with
// the fictional dataset, the login window shows the banner with the demo trainer filled in, and
// Enter signs the trainer in.

#include "login/LoginWindow.h"
#include "main/MainWindow.h"
#include "session/Session.h"
#include "shell/ClientShell.h"
#include "training/TrainingService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::startup::StartupOptions;
using tv::ui::ClientShell;

namespace {

constexpr int ServiceMs = 30000;

template <typename T>
T *child(const QWidget *window, const QString &name)
{
    return window->findChild<T *>(name);
}

// Waits until the training service is up and the login window is ready for Enter.
bool waitUntilReady(const ClientShell &shell)
{
    auto *button = child<QPushButton>(shell.loginWindow(), u"signInButton"_s);
    return QTest::qWaitFor([button] { return button->isEnabled(); }, ServiceMs);
}

} // namespace

class TestTrainingPath final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void trainerSignsInWithEnter();
    void wrongPasswordIsExplained();
};

void TestTrainingPath::trainerSignsInWithEnter()
{
    ClientShell shell(StartupOptions{true, {}});
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    tv::ui::MainWindow *main = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(login));

    // The banner is there from the first moment, in words.
    auto *banner = child<QLabel>(login, u"trainingBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"TRAINING - FICTIONAL DATA"_s);

    QVERIFY(waitUntilReady(shell));
    const auto account = shell.trainingService()->demoAccount();
    QVERIFY(account.has_value());
    auto *server = child<QLineEdit>(login, u"serverEdit"_s);
    auto *email = child<QLineEdit>(login, u"emailEdit"_s);
    auto *password = child<QLineEdit>(login, u"passwordEdit"_s);
    QVERIFY(server->isReadOnly());
    QCOMPARE(QUrl(server->text()), shell.trainingService()->baseUrl());
    QCOMPARE(email->text(), account->email);
    QCOMPARE(password->text(), account->password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    // The trainer presses Enter.
    QVERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->window(), login);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(main->isVisible(), ServiceMs);
    QVERIFY(!login->isVisible());
    QVERIFY(shell.session()->isSignedIn());
    QCOMPARE(child<QLabel>(main, u"signedInLabel"_s)->text(),
             u"Signed in as Demo Trainer (Trainer)"_s);
    QVERIFY(child<QLabel>(main, u"trainingBanner"_s)->isVisible());
    QCOMPARE(child<QLabel>(main, u"trainingBanner"_s)->text(), u"TRAINING - FICTIONAL DATA"_s);
    QVERIFY(password->text().isEmpty()); // used, then forgotten

    // Sign out returns to the login window, ready for the next trainee.
    QTest::mouseClick(child<QPushButton>(main, u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(login->isVisible());
    QVERIFY(!main->isVisible());
    QVERIFY(!shell.session()->isSignedIn());
    QCOMPARE(login->statusText(), u"You have signed out."_s);
    QCOMPARE(email->text(), account->email);
    QCOMPARE(password->text(), account->password);
    QVERIFY(banner->isVisible());

    QVERIFY(QTest::qWaitForWindowActive(login));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(main->isVisible(), ServiceMs);
    QCOMPARE(child<QLabel>(main, u"signedInLabel"_s)->text(),
             u"Signed in as Demo Trainer (Trainer)"_s);
}

void TestTrainingPath::wrongPasswordIsExplained()
{
    ClientShell shell(StartupOptions{true, {}});
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    QVERIFY(QTest::qWaitForWindowActive(login));
    QVERIFY(waitUntilReady(shell));

    auto *password = child<QLineEdit>(login, u"passwordEdit"_s);
    password->clear();
    QTest::keyClicks(password, u"not the demo password"_s);
    QTest::keyClick(password, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(login->statusText(),
                              u"The sign-in details were not recognised. Check your email "
                              "address and password."_s,
                              ServiceMs);
    QVERIFY(login->isVisible());
    QVERIFY(!shell.mainWindow()->isVisible());
    QVERIFY(!shell.session()->isSignedIn());
    QVERIFY(!login->isBusy());
    // In training the demo details are put back, so Enter works again.
    QCOMPARE(password->text(), shell.trainingService()->demoAccount()->password);
}

QTEST_MAIN(TestTrainingPath)
#include "tst_trainingpath.moc"
