// LoginWindow on the offscreen platform: what it shows, what it asks for, and what Enter does.

#include "models/domain/Access.h"
#include "models/domain/ErrorCode.h"
#include "tests/ui/support/KeyAudit.h"
#include "ui/login/LoginWindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using tv::LoginRequest;
using tv::ui::LoginWindow;
using Page = tv::ui::LoginWindow::Page;

namespace {

template <typename T>
T *child(const QWidget &window, const QString &name)
{
    return window.findChild<T *>(name);
}

// The window with a server and the person's details filled in, shown and active.
void showFilledIn(LoginWindow &window)
{
    window.setServerUrl(QUrl(u"https://transform.example.org"_s));
    window.setCredentials(u"dsl@school.example"_s, u"correct horse"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// The window with a server and the person's details (a short password) filled in, shown; false
// when it is not exposed.
bool showWithDetails(LoginWindow &window)
{
    window.setServerUrl(QUrl(u"https://transform.example.org"_s));
    window.setCredentials(u"dsl@school.example"_s, u"pw"_s);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

// Signs in with the details filled in and gets asked for the code, as the shell would.
void reachTheCodeStep(LoginWindow &window)
{
    showFilledIn(window);
    QTest::keyClick(&window, Qt::Key_Return);
    window.askForCode();
}

tv::Statement someStatement()
{
    return tv::Statement{3, u"I will use TransformView only to safeguard children."_s,
                         QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()), false};
}

tv::Error lapsedError(const QStringList &unmet)
{
    return tv::Error{QString(tv::errc::AccessLapsed), u"Your access has lapsed."_s, unmet};
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

    void codeStepResubmitsWithTheCode();
    void codeIsSixDigitsOrARecoveryCode_data();
    void codeIsSixDigitsOrARecoveryCode();
    void codePageSaysHowToUseARecoveryCode();
    void wrongCodeAsksAgain();
    void escapeAndBackReturnToTheCredentials();
    void clearingThePasswordForgetsTheCodeStep();
    void checkingAccessIsBusy();
    void statementIsReadOnlyAndAcceptedOnlyWhenTicked();
    void statementOffersSignOut();
    void statementPageWhileBusy();
    void lapsedPageNamesEachConditionAndTheContact();
    void lapsedPageWithoutAContactNamesTheTransformTeam();
    void lapsedPageForAnUnknownCondition();
    void everyPageIsLabelledAndDescribed();
    void windowKeepsOneSizeFromPageToPage();
    void codeFieldIsAsWideAsACode();
    void noKeyIsSharedOnAnyPage();
    void trainingShowsTheDemoPassword();
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
    // Every page's controls: the credentials, the code step, the statement, access lapsed.
    const auto edits = window.findChildren<QLineEdit *>();
    const auto buttons = window.findChildren<QAbstractButton *>();
    QCOMPARE(edits.size(), 4);
    QCOMPARE(buttons.size(), 7);
    QList<QWidget *> interactive{child<QPlainTextEdit>(window, u"statementText"_s)};
    for (QWidget *widget : edits)
        interactive << widget;
    for (QWidget *widget : buttons)
        interactive << widget;
    for (QWidget *widget : std::as_const(interactive)) {
        QVERIFY(widget);
        QVERIFY2(!widget->objectName().isEmpty(), qPrintable(widget->accessibleName()));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
    }
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
    QVERIFY(showWithDetails(window));
    QTest::keyClick(child<QPushButton>(window, u"signInButton"_s), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
}

void TestLoginWindow::clickingTheButtonSignsIn()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    QVERIFY(showWithDetails(window));
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
    QVERIFY(showWithDetails(window));

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

void TestLoginWindow::codeStepResubmitsWithTheCode()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    reachTheCodeStep(window);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.constFirst().at(1).value<LoginRequest>(),
             (LoginRequest{u"dsl@school.example"_s, u"correct horse"_s}));

    QCOMPARE(window.page(), Page::Code);
    auto *code = child<QLineEdit>(window, u"codeEdit"_s);
    QVERIFY(code->isVisible());
    QVERIFY(!child<QLineEdit>(window, u"passwordEdit"_s)->isVisible());
    // The password is no longer in any field: kept in memory for the re-submit only.
    QVERIFY(child<QLineEdit>(window, u"passwordEdit"_s)->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), code);
    QCOMPARE(child<QLabel>(window, u"codeLabel"_s)->buddy(), code);
    QCOMPARE(child<QLabel>(window, u"codeLabel"_s)->text(), u"&Code:"_s);

    QTest::keyClicks(code, u"123456"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.constLast().at(0).toUrl(), QUrl(u"https://transform.example.org"_s));
    QCOMPARE(requested.constLast().at(1).value<LoginRequest>(),
             (LoginRequest{u"dsl@school.example"_s, u"correct horse"_s, u"123456"_s}));

    // While the code is checked nothing can be pressed; the keypad's Enter is ignored too.
    window.setBusy(true);
    QCOMPARE(window.statusText(), u"Signing in. Please wait."_s);
    QVERIFY(!code->isEnabled());
    QVERIFY(!child<QWidget>(window, u"codeSignInButton"_s)->isEnabled());
    QTest::keyClick(&window, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(requested.count(), 2);
    window.setBusy(false);
    QVERIFY(code->isEnabled());

    // Signed in: the shell clears the password, and with it everything kept for the code step.
    window.clearPassword();
    QVERIFY(code->text().isEmpty());
    QTest::keyClicks(code, u"654321"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(window.page(), Page::Credentials);
}

void TestLoginWindow::codeIsSixDigitsOrARecoveryCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent"); // empty: refused here, nothing sent
    QTest::newRow("authenticator") << u"123456"_s << u"123456"_s;
    QTest::newRow("authenticator, spaces around") << u" 123456 "_s << u"123456"_s;
    QTest::newRow("recovery code") << u"abcde-23456"_s << u"abcde-23456"_s;
    QTest::newRow("recovery code, capitals and a space") << u"ABCDE 23456"_s << u"ABCDE 23456"_s;
    QTest::newRow("recovery code, no hyphen") << u"abcde23456"_s << u"abcde23456"_s;
    QTest::newRow("too few digits") << u"1234"_s << QString();
    QTest::newRow("too many digits") << u"1234567"_s << QString();
    QTest::newRow("digits and letters, too short") << u"12ab3-4"_s << QString();
    QTest::newRow("recovery code, one short") << u"abcde-2345"_s << QString();
    QTest::newRow("recovery code, one too many") << u"abcde-234567"_s << QString();
    QTest::newRow("recovery code, punctuation") << u"abcde_23456"_s << QString();
    QTest::newRow("digits that are not ASCII")
        << QString::fromUtf8("\u0661\u0662\u0663\u0664\u0665\u0666") << QString();
}

// The code step takes the authenticator app's 6 digits or a recovery code, and says which are
// wanted when it gets neither.
void TestLoginWindow::codeIsSixDigitsOrARecoveryCode()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    reachTheCodeStep(window);
    auto *code = child<QLineEdit>(window, u"codeEdit"_s);
    // QTest types Latin-1 only; anything else goes in as an input method would put it.
    if (typed == QString::fromLatin1(typed.toLatin1()))
        QTest::keyClicks(code, typed);
    else
        code->insert(typed);
    QCOMPARE(code->text(), typed); // nothing typed is silently dropped
    QTest::keyClick(code, Qt::Key_Return);
    if (sent.isEmpty()) {
        QCOMPARE(requested.count(), 1);
        QCOMPARE(window.statusText(),
                 u"Enter the 6 digits your authenticator app shows, or a recovery code: 10 "
                 u"letters and numbers, for example abcde-23456."_s);
        QVERIFY(child<QLabel>(window, u"statusLabel"_s)->font().bold());
        QCOMPARE(QApplication::focusWidget(), code);
        QCOMPARE(window.page(), Page::Code);
        return;
    }
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.constLast().at(1).value<LoginRequest>(),
             (LoginRequest{u"dsl@school.example"_s, u"correct horse"_s, sent}));
}

