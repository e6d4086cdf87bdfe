// MainWindow on the offscreen platform.

#include "app/net/ServiceClient.h"
#include "app/session/Session.h"
#include "app/workspace/Workspace.h"
#include "models/domain/Version.h"
#include "models/person/PersonPageModels.h"
#include "models/search/PersonSummaryModel.h"
#include "tests/models/support/PersonViewSamples.h"
#include "tests/ui/support/KeyAudit.h"
#include "tests/ui/support/UiAudit.h"
#include "ui/common/Watermark.h"
#include "ui/household/HouseholdPanel.h"
#include "ui/main/HelpDialogs.h"
#include "ui/main/MainWindow.h"
#include "ui/person/PersonPage.h"
#include "ui/person/ReasonDialog.h"
#include "ui/platform/CaptureGuard.h"
#include "ui/reports/ReportDialog.h"
#include "ui/search/SearchPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using tv::ui::MainWindow;

namespace {

// Answers as a Windows or macOS shield would: protected, until told to refuse.
class AnsweringShield final : public tv::ui::CaptureShield {
public:
    tv::ui::CaptureProtection protect(QWindow *) override { return answer; }
    QString explanation() const override { return u"What this system does."_s; }
    tv::ui::CaptureProtection answer = tv::ui::CaptureProtection::Protected;
};

const tv::User Trainer{u"u-1"_s, u"trainer@training.invalid"_s, u"Demo Trainer"_s,
                       tv::Role::Trainer, u"Training"_s};

// The window signed in as Trainer, shown and made active; false when it does not become active.
bool showActiveForTrainer(MainWindow &window)
{
    window.setUser(Trainer);
    window.show();
    window.activateWindow(); // no window manager under Xvfb to do it
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyInteractiveWidgetIsNamed();
    void showsWhoIsSignedIn();
    void bannerOnlyInTraining();
    void signOut();
    void lockNowByMenuAndKeys();
    void clearPersonDataEmptiesEveryPersonModel();
    void noPrintSaveExportOrCopyAction();
    void protectionBadgeSaysWhatTheSystemDoes();
    void concealmentBlanksThePages();
    void focusComesBackToThePageAfterConcealment();
    void sessionAndHelpMenus();
    void keyboardShortcutsAreTheRealOnes();
    void aboutNamesBothVersionsAndTheLicence();
    void noKeyIsSharedOnAnyPage();
    void noKeyIsSharedInTheDialogs();
    void sectionKeysWorkAgainAndAgainFromEveryTable();
    void tabLettersTakeTheKeyboardToTheSection();
    void altLeftGoesBackFromAnywhere();
    void rowMenuOpensFromTheKeyboard();
    void householdMemberOpensAtTheTop();
    void currentRowStaysInView();

private:
    // The window signed in with the sample person's record open (and their household).
    std::unique_ptr<MainWindow> openRecord();
    QWidget *focus() const { return QApplication::focusWidget(); }

    // Signed out and pointed nowhere: these tests never reach a service.
    std::unique_ptr<tv::net::ServiceClient> m_client;
    std::unique_ptr<tv::session::Session> m_session;
    std::unique_ptr<tv::workspace::Workspace> m_workspace;
};

void TestMainWindow::init()
{
    m_client = std::make_unique<tv::net::ServiceClient>();
    m_session = std::make_unique<tv::session::Session>(m_client.get());
    m_workspace = std::make_unique<tv::workspace::Workspace>(m_client.get(), m_session.get());
}

void TestMainWindow::cleanup()
{
    m_workspace.reset();
    m_session.reset();
    m_client.reset();
}

void TestMainWindow::everyInteractiveWidgetIsNamed()
{
    MainWindow window(m_workspace.get());
    window.setUser(Trainer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QString &name : {u"signedInLabel"_s, u"signOutButton"_s, u"trainingBanner"_s}) {
        QWidget *widget = window.findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    // Every page: each control and view named and described for a screen reader.
    auto *stack = window.findChild<QStackedWidget *>(u"workspaceStack"_s);
    QVERIFY(stack);
    for (int page = 0; page < stack->count(); ++page) {
        stack->setCurrentIndex(page);
        const QStringList problems = tv::test::accessibilityProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!action->menu() && !action->isSeparator())
            QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
    }
}

void TestMainWindow::showsWhoIsSignedIn()
{
    MainWindow window(m_workspace.get());
    auto *label = window.findChild<QLabel *>(u"signedInLabel"_s);
    QCOMPARE(label->text(), u"Not signed in."_s);
    window.setUser(Trainer);
    QCOMPARE(label->text(), u"Signed in as Demo Trainer (Trainer)"_s);
    QVERIFY(!label->text().contains(Trainer.email)); // the name is enough

    tv::User practitioner = Trainer;
    practitioner.displayName = u"<b>Sam</b> Example"_s;
    practitioner.role = tv::Role::Practitioner;
    window.setUser(practitioner);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), u"Signed in as <b>Sam</b> Example (Practitioner)"_s);

    window.clearUser();
    QCOMPARE(label->text(), u"Not signed in."_s);
}

