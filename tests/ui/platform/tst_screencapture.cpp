// What a screen capture shows of the client, under a real X server (Xvfb, xcb platform): the
// root window read back as every screenshot tool reads it. X11 cannot keep a window out of
// captures, so the mitigations are what is tested, on the real client (ClientShell) with the
// training service:
// - the watermark is in the capture *inside the table cells* (not only in the margins around
//   them) of the search results and fields, every tab of a record, the household, My reports and
//   the dialogs, and still after a second sign-in in the same run and after lock/unlock;
// - while another program has the focus, and after Print Screen, the capture shows none of the
//   person data that was on the screen, and when the data returns the keyboard is back on it.
//
// Another X client takes the focus: this program run again with --focus-thief, a small window
// in the screen's corner, away from the panels.

#include "app/session/Session.h"
#include "app/training/TrainingService.h"
#include "ui/common/Watermark.h"
#include "ui/lock/LockScreen.h"
#include "ui/login/LoginWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/person/PersonPage.h"
#include "ui/person/ReasonDialog.h"
#include "ui/platform/CaptureGuard.h"
#include "ui/reports/MyReportsPanel.h"
#include "ui/reports/ReportDialog.h"
#include "ui/search/SearchPanel.h"
#include "ui/shell/ClientShell.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using tv::ui::ClientShell;

namespace {

constexpr int ServiceMs = 30000;
const QRect ThiefGeometry(1306, 708, 50, 50);

template <typename T>
T *child(const QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// The whole screen as X holds it (window 0: the root window), as a screenshot tool reads it.
// With TV_SCREENSHOT_DIR set, also saved there as capture-<name>.png to look at.
QImage captureScreen(const QString &name)
{
    const QImage image = QGuiApplication::primaryScreen()->grabWindow(0).toImage().convertToFormat(
        QImage::Format_RGB32);
    if (const QString dir = qEnvironmentVariable("TV_SCREENSHOT_DIR"); !dir.isEmpty())
        image.save(dir + u"/capture-"_s + name + u".png"_s);
    return image;
}

// Pixels in `area` of `image` not equal to the area's first pixel.
int varied(const QImage &image, const QRect &area)
{
    const QRgb first = image.pixel(area.topLeft());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixel(x, y) != first)
                ++count;
        }
    }
    return count;
}

int differing(const QImage &a, const QImage &b, const QRegion &region)
{
    int count = 0;
    for (const QRect &area : region) {
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                if (a.pixel(x, y) != b.pixel(x, y))
                    ++count;
            }
        }
    }
    return count;
}

// The insides of the cells `view` shows now, in screen pixels: each cell less its grid line and
// a pixel more, so that nothing of a margin or a border is counted.
QRegion cellsOnScreen(const QTableView *view)
{
    QRegion cells;
    const QAbstractItemModel *model = view->model();
    const QRect shown = view->viewport()->rect();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QRect cell = view->visualRect(model->index(row, column)) & shown;
            if (cell.width() > 6 && cell.height() > 6) {
                cells += QRect(view->viewport()->mapToGlobal(cell.topLeft()), cell.size())
                             .adjusted(2, 2, -3, -3);
            }
        }
    }
    return cells & QGuiApplication::primaryScreen()->geometry();
}

QRegion fieldsOnScreen(const QList<QLineEdit *> &fields)
{
    QRegion inside;
    for (const QLineEdit *field : fields) {
        if (field->isVisible())
            inside += QRect(field->mapToGlobal(QPoint(0, 0)), field->size()).adjusted(3, 3, -4, -4);
    }
    return inside & QGuiApplication::primaryScreen()->geometry();
}

int areaOf(const QRegion &region)
{
    int area = 0;
    for (const QRect &rect : region)
        area += rect.width() * rect.height();
    return area;
}

// Lets the windows repaint and X take the new pixels before a capture.
void settle()
{
    QTest::qWait(300);
}

int runFocusThief(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget thief;
    thief.setWindowTitle(u"Another program"_s);
    thief.setGeometry(ThiefGeometry);
    thief.show();
    thief.activateWindow();
    return QApplication::exec();
}

} // namespace

class TestScreenCapture final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void watermarkIsInEveryCell();
    void watermarkAfterASecondSignIn();
    void watermarkAfterLockAndUnlock();
    void inactiveCaptureShowsNoPersonData();
    void printScreenCaptureShowsNoPersonData();

