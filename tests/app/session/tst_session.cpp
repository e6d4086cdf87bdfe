// Session against a real ServiceHost on loopback (SQLite, training data).

#include "ServiceHost.h"
#include "domain/ErrorCode.h"
#include "net/ServiceClient.h"
#include "session/Session.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::LoginRequest;
using tv::net::ServiceClient;
using tv::session::Session;

class TestSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void signInAndOut();
    void refusedSignIn();
    void signOutWhileSigningIn();
    void signingInAgainEndsTheFirstSession();
    void outlivesItsClient();

private:
    std::unique_ptr<tv::server::ServiceHost> m_host;
    LoginRequest m_trainer;
};

void TestSession::initTestCase()
{
    tv::server::ServerConfig config;
    config.training = true;
    m_host = std::make_unique<tv::server::ServiceHost>(config);
    const tv::Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    const auto account = m_host->trainingAccount();
    QVERIFY(account.has_value());
    m_trainer = LoginRequest{account->email, account->password};
}

void TestSession::cleanupTestCase()
{
    m_host.reset();
}

void TestSession::signInAndOut()
{
    ServiceClient client;
    client.setBaseUrl(m_host->baseUrl());
    Session session(&client);
    QSignalSpy signingIn(&session, &Session::signingInChanged);
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy signedOut(&session, &Session::signedOut);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QVERIFY(!session.isSignedIn());
    QVERIFY(!session.user());

    session.signIn(m_trainer);
    QVERIFY(session.isSigningIn());
    QCOMPARE(signingIn.count(), 1);
    QCOMPARE(signingIn.constFirst().constFirst().toBool(), true);
    QTRY_COMPARE(signedIn.count(), 1);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(signingIn.count(), 2);
    QCOMPARE(signingIn.constLast().constFirst().toBool(), false);

    const auto user = signedIn.constFirst().constFirst().value<tv::User>();
    QCOMPARE(user.email, m_trainer.email);
    QCOMPARE(user.role, tv::Role::Trainer);
    QVERIFY(session.isSignedIn());
    QVERIFY(!session.isSigningIn());
    QCOMPARE(session.user(), user);
    QVERIFY(session.expiresAt() > QDateTime::currentDateTimeUtc());
    QVERIFY(client.hasAccessToken()); // the client now sends the token

    session.signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!session.isSignedIn());
    QVERIFY(!session.user());
    QVERIFY(!session.expiresAt().isValid());
    QVERIFY(!client.hasAccessToken());

    session.signOut(); // nothing left to end
    QCOMPARE(signedOut.count(), 1);
}

void TestSession::refusedSignIn()
{
    ServiceClient client;
    client.setBaseUrl(m_host->baseUrl());
    Session session(&client);
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy errors(&session, &Session::errorOccurred);

    session.signIn(LoginRequest{m_trainer.email, u"wrong password"_s});
    QTRY_COMPARE(errors.count(), 1);
    const auto error = errors.constFirst().constFirst().value<tv::Error>();
    QCOMPARE(error.code, QString(tv::errc::InvalidCredentials));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!session.isSignedIn());
    QVERIFY(!session.isSigningIn());
    QVERIFY(!client.hasAccessToken());
}

void TestSession::signOutWhileSigningIn()
{
    // A service that accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ServiceClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
    Session session(&client);
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy signedOut(&session, &Session::signedOut);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy signingIn(&session, &Session::signingInChanged);

    session.signIn(m_trainer);
    QTRY_VERIFY(silent.hasPendingConnections()); // the request is out
    session.signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!session.isSigningIn());
    QCOMPARE(signingIn.count(), 2);
    QCOMPARE(signingIn.constLast().constFirst().toBool(), false);
    QTest::qWait(200);
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(errors.count(), 0);
}

void TestSession::signingInAgainEndsTheFirstSession()
{
    ServiceClient client;
    client.setBaseUrl(m_host->baseUrl());
    Session session(&client);
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy signedOut(&session, &Session::signedOut);
    QSignalSpy errors(&session, &Session::errorOccurred);

    session.signIn(m_trainer);
    QTRY_COMPARE(signedIn.count(), 1);
    session.signIn(LoginRequest{m_trainer.email, u"wrong password"_s});
    QCOMPARE(signedOut.count(), 1); // the first session is over before the second begins
    QVERIFY(!session.isSignedIn());
    QVERIFY(!client.hasAccessToken());
    QTRY_COMPARE(errors.count(), 1);
    QVERIFY(!session.isSignedIn());
}

void TestSession::outlivesItsClient()
{
    auto client = std::make_unique<ServiceClient>();
    client->setBaseUrl(m_host->baseUrl());
    Session session(client.get());
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.signIn(m_trainer);
    QTRY_COMPARE(signedIn.count(), 1);
    client.reset();
    session.signOut(); // must not touch the client that is gone
    QVERIFY(!session.isSignedIn());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