void TestMainWindow::bannerOnlyInTraining()
{
    MainWindow window(m_workspace.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(u"trainingBanner"_s);
    QVERIFY(!banner->isVisible());
    window.setTrainingMode(true);
    QVERIFY(window.isTrainingMode());
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"TRAINING - FICTIONAL DATA"_s);
    QCOMPARE(window.windowTitle(), u"TransformView training"_s);
    window.setTrainingMode(false);
    QVERIFY(!banner->isVisible());
    QCOMPARE(window.windowTitle(), u"TransformView"_s);
}

void TestMainWindow::signOut()
{
    MainWindow window(m_workspace.get());
    QSignalSpy signOutRequested(&window, &MainWindow::signOutRequested);
    window.setUser(Trainer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.findChild<QPushButton *>(u"signOutButton"_s), Qt::LeftButton);
    QCOMPARE(signOutRequested.count(), 1);
}

void TestMainWindow::lockNowByMenuAndKeys()
{
    MainWindow window(m_workspace.get());
    QSignalSpy lock(&window, &MainWindow::lockRequested);
    auto *action = window.findChild<QAction *>(u"lockAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Lock now"_s);
    QCOMPARE(action->shortcuts(),
             (QList<QKeySequence>{QKeySequence(u"Ctrl+Shift+L"_s), QKeySequence(Qt::Key_Pause)}));
    QCOMPARE(MainWindow::lockShortcuts(), action->shortcuts());
    action->trigger();
    QCOMPARE(lock.count(), 1);

    window.show();

    window.activateWindow(); // no window manager under Xvfb to do it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(lock.count(), 2);
    QTest::keyClick(&window, Qt::Key_Pause);
    QCOMPARE(lock.count(), 3);
}

void TestMainWindow::clearPersonDataEmptiesEveryPersonModel()
{
    MainWindow window(m_workspace.get());
    tv::models::PersonSummaryModel *results = window.searchResults();
    QVERIFY(results);
    results->setResults({tv::PersonSummary{u"p-1"_s, u"Alex Example"_s, QDate(2014, 3, 1),
                                           u"Taunton TA1"_s, std::nullopt}});
    QCOMPARE(results->rowCount(), 1);
    window.clearPersonData();
    QCOMPARE(results->rowCount(), 0);
}

