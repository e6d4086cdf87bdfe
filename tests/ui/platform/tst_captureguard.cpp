// CaptureGuard on the offscreen platform. The shield's platform calls cannot be made here (this
// is Linux, whose shield has none), so a shield that records its calls and answers as told
// stands in for Windows and macOS; the Linux shield itself is tested as it is.

#include "ui/platform/CaptureGuard.h"

#include <QDialog>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using tv::ui::CaptureGuard;
using tv::ui::CaptureProtection;
using tv::ui::CaptureShield;

namespace {

class RecordingShield final : public CaptureShield {
public:
    explicit RecordingShield(QList<QWindow *> *calls)
        : m_calls(calls)
    {}
    CaptureProtection protect(QWindow *window) override
    {
        m_calls->append(window);
        return refuse.contains(window) ? CaptureProtection::Failed : CaptureProtection::Protected;
    }
    QString explanation() const override { return u"recorded"_s; }

    QList<QWindow *> refuse;

private:
    QList<QWindow *> *m_calls;
};

} // namespace

class TestCaptureGuard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linuxSaysItIsNotAvailable();
    void everyWindowIsProtectedWhenShown();
    void protectionIsReappliedAfterRestoreAndActivation();
    void oneRefusedWindowIsAFailure();
    void minimisingConceals();
    void printScreenConcealsForAWhile();
};

void TestCaptureGuard::linuxSaysItIsNotAvailable()
{
    CaptureGuard guard(CaptureShield::forThisPlatform());
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(guard.protection(), CaptureProtection::NotAvailable);
    QCOMPARE(guard.protectionText(), u"Capture protection not available on this system"_s);
    QVERIFY(guard.explanation().contains(u"cannot stop screenshots"_s));
    QVERIFY(guard.explanation().contains(u"watermark"_s));
}

void TestCaptureGuard::everyWindowIsProtectedWhenShown()
{
    QList<QWindow *> calls;
    CaptureGuard guard(std::make_unique<RecordingShield>(&calls));
    QSignalSpy changed(&guard, &CaptureGuard::protectionChanged);
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(calls.contains(window.windowHandle()));
    QCOMPARE(guard.protection(), CaptureProtection::Protected);
    QCOMPARE(guard.protectionText(), u"Capture protected"_s);
    QCOMPARE(changed.count(), 1);

    // A dialog is a top-level window of its own.
    QDialog dialog(&window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(calls.contains(dialog.windowHandle()));
}

void TestCaptureGuard::protectionIsReappliedAfterRestoreAndActivation()
{
    QList<QWindow *> calls;
    CaptureGuard guard(std::make_unique<RecordingShield>(&calls));
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto count = [&] {
        return calls.count(window.windowHandle());
    };

    qsizetype before = count();
    window.showMinimized();
    window.showNormal();
    QVERIFY(count() > before);

    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    before = count();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(count() > before);
}

void TestCaptureGuard::oneRefusedWindowIsAFailure()
{
    QList<QWindow *> calls;
    auto shield = std::make_unique<RecordingShield>(&calls);
    RecordingShield *recording = shield.get();
    CaptureGuard guard(std::move(shield));
    QWidget protectedWindow;
    protectedWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&protectedWindow));
    QCOMPARE(guard.protection(), CaptureProtection::Protected);

    auto refused = std::make_unique<QWidget>();
    refused->winId(); // its native window, to refuse before it shows
    recording->refuse << refused->windowHandle();
    refused->show();
    QVERIFY(QTest::qWaitForWindowExposed(refused.get()));
    QCOMPARE(guard.protection(), CaptureProtection::Failed);
    QCOMPARE(guard.protectionText(), u"Capture protection failed"_s);
    QVERIFY(guard.explanation().contains(u"refused"_s));

    // Gone, it no longer counts.
    refused.reset();
    protectedWindow.activateWindow();
    QTRY_COMPARE(guard.protection(), CaptureProtection::Protected);
}

void TestCaptureGuard::minimisingConceals()
{
    QList<QWindow *> calls;
    CaptureGuard guard(std::make_unique<RecordingShield>(&calls));
    QWidget window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(!guard.isConcealing());
    QSignalSpy concealment(&guard, &CaptureGuard::concealmentChanged);

    window.showMinimized();
    QTRY_VERIFY(guard.isConcealing());
    QCOMPARE(concealment.constFirst().constFirst().toBool(), true);
    window.showNormal();
    window.activateWindow();
    QTRY_VERIFY(!guard.isConcealing());
}

void TestCaptureGuard::printScreenConcealsForAWhile()
{
    QList<QWindow *> calls;
    CaptureGuard guard(std::make_unique<RecordingShield>(&calls));
    guard.setPrintScreenConcealment(300ms);
    QWidget window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(!guard.isConcealing());

    QTest::keyClick(&window, Qt::Key_Print);
    QVERIFY(guard.isConcealing());
    QTRY_VERIFY_WITH_TIMEOUT(!guard.isConcealing(), 2000);
}

QTEST_MAIN(TestCaptureGuard)
#include "tst_captureguard.moc"
