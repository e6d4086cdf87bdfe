#pragma once

#include "models/domain/Result.h"
#include "server/ServerConfig.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tv::server::db {
class Database;
}

namespace tv::test {

enum class Backend { Sqlite, Postgres };

QString backendName(Backend backend);
QList<Backend> allBackends();
// In a _data() function: a `backend` column with one row per backend, named "sqlite" and
// "postgres". In initTestCase_data() it makes every test function run on both.
void addBackendRows();

// A fresh, empty database for one test, on either engine, removed by the destructor.
//   SQLite: a file in a temporary directory (a file, so a second connection or a child process
//           sees the same data).
//   PostgreSQL: a uniquely named database on the private cluster that ctest's `postgres`
//           fixture starts, found through the INI file named by TV_TEST_POSTGRES_INFO. Without
//           it, create() fails: a PostgreSQL test never passes by not running.
class TestDatabase final {
public:
    Q_DISABLE_COPY_MOVE(TestDatabase)
    ~TestDatabase();

    static Result<std::unique_ptr<TestDatabase>> create(Backend backend);

    // The cluster's own connection settings (its `postgres` database), from
    // TV_TEST_POSTGRES_INFO.
    static Result<server::DatabaseConfig> postgresServer();

    Backend backend() const;
    const server::DatabaseConfig &config() const;
    // The [database] section of a service INI file that points at this database.
    QString iniSection() const;

    // A connection to this database (on the calling thread) with the service's schema applied.
    Result<std::unique_ptr<server::db::Database>> openMigrated() const;

private:
    TestDatabase(Backend backend, server::DatabaseConfig config);

    Backend m_backend;
    server::DatabaseConfig m_config;
    std::unique_ptr<QTemporaryDir> m_directory; // SQLite
};

} // namespace tv::test

Q_DECLARE_METATYPE(tv::test::Backend)
