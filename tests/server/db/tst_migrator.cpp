#include "server/ServerErrors.h"
#include "server/db/Migrator.h"
#include "server/db/SchemaMigrations.h"
#include "tests/support/ServerTestCase.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using tv::server::db::Dialect;
using tv::server::db::Migration;
using tv::server::db::Migrator;

class TestMigrator final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    tv::Result<QSqlQuery> exec(const QString &sql, const QVariantMap &bindings = {})
    {
        return m_db->run(u"run a test statement", sql, bindings);
    }

    int scalar(const QString &sql) { return int(ServerTestCase::scalar(sql)); }

    QString insertOrganisation()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto done =
            exec(u"INSERT INTO organisations (id, name, created_at) "
                 u"VALUES (:id, 'School', :at)"_s,
                 {{u":id"_s, id}, {u":at"_s, Database::toDb(QDateTime::currentDateTimeUtc())}});
        return done ? id : QString();
    }

    tv::Result<QSqlQuery> insertUser(const QString &email, const QString &role,
                                     const QString &organisationId)
    {
        return exec(
            u"INSERT INTO users (id, email, display_name, role, organisation_id, "
            u"password_hash, created_at) VALUES (:id, :email, 'Name', :role, :org, 'h', :at)"_s,
            {{u":id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {u":email"_s, email},
             {u":role"_s, role},
             {u":org"_s, organisationId},
             {u":at"_s, Database::toDb(QDateTime::currentDateTimeUtc())}});
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init() { TV_VERIFY_OK(openEmptyDatabase(currentBackend())); }

    void cleanup() { stopService(); }

    void appliesTheSchemaOnce()
    {
        const Migrator migrator(*m_db);
        QCOMPARE(migrator.latestVersion(), tv::server::db::schemaMigrations().size());
        auto before = migrator.currentVersion();
        TV_VERIFY_OK(before);
        QCOMPARE(before.value(), 0);

        auto first = migrator.migrate();
        TV_VERIFY_OK(first);
        QCOMPARE(first.value().size(), migrator.latestVersion());
        QCOMPARE(first.value().first().version, 1);
        auto after = migrator.currentVersion();
        TV_VERIFY_OK(after);
        QCOMPARE(after.value(), migrator.latestVersion());

        const QStringList tables = m_db->connection().tables();
        for (const QString &table :
             {u"schema_migrations"_s, u"organisations"_s, u"users"_s, u"sessions"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));
    }

    void secondRunAppliesNothing()
    {
        TV_VERIFY_OK(Migrator(*m_db).migrate());
        // Also through another connection, as a second instance of the service would.
        auto other = Database::open(m_test->config());
        TV_VERIFY_OK(other);
        auto second = Migrator(*other.value()).migrate();
        TV_VERIFY_OK(second);
        QVERIFY(second.value().isEmpty());
        auto third = Migrator(*m_db).migrate();
        TV_VERIFY_OK(third);
        QVERIFY(third.value().isEmpty());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM schema_migrations"_s),
                 int(tv::server::db::schemaMigrations().size()));
    }

    void statementsUseTheDialectsTypes()
    {
        QFETCH_GLOBAL(Backend, backend);
        const Migrator migrator(*m_db);
        const QString all =
            migrator.statementsFor(tv::server::db::schemaMigrations().first()).join(u'\n');
        QVERIFY(!all.contains(u"${"_s));
        if (backend == Backend::Postgres) {
            QVERIFY(all.contains(u" uuid "_s));
            QVERIFY(all.contains(u" timestamptz "_s));
        } else {
            QVERIFY(!all.contains(u" uuid "_s));
            QVERIFY(!all.contains(u"timestamptz"_s));
            QVERIFY(all.contains(u"id TEXT PRIMARY KEY"_s));
            QVERIFY(all.contains(u"created_at TEXT NOT NULL"_s));
        }
    }

    void emailIsUniqueWhateverItsCase()
    {
        TV_VERIFY_OK(Migrator(*m_db).migrate());
        const QString organisation = insertOrganisation();
        QVERIFY(!organisation.isEmpty());
        TV_VERIFY_OK(insertUser(u"jo@school.example"_s, u"practitioner"_s, organisation));
        const auto duplicate = insertUser(u"Jo@School.Example"_s, u"practitioner"_s, organisation);
        TV_VERIFY_ERROR(duplicate, tv::server::errc::AlreadyExists);
    }

    void constraintsHold()
    {
        TV_VERIFY_OK(Migrator(*m_db).migrate());
        const QString organisation = insertOrganisation();
        QVERIFY(!organisation.isEmpty());
        QVERIFY2(!insertUser(u"a@school.example"_s, u"superuser"_s, organisation).ok(),
                 "a role outside practitioner|admin|trainer was accepted");
        QVERIFY2(!insertUser(u"b@school.example"_s, u"admin"_s,
                             QUuid::createUuid().toString(QUuid::WithoutBraces))
                      .ok(),
                 "a user of an organisation that does not exist was accepted");
        TV_VERIFY_OK(insertUser(u"c@school.example"_s, u"trainer"_s, organisation));
        // Only 64-character token hashes.
        QVERIFY(!exec(u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at, "
                      u"last_seen_at) SELECT 'short', id, created_at, created_at, created_at "
                      u"FROM users"_s)
                     .ok());
    }

    void sessionsGoWithTheirUser()
    {
        TV_VERIFY_OK(Migrator(*m_db).migrate());
        const QString organisation = insertOrganisation();
        TV_VERIFY_OK(insertUser(u"d@school.example"_s, u"practitioner"_s, organisation));
        TV_VERIFY_OK(exec(u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at, "
                          u"last_seen_at) SELECT :hash, id, created_at, created_at, created_at "
                          u"FROM users"_s,
                          {{u":hash"_s, QString(64, u'a')}}));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM sessions"_s), 1);
        TV_VERIFY_OK(exec(u"DELETE FROM users"_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM sessions"_s), 0);
    }

    void failedMigrationLeavesNothingBehind()
    {
        QList<Migration> migrations = tv::server::db::schemaMigrations();
        const int good = int(migrations.size());
        migrations << Migration{good + 1,
                                u"broken"_s,
                                {u"CREATE TABLE half_done (id ${uuid} PRIMARY KEY)"_s,
                                 u"CREATE TABLE broken (id INTEGER PRIMARY KEY"_s}};
        const Migrator migrator(*m_db, migrations);
        const auto result = migrator.migrate();
        TV_VERIFY_ERROR(result, tv::server::errc::MigrationFailed);
        QVERIFY2(result.error().message.contains(u"Migration %1 (broken)"_s.arg(good + 1)),
                 qPrintable(result.error().message));

        // The good ones stay; the broken one left no table and no bookkeeping row.
        auto version = migrator.currentVersion();
        TV_VERIFY_OK(version);
        QCOMPARE(version.value(), good);
        QVERIFY(!m_db->connection().tables().contains(u"half_done"_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM schema_migrations"_s), good);
    }

    void refusesASchemaNewerThanItKnows()
    {
        QList<Migration> newer = tv::server::db::schemaMigrations();
        const int known = int(newer.size());
        newer << Migration{known + 1, u"from the future"_s, {u"CREATE TABLE future (x INTEGER)"_s}};
        TV_VERIFY_OK(Migrator(*m_db, newer).migrate());

        const auto older = Migrator(*m_db).migrate();
        TV_VERIFY_ERROR(older, tv::server::errc::SchemaTooNew);
        QVERIFY(older.error().message.contains(u"schema version %1"_s.arg(known + 1)));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
