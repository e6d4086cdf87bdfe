#include "models/domain/ErrorCode.h"
#include "server/seed/TrainingSeeder.h"
#include "tests/support/ServerTestCase.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using tv::server::seed::TrainingSeeder;

class TestTrainingSeeder final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    int count(const QString &sql) { return int(scalar(sql)); }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        TV_VERIFY_OK(openDatabase(currentBackend()));
        startAuth();
    }

    void cleanup() { stopService(); }

    void createsTheDemoTrainer()
    {
        auto account = TrainingSeeder(*m_db, *m_auth, QDate(2026, 11, 24)).seed();
        TV_VERIFY_OK(account);
        QCOMPARE(account.value().email, u"trainer@training.invalid"_s);
        QCOMPARE(account.value().password.size(), 27);

        auto grant = m_auth->login(LoginRequest{account.value().email, account.value().password});
        TV_VERIFY_OK(grant);
        QCOMPARE(grant.value().user.displayName, u"Demo Trainer"_s);
        QCOMPARE(grant.value().user.role, Role::Trainer);
        QCOMPARE(grant.value().user.organisation, u"Training Academy (fictional)"_s);
    }

    void everyRunHasANewPassword()
    {
        const TrainingSeeder seeder(*m_db, *m_auth, QDate(2026, 11, 24));
        auto first = seeder.seed();
        TV_VERIFY_OK(first);
        TV_VERIFY_OK(m_auth->login(LoginRequest{first.value().email, first.value().password}));
        auto second = seeder.seed();
        TV_VERIFY_OK(second);
        QVERIFY(first.value().password != second.value().password);

        TV_VERIFY_ERROR(m_auth->login(LoginRequest{first.value().email, first.value().password}),
                        tv::errc::InvalidCredentials);
        TV_VERIFY_OK(m_auth->login(LoginRequest{second.value().email, second.value().password}));

        // Reused, not duplicated; the session of the first run has ended.
        QCOMPARE(count(u"SELECT COUNT(*) FROM organisations"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM users"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sessions WHERE revoked_at IS NOT NULL"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sessions WHERE revoked_at IS NULL"_s), 1);
    }

    void passwordsAreRandomAndReadable()
    {
        static const QRegularExpression shape(
            u"^[a-km-zA-HJ-NP-Z2-9]{6}(-[a-km-zA-HJ-NP-Z2-9]{6}){3}$"_s);
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString password = TrainingSeeder::generatePassword();
            QVERIFY2(shape.match(password).hasMatch(), qPrintable(password));
            QVERIFY(!password.contains(u'l') && !password.contains(u'I') &&
                    !password.contains(u'O') && !password.contains(u'0') &&
                    !password.contains(u'1'));
            seen.insert(password);
        }
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestTrainingSeeder)
#include "tst_trainingseeder.moc"
