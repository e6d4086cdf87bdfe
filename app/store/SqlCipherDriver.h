#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace tv::store {

class SqlCipherResult;

// A Qt Sql driver of our own over the SQLCipher C API (linked statically, so Qt's QSQLITE plugin
// never binds to it): encrypted SQLite files opened with a raw 256-bit key, real bound parameters
// for positional ("?") and named (":name") placeholders, transactions and forward-only results.
// Errors carry SQLite's primary result code as QSqlError::nativeErrorCode ("26" for a file that
// the key does not open).
//
// Two ways in:
//  - QSqlDatabase::addDatabase(SqlCipherDriver::Name) then open() with the password set to the
//    key as 64 hexadecimal digits (generic use; Qt keeps the password in a QString);
//  - openWithKey() on the driver itself, which takes the key as bytes and wipes its own copies
//    (what EncryptedSessionStore does).
// An empty key opens an unencrypted database; only ":memory:" should ever be opened that way.
class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

public:
    static constexpr QLatin1StringView Name{"TVSQLCIPHER"};
    static constexpr int KeyBytes = 32;

    // Makes the driver known to QSqlDatabase under Name. Safe to call more than once.
    static void registerDriver();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // Opens `path` (created with mode 0600 when missing) with `key` (KeyBytes bytes), then proves
    // the key by reading the schema and applies the store's pragmas. On failure lastError() says
    // why; a wrong key gives nativeErrorCode "26" (SQLITE_NOTADB).
    bool openWithKey(const QString &path, const QByteArray &key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;

private:
    friend class SqlCipherResult;

    bool execute(const char *sql, QSqlError::ErrorType type, const QString &what);
    void failOpen(const QString &what, int code);
    void attach(SqlCipherResult *result) const;
    void detach(SqlCipherResult *result) const;

    sqlite3 *m_db = nullptr;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace tv::store
