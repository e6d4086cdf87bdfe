// Inaccuracy reports through the HTTP API (Appendix C 13.6): filing against one item of a person
// view, the status flow open -> forwarded -> resolved and its refusals, who sees which report,
// and the audit row of every step. Every case runs on SQLite and on PostgreSQL.
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/audit/AuditTrail.h"
#include "tests/server/reports/ReportsService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using tv::InaccuracyReport;
using tv::InaccuracyReportList;
using tv::ReportStatus;

namespace {

QByteArray reportBody(const QString &item, const QString &description)
{
    return tv::wire::serialize(tv::wire::toJson(tv::NewInaccuracyReport{item, description}));
}

const QString Filing = u"/api/v1/persons/{personId}/reports"_s;
const QString Forwarding = u"/api/v1/admin/reports/{reportId}/forward"_s;
const QString Resolving = u"/api/v1/admin/reports/{reportId}/resolve"_s;
const QString Mine = u"/api/v1/reports/mine"_s;
const QString Listing = u"/api/v1/admin/reports"_s;

} // namespace

class TestInaccuracyReports final : public tv::test::ReportsTestCase {
    Q_OBJECT

private:
    void verifyDocumented(const QString &method, const QString &path, const HttpResult &result)
    {
        const QStringList problems = service().undocumented(method, path, result);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(u'\n') + u"\n"_s + QString::fromUtf8(result.body)));
    }

    // Files a report about Ada (101) as `who`; the report, or an empty one on failure.
    InaccuracyReport file(Who who, const QString &item = u"individual-flags/young-carer"_s)
    {
        const HttpResult result = service().post(
            who, u"/api/v1/persons/101/reports"_s,
            reportBody(item, u"She has not been a young carer since her mother moved in."_s));
        [&] {
            QCOMPARE(result.status, 201);
        }();
        const auto report = tv::wire::fromJson<InaccuracyReport>(result.json());
        return report ? report.value() : InaccuracyReport{};
    }

    static QStringList idsOf(const InaccuracyReportList &list)
    {
        QStringList ids;
        for (const InaccuracyReport &report : list.reports)
            ids.append(report.id);
        return ids;
    }

    InaccuracyReportList listOf(const HttpResult &result)
    {
        const auto list = tv::wire::fromJson<InaccuracyReportList>(result.json());
        return list ? list.value() : InaccuracyReportList{};
    }

    qint64 auditRowsWith(const QString &action)
    {
        return service()
            .scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = :action"_s,
                    {{u":action"_s, action}})
            .toLongLong();
    }

