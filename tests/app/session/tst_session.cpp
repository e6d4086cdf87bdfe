// Session against the real service on loopback (TrainingHost: training data in an SQLite file),
// whose second connection to that file changes what the service knows (SQL) behind its back.

#include "app/net/ServiceClient.h"
#include "app/session/Session.h"
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/auth/Totp.h"
#include "server/db/Database.h"
#include "tests/app/support/ReplyWaiter.h"
#include "tests/app/support/TrainingHost.h"
#include "tests/support/TestHttpClient.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// The HTTP status GET /me gets with `token`.
int meStatus(const QUrl &baseUrl, const QString &token)
{
    tv::test::TestHttpClient http(baseUrl);
    http.setBearerToken(token);
    return http.get(u"/api/v1/me"_s).status;
}

} // namespace

class TestSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void signInAndOut();
    void refusedSignIn();
    void signOutWhileSigningIn();
    void signingInAgainEndsTheFirstSession();
    void outlivesItsClient();
    void readsTheAccountAfterSignIn();
    void signOutRevokesOnTheServer();
    void signOutWipesLocallyWhenTheServerIsDown();
    void refreshReplacesTheToken();
    void newStatementMustBeAccepted();
    void expiredSessionHasItsOwnMessage();
    void lapsedDbsIsNamed();
    void lockAndUnlock();
    void twoStepSignIn(); // last: it enrols the trainer in two-step sign-in

private:
    // Signs `session` in as the trainer and waits until it is ready.
    bool signInReady(Session &session);

    tv::test::TrainingHost m_host;
    LoginRequest m_trainer;
};

void TestSession::initTestCase()
{
    const tv::Status started = m_host.start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    m_trainer = m_host.trainer();
}

bool TestSession::signInReady(Session &session)
{
    QSignalSpy ready(&session, &Session::ready);
    session.signIn(m_trainer);
    return QTest::qWaitFor([&] { return !ready.isEmpty(); }, WaitMs);
}

void TestSession::signInAndOut()
{
    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
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
    // Signed out on purpose: no reason to give.
    QVERIFY(!signedOut.constFirst().constFirst().value<std::optional<Error>>());
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
    client.setBaseUrl(m_host.baseUrl());
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
    client.setBaseUrl(m_host.baseUrl());
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
    client->setBaseUrl(m_host.baseUrl());
    Session session(client.get());
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.signIn(m_trainer);
    QTRY_COMPARE(signedIn.count(), 1);
    client.reset();
    session.signOut(); // must not touch the client that is gone
    QVERIFY(!session.isSignedIn());
}

void TestSession::readsTheAccountAfterSignIn()
{
    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
    Session session(&client);
    QSignalSpy status(&session, &Session::accountStatusChanged);
    QSignalSpy ready(&session, &Session::ready);
    QSignalSpy statement(&session, &Session::statementRequired);
    QSignalSpy lapsed(&session, &Session::accessLapsed);
    QVERIFY(!session.accountStatus());

    session.signIn(m_trainer);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WaitMs);
    QCOMPARE(status.count(), 1);
    QCOMPARE(statement.count(), 0);
    QCOMPARE(lapsed.count(), 0);
    const auto account = ready.constFirst().constFirst().value<tv::AccountStatus>();
    QVERIFY(account.unmet.isEmpty());
    QCOMPARE(account.user.email, m_trainer.email);
    QVERIFY(account.sessionExpiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(session.accountStatus(), account);
    QCOMPARE(session.expiresAt(), account.sessionExpiresAt);
    session.signOut();
    QVERIFY(!session.accountStatus());
}

void TestSession::signOutRevokesOnTheServer()
{
    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
    Session session(&client);
    QSignalSpy signedOut(&session, &Session::signedOut);
    QVERIFY(signInReady(session));
    const QString token = client.accessToken();
    QVERIFY(!token.isEmpty());
    QCOMPARE(meStatus(m_host.baseUrl(), token), 200);

    session.signOut();
    QCOMPARE(signedOut.count(), 1); // at once, without waiting for the server
    QVERIFY(!client.hasAccessToken());
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_host.baseUrl(), token), 401, WaitMs);
}

