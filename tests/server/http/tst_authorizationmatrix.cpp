// The authorization matrix (issue 4): every route x every role x conditions met or lapsed x no,
// expired, revoked or live session, each with the status it must get. The table below is the
// specification; the test fails when the service has a route the table has no row for, when a
// row's access class differs from the route's, and when any cell answers otherwise.
#include "models/domain/ErrorCode.h"
#include "server/auth/SessionToken.h"
#include "server/seed/TrainingSeeder.h"
#include "tests/support/ServerTestCase.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <map>
#include <set>

using tv::server::auth::SessionToken;
using Access = ApiServer::Access;

namespace {

const QDate AsOf(2026, 11, 24);
const QString Password = u"matrix password for every test user"_s;

enum class SessionState { None, Expired, Revoked, Live };
enum class Standing { Cleared, Lapsed };

// The words for each state in a failure message, in the enum's order.
const char *const StateNames[] = {"no session", "expired session", "revoked session",
                                  "live session"};
static_assert(std::size(StateNames) == size_t(SessionState::Live) + 1);

QString stateName(SessionState state)
{
    return QString::fromLatin1(StateNames[size_t(state)]);
}

QString roleName(Role role)
{
    return tv::roles::wireName(role);
}

// The ids a row's path and body may name, filled in once the fixture exists.
struct Ids {
    QString person;    // a person who is not restricted
    QString household; // that person's household
    // What the admin routes act on, apart from the callers, so their changes (suspending,
    // restricting, a new agreement) never change another cell's answer.
    QString otherPerson;
    QString otherUser;
    QString otherOrganisation;
    QString report; // an inaccuracy report about otherPerson, open at first
};

// A new value per call, for routes that refuse the same thing twice (an email, a name).
QByteArray unique(const char *pattern)
{
    static int counter = 0;
    return QByteArray(pattern).replace("%n", QByteArray::number(++counter));
}

// One route of the API as the specification sees it. `allowed` is what a caller with a live
// session who meets every condition may get, per role: the route's own answers (200, 201, 204,
// or its own 4xx such as 409 for a repeated action), never an authorization refusal unless the
// role may not use the route at all (then exactly {403}).
struct Row {
    QString method;
    QString path; // as ApiServer::routes() names it, with <arg>
    Access access;
    std::function<QString(const Ids &)> arg;     // what <arg> becomes
    std::function<QByteArray(const Ids &)> body; // the request's JSON body, if any
    std::map<Role, std::set<int>> allowed;       // for a cleared caller with a live session
};

std::map<Role, std::set<int>> everyone(std::set<int> statuses)
{
    return {{Role::Practitioner, statuses}, {Role::Admin, statuses}, {Role::Trainer, statuses}};
}

std::map<Role, std::set<int>> adminsOnly(std::set<int> statuses)
{
    return {{Role::Practitioner, {403}}, {Role::Admin, statuses}, {Role::Trainer, {403}}};
}

QByteArray reasonBody(const Ids &)
{
    return R"({"reason":{"code":"safeguarding-concern"}})"_ba;
}

QList<Row> specification()
{
    const auto none = [](const Ids &) {
        return QString();
    };
    const auto otherUser = [](const Ids &ids) {
        return ids.otherUser;
    };
    const auto otherPerson = [](const Ids &ids) {
        return ids.otherPerson;
    };
    const auto noBody = [](const Ids &) {
        return QByteArray();
    };
    return {
        {u"GET"_s, u"/api/v1/health"_s, Access::Public, none, noBody, everyone({200})},
        // A wrong password: the route answers for itself whoever asks.
        {u"POST"_s, u"/api/v1/auth/login"_s, Access::Public, none,
         [](const Ids &) {
             return R"({"email":"nobody@school.example","password":"not the password at all"})"_ba;
         },
         everyone({401})},
        {u"POST"_s, u"/api/v1/auth/activate"_s, Access::Public, none,
         [](const Ids &) {
             return R"({"email":"nobody@school.example","code":"not-the-code",)"
                    R"("password":"a long enough new password"})"_ba;
         },
         everyone({401})},
        {u"POST"_s, u"/api/v1/auth/refresh"_s, Access::Session, none, noBody, everyone({200})},
        {u"POST"_s, u"/api/v1/auth/logout"_s, Access::Session, none, noBody, everyone({200})},
        // The current password is right, the new one too short: the route answers for itself.
        {u"POST"_s, u"/api/v1/auth/password"_s, Access::Session, none,
         [](const Ids &) {
             return QByteArray(R"({"currentPassword":")" + Password.toUtf8() +
                               R"(","newPassword":"short"})");
         },
         everyone({422})},
        // 409 for a user already enrolled (the cleared ones are).
        {u"POST"_s, u"/api/v1/auth/mfa/enrol"_s, Access::Session, none, noBody,
         everyone({200, 409})},
        // A wrong code (400) for a pending enrolment; 409 for a user already enrolled.
        {u"POST"_s, u"/api/v1/auth/mfa/confirm"_s, Access::Session, none,
         [](const Ids &) { return R"({"code":"000000"})"_ba; }, everyone({400, 409})},
        {u"GET"_s, u"/api/v1/me"_s, Access::Session, none, noBody, everyone({200})},
        {u"GET"_s, u"/api/v1/statement"_s, Access::Session, none, noBody, everyone({200})},
        {u"POST"_s, u"/api/v1/statement/accept"_s, Access::Session, none,
         [](const Ids &) { return R"({"version":1})"_ba; }, everyone({200})},
        {u"GET"_s, u"/api/v1/reports/mine"_s, Access::Session, none, noBody, everyone({200})},
        {u"GET"_s, u"/api/v1/access-reasons"_s, Access::Data, none, noBody, everyone({200})},
        {u"GET"_s, u"/api/v1/sources"_s, Access::Data, none, noBody, everyone({200})},
        {u"POST"_s, u"/api/v1/search"_s, Access::Data, none,
         [](const Ids &) { return R"({"name":"Smith"})"_ba; }, everyone({200})},
        {u"POST"_s, u"/api/v1/persons/<arg>/view"_s, Access::Data,
         [](const Ids &ids) { return ids.person; }, reasonBody, everyone({200})},
        {u"POST"_s, u"/api/v1/households/<arg>/view"_s, Access::Data,
         [](const Ids &ids) { return ids.household; }, reasonBody, everyone({200})},
        {u"POST"_s, u"/api/v1/persons/<arg>/reports"_s, Access::Data,
         [](const Ids &ids) { return ids.person; },
         [](const Ids &) {
             return R"({"item":"personal/postcode","description":"Moved last month."})"_ba;
         },
         everyone({201})},
        // The admin API. A new statement version lapses everyone's acceptance: each cell
        // starts with the callers cleared again.
        {u"POST"_s, u"/api/v1/admin/statements"_s, Access::Admin, none,
         [](const Ids &) { return R"({"body":"A newer statement to accept."})"_ba; },
         adminsOnly({200, 201})},
        {u"POST"_s, u"/api/v1/admin/users"_s, Access::Admin, none,
         [](const Ids &ids) -> QByteArray {
             return unique(R"({"email":"invited%n@school.example","displayName":"Invited",)"
                           R"("role":"practitioner","organisationId":")") +
                    ids.otherOrganisation.toLatin1() + R"("})";
         },
         adminsOnly({200, 201})},
        {u"GET"_s, u"/api/v1/admin/users"_s, Access::Admin, none, noBody, adminsOnly({200})},
        {u"GET"_s, u"/api/v1/admin/users/<arg>"_s, Access::Admin, otherUser, noBody,
         adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/users/<arg>/verify-email"_s, Access::Admin, otherUser, noBody,
         adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/users/<arg>/dbs"_s, Access::Admin, otherUser,
         [](const Ids &) { return R"({"certificateDate":"2026-01-15"})"_ba; }, adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/users/<arg>/training"_s, Access::Admin, otherUser,
         [](const Ids &) { return R"({"completedOn":"2026-01-15"})"_ba; }, adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/users/<arg>/safer-recruitment"_s, Access::Admin, otherUser,
         [](const Ids &) { return R"({"confirmedOn":"2026-01-15"})"_ba; }, adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/users/<arg>/suspend"_s, Access::Admin, otherUser, noBody,
         adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/users/<arg>/reactivate"_s, Access::Admin, otherUser, noBody,
         adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/users/<arg>/revoke-sessions"_s, Access::Admin, otherUser,
         noBody, adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/users/<arg>/reset-access"_s, Access::Admin, otherUser,
         [](const Ids &) { return QByteArray(R"({"clearTwoStep":false})"); }, adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/organisations"_s, Access::Admin, none,
         [](const Ids &) { return unique(R"({"name":"New School %n"})"); }, adminsOnly({200, 201})},
        {u"GET"_s, u"/api/v1/admin/organisations"_s, Access::Admin, none, noBody,
         adminsOnly({200})},
        {u"PUT"_s, u"/api/v1/admin/organisations/<arg>/agreement"_s, Access::Admin,
         [](const Ids &ids) { return ids.otherOrganisation; },
         [](const Ids &) {
             return R"({"isaSignatory":"Head teacher","isaSignedOn":"2026-01-15",)"
                    R"("isaReviewOn":"2027-01-15"})"_ba;
         },
         adminsOnly({200})},
        {u"GET"_s, u"/api/v1/admin/lapsing"_s, Access::Admin, none, noBody, adminsOnly({200})},
        {u"GET"_s, u"/api/v1/admin/audit"_s, Access::Admin, none, noBody, adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/persons/<arg>/restrict"_s, Access::Admin, otherPerson, noBody,
         adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/persons/<arg>/unrestrict"_s, Access::Admin, otherPerson, noBody,
         adminsOnly({200})},
        {u"GET"_s, u"/api/v1/admin/reports"_s, Access::Admin, none, noBody, adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/reports/<arg>/forward"_s, Access::Admin,
         [](const Ids &ids) { return ids.report; },
         [](const Ids &) { return R"({"note":"Sent to the school census team."})"_ba; },
         adminsOnly({200})},
        {u"POST"_s, u"/api/v1/admin/reports/<arg>/resolve"_s, Access::Admin,
         [](const Ids &ids) { return ids.report; },
         [](const Ids &) { return R"({"resolution":"Corrected at source."})"_ba; },
         adminsOnly({200})},
        {u"GET"_s, u"/api/v1/admin/persons/<arg>/subject-access-pack"_s, Access::Admin, otherPerson,
         noBody, adminsOnly({200})},
    };
}

