// SqlCipherDriver: our Qt Sql driver over the statically linked SQLCipher, through QSqlDatabase
// and QSqlQuery as the rest of the client uses it, next to Qt's own QSQLITE plugin.

#include "app/store/SqlCipherDriver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::store::SqlCipherDriver;

namespace {

const QString KeyA = u"2dd29ca851e7b56e4697b0e1f08507293d761a05ce4d1b628663f411a8086d99"_s;
const QString KeyB = u"98483c6eb40b6c31a448c22a66ded3b5e5e8d5119cac8327b655c8b5c4836481"_s;
// Quotes, a statement terminator and a comment: harmless only if bound, never pasted.
const QString Awkward = u"O'Brien \"the\" ; DROP TABLE t; -- caf\u00e9"_s;

QByteArray binaryBlob()
{
    QByteArray blob;
    for (int i = 0; i < 256; ++i)
        blob.append(char(i));
    return blob;
}

} // namespace

class TestSqlCipherDriver final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void registeredUnderItsOwnName();
    void boundParametersRoundTrip();
    void positionalPlaceholders();
    void transactionsCommitAndRollBack();
    void errorsCarryTheSqliteCode();
    void wrongKeyIsNotADatabase();
    void malformedKeyIsRefused();
    void fileIsEncryptedAndPrivate();
    void resultsAreForwardOnly();
    void qsqlitePluginWorksSideBySide();

private:
    QSqlDatabase openCipher(const QString &name, const QString &key);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestSqlCipherDriver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SqlCipherDriver::registerDriver();
    SqlCipherDriver::registerDriver(); // twice is harmless
}

void TestSqlCipherDriver::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s);
}

void TestSqlCipherDriver::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase TestSqlCipherDriver::openCipher(const QString &name, const QString &key)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QString(SqlCipherDriver::Name), name);
    db.setDatabaseName(m_path);
    db.setPassword(key);
    db.open();
    return db;
}

void TestSqlCipherDriver::registeredUnderItsOwnName()
{
    QVERIFY(QSqlDatabase::drivers().contains(u"TVSQLCIPHER"_s));
    QSqlDatabase db = openCipher(u"named"_s, KeyA);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QVERIFY(qobject_cast<SqlCipherDriver *>(db.driver()));
    QVERIFY(db.driver()->hasFeature(QSqlDriver::PreparedQueries));
    QVERIFY(db.driver()->hasFeature(QSqlDriver::Transactions));
    QVERIFY(db.driver()->hasFeature(QSqlDriver::LastInsertId));
}

void TestSqlCipherDriver::boundParametersRoundTrip()
{
    QSqlDatabase db = openCipher(u"bound"_s, KeyA);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, data BLOB, "
                        "amount REAL, note TEXT)"_s),
             qPrintable(query.lastError().text()));

    QVERIFY(query.prepare(u"INSERT INTO t (name, data, amount, note) "
                          "VALUES (:name, :data, :amount, :name)"_s));
    query.bindValue(u":name"_s, Awkward);
    query.bindValue(u":data"_s, binaryBlob());
    query.bindValue(u":amount"_s, 12.5);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), 1);
    QCOMPARE(query.lastInsertId().toLongLong(), 1);
    // The statement SQLite ran had placeholders, not values.
    QVERIFY(!query.executedQuery().contains(u"O'Brien"_s));

    query.bindValue(u":name"_s, QString());
    query.bindValue(u":data"_s, QByteArray());
    query.bindValue(u":amount"_s, QVariant());
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(query.lastInsertId().toLongLong(), 2);
    // An empty value is not a missing one.
    query.bindValue(u":name"_s, u""_s);
    query.bindValue(u":data"_s, QByteArray(""));
    query.bindValue(u":amount"_s, 0.0);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(query.lastInsertId().toLongLong(), 3);

    QVERIFY(query.prepare(u"SELECT id, name, data, amount, note FROM t WHERE name = :name"_s));
    query.bindValue(u":name"_s, Awkward);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.isSelect());
    QCOMPARE(query.numRowsAffected(), -1);
    QVERIFY(query.next());
    QCOMPARE(query.value(u"id"_s).toLongLong(), 1);
    QCOMPARE(query.value(u"name"_s).toString(), Awkward);
    QCOMPARE(query.value(u"data"_s).toByteArray(), binaryBlob());
    QCOMPARE(query.value(u"amount"_s).toDouble(), 12.5);
    QCOMPARE(query.value(u"note"_s).toString(), Awkward);
    QCOMPARE(query.record().fieldName(2), u"data"_s);
    QVERIFY(!query.next());

    QVERIFY(query.exec(u"SELECT name, data, amount FROM t WHERE id = 2"_s));
    QVERIFY(query.next());
    QVERIFY(query.isNull(0));
    QVERIFY(query.isNull(1));
    QVERIFY(query.isNull(2));
    QVERIFY(query.exec(u"SELECT name, data FROM t WHERE id = 3"_s));
    QVERIFY(query.next());
    QVERIFY(!query.isNull(0));
    QVERIFY(!query.isNull(1));
    QCOMPARE(query.value(0).toString(), QString());
    QCOMPARE(query.value(1).toByteArray(), QByteArray());

    // The table is still there: nothing in the value was run as SQL.
    QVERIFY(query.exec(u"SELECT count(*) FROM t"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 3);
}

