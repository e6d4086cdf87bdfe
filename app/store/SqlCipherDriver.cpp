#include "app/store/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTime>
#include <QVariant>

#include <limits>
#include <mutex>

#define SQLITE_HAS_CODEC 1
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace tv::store {

namespace {

const auto MemoryDatabase = u":memory:"_s;

// SQLite copies every bound value before sqlite3_bind_* returns.
const sqlite3_destructor_type Transient = SQLITE_TRANSIENT;

QSqlError makeError(sqlite3 *db, const QString &what, QSqlError::ErrorType type, int code)
{
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, detail, type, QString::number(code));
}

// Wipes a buffer that held key material.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QMetaType typeOfDeclaration(const char *declared)
{
    const QByteArray type = QByteArray(declared ? declared : "").toUpper();
    if (type.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType::fromType<QString>();
    if (type.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType::fromType<double>();
    return QMetaType();
}

// Qt 6's QVariant::isNull() is false for a null QString or QByteArray; SQL wants NULL for those.
bool isSqlNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    default:
        return false;
    }
}

#if defined(Q_OS_UNIX)
// Creates the file (or tightens an existing one) readable and writable by its owner only, before
// SQLite opens it with the process umask. Refuses a symbolic link.
int ensurePrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return errno;
    const int changed = ::fchmod(fd, S_IRUSR | S_IWUSR);
    const int error = changed == 0 ? 0 : errno;
    ::close(fd);
    return error;
}
#endif

} // namespace

// One statement. Forward-only: rows are read as SQLite steps, never cached.
class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;
    Q_DISABLE_COPY_MOVE(SqlCipherResult)

    void finalize();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int index) override;
    bool isNull(int index) override;
    bool fetch(int index) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;
    void setForwardOnly(bool forward) override;

private:
    sqlite3 *database() const;
    bool run(bool bind);
    bool bindAll();
    bool fail(const QString &what, QSqlError::ErrorType type, int code);

    sqlite3_stmt *m_statement = nullptr;
    bool m_rowPending = false; // exec() stepped onto the first row already
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    QSqlResult::setForwardOnly(true);
    driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (const auto *owner = qobject_cast<const SqlCipherDriver *>(driver()))
        owner->detach(this);
}

void SqlCipherResult::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_rowPending = false;
}

sqlite3 *SqlCipherResult::database() const
{
    const auto *owner = qobject_cast<const SqlCipherDriver *>(driver());
    return owner ? owner->m_db : nullptr;
}

bool SqlCipherResult::fail(const QString &what, QSqlError::ErrorType type, int code)
{
    setLastError(makeError(database(), what, type, code));
    return false;
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_rowsAffected = -1;
    m_lastInsertId.clear();
    sqlite3 *db = database();
    if (!db)
        return fail(u"The database is not open."_s, QSqlError::ConnectionError, SQLITE_MISUSE);

    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, &tail);
    if (rc != SQLITE_OK) {
        finalize();
        return fail(u"Unable to prepare the statement."_s, QSqlError::StatementError, rc);
    }
    if (!m_statement)
        return fail(u"The statement is empty."_s, QSqlError::StatementError, SQLITE_MISUSE);
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        finalize();
        return fail(u"Only one statement can be run at a time."_s, QSqlError::StatementError,
                    SQLITE_MISUSE);
    }
    return true;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && run(false);
}

bool SqlCipherResult::exec()
{
    return run(true);
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant> values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != expected) {
        return fail(
            u"Parameter count mismatch: the statement has %1, %2 were bound."_s.arg(expected).arg(
                values.size()),
            QSqlError::StatementError, SQLITE_RANGE);
    }
    for (int i = 0; i < expected; ++i) {
        const QVariant &value = values.at(i);
        const int position = i + 1;
        int rc = SQLITE_OK;
        if (isSqlNull(value)) {
            rc = sqlite3_bind_null(m_statement, position);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_statement, position, value.toLongLong());
                break;
            case QMetaType::ULongLong:
                if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
                    return fail(u"An unsigned value is too large to store."_s,
                                QSqlError::StatementError, SQLITE_RANGE);
                rc = sqlite3_bind_int64(m_statement, position, value.toLongLong());
                break;
            case QMetaType::Float:
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statement, position, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = bytes.isEmpty() ? sqlite3_bind_zeroblob(m_statement, position, 0)
                                     : sqlite3_bind_blob(m_statement, position, bytes.constData(),
                                                         int(bytes.size()), Transient);
                break;
            }
            case QMetaType::QDateTime:
                rc = sqlite3_bind_text(
                    m_statement, position,
                    value.toDateTime().toString(Qt::ISODateWithMs).toUtf8().constData(), -1,
                    Transient);
                break;
            default: {
                if (!value.canConvert<QString>())
                    return fail(u"A value of type %1 cannot be stored."_s.arg(
                                    QString::fromLatin1(value.metaType().name())),
                                QSqlError::StatementError, SQLITE_MISMATCH);
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, position, text.constData(), int(text.size()),
                                       Transient);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return fail(u"Unable to bind a value."_s, QSqlError::StatementError, rc);
    }
    return true;
}