// The seed's rule: no save, download or print. Every action a practitioner can reach on any
// page, in the menus or on a widget, is looked at by its words and its keys.
void TestMainWindow::noPrintSaveExportOrCopyAction()
{
    MainWindow window(m_workspace.get());
    window.setUser(Trainer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRegularExpression forbidden(u"print|save|export|download|copy|cut\\b|send to|share"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QList<QKeySequence> forbiddenKeys = {
        QKeySequence(QKeySequence::Print),  QKeySequence(QKeySequence::Save),
        QKeySequence(QKeySequence::SaveAs), QKeySequence(QKeySequence::Copy),
        QKeySequence(QKeySequence::Cut),    QKeySequence(Qt::Key_Print)};
    auto *stack = window.findChild<QStackedWidget *>(u"workspaceStack"_s);
    QVERIFY(stack);
    int looked = 0;
    for (int page = 0; page < stack->count(); ++page) {
        stack->setCurrentIndex(page);
        QList<QAction *> actions = window.findChildren<QAction *>();
        for (const QWidget *widget : window.findChildren<QWidget *>())
            actions += widget->actions();
        for (const QAction *action : std::as_const(actions)) {
            ++looked;
            const QString words = QString(action->text()).remove(u'&');
            QVERIFY2(!forbidden.match(words).hasMatch(), qPrintable(words));
            for (const QKeySequence &keys : action->shortcuts())
                QVERIFY2(!forbiddenKeys.contains(keys), qPrintable(words));
        }
    }
    QVERIFY(looked > 5); // the walk found the menus' actions
    // The words themselves would be caught: the check is not vacuous.
    QVERIFY(forbidden.match(u"Print record"_s).hasMatch());
}

void TestMainWindow::protectionBadgeSaysWhatTheSystemDoes()
{
    MainWindow window(m_workspace.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    {
        // This system (Linux): not available, said plainly.
        tv::ui::CaptureGuard guard(tv::ui::CaptureShield::forThisPlatform());
        window.setCaptureGuard(&guard);
        auto *badge = window.findChild<QLabel *>(u"protectionBadge"_s);
        QVERIFY(badge);
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), u"Capture protection not available on this system"_s);
        QVERIFY(badge->toolTip().contains(u"cannot stop screenshots"_s));
        QVERIFY(badge->accessibleDescription().startsWith(badge->text()));
        window.setCaptureGuard(nullptr);
    }
    auto *shield = new AnsweringShield;
    tv::ui::CaptureGuard guard{std::unique_ptr<tv::ui::CaptureShield>(shield)};
    window.setCaptureGuard(&guard);
    auto *badge = window.findChild<QLabel *>(u"protectionBadge"_s);
    QCOMPARE(badge->text(), u"Capture protected"_s);
    QCOMPARE(badge->toolTip(), u"What this system does."_s);

    // A window the system refuses (as after a restore that lost it): the badge says so at once.
    shield->answer = tv::ui::CaptureProtection::Failed;
    window.hide();
    window.show();
    QTRY_COMPARE(badge->text(), u"Capture protection failed"_s);
    QVERIFY(badge->toolTip().contains(u"Tell your IT support"_s));
    window.setCaptureGuard(nullptr);
}

void TestMainWindow::concealmentBlanksThePages()
{
    MainWindow window(m_workspace.get());
    QVERIFY(showActiveForTrainer(window));
    tv::ui::CaptureGuard guard(tv::ui::CaptureShield::forThisPlatform());
    guard.setPrintScreenConcealment(std::chrono::milliseconds(300));
    window.setCaptureGuard(&guard);
    auto *stack = window.findChild<QStackedWidget *>(u"workspaceStack"_s);
    auto *notice = window.findChild<QLabel *>(u"concealedNotice"_s);
    QVERIFY(stack->isVisible());
    QVERIFY(!notice->isVisible());
    QTest::keyClick(&window, Qt::Key_Print);
    QVERIFY(window.isConcealed());
    QVERIFY(!stack->isVisible()); // hidden, not dimmed
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"Person data is hidden"_s));
    QTRY_VERIFY(!window.isConcealed());
    QVERIFY(stack->isVisible());
    window.setCaptureGuard(nullptr);
}

void TestMainWindow::focusComesBackToThePageAfterConcealment()
{
    MainWindow window(m_workspace.get());
    QVERIFY(showActiveForTrainer(window));
    tv::ui::CaptureGuard guard(tv::ui::CaptureShield::forThisPlatform());
    guard.setPrintScreenConcealment(std::chrono::milliseconds(200));
    window.setCaptureGuard(&guard);
    auto *name = window.findChild<QLineEdit *>(u"nameEdit"_s);
    auto *signOut = window.findChild<QPushButton *>(u"signOutButton"_s);
    QTRY_COMPARE(focus(), name);
    for (int press = 0; press < 3; ++press) {
        QTest::keyClick(focus(), Qt::Key_Print);
        QVERIFY(window.isConcealed());
        QVERIFY(focus() != signOut); // the notice holds it meanwhile
        QTRY_VERIFY(!window.isConcealed());
        QCOMPARE(focus(), name);
    }
    window.setCaptureGuard(nullptr);
}

