// LoginWindow on the offscreen platform: what it shows, what it asks for, and what Enter does.

#include "login/LoginWindow.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::LoginRequest;
using tv::ui::LoginWindow;

namespace {

template <typename T>
T *child(const QWidget &window, const QString &name)
{
    return window.findChild<T *>(name);
}

} // namespace

class TestLoginWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyInteractiveWidgetIsNamed();
    void passwordIsNeverShown();
    void bannerOnlyInTraining();
    void enterInAFieldSignsIn();
    void enterOnTheButtonSignsIn();
    void clickingTheButtonSignsIn();
    void missingDetailsAreNamed_data();
    void missingDetailsAreNamed();
    void busyWindowIgnoresInput();
    void unavailableSignIn();
    void statusAndErrors();
    void noticeStaysWhileSigningIn();
    void prefilledCredentialsLeaveEnterToTheButton();
};

void TestLoginWindow::everyInteractiveWidgetIsNamed()
{
    LoginWindow window;
    for (const QString &name :
         {u"serverEdit"_s, u"emailEdit"_s, u"passwordEdit"_s, u"signInButton"_s, u"statusLabel"_s,
          u"noticeLabel"_s, u"trainingBanner"_s}) {
        QWidget *widget = child<QWidget>(window, name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    const auto edits = window.findChildren<QLineEdit *>();
    const auto buttons = window.findChildren<QAbstractButton *>();
    QCOMPARE(edits.size(), 3);
    QCOMPARE(buttons.size(), 1);
    for (QWidget *widget : edits)
        QVERIFY(!widget->objectName().isEmpty() && !widget->accessibleName().isEmpty());
    for (QWidget *widget : buttons)
        QVERIFY(!widget->objectName().isEmpty() && !widget->accessibleName().isEmpty());
    QVERIFY(child<QPushButton>(window, u"signInButton"_s)->isDefault());
}

void TestLoginWindow::noticeStaysWhileSigningIn()
{
    LoginWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *notice = child<QLabel>(window, u"noticeLabel"_s);
    QVERIFY(!notice->isVisible());
    window.showNotice(u"This session will not be remembered."_s);
    QVERIFY(notice->isVisible());
    QCOMPARE(window.noticeText(), u"This session will not be remembered."_s);
    QCOMPARE(notice->accessibleDescription(), u"This session will not be remembered."_s);
    window.setBusy(true);
    window.showError(u"Something else."_s);
    QCOMPARE(window.noticeText(), u"This session will not be remembered."_s);
    window.showNotice({});
    QVERIFY(!notice->isVisible());
}

void TestLoginWindow::passwordIsNeverShown()
{
    LoginWindow window;
    auto *password = child<QLineEdit>(window, u"passwordEdit"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    window.setCredentials(u"trainer@training.invalid"_s, u"s3cret-Password"_s);
    QCOMPARE(password->displayText().contains(u"s3cret"_s), false);
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->text().contains(u"s3cret"_s));
    window.clearPassword();
    QVERIFY(password->text().isEmpty());
}

void TestLoginWindow::bannerOnlyInTraining()
{
    LoginWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = child<QLabel>(window, u"trainingBanner"_s);
    auto *server = child<QLineEdit>(window, u"serverEdit"_s);
    QVERIFY(!banner->isVisible());
    QVERIFY(!server->isReadOnly());
    QVERIFY(!window.isTrainingMode());

    window.setTrainingMode(true);
    QVERIFY(window.isTrainingMode());
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"TRAINING - FICTIONAL DATA"_s);
    QCOMPARE(banner->accessibleName(), u"TRAINING - FICTIONAL DATA"_s);
    QVERIFY(banner->height() > 0);
    QVERIFY(server->isReadOnly());
    QVERIFY(window.windowTitle().contains(u"training"_s));

    window.setTrainingMode(false);
    QVERIFY(!banner->isVisible());
}

void TestLoginWindow::enterInAFieldSignsIn()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    window.setServerUrl(QUrl(u"https://transform.example.org"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *email = child<QLineEdit>(window, u"emailEdit"_s);
    auto *password = child<QLineEdit>(window, u"passwordEdit"_s);
    QTest::keyClicks(email, u"  dsl@school.example  "_s);
    QTest::keyClicks(password, u"correct horse"_s);

    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.constFirst().at(0).toUrl(), QUrl(u"https://transform.example.org"_s));
    QCOMPARE(requested.constFirst().at(1).value<LoginRequest>(),
             (LoginRequest{u"dsl@school.example"_s, u"correct horse"_s}));

    QTest::keyClick(email, Qt::Key_Enter, Qt::KeypadModifier); // the keypad's Enter too
    QCOMPARE(requested.count(), 2);
}

void TestLoginWindow::enterOnTheButtonSignsIn()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    window.setServerUrl(QUrl(u"https://transform.example.org"_s));
    window.setCredentials(u"dsl@school.example"_s, u"pw"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(child<QPushButton>(window, u"signInButton"_s), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
}

void TestLoginWindow::clickingTheButtonSignsIn()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    window.setServerUrl(QUrl(u"https://transform.example.org"_s));
    window.setCredentials(u"dsl@school.example"_s, u"pw"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(child<QPushButton>(window, u"signInButton"_s), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestLoginWindow::missingDetailsAreNamed_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focus");

    QTest::newRow("server") << QString() << u"a@b.example"_s << u"pw"_s
                            << u"Enter the server address, for example "
                               "https://transform.example.org."_s
                            << u"serverEdit"_s;
    QTest::newRow("email") << u"https://t.example"_s << u"   "_s << u"pw"_s
                           << u"Enter your email address."_s << u"emailEdit"_s;
    QTest::newRow("password") << u"https://t.example"_s << u"a@b.example"_s << QString()
                              << u"Enter your password."_s << u"passwordEdit"_s;
}

void TestLoginWindow::missingDetailsAreNamed()
{
    QFETCH(QString, server);
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, message);
    QFETCH(QString, focus);

    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    window.setServerUrl(QUrl(server));
    window.setCredentials(email, password);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QCOMPARE(window.statusText(), message);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, focus));
}

