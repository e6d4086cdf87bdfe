#include "server/db/Database.h"

#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"

#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <utility>

using namespace Qt::StringLiterals;

namespace tv::server::db {
namespace {

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed();
}

// The engine's code for a failed statement: SQLSTATE on PostgreSQL, the extended result code on
// SQLite.
QString engineCode(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.isEmpty() ? u"unknown"_s : code;
}

bool isUniqueViolation(Dialect dialect, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (dialect == Dialect::Postgres)
        return code == "23505"_L1;
    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
    return code == "2067"_L1 || code == "1555"_L1;
}

Error statementError(Dialect dialect, QStringView purpose, const QSqlError &error, bool quoteEngine)
{
    const QString code = engineCode(error);
    QString message = u"The database could not %1 (error %2)"_s.arg(purpose, code);
    if (quoteEngine && !error.databaseText().isEmpty())
        message += u": "_s + firstLine(error.databaseText());
    message += u'.';
    if (isUniqueViolation(dialect, error))
        return Error{QString(errc::AlreadyExists), message};
    return Error{QString(errc::DatabaseError), message};
}

// More distinct statements than the service has on its hot paths; a statement past the limit is
// still run, prepared for its one use.
constexpr std::size_t MaxPreparedStatements = 64;

} // namespace

struct PreparedQuery::Slot {
    explicit Slot(const QSqlDatabase &connection)
        : query(connection)
    {
        // Not forward-only: on PostgreSQL a forward-only query streams its rows, and any other
        // statement on the connection would cut the rest off; a whole result is read at once.
    }
    QSqlQuery query;
    bool lent = false;
};

PreparedQuery::PreparedQuery(Slot *lent, std::unique_ptr<Slot> own)
    : m_slot(own ? own.get() : lent)
    , m_own(std::move(own))
{}

PreparedQuery::PreparedQuery(PreparedQuery &&other) noexcept
    : m_slot(std::exchange(other.m_slot, nullptr))
    , m_own(std::move(other.m_own))
{}

PreparedQuery::~PreparedQuery()
{
    if (!m_slot)
        return;
    m_slot->query.finish();
    m_slot->lent = false;
}

QSqlQuery &PreparedQuery::operator*() const
{
    return m_slot->query;
}

QSqlQuery *PreparedQuery::operator->() const
{
    return &m_slot->query;
}

Database::Database(const DatabaseConfig &config, QString connectionName)
    : m_dialect(config.driver == DatabaseConfig::Driver::Postgres ? Dialect::Postgres
                                                                  : Dialect::Sqlite)
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread())
{
    if (m_dialect == Dialect::Postgres) {
        const QString host = config.host.isEmpty() ? u"localhost"_s : config.host;
        m_description = u"PostgreSQL database '%1' on %2:%3"_s.arg(config.name, host,
                                                                   QString::number(config.port));
    } else {
        m_description = u"SQLite database '%1'"_s.arg(config.sqlitePath);
    }
}