void TestSqlCipherDriver::positionalPlaceholders()
{
    QSqlDatabase db = openCipher(u"positional"_s, KeyA);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE t (a TEXT, b INTEGER)"_s));
    QVERIFY(query.prepare(u"INSERT INTO t (a, b) VALUES (?, ?)"_s));
    for (int i = 0; i < 3; ++i) {
        query.addBindValue(u"row '%1'"_s.arg(i));
        query.addBindValue(i * 10);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(query.prepare(u"SELECT a FROM t WHERE b >= ? ORDER BY b"_s));
    query.bindValue(0, 10);
    QVERIFY(query.exec());
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    QCOMPARE(rows, (QStringList{u"row '1'"_s, u"row '2'"_s}));

    QVERIFY(query.exec(u"UPDATE t SET b = b + 1 WHERE b > 0"_s));
    QCOMPARE(query.numRowsAffected(), 2);
}

void TestSqlCipherDriver::transactionsCommitAndRollBack()
{
    QSqlDatabase db = openCipher(u"transactions"_s, KeyA);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE t (a INTEGER)"_s));
    const auto count = [&] {
        QSqlQuery counter(db);
        return counter.exec(u"SELECT count(*) FROM t"_s) && counter.next()
                   ? counter.value(0).toInt()
                   : -1;
    };

    QVERIFY(db.transaction());
    QVERIFY(query.exec(u"INSERT INTO t VALUES (1)"_s));
    QCOMPARE(count(), 1);
    QVERIFY(db.rollback());
    QCOMPARE(count(), 0);

    QVERIFY(db.transaction());
    QVERIFY(query.exec(u"INSERT INTO t VALUES (2)"_s));
    QVERIFY(db.commit());
    QCOMPARE(count(), 1);

    // Committing with no transaction open is an error, reported as one.
    QVERIFY(!db.commit());
    QCOMPARE(db.lastError().type(), QSqlError::TransactionError);
    QCOMPARE(db.lastError().nativeErrorCode(), u"1"_s);
}

void TestSqlCipherDriver::errorsCarryTheSqliteCode()
{
    QSqlDatabase db = openCipher(u"errors"_s, KeyA);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY(!query.exec(u"SELEKT 1"_s));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QCOMPARE(query.lastError().nativeErrorCode(), u"1"_s); // SQLITE_ERROR

    QVERIFY(query.exec(u"CREATE TABLE t (a INTEGER PRIMARY KEY)"_s));
    QVERIFY(query.exec(u"INSERT INTO t VALUES (1)"_s));
    QVERIFY(!query.exec(u"INSERT INTO t VALUES (1)"_s));
    QCOMPARE(query.lastError().nativeErrorCode(), u"19"_s); // SQLITE_CONSTRAINT

    QVERIFY(query.prepare(u"INSERT INTO t VALUES (?)"_s));
    query.addBindValue(2);
    query.addBindValue(3);
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().nativeErrorCode(), u"25"_s); // SQLITE_RANGE

    QVERIFY(!query.exec(u"SELECT 1; SELECT 2"_s));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
}

void TestSqlCipherDriver::wrongKeyIsNotADatabase()
{
    {
        QSqlDatabase db = openCipher(u"first"_s, KeyA);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE t (a INTEGER)"_s));
    }
    cleanup();

    {
        QSqlDatabase wrong = openCipher(u"wrong"_s, KeyB);
        QVERIFY(!wrong.isOpen());
        QCOMPARE(wrong.lastError().type(), QSqlError::ConnectionError);
        QCOMPARE(wrong.lastError().nativeErrorCode(), u"26"_s); // SQLITE_NOTADB
    }
    cleanup();

    // The right key still opens it: a failed open changed nothing.
    QSqlDatabase right = openCipher(u"right"_s, KeyA);
    QVERIFY2(right.isOpen(), qPrintable(right.lastError().text()));
    QCOMPARE(right.tables(), QStringList{u"t"_s});

    // openWithKey() takes the key as bytes.
    right.close();
    auto *driver = qobject_cast<SqlCipherDriver *>(right.driver());
    QVERIFY(driver->openWithKey(m_path, QByteArray::fromHex(KeyA.toLatin1())));
    QVERIFY(right.isOpen());
    QVERIFY(!driver->openWithKey(m_path, QByteArray::fromHex(KeyB.toLatin1())));
    QCOMPARE(driver->lastError().nativeErrorCode(), u"26"_s);
    QVERIFY(!right.isOpen());
}