bool SqlCipherResult::run(bool bind)
{
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_rowPending = false;
    m_rowsAffected = -1;
    m_lastInsertId.clear();
    sqlite3 *db = database();
    if (!m_statement || !db)
        return fail(u"No statement is prepared."_s, QSqlError::StatementError, SQLITE_MISUSE);

    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (bind && !bindAll())
        return false;

    const int changesBefore = sqlite3_total_changes(db);
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return fail(u"Unable to run the statement."_s, QSqlError::StatementError, rc);
    }
    const bool select = sqlite3_column_count(m_statement) > 0;
    setSelect(select);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
    } else if (!select) {
        m_rowsAffected = sqlite3_total_changes(db) - changesBefore;
        if (m_rowsAffected > 0)
            m_lastInsertId = qlonglong(sqlite3_last_insert_rowid(db));
        sqlite3_reset(m_statement);
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (at() != QSql::BeforeFirstRow)
        return fail(u"The result can only be read forwards."_s, QSqlError::StatementError,
                    SQLITE_MISUSE);
    return fetchNext();
}

bool SqlCipherResult::fetchNext()
{
    if (!m_statement)
        return false;
    const int next = at() == QSql::BeforeFirstRow ? 0 : at() + 1;
    if (m_rowPending) {
        m_rowPending = false;
        setAt(next);
        return true;
    }
    if (at() == QSql::BeforeFirstRow)
        return false; // the statement returned no rows
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        setAt(next);
        return true;
    }
    setAt(QSql::AfterLastRow);
    if (rc != SQLITE_DONE)
        fail(u"Unable to read the next row."_s, QSqlError::StatementError, rc);
    sqlite3_reset(m_statement);
    return false;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || (at() != QSql::BeforeFirstRow && index <= at()))
        return fail(u"The result can only be read forwards."_s, QSqlError::StatementError,
                    SQLITE_MISUSE);
    while (at() == QSql::BeforeFirstRow || at() < index) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqlCipherResult::fetchLast()
{
    return fail(u"The result can only be read forwards."_s, QSqlError::StatementError,
                SQLITE_MISUSE);
}

void SqlCipherResult::setForwardOnly(bool forward)
{
    Q_UNUSED(forward)
    QSqlResult::setForwardOnly(true);
}

QVariant SqlCipherResult::data(int index)
{
    if (!m_statement || !isValid() || index < 0 || index >= sqlite3_column_count(m_statement))
        return QVariant();
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, index);
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(m_statement, index);
        const int size = sqlite3_column_bytes(m_statement, index);
        return QByteArray(static_cast<const char *>(bytes), size);
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
        const int size = sqlite3_column_bytes(m_statement, index);
        return QString::fromUtf8(text, size);
    }
    case SQLITE_NULL:
    default:
        return QVariant(typeOfDeclaration(sqlite3_column_decltype(m_statement, index)));
    }
}