void TestMainWindow::sessionAndHelpMenus()
{
    MainWindow window(m_workspace.get());
    const auto titles = [&window](const QString &menu) {
        QStringList words;
        for (const QAction *action : window.findChild<QMenu *>(menu)->actions()) {
            if (!action->isSeparator())
                words << action->text();
        }
        return words;
    };
    QCOMPARE(titles(u"sessionMenu"_s), (QStringList{u"&Lock now"_s, u"Sign &out"_s, u"&Quit"_s}));
    QCOMPARE(titles(u"helpMenu"_s),
             (QStringList{u"&Keyboard shortcuts"_s, u"&What the three states mean"_s,
                          u"&About TransformView"_s}));
    QSignalSpy signOut(&window, &MainWindow::signOutRequested);
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    window.findChild<QAction *>(u"signOutAction"_s)->trigger();
    QCOMPARE(signOut.count(), 1);
    QVERIFY(showActiveForTrainer(window));
    QTest::keyClick(focus(), Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(quit.count(), 1);

    // What the three states mean: each state in words.
    window.findChild<QAction *>(u"statesAction"_s)->trigger();
    QTRY_VERIFY(window.helpDialog() && window.helpDialog()->isVisible());
    QCOMPARE(window.helpDialog()->objectName(), u"statesDialog"_s);
    for (const QString &label :
         {u"stateCurrentLabel"_s, u"stateHistoricLabel"_s, u"stateNoneLabel"_s}) {
        auto *text = window.helpDialog()->findChild<QLabel *>(label);
        QVERIFY2(text && text->isVisible(), qPrintable(label));
    }
    QVERIFY(window.helpDialog()
                ->findChild<QLabel *>(u"stateNoneLabel"_s)
                ->text()
                .startsWith(u"No information on database: "_s));
    QTest::keyClick(window.helpDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!window.helpDialog());
}

void TestMainWindow::keyboardShortcutsAreTheRealOnes()
{
    std::unique_ptr<MainWindow> window = openRecord();
    QVERIFY(window);
    // F1 from a table of the record.
    QTest::keyClick(focus(), Qt::Key_F1);
    QTRY_VERIFY(window->helpDialog() && window->helpDialog()->isVisible());
    QCOMPARE(window->helpDialog()->objectName(), u"shortcutsDialog"_s);
    auto *table = window->helpDialog()->findChild<QTableView *>(u"shortcutsTable"_s);
    QVERIFY(table);
    QStringList listed;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        listed << table->model()->index(row, 0).data().toString();
    // Every action's keys as they are set, written as this computer writes them.
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        const QString keys = tv::ui::keysText(action->shortcuts());
        QVERIFY2(listed.contains(keys), qPrintable(action->objectName() + u": "_s + keys));
    }
    for (const QString &keys : {u"Ctrl+Shift+L or Pause"_s, u"Ctrl+Shift+M"_s, u"Ctrl+Shift+R"_s,
                                u"Alt+Left"_s, u"Shift+F10 or Menu"_s, u"F1"_s, u"Ctrl+Q"_s})
        QVERIFY2(listed.contains(keys), qPrintable(keys + u" not in "_s + listed.join(u" | "_s)));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(!table->model()->index(row, 1).data().toString().isEmpty());
    const QStringList problems = tv::test::accessibilityProblems(window->helpDialog());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QTest::keyClick(window->helpDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!window->helpDialog());
}

void TestMainWindow::aboutNamesBothVersionsAndTheLicence()
{
    MainWindow window(m_workspace.get());
    QVERIFY(showActiveForTrainer(window));
    window.findChild<QAction *>(u"aboutAction"_s)->trigger();
    QTRY_VERIFY(window.helpDialog() && window.helpDialog()->isVisible());
    const auto text = [&window](const QString &name) {
        return window.helpDialog()->findChild<QLabel *>(name)->text();
    };
    QVERIFY(text(u"clientVersionLabel"_s).contains(tv::ProductVersion));
    QVERIFY(text(u"serviceVersionLabel"_s).contains(u"not known"_s));
    QVERIFY(text(u"licenceLabel"_s).contains(u"License"_s));
    QTest::keyClick(window.helpDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!window.helpDialog());
    window.setServiceVersion(u"9.8.7"_s);
    window.findChild<QAction *>(u"aboutAction"_s)->trigger();
    QTRY_VERIFY(window.helpDialog());
    QCOMPARE(text(u"serviceVersionLabel"_s),
             u"The Transform service you are signed in to is version 9.8.7."_s);
}

