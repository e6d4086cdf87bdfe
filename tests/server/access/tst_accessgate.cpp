// AccessGate: every condition of access (Appendix C 10.3, 14.1), met and unmet, on the day it
// lapses and the day before, on both engines.
#include "models/domain/ErrorCode.h"
#include "server/access/AccessGate.h"
#include "server/seed/TrainingSeeder.h"
#include "tests/support/ServerTestCase.h"

#include <QTest>
#include <QTimeZone>

using tv::server::access::AccessGate;

namespace {

const QDate AsOf(2026, 11, 24);
constexpr int DbsRenewalYears = 3;

// One change to the fixture: `table`.`column` set to `value` (a QDate, a QDateTime, or an
// invalid QVariant for NULL).
struct Change {
    QString table; // "users" or "organisations"
    QString column;
    QVariant value;
};

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(AccessGate::Scope)

class TestAccessGate final : public tv::test::ServerTestCase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }
    void cleanup() { stopService(); }

    void unmet_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<AccessGate::Scope>("scope");
        QTest::addColumn<bool>("mfaForPractitioners");
        QTest::addColumn<QList<Change>>("changes");
        QTest::addColumn<bool>("publishNewStatement");
        QTest::addColumn<QStringList>("expected");

        const auto data = AccessGate::Scope::Data;
        const auto admin = AccessGate::Scope::Admin;
        const QVariant null;
        const auto user = [](const QString &column, const QVariant &value) {
            return Change{u"users"_s, column, value};
        };
        const auto organisation = [](const QString &column, const QVariant &value) {
            return Change{u"organisations"_s, column, value};
        };
        const QDateTime enrolled = AsOf.addDays(-10).startOfDay(QTimeZone::utc());

        QTest::newRow("all met") << Role::Practitioner << data << false << QList<Change>{} << false
                                 << QStringList{};
        QTest::newRow("email not verified") << Role::Practitioner << data << false
                                            << QList<Change>{user(u"email_verified_at"_s, null)}
                                            << false << QStringList{u"email_verified"_s};
        QTest::newRow("no DBS check") << Role::Practitioner << data << false
                                      << QList<Change>{user(u"dbs_certificate_date"_s, null)}
                                      << false << QStringList{u"dbs_current"_s};
        QTest::newRow("DBS check lapses today")
            << Role::Practitioner << data << false
            << QList<Change>{user(u"dbs_certificate_date"_s, AsOf.addYears(-DbsRenewalYears))}
            << false << QStringList{u"dbs_current"_s};
        QTest::newRow("DBS check lapses tomorrow")
            << Role::Practitioner << data << false
            << QList<Change>{user(u"dbs_certificate_date"_s,
                                  AsOf.addYears(-DbsRenewalYears).addDays(1))}
            << false << QStringList{};
        QTest::newRow("DBS certificate dated in the future")
            << Role::Practitioner << data << false
            << QList<Change>{user(u"dbs_certificate_date"_s, AsOf.addDays(1))} << false
            << QStringList{u"dbs_current"_s};
        QTest::newRow("training not completed")
            << Role::Practitioner << data << false
            << QList<Change>{user(u"training_completed_on"_s, null)} << false
            << QStringList{u"training_completed"_s};
        QTest::newRow("safer recruitment not confirmed")
            << Role::Practitioner << data << false
            << QList<Change>{user(u"safer_recruitment_confirmed_on"_s, null)} << false
            << QStringList{u"safer_recruitment_confirmed"_s};
        QTest::newRow("ISA review date today")
            << Role::Practitioner << data << false
            << QList<Change>{organisation(u"isa_review_on"_s, AsOf)} << false << QStringList{};
        QTest::newRow("ISA review date yesterday")
            << Role::Practitioner << data << false
            << QList<Change>{organisation(u"isa_review_on"_s, AsOf.addDays(-1))} << false
            << QStringList{u"organisation_agreement_current"_s};
        QTest::newRow("ISA not signed")
            << Role::Practitioner << data << false
            << QList<Change>{organisation(u"isa_signed_on"_s, null)} << false
            << QStringList{u"organisation_agreement_current"_s};
        QTest::newRow("statement never accepted")
            << Role::Practitioner << data << false
            << QList<Change>{user(u"statement_version"_s, null)} << false
            << QStringList{u"statement_accepted"_s};
        QTest::newRow("statement v1 accepted after v2 published")
            << Role::Practitioner << data << false << QList<Change>{} << true
            << QStringList{u"statement_accepted"_s};
        QTest::newRow("every condition unmet")
            << Role::Practitioner << data << false
            << QList<Change>{user(u"email_verified_at"_s, null),
                             user(u"dbs_certificate_date"_s, null),
                             user(u"training_completed_on"_s, null),
                             user(u"safer_recruitment_confirmed_on"_s, null),
                             organisation(u"isa_signed_on"_s, null),
                             user(u"statement_version"_s, null)}
            << false
            << QStringList{u"email_verified"_s,
                           u"dbs_current"_s,
                           u"training_completed"_s,
                           u"safer_recruitment_confirmed"_s,
                           u"organisation_agreement_current"_s,
                           u"statement_accepted"_s};
        QTest::newRow("practitioner, MFA not required")
            << Role::Practitioner << data << false << QList<Change>{} << false << QStringList{};
        QTest::newRow("practitioner, MFA required by policy, not enrolled")
            << Role::Practitioner << data << true << QList<Change>{} << false
            << QStringList{u"mfa_enrolled"_s};
        QTest::newRow("practitioner, MFA required by policy, enrolled")
            << Role::Practitioner << data << true
            << QList<Change>{user(u"mfa_enrolled_at"_s, enrolled)} << false << QStringList{};
        QTest::newRow("admin without MFA, admin routes")
            << Role::Admin << admin << false << QList<Change>{} << false
            << QStringList{u"mfa_enrolled"_s};
        QTest::newRow("admin with MFA, admin routes")
            << Role::Admin << admin << false << QList<Change>{user(u"mfa_enrolled_at"_s, enrolled)}
            << false << QStringList{};
        QTest::newRow("admin routes need no data conditions")
            << Role::Admin << admin << false
            << QList<Change>{user(u"mfa_enrolled_at"_s, enrolled),
                             user(u"dbs_certificate_date"_s, null),
                             organisation(u"isa_signed_on"_s, null),
                             user(u"statement_version"_s, null)}
            << true << QStringList{};
        QTest::newRow("admin routes need a verified email")
            << Role::Admin << admin << false
            << QList<Change>{user(u"mfa_enrolled_at"_s, enrolled),
                             user(u"email_verified_at"_s, null)}
            << false << QStringList{u"email_verified"_s};
        QTest::newRow("trainer, MFA required for practitioners only")
            << Role::Trainer << data << true << QList<Change>{} << false << QStringList{};
    }

    void unmet()
    {
        QFETCH_GLOBAL(Backend, backend);
        QFETCH(Role, role);
        QFETCH(AccessGate::Scope, scope);
        QFETCH(bool, mfaForPractitioners);
        QFETCH(QList<Change>, changes);
        QFETCH(bool, publishNewStatement);
        QFETCH(QStringList, expected);

        TV_VERIFY_OK(openDatabase(backend));
        const Database &db = *m_db;
        const tv::server::auth::AuthService auth(db);
        auto organisation = auth.users().ensureOrganisation(u"Example Academy"_s);
        TV_VERIFY_OK(organisation);
        auto user = auth.users().createUser({u"dsl@school.example"_s, u"Sam Example"_s, role,
                                             organisation.value(), u"a long enough password"_s});
        TV_VERIFY_OK(user);
        TV_VERIFY_OK(tv::server::seed::TrainingSeeder::clearForAccess(db, user.value().id, AsOf));

        for (const Change &change : changes) {
            QVariant value;
            if (change.value.typeId() == QMetaType::QDate)
                value = Database::toDb(change.value.toDate());
            else if (change.value.typeId() == QMetaType::QDateTime)
                value = Database::toDb(change.value.toDateTime());
            else
                value = QVariant(QMetaType::fromType<QString>());
            const QString sql =
                change.table == "users"_L1
                    ? u"UPDATE users SET %1 = :value WHERE id = :id"_s.arg(change.column)
                    : u"UPDATE organisations SET %1 = :value WHERE id = :id"_s.arg(change.column);
            const QString id = change.table == "users"_L1 ? user.value().id : organisation.value();
            TV_VERIFY_OK(
                db.run(u"change the fixture", sql, {{u":value"_s, value}, {u":id"_s, id}}));
        }
        if (publishNewStatement) {
            TV_VERIFY_OK(db.run(u"publish a second statement",
                                u"INSERT INTO data_protection_statements (version, body,"
                                u" published_at) VALUES (2, 'Version two.', :at)"_s,
                                {{u":at"_s, Database::toDb(QDateTime::currentDateTimeUtc())}}));
        }

        tv::server::AccessPolicy policy;
        policy.dbsRenewalYears = DbsRenewalYears;
        policy.mfaForPractitioners = mfaForPractitioners;
        const AccessGate gate(db, {policy, [] {
                                       return AsOf;
                                   }});

        const auto unmet = gate.unmet(user.value(), scope);
        TV_VERIFY_OK(unmet);
        QStringList names;
        for (const tv::AccessCondition condition : unmet.value())
            names << tv::conditions::wireName(condition);
        QCOMPARE(names, expected);

        const tv::Status checked = gate.check(user.value(), scope);
        QCOMPARE(checked.ok(), expected.isEmpty());
        if (!checked) {
            QCOMPARE(checked.error().code, QString(tv::errc::AccessLapsed));
            QCOMPARE(checked.error().unmet, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccessGate)
#include "tst_accessgate.moc"
