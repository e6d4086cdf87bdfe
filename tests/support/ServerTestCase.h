#pragma once

#include "models/domain/Result.h"
#include "server/auth/AuthService.h"
#include "server/http/ApiServer.h"
#include "tests/support/ServerFixture.h"
#include "tests/support/ServerTestNames.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestHttpClient.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace tv::test {

// The base of a service test class that works on one database at a time: it owns the database
// (m_test), the connection (m_db), the AuthService (m_auth) and the ApiServer (m_api) a test
// uses, and the steps that make them, so each test's init() and cleanup() are a call or two.
// Test functions stay in the derived class; this class declares no slots. The members are
// released in the reverse order of declaration (the server before the database it reads), by
// stopService() or by the destructor.
class ServerTestCase : public QObject {
    Q_OBJECT

public:
    ~ServerTestCase() override;

protected:
    ServerTestCase();

    // The backend of the running row of initTestCase_data()'s `backend` column.
    static Backend currentBackend();

    // A fresh database on `backend` in m_test and m_db, with the schema applied (openDatabase)
    // or without it (openEmptyDatabase); whatever the members held before is released first.
    Status openDatabase(Backend backend);
    Status openEmptyDatabase(Backend backend);

    // A fresh database on `backend` in m_test without a connection, for a program under test
    // to open; false, with the reason logged, when it cannot be made.
    bool createDatabase(Backend backend);

    // m_auth (with `authOptions`) on m_db.
    void startAuth(server::auth::AuthService::Options authOptions = {});

    // m_api on m_db and m_auth, listening on loopback.
    Status startApi(server::http::ApiServer::Options apiOptions);

    // openDatabase(), startAuth() and startApi() in one.
    Status startService(Backend backend, server::http::ApiServer::Options apiOptions,
                        server::auth::AuthService::Options authOptions = {});

    // tv::test::addClearedUser() and clientWithSession() on m_auth, m_db and m_api.
    Result<QString> addClearedUser(const server::auth::NewUser &user, QDate asOf,
                                   std::optional<QDateTime> mfaEnrolledAt = std::nullopt) const;
    Result<std::unique_ptr<TestHttpClient>> clientWithSession(const QString &userId) const;

    // The first column of the first row `sql` returns on m_db; -1 when it fails or returns none.
    qint64 scalar(const QString &sql, const QVariantMap &bindings = {}) const;

    // Releases m_api, m_auth, m_db and m_test, in that order.
    void stopService();

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<server::db::Database> m_db;
    std::unique_ptr<server::auth::AuthService> m_auth;
    std::unique_ptr<server::http::ApiServer> m_api;
};

} // namespace tv::test
