#include "tests/support/TestDatabase.h"

#include "server/db/Database.h"
#include "server/db/Migrator.h"

#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::test {
namespace {

Error testSetupError(const QString &message)
{
    return Error{u"test_setup"_s, message};
}

// Runs `sql` on the cluster's maintenance database with a short-lived connection.
Status onCluster(const server::DatabaseConfig &server, const QString &sql)
{
    const QString name = u"tv.test.admin.%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    Status result = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(server.name);
        if (!db.open()) {
            result =
                testSetupError(u"Cannot connect to the test PostgreSQL cluster at %1:%2: %3"_s.arg(
                    server.host, QString::number(server.port), db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                result = testSetupError(
                    u"'%1' failed on the test cluster: %2"_s.arg(sql, query.lastError().text()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString backendName(Backend backend)
{
    return backend == Backend::Postgres ? u"postgres"_s : u"sqlite"_s;
}

QList<Backend> allBackends()
{
    return {Backend::Sqlite, Backend::Postgres};
}

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    for (const Backend backend : allBackends())
        QTest::newRow(qPrintable(backendName(backend))) << backend;
}

TestDatabase::TestDatabase(Backend backend, server::DatabaseConfig config)
    : m_backend(backend)
    , m_config(std::move(config))
{}

TestDatabase::~TestDatabase()
{
    if (m_backend == Backend::Postgres) {
        const Result<server::DatabaseConfig> server = postgresServer();
        if (server) {
            // FORCE ends connections a test left open (a service process, say).
            const Status dropped =
                onCluster(server.value(),
                          u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(m_config.name));
            if (!dropped)
                qWarning("%s", qPrintable(dropped.error().message));
        }
    }
}

Result<server::DatabaseConfig> TestDatabase::postgresServer()
{
    const QString path = qEnvironmentVariable("TV_TEST_POSTGRES_INFO");
    if (path.isEmpty()) {
        return testSetupError(
            u"TV_TEST_POSTGRES_INFO is not set: run this test through ctest, whose 'postgres' "
            u"fixture starts the private PostgreSQL cluster and sets it."_s);
    }
    if (!QFileInfo(path).isReadable()) {
        return testSetupError(u"TV_TEST_POSTGRES_INFO names '%1', which cannot be read: is the "
                              u"'postgres' fixture running?"_s.arg(path));
    }
    const QSettings ini(path, QSettings::IniFormat);
    server::DatabaseConfig config;
    config.driver = server::DatabaseConfig::Driver::Postgres;
    config.host = ini.value(u"postgres/host"_s).toString();
    config.port = ini.value(u"postgres/port"_s).toInt();
    config.user = ini.value(u"postgres/user"_s).toString();
    config.name = ini.value(u"postgres/database"_s).toString();
    if (config.host.isEmpty() || config.port <= 0 || config.user.isEmpty() || config.name.isEmpty())
        return testSetupError(
            u"'%1' lacks host, port, user or database in [postgres]."_s.arg(path));
    return config;
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::create(Backend backend)
{
    if (backend == Backend::Sqlite) {
        auto directory = std::make_unique<QTemporaryDir>();
        if (!directory->isValid())
            return testSetupError(u"Cannot create a temporary directory."_s);
        server::DatabaseConfig config;
        config.driver = server::DatabaseConfig::Driver::Sqlite;
        config.sqlitePath = directory->filePath(u"service.sqlite"_s);
        std::unique_ptr<TestDatabase> database(new TestDatabase(backend, config));
        database->m_directory = std::move(directory);
        return database;
    }

    Result<server::DatabaseConfig> server = postgresServer();
    if (!server)
        return server.error();
    server::DatabaseConfig config = server.value();
    config.name = u"tv_test_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    if (Status created = onCluster(server.value(), u"CREATE DATABASE \"%1\""_s.arg(config.name));
        !created) {
        return created.error();
    }
    return std::unique_ptr<TestDatabase>(new TestDatabase(backend, config));
}

Backend TestDatabase::backend() const
{
    return m_backend;
}

const server::DatabaseConfig &TestDatabase::config() const
{
    return m_config;
}

QString TestDatabase::iniSection() const
{
    if (m_backend == Backend::Sqlite)
        return u"[database]\ndriver=sqlite\npath=%1\n"_s.arg(m_config.sqlitePath);
    return u"[database]\ndriver=postgres\nhost=%1\nport=%2\nname=%3\nuser=%4\n"_s.arg(
        m_config.host, QString::number(m_config.port), m_config.name, m_config.user);
}

} // namespace tv::test

namespace tv::test {

Result<std::unique_ptr<server::db::Database>> TestDatabase::openMigrated() const
{
    Result<std::unique_ptr<server::db::Database>> db = server::db::Database::open(m_config);
    if (!db)
        return db.error();
    if (const auto migrated = server::db::Migrator(*db.value()).migrate(); !migrated)
        return migrated.error();
    return db;
}

} // namespace tv::test
