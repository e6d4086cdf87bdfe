#include "server/auth/SignInThrottle.h"
#include "tests/support/ServerTestCase.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using tv::server::auth::SignInThrottle;

namespace {
const QDateTime Now(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());
const QString Email = SignInThrottle::emailSubject(u"Jo@School.example "_s);
const QString Address = SignInThrottle::addressSubject(u"192.0.2.7"_s);
} // namespace

class TestSignInThrottle final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<SignInThrottle> m_throttle;

    qint64 waitFor(const QString &subject, const QDateTime &at)
    {
        const auto wait = m_throttle->waitFor({subject}, at);
        return wait ? wait.value() : -1;
    }

    int count(const QString &sql) { return int(scalar(sql)); }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        TV_VERIFY_OK(openDatabase(currentBackend()));
        m_throttle = std::make_unique<SignInThrottle>(
            *m_db, SignInThrottle::Options{5, std::chrono::minutes(15)});
    }

    void cleanup()
    {
        m_throttle.reset();
        stopService();
    }

    void subjectsNameNoEmail()
    {
        QVERIFY(Email.startsWith(u"email:"_s));
        QCOMPARE(Email.size(), 6 + 64);
        QVERIFY(!Email.contains(u"school"_s));
        QCOMPARE(SignInThrottle::emailSubject(u"jo@school.example"_s), Email);
        QCOMPARE(Address, u"address:192.0.2.7"_s);
    }

    void threeFailuresAreFreeThenTheWaitDoubles()
    {
        QCOMPARE(waitFor(Email, Now), 0);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(waitFor(Email, Now), 0);
            TV_VERIFY_OK(m_throttle->recordFailure({Email}, Now));
        }
        QCOMPARE(waitFor(Email, Now), 2);
        QCOMPARE(waitFor(Email, Now.addSecs(1)), 1);
        QCOMPARE(waitFor(Email, Now.addSecs(2)), 0);
        TV_VERIFY_OK(m_throttle->recordFailure({Email}, Now.addSecs(2)));
        QCOMPARE(waitFor(Email, Now.addSecs(2)), 4);
        QCOMPARE(waitFor(Email, Now.addSecs(6)), 0);
        // Another subject is not affected.
        QCOMPARE(waitFor(SignInThrottle::emailSubject(u"sam@school.example"_s), Now), 0);
    }

    void locksAtTheLimitAndAuditsIt()
    {
        for (int i = 0; i < 4; ++i)
            TV_VERIFY_OK(m_throttle->recordFailure({Email}, Now.addSecs(i * 100)));
        QCOMPARE(count(u"SELECT COUNT(*) FROM sign_in_locks"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_locked'"_s), 0);
        const QDateTime fifth = Now.addSecs(400);
        TV_VERIFY_OK(m_throttle->recordFailure({Email}, fifth));
        QCOMPARE(count(u"SELECT COUNT(*) FROM sign_in_locks"_s), 1);
        QCOMPARE(waitFor(Email, fifth), 15 * 60);
        QCOMPARE(waitFor(Email, fifth.addSecs(15 * 60 - 1)), 1);
        QCOMPARE(waitFor(Email, fifth.addSecs(15 * 60)), 0);

        auto audit = m_db->run(u"read the audit", u"SELECT user_id, detail FROM audit_log "
                                                  u"WHERE action = 'sign_in_locked'"_s);
        TV_VERIFY_OK(audit);
        QVERIFY(audit.value().next());
        QVERIFY(audit.value().value(0).isNull());
        QVERIFY(audit.value().value(1).toString().contains(Email));
        QVERIFY(!audit.value().value(1).toString().contains(u"school"_s));
        QVERIFY(!audit.value().next());
    }

    void failuresOutsideTheWindowDoNotCount()
    {
        for (int i = 0; i < 4; ++i)
            TV_VERIFY_OK(m_throttle->recordFailure({Email}, Now));
        QVERIFY(waitFor(Email, Now) > 0);
        const QDateTime later = Now.addSecs(15 * 60 + 1);
        QCOMPARE(waitFor(Email, later), 0);
        for (int i = 0; i < 4; ++i)
            TV_VERIFY_OK(m_throttle->recordFailure({Email}, later));
        QCOMPARE(count(u"SELECT COUNT(*) FROM sign_in_locks"_s), 0); // 4 in the window, not 8
    }

    void clearForgetsTheFailures()
    {
        for (int i = 0; i < 4; ++i)
            TV_VERIFY_OK(m_throttle->recordFailure({Email, Address}, Now));
        QVERIFY(waitFor(Email, Now) > 0);
        TV_VERIFY_OK(m_throttle->clear(Email));
        QCOMPARE(waitFor(Email, Now), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sign_in_failures"_s), 4); // the address's stay
    }

    void anAddressIsAllowedMoreThanAnEmail()
    {
        const int free = SignInThrottle::FreeFailures * SignInThrottle::AddressFactor;
        for (int i = 0; i < free; ++i) {
            QCOMPARE(waitFor(Address, Now), 0);
            TV_VERIFY_OK(m_throttle->recordFailure({Address}, Now));
        }
        QCOMPARE(waitFor(Address, Now), 2);
        QCOMPARE(m_throttle->waitFor({Email, Address}, Now).value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
