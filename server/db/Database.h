#pragma once

#include "ServerConfig.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThread>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace tv::server::db {

// The SQL dialects the service speaks. The schema is the same on both; only a few type names
// differ (see Migrator).
enum class Dialect { Sqlite, Postgres };

// One named database connection, opened from a DatabaseConfig. Qt SQL connections belong to the
// thread that opens them: use a Database only on the thread that created it, and open one per
// thread (and per ServiceHost) when more are needed.
//
// Every statement takes its values as bound parameters. Error messages name the statement's
// purpose and the engine's error code, never a value: the engine's own text can quote the row
// it choked on (an email address, say), so it never leaves this class.
class Database final {
public:
    Q_DISABLE_COPY_MOVE(Database)
    ~Database();

    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);

    Dialect dialect() const;
    QString connectionName() const;
    // A short description for logs and errors, e.g. "PostgreSQL database 'tv' on db:5432".
    QString describe() const;
    QSqlDatabase connection() const;

    // Prepares `sql`, binds `bindings` (":name" -> value) and executes it. `purpose` is what the
    // statement does, in words, for the error message ("find a user by email").
    Result<QSqlQuery> run(QStringView purpose, const QString &sql,
                          const QVariantMap &bindings = {}) const;

    // Like run(), for statements that carry no value (schema changes): the error also quotes
    // the first line of the engine's message, which names the object it failed on.
    Result<QSqlQuery> runDdl(QStringView purpose, const QString &sql) const;

    // Runs `work` in one transaction: commits when it succeeds, rolls back when it fails.
    // Called from inside another transaction's work, it joins that one: nothing commits until
    // the outermost work succeeds, and a failure anywhere rolls back all of it.
    // On SQLite the transaction takes the write lock at once (BEGIN IMMEDIATE), so two writers
    // wait for each other instead of failing half way.
    Status transaction(const std::function<Status()> &work) const;

    // Timestamps are stored in UTC: timestamptz on PostgreSQL, ISO 8601 text on SQLite (which
    // then sorts and compares correctly as text).
    static QVariant toDb(const QDateTime &dateTime);
    static QDateTime dateTimeFromDb(const QVariant &value);
    // Dates likewise: date on PostgreSQL, YYYY-MM-DD text on SQLite; an invalid QDate is NULL.
    static QVariant toDb(QDate date);
    static QDate dateFromDb(const QVariant &value);

private:
    Database(const DatabaseConfig &config, QString connectionName);

    Status execSimple(QStringView purpose, const QString &sql) const;
    Status enableWriteAheadLog() const;

    Dialect m_dialect;
    QString m_connectionName;
    QString m_description;
    QThread *m_thread;
    mutable int m_transactionDepth = 0;
};

} // namespace tv::server::db