void TestLoginWindow::busyWindowIgnoresInput()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    window.setServerUrl(QUrl(u"https://transform.example.org"_s));
    window.setCredentials(u"dsl@school.example"_s, u"pw"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.setBusy(true);
    QVERIFY(window.isBusy());
    QCOMPARE(window.statusText(), u"Signing in. Please wait."_s);
    for (const QString &name :
         {u"serverEdit"_s, u"emailEdit"_s, u"passwordEdit"_s, u"signInButton"_s})
        QVERIFY2(!child<QWidget>(window, name)->isEnabled(), qPrintable(name));
    QTest::keyClick(&window, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);

    window.setBusy(false);
    QVERIFY(!window.isBusy());
    for (const QString &name :
         {u"serverEdit"_s, u"emailEdit"_s, u"passwordEdit"_s, u"signInButton"_s})
        QVERIFY2(child<QWidget>(window, name)->isEnabled(), qPrintable(name));
    QTest::keyClick(&window, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
}

void TestLoginWindow::unavailableSignIn()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    window.setServerUrl(QUrl(u"https://transform.example.org"_s));
    window.setCredentials(u"dsl@school.example"_s, u"pw"_s);
    window.setSignInAvailable(false);
    QVERIFY(!child<QWidget>(window, u"signInButton"_s)->isEnabled());
    QTest::keyClick(&window, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    window.setBusy(true);
    window.setBusy(false); // the end of a wait does not make it available
    QVERIFY(!child<QWidget>(window, u"signInButton"_s)->isEnabled());
    window.setSignInAvailable(true);
    QVERIFY(child<QWidget>(window, u"signInButton"_s)->isEnabled());
}

void TestLoginWindow::statusAndErrors()
{
    LoginWindow window;
    auto *status = child<QLabel>(window, u"statusLabel"_s);
    QCOMPARE(status->textFormat(), Qt::PlainText); // text from elsewhere is never markup
    window.showStatus(u"Training mode is ready."_s);
    QCOMPARE(window.statusText(), u"Training mode is ready."_s);
    QVERIFY(!status->font().bold());
    window.showError(u"The server could not be reached."_s);
    QCOMPARE(status->text(), u"The server could not be reached."_s);
    QVERIFY(status->font().bold());
    QCOMPARE(status->accessibleDescription(), u"The server could not be reached."_s);
}

void TestLoginWindow::prefilledCredentialsLeaveEnterToTheButton()
{
    LoginWindow window;
    window.setServerUrl(QUrl(u"http://127.0.0.1:4000"_s));
    window.setCredentials(u"trainer@training.invalid"_s, u"pw"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, u"signInButton"_s));
}

QTEST_MAIN(TestLoginWindow)
#include "tst_loginwindow.moc"
