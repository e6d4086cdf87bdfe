#include "server/reports/ReportRows.h"

#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::server::reports {
namespace {

enum Column {
    CId,
    CPerson,
    CItem,
    CDescription,
    CStatus,
    CCreated,
    CForwarded,
    CResolved,
    CResolution,
    CReporter,
    CReporterName,
    COrganisation,
    // Subject::Named only
    CGivenName,
    CFamilyName,
    CDateOfBirth,
    CRestricted
};

} // namespace

QString ReportRows::reportSelect(Subject subject)
{
    if (subject == Subject::Named) {
        return u"SELECT r.id, r.person_id, r.item, r.description, r.status, r.created_at,"
               u" r.forwarded_at, r.resolved_at, r.resolution, u.id, u.display_name, o.name,"
               u" p.given_name, p.family_name, p.date_of_birth, rs.person_id"
               u" FROM inaccuracy_reports r JOIN users u ON u.id = r.reporter_id"
               u" JOIN organisations o ON o.id = u.organisation_id"
               u" JOIN persons p ON p.id = r.person_id"
               u" LEFT JOIN restrictions rs ON rs.person_id = r.person_id"_s;
    }
    return u"SELECT r.id, r.person_id, r.item, r.description, r.status, r.created_at,"
           u" r.forwarded_at, r.resolved_at, r.resolution, u.id, u.display_name, o.name"
           u" FROM inaccuracy_reports r JOIN users u ON u.id = r.reporter_id"
           u" JOIN organisations o ON o.id = u.organisation_id"_s;
}

InaccuracyReport ReportRows::readReport(const QSqlQuery &query, Subject subject)
{
    InaccuracyReport report;
    report.id = db::uuidFromDb(query.value(CId));
    report.personId = QString::number(query.value(CPerson).toLongLong());
    report.item = query.value(CItem).toString();
    report.description = query.value(CDescription).toString();
    // The schema's CHECK admits only the three names.
    report.status =
        reportstatus::fromWireName(query.value(CStatus).toString()).value_or(ReportStatus::Open);
    report.createdAt = db::dateTimeFromDb(query.value(CCreated));
    report.forwardedAt = db::optionalDateTimeFromDb(query.value(CForwarded));
    report.resolvedAt = db::optionalDateTimeFromDb(query.value(CResolved));
    if (!query.value(CResolution).isNull())
        report.resolution = query.value(CResolution).toString();
    report.reporter =
        Actor{db::uuidFromDb(query.value(CReporter)), query.value(CReporterName).toString(),
              query.value(COrganisation).toString()};
    if (subject == Subject::Named) {
        ReportSubject named;
        named.displayName =
            query.value(CGivenName).toString() + u' ' + query.value(CFamilyName).toString();
        named.dateOfBirth = db::dateFromDb(query.value(CDateOfBirth));
        named.restricted = !query.value(CRestricted).isNull();
        report.subject = named;
    }
    return report;
}

Result<QList<InaccuracyReport>> ReportRows::readReports(const db::Database &database,
                                                        QStringView purpose, const QString &where,
                                                        const QVariantMap &bindings,
                                                        Subject subject)
{
    Result<QSqlQuery> query = database.run(
        purpose, reportSelect(subject) + u' ' + where + u" ORDER BY r.created_at, r.id"_s,
        bindings);
    if (!query)
        return query.error();
    QList<InaccuracyReport> reports;
    while (query.value().next())
        reports.append(readReport(query.value(), subject));
    return reports;
}

} // namespace tv::server::reports
