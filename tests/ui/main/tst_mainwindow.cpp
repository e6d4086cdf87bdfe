// MainWindow on the offscreen platform.

#include "UiAudit.h"
#include "main/MainWindow.h"
#include "net/ServiceClient.h"
#include "platform/CaptureGuard.h"
#include "search/PersonSummaryModel.h"
#include "session/Session.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

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

private:
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
    window.setUser(Trainer);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
