#pragma once

#include "models/domain/Result.h"
#include "server/ServerConfig.h"
#include "server/db/DbValues.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThread>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace tv::server::db {

// The SQL dialects the service speaks. The schema is the same on both; only a few type names
// differ (see Migrator).
enum class Dialect { Sqlite, Postgres };

class Database;

// The executed statement that Database::runPrepared() lends out: read its rows, then let the
// handle go. Its destructor finishes the query (on SQLite that ends the statement's read) and
// gives the prepared statement back to its connection, to be executed again by the next caller.
// A handle must not outlive the Database that lent it.
class PreparedQuery final {
public:
    Q_DISABLE_COPY(PreparedQuery)
    PreparedQuery(PreparedQuery &&other) noexcept;
    PreparedQuery &operator=(PreparedQuery &&other) = delete;
    ~PreparedQuery();

    QSqlQuery &operator*() const;
    QSqlQuery *operator->() const;

private:
    friend class Database;
    struct Slot;
    PreparedQuery(Slot *lent, std::unique_ptr<Slot> own);

    Slot *m_slot;                // the statement in use: lent by the connection, or m_own
    std::unique_ptr<Slot> m_own; // a statement of its own when the connection's was in use
};

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
    // Runs a statement for its effect only (as run() does).
    Status exec(QStringView purpose, const QString &sql, const QVariantMap &bindings = {}) const;
    // Whether `sql` (run as run() does) finds a row.
    Result<bool> exists(QStringView purpose, const QString &sql,
                        const QVariantMap &bindings = {}) const;
    // The first column of the first row `sql` (run as run() does) finds; nullopt when it finds
    // none.
    Result<std::optional<QVariant>> firstValue(QStringView purpose, const QString &sql,
                                               const QVariantMap &bindings = {}) const;

    // Like run(), for the statements of the hot paths (every request's session and access check,
    // a person view's reads, the audit append): the statement is prepared once per connection
    // and only executed after that, so a call costs one round trip instead of three (prepare,
    // execute, deallocate). Every call must bind every placeholder. While one caller still
    // holds the handle of a statement, a second call with the same SQL gets a fresh statement,
    // so nested and interleaved use stays correct. A statement that fails is dropped, and
    // prepared afresh on its next use.
    Result<PreparedQuery> runPrepared(QStringView purpose, const QString &sql,
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

    // The conversions of "server/db/DbValues.h", under the names the tests call.
    static QVariant toDb(const QDateTime &dateTime) { return db::toDb(dateTime); }
    static QDateTime dateTimeFromDb(const QVariant &value) { return db::dateTimeFromDb(value); }
    static QVariant toDb(QDate date) { return db::toDb(date); }
    static QDate dateFromDb(const QVariant &value) { return db::dateFromDb(value); }

private:
    Database(const DatabaseConfig &config, QString connectionName);

    Status execSimple(QStringView purpose, const QString &sql) const;
    Status enableWriteAheadLog() const;

    Dialect m_dialect;
    QString m_connectionName;
    QString m_description;
    QThread *m_thread;
    mutable int m_transactionDepth = 0;
    // The connection's prepared statements, by their SQL. Bounded: past the limit a statement
    // is prepared for its one use, as run() does.
    mutable std::unordered_map<QString, std::unique_ptr<PreparedQuery::Slot>> m_prepared;
};

} // namespace tv::server::db
