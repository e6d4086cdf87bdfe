#include "server/ServerErrors.h"
#include "server/auth/PasswordHasher.h"
#include "tests/support/ServerTestCase.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using tv::server::auth::PasswordHasher;
using tv::server::auth::UserDirectory;

class TestUserDirectory final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<UserDirectory> m_users;
    QString m_organisation;

    QString storedColumn(const QString &column, const QString &userId)
    {
        auto query = m_db->run(u"read a user", u"SELECT %1 FROM users WHERE id = :id"_s.arg(column),
                               {{u":id"_s, userId}});
        if (!query || !query.value().next())
            return {};
        return query.value().value(0).toString();
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }
    void initTestCase() { m_hasher = std::make_unique<PasswordHasher>(); }

    void init()
    {
        TV_VERIFY_OK(openDatabase(currentBackend()));
        m_users = std::make_unique<UserDirectory>(*m_db, *m_hasher);
        auto organisation = m_users->ensureOrganisation(u"Somerset Primary"_s);
        TV_VERIFY_OK(organisation);
        m_organisation = organisation.value();
    }

    void cleanup()
    {
        m_users.reset();
        stopService();
    }

    void organisationsAreFoundByName()
    {
        QVERIFY(!QUuid::fromString(m_organisation).isNull());
        auto again = m_users->ensureOrganisation(u"  Somerset Primary "_s);
        TV_VERIFY_OK(again);
        QCOMPARE(again.value(), m_organisation);
        auto other = m_users->ensureOrganisation(u"Taunton Academy"_s);
        TV_VERIFY_OK(other);
        QVERIFY(other.value() != m_organisation);
        TV_VERIFY_ERROR(m_users->ensureOrganisation(u"  "_s), tv::server::errc::InvalidInput);
    }

    void createsAUserWithAHashedPassword()
    {
        auto user = m_users->createUser(NewUser{u"  Jo.Bloggs@School.Example "_s, u"Jo Bloggs"_s,
                                                Role::Admin, m_organisation, u"s3cret-passw0rd"_s});
        TV_VERIFY_OK(user);
        QVERIFY(!QUuid::fromString(user.value().id).isNull());
        QCOMPARE(user.value().email, u"jo.bloggs@school.example"_s);
        QCOMPARE(user.value().displayName, u"Jo Bloggs"_s);
        QCOMPARE(user.value().role, Role::Admin);
        QCOMPARE(user.value().organisation, u"Somerset Primary"_s);

        QCOMPARE(storedColumn(u"email"_s, user.value().id), u"jo.bloggs@school.example"_s);
        QCOMPARE(storedColumn(u"role"_s, user.value().id), u"admin"_s);
        const QString hash = storedColumn(u"password_hash"_s, user.value().id);
        QVERIFY(hash.startsWith(u"$argon2id$"_s));
        QVERIFY(m_hasher->verify(hash, u"s3cret-passw0rd"_s));
    }

    void findsByEmailWhateverItsCase()
    {
        TV_VERIFY_OK(
            m_users->createUser(NewUser{u"o'brien@school.example"_s, u"Pat O'Brien"_s,
                                        Role::Practitioner, m_organisation, u"pw-pw-pw-pw"_s}));
        for (const QString &email : {u"o'brien@school.example"_s, u"O'Brien@SCHOOL.example"_s,
                                     u" o'brien@school.example\t"_s}) {
            auto found = m_users->findByEmail(email);
            TV_VERIFY_OK(found);
            QVERIFY2(found.value().has_value(), qPrintable(email));
            QCOMPARE(found.value()->user.displayName, u"Pat O'Brien"_s);
            QCOMPARE(found.value()->user.role, Role::Practitioner);
            QVERIFY(m_hasher->verify(found.value()->passwordHash, u"pw-pw-pw-pw"_s));
        }
        for (const QString &email :
             {u"nobody@school.example"_s, u"' OR '1'='1"_s, u"%"_s, QString()}) {
            auto missing = m_users->findByEmail(email);
            TV_VERIFY_OK(missing);
            QVERIFY2(!missing.value().has_value(), qPrintable(email));
        }
    }

    void refusesADuplicateEmail()
    {
        TV_VERIFY_OK(m_users->createUser(NewUser{u"sam@school.example"_s, u"Sam"_s,
                                                 Role::Practitioner, m_organisation, u"pw1"_s}));
        auto duplicate = m_users->createUser(
            NewUser{u"SAM@school.example"_s, u"Sam Two"_s, Role::Admin, m_organisation, u"pw2"_s});
        TV_VERIFY_ERROR(duplicate, tv::server::errc::AlreadyExists);
        QVERIFY(!duplicate.error().message.contains(u"sam@"_s, Qt::CaseInsensitive));
    }

    void refusesInvalidInput_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("knownOrganisation");
        QTest::newRow("no at") << u"nobody"_s << u"N"_s << u"pw"_s << true;
        QTest::newRow("two ats") << u"a@b@c"_s << u"N"_s << u"pw"_s << true;
        QTest::newRow("space inside") << u"a b@c"_s << u"N"_s << u"pw"_s << true;
        QTest::newRow("nothing after at") << u"a@"_s << u"N"_s << u"pw"_s << true;
        QTest::newRow("too long") << QString(250, u'a') + u"@b.cd"_s << u"N"_s << u"pw"_s << true;
        QTest::newRow("no display name") << u"a@b.c"_s << u"  "_s << u"pw"_s << true;
        QTest::newRow("no password") << u"a@b.c"_s << u"N"_s << QString() << true;
        QTest::newRow("unknown organisation") << u"a@b.c"_s << u"N"_s << u"pw"_s << false;
    }

    void refusesInvalidInput()
    {
        QFETCH(QString, email);
        QFETCH(QString, displayName);
        QFETCH(QString, password);
        QFETCH(bool, knownOrganisation);
        const QString organisation =
            knownOrganisation ? m_organisation : QUuid::createUuid().toString(QUuid::WithoutBraces);
        TV_VERIFY_ERROR(m_users->createUser(NewUser{email, displayName, Role::Practitioner,
                                                    organisation, password}),
                        tv::server::errc::InvalidInput);
        TV_VERIFY_ERROR(m_users->createUser(NewUser{u"x@y.z"_s, u"N"_s, Role::Practitioner,
                                                    u"not-a-uuid'; --"_s, u"pw"_s}),
                        tv::server::errc::InvalidInput);
    }

    void changesAPassword()
    {
        auto user = m_users->createUser(NewUser{u"kim@school.example"_s, u"Kim"_s, Role::Trainer,
                                                m_organisation, u"old password"_s});
        TV_VERIFY_OK(user);
        TV_VERIFY_OK(m_users->setPassword(user.value().id, u"new password"_s));
        const QString hash = storedColumn(u"password_hash"_s, user.value().id);
        QVERIFY(m_hasher->verify(hash, u"new password"_s));
        QVERIFY(!m_hasher->verify(hash, u"old password"_s));
        TV_VERIFY_ERROR(
            m_users->setPassword(QUuid::createUuid().toString(QUuid::WithoutBraces), u"pw"_s),
            tv::server::errc::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
