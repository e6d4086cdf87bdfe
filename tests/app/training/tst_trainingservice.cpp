// TrainingService: the real ServiceHost on its own thread, answering the real client.

#include "app/net/ServiceClient.h"
#include "app/training/TrainingService.h"
#include "models/domain/ErrorCode.h"
#include "tests/app/support/ReplyWaiter.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using tv::training::TrainingService;

namespace {
constexpr int StartMs = 30000;

bool portAcceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}
} // namespace

class TestTrainingService final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startServeStop();
    void stopWhileStarting();
    void destroyWhileRunning();
};

void TestTrainingService::startServeStop()
{
    TrainingService service;
    QSignalSpy started(&service, &TrainingService::started);
    QSignalSpy failed(&service, &TrainingService::failed);
    QSignalSpy stopped(&service, &TrainingService::stopped);

    service.start();
    QVERIFY(service.isStarting());
    QVERIFY(!service.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(started.count() + failed.count(), 1, StartMs);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty()
                 ? ""
                 : qPrintable(failed.constFirst().constFirst().value<tv::Error>().message));
    QVERIFY(service.isRunning());
    QVERIFY(!service.isStarting());

    // On loopback, plain http (the one exception ServiceClient allows), on a port of its own.
    const QUrl baseUrl = service.baseUrl();
    QCOMPARE(started.constFirst().constFirst().toUrl(), baseUrl);
    QCOMPARE(baseUrl.scheme(), u"http"_s);
    QVERIFY(QHostAddress(baseUrl.host()).isLoopback());
    QVERIFY(baseUrl.port() > 0);
    const auto account = service.demoAccount();
    QVERIFY(account.has_value());
    QVERIFY(!account->email.isEmpty());
    QVERIFY(account->password.size() >= 12);

    // The service answers from its own thread while this one waits in the event loop.
    ServiceClient client;
    client.setBaseUrl(baseUrl);
    const Recorder<tv::Health> healthy(client.health());
    QTRY_COMPARE(healthy.succeeded(), 1);
    QVERIFY(healthy.first().value().training);

    const Recorder<tv::SessionGrant> granted(
        client.login(tv::LoginRequest{account->email, account->password}));
    QTRY_COMPARE_WITH_TIMEOUT(granted.succeeded(), 1, StartMs);
    const auto grant = granted.first().value();
    QCOMPARE(grant.user.role, tv::Role::Trainer);
    QCOMPARE(grant.user.displayName, u"Demo Trainer"_s);

    service.stop();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!service.isRunning());
    QVERIFY(!service.baseUrl().isValid());
    QVERIFY(!service.demoAccount());
    QVERIFY(!portAcceptsConnections(quint16(baseUrl.port())));

    // It can start again, on a fresh database with a fresh password.
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, StartMs);
    QVERIFY(service.demoAccount().has_value());
    QCOMPARE_NE(service.demoAccount()->password, account->password);
    QCOMPARE(failed.count(), 0);
}

void TestTrainingService::stopWhileStarting()
{
    TrainingService service;
    QSignalSpy started(&service, &TrainingService::started);
    QSignalSpy stopped(&service, &TrainingService::stopped);
    service.start();
    service.stop(); // waits for the thread, whatever it was doing
    QVERIFY(!service.isStarting());
    QVERIFY(!service.isRunning());
    QCOMPARE(stopped.count(), 0); // it never ran
    QTest::qWait(200);
    QCOMPARE(started.count(), 0); // a start that finished meanwhile is not reported
}

void TestTrainingService::destroyWhileRunning()
{
    QUrl baseUrl;
    {
        TrainingService service;
        QSignalSpy started(&service, &TrainingService::started);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, StartMs);
        baseUrl = service.baseUrl();
        QVERIFY(portAcceptsConnections(quint16(baseUrl.port())));
    }
    QVERIFY(!portAcceptsConnections(quint16(baseUrl.port())));
}

QTEST_GUILESS_MAIN(TestTrainingService)
#include "tst_trainingservice.moc"
