// The identity routes over HTTP, against a real ApiServer: throttling and lockout, two-step
// sign-in, sessions (idle, lifetime, refresh, logout, two instances), activation, /me.
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/auth/Totp.h"
#include "server/seed/TrainingSeeder.h"
#include "tests/support/ServerTestNames.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using tv::server::auth::SecretBox;
using tv::server::auth::Totp;

namespace {

const QString Email = u"jo.bloggs@school.example"_s;
const QString Password = u"violet kettle harbour"_s;
const QDate AsOf(2026, 11, 24);
const QDateTime Start(AsOf, QTime(9, 0), QTimeZone::utc());
constexpr int LockAfter = 6;

QByteArray loginBody(const QString &email, const QString &password,
                     std::optional<QString> code = std::nullopt)
{
    return tv::wire::serialize(tv::wire::toJson(LoginRequest{email, password, code}));
}

// One service on one database; a second one on the same database when asked.
struct Instance {
    std::unique_ptr<Database> db;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<TestHttpClient> client;

    // Users first, the database last.
    void reset()
    {
        client.reset();
        api.reset();
        auth.reset();
        db.reset();
    }
};

} // namespace

class TestAuthRoutes final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    Instance m_one;
    QDateTime m_now;
    QString m_userId;

    TestHttpClient &client() { return *m_one.client; }

    tv::Result<Instance> startInstance(const ApiServer::Options &apiOptions = {false, AsOf, {}})
    {
        Instance instance;
        auto db = m_test->openMigrated();
        if (!db)
            return db.error();
        instance.db = std::move(db).value();
        AuthService::Options options;
        options.lockoutAfterFailures = LockAfter;
        options.lockout = std::chrono::minutes(15);
        options.secrets = SecretBox::random();
        options.clock = [this] {
            return m_now;
        };
        instance.auth = std::make_unique<AuthService>(*instance.db, options);
        auto api = tv::test::listeningApi(*instance.db, *instance.auth, apiOptions);
        if (!api)
            return api.error();
        instance.api = std::move(api).value();
        instance.client = std::make_unique<TestHttpClient>(instance.api->baseUrl());
        return instance;
    }

    QString createUser(const QString &email, Role role)
    {
        auto organisation = m_one.auth->users().ensureOrganisation(u"Example Academy"_s);
        if (!organisation)
            return {};
        auto user = m_one.auth->users().createUser(
            NewUser{email, u"Jo Bloggs"_s, role, organisation.value(), Password});
        return user ? user.value().id : QString();
    }

    HttpResult login(const QString &email, const QString &password,
                     std::optional<QString> code = std::nullopt)
    {
        return client().postJson(u"/api/v1/auth/login"_s, loginBody(email, password, code));
    }

    QString signIn()
    {
        const HttpResult result = login(Email, Password);
        return result.status == 200 ? result.json().value("token"_L1).toString() : QString();
    }

    int countRows(const QString &sql)
    {
        auto q = m_one.db->run(u"count", sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    tv::Status exec(const QString &sql, const QVariantMap &bindings)
    {
        auto q = m_one.db->run(u"change a test row", sql, bindings);
        if (!q)
            return q.error();
        return tv::Done{};
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(Backend, backend);
        m_now = Start;
        auto test = TestDatabase::create(backend);
        TV_VERIFY_OK(test);
        m_test = std::move(test).value();
        auto one = startInstance();
        TV_VERIFY_OK(one);
        m_one = std::move(one).value();
        m_userId = createUser(Email, Role::Practitioner);
        QVERIFY(!m_userId.isEmpty());
    }

    void cleanup()
    {
        m_one.reset();
        m_test.reset();
    }

    void failedSignInsSlowDownThenLockAndNeverTellWhetherTheAccountExists_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("existing account") << Email;
        QTest::newRow("no such account") << u"nobody@school.example"_s;
    }

    void failedSignInsSlowDownThenLockAndNeverTellWhetherTheAccountExists()
    {
        QFETCH(QString, email);
        for (int i = 0; i < 3; ++i) {
            const HttpResult wrong = login(email, u"not the password at all"_s);
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.errorCode(), QString(tv::errc::InvalidCredentials));
        }
        // The fourth attempt must wait 2 s, even with the right password, unchecked.
        HttpResult early = login(email, Password);
        QCOMPARE(early.status, 429);
        QCOMPARE(early.errorCode(), QString(tv::errc::TooManyAttempts));
        QCOMPARE(early.header("Retry-After"_ba), "2"_ba);
        m_now = m_now.addSecs(2);
        QCOMPARE(login(email, u"not the password at all"_s).status, 401);
        early = login(email, Password);
        QCOMPARE(early.status, 429);
        QCOMPARE(early.header("Retry-After"_ba), "4"_ba);
        m_now = m_now.addSecs(4);
        QCOMPARE(login(email, u"not the password at all"_s).status, 401);
        QCOMPARE(login(email, Password).header("Retry-After"_ba), "8"_ba);
        m_now = m_now.addSecs(8);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM sign_in_locks"_s), 0);

        // The sixth failure locks the email for 15 minutes, audited without the email.
        const HttpResult locking = login(email, u"not the password at all"_s);
        QCOMPARE(locking.status, 401);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM sign_in_locks"_s), 1);
        const HttpResult locked = login(email, Password);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.header("Retry-After"_ba), "900"_ba);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_locked'"_s), 1);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed'"_s),
                 LockAfter);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%school%'"_s), 0);

        m_now = m_now.addSecs(15 * 60 - 1);
        QCOMPARE(login(email, Password).status, 429);
        m_now = m_now.addSecs(1);
        QCOMPARE(login(email, Password).status, email == Email ? 200 : 401);
    }

    void aSuccessfulSignInClearsTheEmailsFailures()
    {
        QCOMPARE(login(Email, u"not the password at all"_s).status, 401);
        QCOMPARE(login(Email, u"not the password at all"_s).status, 401);
        QCOMPARE(login(Email, Password).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(login(Email, u"not the password at all"_s).status, 401);
        QCOMPARE(login(Email, Password).status, 429);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'login'"_s), 1);
    }

    void twoStepSignIn()
    {
        const QString token = signIn();
        QVERIFY(!token.isEmpty());
        client().setBearerToken(token);
        const HttpResult enrol = client().postJson(u"/api/v1/auth/mfa/enrol"_s, {});
        QCOMPARE(enrol.status, 200);
        const auto enrolment = tv::wire::fromJson<tv::MfaEnrolment>(enrol.json());
        TV_VERIFY_OK(enrolment);
        QVERIFY(enrolment.value().otpauthUri.startsWith(
            u"otpauth://totp/TransformView:jo.bloggs@school.example?secret="_s));
        QVERIFY(enrolment.value().otpauthUri.endsWith(u"&issuer=TransformView"_s));
        const QByteArray secret =
            tv::server::auth::Totp::fromBase32(enrolment.value().secret).value_or(QByteArray());
        QCOMPARE(secret.size(), 20);
        // Only sealed in the database.
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM users WHERE mfa_pending_secret IS NOT NULL"_s),
                 1);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM users WHERE mfa_pending_secret LIKE '%"_s +
                           enrolment.value().secret + u"%'"_s),
                 0);

        const qint64 step = Totp::stepAt(m_now);
        const HttpResult wrongConfirm = client().postJson(
            u"/api/v1/auth/mfa/confirm"_s, tv::wire::serialize(tv::wire::toJson(
                                               tv::MfaConfirmation{Totp::code(secret, step + 5)})));
        QCOMPARE(wrongConfirm.status, 400);
        const HttpResult confirm = client().postJson(
            u"/api/v1/auth/mfa/confirm"_s,
            tv::wire::serialize(tv::wire::toJson(tv::MfaConfirmation{Totp::code(secret, step)})));
        QCOMPARE(confirm.status, 200);
        const auto codes = tv::wire::fromJson<tv::RecoveryCodes>(confirm.json());
        TV_VERIFY_OK(codes);
        QCOMPARE(codes.value().codes.size(), 10);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM recovery_codes"_s), 10);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'mfa_enrolled'"_s), 1);
        QCOMPARE(client().postJson(u"/api/v1/auth/mfa/enrol"_s, {}).status, 409);
        client().setBearerToken({});

        // The password alone is not enough now.
        const HttpResult noCode = login(Email, Password);
        QCOMPARE(noCode.status, 401);
        QCOMPARE(noCode.errorCode(), QString(tv::errc::MfaRequired));
        // The code used to confirm cannot sign in again; the next one can, once. With the
        // password right, the answer says it was the code (mfa_required said the password was
        // right already), in words about the code.
        const HttpResult usedCode = login(Email, Password, Totp::code(secret, step));
        QCOMPARE(usedCode.status, 401);
        QCOMPARE(usedCode.errorCode(), QString(tv::errc::InvalidCode));
        const QString usedWords =
            usedCode.json().value("error"_L1).toObject().value("message"_L1).toString();
        QVERIFY2(usedWords.startsWith(u"The code is not correct"_s), qPrintable(usedWords));
        QVERIFY2(!usedWords.contains(u"password"_s), qPrintable(usedWords));
        QCOMPARE(login(Email, Password, Totp::code(secret, step + 1)).status, 200);
        QCOMPARE(login(Email, Password, Totp::code(secret, step + 1)).errorCode(),
                 QString(tv::errc::InvalidCode));
        // A recovery code, in any case and spacing, once.
        const QString recovery = codes.value().codes.at(3);
        QCOMPARE(login(Email, Password, u" "_s + recovery.toUpper() + u" "_s).status, 200);
        QCOMPARE(login(Email, Password, recovery).errorCode(), QString(tv::errc::InvalidCode));
        // A wrong password with a right recovery code is still wrong (and never said to be the
        // code), and does not use it up.
        QCOMPARE(login(Email, u"not the password at all"_s, codes.value().codes.at(4)).errorCode(),
                 QString(tv::errc::InvalidCredentials));
        QCOMPARE(login(Email, Password, codes.value().codes.at(4)).status, 200);
    }

    void meDescribesTheAccount()
    {
        const HttpResult granted = login(Email, Password);
        QCOMPARE(granted.status, 200);
        client().setBearerToken(granted.json().value("token"_L1).toString());
        HttpResult result = client().get(u"/api/v1/me"_s);
        QCOMPARE(result.status, 200);
        auto me = tv::wire::fromJson<tv::AccountStatus>(result.json());
        TV_VERIFY_OK(me);
        QCOMPARE(me.value().user.id, m_userId);
        QCOMPARE(me.value().unmet,
                 (QStringList{u"email_verified"_s, u"dbs_current"_s, u"training_completed"_s,
                              u"safer_recruitment_confirmed"_s, u"organisation_agreement_current"_s,
                              u"statement_accepted"_s}));
        QCOMPARE(me.value().mfaEnrolled, false);
        QCOMPARE(me.value().mfaRequired, false);
        QCOMPARE(me.value().statementVersionAccepted, std::optional<int>());
        QCOMPARE(me.value().currentStatementVersion, std::optional<int>(1));
        QCOMPARE(me.value().sessionExpiresAt,
                 tv::wire::fromJson<tv::SessionGrant>(granted.json()).value().expiresAt);
        // Session routes work with conditions unmet; data routes do not.
        QCOMPARE(client().get(u"/api/v1/sources"_s).errorCode(), QString(tv::errc::AccessLapsed));

        TV_VERIFY_OK(tv::server::seed::TrainingSeeder::clearForAccess(*m_one.db, m_userId, AsOf));
        me = tv::wire::fromJson<tv::AccountStatus>(client().get(u"/api/v1/me"_s).json());
        TV_VERIFY_OK(me);
        QVERIFY(me.value().unmet.isEmpty());
        QCOMPARE(me.value().statementVersionAccepted, std::optional<int>(1));
        QCOMPARE(client().get(u"/api/v1/sources"_s).status, 200);
        client().setBearerToken({});
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 401);
    }

    void anAdminWithoutTwoStepGetsASessionButNoAdminOrData()
    {
        const QString adminEmail = u"admin@transform.example"_s;
        const QString adminId = createUser(adminEmail, Role::Admin);
        TV_VERIFY_OK(tv::server::seed::TrainingSeeder::clearForAccess(*m_one.db, adminId, AsOf));
        const HttpResult granted = login(adminEmail, Password);
        QCOMPARE(granted.status, 200);
        client().setBearerToken(granted.json().value("token"_L1).toString());
        const auto me = tv::wire::fromJson<tv::AccountStatus>(client().get(u"/api/v1/me"_s).json());
        TV_VERIFY_OK(me);
        QCOMPARE(me.value().mfaRequired, true);
        QCOMPARE(me.value().unmet, QStringList{u"mfa_enrolled"_s});
        const HttpResult data = client().get(u"/api/v1/sources"_s);
        QCOMPARE(data.status, 403);
        QCOMPARE(data.json().value("error"_L1).toObject().value("unmet"_L1).toArray(),
                 QJsonArray{u"mfa_enrolled"_s});
        QCOMPARE(client().postJson(u"/api/v1/auth/mfa/enrol"_s, {}).status, 200);
    }

    void sessionsEndWhenIdleAndAtTheirAbsoluteEnd()
    {
        client().setBearerToken(signIn());
        // Used every 29 minutes, it lives until its 8 hours are up.
        QDateTime lastSeen = m_now;
        while (m_now.addSecs(29 * 60) < Start.addSecs(8 * 3600)) {
            m_now = m_now.addSecs(29 * 60);
            QCOMPARE(client().get(u"/api/v1/me"_s).status, 200);
            lastSeen = m_now;
        }
        auto seen = m_one.db->run(u"read", u"SELECT last_seen_at FROM sessions"_s);
        TV_VERIFY_OK(seen);
        QVERIFY(seen.value().next());
        QCOMPARE(Database::dateTimeFromDb(seen.value().value(0)), lastSeen);
        m_now = Start.addSecs(8 * 3600);
        QCOMPARE(client().get(u"/api/v1/me"_s).errorCode(), QString(tv::errc::SessionExpired));

        // Unused for 30 minutes, it ends.
        m_now = Start;
        client().setBearerToken(signIn());
        m_now = m_now.addSecs(30 * 60 - 1);
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 200);
        m_now = m_now.addSecs(30 * 60);
        QCOMPARE(client().get(u"/api/v1/me"_s).errorCode(), QString(tv::errc::SessionExpired));
    }

    void lastSeenIsWrittenAtMostOnceAMinute()
    {
        client().setBearerToken(signIn());
        m_now = m_now.addSecs(59);
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 200);
        auto seen = m_one.db->run(u"read", u"SELECT last_seen_at FROM sessions"_s);
        TV_VERIFY_OK(seen);
        QVERIFY(seen.value().next());
        QCOMPARE(Database::dateTimeFromDb(seen.value().value(0)), Start);
        m_now = m_now.addSecs(1);
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 200);
        seen = m_one.db->run(u"read", u"SELECT last_seen_at FROM sessions"_s);
        TV_VERIFY_OK(seen);
        QVERIFY(seen.value().next());
        QCOMPARE(Database::dateTimeFromDb(seen.value().value(0)), Start.addSecs(60));
    }

    void refreshReplacesTheTokenAndLogoutEndsIt()
    {
        const HttpResult granted = login(Email, Password);
        const QString first = granted.json().value("token"_L1).toString();
        client().setBearerToken(first);
        m_now = m_now.addSecs(20 * 60);
        const HttpResult refreshed = client().postJson(u"/api/v1/auth/refresh"_s, {});
        QCOMPARE(refreshed.status, 200);
        const auto grant = tv::wire::fromJson<tv::SessionGrant>(refreshed.json());
        TV_VERIFY_OK(grant);
        QVERIFY(grant.value().token != first);
        QCOMPARE(grant.value().expiresAt, Start.addSecs(8 * 3600)); // the same absolute end
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 401);
        client().setBearerToken(grant.value().token);
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 200);

        const HttpResult out = client().postJson(u"/api/v1/auth/logout"_s, {});
        QCOMPARE(out.status, 200);
        QCOMPARE(out.json().value("signedOut"_L1).toBool(), true);
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 401);
        QCOMPARE(client().postJson(u"/api/v1/auth/logout"_s, {}).status, 401);
    }

    void twoInstancesServeTheSameSessions()
    {
        auto two = startInstance();
        TV_VERIFY_OK(two);
        Instance other = std::move(two).value();
        const auto stop = qScopeGuard([&other] { other.reset(); });
        QVERIFY(other.db->connectionName() != m_one.db->connectionName());
        const QString token = signIn();
        other.client->setBearerToken(token);
        client().setBearerToken(token);
        QCOMPARE(other.client->get(u"/api/v1/me"_s).status, 200);
        QCOMPARE(other.client->postJson(u"/api/v1/auth/logout"_s, {}).status, 200);
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 401);
        QCOMPARE(other.client->get(u"/api/v1/me"_s).status, 401);
    }

    void suspendedAndInvitedAccountsCannotSignIn_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("suspended") << u"UPDATE users SET suspended_at = :at"_s;
        QTest::newRow("password taken away") << u"UPDATE users SET password_hash = '!'"_s;
    }

    void suspendedAndInvitedAccountsCannotSignIn()
    {
        QFETCH(QString, sql);
        client().setBearerToken(signIn());
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 200);
        QVariantMap bindings;
        if (sql.contains(u":at"_s))
            bindings.insert(u":at"_s, Database::toDb(m_now));
        TV_VERIFY_OK(exec(sql, bindings));
        QCOMPARE(client().get(u"/api/v1/me"_s).errorCode(), QString(tv::errc::Unauthenticated));
        const HttpResult again = login(Email, Password);
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), QString(tv::errc::InvalidCredentials));
    }

    void activationSetsThePasswordOnce()
    {
        const QString code = u"K7P2-9QXM-4TDA"_s;
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex());
        TV_VERIFY_OK(exec(u"UPDATE users SET password_hash = '!', activation_code_hash = :hash,"
                          u" activation_expires_at = :until"_s,
                          {{u":hash"_s, hash}, {u":until"_s, Database::toDb(m_now.addDays(7))}}));
        QCOMPARE(login(Email, Password).status, 401);
        const auto activate = [this](const QString &c, const QString &password) {
            return client().postJson(
                u"/api/v1/auth/activate"_s,
                tv::wire::serialize(tv::wire::toJson(tv::ActivationRequest{Email, c, password})));
        };
        QCOMPARE(activate(u"K7P2-9QXM-4TDB"_s, u"a brand new passphrase"_s).errorCode(),
                 QString(tv::errc::InvalidCredentials));
        const HttpResult weak = activate(code, u"password123456"_s);
        QCOMPARE(weak.status, 422);
        QCOMPARE(weak.errorCode(), QString(tv::errc::WeakPassword));
        const HttpResult done = activate(code, u"a brand new passphrase"_s);
        QCOMPARE(done.status, 200);
        TV_VERIFY_OK(tv::wire::fromJson<tv::SessionGrant>(done.json()));
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM users WHERE email_verified_at IS NOT NULL"
                           u" AND activation_code_hash IS NULL"_s),
                 1);
        QCOMPARE(activate(code, u"another new passphrase"_s).status, 401);
        QCOMPARE(login(Email, u"a brand new passphrase"_s).status, 200);
    }

    void anExpiredActivationCodeIsRefused()
    {
        const QString code = u"expired-code-1"_s;
        TV_VERIFY_OK(exec(
            u"UPDATE users SET password_hash = '!', activation_code_hash = :hash,"
            u" activation_expires_at = :until"_s,
            {{u":hash"_s,
              QString::fromLatin1(
                  QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex())},
             {u":until"_s, Database::toDb(m_now)}}));
        const HttpResult result = client().postJson(
            u"/api/v1/auth/activate"_s, tv::wire::serialize(tv::wire::toJson(tv::ActivationRequest{
                                            Email, code, u"a brand new passphrase"_s})));
        QCOMPARE(result.status, 401);
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM sign_in_failures"_s), 2); // email + address
    }

    void anEnrolledAccountIsNeverActivatedByACodeAlone()
    {
        const QString code = u"valid-code-for-an-enrolled-account"_s;
        TV_VERIFY_OK(exec(
            u"UPDATE users SET activation_code_hash = :hash, activation_expires_at = :until,"
            u" mfa_secret = 'sealed', mfa_enrolled_at = :now"_s,
            {{u":hash"_s,
              QString::fromLatin1(
                  QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex())},
             {u":until"_s, Database::toDb(m_now.addDays(7))},
             {u":now"_s, Database::toDb(m_now)}}));
        const HttpResult result = client().postJson(
            u"/api/v1/auth/activate"_s, tv::wire::serialize(tv::wire::toJson(tv::ActivationRequest{
                                            Email, code, u"a brand new passphrase"_s})));
        // Asked for the second step (its access was reset with two-step sign-in kept).
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QString(tv::errc::MfaRequired));
        QCOMPARE(countRows(u"SELECT COUNT(*) FROM users WHERE activation_code_hash IS NOT NULL"_s),
                 1);
    }

    void changingThePasswordEndsTheOtherSessions()
    {
        const QString other = signIn();
        client().setBearerToken(signIn());
        const auto change = [this](const QString &current, const QString &next) {
            return client().postJson(
                u"/api/v1/auth/password"_s,
                tv::wire::serialize(tv::wire::toJson(tv::PasswordChange{current, next})));
        };
        QCOMPARE(change(u"not the password at all"_s, u"a brand new passphrase"_s).status, 403);
        QCOMPARE(change(Password, u"jo.bloggs is me ok"_s).status, 422);
        QCOMPARE(change(Password, u"a brand new passphrase"_s).status, 200);
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 200);
        client().setBearerToken(other);
        QCOMPARE(client().get(u"/api/v1/me"_s).status, 401);
        QCOMPARE(login(Email, Password).status, 401);
        QCOMPARE(login(Email, u"a brand new passphrase"_s).status, 200);
    }

    void badRequestsAreNamed4xx_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("login: unknown field")
            << u"/api/v1/auth/login"_s << R"({"email":"a@b.c","password":"x","otp":"1"})"_ba << 400
            << QString(tv::errc::UnknownField);
        QTest::newRow("login: code not a string")
            << u"/api/v1/auth/login"_s << R"({"email":"a@b.c","password":"x","code":123456})"_ba
            << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("activate: no code")
            << u"/api/v1/auth/activate"_s << R"({"email":"a@b.c","password":"x"})"_ba << 400
            << QString(tv::errc::MissingField);
        QTest::newRow("activate: not JSON")
            << u"/api/v1/auth/activate"_s << "{"_ba << 400 << QString(tv::errc::InvalidJson);
        QTest::newRow("password: unknown field")
            << u"/api/v1/auth/password"_s << R"({"currentPassword":"a","newPassword":"b","x":1})"_ba
            << 400 << QString(tv::errc::UnknownField);
        QTest::newRow("confirm: no code")
            << u"/api/v1/auth/mfa/confirm"_s << "{}"_ba << 400 << QString(tv::errc::MissingField);
        QTest::newRow("confirm: nothing pending")
            << u"/api/v1/auth/mfa/confirm"_s << R"({"code":"123456"})"_ba << 409
            << QString(tv::errc::Conflict);
    }

    void badRequestsAreNamed4xx()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        client().setBearerToken(signIn());
        const HttpResult result = client().postJson(path, body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), code);
    }

    void sessionRoutesNeedASession_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("refresh") << "POST"_ba << u"/api/v1/auth/refresh"_s;
        QTest::newRow("logout") << "POST"_ba << u"/api/v1/auth/logout"_s;
        QTest::newRow("password") << "POST"_ba << u"/api/v1/auth/password"_s;
        QTest::newRow("enrol") << "POST"_ba << u"/api/v1/auth/mfa/enrol"_s;
        QTest::newRow("confirm") << "POST"_ba << u"/api/v1/auth/mfa/confirm"_s;
        QTest::newRow("me") << "GET"_ba << u"/api/v1/me"_s;
    }

    void sessionRoutesNeedASession()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        client().setBearerToken(u"not-a-token"_s);
        const HttpResult result = client().send(method, path, "{}"_ba, "application/json"_ba);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QString(tv::errc::Unauthenticated));
    }
};

QTEST_GUILESS_MAIN(TestAuthRoutes)
#include "tst_authroutes.moc"