QString methodAndPath(const QString &method, const QString &path)
{
    return method + u' ' + path;
}

} // namespace

class TestAuthorizationMatrix final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<TestHttpClient> m_client;
    // (role, standing) -> user id
    std::map<std::pair<Role, Standing>, QString> m_users;
    Ids m_ids;

    bool setUp(Backend backend)
    {
        if (auto created = openDatabase(backend); !created)
            return fail(created.error());
        if (const auto seeded = tv::test::generatePersons(*m_db, 30, 7, AsOf); !seeded)
            return fail(seeded.error());
        auto person = m_db->run(u"find a person who is not restricted",
                                u"SELECT id, household_id FROM persons WHERE id NOT IN"
                                u" (SELECT person_id FROM restrictions) ORDER BY id LIMIT 2"_s);
        if (!person)
            return fail(person.error());
        if (!person.value().next())
            return false;
        m_ids.person = person.value().value(0).toString();
        m_ids.household = person.value().value(1).toString();
        if (!person.value().next())
            return false;
        m_ids.otherPerson = person.value().value(0).toString();

        // A key to enrol with.
        startAuth(tv::test::withRandomKey());
        for (const Role role : {Role::Practitioner, Role::Admin, Role::Trainer}) {
            for (const Standing standing : {Standing::Cleared, Standing::Lapsed}) {
                const QString organisation =
                    standing == Standing::Cleared ? u"Cleared School"_s : u"Lapsed School"_s;
                auto organisationId = m_auth->users().ensureOrganisation(organisation);
                if (!organisationId)
                    return fail(organisationId.error());
                const QString email = u"%1.%2@school.example"_s.arg(
                    roleName(role), standing == Standing::Cleared ? "cleared"_L1 : "lapsed"_L1);
                auto user = m_auth->users().createUser(
                    NewUser{email, u"Test User"_s, role, organisationId.value(), Password});
                if (!user)
                    return fail(user.error());
                const QString id = user.value().id;
                // A lapsed user has nothing recorded: no verified email, no DBS check, ...
                m_users[{role, standing}] = id;
            }
        }
        if (!clearCallers())
            return false;
        auto otherOrganisation = m_auth->users().ensureOrganisation(u"Other School"_s);
        if (!otherOrganisation)
            return fail(otherOrganisation.error());
        m_ids.otherOrganisation = otherOrganisation.value();
        auto otherUser = m_auth->users().createUser(NewUser{u"other@school.example"_s,
                                                            u"Other User"_s, Role::Practitioner,
                                                            otherOrganisation.value(), Password});
        if (!otherUser)
            return fail(otherUser.error());
        m_ids.otherUser = otherUser.value().id;
        m_ids.report = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (const auto filed = m_db->run(
                u"file a report",
                u"INSERT INTO inaccuracy_reports (id, reporter_id, person_id, item, description,"
                u" status, created_at) VALUES (:id, :reporter, :person, 'personal/postcode',"
                u" 'Moved.', 'open', :at)"_s,
                {{u":id"_s, m_ids.report},
                 {u":reporter"_s, m_ids.otherUser},
                 {u":person"_s, m_ids.otherPerson.toLongLong()},
                 {u":at"_s, Database::toDb(QDateTime::currentDateTimeUtc())}});
            !filed) {
            return fail(filed.error());
        }

        if (auto api = startApi(ApiServer::Options{false, AsOf, {}}); !api)
            return fail(api.error());
        m_client = std::make_unique<TestHttpClient>(m_api->baseUrl());
        return true;
    }

    // Records every condition as met for the cleared callers (and nothing for the lapsed ones),
    // whatever an earlier cell changed.
    bool clearCallers()
    {
        for (const auto &[key, id] : m_users) {
            if (key.second != Standing::Cleared)
                continue;
            if (const auto cleared =
                    tv::server::seed::TrainingSeeder::clearForAccess(*m_db, id, AsOf);
                !cleared) {
                return fail(cleared.error());
            }
            // Two-step sign-in, as enrolment would record it.
            if (const auto enrolled =
                    tv::test::recordMfaEnrolment(*m_db, id, AsOf.startOfDay(QTimeZone::utc()));
                !enrolled) {
                return fail(enrolled.error());
            }
        }
        return true;
    }

    static bool fail(const tv::Error &error)
    {
        qWarning("%s", qPrintable(error.message));
        return false;
    }

    // A session of `user` in `state`, written as the service writes them; empty for None.
    QString session(const QString &user, SessionState state)
    {
        if (state == SessionState::None)
            return {};
        const SessionToken token = SessionToken::generate();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime expires =
            state == SessionState::Expired ? now.addSecs(-60) : now.addSecs(3600);
        const auto created = m_auth->sessions().create(token, user, now.addSecs(-120), expires);
        if (!created)
            return fail(created.error()), QString();
        if (state == SessionState::Revoked) {
            const auto revoked =
                m_db->run(u"revoke a session",
                          u"UPDATE sessions SET revoked_at = :at WHERE token_hash = :h"_s,
                          {{u":at"_s, Database::toDb(now.addSecs(-1))}, {u":h"_s, token.hash}});
            if (!revoked)
                return fail(revoked.error()), QString();
        }
        return token.token;
    }

    // The statuses a cell may answer with.
    static std::set<int> expected(const Row &row, Role role, Standing standing, SessionState state)
    {
        if (row.access == Access::Public)
            return row.allowed.at(role);
        if (state != SessionState::Live)
            return {401};
        const std::set<int> allowed = row.allowed.at(role);
        if (allowed == std::set<int>{403})
            return {403}; // the role may not use the route at all
        if (standing == Standing::Lapsed && row.access != Access::Session)
            return {403};
        return allowed;
    }