std::unique_ptr<MainWindow> TestMainWindow::openRecord()
{
    auto window = std::make_unique<MainWindow>(m_workspace.get());
    window->setUser(Trainer);
    window->resize(1100, 720);
    window->show();
    window->activateWindow(); // no window manager under Xvfb to do it
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    tv::models::PersonPageModels *models = m_workspace->personPage();
    models->setView(tv::testing::samplePersonView());
    Q_EMIT m_workspace->personOpened(u"p-1"_s);
    if (!models->setHousehold(tv::testing::sampleHousehold()))
        return nullptr;
    Q_EMIT m_workspace->householdOpened(u"h-1"_s);
    if (window->currentPage() != window->personPage())
        return nullptr;
    return window;
}

void TestMainWindow::noKeyIsSharedOnAnyPage()
{
    std::unique_ptr<MainWindow> window = openRecord();
    QVERIFY(window);
    auto *stack = window->findChild<QStackedWidget *>(u"workspaceStack"_s);
    auto *tabs = window->findChild<QTabWidget *>(u"personTabs"_s);
    int looked = 0;
    for (int page = 0; page < stack->count(); ++page) {
        stack->setCurrentIndex(page);
        for (int tab = 0;
             tab < (stack->currentWidget() == window->personPage() ? tabs->count() : 1); ++tab) {
            tabs->setCurrentIndex(tab);
            const QList<tv::test::WindowKey> keys = tv::test::windowKeys(window.get());
            looked += int(keys.size());
            const QStringList clashes = tv::test::keyClashes(window.get());
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(stack->currentWidget()->objectName() + u" tab "_s +
                                QString::number(tab) + u":\n"_s + clashes.join(u'\n')));
        }
    }
    QVERIFY(looked > 60); // menus, buttons, labels, tabs and actions were all found
    // The audit sees a clash when there is one.
    auto *twin = new QPushButton(u"&Session twin"_s, window->searchPanel());
    twin->setObjectName(u"twinButton"_s);
    stack->setCurrentWidget(window->searchPanel());
    twin->show();
    QVERIFY(!tv::test::keyClashes(window.get()).isEmpty());
}

