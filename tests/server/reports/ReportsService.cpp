#include "tests/server/reports/ReportsService.h"

#include "server/auth/AuthService.h"
#include "server/auth/SessionToken.h"
#include "server/db/Database.h"
#include "server/http/ApiServer.h"
#include "server/seed/TrainingSeeder.h"
#include "tests/support/ServerFixture.h"
#include "tests/support/TestMacros.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::test {
namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ReportsService::~ReportsService()
{
    // The server before the database it reads, the database before its cluster's database.
    m_client.reset();
    m_api.reset();
    m_auth.reset();
    m_db.reset();
    m_test.reset();
}

Result<std::unique_ptr<ReportsService>> ReportsService::start(Backend backend)
{
    std::unique_ptr<ReportsService> service(new ReportsService);
    if (Status started =
            startService(backend, service->m_test, service->m_db, service->m_auth, service->m_api,
                         server::http::ApiServer::Options{false, AsOf, {}});
        !started) {
        return started.error();
    }

    auto document = OpenApiDocument::load(qEnvironmentVariable("TV_TEST_SOURCE_DIR") +
                                          u"/server/openapi/transform-service.openapi.json"_s);
    if (!document)
        return document.error();
    service->m_document = std::move(document).value();

    service->m_organisation = newId();
    if (Status added = service->exec(
            u"INSERT INTO organisations (id, name, created_at) VALUES (:id, :name, :at)"_s,
            {{u":id"_s, service->m_organisation},
             {u":name"_s, u"Example Academy (fictional)"_s},
             {u":at"_s, server::db::Database::toDb(QDateTime::currentDateTimeUtc())}});
        !added) {
        return added.error();
    }
    const std::pair<Who, std::pair<QString, QString>> users[] = {
        {Who::Practitioner, {u"Sam Example"_s, u"practitioner"_s}},
        {Who::OtherPractitioner, {u"Alex Other"_s, u"practitioner"_s}},
        {Who::Admin, {u"Pat Transform"_s, u"admin"_s}},
    };
    const server::auth::SessionStore sessions(*service->m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[who, user] : users) {
        Result<QString> id = service->addUser(user.first, user.second);
        if (!id)
            return id.error();
        const server::auth::SessionToken token = server::auth::SessionToken::generate();
        if (Status created = sessions.create(token, id.value(), now, now.addSecs(8 * 3600));
            !created) {
            return created.error();
        }
        service->m_ids.insert(who, id.value());
        service->m_tokens.insert(who, token.token);
    }
    if (Status persons = service->insertPersons(); !persons)
        return persons.error();

    service->m_client = std::make_unique<TestHttpClient>(service->m_api->baseUrl());
    return service;
}

Result<QString> ReportsService::addUser(const QString &name, const QString &role) const
{
    const QString id = newId();
    // A password hash no password verifies against (not '!', which marks an account not yet
    // activated and keeps no session): the tests sign in through a session made for them.
    Status added = exec(
        u"INSERT INTO users (id, email, display_name, role, organisation_id, password_hash,"
        u" created_at) VALUES (:id, :email, :name, :role, :organisation, 'no-password', :at)"_s,
        {{u":id"_s, id},
         {u":email"_s, QString(id + u"@school.example"_s)},
         {u":name"_s, name},
         {u":role"_s, role},
         {u":organisation"_s, m_organisation},
         {u":at"_s, server::db::Database::toDb(QDateTime::currentDateTimeUtc())}});
    if (!added)
        return added.error();
    if (Status cleared = server::seed::TrainingSeeder::clearForAccess(*m_db, id, AsOf); !cleared)
        return cleared.error();
    // Two-step sign-in is enrolled through its own routes (the MFA work); an admin passes the
    // gate here by having it recorded directly.
    if (role == "admin"_L1) {
        Status enrolled = recordMfaEnrolment(*m_db, id, QDateTime::currentDateTimeUtc());
        if (!enrolled)
            return enrolled.error();
    }
    return id;
}

