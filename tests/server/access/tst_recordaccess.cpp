// RecordAccess: every read leaves with its audit row, in the same transaction, on both engines.
#include "models/domain/ErrorCode.h"
#include "server/access/RecordAccess.h"
#include "server/audit/AuditTrail.h"
#include "tests/support/ServerTestCase.h"

#include <QSqlQuery>
#include <QTest>

using tv::server::access::RecordAccess;

namespace {

const QDate AsOf(2026, 11, 24);
const tv::User Practitioner{u"7d1f5c1e-0000-4000-8000-000000000001"_s, u"dsl@school.example"_s,
                            u"Sam Example"_s, tv::Role::Practitioner, u"Example Academy"_s};
const tv::AccessReason Reason{u"safeguarding-concern"_s, u"Raised by class teacher"_s};

} // namespace

class TestRecordAccess final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<RecordAccess> m_access;

    void exec(const QString &sql, const QVariantMap &bindings = {})
    {
        TV_VERIFY_OK(m_db->run(u"fixture", sql, bindings));
    }

    qint64 auditRows() { return scalar(u"SELECT COUNT(*) FROM audit_log"_s); }

    // Two people at one address: a child with a current CSC episode, and a restricted adult.
    void insertFixture()
    {
        exec(u"INSERT INTO source_datasets (id, code, name, owner, covers_from, covers_to, "
             u"last_updated) VALUES (1, 'csc', 'Children''s Social Care', 'Council', "
             u"'2010-01-01', '2026-10-31', '2026-11-01')"_s);
        exec(u"INSERT INTO households (id, address, town, postcode) VALUES "
             u"(7, '12 Station Road', 'Taunton', 'TA1 1AA')"_s);
        exec(u"INSERT INTO persons (id, household_id, given_name, family_name, date_of_birth, "
             u"upn, nhs_number, lcs_case_id, current_school) VALUES "
             u"(101, 7, 'Ada', 'Fictional', '2013-02-01', 'A123456789012', NULL, 'LCS-1', "
             u"'Example Primary'), "
             u"(102, 7, 'Bo', 'Fictional', '1985-06-07', NULL, NULL, NULL, NULL)"_s);
        exec(u"INSERT INTO episodes (id, person_id, flag, source_id, start_date, end_date, "
             u"assessed, assessor) VALUES (1, 101, 'child-in-need', 1, '2026-01-05', NULL, "
             u":assessed, 'J. Carter')"_s,
             {{u":assessed"_s, true}});
        exec(u"INSERT INTO restrictions (person_id, restricted_at) VALUES (102, :at)"_s,
             {{u":at"_s, Database::toDb(QDateTime::currentDateTimeUtc())}});
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        TV_VERIFY_OK(openDatabase(currentBackend()));
        insertFixture();
        m_access = std::make_unique<RecordAccess>(
            *m_db, RecordAccess::Options{[] { return AsOf; }, u"transform@example.invalid"_s});
    }

    void cleanup()
    {
        m_access.reset();
        stopService();
    }

    void personViewIsAuditedWithItsReason()
    {
        const auto view = m_access->viewPerson(Practitioner, u"101"_s, Reason);
        TV_VERIFY_OK(view);
        QCOMPARE(view.value().details.givenName, u"Ada"_s);
        QCOMPARE(view.value().asOf, AsOf);
        QVERIFY(!view.value().coverage.isEmpty());
        QCOMPARE(auditRows(), 1);
        auto row = m_db->run(u"read the audit row",
                             u"SELECT user_id, action, subject, reason_code, reason_note "
                             u"FROM audit_log"_s);
        QVERIFY(row && row.value().next());
        QCOMPARE(row.value().value(0).toString(), Practitioner.id);
        QCOMPARE(row.value().value(1).toString(), u"person_view"_s);
        QCOMPARE(row.value().value(2).toString(), u"person:101"_s);
        QCOMPARE(row.value().value(3).toString(), Reason.code);
        QCOMPARE(row.value().value(4).toString(), *Reason.note);
        const auto verified = tv::server::audit::AuditTrail(*m_db).verify();
        TV_VERIFY_OK(verified);
        QVERIFY(verified.value().intact());
    }

    void restrictedPersonGetsOnlyHowToContactTheTeam()
    {
        const auto view = m_access->viewPerson(Practitioner, u"102"_s, Reason);
        TV_VERIFY_ERROR(view, tv::errc::Restricted);
        QVERIFY(view.error().message.contains(u"transform@example.invalid"_s));
        QVERIFY(!view.error().message.contains(u"Bo"_s));
        QCOMPARE(auditRows(), 1); // the attempt is on the record
    }

    void restrictedWithoutAContactNamesNoAddress()
    {
        // A deployment that set no [access] transform_contact: no address is made up.
        const RecordAccess access(*m_db, RecordAccess::Options{[] { return AsOf; }, {}});
        const auto view = access.viewPerson(Practitioner, u"102"_s, Reason);
        TV_VERIFY_ERROR(view, tv::errc::Restricted);
        QVERIFY(view.error().message.endsWith(u"Contact the Transform team."_s));
        QVERIFY(!view.error().message.contains(u'@'));
    }

    void badRequestsReadNothingAndAuditNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reasonCode");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown id") << u"999"_s << Reason.code << QString(tv::errc::NotFound);
        QTest::newRow("letters") << u"10a"_s << Reason.code << QString(tv::errc::InvalidField);
        QTest::newRow("negative") << u"-1"_s << Reason.code << QString(tv::errc::InvalidField);
        QTest::newRow("sql") << u"1 OR 1=1"_s << Reason.code << QString(tv::errc::InvalidField);
        QTest::newRow("too long") << u"1234567890123456789"_s << Reason.code
                                  << QString(tv::errc::InvalidField);
        QTest::newRow("unknown reason")
            << u"101"_s << u"curiosity"_s << QString(tv::errc::InvalidField);
    }

    void badRequestsReadNothingAndAuditNothing()
    {
        QFETCH(QString, id);
        QFETCH(QString, reasonCode);
        QFETCH(QString, code);
        const auto view = m_access->viewPerson(Practitioner, id, {reasonCode, std::nullopt});
        TV_VERIFY_ERROR(view, code);
        QCOMPARE(auditRows(), 0);
    }

    void noDataLeavesWhenTheAuditWriteFails()
    {
        // A real failure of the audit write.
        TV_VERIFY_OK(m_db->runDdl(u"drop the audit head", u"DROP TABLE audit_head"_s));
        const auto view = m_access->viewPerson(Practitioner, u"101"_s, Reason);
        QVERIFY(!view.ok());
        QCOMPARE(auditRows(), 0);
        tv::SearchCriteria byName;
        byName.name = u"Ada Fictional"_s;
        const auto found = m_access->search(Practitioner, byName);
        QVERIFY(!found.ok());
    }

    void householdViewAuditsEveryMember()
    {
        const auto household = m_access->viewHousehold(Practitioner, u"7"_s, Reason);
        TV_VERIFY_OK(household);
        QCOMPARE(household.value().members.size(), 2);
        int restricted = 0;
        for (const tv::HouseholdMember &member : household.value().members) {
            if (member.restricted) {
                ++restricted;
                QVERIFY(!member.flags.has_value()); // nothing, not "no flags"
            } else {
                // Child in need, open on the as-of date: named, with its state.
                QCOMPARE(member.flags, (QList<tv::FlagKindState>{
                                           {tv::FlagKind::ChildInNeed, tv::FlagState::Current}}));
            }
        }
        QCOMPARE(restricted, 1);
        QCOMPARE(auditRows(), 2);
        TV_VERIFY_ERROR(m_access->viewHousehold(Practitioner, u"8"_s, Reason), tv::errc::NotFound);
    }

    void searchIsAuditedWithItsCriteria()
    {
        tv::SearchCriteria criteria;
        criteria.upn = u"A123456789012"_s;
        const auto found = m_access->search(Practitioner, criteria);
        TV_VERIFY_OK(found);
        QCOMPARE(found.value().results.size(), 1);
        QCOMPARE(found.value().results.at(0).id, u"101"_s);
        auto row = m_db->run(u"read the audit row", u"SELECT action, detail FROM audit_log"_s);
        QVERIFY(row && row.value().next());
        QCOMPARE(row.value().value(0).toString(), u"search"_s);
        QVERIFY(row.value().value(1).toString().contains(u"A123456789012"_s));
    }
};

QTEST_GUILESS_MAIN(TestRecordAccess)
#include "tst_recordaccess.moc"