void TestSession::signOutWipesLocallyWhenTheServerIsDown()
{
    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
    client.setTransferTimeout(2s);
    Session session(&client);
    QSignalSpy signedOut(&session, &Session::signedOut);
    QVERIFY(signInReady(session));

    QTcpServer closed; // a port that was free a moment ago and is closed again
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    session.signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!session.isSignedIn());
    QVERIFY(!session.user());
    QVERIFY(!client.hasAccessToken());
}

void TestSession::refreshReplacesTheToken()
{
    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
    Session session(&client);
    QCOMPARE(session.refreshInterval(), Session::DefaultRefreshInterval);
    session.setRefreshInterval(300ms);
    QSignalSpy refreshed(&session, &Session::refreshed);
    QVERIFY(signInReady(session));
    const QString first = client.accessToken();
    const QDateTime end = session.expiresAt();

    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, WaitMs);
    const QString second = client.accessToken();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(session.expiresAt(), end); // the absolute end stays
    QCOMPARE(meStatus(m_host.baseUrl(), first), 401);
    session.setRefreshInterval(1h); // so the next check is not racing a refresh
    QCOMPARE(meStatus(m_host.baseUrl(), client.accessToken()), 200);

    // A locked session refreshes nothing.
    session.setRefreshInterval(100ms);
    session.lock();
    const qsizetype count = refreshed.count();
    QTest::qWait(500);
    QCOMPARE(refreshed.count(), count);
    session.signOut();
}

void TestSession::newStatementMustBeAccepted()
{
    QVERIFY(
        m_host.sql(u"INSERT INTO data_protection_statements (version, body, published_at)"
                   u" VALUES (2, 'Version two of the statement.', :at)"_s,
                   {{u":at"_s, tv::server::db::Database::toDb(QDateTime::currentDateTimeUtc())}}));
    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
    Session session(&client);
    QSignalSpy statement(&session, &Session::statementRequired);
    QSignalSpy ready(&session, &Session::ready);
    QSignalSpy lapsed(&session, &Session::accessLapsed);
    session.signIn(m_trainer);
    QTRY_COMPARE_WITH_TIMEOUT(statement.count(), 1, WaitMs);
    const auto asked = statement.constFirst().constFirst().value<tv::Statement>();
    QCOMPARE(asked.version, 2);
    QCOMPARE(asked.body, u"Version two of the statement."_s);
    QVERIFY(!asked.accepted);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(lapsed.count(), 0);
    QVERIFY(session.accountStatus()->unmet.contains(
        tv::conditions::wireName(tv::AccessCondition::StatementAccepted)));

    // Person data is refused until it is accepted.
    const auto refused =
        await<tv::SearchResults>(client.search(tv::test::searchByName(u"Smith"_s)));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QString(tv::errc::AccessLapsed));

    session.acceptStatement(2);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WaitMs);
    QCOMPARE(session.accountStatus()->statementVersionAccepted, 2);
    QCOMPARE(statement.count(), 1);
    const auto allowed =
        await<tv::SearchResults>(client.search(tv::test::searchByName(u"Smith"_s)));
    QVERIFY2(allowed.ok(), qPrintable(allowed ? QString() : allowed.error().message));
    session.signOut();
}

