// The subject access pack through the HTTP API (Appendix C 13.4.2): everything held about a
// person, outside the two-year window too, and every access to their record, oldest first, read
// in one transaction with the pack's own audit row. Every case runs on SQLite and PostgreSQL.
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/audit/AuditTrail.h"
#include "tests/server/reports/ReportsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using tv::SubjectAccessPack;

namespace {

const QString PackPath = u"/api/v1/admin/persons/{personId}/subject-access-pack"_s;
const QByteArray ViewReason =
    R"({"reason":{"code":"safeguarding-concern","note":"Raised by class teacher"}})";

QString packPath(const QString &personId)
{
    return u"/api/v1/admin/persons/%1/subject-access-pack"_s.arg(personId);
}

QStringList actionsOf(const SubjectAccessPack &pack)
{
    QStringList actions;
    for (const tv::PackAccess &access : pack.accesses)
        actions << access.action;
    return actions;
}

} // namespace

class TestSubjectAccessPack final : public tv::test::ReportsTestCase {
    Q_OBJECT

private:
    // The pack of `personId` as the admin gets it, checked against the document.
    SubjectAccessPack packOf(const QString &personId)
    {
        const HttpResult result = service().get(Who::Admin, packPath(personId));
        [&] {
            QCOMPARE(result.status, 200);
            const QStringList problems = service().undocumented(u"GET"_s, PackPath, result);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }();
        const auto pack = tv::wire::fromJson<SubjectAccessPack>(result.json());
        [&] {
            TV_VERIFY_OK(pack);
        }();
        return pack ? pack.value() : SubjectAccessPack{};
    }

private Q_SLOTS:
    void thePackHoldsWhatTheTwoYearRuleHides()
    {
        // The person view as of 2026-11-24 shows none of Ada's records from before 2024-11-24.
        const HttpResult view =
            service().post(Who::Practitioner, u"/api/v1/persons/101/view"_s, ViewReason);
        QCOMPARE(view.status, 200);
        const auto shown = tv::wire::fromJson<tv::PersonView>(view.json());
        TV_VERIFY_OK(shown);
        QVERIFY(shown.value().involvements.isEmpty());
        QVERIFY(shown.value().assessments.isEmpty());
        QVERIFY(shown.value().attendance.isEmpty());
        for (const tv::Flag &flag : shown.value().flags) {
            if (flag.kind == tv::FlagKind::ChildInNeed)
                QCOMPARE(flag.state, tv::FlagState::NoInformation);
        }

        const SubjectAccessPack pack = packOf(u"101"_s);
        QCOMPARE(pack.person.givenName, u"Ada"_s);
        QCOMPARE(pack.person.familyName, u"Fictional"_s);
        QCOMPARE(pack.person.householdId, u"7"_s);
        QCOMPARE(pack.person.address, u"12 Station Road, Taunton"_s);
        QCOMPARE(pack.person.postcode, u"TA1 1AA"_s);
        QCOMPARE(pack.person.upn, u"A123456789012"_s);
        QCOMPARE(pack.person.lcsCaseId, u"LCS-1"_s);
        QCOMPARE(pack.currentSchool, u"Example Primary"_s);
        QCOMPARE(pack.restriction.restricted, false);

        QCOMPARE(pack.episodes.size(), 2);
        const tv::PackEpisode old{u"child-in-need"_s, u"csc"_s, QDate(2015, 3, 1),
                                  QDate(2016, 1, 31), true,     u"J. Carter"_s};
        const tv::PackEpisode current{u"young-carer"_s, u"csc"_s, QDate(2026, 1, 5),
                                      std::nullopt,     false,    std::nullopt};
        QVERIFY(pack.episodes.contains(old));
        QVERIFY(pack.episodes.contains(current));
        const QList<tv::PackInvolvement> involvements{
            {u"other"_s,
             {u"Housing Options"_s, QDate(2014, 5, 1), QDate(2015, 5, 1), u"K. Lee"_s,
              u"k.lee@example.invalid"_s}}};
        QCOMPARE(pack.involvements, involvements);
        const QList<tv::Assessment> assessments{{u"Early help assessment"_s, QDate(2014, 6, 1),
                                                 u"M. Shah"_s, u"m.shah@example.invalid"_s}};
        QCOMPARE(pack.assessments, assessments);
        const QList<tv::AttendanceTerm> attendance{
            {QDate(2015, 4, 13), QDate(2015, 7, 22), u"Old Infant School"_s, 91.5}};
        QCOMPARE(pack.attendance, attendance);
        QCOMPARE(pack.incidents, QList<QDate>{QDate(2015, 9, 9)});

        QCOMPARE(pack.generatedBy.id, service().userId(Who::Admin));
        QCOMPARE(pack.generatedBy.displayName, u"Pat Transform"_s);
        QVERIFY(qAbs(pack.generatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void thePackListsEveryAccessOldestFirst()
    {
        // A person view, a household view, a report and its forwarding, just before the pack.
        QCOMPARE(
            service().post(Who::Practitioner, u"/api/v1/persons/101/view"_s, ViewReason).status,
            200);
        QCOMPARE(service()
                     .post(Who::OtherPractitioner, u"/api/v1/households/7/view"_s,
                           R"({"reason":{"code":"family-support"}})")
                     .status,
                 200);
        const HttpResult filed =
            service().post(Who::Practitioner, u"/api/v1/persons/101/reports"_s,
                           R"({"item":"education/0","description":"Wrong school."})");
        QCOMPARE(filed.status, 201);
        const QString reportId = filed.json().value("id"_L1).toString();
        QCOMPARE(service()
                     .post(Who::Admin, u"/api/v1/admin/reports/%1/forward"_s.arg(reportId), "{}")
                     .status,
                 200);

        const SubjectAccessPack pack = packOf(u"101"_s);
        QCOMPARE(actionsOf(pack),
                 (QStringList{u"person_view"_s, u"household_view"_s, u"inaccuracy_reported"_s,
                              u"inaccuracy_report_forwarded"_s}));
        const tv::PackAccess &view = pack.accesses.at(0);
        QVERIFY(view.user.has_value());
        QCOMPARE(view.user->id, service().userId(Who::Practitioner));
        QCOMPARE(view.user->displayName, u"Sam Example"_s);
        QCOMPARE(view.user->organisation, u"Example Academy (fictional)"_s);
        QCOMPARE(view.reasonCode, u"safeguarding-concern"_s);
        QCOMPARE(view.reasonNote, u"Raised by class teacher"_s);
        QCOMPARE(pack.accesses.at(1).user->displayName, u"Alex Other"_s);
        QCOMPARE(pack.accesses.at(1).reasonCode, u"family-support"_s);
        QVERIFY(!pack.accesses.at(1).reasonNote);
        QCOMPARE(pack.accesses.at(3).user->id, service().userId(Who::Admin));
        for (qsizetype i = 1; i < pack.accesses.size(); ++i)
            QVERIFY(pack.accesses.at(i - 1).at <= pack.accesses.at(i).at);

        // The report about her, with where it stands.
        QCOMPARE(pack.reports.size(), 1);
        QCOMPARE(pack.reports.constFirst().id, reportId);
        QCOMPARE(pack.reports.constFirst().status, tv::ReportStatus::Forwarded);

        // The pack's own creation is on the record, in the same trail, and the next pack
        // lists it.
        const QString ownDetail =
            service()
                .scalar(u"SELECT detail FROM audit_log WHERE action = 'subject_access_pack'"
                        u" AND subject = 'person:101'"_s)
                .toString();
        QCOMPARE(QJsonDocument::fromJson(ownDetail.toUtf8()).object().value("pack"_L1).toString(),
                 pack.id);
        const SubjectAccessPack next = packOf(u"101"_s);
        QCOMPARE(actionsOf(next), actionsOf(pack) << u"subject_access_pack"_s);
        QCOMPARE(next.accesses.constLast().at, pack.generatedAt);
        const auto verified = tv::server::audit::AuditTrail(service().db()).verify();
        TV_VERIFY_OK(verified);
        QVERIFY(verified.value().intact());
    }

    void aPersonNobodyLookedAtHasNoAccesses()
    {
        // Only Ada's record was opened.
        QCOMPARE(
            service().post(Who::Practitioner, u"/api/v1/persons/101/view"_s, ViewReason).status,
            200);
        const SubjectAccessPack pack = packOf(u"102"_s);
        QCOMPARE(pack.person.givenName, u"Bo"_s);
        QVERIFY(pack.accesses.isEmpty());
        QVERIFY(pack.episodes.isEmpty() && pack.involvements.isEmpty() &&
                pack.assessments.isEmpty() && pack.attendance.isEmpty() &&
                pack.incidents.isEmpty() && pack.reports.isEmpty());
        QVERIFY(!pack.currentSchool);
        QCOMPARE(service()
                     .scalar(u"SELECT COUNT(*) FROM audit_log WHERE subject = 'person:102'"_s)
                     .toInt(),
                 1); // the pack itself
    }

    void aRestrictedRecordIsPackedWhole()
    {
        const SubjectAccessPack pack = packOf(u"103"_s);
        QVERIFY(pack.restriction.restricted);
        QCOMPARE(pack.restriction.restrictedAt,
                 QDateTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::utc()));
        QCOMPARE(pack.restriction.restrictedBy, service().userId(Who::Admin));
        QCOMPARE(pack.episodes.size(), 1);
        QCOMPARE(pack.episodes.constFirst().flag, u"child-protection"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<QString>("personId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown person")
            << int(Who::Admin) << u"999"_s << 404 << QString(tv::errc::NotFound);
        QTest::newRow("id not digits")
            << int(Who::Admin) << u"1x"_s << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("id too long")
            << int(Who::Admin) << QString(19, u'1') << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("a practitioner")
            << int(Who::Practitioner) << u"101"_s << 403 << QString(tv::errc::Forbidden);
        QTest::newRow("not signed in")
            << int(Who::Nobody) << u"101"_s << 401 << QString(tv::errc::Unauthenticated);
    }

    void refusals()
    {
        QFETCH(int, who);
        QFETCH(QString, personId);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult result = service().get(Who(who), packPath(personId));
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), code);
        const QStringList problems = service().undocumented(u"GET"_s, PackPath, result);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(service().auditRows(), 0); // a refused pack leaves no row
    }

    void anAdminWithoutTwoStepSignInGetsNoPack()
    {
        TV_VERIFY_OK(service().exec(u"UPDATE users SET mfa_enrolled_at = NULL WHERE id = :id"_s,
                                    {{u":id"_s, service().userId(Who::Admin)}}));
        const HttpResult result = service().get(Who::Admin, packPath(u"101"_s));
        QCOMPARE(result.status, 403);
        QCOMPARE(result.errorCode(), QString(tv::errc::AccessLapsed));
        QCOMPARE(service().auditRows(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSubjectAccessPack)
#include "tst_subjectaccesspack.moc"