void TestSqlCipherDriver::malformedKeyIsRefused()
{
    QSqlDatabase db = openCipher(u"malformed"_s, u"not a key"_s);
    QVERIFY(!db.isOpen());
    QVERIFY(db.lastError().isValid());
    auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
    QVERIFY(!driver->openWithKey(m_path, QByteArray(16, 'k')));
    QVERIFY(!db.isOpen());
}

void TestSqlCipherDriver::fileIsEncryptedAndPrivate()
{
    const QString secret = u"needle-in-the-file-4711"_s;
    {
        QSqlDatabase db = openCipher(u"encrypted"_s, KeyA);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE t (a TEXT)"_s));
        QVERIFY(query.prepare(u"INSERT INTO t VALUES (?)"_s));
        query.addBindValue(secret);
        QVERIFY(query.exec());
    }
    cleanup();
    QFile file(m_path);
    QCOMPARE(file.permissions() &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains("CREATE TABLE"));
    // Journal kept in memory: nothing beside the file.
    QVERIFY(!QFile::exists(m_path + u"-journal"_s));
    QVERIFY(!QFile::exists(m_path + u"-wal"_s));
}

void TestSqlCipherDriver::resultsAreForwardOnly()
{
    QSqlDatabase db = openCipher(u"forward"_s, KeyA);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    query.setForwardOnly(false);
    QVERIFY(query.exec(u"CREATE TABLE t (a INTEGER)"_s));
    QVERIFY(query.exec(u"INSERT INTO t VALUES (1), (2), (3)"_s));
    QCOMPARE(query.numRowsAffected(), 3);
    QCOMPARE(query.lastInsertId().toLongLong(), 3);
    QVERIFY(query.exec(u"SELECT a FROM t ORDER BY a"_s));
    QVERIFY(query.isForwardOnly());
    QCOMPARE(query.size(), -1);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QVERIFY(query.seek(2));
    QCOMPARE(query.value(0).toInt(), 3);
    QVERIFY(!query.next());
    QCOMPARE(query.at(), int(QSql::AfterLastRow));

    QVERIFY(query.exec(u"SELECT a FROM t WHERE a > 100"_s));
    QVERIFY(query.isSelect());
    QVERIFY(!query.next());
    QVERIFY(!query.lastError().isValid());
}

void TestSqlCipherDriver::qsqlitePluginWorksSideBySide()
{
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
    QSqlDatabase cipher = openCipher(u"cipher"_s, KeyA);
    QVERIFY2(cipher.isOpen(), qPrintable(cipher.lastError().text()));
    QSqlQuery cipherQuery(cipher);
    QVERIFY(cipherQuery.exec(u"CREATE TABLE t (a TEXT)"_s));
    QVERIFY(cipherQuery.exec(u"INSERT INTO t VALUES ('encrypted')"_s));

    const QString plainPath = m_dir.filePath(u"plain.db"_s);
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        plain.setDatabaseName(plainPath);
        QVERIFY2(plain.open(), qPrintable(plain.lastError().text()));
        QSqlQuery query(plain);
        QVERIFY(query.exec(u"CREATE TABLE p (a TEXT)"_s));
        QVERIFY(query.prepare(u"INSERT INTO p VALUES (?)"_s));
        query.addBindValue(u"plain text"_s);
        QVERIFY(query.exec());
        QVERIFY(query.exec(u"SELECT a FROM p"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"plain text"_s);
        // The plugin has the system's SQLite, not ours: no cipher pragmas there.
        QVERIFY(query.exec(u"PRAGMA cipher_version"_s));
        QVERIFY(!query.next());
    }
    QFile plainFile(plainPath);
    QVERIFY(plainFile.open(QIODevice::ReadOnly));
    QVERIFY(plainFile.readAll().startsWith("SQLite format 3"));

    // Ours answers for SQLCipher, and is still usable after the plugin ran.
    QVERIFY(cipherQuery.exec(u"PRAGMA cipher_version"_s));
    QVERIFY(cipherQuery.next());
    QVERIFY(!cipherQuery.value(0).toString().isEmpty());
    QVERIFY(cipherQuery.exec(u"SELECT a FROM t"_s));
    QVERIFY(cipherQuery.next());
    QCOMPARE(cipherQuery.value(0).toString(), u"encrypted"_s);

    // And the plugin cannot read the encrypted file.
    QSqlDatabase intruder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"intruder"_s);
    intruder.setDatabaseName(m_path);
    QVERIFY(intruder.open());
    QSqlQuery intrusion(intruder);
    QVERIFY(!intrusion.exec(u"SELECT a FROM t"_s));
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
