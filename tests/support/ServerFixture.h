#pragma once

#include "models/domain/Result.h"
#include "server/auth/AuthService.h"
#include "server/auth/UserDirectory.h"
#include "server/http/ApiServer.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestHttpClient.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace tv::server::db {
class Database;
}

// The setup the service's tests share: a fresh migrated database, generated persons, users who
// meet every condition of access with a live session, and an ApiServer on loopback. Each returns
// an error (for TV_VERIFY_OK or a setUp() that reports it) rather than failing the test itself.
namespace tv::test {

// A fresh database on `backend` (owned by `test`) and a connection to it (`db`) with the schema
// applied. Whatever the two held before is released first, the connection before its database.
Status createMigrated(Backend backend, std::unique_ptr<TestDatabase> &test,
                      std::unique_ptr<server::db::Database> &db);

// The same database without the schema: `db` is a plain connection to the empty database.
Status createEmpty(Backend backend, std::unique_ptr<TestDatabase> &test,
                   std::unique_ptr<server::db::Database> &db);

// PersonGenerator with `persons` persons from `seed`, dated relative to `asOf`.
Status generatePersons(server::db::Database &db, qint64 persons, quint32 seed, QDate asOf);

// `options` with a random key in its secret box (so two-step enrolment works).
server::auth::AuthService::Options withRandomKey(server::auth::AuthService::Options options = {});

// An AuthService whose secret box has a random key.
std::unique_ptr<server::auth::AuthService> authServiceWithRandomKey(server::db::Database &db);

// An ApiServer on `db` and `auth` listening on loopback, any free port.
Result<std::unique_ptr<server::http::ApiServer>>
listeningApi(const server::db::Database &db, const server::auth::AuthService &auth,
             server::http::ApiServer::Options options);

// createMigrated(), then an AuthService with `authOptions` in `auth` and a listeningApi() with
// `apiOptions` in `api` (released first, the server before the database).
Status startService(Backend backend, std::unique_ptr<TestDatabase> &test,
                    std::unique_ptr<server::db::Database> &db,
                    std::unique_ptr<server::auth::AuthService> &auth,
                    std::unique_ptr<server::http::ApiServer> &api,
                    server::http::ApiServer::Options apiOptions,
                    server::auth::AuthService::Options authOptions = {});

// The parts of a running service, for a test that keeps one per backend (a struct of its own may
// derive from this and add clients). Released in the reverse order: the server first.
struct Service {
    std::unique_ptr<TestDatabase> test;
    std::unique_ptr<server::db::Database> db;
    std::unique_ptr<server::auth::AuthService> auth;
    std::unique_ptr<server::http::ApiServer> api;
};

// The same into `service`'s parts.
Status startService(Backend backend, Service &service, server::http::ApiServer::Options apiOptions,
                    server::auth::AuthService::Options authOptions = {});

// Records `userId` as enrolled in two-step sign-in at `at` (the MFA routes are tested
// elsewhere).
Status recordMfaEnrolment(const server::db::Database &db, const QString &userId,
                          const QDateTime &at);

// A user made with `user`, every condition of access met as of `asOf` and, when `mfaEnrolledAt`
// is set, enrolled in two-step sign-in then. Returns the user's id.
Result<QString> addClearedUser(const server::auth::AuthService &auth,
                               const server::db::Database &db, const server::auth::NewUser &user,
                               QDate asOf, std::optional<QDateTime> mfaEnrolledAt);

// A session for `userId` made directly in the store, from now for `seconds`, and a client for
// `baseUrl` that sends its token.
Result<std::unique_ptr<TestHttpClient>> clientWithSession(const server::auth::AuthService &auth,
                                                          const QString &userId,
                                                          const QUrl &baseUrl, int seconds = 3600);

} // namespace tv::test