private Q_SLOTS:
    void everyRouteHasARow()
    {
        std::set<QString> specified;
        for (const Row &row : specification()) {
            const QString key = methodAndPath(row.method, row.path);
            QVERIFY2(specified.insert(key).second, qPrintable(key + u" has two rows"_s));
        }
        std::set<QString> served;
        for (const auto &route : ApiServer::routes()) {
            const QString key = methodAndPath(route.method, route.path);
            served.insert(key);
            QVERIFY2(specified.count(key) == 1,
                     qPrintable(key + u" has no row in the authorization matrix"_s));
        }
        for (const QString &key : specified)
            QVERIFY2(served.count(key) == 1, qPrintable(key + u" is not a route any more"_s));
    }

    void everyRowHasItsRoutesAccess()
    {
        std::map<QString, Access> served;
        for (const auto &route : ApiServer::routes())
            served[methodAndPath(route.method, route.path)] = route.access;
        for (const Row &row : specification()) {
            const QString key = methodAndPath(row.method, row.path);
            QVERIFY2(served.count(key) == 1, qPrintable(key));
            QVERIFY2(served.at(key) == row.access,
                     qPrintable(key + u": the service checks a different access class"_s));
        }
    }

    void matrix_data() { tv::test::addBackendRows(); }
    void matrix()
    {
        QFETCH(Backend, backend);
        QVERIFY(setUp(backend));
        int cells = 0;
        QStringList failures;
        for (const Row &row : specification()) {
            for (const Role role : {Role::Practitioner, Role::Admin, Role::Trainer}) {
                for (const Standing standing : {Standing::Cleared, Standing::Lapsed}) {
                    for (const SessionState state : {SessionState::None, SessionState::Expired,
                                                     SessionState::Revoked, SessionState::Live}) {
                        // Throttling has its own tests: here every cell starts unthrottled.
                        QVERIFY(
                            m_db->run(u"forget failed sign-ins", u"DELETE FROM sign_in_failures"_s)
                                .ok());
                        QVERIFY(m_db->run(u"forget locks", u"DELETE FROM sign_in_locks"_s).ok());
                        QVERIFY(clearCallers());
                        const QString token = session(m_users.at({role, standing}), state);
                        QVERIFY(state == SessionState::None || !token.isEmpty());
                        m_client->setBearerToken(token);
                        QString path = row.path;
                        path.replace(u"<arg>"_s, row.arg(m_ids));
                        const QByteArray body = row.body(m_ids);
                        const HttpResult result =
                            m_client->send(row.method.toLatin1(), path, body,
                                           body.isEmpty() ? QByteArray() : "application/json"_ba);
                        const std::set<int> want = expected(row, role, standing, state);
                        ++cells;
                        if (want.count(result.status) == 0) {
                            failures << u"%1 as %2 (%3, %4): got %5 %6"_s.arg(
                                methodAndPath(row.method, row.path), roleName(role),
                                standing == Standing::Cleared ? "conditions met"_L1
                                                              : "conditions lapsed"_L1,
                                stateName(state), QString::number(result.status),
                                result.errorCode());
                            continue;
                        }
                        // A refusal names its reason.
                        if (result.status == 401 && row.access != Access::Public) {
                            const QString code = result.errorCode();
                            if (code != tv::errc::Unauthenticated &&
                                code != tv::errc::SessionExpired) {
                                failures << u"%1: 401 with %2"_s.arg(
                                    methodAndPath(row.method, row.path), code);
                            }
                        }
                        if (result.status == 403 && standing == Standing::Lapsed &&
                            row.allowed.at(role) != std::set<int>{403} &&
                            result.errorCode() != tv::errc::AccessLapsed) {
                            failures << u"%1 as lapsed %2: 403 with %3, not access_lapsed"_s.arg(
                                methodAndPath(row.method, row.path), roleName(role),
                                result.errorCode());
                        }
                    }
                }
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(cells, specification().size() * 3 * 2 * 4);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationMatrix)
#include "tst_authorizationmatrix.moc"