Database::~Database()
{
    for (const auto &[sql, slot] : m_prepared)
        Q_ASSERT_X(!slot->lent, "Database", "a prepared query outlives its database");
    m_prepared.clear(); // the statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config)
{
    const bool postgres = config.driver == DatabaseConfig::Driver::Postgres;
    const QString driverName = postgres ? u"QPSQL"_s : u"QSQLITE"_s;
    const QString name = u"tv.server.%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    std::unique_ptr<Database> database(new Database(config, name));

    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        return Error{QString(errc::DatabaseUnavailable),
                     u"The Qt SQL driver %1 is not installed, so the %2 cannot be opened."_s.arg(
                         driverName, database->describe())};
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
    if (postgres) {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.name);
        db.setUserName(config.user);
        db.setPassword(config.password);
        db.setConnectOptions(u"connect_timeout=10;application_name=transform-service"_s);
    } else {
        db.setDatabaseName(config.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }

    if (!db.open()) {
        // Connection errors name the host, the database and the reason; no value of ours.
        const QString reason =
            firstLine(db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                              : db.lastError().databaseText());
        return Error{QString(errc::DatabaseUnavailable),
                     u"Could not open the %1: %2"_s.arg(database->describe(), reason)};
    }

    // Per-connection settings: UTC timestamps on PostgreSQL; foreign keys (off by default) and
    // write-ahead logging for files on SQLite.
    Status configured = Done{};
    if (postgres) {
        configured = database->execSimple(u"set the time zone to UTC", u"SET TIME ZONE 'UTC'"_s);
    } else {
        configured = database->execSimple(u"enable foreign keys", u"PRAGMA foreign_keys = ON"_s);
        if (configured && config.sqlitePath != ":memory:"_L1)
            configured = database->enableWriteAheadLog();
    }
    if (!configured)
        return configured.error();

    qCDebug(lcDb).noquote() << "opened" << database->describe() << "as" << name;
    return database;
}

Status Database::enableWriteAheadLog() const
{
    // Switching the journal mode needs a moment of exclusive access, and SQLite answers "busy"
    // at once instead of waiting for it when another process opens the file at the same time.
    QDeadlineTimer deadline(10'000);
    for (;;) {
        QSqlQuery query(connection());
        if (query.exec(u"PRAGMA journal_mode = WAL"_s))
            return Done{};
        const bool busy = query.lastError().nativeErrorCode() == "5"_L1;
        if (!busy || deadline.hasExpired())
            return statementError(m_dialect, u"enable write-ahead logging", query.lastError(),
                                  true);
        QThread::msleep(20);
    }
}

Dialect Database::dialect() const
{
    return m_dialect;
}

QString Database::connectionName() const
{
    return m_connectionName;
}

QString Database::describe() const
{
    return m_description;
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "a database connection is used on a thread that did not open it");
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::exec(QStringView purpose, const QString &sql, const QVariantMap &bindings) const
{
    Result<QSqlQuery> query = run(purpose, sql, bindings);
    if (!query)
        return query.error();
    return Done{};
}

Result<bool> Database::exists(QStringView purpose, const QString &sql,
                              const QVariantMap &bindings) const
{
    Result<QSqlQuery> query = run(purpose, sql, bindings);
    if (!query)
        return query.error();
    return query.value().next();
}

Result<std::optional<QVariant>> Database::firstValue(QStringView purpose, const QString &sql,
                                                     const QVariantMap &bindings) const
{
    Result<QSqlQuery> query = run(purpose, sql, bindings);
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<QVariant>();
    return std::optional<QVariant>(query.value().value(0));
}

Result<QSqlQuery> Database::run(QStringView purpose, const QString &sql,
                                const QVariantMap &bindings) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return statementError(m_dialect, purpose, query.lastError(), false);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        qCWarning(lcDb).noquote() << "statement failed:" << purpose << "error"
                                  << engineCode(query.lastError());
        return statementError(m_dialect, purpose, query.lastError(), false);
    }
    return query;
}

Result<PreparedQuery> Database::runPrepared(QStringView purpose, const QString &sql,
                                            const QVariantMap &bindings) const
{
    // The connection's statement when it is free; otherwise (it is lent out, or the cache is
    // full) one prepared for this use only.
    PreparedQuery::Slot *lent = nullptr;
    std::unique_ptr<PreparedQuery::Slot> own;
    bool fresh = false;
    if (const auto found = m_prepared.find(sql); found != m_prepared.end()) {
        if (!found->second->lent)
            lent = found->second.get();
    } else if (m_prepared.size() < MaxPreparedStatements) {
        lent = m_prepared.emplace(sql, std::make_unique<PreparedQuery::Slot>(connection()))
                   .first->second.get();
        fresh = true;
    }
    if (!lent) {
        own = std::make_unique<PreparedQuery::Slot>(connection());
        fresh = true;
    }
    QSqlQuery &query = own ? own->query : lent->query;

    const auto failed = [&] {
        const Error error = statementError(m_dialect, purpose, query.lastError(), false);
        if (lent) {
            query.finish();
            m_prepared.erase(sql); // prepared afresh next time
        }
        return error;
    };
    if (fresh && !query.prepare(sql))
        return failed();
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        qCWarning(lcDb).noquote() << "statement failed:" << purpose << "error"
                                  << engineCode(query.lastError());
        return failed();
    }
    if (lent)
        lent->lent = true;
    return PreparedQuery(lent, std::move(own));
}

Result<QSqlQuery> Database::runDdl(QStringView purpose, const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        qCWarning(lcDb).noquote() << "statement failed:" << purpose << "error"
                                  << engineCode(query.lastError());
        return statementError(m_dialect, purpose, query.lastError(), true);
    }
    return query;
}

Status Database::execSimple(QStringView purpose, const QString &sql) const
{
    Result<QSqlQuery> result = runDdl(purpose, sql);
    if (!result)
        return result.error();
    return Done{};
}

Status Database::transaction(const std::function<Status()> &work) const
{
    if (m_transactionDepth > 0)
        return work(); // joins the transaction already open: it commits or rolls back with it
    struct Depth {
        int &depth;
        explicit Depth(int &d)
            : depth(++d)
        {}
        ~Depth() { --depth; }
        Q_DISABLE_COPY_MOVE(Depth)
    };

    const QString begin = m_dialect == Dialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    if (Status begun = execSimple(u"begin a transaction", begin); !begun)
        return begun;

    Status result = [&] {
        const Depth inside(m_transactionDepth);
        return work();
    }();
    if (result) {
        result = execSimple(u"commit a transaction", u"COMMIT"_s);
        if (result)
            return result;
    }
    if (Status rolledBack = execSimple(u"roll back a transaction", u"ROLLBACK"_s); !rolledBack)
        qCWarning(lcDb).noquote() << rolledBack.error().message;
    return result;
}

} // namespace tv::server::db