void TestSession::expiredSessionHasItsOwnMessage()
{
    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
    Session session(&client);
    QSignalSpy signedOut(&session, &Session::signedOut);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QVERIFY(signInReady(session));
    QVERIFY(m_host.sql(u"UPDATE sessions SET expires_at = :past WHERE revoked_at IS NULL"_s,
                       {{u":past"_s, tv::server::db::Database::toDb(
                                         QDateTime::currentDateTimeUtc().addSecs(-60))}}));

    const auto expired = await<tv::AccountStatus>(client.me());
    QVERIFY(!expired);
    QCOMPARE(expired.error().code, QString(tv::errc::SessionExpired));
    QVERIFY(expired.error().message.contains(u"expired"_s));

    // The UI hands such errors to the session, which ends here too, and says why with the end
    // itself (not as a separate error that the sign-out would follow).
    session.handleServiceError(expired.error());
    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(errors.count(), 0);
    const auto reason = signedOut.constFirst().constFirst().value<std::optional<Error>>();
    QVERIFY(reason);
    QCOMPARE(reason->code, QString(tv::errc::SessionExpired));
    QCOMPARE(reason->message, expired.error().message);
    QVERIFY(!session.isSignedIn());
    QVERIFY(!client.hasAccessToken());
}

void TestSession::lapsedDbsIsNamed()
{
    const QDate lapsed = QDate::currentDate().addYears(-4);
    QVERIFY(m_host.sql(
        u"UPDATE users SET dbs_certificate_date = :date WHERE lower(email) = lower(:email)"_s,
        {{u":date"_s, tv::server::db::Database::toDb(lapsed)}, {u":email"_s, m_trainer.email}}));
    const auto restore = qScopeGuard([&] {
        m_host.sql(
            u"UPDATE users SET dbs_certificate_date = :date WHERE lower(email) = lower(:email)"_s,
            {{u":date"_s, tv::server::db::Database::toDb(QDate::currentDate().addMonths(-1))},
             {u":email"_s, m_trainer.email}});
    });

    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
    Session session(&client);
    QSignalSpy accessLapsed(&session, &Session::accessLapsed);
    QSignalSpy ready(&session, &Session::ready);
    session.signIn(m_trainer);
    QTRY_COMPARE_WITH_TIMEOUT(accessLapsed.count(), 1, WaitMs);
    QCOMPARE(ready.count(), 0);
    const auto error = accessLapsed.constFirst().constFirst().value<Error>();
    const QString dbs = tv::conditions::wireName(tv::AccessCondition::DbsCurrent);
    QCOMPARE(error.code, QString(tv::errc::AccessLapsed));
    QCOMPARE(error.unmet, QStringList{dbs});
    QVERIFY2(error.message.contains(tv::conditions::text(tv::AccessCondition::DbsCurrent)),
             qPrintable(error.message));
    QVERIFY(error.message.contains(u"DBS"_s));

    // A data request gets the same words from the client.
    const auto refused =
        await<tv::SearchResults>(client.search(tv::test::searchByName(u"Smith"_s)));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QString(tv::errc::AccessLapsed));
    QCOMPARE(refused.error().unmet, QStringList{dbs});
    QCOMPARE(refused.error().message, error.message);
    session.signOut();
}

void TestSession::lockAndUnlock()
{
    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
    Session session(&client);
    QSignalSpy locked(&session, &Session::locked);
    QSignalSpy unlocked(&session, &Session::unlocked);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QSignalSpy ready(&session, &Session::ready);
    QVERIFY(signInReady(session));
    const QString first = client.accessToken();

    session.lock();
    QCOMPARE(locked.count(), 1);
    QVERIFY(session.isLocked());
    QVERIFY(session.isSignedIn());
    QVERIFY(!client.hasAccessToken());                // nothing more can be asked for
    QCOMPARE(meStatus(m_host.baseUrl(), first), 200); // nothing forgotten on the server

    session.unlock(u"wrong password"_s);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, WaitMs);
    QCOMPARE(errors.constFirst().constFirst().value<Error>().code,
             QString(tv::errc::InvalidCredentials));
    QVERIFY(session.isLocked());
    QCOMPARE(unlocked.count(), 0);

    session.unlock(m_trainer.password);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, WaitMs);
    QVERIFY(!session.isLocked());
    const QString second = client.accessToken();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(meStatus(m_host.baseUrl(), first), 401, WaitMs);
    QCOMPARE(meStatus(m_host.baseUrl(), second), 200);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, WaitMs); // /me is read again
    session.signOut();
}

