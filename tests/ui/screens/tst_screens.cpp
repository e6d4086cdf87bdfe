// Every practitioner screen on a real X server (Xvfb, xcb), against the real training service: a
// PNG of each, for people to look at, and the UiAudit checks (accessible names and descriptions,
// contrast, clipped text, the Tab order) on each, which fail the test with what they find.
//
// The PNGs go to the directory named by TV_SCREENSHOT_DIR, else screens/ under the working
// directory (ctest runs this in the build tree). They show the fictional training data only, and
// are never committed.

#include "app/net/ServiceClient.h"
#include "app/training/TrainingService.h"
#include "app/workspace/Workspace.h"
#include "models/domain/Access.h"
#include "models/domain/ErrorCode.h"
#include "models/household/HouseholdModel.h"
#include "models/person/AssessmentModel.h"
#include "models/person/AttendanceModel.h"
#include "models/person/InvolvementModel.h"
#include "models/person/PersonPageModels.h"
#include "models/search/PersonSummaryModel.h"
#include "tests/ui/shell/ShellDriver.h"
#include "tests/ui/support/UiAudit.h"
#include "ui/common/Accessibility.h"
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
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using tv::test::child;
using tv::ui::ClientShell;

namespace {

constexpr int ServiceMs = 30000;

// Besides the main window's own default size, the workspace is looked at on a common laptop's
// screen.
constexpr QSize LaptopSize{1280, 800};

// How a person's record fills the page: the counts of the lists behind the tabs.
struct RecordSize {
    QString id;
    QString familyName; // the search that found them
    int involvements = 0;
    int assessments = 0;
    int attendance = 0;
    int household = 0;

    // Something in every tab, and enough terms for the chart to draw a line.
    bool fillsEveryTab() const
    {
        return involvements >= 1 && assessments >= 1 && attendance >= 3 && household >= 1;
    }
    int score() const { return std::min({involvements, assessments, attendance, household}); }
};

QString screenshotDir()
{
    const QString configured = qEnvironmentVariable("TV_SCREENSHOT_DIR");
    return configured.isEmpty() ? QDir::current().filePath(u"screens"_s) : configured;
}

// The X server's own pixels of `area` (global coordinates): what a person sees, dialogs included.
QImage grabScreenArea(const QRect &area)
{
    QScreen *screen = QGuiApplication::primaryScreen();
    return screen->grabWindow(0, area.x(), area.y(), area.width(), area.height()).toImage();
}

// Lets pending layouts and paints reach the X server.
void settle()
{
    QTest::qWait(200);
}

} // namespace

class TestScreens final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void signInWindow();
    void searchScreens();
    void personScreens();
    void myReports();
    void laptopSize();
    void trainingBanner();
    void lockScreen();
    void largeFont();
    void loginPages();

private:
    // Saves what `window` shows (with `dialog` over it, if given) as `file`, then audits the
    // window the person works in (the dialog when there is one) and keeps what it finds.
    void shoot(const QString &file, QWidget *window, QWidget *dialog = nullptr);
    // Saves `image` as `file`; false (and a warning) when the capture is empty.
    bool save(const QString &file, const QImage &image);
    void audit(const QString &file, QWidget *window);
    QStringList offScreen(QWidget *window);
    // What the audits found since the last call, each problem logged on a line of its own; empty
    // when they found nothing.
    QString takeProblems();

    void signInAndShowSearch();
    void searchFor(const QString &name);
    QList<tv::AccessReasonOption> reasons();
    RecordSize open(const QString &personId);
    RecordSize pickPerson();
    tv::ui::ReasonDialog *askToOpen();
    bool shootEveryTab(const QString &details, const QString &involvements,
                       const QString &assessments, const QString &attendance,
                       const QString &household);
    void showTab(int index);

    std::unique_ptr<ClientShell> m_shell;
    QDir m_dir;
    QStringList m_problems;
    QString m_personId;
    QString m_familyName;
};

void TestScreens::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == u"xcb"_s,
             "run under tests/scripts/with-xvfb.sh: the screenshots need a real X server");
    tv::ui::installAccessibility(); // as main() does
    m_dir.setPath(screenshotDir());
    QVERIFY(m_dir.mkpath(u"."_s));
    for (const QString &old : m_dir.entryList({u"*.png"_s}, QDir::Files))
        QVERIFY(m_dir.remove(old));
    qInfo("screenshots go to %s", qPrintable(m_dir.absolutePath()));

    tv::startup::Deployment deployment;
    deployment.contact = tv::startup::TransformTeamContact{
        u"Transform team (training)"_s, u"transform@council.example"_s, u"01234 567890"_s};
    m_shell = std::make_unique<ClientShell>(tv::startup::StartupOptions{true, {}}, deployment);
    m_shell->start();
    QVERIFY(QTest::qWaitForWindowActive(m_shell->loginWindow()));
    auto *signIn = child<QPushButton>(m_shell->loginWindow(), u"signInButton"_s);
    QVERIFY(QTest::qWaitFor([signIn] { return signIn->isEnabled(); }, ServiceMs));
}

