// The application side of the AT-SPI audit (atspi_audit.py): the real client shell in training
// mode, stepped through every screen a practitioner meets, one screen per "next" line on standard
// input. After each step it prints what the screen should tell an accessibility client, then
// "screen NAME", and waits, serving the AT-SPI requests of the audit from its event loop:
//
//   heading TEXT     a section title shown on this screen (it must be a heading)
//   expect TEXT      words that must be exposed on this screen ("Signed in as ...")
//   announce TEXT    a status or error message this step made appear (it must be announced)
//   measured TEXT    a contrast measured (for the log)
//   finding TEXT     a contrast below WCAG 2.2's, measured from the X server's pixels (a
//                    screenshot), not from the palette: field borders and focus indicators 3:1,
//                    placeholder text 4.5:1
//   screen NAME      the screen is ready to be read
//   done             the last screen has been read; the driver quits
//
// A step that cannot be reached prints "fail WHY" and quits with status 1. Only fictional
// training data is shown.

#include "app/net/ServiceClient.h"
#include "app/training/TrainingService.h"
#include "models/domain/Access.h"
#include "models/domain/ErrorCode.h"
#include "tests/ui/shell/ShellDriver.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Watermark.h"
#include "ui/lock/LockScreen.h"
#include "ui/login/LoginWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/person/PersonPage.h"
#include "ui/person/ReasonDialog.h"
#include "ui/reports/MyReportsPanel.h"
#include "ui/reports/ReportDialog.h"
#include "ui/search/SearchPanel.h"
#include "ui/shell/ClientShell.h"

#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSocketNotifier>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>

using namespace Qt::StringLiterals;
using tv::test::child;