private:
    tv::ui::MainWindow *main() const { return m_shell->mainWindow(); }
    // Signs the demo trainer in with Enter and waits for the main window to be in use.
    bool signIn();
    bool activate(QWidget *window);
    // The capture's pixels that the watermark changes inside `region` of `window` (the main
    // window or a dialog): a capture with it, one without it, compared.
    int watermarked(QWidget *window, const std::function<QRegion()> &region, const QString &name);
    void setWatermarked(QWidget *window, bool on);
    // Every place of person data, one after the other: the search (fields and results), the
    // reason dialog, each tab of the record, the report dialog and My reports.
    void checkEveryPlace(const QString &round);
    void checkTables(const QList<QTableView *> &views, const QString &name);
    // The part of the screen where the pages (the person data) are, below the concealment
    // notice's first lines.
    QRect dataArea() const;

    std::unique_ptr<ClientShell> m_shell;
};

void TestScreenCapture::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    m_shell = std::make_unique<ClientShell>(tv::startup::StartupOptions{true, {}});
    m_shell->start();
    auto *button = child<QPushButton>(m_shell->loginWindow(), u"signInButton"_s);
    QVERIFY(QTest::qWaitFor([button] { return button->isEnabled(); }, ServiceMs));
    main()->setGeometry(0, 0, 1280, 700);
    QVERIFY(signIn());
}

void TestScreenCapture::cleanupTestCase()
{
    m_shell.reset();
}

bool TestScreenCapture::signIn()
{
    if (!QTest::qWaitForWindowActive(m_shell->loginWindow()) || !QApplication::focusWidget())
        return false;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    if (!QTest::qWaitFor([this] { return main()->isVisible(); }, ServiceMs))
        return false;
    main()->setGeometry(0, 0, 1280, 700);
    return activate(main());
}

bool TestScreenCapture::activate(QWidget *window)
{
    window->activateWindow();
    window->raise();
    if (!QTest::qWaitForWindowActive(window) ||
        !QTest::qWaitFor([this] { return !main()->isConcealed(); }))
        return false;
    settle();
    return true;
}

void TestScreenCapture::setWatermarked(QWidget *window, bool on)
{
    const std::optional<tv::User> user = m_shell->session()->user();
    QVERIFY(user.has_value());
    if (window == main()) {
        if (on)
            main()->setUser(*user);
        else
            main()->clearUser();
        return;
    }
    auto *mark = child<tv::ui::Watermark>(window, u"dialogWatermark"_s);
    QVERIFY2(mark, qPrintable(window->objectName()));
    mark->setIdentity(on ? user->displayName : QString(), on ? user->organisation : QString());
}

int TestScreenCapture::watermarked(QWidget *window, const std::function<QRegion()> &region,
                                   const QString &name)
{
    settle();
    const QRegion inside = region();
    const QImage with = captureScreen(name);
    setWatermarked(window, false);
    settle();
    const QImage without = captureScreen(name + u"-no-watermark"_s);
    setWatermarked(window, true);
    settle();
    return differing(with, without, inside);
}

void TestScreenCapture::checkTables(const QList<QTableView *> &views, const QString &name)
{
    QRegion cells;
    for (const QTableView *view : views) {
        QVERIFY2(view->isVisible() && view->model()->rowCount() > 0,
                 qPrintable(view->objectName()));
        cells += cellsOnScreen(view);
    }
    const int area = areaOf(cells);
    QVERIFY2(area > 5000, qPrintable(u"%1: only %2 pixels of cells"_s.arg(name).arg(area)));
    const int marked = watermarked(
        main(), [&cells] { return cells; }, name);
    // The line crosses the cells: a hundred of their pixels at least, and one in a thousand.
    const QString figures =
        u"%1: %2 watermark pixels inside %3 pixels of cells"_s.arg(name).arg(marked).arg(area);
    qInfo("%s", qPrintable(figures));
    QVERIFY2(marked >= 100 && marked * 1000 >= area, qPrintable(figures));
}