void TestScreens::cleanupTestCase()
{
    m_shell.reset();
}

void TestScreens::shoot(const QString &file, QWidget *window, QWidget *dialog)
{
    settle();
    QImage image;
    if (dialog) {
        image = grabScreenArea(window->frameGeometry().united(dialog->frameGeometry()));
    } else {
        image = window->screen()->grabWindow(window->winId()).toImage();
    }
    QVERIFY(save(file, image));
    audit(file, dialog ? dialog : window);
}

bool TestScreens::save(const QString &file, const QImage &image)
{
    if (image.isNull() || image.width() < 100 || image.height() < 50) {
        qWarning("%s: the capture is empty", qPrintable(file));
        return false;
    }
    return image.save(m_dir.filePath(file), "PNG");
}

void TestScreens::audit(const QString &file, QWidget *window)
{
    using namespace tv::test;
    QStringList found = accessibilityProblems(window) + contrastProblems(window) +
                        clippedText(window) + unreachableByTab(window) + offScreen(window);
    for (const QString &problem : std::as_const(found))
        m_problems << file + u": "_s + problem;
}

// The window's frame inside the screen's available area (at QT_SCALE_FACTOR=2 on 1366x768 that
// is 683x384 logical pixels), and a main window's status bar showing and inside it.
QStringList TestScreens::offScreen(QWidget *window)
{
    QStringList problems;
    const QRect available = window->screen()->availableGeometry();
    if (!available.contains(window->frameGeometry())) {
        problems << u"%1 is %2x%3 at %4,%5: larger than the screen's %6x%7"_s
                        .arg(window->objectName())
                        .arg(window->frameGeometry().width())
                        .arg(window->frameGeometry().height())
                        .arg(window->frameGeometry().x())
                        .arg(window->frameGeometry().y())
                        .arg(available.width())
                        .arg(available.height());
    }
    // A dialog whose content scrolls while the screen has room for more of it (Qt's first size
    // stops at two thirds of the screen).
    if (qobject_cast<QDialog *>(window)) {
        const int room = available.height() - window->frameGeometry().height();
        for (const QScrollArea *scroll : window->findChildren<QScrollArea *>()) {
            if (!scroll->isVisible() || !scroll->widget())
                continue;
            const int hidden = scroll->widget()->height() - scroll->viewport()->height();
            if (hidden > 0 && room > scroll->fontMetrics().height()) {
                problems << u"%1 hides %2 pixels of %3 while %4 pixels of the screen's height "
                            "are unused"_s.arg(window->objectName())
                                .arg(hidden)
                                .arg(scroll->objectName())
                                .arg(room);
            }
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        QStatusBar *bar = main->statusBar();
        const QRect shown(bar->mapToGlobal(QPoint(0, 0)), bar->size());
        if (!bar->isVisible() || bar->height() <= 0 || !available.contains(shown))
            problems << u"the status bar of %1 is not on screen"_s.arg(window->objectName());
    }
    return problems;
}

QString TestScreens::takeProblems()
{
    // Each on a line of its own (a failure message is cut short), then how many.
    for (const QString &problem : std::as_const(m_problems))
        qWarning("%s", qPrintable(problem));
    const QString summary =
        m_problems.isEmpty() ? QString() : u"%1 problems (listed above)"_s.arg(m_problems.size());
    m_problems.clear();
    return summary;
}

void TestScreens::signInAndShowSearch()
{
    tv::ui::MainWindow *main = m_shell->mainWindow();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(main->isVisible(), ServiceMs);
    QVERIFY(QTest::qWaitForWindowActive(main));
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(main, u"nameEdit"_s));
}

void TestScreens::searchFor(const QString &name)
{
    tv::ui::MainWindow *main = m_shell->mainWindow();
    auto *edit = child<QLineEdit>(main, u"nameEdit"_s);
    tv::test::typeInto(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!main->searchPanel()->isBusy(), ServiceMs);
}

QList<tv::AccessReasonOption> TestScreens::reasons()
{
    tv::workspace::Workspace *workspace = m_shell->workspace();
    QSignalSpy ready(workspace, &tv::workspace::Workspace::reasonsReady);
    workspace->loadAccessReasons();
    if (ready.isEmpty() && !ready.wait(ServiceMs))
        return {};
    return workspace->accessReasons();
}

