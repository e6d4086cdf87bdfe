#include "tests/support/ServerTestCase.h"

#include "server/db/Database.h"

#include <QSqlQuery>
#include <QTest>

namespace tv::test {

ServerTestCase::ServerTestCase() = default;

ServerTestCase::~ServerTestCase()
{
    stopService();
}

Backend ServerTestCase::currentBackend()
{
    QFETCH_GLOBAL(Backend, backend);
    return backend;
}

Status ServerTestCase::openDatabase(Backend backend)
{
    stopService();
    return createMigrated(backend, m_test, m_db);
}

Status ServerTestCase::openEmptyDatabase(Backend backend)
{
    stopService();
    return createEmpty(backend, m_test, m_db);
}

bool ServerTestCase::createDatabase(Backend backend)
{
    stopService();
    auto test = TestDatabase::create(backend);
    if (!test) {
        qWarning("%s", qPrintable(test.error().message));
        return false;
    }
    m_test = std::move(test).value();
    return true;
}

void ServerTestCase::startAuth(server::auth::AuthService::Options authOptions)
{
    m_auth = std::make_unique<server::auth::AuthService>(*m_db, std::move(authOptions));
}

Status ServerTestCase::startApi(server::http::ApiServer::Options apiOptions)
{
    auto api = listeningApi(*m_db, *m_auth, std::move(apiOptions));
    if (!api)
        return api.error();
    m_api = std::move(api).value();
    return Done{};
}

Status ServerTestCase::startService(Backend backend, server::http::ApiServer::Options apiOptions,
                                    server::auth::AuthService::Options authOptions)
{
    return tv::test::startService(backend, m_test, m_db, m_auth, m_api, std::move(apiOptions),
                                  std::move(authOptions));
}

Result<QString> ServerTestCase::addClearedUser(const server::auth::NewUser &user, QDate asOf,
                                               std::optional<QDateTime> mfaEnrolledAt) const
{
    return tv::test::addClearedUser(*m_auth, *m_db, user, asOf, mfaEnrolledAt);
}

Result<std::unique_ptr<TestHttpClient>>
ServerTestCase::clientWithSession(const QString &userId) const
{
    return tv::test::clientWithSession(*m_auth, userId, m_api->baseUrl());
}

qint64 ServerTestCase::scalar(const QString &sql, const QVariantMap &bindings) const
{
    auto query = m_db->run(u"read a number", sql, bindings);
    if (!query || !query.value().next())
        return -1;
    return query.value().value(0).toLongLong();
}

void ServerTestCase::stopService()
{
    m_api.reset();
    m_auth.reset();
    m_db.reset();
    m_test.reset();
}

} // namespace tv::test