void TestLoginWindow::codePageSaysHowToUseARecoveryCode()
{
    LoginWindow window;
    reachTheCodeStep(window);
    auto *recovery = child<QLabel>(window, u"recoveryExplanationLabel"_s);
    QVERIFY(recovery);
    QVERIFY(recovery->isVisible());
    QCOMPARE(recovery->text(),
             u"No phone to hand? Enter one of the recovery codes you were given when you set up "
             u"two-step sign-in instead, for example abcde-23456. Each recovery code works only "
             u"once."_s);
    auto *code = child<QLineEdit>(window, u"codeEdit"_s);
    QCOMPARE(code->accessibleName(), u"Authenticator or recovery code"_s);
    QVERIFY(code->accessibleDescription().contains(u"recovery codes"_s));
    QVERIFY(child<QWidget>(window, u"codePage"_s)
                ->accessibleDescription()
                .contains(u"recovery codes"_s));
    QCOMPARE(code->echoMode(), QLineEdit::Normal);
    // A whole recovery code fits, with its hyphen and a space or two.
    QVERIFY(code->maxLength() >= 13);
    // The button does the same as Enter.
    QTest::keyClicks(code, u"k7p2m-9qxm4"_s);
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    QTest::mouseClick(child<QPushButton>(window, u"codeSignInButton"_s), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.constLast().at(1).value<LoginRequest>().code, u"k7p2m-9qxm4"_s);
}

