#include "server/ServerErrors.h"
#include "tests/support/ServerTestCase.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using tv::server::db::Dialect;

class TestDatabaseClass final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    QString timestampType() const
    {
        return m_db->dialect() == Dialect::Postgres ? u"timestamptz"_s : u"TEXT"_s;
    }

    int count(const QString &table) { return int(scalar(u"SELECT COUNT(*) FROM "_s + table)); }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init() { TV_VERIFY_OK(openEmptyDatabase(currentBackend())); }

    void cleanup() { stopService(); }

    void opensTheConfiguredEngine()
    {
        QFETCH_GLOBAL(Backend, backend);
        QCOMPARE(m_db->dialect(),
                 backend == Backend::Postgres ? Dialect::Postgres : Dialect::Sqlite);
        QVERIFY(m_db->connection().isOpen());
        QCOMPARE(m_db->connection().driverName(),
                 backend == Backend::Postgres ? u"QPSQL"_s : u"QSQLITE"_s);
        QVERIFY(m_db->describe().contains(
            backend == Backend::Postgres ? m_test->config().name : m_test->config().sqlitePath));
    }

    void eachInstanceHasItsOwnConnection()
    {
        auto second = Database::open(m_test->config());
        TV_VERIFY_OK(second);
        QVERIFY(second.value()->connectionName() != m_db->connectionName());
        TV_VERIFY_OK(m_db->runDdl(u"create a table", u"CREATE TABLE t (v TEXT)"_s));
        TV_VERIFY_OK(second.value()->run(u"insert", u"INSERT INTO t (v) VALUES (:v)"_s,
                                         {{u":v"_s, u"x"_s}}));
        QCOMPARE(count(u"t"_s), 1);
        const QString name = second.value()->connectionName();
        second.value().reset();
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void boundValuesAreStoredVerbatim()
    {
        TV_VERIFY_OK(m_db->runDdl(u"create a table", u"CREATE TABLE t (v TEXT)"_s));
        const QString nasty = u"x'); DROP TABLE t; --\" \\ ? :v $1 %"_s;
        TV_VERIFY_OK(m_db->run(u"insert", u"INSERT INTO t (v) VALUES (:v)"_s, {{u":v"_s, nasty}}));
        auto read = m_db->run(u"read", u"SELECT v FROM t WHERE v = :v"_s, {{u":v"_s, nasty}});
        TV_VERIFY_OK(read);
        QVERIFY(read.value().next());
        QCOMPARE(read.value().value(0).toString(), nasty);
        QCOMPARE(count(u"t"_s), 1);
    }

    void timestampsRoundTripInUtc()
    {
        TV_VERIFY_OK(
            m_db->runDdl(u"create a table", u"CREATE TABLE t (at %1)"_s.arg(timestampType())));
        const QDateTime local(QDate(2024, 3, 31), QTime(1, 30, 15, 123), QTimeZone(3600));
        TV_VERIFY_OK(m_db->run(u"insert", u"INSERT INTO t (at) VALUES (:at)"_s,
                               {{u":at"_s, Database::toDb(local)}}));
        auto read = m_db->run(u"read", u"SELECT at FROM t"_s);
        TV_VERIFY_OK(read);
        QVERIFY(read.value().next());
        const QDateTime back = Database::dateTimeFromDb(read.value().value(0));
        QVERIFY(back.isValid());
        QCOMPARE(back, local);
        QCOMPARE(back.offsetFromUtc(), 0);
    }

    void timestampsCompareAsInstants()
    {
        TV_VERIFY_OK(
            m_db->runDdl(u"create a table", u"CREATE TABLE t (at %1)"_s.arg(timestampType())));
        const QDateTime base(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc());
        for (int minutes : {5, 120, 600})
            TV_VERIFY_OK(m_db->run(u"insert", u"INSERT INTO t (at) VALUES (:at)"_s,
                                   {{u":at"_s, Database::toDb(base.addSecs(minutes * 60))}}));
        auto later = m_db->run(u"compare", u"SELECT COUNT(*) FROM t WHERE at > :cut"_s,
                               {{u":cut"_s, Database::toDb(base.addSecs(60 * 60))}});
        TV_VERIFY_OK(later);
        QVERIFY(later.value().next());
        QCOMPARE(later.value().value(0).toInt(), 2);
    }

    void transactionCommitsOrRollsBack()
    {
        TV_VERIFY_OK(m_db->runDdl(u"create a table", u"CREATE TABLE t (v TEXT)"_s));
        const auto insert = [this](const QString &v) {
            return m_db->run(u"insert", u"INSERT INTO t (v) VALUES (:v)"_s, {{u":v"_s, v}});
        };
        TV_VERIFY_OK(m_db->transaction([&]() -> tv::Status {
            if (auto ok = insert(u"kept"_s); !ok)
                return ok.error();
            return tv::Done{};
        }));
        const tv::Status failed = m_db->transaction([&]() -> tv::Status {
            if (auto ok = insert(u"undone"_s); !ok)
                return ok.error();
            return tv::Error{u"test"_s, u"the work failed"_s};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, u"the work failed"_s);
        QCOMPARE(count(u"t"_s), 1);
    }

    void preparedStatementsAreReusedWithTheirNewValues()
    {
        TV_VERIFY_OK(m_db->runDdl(u"create a table", u"CREATE TABLE t (k INTEGER, v TEXT)"_s));
        for (int k = 1; k <= 3; ++k) {
            TV_VERIFY_OK(m_db->runPrepared(u"insert", u"INSERT INTO t (k, v) VALUES (:k, :v)"_s,
                                           {{u":k"_s, k}, {u":v"_s, u"value %1"_s.arg(k)}}));
        }
        const QString select = u"SELECT v FROM t WHERE k = :k"_s;
        for (int k : {2, 1, 3, 2}) {
            auto found = m_db->runPrepared(u"read", select, {{u":k"_s, k}});
            TV_VERIFY_OK(found);
            QVERIFY(found.value()->next());
            QCOMPARE(found.value()->value(0).toString(), u"value %1"_s.arg(k));
            QVERIFY(!found.value()->next());
        }
        if (m_db->dialect() == Dialect::Postgres) {
            // One server-side statement per distinct SQL, however often it ran.
            auto prepared = m_db->run(u"count prepared statements",
                                      u"SELECT COUNT(*) FROM pg_prepared_statements"
                                      u" WHERE statement LIKE '%FROM t WHERE k%'"
                                      u" AND statement NOT LIKE '%pg_prepared_statements%'"_s);
            TV_VERIFY_OK(prepared);
            QVERIFY(prepared.value().next());
            QCOMPARE(prepared.value().value(0).toInt(), 1);
        }
    }

    void aPreparedStatementInUseIsNeverHandedOutTwice()
    {
        TV_VERIFY_OK(m_db->runDdl(u"create a table", u"CREATE TABLE t (k INTEGER)"_s));
        TV_VERIFY_OK(m_db->run(u"insert", u"INSERT INTO t (k) VALUES (1), (2), (3)"_s));
        const QString select = u"SELECT k FROM t WHERE k >= :k ORDER BY k"_s;
        auto outer = m_db->runPrepared(u"read", select, {{u":k"_s, 1}});
        TV_VERIFY_OK(outer);
        QList<int> pairs;
        while (outer.value()->next()) {
            // The same SQL while the outer rows are still being read: its own statement.
            auto inner = m_db->runPrepared(u"read", select, {{u":k"_s, 3}});
            TV_VERIFY_OK(inner);
            QVERIFY(inner.value()->next());
            pairs.append(outer.value()->value(0).toInt() * 10 + inner.value()->value(0).toInt());
        }
        QCOMPARE(pairs, (QList<int>{13, 23, 33}));
    }

    void aFailedPreparedStatementIsPreparedAfresh()
    {
        TV_VERIFY_OK(m_db->runDdl(u"create a table", u"CREATE TABLE t (v TEXT PRIMARY KEY)"_s));
        const QString insert = u"INSERT INTO t (v) VALUES (:v)"_s;
        TV_VERIFY_OK(m_db->runPrepared(u"insert", insert, {{u":v"_s, u"a"_s}}));
        const auto duplicate = m_db->runPrepared(u"store a value", insert, {{u":v"_s, u"a"_s}});
        TV_VERIFY_ERROR(duplicate, tv::server::errc::AlreadyExists);
        QVERIFY(duplicate.error().message.contains(u"store a value"_s));
        TV_VERIFY_OK(m_db->runPrepared(u"insert", insert, {{u":v"_s, u"b"_s}}));
        QCOMPARE(count(u"t"_s), 2);
    }

    void aReleasedPreparedQueryHoldsNoReadOpen()
    {
        // A statement left mid-read keeps its table in use (on SQLite, dropping it fails with
        // "database table is locked"); the handle ends the read when it goes.
        TV_VERIFY_OK(m_db->runDdl(u"create a table", u"CREATE TABLE t (k INTEGER)"_s));
        TV_VERIFY_OK(m_db->run(u"insert", u"INSERT INTO t (k) VALUES (1), (2)"_s));
        {
            auto partly = m_db->runPrepared(u"read", u"SELECT k FROM t ORDER BY k"_s);
            TV_VERIFY_OK(partly);
            QVERIFY(partly.value()->next()); // one row of two read, then let go
        }
        TV_VERIFY_OK(m_db->runDdl(u"drop the table", u"DROP TABLE t"_s));
    }

    void errorsNameThePurposeButNeverAValue()
    {
        TV_VERIFY_OK(m_db->runDdl(u"create a table", u"CREATE TABLE t (v TEXT PRIMARY KEY)"_s));
        const QString secret = u"jo.bloggs@school.example"_s;
        TV_VERIFY_OK(m_db->run(u"insert", u"INSERT INTO t (v) VALUES (:v)"_s, {{u":v"_s, secret}}));
        const auto duplicate =
            m_db->run(u"store a value", u"INSERT INTO t (v) VALUES (:v)"_s, {{u":v"_s, secret}});
        TV_VERIFY_ERROR(duplicate, tv::server::errc::AlreadyExists);
        QVERIFY2(duplicate.error().message.contains(u"store a value"_s),
                 qPrintable(duplicate.error().message));
        QVERIFY2(!duplicate.error().message.contains(secret),
                 qPrintable(duplicate.error().message));

        const auto broken = m_db->run(u"read nonsense", u"SELECT nope FROM nowhere"_s);
        TV_VERIFY_ERROR(broken, tv::server::errc::DatabaseError);
        QVERIFY(broken.error().message.contains(u"read nonsense"_s));
    }

    void ddlErrorsQuoteTheEngine()
    {
        const auto broken =
            m_db->runDdl(u"create an index", u"CREATE INDEX i ON missing_table (x)"_s);
        TV_VERIFY_ERROR(broken, tv::server::errc::DatabaseError);
        QVERIFY2(broken.error().message.contains(u"missing_table"_s),
                 qPrintable(broken.error().message));
    }

    void foreignKeysAreEnforced()
    {
        TV_VERIFY_OK(m_db->runDdl(u"create a parent", u"CREATE TABLE p (id TEXT PRIMARY KEY)"_s));
        TV_VERIFY_OK(m_db->runDdl(u"create a child",
                                  u"CREATE TABLE c (p_id TEXT NOT NULL REFERENCES p (id))"_s));
        const auto orphan = m_db->run(u"insert an orphan", u"INSERT INTO c (p_id) VALUES (:p)"_s,
                                      {{u":p"_s, u"x"_s}});
        QVERIFY(!orphan.ok());
    }

    void unreachableServerIsAClearError()
    {
        QFETCH_GLOBAL(Backend, backend);
        tv::server::DatabaseConfig config = m_test->config();
        if (backend == Backend::Postgres) {
            // A port nothing listens on.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            config.host = u"127.0.0.1"_s;
            config.port = probe.serverPort();
            probe.close();
        } else {
            config.sqlitePath = u"/nonexistent-directory/for/sure/tv.sqlite"_s;
        }
        const auto db = Database::open(config);
        TV_VERIFY_ERROR(db, tv::server::errc::DatabaseUnavailable);
        QVERIFY2(db.error().message.startsWith(u"Could not open the "_s),
                 qPrintable(db.error().message));
        if (backend == Backend::Postgres)
            QVERIFY(db.error().message.contains(u":%1"_s.arg(config.port)));
        else
            QVERIFY(db.error().message.contains(config.sqlitePath));
    }

    void passwordIsNeverInAnError()
    {
        // The server is there but the database is not (PostgreSQL), or the file cannot be made
        // (SQLite): either way the error names the database and never the password.
        QFETCH_GLOBAL(Backend, backend);
        tv::server::DatabaseConfig config = m_test->config();
        config.password = u"pa55-word-that-must-not-leak"_s;
        if (backend == Backend::Postgres)
            config.name = u"no_such_database"_s;
        else
            config.sqlitePath = u"/nonexistent-directory/no_such_database.sqlite"_s;
        const auto db = Database::open(config);
        TV_VERIFY_ERROR(db, tv::server::errc::DatabaseUnavailable);
        QVERIFY2(db.error().message.contains(u"no_such_database"_s),
                 qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(config.password));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseClass)
#include "tst_database.moc"