RecordSize TestScreens::open(const QString &personId)
{
    tv::workspace::Workspace *workspace = m_shell->workspace();
    const QList<tv::AccessReasonOption> options = reasons();
    if (options.isEmpty())
        return {};
    QSignalSpy household(workspace, &tv::workspace::Workspace::householdOpened);
    QSignalSpy householdFailed(workspace, &tv::workspace::Workspace::householdFailed);
    workspace->openPerson(personId, tv::AccessReason{options.constFirst().code, std::nullopt});
    if (!QTest::qWaitFor([&] { return !household.isEmpty() || !householdFailed.isEmpty(); },
                         ServiceMs))
        return {};
    const tv::models::PersonPageModels *page = workspace->personPage();
    RecordSize size;
    size.id = personId;
    size.involvements = page->involvements()->rowCount();
    size.assessments = page->assessments()->rowCount();
    size.attendance = page->attendance()->rowCount();
    size.household = page->household()->rowCount();
    return size;
}

// A person whose record fills every tab, found by searching common family names and opening the
// people found through the workspace (each an audited view of fictional data); the visit is
// ended again. The family name that found them comes with them.
RecordSize TestScreens::pickPerson()
{
    const tv::models::PersonSummaryModel *results = m_shell->workspace()->searchResults();
    RecordSize best;
    QString bestName;
    for (const QString &name : {u"Smith"_s, u"Jones"_s, u"Williams"_s, u"Taylor"_s, u"Brown"_s}) {
        searchFor(name);
        for (int row = 0; row < results->rowCount() && row < 60 && !best.fillsEveryTab(); ++row) {
            const RecordSize size = open(results->personAt(row)->id);
            if (best.id.isEmpty() || size.score() > best.score()) {
                best = size;
                bestName = name;
            }
        }
        if (best.fillsEveryTab())
            break;
    }
    QTest::mouseClick(child<QPushButton>(m_shell->mainWindow()->personPage(), u"backButton"_s),
                      Qt::LeftButton);
    if (!best.fillsEveryTab())
        qWarning("no person in the results fills every tab; the fullest has %d involvements, %d "
                 "assessments, %d terms and %d others at the address",
                 best.involvements, best.assessments, best.attendance, best.household);
    best.familyName = bestName;
    return best;
}

// The chosen person's row in the results, Enter: the reason prompt, active (null if it is not).
tv::ui::ReasonDialog *TestScreens::askToOpen()
{
    tv::ui::MainWindow *main = m_shell->mainWindow();
    auto *results = child<QTableView>(main, u"resultsTable"_s);
    for (int row = 0; row < results->model()->rowCount(); ++row) {
        const QModelIndex index = results->model()->index(row, 0);
        if (index.data(tv::models::PersonSummaryModel::PersonIdRole).toString() == m_personId)
            results->setCurrentIndex(index);
    }
    results->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(results, Qt::Key_Return);
    const bool asked = QTest::qWaitFor(
        [main] {
            return main->reasonDialog() && QApplication::activeWindow() == main->reasonDialog();
        },
        ServiceMs);
    return asked ? main->reasonDialog() : nullptr;
}

// Waits for the record (household included) and shoots each tab in turn; false if it never came.
bool TestScreens::shootEveryTab(const QString &details, const QString &involvements,
                                const QString &assessments, const QString &attendance,
                                const QString &household)
{
    tv::ui::MainWindow *main = m_shell->mainWindow();
    auto *tabs = child<QTabWidget>(main->personPage(), u"personTabs"_s);
    if (!QTest::qWaitFor(
            [main, tabs] {
                return main->currentPage() == main->personPage() &&
                       tabs->tabText(4).startsWith(u"Ho&usehold ("_s);
            },
            ServiceMs) ||
        !QTest::qWaitForWindowActive(main))
        return false;
    const QStringList files{details, involvements, assessments, attendance, household};
    for (int tab = 0; tab < files.size(); ++tab) {
        showTab(tab);
        shoot(files.at(tab), main);
    }
    return true;
}

void TestScreens::showTab(int index)
{
    auto *tabs = child<QTabWidget>(m_shell->mainWindow()->personPage(), u"personTabs"_s);
    tabs->setCurrentIndex(index);
    // Where Tab from the tab bar goes: the tab's first list.
    const auto views = tabs->currentWidget()->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->isVisibleTo(tabs) && view->focusPolicy() != Qt::NoFocus) {
            view->setFocus(Qt::TabFocusReason);
            break;
        }
    }
}