void TestLoginWindow::wrongCodeAsksAgain()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    reachTheCodeStep(window);
    auto *code = child<QLineEdit>(window, u"codeEdit"_s);
    QTest::keyClicks(code, u"111111"_s);
    QTest::keyClick(code, Qt::Key_Return);
    window.setBusy(true);
    window.setBusy(false);

    const QString refused = u"The sign-in details were not recognised."_s;
    window.rejectCode(refused);
    QCOMPARE(window.page(), Page::Code);
    QCOMPARE(window.statusText(), refused);
    QVERIFY(child<QLabel>(window, u"statusLabel"_s)->font().bold());
    QVERIFY(code->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), code);

    // The email address and password are still there for the next try.
    QTest::keyClicks(code, u"222222"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.constLast().at(1).value<LoginRequest>(),
             (LoginRequest{u"dsl@school.example"_s, u"correct horse"_s, u"222222"_s}));
}

void TestLoginWindow::escapeAndBackReturnToTheCredentials()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    reachTheCodeStep(window);
    QTest::keyClicks(child<QLineEdit>(window, u"codeEdit"_s), u"12"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window.page(), Page::Credentials);
    // The email address stays; the password is asked for again, where focus waits.
    QCOMPARE(child<QLineEdit>(window, u"emailEdit"_s)->text(), u"dsl@school.example"_s);
    QVERIFY(child<QLineEdit>(window, u"passwordEdit"_s)->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, u"passwordEdit"_s));

    // The same with the "Back" button's mnemonic, and nothing typed before is kept. (A mnemonic
    // presses its button as an animated click: the click comes a moment later.)
    QTest::keyClicks(child<QLineEdit>(window, u"passwordEdit"_s), u"another"_s);
    QTest::keyClick(child<QLineEdit>(window, u"passwordEdit"_s), Qt::Key_Return);
    QCOMPARE(requested.count(), 2);
    window.askForCode();
    QCOMPARE(window.page(), Page::Code);
    QVERIFY(child<QLineEdit>(window, u"codeEdit"_s)->text().isEmpty());
    QTest::keyClick(&window, Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(window.page(), Page::Credentials);
    QVERIFY(child<QLineEdit>(window, u"passwordEdit"_s)->text().isEmpty());

    // Escape on the credentials does nothing.
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(window.page(), Page::Credentials);
    QCOMPARE(requested.count(), 2);
}

void TestLoginWindow::clearingThePasswordForgetsTheCodeStep()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    reachTheCodeStep(window);
    window.clearPassword();
    window.rejectCode(u"Refused."_s); // nothing left to re-submit: back to the credentials
    QCOMPARE(window.page(), Page::Credentials);
    QCOMPARE(window.statusText(), u"Refused."_s);
    QCOMPARE(requested.count(), 1);
}