private Q_SLOTS:
    void filingGivesAnOpenReportAndIsAudited()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const HttpResult result =
            service().post(Who::Practitioner, u"/api/v1/persons/101/reports"_s,
                           reportBody(u"personal/dateOfBirth"_s, u"  Born on the 2nd.  "_s));
        QCOMPARE(result.status, 201);
        verifyDocumented(u"POST"_s, Filing, result);
        const auto report = tv::wire::fromJson<InaccuracyReport>(result.json());
        TV_VERIFY_OK(report);
        QVERIFY(!QUuid::fromString(report.value().id).isNull());
        QCOMPARE(report.value().personId, u"101"_s);
        QCOMPARE(report.value().item, u"personal/dateOfBirth"_s);
        QCOMPARE(report.value().description, u"Born on the 2nd."_s); // trimmed
        QCOMPARE(report.value().status, ReportStatus::Open);
        QVERIFY(report.value().createdAt >= before);
        QVERIFY(!report.value().forwardedAt && !report.value().resolvedAt);
        QVERIFY(!report.value().resolution);
        QCOMPARE(report.value().reporter.id, service().userId(Who::Practitioner));
        QCOMPARE(report.value().reporter.displayName, u"Sam Example"_s);
        QCOMPARE(report.value().reporter.organisation, u"Example Academy (fictional)"_s);

        QCOMPARE(service().auditRows(), 1);
        auto row = service().db().run(u"read the audit row",
                                      u"SELECT user_id, action, subject, detail FROM audit_log"_s);
        QVERIFY(row && row.value().next());
        QCOMPARE(QUuid::fromString(row.value().value(0).toString()),
                 QUuid::fromString(service().userId(Who::Practitioner)));
        QCOMPARE(row.value().value(1).toString(), u"inaccuracy_reported"_s);
        QCOMPARE(row.value().value(2).toString(), u"person:101"_s);
        const QJsonObject detail =
            QJsonDocument::fromJson(row.value().value(3).toString().toUtf8()).object();
        QCOMPARE(detail.value("report"_L1).toString(), report.value().id);
        QCOMPARE(detail.value("item"_L1).toString(), u"personal/dateOfBirth"_s);
        QVERIFY(!row.value().value(3).toString().contains(u"Born"_s)); // not the description
    }

    void everyGroupTakesItsRows_data()
    {
        QTest::addColumn<QString>("item");
        QTest::newRow("personal") << u"personal/nhsNumber"_s;
        QTest::newRow("vulnerability criteria")
            << u"vulnerability-criteria/known-to-social-care-or-early-help"_s;
        QTest::newRow("individual flags") << u"individual-flags/child-in-need"_s;
        QTest::newRow("transform vulnerability") << u"transform-vulnerability/crime"_s;
        QTest::newRow("involvements") << u"involvements/0"_s;
        QTest::newRow("assessments") << u"assessments/12"_s;
        QTest::newRow("education") << u"education/9999"_s;
    }

    void everyGroupTakesItsRows()
    {
        QFETCH(QString, item);
        const InaccuracyReport report = file(Who::Practitioner, item);
        QCOMPARE(report.item, item);
    }

    void badReportsAreRefusedAndLeaveNoTrace_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");

        const QString ok = u"The date is wrong."_s;
        const auto row = [&](const char *name, const QString &person, const QByteArray &body,
                             int status, QLatin1StringView code, const QString &mentions) {
            QTest::newRow(name) << person << body << status << QString(code) << mentions;
        };
        using namespace tv::errc;
        row("unknown person", u"999"_s, reportBody(u"personal/upn"_s, ok), 404, NotFound,
            u"no person"_s);
        row("person id not digits", u"10a"_s, reportBody(u"personal/upn"_s, ok), 400, InvalidField,
            u"'personId'"_s);
        row("no slash", u"101"_s, reportBody(u"personal"_s, ok), 400, InvalidField, u"'item'"_s);
        row("two slashes", u"101"_s, reportBody(u"personal/upn/x"_s, ok), 400, InvalidField,
            u"'item'"_s);
        row("unknown group", u"101"_s, reportBody(u"household/0"_s, ok), 400, InvalidField,
            u"one of personal"_s);
        row("unknown field", u"101"_s, reportBody(u"personal/shoeSize"_s, ok), 400, InvalidField,
            u"personal/"_s);
        row("flag of another group", u"101"_s, reportBody(u"individual-flags/crime"_s, ok), 400,
            InvalidField, u"a flag"_s);
        row("unknown flag", u"101"_s, reportBody(u"individual-flags/dragon"_s, ok), 400,
            InvalidField, u"a flag"_s);
        row("negative row", u"101"_s, reportBody(u"involvements/-1"_s, ok), 400, InvalidField,
            u"a number"_s);
        row("leading zero", u"101"_s, reportBody(u"assessments/01"_s, ok), 400, InvalidField,
            u"a number"_s);
        row("row too big", u"101"_s, reportBody(u"education/10000"_s, ok), 400, InvalidField,
            u"a number"_s);
        row("item too long", u"101"_s, reportBody(u"personal/"_s + QString(200, u'a'), ok), 400,
            InvalidField, u"at most"_s);
        row("blank description", u"101"_s, reportBody(u"personal/upn"_s, u"   "_s), 400,
            InvalidField, u"'description'"_s);
        row("description too long", u"101"_s, reportBody(u"personal/upn"_s, QString(2001, u'x')),
            400, InvalidField, u"2000"_s);
        row("missing description", u"101"_s, R"({"item":"personal/upn"})", 400, MissingField,
            u"'description'"_s);
        row("item of wrong type", u"101"_s, R"({"item":3,"description":"x"})", 400, InvalidField,
            u"'item'"_s);
        row("unknown field in body", u"101"_s,
            R"({"item":"personal/upn","description":"x","urgent":true})", 400, UnknownField,
            u"'urgent'"_s);
        row("malformed JSON", u"101"_s, R"({"item":)", 400, InvalidJson, u"JSON"_s);
    }

    void badReportsAreRefusedAndLeaveNoTrace()
    {
        QFETCH(QString, person);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const HttpResult result =
            service().post(Who::Practitioner, u"/api/v1/persons/%1/reports"_s.arg(person), body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), code);
        const tv::Error error = tv::wire::errorFromBody(result.json());
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        verifyDocumented(u"POST"_s, Filing, result);
        QCOMPARE(service().scalar(u"SELECT COUNT(*) FROM inaccuracy_reports"_s).toInt(), 0);
        QCOMPARE(service().auditRows(), 0);
    }

    void aReporterSeesOnlyTheirOwnReports()
    {
        const InaccuracyReport mine = file(Who::Practitioner);
        const InaccuracyReport theirs = file(Who::OtherPractitioner, u"involvements/0"_s);
        QVERIFY(!mine.id.isEmpty() && !theirs.id.isEmpty());

        const HttpResult result = service().get(Who::Practitioner, Mine);
        QCOMPARE(result.status, 200);
        verifyDocumented(u"GET"_s, Mine, result);
        QCOMPARE(idsOf(listOf(result)), QStringList{mine.id});
        const HttpResult other = service().get(Who::OtherPractitioner, Mine);
        QCOMPARE(idsOf(listOf(other)), QStringList{theirs.id});
        QCOMPARE(listOf(service().get(Who::Admin, Mine)).reports.size(), 0);
        // Nor can anyone but the Transform team act on one.
        const HttpResult forwarded = service().post(
            Who::OtherPractitioner, u"/api/v1/admin/reports/%1/forward"_s.arg(mine.id), "{}");
        QCOMPARE(forwarded.status, 403);
        QCOMPARE(forwarded.errorCode(), QString(tv::errc::Forbidden));
        QCOMPARE(service().get(Who::Practitioner, Listing).status, 403);
    }

    void aReporterWhoseAccessLapsedStillSeesTheirReports()
    {
        const InaccuracyReport report = file(Who::Practitioner);
        TV_VERIFY_OK(
            service().exec(u"UPDATE users SET dbs_certificate_date = NULL WHERE id = :id"_s,
                           {{u":id"_s, service().userId(Who::Practitioner)}}));
        const HttpResult refused =
            service().post(Who::Practitioner, u"/api/v1/persons/101/reports"_s,
                           reportBody(u"personal/upn"_s, u"Wrong UPN."_s));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QString(tv::errc::AccessLapsed));
        const qint64 audited = service().auditRows();
        const HttpResult mine = service().get(Who::Practitioner, Mine);
        QCOMPARE(mine.status, 200);
        verifyDocumented(u"GET"_s, Mine, mine);
        // Where each stands, but not whom it is about: that is person data, and their access to
        // person data has lapsed. Nothing of anyone's is shown, so nothing is audited.
        QCOMPARE(listOf(mine).reports, QList<InaccuracyReport>{report});
        QVERIFY(!mine.json().value("reports"_L1).toArray().at(0).toObject().contains("subject"_L1));
        QCOMPARE(service().auditRows(), audited);
        QCOMPARE(service().get(Who::Nobody, Mine).status, 401);
    }

    // Issue 14, point 7: the reporter's own list names whom each report is about, so two reports
    // on two children are told apart; nobody else's answer does.
    void aReporterSeesWhomEachReportIsAbout()
    {
        const InaccuracyReport aboutAda = file(Who::Practitioner);
        const HttpResult filing =
            service().post(Who::Practitioner, u"/api/v1/persons/102/reports"_s,
                           reportBody(u"personal/upn"_s, u"Bo has no UPN: he is an adult."_s));
        QCOMPARE(filing.status, 201);
        QVERIFY(!filing.json().contains("subject"_L1)); // the filing answer names no one
        const InaccuracyReport theirs = file(Who::OtherPractitioner, u"involvements/0"_s);

        const qint64 before = service().auditRows();
        const HttpResult result = service().get(Who::Practitioner, Mine);
        QCOMPARE(result.status, 200);
        verifyDocumented(u"GET"_s, Mine, result);
        const QList<InaccuracyReport> reports = listOf(result).reports;
        QCOMPARE(reports.size(), 2);
        QHash<QString, tv::ReportSubject> named;
        for (const InaccuracyReport &report : reports) {
            QVERIFY2(report.subject.has_value(), qPrintable(report.id));
            named.insert(report.personId, *report.subject);
        }
        QCOMPARE(named.value(u"101"_s),
                 (tv::ReportSubject{u"Ada Fictional"_s, QDate(2013, 2, 1), false}));
        QCOMPARE(named.value(u"102"_s),
                 (tv::ReportSubject{u"Bo Fictional"_s, QDate(1985, 6, 7), false}));
        QVERIFY(!idsOf(listOf(result)).contains(theirs.id));
        QVERIFY(idsOf(listOf(result)).contains(aboutAda.id));

        // Audited: the reporter was shown each person's name and date of birth.
        QCOMPARE(service().auditRows(), before + 2);
        QCOMPARE(service()
                     .scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = :action AND"
                             u" subject IN ('person:101', 'person:102')"_s,
                             {{u":action"_s, u"own_inaccuracy_reports_listed"_s}})
                     .toInt(),
                 2);

        // Another practitioner cannot get them: their own list holds only their own report, by
        // a person they reported on; nor can they read anyone else's list or the admin one.
        const HttpResult other = service().get(Who::OtherPractitioner, Mine);
        QCOMPARE(idsOf(listOf(other)), QStringList{theirs.id});
        QVERIFY(!other.body.contains("Bo Fictional"));
        QCOMPARE(service().get(Who::OtherPractitioner, Listing).status, 403);
        const auto verified = tv::server::audit::AuditTrail(service().db()).verify();
        TV_VERIFY_OK(verified);
        QVERIFY(verified.value().intact());
    }

    // Only the reporter's own list names anyone: the Transform team's list and the answers to
    // forwarding and resolving give the person's id only, as before.
    void noOtherAnswerNamesThePerson()
    {
        const InaccuracyReport filed = file(Who::Practitioner);
        const HttpResult listed = service().get(Who::Admin, Listing);
        QCOMPARE(listed.status, 200);
        for (const QJsonValue &report : listed.json().value("reports"_L1).toArray())
            QVERIFY(!report.toObject().contains("subject"_L1));
        QVERIFY(!listed.body.contains("Ada Fictional"));
        const HttpResult forwarded =
            service().post(Who::Admin, u"/api/v1/admin/reports/%1/forward"_s.arg(filed.id), "{}");
        QCOMPARE(forwarded.status, 200);
        QVERIFY(!forwarded.json().contains("subject"_L1));
        const HttpResult resolved =
            service().post(Who::Admin, u"/api/v1/admin/reports/%1/resolve"_s.arg(filed.id),
                           R"({"resolution":"Corrected."})");
        QCOMPARE(resolved.status, 200);
        QVERIFY(!resolved.json().contains("subject"_L1));
    }

    // A person restricted after the report (Appendix C 13.6): the reporter still sees whom their
    // report is about (the name and date of birth they saw when reporting: search and household
    // lists name a restricted person too) and that the record is restricted now, so they know
    // why it will not open; nothing of the record itself.
    void aPersonRestrictedAfterTheReportIsNamedAsRestricted()
    {
        const InaccuracyReport filed = file(Who::Practitioner);
        QCOMPARE(service().post(Who::Admin, u"/api/v1/admin/persons/101/restrict"_s, {}).status,
                 200);
        const HttpResult result = service().get(Who::Practitioner, Mine);
        QCOMPARE(result.status, 200);
        verifyDocumented(u"GET"_s, Mine, result);
        const QList<InaccuracyReport> reports = listOf(result).reports;
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.constFirst().id, filed.id);
        QCOMPARE(reports.constFirst().subject,
                 (tv::ReportSubject{u"Ada Fictional"_s, QDate(2013, 2, 1), true}));
        // Nothing more about them than for anyone else.
        const QJsonObject subject = result.json()
                                        .value("reports"_L1)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value("subject"_L1)
                                        .toObject();
        QCOMPARE(subject.keys(),
                 (QStringList{u"dateOfBirth"_s, u"displayName"_s, u"restricted"_s}));
        QCOMPARE(service().post(Who::Admin, u"/api/v1/admin/persons/101/unrestrict"_s, {}).status,
                 200);
        QCOMPARE(
            listOf(service().get(Who::Practitioner, Mine)).reports.constFirst().subject->restricted,
            false);
    }

    // Each step: "forward" or "resolve", then the status it must answer.
    void statusFlow_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QString>("finalStatus");
        QTest::newRow("forward") << QStringList{u"forward"_s} << QList<int>{200} << u"forwarded"_s;
        QTest::newRow("resolve an open one")
            << QStringList{u"resolve"_s} << QList<int>{200} << u"resolved"_s;
        QTest::newRow("forward, then resolve")
            << QStringList{u"forward"_s, u"resolve"_s} << QList<int>{200, 200} << u"resolved"_s;
        QTest::newRow("forward twice")
            << QStringList{u"forward"_s, u"forward"_s} << QList<int>{200, 409} << u"forwarded"_s;
        QTest::newRow("resolve twice")
            << QStringList{u"resolve"_s, u"resolve"_s} << QList<int>{200, 409} << u"resolved"_s;
        QTest::newRow("forward a resolved one")
            << QStringList{u"resolve"_s, u"forward"_s} << QList<int>{200, 409} << u"resolved"_s;
        QTest::newRow("resolve after forward and resolve")
            << QStringList{u"forward"_s, u"resolve"_s, u"resolve"_s} << QList<int>{200, 200, 409}
            << u"resolved"_s;
    }

    void statusFlow()
    {
        QFETCH(QStringList, steps);
        QFETCH(QList<int>, statuses);
        QFETCH(QString, finalStatus);
        const InaccuracyReport filed = file(Who::Practitioner);
        QVERIFY(!filed.id.isEmpty());

        int changes = 0;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const bool forward = steps.at(i) == "forward"_L1;
            const QString path = u"/api/v1/admin/reports/%1/%2"_s.arg(filed.id, steps.at(i));
            const QByteArray body = forward ? R"({"note":"Sent to the CSC data team."})"_ba
                                            : R"({"resolution":"Corrected at source."})"_ba;
            const qint64 auditBefore = service().auditRows();
            const HttpResult result = service().post(Who::Admin, path, body);
            QCOMPARE(result.status, statuses.at(i));
            verifyDocumented(u"POST"_s, forward ? Forwarding : Resolving, result);
            if (result.status == 409) {
                QCOMPARE(result.errorCode(), QString(tv::errc::Conflict));
                QCOMPARE(service().auditRows(), auditBefore); // a refusal changes nothing
                continue;
            }
            ++changes;
            QCOMPARE(service().auditRows(), auditBefore + 1);
            const auto report = tv::wire::fromJson<InaccuracyReport>(result.json());
            TV_VERIFY_OK(report);
            QCOMPARE(report.value().id, filed.id);
            if (forward) {
                QVERIFY(report.value().forwardedAt.has_value());
            } else {
                QVERIFY(report.value().resolvedAt.has_value());
                QCOMPARE(report.value().resolution, u"Corrected at source."_s);
            }
        }

        // The reporter sees where it stands.
        const QList<InaccuracyReport> mine = listOf(service().get(Who::Practitioner, Mine)).reports;
        QCOMPARE(mine.size(), 1);
        QCOMPARE(tv::reportstatus::wireName(mine.constFirst().status), finalStatus);
        // Forwarding succeeds only from open: only as the first step.
        QCOMPARE(mine.constFirst().forwardedAt.has_value(), steps.constFirst() == "forward"_L1);
        QCOMPARE(mine.constFirst().resolvedAt.has_value(), finalStatus == "resolved"_L1);
        QCOMPARE(auditRowsWith(u"inaccuracy_report_forwarded"_s) +
                     auditRowsWith(u"inaccuracy_report_resolved"_s),
                 changes);
        QCOMPARE(service()
                     .scalar(u"SELECT COUNT(*) FROM audit_log WHERE subject = 'person:101'"_s)
                     .toInt(),
                 1 + changes + 1); // filed, each change, and the reporter's list naming Ada
        const auto verified = tv::server::audit::AuditTrail(service().db()).verify();
        TV_VERIFY_OK(verified);
        QVERIFY(verified.value().intact());
    }

    void forwardingRecordsWhoAndTheNote()
    {
        const InaccuracyReport filed = file(Who::Practitioner);
        const HttpResult result =
            service().post(Who::Admin, u"/api/v1/admin/reports/%1/forward"_s.arg(filed.id),
                           R"({"note":"Sent to the CSC data team."})");
        QCOMPARE(result.status, 200);
        QCOMPARE(QUuid::fromString(
                     service().scalar(u"SELECT forwarded_by FROM inaccuracy_reports"_s).toString()),
                 QUuid::fromString(service().userId(Who::Admin)));
        const QString detail = service()
                                   .scalar(u"SELECT detail FROM audit_log WHERE action = :action"_s,
                                           {{u":action"_s, u"inaccuracy_report_forwarded"_s}})
                                   .toString();
        QVERIFY2(detail.contains(u"Sent to the CSC data team."_s), qPrintable(detail));
        QVERIFY(detail.contains(filed.id));
    }

    void actionsOnNoSuchReport_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("forward an unknown id") << u"/api/v1/admin/reports/%1/forward"_s.arg(unknown)
                                               << "{}"_ba << 404 << QString(tv::errc::NotFound);
        QTest::newRow("resolve an unknown id")
            << u"/api/v1/admin/reports/%1/resolve"_s.arg(unknown) << R"({"resolution":"x"})"_ba
            << 404 << QString(tv::errc::NotFound);
        QTest::newRow("forward a non-UUID") << u"/api/v1/admin/reports/12'%20OR%201=1/forward"_s
                                            << "{}"_ba << 404 << QString(tv::errc::NotFound);
        QTest::newRow("resolve a non-UUID")
            << u"/api/v1/admin/reports/abc/resolve"_s << R"({"resolution":"x"})"_ba << 404
            << QString(tv::errc::NotFound);
    }

    void actionsOnNoSuchReport()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        file(Who::Practitioner);
        const qint64 before = service().auditRows();
        const HttpResult result = service().post(Who::Admin, path, body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), code);
        QCOMPARE(service().auditRows(), before);
        QCOMPARE(service().scalar(u"SELECT status FROM inaccuracy_reports"_s).toString(),
                 u"open"_s);
    }

    void badActionBodies_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("resolve without a resolution")
            << u"resolve"_s << "{}"_ba << QString(tv::errc::MissingField);
        QTest::newRow("blank resolution")
            << u"resolve"_s << R"({"resolution":" "})"_ba << QString(tv::errc::InvalidField);
        QTest::newRow("resolution too long")
            << u"resolve"_s
            << tv::wire::serialize(tv::wire::toJson(tv::ResolveReport{QString(2001, u'r')}))
            << QString(tv::errc::InvalidField);
        QTest::newRow("note of wrong type")
            << u"forward"_s << R"({"note":7})"_ba << QString(tv::errc::InvalidField);
        QTest::newRow("unknown field")
            << u"forward"_s << R"({"to":"csc"})"_ba << QString(tv::errc::UnknownField);
        QTest::newRow("no JSON") << u"forward"_s << "note"_ba << QString(tv::errc::InvalidJson);
    }

    void badActionBodies()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const InaccuracyReport filed = file(Who::Practitioner);
        const HttpResult result = service().post(
            Who::Admin, u"/api/v1/admin/reports/%1/%2"_s.arg(filed.id, action), body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), code);
        QCOMPARE(service().scalar(u"SELECT status FROM inaccuracy_reports"_s).toString(),
                 u"open"_s);
    }

    void adminListsByStatus_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::newRow("all") << QString() << 200 << 3;
        QTest::newRow("open") << u"?status=open"_s << 200 << 1;
        QTest::newRow("forwarded") << u"?status=forwarded"_s << 200 << 1;
        QTest::newRow("resolved") << u"?status=resolved"_s << 200 << 1;
        QTest::newRow("unknown status") << u"?status=closed"_s << 400 << -1;
        QTest::newRow("empty status") << u"?status="_s << 400 << -1;
        QTest::newRow("unknown parameter") << u"?reporter=me"_s << 400 << -1;
    }

    void adminListsByStatus()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, count);
        const InaccuracyReport open = file(Who::Practitioner);
        const InaccuracyReport forwarded = file(Who::OtherPractitioner);
        const InaccuracyReport resolved = file(Who::Practitioner, u"education/1"_s);
        QCOMPARE(
            service()
                .post(Who::Admin, u"/api/v1/admin/reports/%1/forward"_s.arg(forwarded.id), "{}")
                .status,
            200);
        QCOMPARE(service()
                     .post(Who::Admin, u"/api/v1/admin/reports/%1/resolve"_s.arg(resolved.id),
                           R"({"resolution":"Corrected."})")
                     .status,
                 200);

        const qint64 before = service().auditRows();
        const HttpResult result = service().get(Who::Admin, Listing + query);
        QCOMPARE(result.status, status);
        verifyDocumented(u"GET"_s, Listing, result);
        if (status != 200) {
            QCOMPARE(service().auditRows(), before);
            return;
        }
        const QList<InaccuracyReport> reports = listOf(result).reports;
        QCOMPARE(reports.size(), count);
        QCOMPARE(service().auditRows(), before + 1); // the Transform team's reads are audited
        if (query.endsWith("open"_L1))
            QCOMPARE(reports.constFirst(), open);
        if (query.isEmpty()) {
            // Each with its reporter (reports filed in one millisecond have no order).
            QSet<QString> ids;
            for (const InaccuracyReport &report : reports) {
                ids.insert(report.id);
                QCOMPARE(report.reporter.displayName,
                         report.id == forwarded.id ? u"Alex Other"_s : u"Sam Example"_s);
            }
            QCOMPARE(ids, (QSet<QString>{open.id, forwarded.id, resolved.id}));
        }
    }
};

QTEST_GUILESS_MAIN(TestInaccuracyReports)
#include "tst_inaccuracyreports.moc"