void TestSession::twoStepSignIn()
{
    // Enrol the trainer through the API with a code computed here.
    ServiceClient client;
    client.setBaseUrl(m_host.baseUrl());
    Session session(&client);
    QSignalSpy codeRequired(&session, &Session::codeRequired);
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QVERIFY(signInReady(session));
    tv::test::TestHttpClient http(m_host.baseUrl());
    http.setBearerToken(client.accessToken());
    const auto enrol = http.postJson(u"/api/v1/auth/mfa/enrol"_s, {});
    QCOMPARE(enrol.status, 200);
    const auto enrolment = tv::wire::fromJson<tv::MfaEnrolment>(enrol.json());
    QVERIFY(enrolment.ok());
    const QByteArray secret =
        tv::server::auth::Totp::fromBase32(enrolment.value().secret).value_or(QByteArray());
    using tv::server::auth::Totp;
    const qint64 step = Totp::stepAt(QDateTime::currentDateTimeUtc());
    const auto confirmed = http.postJson(
        u"/api/v1/auth/mfa/confirm"_s,
        tv::wire::serialize(tv::wire::toJson(tv::MfaConfirmation{Totp::code(secret, step)})));
    QCOMPARE(confirmed.status, 200);
    const auto recovery = tv::wire::fromJson<tv::RecoveryCodes>(confirmed.json());
    QVERIFY(recovery.ok());
    session.signOut();
    signedIn.clear();

    // Without a code: asked for one, not signed in, no error.
    session.signIn(m_trainer);
    QTRY_COMPARE_WITH_TIMEOUT(codeRequired.count(), 1, WaitMs);
    QCOMPARE(signedIn.count(), 0);
    QCOMPARE(errors.count(), 0);
    QVERIFY(!session.isSignedIn());
    QVERIFY(!client.hasAccessToken());

    // A wrong code is refused, in words about the code (the password was right) that say it
    // can be tried again; the next step's code (within the drift allowed) signs in.
    LoginRequest withCode = m_trainer;
    withCode.code = Totp::code(secret, step + 40);
    session.signIn(withCode);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, WaitMs);
    QCOMPARE(codeRequired.count(), 1);
    const Error wrongCode = errors.constFirst().constFirst().value<Error>();
    QCOMPARE(wrongCode.code, QString(tv::errc::InvalidCode));
    QVERIFY2(wrongCode.message.startsWith(u"The code was not right"_s),
             qPrintable(wrongCode.message));
    QVERIFY2(wrongCode.message.contains(u"you can try again"_s), qPrintable(wrongCode.message));
    QVERIFY2(!wrongCode.message.contains(u"email"_s, Qt::CaseInsensitive),
             qPrintable(wrongCode.message));
    QCOMPARE(signedIn.count(), 0);
    // A recovery code works in place of the app's code, once (typed in capitals, without its
    // hyphen); a second use is a wrong code. (An email's first failures cost no wait.)
    withCode.code = recovery.value().codes.at(0).toUpper().remove(u'-');
    session.signIn(withCode);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, WaitMs);
    session.signOut();
    session.signIn(withCode);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 2, WaitMs);
    QCOMPARE(errors.constLast().constFirst().value<Error>().code, QString(tv::errc::InvalidCode));
    withCode.code = Totp::code(secret, step + 1);
    session.signIn(withCode);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 2, WaitMs);
    QVERIFY(session.isSignedIn());

    // Unlocking such an account needs a code too.
    session.lock();
    session.unlock(m_trainer.password);
    QTRY_COMPARE_WITH_TIMEOUT(codeRequired.count() + errors.count(), 4, WaitMs);
    QVERIFY(session.isLocked());
    session.signOut();
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