void TestLoginWindow::checkingAccessIsBusy()
{
    LoginWindow window;
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    reachTheCodeStep(window);
    window.showCheckingAccess();
    QCOMPARE(window.page(), Page::Checking);
    QVERIFY(window.isBusy());
    QVERIFY(child<QProgressBar>(window, u"checkingProgress"_s)->isVisible());
    QCOMPARE(child<QLabel>(window, u"checkingLabel"_s)->text(),
             u"You are signed in. TransformView is checking that you may see person data. Please "
             "wait."_s);
    QVERIFY(window.cursor().shape() == Qt::BusyCursor);
    // Whatever was kept for the code step is gone.
    QVERIFY(child<QLineEdit>(window, u"passwordEdit"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(window, u"codeEdit"_s)->text().isEmpty());
    QTest::keyClick(&window, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    window.showCredentials();
    QVERIFY(!window.isBusy());
}

void TestLoginWindow::statementIsReadOnlyAndAcceptedOnlyWhenTicked()
{
    LoginWindow window;
    QSignalSpy accepted(&window, &LoginWindow::statementAccepted);
    QSignalSpy signOut(&window, &LoginWindow::signOutRequested);
    showFilledIn(window);
    window.showStatement(someStatement());
    QCOMPARE(window.page(), Page::Statement);
    QVERIFY(!window.isBusy());

    auto *text = child<QPlainTextEdit>(window, u"statementText"_s);
    auto *check = child<QCheckBox>(window, u"acceptCheck"_s);
    auto *accept = child<QPushButton>(window, u"acceptButton"_s);
    QVERIFY(text->isVisible() && text->isReadOnly());
    QCOMPARE(text->toPlainText(), u"I will use TransformView only to safeguard children."_s);
    QCOMPARE(child<QLabel>(window, u"statementVersionLabel"_s)->text(),
             u"Version 3, published on %1."_s.arg(
                 QLocale().toString(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc())
                                        .toTimeZone(QTimeZone::systemTimeZone())
                                        .date(),
                                    QLocale::LongFormat)));
    QCOMPARE(check->text(), u"I have &read and accept this statement"_s);
    QCOMPARE(accept->text(), u"&Accept and continue"_s);
    QVERIFY(!check->isChecked());
    QVERIFY(!accept->isEnabled());
    // Focus lands on the statement, the page's first field; typing changes nothing.
    QCOMPARE(QApplication::focusWidget(), text);
    QTest::keyClicks(text, u"xyz"_s);
    QCOMPARE(text->toPlainText(), u"I will use TransformView only to safeguard children."_s);
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);

    // Keyboard only: Tab to the box, Space ticks it, Enter accepts.
    QTest::keyClick(text, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), check);
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(check->isChecked());
    QVERIFY(accept->isEnabled());
    QTest::keyClick(check, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(accepted.constFirst().constFirst().toInt(), 3);
    QCOMPARE(signOut.count(), 0);

    // A newer statement starts unticked again.
    window.showStatement(tv::Statement{4, u"Version four."_s, {}, false});
    QVERIFY(!check->isChecked());
    QVERIFY(!accept->isEnabled());
    QCOMPARE(child<QLabel>(window, u"statementVersionLabel"_s)->text(), u"Version 4."_s);
}

