// The training path end to end, as main() runs it: ClientShell starts the embedded service with
// the fictional dataset, the login window shows the banner with the demo trainer filled in, and
// Enter signs the trainer in.

#include "app/session/Session.h"
#include "app/training/TrainingService.h"
#include "app/workspace/Workspace.h"
#include "models/common/Format.h"
#include "models/person/PersonPageModels.h"
#include "models/search/PersonSummaryModel.h"
#include "ui/common/Watermark.h"
#include "ui/login/LoginWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/person/PersonPage.h"
#include "ui/person/ReasonDialog.h"
#include "ui/reports/MyReportsPanel.h"
#include "ui/reports/ReportDialog.h"
#include "ui/search/SearchPanel.h"
#include "ui/shell/ClientShell.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

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
    void keyboardOnlyFromSearchToReport();
    void clipboardNeverReceivesPersonData();
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

// The whole practitioner path, keys only, against the training service: search, reason,
// person, household member (and their reason), report an inaccuracy, my reports.
void TestTrainingPath::keyboardOnlyFromSearchToReport()
{
    ClientShell shell(StartupOptions{true, {}});
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    tv::ui::MainWindow *main = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(login));
    QVERIFY(waitUntilReady(shell));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(main->isVisible(), ServiceMs);
    QVERIFY(QTest::qWaitForWindowActive(main));
    const auto keys = [](QKeySequence sequence) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard");
        QTest::keySequence(focus, sequence);
    };
    const auto type = [](const QString &text) {
        QVERIFY2(QApplication::focusWidget(), "nothing has the keyboard");
        QTest::keyClicks(QApplication::focusWidget(), text);
    };

    // Search: the name field has the keyboard; Enter searches; the first result takes it.
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(main, u"nameEdit"_s));
    type(u"Smith"_s);
    keys(QKeySequence(Qt::Key_Return));
    auto *results = child<QTableView>(main, u"resultsTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, ServiceMs);
    QTRY_COMPARE(QApplication::focusWidget(), results);
    const QString state = main->searchPanel()->stateText();
    QVERIFY2(state.startsWith(QString::number(results->model()->rowCount()) + u" people"_s),
             qPrintable(state));
    const QString chosen =
        results->model()->index(results->currentIndex().row(), 0).data().toString();
    QVERIFY(chosen.contains(u"Smith"_s));

    // Enter opens; the reason comes first.
    keys(QKeySequence(Qt::Key_Return));
    tv::ui::ReasonDialog *reason = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reason = main->reasonDialog()) && reason->isVisible(), ServiceMs);
    QTRY_COMPARE(QApplication::activeWindow(), reason);
    // Named with the date of birth: two Sienna Smiths exist in the training data.
    const QDate chosenBorn = results->model()
                                 ->index(results->currentIndex().row(),
                                         tv::models::PersonSummaryModel::DateOfBirthColumn)
                                 .data(tv::models::PersonSummaryModel::SortRole)
                                 .toDate();
    QVERIFY(chosenBorn.isValid());
    QVERIFY2(child<QLabel>(reason, u"reasonSubjectLabel"_s)
                 ->text()
                 .contains(chosen + u", born "_s + tv::models::Format::date(chosenBorn)),
             qPrintable(child<QLabel>(reason, u"reasonSubjectLabel"_s)->text()));
    QVERIFY(child<tv::ui::Watermark>(reason, u"dialogWatermark"_s)
                ->text()
                .startsWith(u"Demo Trainer  ·  "_s));
    // Enter before a reason is chosen says why nothing opens; Space chooses the first reason,
    // which has the keyboard.
    keys(QKeySequence(Qt::Key_Return));
    QVERIFY(reason->isVisible());
    QVERIFY(!child<QLabel>(reason, u"reasonStateText"_s)->text().isEmpty());
    keys(QKeySequence(Qt::Key_Space));
    QVERIFY(child<QLabel>(reason, u"reasonStateText"_s)->text().isEmpty());
    keys(QKeySequence(Qt::Key_Tab));
    type(u"Termly review"_s);
    keys(QKeySequence(Qt::Key_Return));

    // The person page, with the words of the record.
    auto *page = main->personPage();
    QTRY_VERIFY_WITH_TIMEOUT(main->currentPage() == page, ServiceMs);
    QCOMPARE(child<QLabel>(page, u"personNameLabel"_s)->text(), chosen);
    QVERIFY(child<QLabel>(page, u"coverageLabel"_s)->text().contains(u": covers "_s));
    const QStringList states{u"No information on database"_s, u"Historic"_s, u"Current"_s};
    auto *transform = child<QTableView>(page, u"transformView"_s);
    QVERIFY(transform->model()->rowCount() > 0);
    for (int row = 0; row < transform->model()->rowCount(); ++row) {
        const QString shown = transform->model()->index(row, 1).data().toString();
        QVERIFY2(states.contains(shown), qPrintable(shown));
    }
    QTRY_VERIFY2(page->isAncestorOf(QApplication::focusWidget()),
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName())
                                             : "none");

    // Report an inaccuracy in the focused row: Ctrl+Shift+R, describe, send.
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    tv::ui::ReportDialog *report = nullptr;
    QTRY_VERIFY((report = main->reportDialog()) && report->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), report);
    QVERIFY(!child<QLabel>(report, u"reportSummaryLabel"_s)->text().isEmpty());
    QVERIFY(child<tv::ui::Watermark>(report, u"dialogWatermark"_s)
                ->text()
                .startsWith(u"Demo Trainer  ·  "_s));
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(report, u"descriptionEdit"_s));
    type(u"The address changed in September."_s);
    keys(QKeySequence(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(report, u"sendReportButton"_s));
    keys(QKeySequence(Qt::Key_Space));
    QTRY_VERIFY_WITH_TIMEOUT(!main->reportDialog(), ServiceMs);
    QVERIFY(main->messageText().contains(u"sent to the Transform team"_s));

    // The household: Ctrl+Tab to its tab, then its first member, and their own reason.
    auto *tabs = child<QTabWidget>(page, u"personTabs"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tabs->tabText(tabs->count() - 1).startsWith(u"Ho&usehold ("_s),
                             ServiceMs);
    QVERIFY(QTest::qWaitForWindowActive(main));
    while (tabs->currentIndex() != tabs->count() - 1)
        keys(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    auto *household = child<QTableView>(page, u"householdView"_s);
    QVERIFY(household->model()->rowCount() > 0);
    // Tab reaches the household's table from the tab bar.
    for (int presses = 0; presses < 20 && QApplication::focusWidget() != household; ++presses)
        keys(QKeySequence(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), household);
    keys(QKeySequence(Qt::Key_Down));
    const QString member =
        household->model()->index(household->currentIndex().row(), 0).data().toString();
    keys(QKeySequence(Qt::Key_Return));
    QTRY_VERIFY_WITH_TIMEOUT((reason = main->reasonDialog()) && reason->isVisible(), ServiceMs);
    QTRY_COMPARE(QApplication::activeWindow(), reason);
    QVERIFY(child<QLabel>(reason, u"reasonSubjectLabel"_s)->text().contains(member));
    keys(QKeySequence(Qt::Key_Space));
    keys(QKeySequence(Qt::Key_Return));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(page, u"personNameLabel"_s)->text(), member, ServiceMs);

    // My reports: the one just sent, with its status in words.
    QVERIFY(QTest::qWaitForWindowActive(main));
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QTRY_VERIFY(main->currentPage() == main->myReportsPanel());
    auto *reports = child<QTableView>(main, u"reportsTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reports->model()->rowCount() == 1, ServiceMs);
    QStringList row;
    for (int column = 0; column < reports->model()->columnCount(); ++column)
        row << reports->model()->index(0, column).data().toString();
    QVERIFY2(row.join(u' ').contains(u"Open"_s), qPrintable(row.join(u" | "_s)));

    // Back, then back to the search: the visit is over, the results are still there.
    keys(QKeySequence(Qt::ALT | Qt::Key_B));
    QTRY_VERIFY(main->currentPage() == page);
    keys(QKeySequence(Qt::ALT | Qt::Key_Left));
    QTRY_VERIFY(main->currentPage() == main->searchPanel());
    QVERIFY(results->model()->rowCount() > 0);
    QVERIFY(!shell.workspace()->personPage()->hasView());
}

// Issue 7: a practitioner with a record open tries every way to copy or drag it out; the
// clipboard (and X11's selection) never holds anything of it.
void TestTrainingPath::clipboardNeverReceivesPersonData()
{
    ClientShell shell(StartupOptions{true, {}});
    shell.start();
    tv::ui::MainWindow *main = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(shell.loginWindow()));
    QVERIFY(waitUntilReady(shell));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(main->isVisible(), ServiceMs);
    QVERIFY(QTest::qWaitForWindowActive(main));
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(main, u"nameEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Smith"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *results = child<QTableView>(main, u"resultsTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, ServiceMs);
    QTRY_COMPARE(QApplication::focusWidget(), results);
    QTest::keyClick(results, Qt::Key_Return);
    tv::ui::ReasonDialog *reason = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reason = main->reasonDialog()) && reason->isVisible(), ServiceMs);
    QTRY_COMPARE(QApplication::activeWindow(), reason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *page = main->personPage();
    QTRY_VERIFY_WITH_TIMEOUT(main->currentPage() == page, ServiceMs);
    auto *tabs = child<QTabWidget>(page, u"personTabs"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tabs->tabText(tabs->count() - 1).startsWith(u"Ho&usehold ("_s),
                             ServiceMs);
    QVERIFY(QTest::qWaitForWindowActive(main));

    const auto clipboardIsEmpty = [] {
        for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
            const QMimeData *data = QGuiApplication::clipboard()->mimeData(mode);
            if (data && !data->formats().isEmpty())
                return false;
        }
        return true;
    };
    QVERIFY(clipboardIsEmpty());
    QList<QKeySequence> copyKeys = QKeySequence::keyBindings(QKeySequence::Copy);
    copyKeys += QKeySequence::keyBindings(QKeySequence::Cut);
    copyKeys += QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QStringList menuWords;
    int viewsTried = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || view->model()->rowCount() == 0)
                continue;
            ++viewsTried;
            // Select everything, then every copy and cut key.
            view->setFocus(Qt::TabFocusReason);
            QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
            for (const QKeySequence &sequence : std::as_const(copyKeys))
                QTest::keySequence(view, sequence);
            // Drag the first row out of the view.
            const QPoint start = view->visualRect(view->model()->index(0, 0)).center();
            QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
            for (int step = 1; step <= 10; ++step) {
                QMouseEvent move(
                    QEvent::MouseMove, QPointF(start + QPoint(step * 30, step * 20)),
                    view->viewport()->mapToGlobal(QPointF(start + QPoint(step * 30, step * 20))),
                    Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
                QApplication::sendEvent(view->viewport(), &move);
            }
            QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + QPoint(300, 200));
            // The context menu: what it offers, then closed.
            QTimer::singleShot(50, view, [&menuWords] {
                if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                    for (const QAction *action : menu->actions())
                        menuWords << action->text();
                    menu->close();
                }
            });
            QContextMenuEvent context(QContextMenuEvent::Keyboard, start,
                                      view->viewport()->mapToGlobal(start));
            QApplication::sendEvent(view->viewport(), &context);
            const QString where = view->objectName().isEmpty()
                                      ? view->parentWidget()->objectName() + u" header"_s
                                      : view->objectName();
            QVERIFY2(clipboardIsEmpty(), qPrintable(where));
        }
    }
    QVERIFY(viewsTried >= 5);      // details, flags, involvements, attendance, household at least
    QVERIFY(!menuWords.isEmpty()); // the menus were opened and read
    for (const QString &words : std::as_const(menuWords)) {
        QVERIFY2(!words.contains(u"Copy"_s, Qt::CaseInsensitive), qPrintable(words));
        QVERIFY2(!words.contains(u"Select All"_s, Qt::CaseInsensitive), qPrintable(words));
    }

    // The name heading and the coverage line: select by mouse, then copy.
    for (const QString &name : {u"personNameLabel"_s, u"coverageLabel"_s}) {
        auto *label = child<QLabel>(page, name);
        QVERIFY(label);
        QTest::mouseDClick(label, Qt::LeftButton);
        QTest::keyClick(label, Qt::Key_A, Qt::ControlModifier);
        QTest::keySequence(label, QKeySequence::Copy);
        QVERIFY2(clipboardIsEmpty(), qPrintable(name));
    }
    QVERIFY(clipboardIsEmpty());
}

QTEST_MAIN(TestTrainingPath)
#include "tst_trainingpath.moc"
