// The admin API over HTTP: each route, its audit row, and the refusals (a practitioner is
// forbidden, an admin without two-step sign-in is refused, a lapse takes effect on the as-of date).
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/auth/SessionToken.h"
#include "server/auth/Totp.h"
#include "server/seed/TrainingSeeder.h"
#include "tests/support/ServerTestNames.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <map>

namespace {

const QDate AsOf(2026, 11, 24);
const QString UnknownId = u"00000000-0000-4000-8000-000000000000"_s;
const QByteArray Json = "application/json"_ba;

template <typename T>
QByteArray body(const T &value)
{
    return tv::wire::serialize(tv::wire::toJson(value));
}

struct Fixture : tv::test::Service {
    QString organisationId;
    tv::User admin;
    tv::User practitioner;
    std::unique_ptr<TestHttpClient> asAdmin;
    std::unique_ptr<TestHttpClient> asPractitioner;
};

struct AuditRow {
    QString userId;
    QString subject;
    QString detail;
};

} // namespace

class TestAdminRoutes final : public QObject {
    Q_OBJECT

private:
    std::map<Backend, Fixture> m_fixtures;
    Fixture *f = nullptr;
    int m_serial = 0;

    // A session made directly in the store, so these tests do not depend on how sign-in asks
    // for the second factor.
    std::unique_ptr<TestHttpClient> clientFor(const QString &userId, const QUrl &baseUrl)
    {
        auto client = tv::test::clientWithSession(*f->auth, userId, baseUrl);
        if (!client)
            return nullptr;
        return std::move(client).value();
    }

    tv::User createUser(Role role, bool cleared)
    {
        const QString email = u"user%1@school.example"_s.arg(++m_serial);
        auto user =
            f->auth->users().createUser(NewUser{email, u"Test User %1"_s.arg(m_serial), role,
                                                f->organisationId, u"a long enough password"_s});
        if (!user)
            qFatal("could not create a user: %s", qPrintable(user.error().message));
        if (cleared) {
            const auto done =
                tv::server::seed::TrainingSeeder::clearForAccess(*f->db, user.value().id, AsOf);
            if (!done)
                qFatal("could not clear a user: %s", qPrintable(done.error().message));
        }
        return user.value();
    }

    // The MFA engineer builds enrolment; an admin passes the gate here by having
    // users.mfa_enrolled_at set directly.
    void enrolMfa(const QString &userId)
    {
        TV_VERIFY_OK(tv::test::recordMfaEnrolment(*f->db, userId, QDateTime::currentDateTimeUtc()));
    }

    // The newest audit row with this action.
    std::optional<AuditRow> lastAudit(const QString &action)
    {
        auto row = f->db->run(u"read an audit row",
                              u"SELECT user_id, subject, detail FROM audit_log WHERE action = :a"
                              u" ORDER BY at DESC, seq DESC LIMIT 1"_s,
                              {{u":a"_s, action}});
        if (!row || !row.value().next())
            return std::nullopt;
        const QVariant user = row.value().value(0);
        return AuditRow{user.typeId() == QMetaType::QUuid
                            ? user.toUuid().toString(QUuid::WithoutBraces)
                            : user.toString(),
                        row.value().value(1).toString(), row.value().value(2).toString()};
    }

    QVariant userColumn(const QString &userId, const QString &column)
    {
        auto row =
            f->db->run(u"read a user column", u"SELECT %1 FROM users WHERE id = :id"_s.arg(column),
                       {{u":id"_s, userId}});
        if (!row || !row.value().next())
            return {};
        return row.value().value(0);
    }

    static QStringList unmetOf(const HttpResult &result)
    {
        return tv::wire::errorFromBody(result.json()).unmet;
    }

    // Sets up two-step sign-in for `client`'s user through the API, as the app does, with the
    // first code computed here from the secret; the recovery codes it gives (empty on failure).
    static QStringList enrolThroughApi(TestHttpClient &client)
    {
        using tv::server::auth::Totp;
        const HttpResult enrol = client.postJson(u"/api/v1/auth/mfa/enrol"_s, {});
        const auto enrolment = tv::wire::fromJson<tv::MfaEnrolment>(enrol.json());
        if (enrol.status != 200 || !enrolment)
            return {};
        const QByteArray secret = Totp::fromBase32(enrolment.value().secret).value_or(QByteArray());
        const HttpResult confirmed =
            client.postJson(u"/api/v1/auth/mfa/confirm"_s,
                            body(tv::MfaConfirmation{Totp::code(
                                secret, Totp::stepAt(QDateTime::currentDateTimeUtc()))}));
        const auto codes = tv::wire::fromJson<tv::RecoveryCodes>(confirmed.json());
        if (confirmed.status != 200 || !codes)
            return {};
        return codes.value().codes;
    }