void TestLoginWindow::statementOffersSignOut()
{
    LoginWindow window;
    QSignalSpy accepted(&window, &LoginWindow::statementAccepted);
    QSignalSpy signOut(&window, &LoginWindow::signOutRequested);
    showFilledIn(window);
    window.showStatement(someStatement());
    // Mnemonics press their buttons as animated clicks: a moment later.
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier); // not yet available
    QTest::keyClick(&window, Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(signOut.count(), 1);
    QCOMPARE(accepted.count(), 0);
    // The mnemonic of the box ticks it; that of the button accepts.
    QTest::keyClick(&window, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(child<QCheckBox>(window, u"acceptCheck"_s)->isChecked());
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(accepted.constFirst().constFirst().toInt(), 3);
}

void TestLoginWindow::statementPageWhileBusy()
{
    LoginWindow window;
    QSignalSpy accepted(&window, &LoginWindow::statementAccepted);
    showFilledIn(window);
    window.showStatement(someStatement());
    QTest::mouseClick(child<QCheckBox>(window, u"acceptCheck"_s), Qt::LeftButton);
    window.setBusy(true);
    QCOMPARE(window.statusText(), u"Recording that you accept the statement. Please wait."_s);
    for (const QString &name : {u"acceptCheck"_s, u"acceptButton"_s, u"statementSignOutButton"_s})
        QVERIFY2(!child<QWidget>(window, name)->isEnabled(), qPrintable(name));
    QTest::keyClick(&window, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    window.setBusy(false);
    window.showError(u"The service could not record it."_s);
    QVERIFY(child<QWidget>(window, u"acceptButton"_s)->isEnabled());
    QTest::keyClick(&window, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
}

void TestLoginWindow::lapsedPageNamesEachConditionAndTheContact()
{
    using tv::AccessCondition;
    namespace conditions = tv::conditions;
    LoginWindow window;
    QSignalSpy signOut(&window, &LoginWindow::signOutRequested);
    QSignalSpy requested(&window, &LoginWindow::signInRequested);
    showFilledIn(window);
    window.showAccessLapsed(lapsedError({conditions::wireName(AccessCondition::DbsCurrent),
                                         conditions::wireName(AccessCondition::TrainingCompleted)}),
                            tv::startup::TransformTeamContact{u"Transform team (Somerset)"_s,
                                                              u"transform@council.example"_s,
                                                              u"01234 567890"_s});
    QCOMPARE(window.page(), Page::AccessLapsed);
    QCOMPARE(child<QLabel>(window, u"lapsedHeadingLabel"_s)->text(),
             u"Your access to person data has lapsed"_s);
    auto *conditionsLabel = child<QLabel>(window, u"conditionsLabel"_s);
    QVERIFY(conditionsLabel->isVisible());
    // One line per condition, in the words of Access.h.
    const QStringList lines = conditionsLabel->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"\u2022 "_s + conditions::text(AccessCondition::DbsCurrent));
    QCOMPARE(lines.at(1), u"\u2022 "_s + conditions::text(AccessCondition::TrainingCompleted));
    QCOMPARE(conditionsLabel->accessibleDescription(), conditionsLabel->text());
    QCOMPARE(child<QLabel>(window, u"contactLabel"_s)->text(),
             u"To have your access restored, contact:\nTransform team (Somerset)\nEmail: "
             "transform@council.example\nPhone: 01234 567890"_s);
    // The state is said in words and shown with an icon.
    QVERIFY(!child<QLabel>(window, u"lapsedIconLabel"_s)->pixmap().isNull());

    // "Sign out" is all there is: focus waits on it, and Enter presses it.
    auto *button = child<QPushButton>(window, u"lapsedSignOutButton"_s);
    QCOMPARE(QApplication::focusWidget(), button);
    QTest::keyClick(button, Qt::Key_Return);
    QCOMPARE(signOut.count(), 1);
    QCOMPARE(requested.count(), 0);
}

void TestLoginWindow::lapsedPageWithoutAContactNamesTheTransformTeam()
{
    LoginWindow window;
    window.showAccessLapsed(
        lapsedError({tv::conditions::wireName(tv::AccessCondition::OrganisationAgreementCurrent)}),
        tv::startup::TransformTeamContact{});
    QCOMPARE(child<QLabel>(window, u"contactLabel"_s)->text(),
             u"Contact the council's Transform team to have your access restored."_s);
    // A contact with an email address only names just that.
    window.showAccessLapsed(
        lapsedError({}), tv::startup::TransformTeamContact{{}, u"transform@council.example"_s, {}});
    QCOMPARE(child<QLabel>(window, u"contactLabel"_s)->text(),
             u"To have your access restored, contact:\nEmail: transform@council.example"_s);
    // Without a list, the error's own words.
    QCOMPARE(child<QLabel>(window, u"conditionsLabel"_s)->text(), u"Your access has lapsed."_s);
}

void TestLoginWindow::lapsedPageForAnUnknownCondition()
{
    LoginWindow window;
    window.showAccessLapsed(lapsedError({u"a_condition_from_a_newer_service"_s}), {});
    QCOMPARE(child<QLabel>(window, u"conditionsLabel"_s)->text(),
             u"\u2022 "_s + tv::conditions::textForWireName(u"a_condition_from_a_newer_service"_s));
    QVERIFY(child<QLabel>(window, u"conditionsLabel"_s)->text().contains(u"Transform team"_s));
}

void TestLoginWindow::everyPageIsLabelledAndDescribed()
{
    LoginWindow window;
    for (const QString &name : {u"credentialsPage"_s, u"codePage"_s, u"checkingPage"_s,
                                u"statementPage"_s, u"accessLapsedPage"_s, u"checkingProgress"_s}) {
        QWidget *page = child<QWidget>(window, name);
        QVERIFY2(page, qPrintable(name));
        QVERIFY2(!page->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(!page->accessibleDescription().isEmpty(), qPrintable(name));
    }
    // Every label with a mnemonic has a buddy.
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
    }
}

// The window does not jump in size between its pages: every page is laid out in the size the
// largest needs, and the smaller ones are centred in it.
void TestLoginWindow::windowKeepsOneSizeFromPageToPage()
{
    using tv::AccessCondition;
    namespace conditions = tv::conditions;
    LoginWindow window;
    showFilledIn(window);
    const QSize size = window.size();
    QVERIFY(size.width() >= window.fontMetrics().averageCharWidth() * 80);
    window.askForCode();
    QTRY_COMPARE(window.size(), size);
    window.showCheckingAccess();
    QTRY_COMPARE(window.size(), size);
    window.showStatement(someStatement());
    QTRY_COMPARE(window.size(), size);
    window.showAccessLapsed(lapsedError({conditions::wireName(AccessCondition::DbsCurrent),
                                         conditions::wireName(AccessCondition::TrainingCompleted)}),
                            tv::startup::TransformTeamContact{u"Transform team (Somerset)"_s,
                                                              u"transform@council.example"_s,
                                                              u"01234 567890"_s});
    QTRY_COMPARE(window.size(), size);
    window.showCredentials();
    QTRY_COMPARE(window.size(), size);
    // The short pages sit in the middle, not at the top with the rest of the window empty.
    auto *heading = child<QLabel>(window, u"headingLabel"_s);
    auto *banner = child<QLabel>(window, u"trainingBanner"_s);
    QVERIFY(!banner->isVisible());
    QVERIFY(heading->mapTo(&window, QPoint(0, 0)).y() > heading->height());
}

// The code field is as wide as a recovery code, not as the window.
void TestLoginWindow::codeFieldIsAsWideAsACode()
{
    LoginWindow window;
    reachTheCodeStep(window);
    auto *code = child<QLineEdit>(window, u"codeEdit"_s);
    QTRY_VERIFY(code->isVisible());
    QVERIFY(code->width() >= code->fontMetrics().horizontalAdvance(u"abcde-23456"_s));
    QVERIFY(code->width() < window.width() / 2);
}

void TestLoginWindow::noKeyIsSharedOnAnyPage()
{
    LoginWindow window;
    showFilledIn(window);
    const auto check = [&window](const QString &page, bool keys = true) {
        const QStringList clashes = tv::test::keyClashes(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(page + u":\n"_s + clashes.join(u'\n')));
        QVERIFY2(tv::test::windowKeys(&window).isEmpty() != keys, qPrintable(page));
    };
    check(u"credentials"_s);
    window.askForCode();
    check(u"code"_s);
    window.showCheckingAccess();
    check(u"checking"_s, false); // a progress bar, nothing to press
    window.showStatement(someStatement());
    check(u"statement"_s);
    window.showAccessLapsed(
        lapsedError({tv::conditions::wireName(tv::AccessCondition::DbsCurrent)}),
        tv::startup::TransformTeamContact{u"Transform team (Somerset)"_s,
                                          u"transform@council.example"_s, u"01234 567890"_s});
    check(u"access lapsed"_s);
}

void TestLoginWindow::trainingShowsTheDemoPassword()
{
    LoginWindow window;
    window.setTrainingMode(true);
    window.setTrainingAccount(u"trainer@training.invalid"_s, u"demo-password-1"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = child<QLabel>(window, u"trainingAccountLabel"_s);
    QVERIFY(label && label->isVisible());
    QCOMPARE(window.trainingAccountText(),
             u"Training: the demo trainer is trainer@training.invalid, with the password "
             u"demo-password-1. Use the same password to unlock after locking."_s);
    QCOMPARE(child<QLineEdit>(window, u"passwordEdit"_s)->text(), u"demo-password-1"_s);
    // Outside training, no password is ever shown.
    LoginWindow production;
    production.setTrainingAccount(u"someone@council.example"_s, u"secret"_s);
    production.show();
    QVERIFY(QTest::qWaitForWindowExposed(&production));
    QVERIFY(production.trainingAccountText().isEmpty());
    QVERIFY(!child<QLabel>(production, u"trainingAccountLabel"_s)->isVisible());
}

QTEST_MAIN(TestLoginWindow)
#include "tst_loginwindow.moc"
