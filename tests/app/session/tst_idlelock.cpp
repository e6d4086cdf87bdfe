#include "app/session/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using tv::session::IdleLock;

// IdleLock with a real event loop and real (synthetic) input events.
class TestIdleLock final : public QObject {
    Q_OBJECT

private:
    // Input as the platform would deliver it, to any object of the application.
    static void input(QEvent::Type type)
    {
        QObject target;
        QEvent event(type);
        QCoreApplication::sendEvent(&target, &event);
    }

private Q_SLOTS:
    void periodIsTheDeploymentsWithinBounds()
    {
        QCOMPARE(IdleLock().period(), std::chrono::milliseconds(5min));
        QCOMPARE(IdleLock::deploymentPeriod(10min), std::chrono::milliseconds(10min));
        QCOMPARE(IdleLock::deploymentPeriod(0min), std::chrono::milliseconds(1min));
        QCOMPARE(IdleLock::deploymentPeriod(24h), std::chrono::milliseconds(60min));
    }

    void locksAfterThePeriodWithoutInput()
    {
        IdleLock lock(300ms);
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.start();
        QVERIFY(!lock.isLocked());
        QVERIFY(locked.wait(5000));
        QCOMPARE(locked.count(), 1);
        QVERIFY(lock.isLocked());
        lock.lockNow(); // once locked, it stays locked: no second signal
        QTest::qWait(400);
        QCOMPARE(locked.count(), 1);
    }

    void inputPostponesTheLock()
    {
        IdleLock lock(600ms);
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.start();
        for (int i = 0; i < 6; ++i) { // 1.2 s of input every 200 ms
            QTest::qWait(200);
            input(i % 2 ? QEvent::KeyPress : QEvent::MouseMove);
        }
        QCOMPARE(locked.count(), 0);
        QVERIFY(locked.wait(5000)); // then, without input, it locks
        QVERIFY(lock.isLocked());
    }

    void quickHideLocksAtOnce()
    {
        IdleLock lock(10min);
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.start();
        lock.lockNow();
        QCOMPARE(locked.count(), 1);
        QVERIFY(lock.isLocked());
    }

    void inputDoesNotUnlock()
    {
        IdleLock lock(10min);
        QSignalSpy unlocked(&lock, &IdleLock::unlocked);
        lock.start();
        lock.lockNow();
        input(QEvent::MouseButtonPress);
        input(QEvent::KeyPress);
        QVERIFY(lock.isLocked());
        QCOMPARE(unlocked.count(), 0);
        lock.unlock();
        QVERIFY(!lock.isLocked());
        QCOMPARE(unlocked.count(), 1);
    }

    void stopEndsALockWithoutUnlocking()
    {
        // Sign-out while locked: the next sign-in starts unlocked, and no unlocked() claims that
        // the password was checked.
        IdleLock lock(10min);
        QSignalSpy unlocked(&lock, &IdleLock::unlocked);
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.start();
        lock.lockNow();
        lock.stop();
        QVERIFY(!lock.isLocked());
        QCOMPARE(unlocked.count(), 0);
        lock.start();
        lock.lockNow();
        QCOMPARE(locked.count(), 2);
    }

    void testOverrideShortensThePeriod()
    {
        IdleLock lock(IdleLock::deploymentPeriod(1min));
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.overridePeriodForTesting(200ms);
        QCOMPARE(lock.period(), 200ms);
        lock.start();
        QVERIFY(locked.wait(5000));
    }

    void stoppedLockNeverLocks()
    {
        IdleLock lock(100ms);
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.start();
        lock.stop();
        input(QEvent::KeyPress); // input does not restart a stopped lock
        QVERIFY(!locked.wait(500));
        QVERIFY(!lock.isLocked());
    }
};

QTEST_GUILESS_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
