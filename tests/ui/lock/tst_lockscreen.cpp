// LockScreen on the offscreen platform: what it shows, what it asks for, and what it hands on.

#include "tests/ui/support/KeyAudit.h"
#include "ui/lock/LockScreen.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::ui::LockScreen;

namespace {

template <typename T>
T *child(const QWidget &window, const QString &name)
{
    return window.findChild<T *>(name);
}

} // namespace

class TestLockScreen final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyInteractiveWidgetIsNamed();
    void showsWhoButNoData();
    void passwordUnlocks();
    void codeIsAskedForWhenRequired();
    void recoveryCodeUnlocksToo();
    void missingEntriesAreNamed();
    void busyScreenIgnoresUnlockButNotSignOut();
    void signOutIsHandedOn();
    void noKeyIsShared();
    void trainingShowsTheDemoPassword();
};

void TestLockScreen::everyInteractiveWidgetIsNamed()
{
    LockScreen screen;
    for (const QString &name : {u"passwordEdit"_s, u"codeEdit"_s, u"unlockButton"_s,
                                u"signOutButton"_s, u"statusLabel"_s, u"explanationLabel"_s}) {
        QWidget *widget = child<QWidget>(screen, name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    const auto edits = screen.findChildren<QLineEdit *>();
    const auto buttons = screen.findChildren<QAbstractButton *>();
    QCOMPARE(edits.size(), 2);
    QCOMPARE(buttons.size(), 2);
    for (QWidget *widget : edits)
        QVERIFY(!widget->objectName().isEmpty() && !widget->accessibleDescription().isEmpty());
    QCOMPARE(child<QLineEdit>(screen, u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
}

void TestLockScreen::showsWhoButNoData()
{
    LockScreen screen;
    screen.setAccountName(u"Demo Trainer"_s);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QCOMPARE(screen.windowTitle(), u"Locked - TransformView"_s);
    QCOMPARE(child<QLabel>(screen, u"explanationLabel"_s)->text(),
             u"Everything was hidden. Demo Trainer, enter your password to carry on, or sign "
             "out."_s);
    QVERIFY(!child<QLabel>(screen, u"trainingBanner"_s)->isVisible());
    screen.setTrainingMode(true);
    QVERIFY(child<QLabel>(screen, u"trainingBanner"_s)->isVisible());
    QCOMPARE(screen.windowTitle(), u"Locked - TransformView training"_s);
    // No code field unless the account has two-step sign-in.
    QVERIFY(!child<QLineEdit>(screen, u"codeEdit"_s)->isVisible());
}

void TestLockScreen::passwordUnlocks()
{
    LockScreen screen;
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QSignalSpy unlock(&screen, &LockScreen::unlockRequested);
    auto *password = child<QLineEdit>(screen, u"passwordEdit"_s);
    QTest::keyClicks(password, u"the password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(unlock.count(), 1);
    QCOMPARE(unlock.constFirst().at(0).toString(), u"the password"_s);
    QCOMPARE(unlock.constFirst().at(1).value<std::optional<QString>>(), std::nullopt);
    screen.clearEntries();
    QVERIFY(password->text().isEmpty());
}

void TestLockScreen::codeIsAskedForWhenRequired()
{
    LockScreen screen;
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.setCodeRequired(true);
    QVERIFY(screen.isCodeRequired());
    auto *code = child<QLineEdit>(screen, u"codeEdit"_s);
    QVERIFY(code->isVisible());
    QSignalSpy unlock(&screen, &LockScreen::unlockRequested);
    QTest::keyClicks(child<QLineEdit>(screen, u"passwordEdit"_s), u"the password"_s);
    QTest::mouseClick(child<QPushButton>(screen, u"unlockButton"_s), Qt::LeftButton);
    QCOMPARE(unlock.count(), 0);
    QCOMPARE(screen.statusText(),
             u"Enter the code from your authenticator app, or one of your recovery codes."_s);
    QTest::keyClicks(code, u"123456"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(unlock.count(), 1);
    QCOMPARE(unlock.constFirst().at(1).value<std::optional<QString>>(),
             std::optional<QString>(u"123456"_s));
    screen.setCodeRequired(false);
    QVERIFY(!code->isVisible());
    QVERIFY(code->text().isEmpty());
}

// The unlock takes a recovery code as signing in does, and the screen says so: the explanation,
// the field's label and description, and a field that takes letters and is as wide as one.
void TestLockScreen::recoveryCodeUnlocksToo()
{
    LockScreen screen;
    screen.setAccountName(u"Demo Trainer"_s);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.setCodeRequired(true);
    QCOMPARE(child<QLabel>(screen, u"explanationLabel"_s)->text(),
             u"Everything was hidden. Demo Trainer, enter your password and the code from your "
             "authenticator app, or one of your recovery codes, to carry on; or sign out."_s);
    auto *code = child<QLineEdit>(screen, u"codeEdit"_s);
    QCOMPARE(child<QLabel>(screen, u"codeLabel"_s)->buddy(), code);
    QCOMPARE(child<QLabel>(screen, u"codeLabel"_s)->text(), u"&Code:"_s);
    QCOMPARE(code->accessibleName(), u"Authenticator or recovery code"_s);
    QVERIFY(code->accessibleDescription().contains(u"recovery codes"_s));
    QVERIFY(!(code->inputMethodHints() & Qt::ImhDigitsOnly));
    QVERIFY(code->width() >= code->fontMetrics().horizontalAdvance(u"abcde-23456"_s));
    QVERIFY(code->width() < child<QLineEdit>(screen, u"passwordEdit"_s)->width());

    QSignalSpy unlock(&screen, &LockScreen::unlockRequested);
    QTest::keyClicks(child<QLineEdit>(screen, u"passwordEdit"_s), u"the password"_s);
    QTest::keyClicks(code, u"abcde-23456"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(unlock.count(), 1);
    QCOMPARE(unlock.constFirst().at(1).value<std::optional<QString>>(),
             std::optional<QString>(u"abcde-23456"_s));

    // Without two-step sign-in the explanation asks for the password only.
    screen.setCodeRequired(false);
    QCOMPARE(child<QLabel>(screen, u"explanationLabel"_s)->text(),
             u"Everything was hidden. Demo Trainer, enter your password to carry on, or sign "
             "out."_s);
}

void TestLockScreen::missingEntriesAreNamed()
{
    LockScreen screen;
    QSignalSpy unlock(&screen, &LockScreen::unlockRequested);
    QTest::mouseClick(child<QPushButton>(screen, u"unlockButton"_s), Qt::LeftButton);
    QCOMPARE(unlock.count(), 0);
    QCOMPARE(screen.statusText(), u"Enter your password to unlock."_s);
    QVERIFY(child<QLabel>(screen, u"statusLabel"_s)->font().bold());
    QCOMPARE(child<QLabel>(screen, u"statusLabel"_s)->accessibleDescription(),
             u"Enter your password to unlock."_s);
}

void TestLockScreen::busyScreenIgnoresUnlockButNotSignOut()
{
    LockScreen screen;
    screen.setBusy(true);
    QVERIFY(screen.isBusy());
    QCOMPARE(screen.statusText(), u"Checking your password. Please wait."_s);
    QVERIFY(!child<QLineEdit>(screen, u"passwordEdit"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(screen, u"unlockButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(screen, u"signOutButton"_s)->isEnabled());
    screen.setBusy(false);
    QVERIFY(child<QPushButton>(screen, u"unlockButton"_s)->isEnabled());
}

void TestLockScreen::signOutIsHandedOn()
{
    LockScreen screen;
    QSignalSpy signOut(&screen, &LockScreen::signOutRequested);
    QTest::mouseClick(child<QPushButton>(screen, u"signOutButton"_s), Qt::LeftButton);
    QCOMPARE(signOut.count(), 1);
}

void TestLockScreen::noKeyIsShared()
{
    LockScreen screen;
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    for (const bool code : {false, true}) {
        screen.setCodeRequired(code);
        const QStringList clashes = tv::test::keyClashes(&screen);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        QCOMPARE(tv::test::windowKeys(&screen).size(), code ? 4 : 3);
    }
}

void TestLockScreen::trainingShowsTheDemoPassword()
{
    LockScreen screen;
    screen.setTrainingPassword(u"demo-password-1"_s);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    auto *label = child<QLabel>(screen, u"trainingPasswordLabel"_s);
    QVERIFY(label);
    QVERIFY(!label->isVisible()); // not in training: never shown
    QVERIFY(screen.trainingPasswordText().isEmpty());
    screen.setTrainingMode(true);
    QVERIFY(label->isVisible());
    QCOMPARE(screen.trainingPasswordText(), u"Training: the demo password is demo-password-1"_s);
    QCOMPARE(label->accessibleName(), screen.trainingPasswordText());
    screen.setTrainingMode(false);
    QVERIFY(!label->isVisible());
}

QTEST_MAIN(TestLockScreen)
#include "tst_lockscreen.moc"
