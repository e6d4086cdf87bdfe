#include "server/db/Migrator.h"

#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"
#include "server/db/SchemaMigrations.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::db {
namespace {

// The key of the PostgreSQL advisory lock that serialises migrations ("TVmg").
constexpr qint64 MigrationLockKey = 0x54566d67;

Error migrationError(const Migration &migration, const Error &cause)
{
    return Error{QString(errc::MigrationFailed),
                 u"Migration %1 (%2) was not applied: %3"_s.arg(QString::number(migration.version),
                                                                migration.name, cause.message)};
}

} // namespace

Migrator::Migrator(const Database &database, QList<Migration> migrations)
    : m_database(database)
    , m_migrations(std::move(migrations))
{
    for (qsizetype i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(m_migrations.at(i).version == i + 1, "Migrator", "versions must be 1, 2, 3...");
}

Migrator::Migrator(const Database &database)
    : Migrator(database, schemaMigrations())
{}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

QStringList Migrator::statementsFor(const Migration &migration) const
{
    const bool postgres = m_database.dialect() == Dialect::Postgres;
    QStringList statements;
    statements.reserve(migration.statements.size() + migration.postgresStatements.size() +
                       migration.sqliteStatements.size());
    for (QString statement : migration.statements) {
        statement.replace("${uuid}"_L1, postgres ? "uuid"_L1 : "TEXT"_L1);
        statement.replace("${timestamp}"_L1, postgres ? "timestamptz"_L1 : "TEXT"_L1);
        statement.replace("${date}"_L1, postgres ? "date"_L1 : "TEXT"_L1);
        statement.replace("${bool}"_L1, postgres ? "boolean"_L1 : "INTEGER"_L1);
        statement.replace("${real}"_L1, postgres ? "double precision"_L1 : "REAL"_L1);
        statement.replace("${id}"_L1,
                          postgres ? "BIGINT PRIMARY KEY"_L1 : "INTEGER PRIMARY KEY"_L1);
        statements << statement;
    }
    statements << (postgres ? migration.postgresStatements : migration.sqliteStatements);
    return statements;
}

Result<int> Migrator::currentVersion() const
{
    if (!m_database.connection().tables().contains("schema_migrations"_L1))
        return 0;
    Result<QSqlQuery> query =
        m_database.run(u"read the schema version", u"SELECT MAX(version) FROM schema_migrations"_s);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<Migration>> Migrator::migrate() const
{
    Result<int> before = currentVersion();
    if (!before)
        return before.error();
    if (before.value() > latestVersion()) {
        return Error{QString(errc::SchemaTooNew),
                     u"The %1 has schema version %2, newer than the %3 this program knows; "
                     u"run a newer transform-service."_s.arg(m_database.describe(),
                                                             QString::number(before.value()),
                                                             QString::number(latestVersion()))};
    }

    QList<Migration> applied;
    for (const Migration &migration : m_migrations) {
        if (migration.version <= before.value())
            continue;
        bool appliedHere = false;
        const Status status = m_database.transaction([&]() -> Status {
            if (Status locked = lockForMigration(); !locked)
                return locked;
            if (Status ready = ensureBookkeeping(); !ready)
                return ready;
            // Another instance may have applied it while this one waited for the lock.
            Result<bool> done = isApplied(migration.version);
            if (!done)
                return done.error();
            if (done.value())
                return Done{};
            if (Status ok = apply(migration); !ok)
                return ok;
            appliedHere = true;
            return Done{};
        });
        if (!status)
            return migrationError(migration, status.error());
        if (appliedHere) {
            qCInfo(lcDb).noquote() << u"applied migration %1 (%2)"_s.arg(
                QString::number(migration.version), migration.name);
            applied << migration;
        }
    }
    return applied;
}

Status Migrator::lockForMigration() const
{
    if (m_database.dialect() != Dialect::Postgres)
        return Done{}; // BEGIN IMMEDIATE already holds SQLite's write lock
    if (const Status locked =
            m_database.exec(u"take the migration lock", u"SELECT pg_advisory_xact_lock(:key)"_s,
                            {{u":key"_s, MigrationLockKey}});
        !locked)
        return locked.error();
    return Done{};
}

Status Migrator::ensureBookkeeping() const
{
    const QString timestamp =
        m_database.dialect() == Dialect::Postgres ? u"timestamptz"_s : u"TEXT"_s;
    Result<QSqlQuery> created = m_database.runDdl(u"create the schema_migrations table",
                                                  u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                  u"  version INTEGER PRIMARY KEY,"
                                                  u"  name TEXT NOT NULL,"
                                                  u"  applied_at %1 NOT NULL"
                                                  u")"_s.arg(timestamp));
    if (!created)
        return created.error();
    return Done{};
}

Result<bool> Migrator::isApplied(int version) const
{
    return m_database.exists(u"check whether a migration was applied",
                             u"SELECT 1 FROM schema_migrations WHERE version = :version"_s,
                             {{u":version"_s, version}});
}

Status Migrator::apply(const Migration &migration) const
{
    const QStringList statements = statementsFor(migration);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString purpose = u"run statement %1 of the migration"_s.arg(i + 1);
        Result<QSqlQuery> done = m_database.runDdl(purpose, statements.at(i));
        if (!done)
            return done.error();
    }
    if (const Status recorded =
            m_database.exec(u"record the migration",
                            u"INSERT INTO schema_migrations (version, name, applied_at) "
                            u"VALUES (:version, :name, :applied_at)"_s,
                            {{u":version"_s, migration.version},
                             {u":name"_s, migration.name},
                             {u":applied_at"_s, db::toDb(QDateTime::currentDateTimeUtc())}});
        !recorded)
        return recorded.error();
    return Done{};
}

} // namespace tv::server::db