void TestMainWindow::noKeyIsSharedInTheDialogs()
{
    MainWindow window(m_workspace.get());
    QVERIFY(showActiveForTrainer(window));
    tv::ui::ReasonDialog reason(&window);
    reason.setReasons({tv::AccessReasonOption{u"safeguarding-concern"_s, u"Safeguarding concern"_s},
                       tv::AccessReasonOption{u"other"_s, u"Other"_s}});
    reason.setSubject(u"Alex Example"_s, QDate(2014, 3, 3));
    tv::ui::ReportDialog report(&window);
    report.setItem(u"details:address"_s, u"Address, 1 Example Street"_s);
    QList<QDialog *> dialogs{&reason, &report};
    const auto actions = [&window](const QString &name) {
        return window.findChild<QAction *>(name);
    };
    for (const QString &help : {u"shortcutsAction"_s, u"statesAction"_s, u"aboutAction"_s}) {
        actions(help)->trigger();
        QVERIFY(window.helpDialog());
        QStringList clashes = tv::test::keyClashes(window.helpDialog());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        window.helpDialog()->close();
        QTRY_VERIFY(!window.helpDialog());
    }
    for (QDialog *dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList clashes = tv::test::keyClashes(dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        QVERIFY(!tv::test::windowKeys(dialog).isEmpty());
        dialog->hide();
    }
}

void TestMainWindow::sectionKeysWorkAgainAndAgainFromEveryTable()
{
    std::unique_ptr<MainWindow> window = openRecord();
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(u"personTabs"_s);
    auto *signOut = window->findChild<QPushButton *>(u"signOutButton"_s);
    const int count = tabs->count();
    int tables = 0;
    for (int tab = 0; tab < count; ++tab) {
        tabs->setCurrentIndex(tab);
        QList<QTableView *> views;
        for (QTableView *view : tabs->widget(tab)->findChildren<QTableView *>()) {
            if (view->isVisible() && !view->objectName().isEmpty())
                views << view;
        }
        for (QTableView *view : std::as_const(views)) {
            ++tables;
            for (const auto &[modifiers, step] :
                 {std::pair{Qt::KeyboardModifiers(Qt::ControlModifier), 1},
                  std::pair{Qt::KeyboardModifiers(Qt::ControlModifier | Qt::ShiftModifier), -1}}) {
                tabs->setCurrentIndex(tab);
                view->setFocus(Qt::TabFocusReason);
                QCOMPARE(focus(), view);
                // Again and again, from wherever the keyboard went.
                for (int press = 1; press <= count + 1; ++press) {
                    QTest::keyClick(focus(), Qt::Key_Tab, modifiers);
                    const int expected = ((tab + step * press) % count + count) % count;
                    QVERIFY2(
                        tabs->currentIndex() == expected,
                        qPrintable(u"%1: press %2 gave tab %3, not %4"_s.arg(view->objectName())
                                       .arg(press)
                                       .arg(tabs->currentIndex())
                                       .arg(expected)));
                    QVERIFY(focus() != signOut);
                    QVERIFY2(tabs->currentWidget()->isAncestorOf(focus()) || focus() == tabs,
                             qPrintable(focus() ? focus()->objectName() : u"nothing"_s));
                }
            }
        }
    }
    QVERIFY(tables >= 7);
}

void TestMainWindow::tabLettersTakeTheKeyboardToTheSection()
{
    std::unique_ptr<MainWindow> window = openRecord();
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(u"personTabs"_s);
    auto *signOut = window->findChild<QPushButton *>(u"signOutButton"_s);
    const QList<std::pair<Qt::Key, QString>> letters{{Qt::Key_I, u"involvementsView"_s},
                                                     {Qt::Key_A, u"assessmentsView"_s},
                                                     {Qt::Key_T, u"attendanceView"_s},
                                                     {Qt::Key_U, u"householdView"_s},
                                                     {Qt::Key_F, u"detailsView"_s}};
    for (int round = 0; round < 2; ++round) {
        for (const auto &[key, first] : letters) {
            QTest::keyClick(focus(), key, Qt::AltModifier);
            QVERIFY2(focus() && focus()->objectName() == first,
                     qPrintable(first + u" wanted, focus on "_s +
                                (focus() ? focus()->objectName() : u"nothing"_s)));
            QVERIFY(tabs->currentWidget()->isAncestorOf(focus()));
            QVERIFY(focus() != signOut);
        }
    }
}

void TestMainWindow::altLeftGoesBackFromAnywhere()
{
    std::unique_ptr<MainWindow> window = openRecord();
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(u"personTabs"_s);
    QList<QWidget *> places{window->findChild<QWidget *>(u"signOutButton"_s), tabs->tabBar()};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        for (QTableView *view : tabs->widget(tab)->findChildren<QTableView *>()) {
            if (!view->objectName().isEmpty())
                places << view;
        }
    }
    for (QWidget *place : std::as_const(places)) {
        for (int round = 0; round < 2; ++round) {
            if (!m_workspace->personPage()->hasView())
                m_workspace->personPage()->setView(tv::testing::samplePersonView());
            Q_EMIT m_workspace->personOpened(u"p-1"_s);
            QVERIFY(m_workspace->personPage()->setHousehold(tv::testing::sampleHousehold()));
            Q_EMIT m_workspace->householdOpened(u"h-1"_s);
            QCOMPARE(window->currentPage(), window->personPage());
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (tabs->widget(tab)->isAncestorOf(place))
                    tabs->setCurrentIndex(tab);
            }
            place->setFocus(Qt::TabFocusReason);
            QCOMPARE(focus(), place);
            QTest::keyClick(place, Qt::Key_Left, Qt::AltModifier);
            QVERIFY2(window->currentPage() == window->searchPanel(),
                     qPrintable(place->objectName()));
        }
    }
}