void TestScreenCapture::checkEveryPlace(const QString &round)
{
    tv::ui::MainWindow *window = main();
    const auto keys = [](QKeySequence sequence) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard");
        QTest::keySequence(focus, sequence);
    };

    // The search: its fields (with a name typed) and its results.
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(window, u"nameEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Smith"_s);
    keys(QKeySequence(Qt::Key_Return));
    auto *results = child<QTableView>(window, u"resultsTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 3, ServiceMs);
    checkTables({results}, round + u"-search-results"_s);
    const QList<QLineEdit *> fields = window->searchPanel()->findChildren<QLineEdit *>();
    const int inFields = watermarked(
        window, [&fields] { return fieldsOnScreen(fields); }, round + u"-fields"_s);
    QVERIFY2(inFields > 150, qPrintable(u"%1 watermark pixels in the fields"_s.arg(inFields)));

    // A pupil (a school is recorded): their record has the most to show. The reason dialog
    // names them: marked too.
    QTRY_COMPARE(QApplication::focusWidget(), results);
    int pupil = -1;
    for (int row = 0; row < results->model()->rowCount() && pupil < 0; ++row) {
        const QString school = results->model()->index(row, 3).data().toString();
        if (!school.isEmpty() && school != u"Not recorded"_s)
            pupil = row;
    }
    QVERIFY(pupil >= 0);
    while (results->currentIndex().row() < pupil)
        keys(QKeySequence(Qt::Key_Down));
    keys(QKeySequence(Qt::Key_Return));
    tv::ui::ReasonDialog *reason = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reason = window->reasonDialog()) && reason->isVisible(), ServiceMs);
    QVERIFY(activate(reason));
    const int inReason = watermarked(
        reason,
        [reason] { return QRegion(QRect(reason->mapToGlobal(QPoint(0, 0)), reason->size())); },
        round + u"-reason"_s);
    QVERIFY2(inReason > 300,
             qPrintable(u"%1 watermark pixels in the reason dialog"_s.arg(inReason)));
    keys(QKeySequence(Qt::Key_Space));
    keys(QKeySequence(Qt::Key_Return));

    // Every tab of the record, inside the cells of every table it shows.
    tv::ui::PersonPage *page = window->personPage();
    QTRY_VERIFY_WITH_TIMEOUT(window->currentPage() == page, ServiceMs);
    QVERIFY(activate(window));
    auto *tabs = child<QTabWidget>(page, u"personTabs"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tabs->tabText(tabs->count() - 1).contains(u'('), ServiceMs);
    QStringList tabsWithRows;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QList<QTableView *> shown;
        for (QTableView *view : tabs->currentWidget()->findChildren<QTableView *>()) {
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
                !cellsOnScreen(view).isEmpty())
                shown << view;
        }
        if (shown.isEmpty())
            continue; // a list this person has nothing in: a sentence says so, no cells
        tabsWithRows << tabs->currentWidget()->objectName();
        checkTables(shown, round + u"-tab-"_s + tabs->currentWidget()->objectName());
    }
    // The details and flags, the attendance and the household at least.
    for (const QString &tab : {u"flagsScroll"_s, u"attendanceTab"_s, u"householdPanel"_s})
        QVERIFY2(tabsWithRows.contains(tab), qPrintable(tabsWithRows.join(u", "_s)));

    // A report of a row: its dialog, then My reports with it listed.
    tabs->setCurrentIndex(0);
    child<QTableView>(page, u"detailsView"_s)->setFocus(Qt::TabFocusReason);
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    tv::ui::ReportDialog *report = nullptr;
    QTRY_VERIFY((report = window->reportDialog()) && report->isVisible());
    QVERIFY(activate(report));
    const int inReport = watermarked(
        report,
        [report] { return QRegion(QRect(report->mapToGlobal(QPoint(0, 0)), report->size())); },
        round + u"-report"_s);
    QVERIFY2(inReport > 300,
             qPrintable(u"%1 watermark pixels in the report dialog"_s.arg(inReport)));
    auto *description = child<QWidget>(report, u"descriptionEdit"_s);
    description->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(description, u"The address changed in September."_s);
    QTest::mouseClick(child<QPushButton>(report, u"sendReportButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->reportDialog(), ServiceMs);
    QVERIFY(activate(window));
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QTRY_VERIFY(window->currentPage() == window->myReportsPanel());
    auto *reports = child<QTableView>(window, u"reportsTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reports->model()->rowCount() > 0, ServiceMs);
    checkTables({reports}, round + u"-my-reports"_s);

    // Back to the search, as the next round starts there.
    keys(QKeySequence(Qt::ALT | Qt::Key_B));
    QTRY_VERIFY(window->currentPage() == page);
    keys(QKeySequence(Qt::ALT | Qt::Key_Left));
    QTRY_VERIFY(window->currentPage() == window->searchPanel());
    child<QLineEdit>(window, u"nameEdit"_s)->clear();
    child<QLineEdit>(window, u"nameEdit"_s)->setFocus(Qt::OtherFocusReason);
}

void TestScreenCapture::watermarkIsInEveryCell()
{
    QVERIFY(activate(main()));
    checkEveryPlace(u"first"_s);
}

void TestScreenCapture::watermarkAfterASecondSignIn()
{
    QVERIFY(activate(main()));
    QTest::mouseClick(child<QPushButton>(main(), u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->loginWindow()->isVisible(), ServiceMs);
    QVERIFY(!main()->isVisible());
    QVERIFY(signIn());
    checkEveryPlace(u"second-sign-in"_s);
}

void TestScreenCapture::watermarkAfterLockAndUnlock()
{
    QVERIFY(activate(main()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L,
                    Qt::ControlModifier | Qt::ShiftModifier);
    tv::ui::LockScreen *lock = m_shell->lockScreen();
    QTRY_VERIFY(lock->isVisible());
    QVERIFY(!main()->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(lock));
    auto *password = child<QLineEdit>(lock, u"passwordEdit"_s);
    QTest::keyClicks(password, m_shell->trainingService()->demoAccount()->password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(main()->isVisible(), ServiceMs);
    main()->setGeometry(0, 0, 1280, 700);
    QVERIFY(activate(main()));
    checkEveryPlace(u"after-unlock"_s);
}

QRect TestScreenCapture::dataArea() const
{
    const auto *stack = child<QStackedWidget>(main(), u"workspaceStack"_s);
    QRect area(stack->mapToGlobal(QPoint(0, 0)), stack->size());
    // Below the notice that takes the pages' place while they are hidden.
    area.setTop(area.top() + main()->fontMetrics().height() * 6);
    return area.intersected(QGuiApplication::primaryScreen()->geometry());
}

void TestScreenCapture::inactiveCaptureShowsNoPersonData()
{
    // Results on the screen, the keyboard on them.
    QVERIFY(activate(main()));
    auto *name = child<QLineEdit>(main(), u"nameEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, u"Smith"_s);
    QTest::keyClick(name, Qt::Key_Return);
    auto *results = child<QTableView>(main(), u"resultsTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 3, ServiceMs);
    QTRY_COMPARE(QApplication::focusWidget(), results);
    settle();
    const QRect area = dataArea();
    QVERIFY(area.width() > 400 && area.height() > 200);
    QVERIFY(!area.intersects(ThiefGeometry)); // the other program never covers the data
    QVERIFY(varied(captureScreen(u"before-focus-loss"_s), area) > 1000);

    QProcess thief;
    thief.setProgram(QCoreApplication::applicationFilePath());
    thief.setArguments({u"--focus-thief"_s});
    thief.start();
    QVERIFY(thief.waitForStarted());
    const auto stopThief = qScopeGuard([&] {
        thief.kill();
        thief.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::applicationState() != Qt::ApplicationActive, 10000);
    QTRY_VERIFY(main()->isConcealed());
    settle();
    const QImage inactive = captureScreen(u"inactive"_s);
    QCOMPARE(varied(inactive, area), 0);
    // Whatever has the keyboard meanwhile, it is not Sign out.
    QVERIFY(main()->focusWidget() != child<QWidget>(main(), u"signOutButton"_s));

    // Back in use: the data is back, and the keyboard on the results again.
    thief.kill();
    thief.waitForFinished();
    QVERIFY(activate(main()));
    QVERIFY(varied(captureScreen(u"active-again"_s), area) > 1000);
    QTRY_COMPARE(QApplication::focusWidget(), results);
}

void TestScreenCapture::printScreenCaptureShowsNoPersonData()
{
    QVERIFY(activate(main()));
    auto *results = child<QTableView>(main(), u"resultsTable"_s);
    QVERIFY(results->model()->rowCount() > 3);
    m_shell->captureGuard()->setPrintScreenConcealment(1500ms);
    const QRect area = dataArea();
    // Twice: the keyboard comes back to the results each time, never to Sign out.
    for (int press = 0; press < 2; ++press) {
        results->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(results, Qt::Key_Print);
        QVERIFY(main()->isConcealed());
        settle();
        QCOMPARE(varied(captureScreen(u"print-screen"_s), area), 0);
        QVERIFY(QApplication::focusWidget() != child<QWidget>(main(), u"signOutButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!main()->isConcealed(), 5000);
        QCOMPARE(QApplication::focusWidget(), results);
    }
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--focus-thief") == 0)
        return runFocusThief(argc, argv);
    QApplication app(argc, argv);
    TestScreenCapture test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screencapture.moc"
