// `transform-service create-user --email-verified`: the operator bootstraps the first admin with
// a verified email, and the audit trail says the operator (no user) vouched for it.
#include "server/cli/Commands.h"
#include "tests/support/ServerTestNames.h"

#include <QSqlQuery>
#include <QTest>
#include <QTextStream>

class TestCreateUser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void emailVerifiedOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("emailVerified");
        QTest::newRow("--email-verified") << true;
        QTest::newRow("without") << false;
    }

    void emailVerifiedOnlyWhenAsked()
    {
        QFETCH_GLOBAL(Backend, backend);
        QFETCH(bool, emailVerified);
        auto test = TestDatabase::create(backend);
        TV_VERIFY_OK(test);
        tv::server::ServerConfig config;
        config.database = test.value()->config();

        QString input = u"a long enough password\n"_s;
        QString output;
        QString errors;
        QTextStream in(&input);
        QTextStream out(&output);
        QTextStream err(&errors);
        const tv::server::cli::NewAccount account{u"first.admin@council.example"_s,
                                                  u"First Admin"_s, tv::Role::Admin,
                                                  u"Somerset Council"_s, emailVerified};
        QCOMPARE(tv::server::cli::createUser(config, account, in, out, err),
                 int(tv::server::cli::Success));
        QCOMPARE(output.contains(u"recorded as verified"_s), emailVerified);

        auto db = test.value()->openMigrated();
        TV_VERIFY_OK(db);
        auto row = db.value()->run(u"read the user", u"SELECT email_verified_at FROM users"_s);
        TV_VERIFY_OK(row);
        QVERIFY(row.value().next());
        QCOMPARE(!row.value().value(0).isNull(), emailVerified);
        auto audit =
            db.value()->run(u"read the audit row",
                            u"SELECT COUNT(*) FROM audit_log WHERE action = 'cli.verify_email'"
                            u" AND user_id IS NULL AND subject LIKE 'user:%'"_s);
        TV_VERIFY_OK(audit);
        QVERIFY(audit.value().next());
        QCOMPARE(audit.value().value(0).toInt(), emailVerified ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestCreateUser)
#include "tst_createuser.moc"
