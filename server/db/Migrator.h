#pragma once

#include "models/domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tv::server::db {

class Database;

// One step of the schema. Statements are written once for both engines; the few type names that
// differ are placeholders the Migrator fills in per dialect:
//   ${uuid}       uuid on PostgreSQL, TEXT on SQLite
//   ${timestamp}  timestamptz on PostgreSQL, TEXT (ISO 8601, UTC) on SQLite
//   ${date}       date on PostgreSQL, TEXT (YYYY-MM-DD) on SQLite
//   ${bool}       boolean on PostgreSQL, INTEGER (0 or 1) on SQLite
//   ${real}       double precision on PostgreSQL, REAL on SQLite
//   ${id}         BIGINT PRIMARY KEY on PostgreSQL, INTEGER PRIMARY KEY (the rowid) on SQLite
// `postgresStatements` run after `statements` on PostgreSQL only (triggers, grants, ALTER TABLE),
// `sqliteStatements` on SQLite only (where a changed key means rebuilding the table).
struct Migration {
    int version = 0;
    QString name;
    QStringList statements;
    QStringList postgresStatements = {};
    QStringList sqliteStatements = {};
};

// Brings a database to the newest schema this program knows. Each migration runs in its own
// transaction together with its row in `schema_migrations`, so it is applied completely or not
// at all; a second run applies nothing. On PostgreSQL a transaction-scoped advisory lock keeps
// several instances starting at once from applying the same migration twice.
class Migrator final {
public:
    // `migrations` must have strictly increasing versions starting at 1.
    explicit Migrator(const Database &database, QList<Migration> migrations);
    explicit Migrator(const Database &database); // the service's own schema

    int latestVersion() const;
    // The newest applied version; 0 for a database that has never been migrated.
    Result<int> currentVersion() const;
    // Applies what is missing and returns what it applied, oldest first.
    Result<QList<Migration>> migrate() const;

    // A migration's statements as this dialect runs them.
    QStringList statementsFor(const Migration &migration) const;

private:
    Status ensureBookkeeping() const;
    Status lockForMigration() const;
    Result<bool> isApplied(int version) const;
    Status apply(const Migration &migration) const;

    const Database &m_database;
    QList<Migration> m_migrations;
};

} // namespace tv::server::db