    HttpResult resetAccess(const QString &userId, const QByteArray &request)
    {
        return f->asAdmin->postJson(u"/api/v1/admin/users/%1/reset-access"_s.arg(userId), request);
    }

    HttpResult activate(const QString &email, const QString &code,
                        const std::optional<QString> &twoStepCode = std::nullopt)
    {
        return TestHttpClient(f->api->baseUrl())
            .postJson(
                u"/api/v1/auth/activate"_s,
                body(tv::ActivationRequest{email, code, u"a brand new passphrase"_s, twoStepCode}));
    }

    HttpResult signIn(const QString &email, const QString &password)
    {
        return TestHttpClient(f->api->baseUrl())
            .postJson(u"/api/v1/auth/login"_s, body(tv::LoginRequest{email, password}));
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(Backend, backend);
        f = &m_fixtures[backend];
        if (f->api)
            return;
        TV_VERIFY_OK(tv::test::startService(backend, *f, ApiServer::Options{false, AsOf, {}},
                                            tv::test::withRandomKey()));
        auto organisation = f->auth->users().ensureOrganisation(u"Somerset Primary"_s);
        TV_VERIFY_OK(organisation);
        f->organisationId = organisation.value();
        f->admin = createUser(Role::Admin, true);
        enrolMfa(f->admin.id);
        f->practitioner = createUser(Role::Practitioner, true);
        f->asAdmin = clientFor(f->admin.id, f->api->baseUrl());
        f->asPractitioner = clientFor(f->practitioner.id, f->api->baseUrl());
        QVERIFY(f->asAdmin && f->asPractitioner);
    }

    void cleanupTestCase() { m_fixtures.clear(); }

    void practitionerIsForbiddenOnEveryAdminRoute()
    {
        int checked = 0;
        for (const auto &route : ApiServer::routes()) {
            if (route.access != ApiServer::Access::Admin)
                continue;
            QString path = route.path;
            path.replace(u"<arg>"_s, UnknownId);
            const HttpResult result =
                f->asPractitioner->send(route.method.toLatin1(), path, "{}", Json);
            QVERIFY2(result.status == 403, qPrintable(route.method + u' ' + path));
            QCOMPARE(result.errorCode(), QString(tv::errc::Forbidden));
            ++checked;
        }
        QVERIFY2(checked >= 18,
                 qPrintable(QString::number(checked))); // this file's routes, at least
    }