void TestMainWindow::rowMenuOpensFromTheKeyboard()
{
    std::unique_ptr<MainWindow> window = openRecord();
    QVERIFY(window);
    auto *tabs = window->findChild<QTabWidget *>(u"personTabs"_s);
    for (const QString &name : {u"detailsView"_s, u"transformView"_s, u"involvementsView"_s}) {
        auto *view = window->findChild<QTableView *>(name);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->widget(tab)->isAncestorOf(view))
                tabs->setCurrentIndex(tab);
        }
        for (const auto &[key, modifiers] :
             {std::pair{Qt::Key_F10, Qt::KeyboardModifiers(Qt::ShiftModifier)},
              std::pair{Qt::Key_Menu, Qt::KeyboardModifiers()},
              std::pair{Qt::Key_F10, Qt::KeyboardModifiers(Qt::ShiftModifier)}}) {
            view->setFocus(Qt::TabFocusReason);
            QStringList offered;
            QTimer::singleShot(100, view, [&offered] {
                if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                    for (const QAction *action : menu->actions())
                        offered << action->text();
                    menu->close();
                }
            });
            QTest::keyClick(view, key, modifiers);
            QTRY_VERIFY2(!offered.isEmpty(), qPrintable(name));
            QVERIFY2(offered.contains(u"&Report an inaccuracy…"_s),
                     qPrintable(offered.join(u", "_s)));
            QVERIFY(view->currentIndex().isValid());
        }
    }
}

void TestMainWindow::householdMemberOpensAtTheTop()
{
    std::unique_ptr<MainWindow> window = openRecord();
    QVERIFY(window);
    window->resize(1000, 480); // the first tab scrolls
    auto *tabs = window->findChild<QTabWidget *>(u"personTabs"_s);
    auto *scroll = window->findChild<QScrollArea *>(u"flagsScroll"_s);
    for (int round = 0; round < 3; ++round) {
        // Read down the first tab, then open a member from the household.
        tabs->setCurrentIndex(0);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::keyClick(focus(), Qt::Key_U, Qt::AltModifier);
        QTableView *household = window->personPage()->householdPanel()->view();
        QCOMPARE(focus(), household);
        QTest::keyClick(household, Qt::Key_Down);
        m_workspace->personPage()->setView(tv::testing::samplePersonView());
        Q_EMIT m_workspace->personOpened(u"p-2"_s);
        QVERIFY(m_workspace->personPage()->setHousehold(tv::testing::sampleHousehold()));
        Q_EMIT m_workspace->householdOpened(u"h-2"_s);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QCOMPARE(focus(), window->findChild<QTableView *>(u"detailsView"_s));
        QCOMPARE(window->findChild<QTableView *>(u"detailsView"_s)->currentIndex().row(), 0);
    }
}

void TestMainWindow::currentRowStaysInView()
{
    std::unique_ptr<MainWindow> window = openRecord();
    QVERIFY(window);
    window->resize(700, 420); // the first tab scrolls, its panels stacked
    auto *scroll = window->findChild<QScrollArea *>(u"flagsScroll"_s);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    for (const QString &name :
         {u"detailsView"_s, u"criteriaView"_s, u"individualFlagsView"_s, u"transformView"_s}) {
        auto *view = window->findChild<QTableView *>(name);
        view->setFocus(Qt::TabFocusReason);
        const auto inView = [view, scroll] {
            const QRect row = view->visualRect(view->currentIndex());
            const QRect shown(view->viewport()->mapTo(scroll->viewport(), row.topLeft()),
                              row.size());
            return scroll->viewport()->rect().contains(shown);
        };
        for (int press = 0; press < view->model()->rowCount() + 1; ++press) {
            QTest::keyClick(view, Qt::Key_Down);
            QVERIFY2(inView(),
                     qPrintable(u"%1 row %2"_s.arg(name).arg(view->currentIndex().row())));
        }
        for (int press = 0; press < view->model()->rowCount() + 1; ++press) {
            QTest::keyClick(view, Qt::Key_Up);
            QVERIFY2(inView(),
                     qPrintable(u"%1 row %2"_s.arg(name).arg(view->currentIndex().row())));
        }
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