namespace {

constexpr int ServiceMs = 30000;

// The section titles of every screen, by object name: what the audit expects as headings.
const QStringList HeadingNames{
    u"headingLabel"_s,          u"codeHeadingLabel"_s,   u"checkingHeadingLabel"_s,
    u"statementHeadingLabel"_s, u"lapsedHeadingLabel"_s, u"searchHeading"_s,
    u"reasonHeading"_s,         u"reportHeading"_s,      u"myReportsHeading"_s,
    u"personNameLabel"_s,       u"detailsTitle"_s,       u"criteriaTitle"_s,
    u"individualFlagsTitle"_s,  u"transformTitle"_s,     u"coverageTitle"_s,
    u"householdTitle"_s,
};

void say(const QString &kind, const QString &text = {})
{
    QString line = text.isEmpty() ? kind : kind + u' ' + text;
    line.replace(u'\n', u' ');
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &why)
{
    say(u"fail"_s, why);
    std::fflush(stdout);
    std::_Exit(1);
}

void require(bool condition, const QString &why)
{
    if (!condition)
        fail(why);
}

// Serves the event loop (the audit's AT-SPI requests, at once) until the audit writes a line;
// false at end of input.
bool waitForNext()
{
    QEventLoop loop;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    loop.exec();
    std::string line;
    return bool(std::getline(std::cin, line));
}

// The headings of `window` now on screen, then the screen's name; waits for "next".
bool present(const QString &name, const QWidget *window)
{
    QTest::qWait(300); // pending layouts and accessibility events reach the bus
    for (const QString &object : HeadingNames) {
        const auto labels = window->findChildren<QLabel *>(object);
        for (const QLabel *label : labels) {
            if (label->isVisible() && !label->text().isEmpty())
                say(u"heading"_s, QString(label->text()).remove(u'&'));
        }
    }
    say(u"screen"_s, name);
    return waitForNext();
}

// -- contrast, from the pixels on screen -------------------------------------------------------

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double contrast(QRgb a, QRgb b)
{
    const auto luminance = [](QRgb c) {
        return 0.2126 * linear(qRed(c)) + 0.7152 * linear(qGreen(c)) + 0.0722 * linear(qBlue(c));
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// What the X server shows of `rect` (global coordinates), grown by `margin` on every side.
QImage grab(const QWidget *widget, int margin = 0)
{
    QTest::qWait(150);
    const QRect rect = QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size())
                           .adjusted(-margin, -margin, margin, margin);
    return QGuiApplication::primaryScreen()
        ->grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

QString name(const QWidget *widget)
{
    return widget->objectName();
}

// The field's edge against the window around it: the most contrasting pixel of the three
// outermost rings, against the window's pixel just outside, on the left.
void checkBorder(const QWidget *field)
{
    constexpr int Margin = 2;
    const QImage image = grab(field, Margin);
    const QRgb outside = image.pixel(0, image.height() / 2);
    double best = 1;
    for (int y = Margin; y < image.height() - Margin; ++y) {
        for (int x = Margin; x < image.width() - Margin; ++x) {
            const int ring = std::min({x - Margin, y - Margin, image.width() - Margin - 1 - x,
                                       image.height() - Margin - 1 - y});
            if (ring < 3)
                best = std::max(best, contrast(image.pixel(x, y), outside));
        }
    }
    say(u"measured"_s, u"border of %1: %2:1"_s.arg(name(field), QString::number(best, 'f', 2)));
    if (best < 3.0)
        say(u"finding"_s, u"the border of %1 is %2:1 against the window (3:1 needed)"_s.arg(
                              name(field), QString::number(best, 'f', 2)));
}

// The placeholder's letters against the empty field: the darkest stroke, against the field's
// background at its right end.
void checkPlaceholder(const QLineEdit *field)
{
    // The watermark's letters cross the field: measured without them, the placeholder alone.
    // The watermark draws over the field from an event filter on it, so the grab is taken with
    // the filter out of the way.
    auto *editable = const_cast<QLineEdit *>(field);
    const auto watermarks = field->window()->findChildren<tv::ui::Watermark *>();
    for (tv::ui::Watermark *watermark : watermarks)
        editable->removeEventFilter(watermark);
    editable->update();
    const QImage image = grab(field);
    for (tv::ui::Watermark *watermark : watermarks)
        editable->installEventFilter(watermark);
    editable->update();
    const QRgb base = image.pixel(image.width() - 5, image.height() / 2);
    double best = 1;
    for (int y = 4; y < image.height() - 4; ++y) {
        for (int x = 4; x < image.width() - 4; ++x)
            best = std::max(best, contrast(image.pixel(x, y), base));
    }
    say(u"measured"_s,
        u"placeholder of %1: %2:1"_s.arg(name(field), QString::number(best, 'f', 2)));
    if (best < 4.5)
        say(u"finding"_s,
            u"the placeholder \"%1\" of %2 is %3:1 on the field (4.5:1 needed)"_s.arg(
                field->placeholderText(), name(field), QString::number(best, 'f', 2)));
}

// The focus indicator: the pixels that change when `widget` gets the keyboard focus by Tab
// (pressed from `elsewhere`) must change by 3:1, all round it (as many as a one-pixel ring
// round a square of its height).
void checkFocusIndicator(QWidget *widget, QWidget *elsewhere)
{
    constexpr int Margin = 3;
    elsewhere->setFocus(Qt::OtherFocusReason);
    const QImage unfocused = grab(widget, Margin);
    for (int presses = 0; presses < 40 && QApplication::focusWidget() != widget; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::qWait(150); // through the accessibility bridge, as press() says
    }
    if (QApplication::focusWidget() != widget) {
        say(u"finding"_s, u"Tab never reaches %1"_s.arg(widget->objectName()));
        return;
    }
    const QImage focused = grab(widget, Margin);
    int changed = 0;
    double best = 1;
    for (int y = 0; y < focused.height(); ++y) {
        for (int x = 0; x < focused.width(); ++x) {
            const double change = contrast(focused.pixel(x, y), unfocused.pixel(x, y));
            best = std::max(best, change);
            if (change >= 3.0)
                ++changed;
        }
    }
    const int needed = 4 * std::min(widget->height(), 30);
    say(u"measured"_s,
        u"focus indicator of %1: %2 pixels change by 3:1 or more (%3 needed)"_s.arg(name(widget))
            .arg(changed)
            .arg(needed));
    if (changed < needed)
        say(u"finding"_s, u"the focus indicator of %1 changes %2 pixels by 3:1 or more (the most "
                          u"%3:1); a ring of %4 is needed"_s.arg(name(widget))
                              .arg(changed)
                              .arg(QString::number(best, 'f', 2))
                              .arg(needed));
}

// With an accessibility client on the bus, Qt's bridge offers every key to it before the
// widget gets it (a screen reader may take it), so a key arrives a moment after it is pressed:
// each press or piece of typing waits for that.
constexpr int KeyMs = 150;

void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(widget, key, modifiers);
    QTest::qWait(KeyMs);
}

void pressSequence(QWidget *widget, const QKeySequence &keys)
{
    QTest::keySequence(widget, keys);
    QTest::qWait(KeyMs);
}

void type(QWidget *widget, const QString &text)
{
    QTest::keyClicks(widget, text);
    QTest::qWait(KeyMs * 2);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->clear();
    type(edit, text);
    require(QTest::qWaitFor([edit, &text] { return edit->text() == text; }, 5000),
            u"typing into %1 did not reach it"_s.arg(edit->objectName()));
}

QString labelText(const QWidget *window, const QString &name)
{
    const auto *label = child<QLabel>(window, name);
    return label ? label->text() : QString();
}

// A wrong password typed into the window's password field (the sign-in window or the lock
// screen) and Enter; the message it brings is one to announce.
void enterWrongPassword(const QWidget *window)
{
    auto *password = child<QLineEdit>(window, u"passwordEdit"_s);
    retype(password, u"not the password"_s);
    press(password, Qt::Key_Return);
    require(QTest::qWaitFor(
                [window, password] {
                    return !labelText(window, u"statusLabel"_s).isEmpty() && password->isEnabled();
                },
                ServiceMs),
            u"no message after a wrong password in %1"_s.arg(window->objectName()));
    say(u"announce"_s, labelText(window, u"statusLabel"_s));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(u"transform-view"_s);
    tv::ui::installAccessibility(); // as main() does

    tv::startup::Deployment deployment;
    deployment.contact = tv::startup::TransformTeamContact{
        u"Transform team (training)"_s, u"transform@council.example"_s, u"01234 567890"_s};
    tv::ui::ClientShell shell(tv::startup::StartupOptions{true, {}}, deployment);
    shell.start();

    tv::ui::LoginWindow *login = shell.loginWindow();
    require(QTest::qWaitForWindowActive(login), u"the sign-in window did not show"_s);
    auto *signIn = child<QPushButton>(login, u"signInButton"_s);
    require(QTest::qWaitFor([signIn] { return signIn->isEnabled(); }, ServiceMs),
            u"the training service did not start"_s);
    const auto demo = shell.trainingService()->demoAccount();
    require(demo.has_value(), u"no demo account"_s);

    if (!present(u"sign-in"_s, login))
        return 0;

    // A wrong password: the error must be announced.
    enterWrongPassword(login);
    if (!present(u"sign-in-wrong-password"_s, login))
        return 0;

    tv::ui::MainWindow *main = shell.mainWindow();
    retype(child<QLineEdit>(login, u"passwordEdit"_s), demo->password);
    press(child<QLineEdit>(login, u"passwordEdit"_s), Qt::Key_Return);
    require(QTest::qWaitFor([main] { return main->isVisible(); }, ServiceMs) &&
                QTest::qWaitForWindowActive(main),
            u"signing in did not show the workspace"_s);
    auto *name = child<QLineEdit>(main, u"nameEdit"_s);
    auto *dateOfBirth = child<QLineEdit>(main, u"dateOfBirthEdit"_s);
    checkPlaceholder(dateOfBirth);
    checkBorder(child<QLineEdit>(main, u"upnEdit"_s));
    checkBorder(child<QComboBox>(main, u"sortCombo"_s));
    checkFocusIndicator(name, dateOfBirth);
    checkFocusIndicator(child<QComboBox>(main, u"sortCombo"_s), name);
    name->setFocus(Qt::TabFocusReason);
    say(u"expect"_s, labelText(main, u"signedInLabel"_s));
    if (!present(u"search-empty"_s, main))
        return 0;

    retype(name, u"Smith"_s);
    press(name, Qt::Key_Return);
    require(QTest::qWaitFor([main] { return !main->searchPanel()->isBusy(); }, ServiceMs),
            u"the search did not finish"_s);
    auto *results = child<QTableView>(main, u"resultsTable"_s);
    require(results->model()->rowCount() > 0,
            u"no one called Smith: "_s + main->searchPanel()->stateText());
    checkFocusIndicator(results, name);
    say(u"announce"_s, main->searchPanel()->stateText());
    say(u"expect"_s, labelText(main, u"signedInLabel"_s));
    if (!present(u"search-results"_s, main))
        return 0;

    // The service refuses an NHS number whose check digit is wrong.
    name->clear();
    auto *nhs = child<QLineEdit>(main, u"nhsNumberEdit"_s);
    retype(nhs, u"123 456 7890"_s);
    press(nhs, Qt::Key_Return);
    require(QTest::qWaitFor([main] { return !main->searchPanel()->isBusy(); }, ServiceMs),
            u"the NHS number search did not finish"_s);
    say(u"announce"_s, main->searchPanel()->stateText());
    if (!present(u"search-error"_s, main))
        return 0;
    nhs->clear();
    retype(name, u"Smith"_s);
    press(name, Qt::Key_Return);
    require(QTest::qWaitFor(
                [main, results] {
                    return !main->searchPanel()->isBusy() && results->model()->rowCount() > 0;
                },
                ServiceMs),
            u"the second search did not finish"_s);

    results->setFocus(Qt::OtherFocusReason);
    results->setCurrentIndex(results->model()->index(0, 0));
    press(results, Qt::Key_Return);
    require(QTest::qWaitFor(
                [main] {
                    return main->reasonDialog() &&
                           QApplication::activeWindow() == main->reasonDialog();
                },
                ServiceMs),
            u"Enter on a result did not ask for a reason"_s);
    tv::ui::ReasonDialog *reason = main->reasonDialog();
    press(QApplication::focusWidget(), Qt::Key_Space); // the first reason
    if (auto *choice = qobject_cast<QRadioButton *>(QApplication::focusWidget()))
        checkFocusIndicator(choice, child<QWidget>(reason, u"reasonNoteEdit"_s));
    else
        say(u"finding"_s, u"the reason dialog does not start on a reason"_s);
    if (!present(u"reason-dialog"_s, reason))
        return 0;

    press(QApplication::focusWidget(), Qt::Key_Tab);
    type(QApplication::focusWidget(), u"Termly review of the plan"_s);
    press(QApplication::focusWidget(), Qt::Key_Return);
    tv::ui::PersonPage *page = main->personPage();
    auto *tabs = child<QTabWidget>(page, u"personTabs"_s);
    require(QTest::qWaitFor(
                [main, page, tabs] {
                    return main->currentPage() == page &&
                           tabs->tabText(4).remove(u'&').startsWith(u"Household"_s) &&
                           QApplication::activeWindow() == main;
                },
                ServiceMs),
            u"the record did not open"_s);
    const QStringList tabNames{u"record-details"_s, u"record-involvements"_s,
                               u"record-assessments"_s, u"record-attendance"_s,
                               u"record-household"_s};
    for (int tab = 0; tab < tabNames.size(); ++tab) {
        tabs->setCurrentIndex(tab);
        if (tab == 4)
            QTest::qWait(500); // the household arrives on its own
        say(u"expect"_s, labelText(main, u"signedInLabel"_s));
        if (!present(tabNames.at(tab), main))
            return 0;
    }

    tabs->setCurrentIndex(0);
    auto *details = child<QTableView>(page, u"detailsView"_s);
    details->setFocus(Qt::OtherFocusReason);
    details->setCurrentIndex(details->model()->index(2, 1));
    pressSequence(details, tv::ui::PersonPage::reportShortcut());
    require(QTest::qWaitFor(
                [main] {
                    return main->reportDialog() &&
                           QApplication::activeWindow() == main->reportDialog();
                },
                ServiceMs),
            u"the report dialog did not open"_s);
    tv::ui::ReportDialog *report = main->reportDialog();
    type(QApplication::focusWidget(), u"The family moved to the next street."_s);
    if (!present(u"report-dialog"_s, report))
        return 0;
    press(QApplication::focusWidget(), Qt::Key_Tab);
    press(QApplication::focusWidget(), Qt::Key_Space);
    require(QTest::qWaitFor([main] { return !main->reportDialog(); }, ServiceMs) &&
                QTest::qWaitForWindowActive(main),
            u"the report was not sent"_s);

    pressSequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    auto *reports = child<QTableView>(main, u"reportsTable"_s);
    require(QTest::qWaitFor(
                [main, reports] {
                    return main->currentPage() == main->myReportsPanel() &&
                           reports->model()->rowCount() >= 1;
                },
                ServiceMs),
            u"My reports did not show the report"_s);
    reports->setFocus(Qt::OtherFocusReason);
    reports->setCurrentIndex(reports->model()->index(0, 0));
    say(u"expect"_s, labelText(main, u"signedInLabel"_s));
    if (!present(u"my-reports"_s, main))
        return 0;

    shell.lockNow();
    tv::ui::LockScreen *lock = shell.lockScreen();
    require(QTest::qWaitFor([lock] { return lock->isVisible(); }, ServiceMs) &&
                QTest::qWaitForWindowActive(lock),
            u"the lock screen did not show"_s);
    if (!present(u"lock-screen"_s, lock))
        return 0;
    enterWrongPassword(lock);
    if (!present(u"lock-wrong-password"_s, lock))
        return 0;
    retype(child<QLineEdit>(lock, u"passwordEdit"_s), demo->password);
    press(child<QLineEdit>(lock, u"passwordEdit"_s), Qt::Key_Return);
    require(QTest::qWaitFor([main] { return main->isVisible(); }, ServiceMs) &&
                QTest::qWaitForWindowActive(main),
            u"unlocking did not show the workspace"_s);

    // The other pages of the sign-in window, after signing out (as tst_screens shows them).
    std::optional<tv::Statement> statement;
    shell.serviceClient()->statement().then(&application,
                                            [&statement](const tv::Result<tv::Statement> &current) {
                                                if (current)
                                                    statement = current.value();
                                            });
    require(QTest::qWaitFor([&statement] { return statement.has_value(); }, ServiceMs),
            u"no statement"_s);
    QTest::mouseClick(child<QPushButton>(main, u"signOutButton"_s), Qt::LeftButton);
    require(QTest::qWaitFor([login] { return login->isVisible(); }, ServiceMs) &&
                QTest::qWaitForWindowActive(login),
            u"signing out did not show the sign-in window"_s);
    login->askForCode();
    if (!present(u"sign-in-code"_s, login))
        return 0;
    login->showCheckingAccess();
    if (!present(u"sign-in-checking"_s, login))
        return 0;
    statement->accepted = false;
    login->showStatement(*statement);
    if (!present(u"sign-in-statement"_s, login))
        return 0;
    namespace conditions = tv::conditions;
    login->showAccessLapsed(
        tv::Error{QString(tv::errc::AccessLapsed),
                  u"Your access has lapsed."_s,
                  {conditions::wireName(tv::AccessCondition::DbsCurrent),
                   conditions::wireName(tv::AccessCondition::TrainingCompleted)}},
        shell.deployment().contact);
    if (!present(u"sign-in-access-lapsed"_s, login))
        return 0;
    say(u"done"_s);
    return 0;
}