bool SqlCipherResult::isNull(int index)
{
    if (!m_statement || !isValid() || index < 0 || index >= sqlite3_column_count(m_statement))
        return true;
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    QSqlRecord record;
    if (!m_statement || !isActive() || !isSelect())
        return record;
    const int columns = sqlite3_column_count(m_statement);
    for (int i = 0; i < columns; ++i) {
        const char *table = sqlite3_column_table_name(m_statement, i);
        record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_statement, i)),
                                typeOfDeclaration(sqlite3_column_decltype(m_statement, i)),
                                table ? QString::fromUtf8(table) : QString()));
    }
    return record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_rowPending = false;
}

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString(Name), new QSqlDriverCreator<SqlCipherDriver>);
    });
}

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    case SimpleLocking:
        return true;
    // Named placeholders are rewritten to positional ones by QSqlResult and still bound by
    // SQLite, never pasted into the statement.
    case NamedPlaceholders:
    case QuerySize:
    case LowPrecisionNumbers:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &user, const QString &password,
                           const QString &host, int port, const QString &connectOptions)
{
    Q_UNUSED(user)
    Q_UNUSED(host)
    Q_UNUSED(port)
    Q_UNUSED(connectOptions)
    QByteArray hex = password.toLatin1();
    const bool wellFormed =
        hex.isEmpty() ||
        (hex.size() == 2 * KeyBytes && std::all_of(hex.cbegin(), hex.cend(), [](char c) {
             return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
         }));
    if (!wellFormed) {
        wipe(hex);
        close();
        setLastError(QSqlError(u"The key must be 64 hexadecimal digits."_s, QString(),
                               QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
        setOpenError(true);
        return false;
    }
    QByteArray key = QByteArray::fromHex(hex);
    wipe(hex);
    const bool opened = openWithKey(db, key);
    wipe(key);
    return opened;
}

bool SqlCipherDriver::openWithKey(const QString &path, const QByteArray &key)
{
    close();
    if (!key.isEmpty() && key.size() != KeyBytes) {
        failOpen(u"The key must be %1 bytes."_s.arg(KeyBytes), SQLITE_MISUSE);
        return false;
    }

#if defined(Q_OS_UNIX)
    if (path != MemoryDatabase) {
        if (const int error = ensurePrivateFile(path)) {
            setLastError(QSqlError(u"Unable to create the database file."_s,
                                   QString::fromLocal8Bit(strerror(error)),
                                   QSqlError::ConnectionError, QString::number(SQLITE_CANTOPEN)));
            setOpenError(true);
            return false;
        }
    }
#endif

    const QByteArray file = path.toUtf8();
    int rc = sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc != SQLITE_OK) {
        failOpen(u"Unable to open the database."_s, rc);
        return false;
    }

    if (!key.isEmpty()) {
        // The key as a raw key literal, x'<64 hex digits>': SQLCipher uses it as is, with no
        // passphrase derivation. sqlite3_key() is the C form of PRAGMA key, so the key never
        // passes through SQL text.
        QByteArray hex = key.toHex();
        QByteArray literal = "x'" + hex + "'";
        rc = sqlite3_key_v2(m_db, "main", literal.constData(), int(literal.size()));
        wipe(literal);
        wipe(hex);
        if (rc != SQLITE_OK) {
            failOpen(u"Unable to set the database key."_s, rc);
            return false;
        }
    }

    // Setting a key always succeeds; the first read proves it (SQLITE_NOTADB when it is wrong).
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failOpen(u"The database could not be read with this key, or is not a database."_s, rc);
        return false;
    }

    // cipher_memory_security exists from SQLCipher 4 (3.x always wipes its memory); SQLite
    // ignores pragmas it does not know. The journal stays in memory: nothing beside the file.
    rc = sqlite3_exec(m_db,
                      "PRAGMA cipher_memory_security = ON;"
                      "PRAGMA secure_delete = ON;"
                      "PRAGMA journal_mode = MEMORY;"
                      "PRAGMA temp_store = MEMORY;",
                      nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failOpen(u"Unable to configure the database."_s, rc);
        return false;
    }

    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::failOpen(const QString &what, int code)
{
    setLastError(makeError(m_db, what, QSqlError::ConnectionError, code));
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(true);
}

void SqlCipherDriver::close()
{
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalize();
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::attach(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execute(const char *sql, QSqlError::ErrorType type, const QString &what)
{
    if (!m_db) {
        setLastError(
            QSqlError(what, u"The database is not open."_s, type, QString::number(SQLITE_MISUSE)));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_db, what, type, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return execute("BEGIN;", QSqlError::TransactionError, u"Unable to begin a transaction."_s);
}

bool SqlCipherDriver::commitTransaction()
{
    return execute("COMMIT;", QSqlError::TransactionError, u"Unable to commit the transaction."_s);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execute("ROLLBACK;", QSqlError::TransactionError,
                   u"Unable to roll back the transaction."_s);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << u"'table'"_s;
    if (type & QSql::Views)
        kinds << u"'view'"_s;
    if (!kinds.isEmpty()) {
        const QByteArray sql =
            (u"SELECT name FROM sqlite_master WHERE type IN ("_s + kinds.join(u',') +
             u") AND name NOT LIKE 'sqlite_%' ORDER BY name"_s)
                .toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                names << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            }
        }
        sqlite3_finalize(statement);
    }
    if (type & QSql::SystemTables)
        names << u"sqlite_master"_s;
    return names;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace tv::store