// As of 2026-11-24 the two-year window starts on 2024-11-24. Ada (101) has one current flag
// and, before the window, a closed episode, an involvement, an assessment, a school term and an
// incident: none of those older ones is in her person view. Bo (102) has nothing and nobody has
// looked at him. Cy (103) is restricted.
Status ReportsService::insertPersons() const
{
    const QStringList statements = {
        u"INSERT INTO source_datasets (id, code, name, owner, covers_from, covers_to,"
        u" last_updated) VALUES (1, 'csc', 'Children''s Social Care', 'Council', '2010-01-01',"
        u" '2026-10-31', '2026-11-01'), (2, 'police', 'Police notifications', 'Police',"
        u" '2010-01-01', '2026-10-31', '2026-11-01')"_s,
        u"INSERT INTO households (id, address, town, postcode) VALUES"
        u" (7, '12 Station Road', 'Taunton', 'TA1 1AA')"_s,
        u"INSERT INTO persons (id, household_id, given_name, family_name, date_of_birth, upn,"
        u" nhs_number, lcs_case_id, current_school) VALUES"
        u" (101, 7, 'Ada', 'Fictional', '2013-02-01', 'A123456789012', NULL, 'LCS-1',"
        u" 'Example Primary'),"
        u" (102, 7, 'Bo', 'Fictional', '1985-06-07', NULL, NULL, NULL, NULL),"
        u" (103, 7, 'Cy', 'Fictional', '2015-08-09', NULL, NULL, NULL, NULL)"_s,
        u"INSERT INTO episodes (id, person_id, flag, source_id, start_date, end_date, assessed,"
        u" assessor) VALUES (1, 101, 'child-in-need', 1, '2015-03-01', '2016-01-31', :yes,"
        u" 'J. Carter'), (2, 101, 'young-carer', 1, '2026-01-05', NULL, :no, NULL),"
        u" (3, 103, 'child-protection', 1, '2026-02-01', NULL, :no, NULL)"_s,
        u"INSERT INTO involvements (id, person_id, service, agency, source_id, start_date,"
        u" end_date, worker, lead_professional_email) VALUES (1, 101, 'other',"
        u" 'Housing Options', 1, '2014-05-01', '2015-05-01', 'K. Lee', 'k.lee@example.invalid')"_s,
        u"INSERT INTO assessments (id, person_id, assessment_type, assessment_date, source_id,"
        u" creator, creator_email) VALUES (1, 101, 'Early help assessment', '2014-06-01', 1,"
        u" 'M. Shah', 'm.shah@example.invalid')"_s,
        u"INSERT INTO attendance_terms (id, person_id, term_start, term_end, school, percentage)"
        u" VALUES (1, 101, '2015-04-13', '2015-07-22', 'Old Infant School', 91.5)"_s,
        u"INSERT INTO incidents (id, person_id, incident_date, source_id) VALUES"
        u" (1, 101, '2015-09-09', 2)"_s,
        u"INSERT INTO restrictions (person_id, restricted_at, restricted_by) VALUES"
        u" (103, '2026-11-01T09:30:00.000Z', :admin)"_s,
    };
    const QVariantMap bindings{
        {u":yes"_s, true}, {u":no"_s, false}, {u":admin"_s, userId(Who::Admin)}};
    for (const QString &sql : statements) {
        QVariantMap used;
        for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
            if (sql.contains(it.key()))
                used.insert(it.key(), it.value());
        }
        if (Status done = exec(sql, used); !done)
            return done;
    }
    return Done{};
}

server::db::Database &ReportsService::db() const
{
    return *m_db;
}

QString ReportsService::userId(Who who) const
{
    return m_ids.value(who);
}

void ReportsService::signInAs(Who who)
{
    m_client->setBearerToken(m_tokens.value(who));
}

HttpResult ReportsService::get(Who who, const QString &path)
{
    signInAs(who);
    return m_client->get(path);
}

HttpResult ReportsService::post(Who who, const QString &path, const QByteArray &body)
{
    signInAs(who);
    return m_client->postJson(path, body);
}

QStringList ReportsService::undocumented(const QString &method, const QString &documentedPath,
                                         const HttpResult &result) const
{
    for (const auto &operation : m_document->operations()) {
        if (operation.method != method || operation.path != documentedPath)
            continue;
        const QJsonObject schema = m_document->responseSchema(operation, result.status);
        if (schema.isEmpty())
            return {u"%1 %2 does not document status %3"_s.arg(method, documentedPath)
                        .arg(result.status)};
        if (!result.isJsonObject())
            return {u"the answer is not a JSON object"_s};
        return m_document->validate(result.json(), schema);
    }
    return {u"%1 %2 is not in the document"_s.arg(method, documentedPath)};
}

Status ReportsService::exec(const QString &sql, const QVariantMap &bindings) const
{
    const Result<QSqlQuery> done = m_db->run(u"prepare the test", sql, bindings);
    if (!done)
        return done.error();
    return Done{};
}

QVariant ReportsService::scalar(const QString &sql, const QVariantMap &bindings) const
{
    Result<QSqlQuery> query = m_db->run(u"read for the test", sql, bindings);
    if (!query || !query.value().next())
        return {};
    return query.value().value(0);
}

qint64 ReportsService::auditRows() const
{
    return scalar(u"SELECT COUNT(*) FROM audit_log"_s).toLongLong();
}

void ReportsTestCase::initTestCase_data()
{
    addBackendRows();
}

void ReportsTestCase::init()
{
    QFETCH_GLOBAL(Backend, backend);
    auto started = ReportsService::start(backend);
    TV_VERIFY_OK(started);
    m_service = std::move(started).value();
}

void ReportsTestCase::cleanup()
{
    m_service.reset();
}

} // namespace tv::test
