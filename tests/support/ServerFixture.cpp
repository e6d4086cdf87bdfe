#include "tests/support/ServerFixture.h"

#include "server/auth/AuthService.h"
#include "server/auth/SessionToken.h"
#include "server/db/Database.h"
#include "server/db/Migrator.h"
#include "server/seed/PersonGenerator.h"
#include "server/seed/TrainingSeeder.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace tv::test {

Status createMigrated(Backend backend, std::unique_ptr<TestDatabase> &test,
                      std::unique_ptr<server::db::Database> &db)
{
    if (Status created = createEmpty(backend, test, db); !created)
        return created;
    if (const auto migrated = server::db::Migrator(*db).migrate(); !migrated)
        return migrated.error();
    return Done{};
}

Status createEmpty(Backend backend, std::unique_ptr<TestDatabase> &test,
                   std::unique_ptr<server::db::Database> &db)
{
    db.reset();
    test.reset();
    auto created = TestDatabase::create(backend);
    if (!created)
        return created.error();
    test = std::move(created).value();
    auto opened = server::db::Database::open(test->config());
    if (!opened)
        return opened.error();
    db = std::move(opened).value();
    return Done{};
}

Status generatePersons(server::db::Database &db, qint64 persons, quint32 seed, QDate asOf)
{
    server::seed::GeneratorOptions options;
    options.persons = persons;
    options.seed = seed;
    options.asOf = asOf;
    if (const auto generated = server::seed::PersonGenerator(db).generate(options); !generated)
        return generated.error();
    return Done{};
}

server::auth::AuthService::Options withRandomKey(server::auth::AuthService::Options options)
{
    options.secrets = server::auth::SecretBox::random();
    return options;
}

std::unique_ptr<server::auth::AuthService> authServiceWithRandomKey(server::db::Database &db)
{
    return std::make_unique<server::auth::AuthService>(db, withRandomKey());
}

Result<std::unique_ptr<server::http::ApiServer>>
listeningApi(const server::db::Database &db, const server::auth::AuthService &auth,
             server::http::ApiServer::Options options)
{
    auto api = std::make_unique<server::http::ApiServer>(db, auth, std::move(options));
    if (const Status listening = api->listen(QHostAddress::LocalHost, 0); !listening)
        return listening.error();
    return api;
}

Status startService(Backend backend, std::unique_ptr<TestDatabase> &test,
                    std::unique_ptr<server::db::Database> &db,
                    std::unique_ptr<server::auth::AuthService> &auth,
                    std::unique_ptr<server::http::ApiServer> &api,
                    server::http::ApiServer::Options apiOptions,
                    server::auth::AuthService::Options authOptions)
{
    api.reset();
    auth.reset();
    if (Status created = createMigrated(backend, test, db); !created)
        return created;
    auth = std::make_unique<server::auth::AuthService>(*db, std::move(authOptions));
    auto listening = listeningApi(*db, *auth, std::move(apiOptions));
    if (!listening)
        return listening.error();
    api = std::move(listening).value();
    return Done{};
}

Status startService(Backend backend, Service &service, server::http::ApiServer::Options apiOptions,
                    server::auth::AuthService::Options authOptions)
{
    return startService(backend, service.test, service.db, service.auth, service.api,
                        std::move(apiOptions), std::move(authOptions));
}

Status recordMfaEnrolment(const server::db::Database &db, const QString &userId,
                          const QDateTime &at)
{
    if (auto enrolled = db.run(u"record MFA enrolment",
                               u"UPDATE users SET mfa_enrolled_at = :at WHERE id = :id"_s,
                               {{u":at"_s, server::db::Database::toDb(at)}, {u":id"_s, userId}});
        !enrolled) {
        return enrolled.error();
    }
    return Done{};
}

Result<QString> addClearedUser(const server::auth::AuthService &auth,
                               const server::db::Database &db, const server::auth::NewUser &user,
                               QDate asOf, std::optional<QDateTime> mfaEnrolledAt)
{
    auto created = auth.users().createUser(user);
    if (!created)
        return created.error();
    const QString id = created.value().id;
    if (const Status cleared = server::seed::TrainingSeeder::clearForAccess(db, id, asOf);
        !cleared) {
        return cleared.error();
    }
    if (mfaEnrolledAt) {
        if (const Status enrolled = recordMfaEnrolment(db, id, *mfaEnrolledAt); !enrolled)
            return enrolled.error();
    }
    return id;
}

Result<std::unique_ptr<TestHttpClient>> clientWithSession(const server::auth::AuthService &auth,
                                                          const QString &userId,
                                                          const QUrl &baseUrl, int seconds)
{
    const server::auth::SessionToken token = server::auth::SessionToken::generate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const Status created = auth.sessions().create(token, userId, now, now.addSecs(seconds));
        !created) {
        return created.error();
    }
    auto client = std::make_unique<TestHttpClient>(baseUrl);
    client->setBearerToken(token.token);
    return client;
}

} // namespace tv::test