// 01: the sign-in window as training mode opens it: the banner, the demo trainer filled in.
void TestScreens::signInWindow()
{
    tv::ui::LoginWindow *login = m_shell->loginWindow();
    QVERIFY(child<QLabel>(login, u"trainingBanner"_s)->isVisible());
    shoot(u"01-login-credentials.png"_s, login);
    const QString problems = takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// 06-10: the search page empty, busy, with results, with none, and with the service's error.
void TestScreens::searchScreens()
{
    signInAndShowSearch();
    tv::ui::MainWindow *main = m_shell->mainWindow();
    shoot(u"06-search-empty.png"_s, main);

    // Busy: captured before the answer can arrive (it is read on this thread's event loop).
    auto *edit = child<QLineEdit>(main, u"nameEdit"_s);
    tv::test::typeInto(edit, u"Smith"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(main->searchPanel()->isBusy());
    main->repaint();
    QVERIFY(save(u"07-search-busy.png"_s, main->screen()->grabWindow(main->winId()).toImage()));
    audit(u"07-search-busy.png"_s, main);
    QTRY_VERIFY_WITH_TIMEOUT(!main->searchPanel()->isBusy(), ServiceMs);

    auto *results = child<QTableView>(main, u"resultsTable"_s);
    QVERIFY(results->model()->rowCount() > 0);
    QTRY_COMPARE(QApplication::focusWidget(), results);
    shoot(u"08-search-results.png"_s, main);

    searchFor(u"Zebedee Quartermaine"_s);
    QVERIFY(main->searchPanel()->stateText().startsWith(u"No one matched"_s));
    shoot(u"09-search-no-results.png"_s, main);

    // The service refuses an NHS number whose check digit is wrong.
    child<QLineEdit>(main, u"nameEdit"_s)->clear();
    auto *nhs = child<QLineEdit>(main, u"nhsNumberEdit"_s);
    tv::test::typeInto(nhs, u"123 456 7890"_s);
    QTest::keyClick(nhs, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!main->searchPanel()->isBusy(), ServiceMs);
    QVERIFY(!main->searchPanel()->stateText().isEmpty());
    shoot(u"10-search-error.png"_s, main);
    nhs->clear();

    const QString problems = takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// 11-17: the reason prompt, each tab of the person page, the report dialog.
void TestScreens::personScreens()
{
    tv::ui::MainWindow *main = m_shell->mainWindow();
    const RecordSize person = pickPerson();
    m_personId = person.id;
    m_familyName = person.familyName;
    QVERIFY(!m_personId.isEmpty());
    searchFor(m_familyName);
    QTRY_VERIFY(main->currentPage() == main->searchPanel());

    tv::ui::ReasonDialog *reason = askToOpen();
    QVERIFY(reason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // the first reason
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Termly review of the child in need plan"_s);
    shoot(u"11-reason-dialog.png"_s, main, reason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(shootEveryTab(u"12-person-details-flags.png"_s, u"13-person-involvements.png"_s,
                          u"14-person-assessments.png"_s, u"15-person-attendance.png"_s,
                          u"16-person-household.png"_s));
    tv::ui::PersonPage *page = main->personPage();

    // Report an inaccuracy in a row of the details.
    showTab(0);
    auto *details = child<QTableView>(page, u"detailsView"_s);
    details->setFocus(Qt::OtherFocusReason);
    details->setCurrentIndex(details->model()->index(2, 1));
    QTest::keySequence(details, tv::ui::PersonPage::reportShortcut());
    tv::ui::ReportDialog *report = nullptr;
    QTRY_VERIFY((report = main->reportDialog()) && report->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), report);
    QTest::keyClicks(QApplication::focusWidget(),
                     u"The address changed in September: the family moved to the next street."_s);
    shoot(u"17-report-dialog.png"_s, main, report);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!main->reportDialog(), ServiceMs);
    QVERIFY(QTest::qWaitForWindowActive(main));

    const QString problems = takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// 18: my reports, with the one just sent.
void TestScreens::myReports()
{
    tv::ui::MainWindow *main = m_shell->mainWindow();
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QTRY_VERIFY(main->currentPage() == main->myReportsPanel());
    auto *reports = child<QTableView>(main, u"reportsTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reports->model()->rowCount() >= 1, ServiceMs);
    reports->setFocus(Qt::OtherFocusReason);
    reports->setCurrentIndex(reports->model()->index(0, 0));
    shoot(u"18-my-reports.png"_s, main);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY(main->currentPage() == main->personPage());

    const QString problems = takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// 19: the lock screen (which cleared the record), then unlocked with the password.
void TestScreens::lockScreen()
{
    m_shell->lockNow();
    tv::ui::LockScreen *lock = m_shell->lockScreen();
    QTRY_VERIFY(lock->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(lock));
    shoot(u"19-lock-screen.png"_s, lock);

    tv::test::unlockWith(*m_shell, m_shell->trainingService()->demoAccount()->password);
    tv::ui::MainWindow *main = m_shell->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(main->isVisible(), ServiceMs);
    QVERIFY(QTest::qWaitForWindowActive(main));

    const QString problems = takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// 20: the training banner across the top of the main window.
void TestScreens::trainingBanner()
{
    tv::ui::MainWindow *main = m_shell->mainWindow();
    auto *banner = child<QLabel>(main, u"trainingBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"TRAINING - FICTIONAL DATA"_s);
    settle();
    const QRect area(banner->mapToGlobal(QPoint(0, 0)), banner->size());
    QVERIFY(save(u"20-training-banner.png"_s,
                 grabScreenArea(area.adjusted(-8, -8, 8, 8).intersected(main->frameGeometry()))));
}

// 21-22: the search results and the record at a common laptop size.
void TestScreens::laptopSize()
{
    tv::ui::MainWindow *main = m_shell->mainWindow();
    const QSize before = main->size();
    // A laptop's screen, or the whole screen where it is smaller (at 2x).
    const QSize laptop = LaptopSize.boundedTo(main->screen()->availableGeometry().size());
    main->resize(laptop);
    QTRY_COMPARE(main->size(), laptop);

    showTab(0);
    shoot(u"21-laptop-person-details-flags.png"_s, main);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(main->currentPage() == main->searchPanel());
    shoot(u"22-laptop-search-results.png"_s, main);
    main->resize(before);
    QTRY_COMPARE(main->size(), before);

    const QString problems = takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// 23-28: the search and every tab of the record with the application's font half as large again.
void TestScreens::largeFont()
{
    tv::ui::MainWindow *main = m_shell->mainWindow();
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 1.5);
    QApplication::setFont(large);
    const auto restore = qScopeGuard([&normal] { QApplication::setFont(normal); });

    QTRY_VERIFY(main->currentPage() == main->searchPanel());
    searchFor(m_familyName);
    shoot(u"23-large-search-results.png"_s, main);

    tv::ui::ReasonDialog *reason = askToOpen();
    QVERIFY(reason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    shoot(u"24-large-reason-dialog.png"_s, main, reason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(shootEveryTab(u"25-large-person-details-flags.png"_s,
                          u"26-large-person-involvements.png"_s,
                          u"27-large-person-assessments.png"_s, u"28-large-person-attendance.png"_s,
                          u"29-large-person-household.png"_s));

    const QString problems = takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// 02-05: the other pages of the sign-in window, after signing out: the authenticator code,
// checking access, the data protection statement, access lapsed.
void TestScreens::loginPages()
{
    using tv::AccessCondition;
    tv::ui::MainWindow *main = m_shell->mainWindow();
    tv::ui::LoginWindow *login = m_shell->loginWindow();
    // The statement the service asks people to accept, read while still signed in.
    std::optional<tv::Statement> statement;
    m_shell->serviceClient()->statement().then(
        this, [&statement](const tv::Result<tv::Statement> &current) {
            if (current)
                statement = current.value();
        });
    QTRY_VERIFY_WITH_TIMEOUT(statement.has_value(), ServiceMs);
    statement->accepted = false;

    QTest::mouseClick(child<QPushButton>(main, u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(login->isVisible(), ServiceMs);
    QVERIFY(QTest::qWaitForWindowActive(login));

    // The pages as the shell shows them on the service's answers (tst_loginwindow drives them
    // the same way).
    login->askForCode();
    QTest::keyClicks(child<QLineEdit>(login, u"codeEdit"_s), u"123"_s);
    shoot(u"02-login-code.png"_s, login);

    login->showCheckingAccess();
    shoot(u"03-login-checking.png"_s, login);

    login->showStatement(*statement);
    shoot(u"04-login-statement.png"_s, login);

    namespace conditions = tv::conditions;
    login->showAccessLapsed(
        tv::Error{QString(tv::errc::AccessLapsed),
                  u"Your access has lapsed."_s,
                  {conditions::wireName(AccessCondition::DbsCurrent),
                   conditions::wireName(AccessCondition::TrainingCompleted),
                   conditions::wireName(AccessCondition::OrganisationAgreementCurrent)}},
        m_shell->deployment().contact);
    shoot(u"05-login-access-lapsed.png"_s, login);
    login->showCredentials();

    const QString problems = takeProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