    void adminWithoutTwoStepSignInIsRefused()
    {
        const tv::User admin = createUser(Role::Admin, true);
        const auto client = clientFor(admin.id, f->api->baseUrl());
        QVERIFY(client);
        const HttpResult refused = client->get(u"/api/v1/admin/users"_s);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QString(tv::errc::AccessLapsed));
        QCOMPARE(unmetOf(refused), QStringList{u"mfa_enrolled"_s});
        enrolMfa(admin.id);
        QCOMPARE(client->get(u"/api/v1/admin/users"_s).status, 200);
    }

    void inviteReturnsTheCodeOnceAndKeepsItsHash()
    {
        const tv::Invitation invitation{u"New.Person@School.example"_s, u"New Person"_s,
                                        Role::Practitioner, f->organisationId};
        const HttpResult result = f->asAdmin->postJson(u"/api/v1/admin/users"_s, body(invitation));
        QCOMPARE(result.status, 200);
        const auto invited = tv::wire::fromJson<tv::InvitedUser>(result.json());
        TV_VERIFY_OK(invited);
        const tv::UserRecord &user = invited.value().user;
        QCOMPARE(user.email, u"new.person@school.example"_s);
        QCOMPARE(user.organisationId, f->organisationId);
        QVERIFY(!user.activated);
        QVERIFY(!user.emailVerifiedAt);
        QVERIFY(user.unmet.contains(u"email_verified"_s));
        QCOMPARE(invited.value().activationCode.size(), 64);
        QVERIFY(QByteArray::fromHex(invited.value().activationCode.toLatin1()).size() == 32);
        const QDateTime expires = invited.value().activationExpiresAt;
        QVERIFY(qAbs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 60);

        QCOMPARE(userColumn(user.id, u"activation_code_hash"_s).toString(),
                 tv::server::auth::SessionToken::hashOf(invited.value().activationCode));
        QCOMPARE(userColumn(user.id, u"password_hash"_s).toString(), u"!"_s);

        const auto audit = lastAudit(u"admin.invite"_s);
        QVERIFY(audit);
        QCOMPARE(audit->userId, f->admin.id);
        QCOMPARE(audit->subject, u"user:"_s + user.id);
        QVERIFY(audit->detail.contains(u"practitioner"_s));
        QVERIFY(!audit->detail.contains(invited.value().activationCode));

        // The same email again (any case) is a conflict.
        const HttpResult again = f->asAdmin->postJson(u"/api/v1/admin/users"_s, body(invitation));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QString(tv::errc::Conflict));
    }

    void badInvitations_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown role")
            << R"({"email":"a@b.example","displayName":"A","role":"boss","organisationId":"%1"})"_ba
            << QString(tv::errc::InvalidField) << u"'role'"_s;
        QTest::newRow("bad email")
            << R"({"email":"nope","displayName":"A","role":"admin","organisationId":"%1"})"_ba
            << QString(tv::errc::InvalidField) << u"'email'"_s;
        QTest::newRow("unknown organisation")
            << R"({"email":"a@b.example","displayName":"A","role":"admin","organisationId":"00000000-0000-4000-8000-000000000000"})"_ba
            << QString(tv::errc::InvalidField) << u"'organisationId'"_s;
        QTest::newRow("organisation not a UUID")
            << R"({"email":"a@b.example","displayName":"A","role":"admin","organisationId":"1"})"_ba
            << QString(tv::errc::InvalidField) << u"'organisationId'"_s;
        QTest::newRow("password smuggled in")
            << R"({"email":"a@b.example","displayName":"A","role":"admin","organisationId":"%1","password":"x"})"_ba
            << QString(tv::errc::UnknownField) << u"'password'"_s;
        QTest::newRow("malformed JSON")
            << "{\"email\":"_ba << QString(tv::errc::InvalidJson) << u"JSON"_s;
    }

    void badInvitations()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        request.replace("%1", f->organisationId.toLatin1());
        const HttpResult result = f->asAdmin->postJson(u"/api/v1/admin/users"_s, request);
        QCOMPARE(result.status, 400);
        const tv::Error error = tv::wire::errorFromBody(result.json());
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    }

    void recordsEachConditionAndAuditsIt_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("condition");
        QTest::newRow("verify-email")
            << u"verify-email"_s << QByteArray() << u"admin.verify_email"_s << u"email_verified"_s;
        QTest::newRow("dbs") << u"dbs"_s << R"({"certificateDate":"2026-11-24"})"_ba
                             << u"admin.record_dbs"_s << u"dbs_current"_s;
        QTest::newRow("training") << u"training"_s << R"({"completedOn":"2026-01-02"})"_ba
                                  << u"admin.record_training"_s << u"training_completed"_s;
        QTest::newRow("safer-recruitment")
            << u"safer-recruitment"_s << R"({"confirmedOn":"2025-09-01"})"_ba
            << u"admin.record_safer_recruitment"_s << u"safer_recruitment_confirmed"_s;
    }

    void recordsEachConditionAndAuditsIt()
    {
        QFETCH(QString, verb);
        QFETCH(QByteArray, request);
        QFETCH(QString, action);
        QFETCH(QString, condition);
        const tv::User user = createUser(Role::Practitioner, false);
        const QString path = u"/api/v1/admin/users/%1/%2"_s.arg(user.id, verb);

        const HttpResult before = f->asAdmin->get(u"/api/v1/admin/users/"_s + user.id);
        QCOMPARE(before.status, 200);
        const auto was = tv::wire::fromJson<tv::UserRecord>(before.json());
        TV_VERIFY_OK(was);
        QVERIFY(was.value().unmet.contains(condition));

        const HttpResult result = f->asAdmin->postJson(path, request);
        QCOMPARE(result.status, 200);
        const auto now = tv::wire::fromJson<tv::UserRecord>(result.json());
        TV_VERIFY_OK(now);
        QVERIFY2(!now.value().unmet.contains(condition), qPrintable(now.value().unmet.join(u',')));
        const auto audit = lastAudit(action);
        QVERIFY(audit);
        QCOMPARE(audit->userId, f->admin.id);
        QCOMPARE(audit->subject, u"user:"_s + user.id);

        // Unknown and malformed ids are 404, never 500.
        for (const QString &id : {UnknownId, u"12x"_s, u"{%1}"_s.arg(user.id)}) {
            const HttpResult missing =
                f->asAdmin->postJson(u"/api/v1/admin/users/%1/%2"_s.arg(id, verb), request);
            QCOMPARE(missing.status, 404);
            QCOMPARE(missing.errorCode(), QString(tv::errc::NotFound));
        }
    }

    void futureDatesAreRefused_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("dbs") << u"dbs"_s << R"({"certificateDate":"2026-11-25"})"_ba;
        QTest::newRow("training") << u"training"_s << R"({"completedOn":"2027-01-01"})"_ba;
        QTest::newRow("safer-recruitment")
            << u"safer-recruitment"_s << R"({"confirmedOn":"2026-11-25"})"_ba;
        QTest::newRow("not a date") << u"dbs"_s << R"({"certificateDate":"24/11/2026"})"_ba;
        QTest::newRow("wrong field") << u"training"_s << R"({"confirmedOn":"2026-01-01"})"_ba;
    }

    void futureDatesAreRefused()
    {
        QFETCH(QString, verb);
        QFETCH(QByteArray, request);
        const tv::User user = createUser(Role::Practitioner, false);
        const HttpResult result =
            f->asAdmin->postJson(u"/api/v1/admin/users/%1/%2"_s.arg(user.id, verb), request);
        QCOMPARE(result.status, 400);
        QVERIFY(userColumn(user.id, u"dbs_certificate_date"_s).isNull());
        QVERIFY(userColumn(user.id, u"training_completed_on"_s).isNull());
        QVERIFY(userColumn(user.id, u"safer_recruitment_confirmed_on"_s).isNull());
    }

    void suspendEndsSessionsAndReactivateLiftsIt()
    {
        const tv::User user = createUser(Role::Practitioner, true);
        const auto client = clientFor(user.id, f->api->baseUrl());
        QVERIFY(client);
        QCOMPARE(client->get(u"/api/v1/sources"_s).status, 200);

        const HttpResult suspended =
            f->asAdmin->postJson(u"/api/v1/admin/users/%1/suspend"_s.arg(user.id), {});
        QCOMPARE(suspended.status, 200);
        const auto record = tv::wire::fromJson<tv::UserRecord>(suspended.json());
        TV_VERIFY_OK(record);
        QVERIFY(record.value().suspendedAt);
        QCOMPARE(client->get(u"/api/v1/sources"_s).status, 401);
        QCOMPARE(lastAudit(u"admin.suspend"_s)->subject, u"user:"_s + user.id);

        const HttpResult reactivated =
            f->asAdmin->postJson(u"/api/v1/admin/users/%1/reactivate"_s.arg(user.id), {});
        QCOMPARE(reactivated.status, 200);
        QVERIFY(!tv::wire::fromJson<tv::UserRecord>(reactivated.json()).value().suspendedAt);
        QCOMPARE(lastAudit(u"admin.reactivate"_s)->subject, u"user:"_s + user.id);

        // An admin cannot lock themselves out.
        const HttpResult self =
            f->asAdmin->postJson(u"/api/v1/admin/users/%1/suspend"_s.arg(f->admin.id), {});
        QCOMPARE(self.status, 409);
    }

    void revokeSessionsEndsEverySession()
    {
        const tv::User user = createUser(Role::Practitioner, true);
        const auto first = clientFor(user.id, f->api->baseUrl());
        const auto second = clientFor(user.id, f->api->baseUrl());
        QVERIFY(first && second);
        QCOMPARE(first->get(u"/api/v1/sources"_s).status, 200);
        const HttpResult revoked =
            f->asAdmin->postJson(u"/api/v1/admin/users/%1/revoke-sessions"_s.arg(user.id), {});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(first->get(u"/api/v1/sources"_s).status, 401);
        QCOMPARE(second->get(u"/api/v1/sources"_s).status, 401);
        QCOMPARE(lastAudit(u"admin.revoke_sessions"_s)->subject, u"user:"_s + user.id);
        QCOMPARE(
            f->asAdmin->postJson(u"/api/v1/admin/users/%1/revoke-sessions"_s.arg(UnknownId), {})
                .status,
            404);
    }

    void resetAccessEndsSessionsAndIssuesANewCode()
    {
        const tv::User user = createUser(Role::Practitioner, true);
        const auto session = clientFor(user.id, f->api->baseUrl());
        QVERIFY(session);
        QCOMPARE(session->get(u"/api/v1/sources"_s).status, 200);

        const HttpResult reset = resetAccess(user.id, R"({"clearTwoStep":false})");
        QCOMPARE(reset.status, 200);
        const auto invited = tv::wire::fromJson<tv::InvitedUser>(reset.json());
        TV_VERIFY_OK(invited);
        const QString code = invited.value().activationCode;
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(code).hasMatch());
        QVERIFY(!invited.value().user.activated);
        const qint64 days =
            QDateTime::currentDateTimeUtc().daysTo(invited.value().activationExpiresAt);
        QVERIFY2(days >= 6 && days <= 7, qPrintable(QString::number(days)));
        // Only the code's hash is kept, and the audit row names neither.
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(userColumn(user.id, u"activation_code_hash"_s).toString(), hash);
        const std::optional<AuditRow> audited = lastAudit(u"admin.reset_access"_s);
        QVERIFY(audited);
        QCOMPARE(audited->userId, f->admin.id);
        QCOMPARE(audited->subject, u"user:"_s + user.id);
        QCOMPARE(audited->detail, uR"({"clearTwoStep":false})"_s);

        // Every session ended and the old password is gone.
        QCOMPARE(session->get(u"/api/v1/sources"_s).status, 401);
        QCOMPARE(signIn(user.email, u"a long enough password"_s).status, 401);

        // The user activates again with the new code, once.
        QCOMPARE(activate(user.email, code).status, 200);
        QCOMPARE(signIn(user.email, u"a brand new passphrase"_s).status, 200);
        QCOMPARE(activate(user.email, code).status, 401);
    }

    void resetAccessKeepingTwoStepAsksForItsCode()
    {
        const tv::User user = createUser(Role::Practitioner, true);
        const auto session = clientFor(user.id, f->api->baseUrl());
        QVERIFY(session);
        const QStringList recovery = enrolThroughApi(*session);
        QCOMPARE(recovery.size(), 10);

        const HttpResult reset = resetAccess(user.id, R"({"clearTwoStep":false})");
        QCOMPARE(reset.status, 200);
        const QString code =
            tv::wire::fromJson<tv::InvitedUser>(reset.json()).value().activationCode;
        QVERIFY(tv::wire::fromJson<tv::InvitedUser>(reset.json()).value().user.mfaEnrolled);

        // The activation code alone is not enough: it asks for the second step, and a wrong
        // one is refused; neither uses up the activation code.
        const HttpResult alone = activate(user.email, code);
        QCOMPARE(alone.status, 401);
        QCOMPARE(alone.errorCode(), QString(tv::errc::MfaRequired));
        const HttpResult wrong = activate(user.email, code, u"000000"_s);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QString(tv::errc::InvalidCode));
        QVERIFY(!userColumn(user.id, u"activation_code_hash"_s).isNull());

        QCOMPARE(activate(user.email, code, recovery.constFirst()).status, 200);
        QVERIFY(!userColumn(user.id, u"mfa_enrolled_at"_s).isNull());
        QVERIFY(userColumn(user.id, u"activation_code_hash"_s).isNull());
    }

    void resetAccessClearingTwoStepRemovesIt()
    {
        const tv::User user = createUser(Role::Practitioner, true);
        const auto session = clientFor(user.id, f->api->baseUrl());
        QVERIFY(session);
        QCOMPARE(enrolThroughApi(*session).size(), 10);

        const HttpResult reset = resetAccess(user.id, R"({"clearTwoStep":true})");
        QCOMPARE(reset.status, 200);
        const auto invited = tv::wire::fromJson<tv::InvitedUser>(reset.json());
        TV_VERIFY_OK(invited);
        QVERIFY(!invited.value().user.mfaEnrolled);
        QVERIFY(userColumn(user.id, u"mfa_secret"_s).isNull());
        QVERIFY(userColumn(user.id, u"mfa_enrolled_at"_s).isNull());
        auto codes = f->db->run(u"count recovery codes",
                                u"SELECT COUNT(*) FROM recovery_codes WHERE user_id = :id"_s,
                                {{u":id"_s, user.id}});
        TV_VERIFY_OK(codes);
        QVERIFY(codes.value().next());
        QCOMPARE(codes.value().value(0).toInt(), 0);
        QCOMPARE(lastAudit(u"admin.reset_access"_s)->detail, uR"({"clearTwoStep":true})"_s);

        QCOMPARE(activate(user.email, invited.value().activationCode).status, 200);
    }

    void badAccessResets()
    {
        const tv::User user = createUser(Role::Practitioner, true);
        QCOMPARE(resetAccess(UnknownId, R"({"clearTwoStep":false})").status, 404);
        QCOMPARE(resetAccess(u"not-a-uuid"_s, R"({"clearTwoStep":false})").status, 404);
        // An admin cannot lock themselves out.
        QCOMPARE(resetAccess(f->admin.id, R"({"clearTwoStep":false})").status, 409);
        for (const QByteArray &request : {"{}"_ba, R"({"clearTwoStep":"yes"})"_ba,
                                          R"({"clearTwoStep":false,"x":1})"_ba, "not json"_ba}) {
            const HttpResult refused = resetAccess(user.id, request);
            QVERIFY2(refused.status == 400, request.constData());
        }
        QCOMPARE(tv::wire::errorFromBody(resetAccess(user.id, R"({"clearTwoStep":"yes"})").json())
                     .message,
                 u"Field 'clearTwoStep' must be true or false."_s);
        // Nothing changed for the refused requests.
        QVERIFY(userColumn(user.id, u"activation_code_hash"_s).isNull());
    }

    void listsUsersWithTheirConditions()
    {
        const HttpResult result = f->asAdmin->get(u"/api/v1/admin/users"_s);
        QCOMPARE(result.status, 200);
        const auto list = tv::wire::fromJson<tv::UserList>(result.json());
        TV_VERIFY_OK(list);
        bool foundAdmin = false;
        bool foundPractitioner = false;
        for (const tv::UserRecord &user : list.value().users) {
            if (user.id == f->admin.id) {
                foundAdmin = true;
                QVERIFY(user.mfaEnrolled);
            }
            if (user.id == f->practitioner.id) {
                foundPractitioner = true;
                QCOMPARE(user.unmet, QStringList{});
                QCOMPARE(user.dbsCertificateDate, AsOf.addMonths(-1));
            }
        }
        QVERIFY(foundAdmin && foundPractitioner);
        QCOMPARE(f->asAdmin->get(u"/api/v1/admin/users/"_s + UnknownId).status, 404);
        QCOMPARE(f->asAdmin->get(u"/api/v1/admin/users/not-a-uuid"_s).status, 404);
    }

    void organisationsAndTheirAgreements()
    {
        const tv::NewOrganisation created{u"Holway Park Primary"_s + QString::number(++m_serial),
                                          u"Head teacher"_s, QDate(2026, 1, 10),
                                          QDate(2027, 1, 10)};
        const HttpResult result =
            f->asAdmin->postJson(u"/api/v1/admin/organisations"_s, body(created));
        QCOMPARE(result.status, 200);
        const auto organisation = tv::wire::fromJson<tv::Organisation>(result.json());
        TV_VERIFY_OK(organisation);
        QCOMPARE(organisation.value().isaReviewOn, QDate(2027, 1, 10));
        const QString id = organisation.value().id;
        QCOMPARE(lastAudit(u"admin.create_organisation"_s)->subject, u"organisation:"_s + id);
        QCOMPARE(f->asAdmin->postJson(u"/api/v1/admin/organisations"_s, body(created)).status, 409);
        QCOMPARE(f->asAdmin
                     ->postJson(u"/api/v1/admin/organisations"_s,
                                R"({"name":"Half an agreement","isaSignatory":"Head"})")
                     .status,
                 400);

        const HttpResult listed = f->asAdmin->get(u"/api/v1/admin/organisations"_s);
        QCOMPARE(listed.status, 200);
        const auto list = tv::wire::fromJson<tv::OrganisationList>(listed.json());
        TV_VERIFY_OK(list);
        QVERIFY(list.value().organisations.contains(organisation.value()));

        const QString path = u"/api/v1/admin/organisations/%1/agreement"_s.arg(id);
        const tv::Agreement renewed{u"Chair of governors"_s, QDate(2026, 11, 1),
                                    QDate(2027, 11, 1)};
        const HttpResult updated = f->asAdmin->send("PUT"_ba, path, body(renewed), Json);
        QCOMPARE(updated.status, 200);
        QCOMPARE(tv::wire::fromJson<tv::Organisation>(updated.json()).value().isaSignatory,
                 u"Chair of governors"_s);
        const auto audit = lastAudit(u"admin.record_agreement"_s);
        QCOMPARE(audit->subject, u"organisation:"_s + id);
        QVERIFY(audit->detail.contains(u"2027-11-01"_s));

        const tv::Agreement backwards{u"Head"_s, QDate(2026, 11, 1), QDate(2026, 11, 1)};
        const HttpResult refused = f->asAdmin->send("PUT"_ba, path, body(backwards), Json);
        QCOMPARE(refused.status, 400);
        QVERIFY(tv::wire::errorFromBody(refused.json()).message.contains(u"isaReviewOn"_s));
        const tv::Agreement future{u"Head"_s, AsOf.addDays(1), AsOf.addYears(1)};
        QCOMPARE(f->asAdmin->send("PUT"_ba, path, body(future), Json).status, 400);
        QCOMPARE(f->asAdmin
                     ->send("PUT"_ba, u"/api/v1/admin/organisations/%1/agreement"_s.arg(UnknownId),
                            body(renewed), Json)
                     .status,
                 404);
        QCOMPARE(f->asAdmin->postJson(path, body(renewed)).status, 405);
    }

    void lapsingListsWhatLapsesWithinTheWindow_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("listed");
        QTest::newRow("default 30 days") << QString() << 200 << true;
        QTest::newRow("10 days, the renewal day itself") << u"?days=10"_s << 200 << true;
        QTest::newRow("9 days") << u"?days=9"_s << 200 << false;
        QTest::newRow("0 days") << u"?days=0"_s << 400 << false;
        QTest::newRow("366 days") << u"?days=366"_s << 400 << false;
        QTest::newRow("not a number") << u"?days=ten"_s << 400 << false;
        QTest::newRow("unknown parameter") << u"?weeks=2"_s << 400 << false;
    }

    void lapsingListsWhatLapsesWithinTheWindow()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(bool, listed);
        const tv::User user = createUser(Role::Practitioner, true);
        // Renewal (3 years on) falls 10 days after the as-of date.
        const QDate certificate = AsOf.addDays(10).addYears(-3);
        TV_VERIFY_OK(f->db->run(u"date a DBS check",
                                u"UPDATE users SET dbs_certificate_date = :d WHERE id = :id"_s,
                                {{u":d"_s, Database::toDb(certificate)}, {u":id"_s, user.id}}));

        const HttpResult result = f->asAdmin->get(u"/api/v1/admin/lapsing"_s + query);
        QCOMPARE(result.status, status);
        if (status != 200)
            return;
        const auto report = tv::wire::fromJson<tv::LapsingReport>(result.json());
        TV_VERIFY_OK(report);
        QCOMPARE(report.value().asOf, AsOf);
        bool found = false;
        for (const tv::LapsingUser &lapsing : report.value().users) {
            if (lapsing.id != user.id)
                continue;
            found = true;
            QCOMPARE(lapsing.lapses.size(), 1);
            QCOMPARE(lapsing.lapses.at(0).condition, u"dbs_current"_s);
            QCOMPARE(lapsing.lapses.at(0).lapsesOn, AsOf.addDays(10));
        }
        QCOMPARE(found, listed);
    }

    void lapseTakesEffectOnTheAsOfDate_data()
    {
        QTest::addColumn<int>("daysAfterRenewal");
        QTest::addColumn<int>("status");
        QTest::newRow("the day before the DBS renewal") << -1 << 200;
        QTest::newRow("the day of the DBS renewal") << 0 << 403;
        QTest::newRow("a year later") << 365 << 403;
    }

    void lapseTakesEffectOnTheAsOfDate()
    {
        QFETCH(int, daysAfterRenewal);
        QFETCH(int, status);
        // The practitioner's DBS check is dated a month before AsOf: allowed today. Their
        // organisation's agreement runs long past the renewal, so the DBS check is what lapses.
        TV_VERIFY_OK(f->db->run(
            u"extend the agreement",
            u"UPDATE organisations SET isa_review_on = :d WHERE id = :id"_s,
            {{u":d"_s, Database::toDb(AsOf.addYears(10))}, {u":id"_s, f->organisationId}}));
        QCOMPARE(f->asPractitioner->get(u"/api/v1/sources"_s).status, 200);
        const QDate renewal = AsOf.addMonths(-1).addYears(3);
        ApiServer later(*f->db, *f->auth,
                        ApiServer::Options{false, renewal.addDays(daysAfterRenewal), {}});
        TV_VERIFY_OK(later.listen(QHostAddress::LocalHost, 0));
        const auto client = clientFor(f->practitioner.id, later.baseUrl());
        QVERIFY(client);
        const HttpResult result = client->get(u"/api/v1/sources"_s);
        QCOMPARE(result.status, status);
        if (status == 403) {
            QCOMPARE(result.errorCode(), QString(tv::errc::AccessLapsed));
            QCOMPARE(unmetOf(result), QStringList{u"dbs_current"_s});
        }
    }

    void auditQueries()
    {
        // Something to find: a suspension and reactivation of one user. The trail is stamped
        // with the real clock (UTC), so the dates asked for are taken from it too.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const tv::User user = createUser(Role::Practitioner, true);
        const QString subject = u"user:"_s + user.id;
        QCOMPARE(f->asAdmin->postJson(u"/api/v1/admin/users/%1/suspend"_s.arg(user.id), {}).status,
                 200);
        QCOMPARE(
            f->asAdmin->postJson(u"/api/v1/admin/users/%1/reactivate"_s.arg(user.id), {}).status,
            200);

        const HttpResult bySubject =
            f->asAdmin->get(u"/api/v1/admin/audit?subject=%1"_s.arg(subject));
        QCOMPARE(bySubject.status, 200);
        const auto page = tv::wire::fromJson<tv::AuditPage>(bySubject.json());
        TV_VERIFY_OK(page);
        QCOMPARE(page.value().entries.size(), 2);
        QCOMPARE(page.value().entries.at(0).action, u"admin.reactivate"_s); // newest first
        QCOMPARE(page.value().entries.at(1).action, u"admin.suspend"_s);
        QCOMPARE(page.value().entries.at(0).userId, std::optional<QString>(f->admin.id));
        QVERIFY(!page.value().truncated);

        // Reading the trail is itself on the trail.
        const auto read = lastAudit(u"admin.read_audit"_s);
        QVERIFY(read);
        QCOMPARE(read->subject, subject);
        QCOMPARE(read->userId, f->admin.id);

        const HttpResult byUser =
            f->asAdmin->get(u"/api/v1/admin/audit?user=%1&from=%2&to=%3&limit=1"_s.arg(
                f->admin.id, today.toString(Qt::ISODate),
                today.addDays(1).toString(Qt::ISODate))); // also when midnight passes meanwhile
        QCOMPARE(byUser.status, 200);
        const auto limited = tv::wire::fromJson<tv::AuditPage>(byUser.json());
        TV_VERIFY_OK(limited);
        QCOMPARE(limited.value().entries.size(), 1);
        QVERIFY(limited.value().truncated);
        QCOMPARE(limited.value().entries.at(0).userId, std::optional<QString>(f->admin.id));

        const HttpResult yesterday = f->asAdmin->get(u"/api/v1/admin/audit?subject=%1&to=%2"_s.arg(
            subject, today.addDays(-1).toString(Qt::ISODate)));
        QCOMPARE(yesterday.status, 200);
        QCOMPARE(yesterday.json().value("entries"_L1).toArray().size(), 0);
    }

    void badAuditQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("user not a UUID") << u"user=12"_s << QString(tv::errc::InvalidField);
        QTest::newRow("subject of unknown kind")
            << u"subject=car:1"_s << QString(tv::errc::InvalidField);
        QTest::newRow("person id with letters")
            << u"subject=person:1a"_s << QString(tv::errc::InvalidField);
        QTest::newRow("bad date") << u"from=2026-13-01"_s << QString(tv::errc::InvalidField);
        QTest::newRow("from after to")
            << u"from=2026-11-24&to=2026-11-01"_s << QString(tv::errc::InvalidField);
        QTest::newRow("limit too high") << u"limit=5001"_s << QString(tv::errc::InvalidField);
        QTest::newRow("limit zero") << u"limit=0"_s << QString(tv::errc::InvalidField);
        QTest::newRow("repeated") << u"limit=1&limit=2"_s << QString(tv::errc::InvalidField);
        QTest::newRow("unknown") << u"who=me"_s << QString(tv::errc::UnknownField);
    }

    void badAuditQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        const HttpResult result = f->asAdmin->get(u"/api/v1/admin/audit?"_s + query);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), code);
    }

    void restrictAndUnrestrictAPerson()
    {
        // A person to restrict, once per backend.
        auto existing = f->db->run(u"look for the fixture person",
                                   u"SELECT COUNT(*) FROM persons WHERE id = 501"_s);
        QVERIFY(existing && existing.value().next());
        if (existing.value().value(0).toInt() == 0) {
            TV_VERIFY_OK(f->db->run(u"add a household",
                                    u"INSERT INTO households (id, address, town, postcode)"
                                    u" VALUES (51, '1 Test Lane', 'Taunton', 'TA1 1AA')"_s));
            TV_VERIFY_OK(f->db->run(
                u"add a person",
                u"INSERT INTO persons (id, household_id, given_name, family_name, date_of_birth)"
                u" VALUES (501, 51, 'Ada', 'Fictional', '2013-02-01')"_s));
        }
        const QByteArray reason = R"({"reason":{"code":"safeguarding-concern"}})";
        QCOMPARE(f->asPractitioner->postJson(u"/api/v1/persons/501/view"_s, reason).status, 200);

        const HttpResult restricted =
            f->asAdmin->postJson(u"/api/v1/admin/persons/501/restrict"_s, {});
        QCOMPARE(restricted.status, 200);
        QCOMPARE(tv::wire::fromJson<tv::RestrictionState>(restricted.json()).value(),
                 (tv::RestrictionState{u"501"_s, true}));
        QCOMPARE(lastAudit(u"admin.restrict"_s)->subject, u"person:501"_s);
        const HttpResult refused =
            f->asPractitioner->postJson(u"/api/v1/persons/501/view"_s, reason);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QString(tv::errc::Restricted));
        // Restricting twice is harmless.
        QCOMPARE(f->asAdmin->postJson(u"/api/v1/admin/persons/501/restrict"_s, {}).status, 200);

        const HttpResult lifted =
            f->asAdmin->postJson(u"/api/v1/admin/persons/501/unrestrict"_s, {});
        QCOMPARE(lifted.status, 200);
        QVERIFY(!tv::wire::fromJson<tv::RestrictionState>(lifted.json()).value().restricted);
        QCOMPARE(lastAudit(u"admin.unrestrict"_s)->subject, u"person:501"_s);
        QCOMPARE(f->asPractitioner->postJson(u"/api/v1/persons/501/view"_s, reason).status, 200);

        QCOMPARE(f->asAdmin->postJson(u"/api/v1/admin/persons/999999/restrict"_s, {}).status, 404);
        QCOMPARE(f->asAdmin->postJson(u"/api/v1/admin/persons/12x/restrict"_s, {}).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestAdminRoutes)
#include "tst_adminroutes.moc"
