#include "server/reports/InaccuracyReports.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/FieldLimits.h"
#include "server/access/RecordAccess.h"
#include "server/audit/AuditTrail.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"
#include "server/reports/ReportItem.h"
#include "server/reports/ReportRows.h"

#include <QMap>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::server::reports {
namespace {

// A text of 1..limits::ReportTextLength characters once trimmed, or invalid_field naming `field`.
Result<QString> boundedText(const QString &text, QLatin1StringView field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > limits::ReportTextLength) {
        return Error{
            QString(tv::errc::InvalidField),
            u"Field '%1' must be 1 to %2 characters."_s.arg(field).arg(limits::ReportTextLength)};
    }
    return trimmed;
}

Error noSuchReport()
{
    return Error{QString(tv::errc::NotFound), u"There is no inaccuracy report with this id."_s};
}

} // namespace

InaccuracyReports::InaccuracyReports(const db::Database &database)
    : m_database(database)
{}

Result<InaccuracyReport> InaccuracyReports::file(const User &reporter, const QString &personId,
                                                 const NewInaccuracyReport &report) const
{
    const Result<qint64> person = access::RecordAccess::parseId(personId, "personId"_L1);
    if (!person)
        return person.error();
    if (Status item = ReportItem::validate(report.item); !item)
        return item.error();
    const Result<QString> description = boundedText(report.description, "description"_L1);
    if (!description)
        return description.error();

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<InaccuracyReport> filed;
    const Status done = m_database.transaction([&]() -> Status {
        const Result<bool> exists = m_database.exists(u"find the person a report is about",
                                                      u"SELECT 1 FROM persons WHERE id = :id"_s,
                                                      {{u":id"_s, person.value()}});
        if (!exists)
            return exists.error();
        if (!exists.value())
            return Error{QString(tv::errc::NotFound), u"There is no person with this id."_s};

        if (const Status inserted = m_database.exec(
                u"file an inaccuracy report",
                u"INSERT INTO inaccuracy_reports (id, reporter_id, person_id, item, description,"
                u" status, created_at) VALUES (:id, :reporter, :person, :item, :description,"
                u" 'open', :at)"_s,
                {{u":id"_s, id},
                 {u":reporter"_s, reporter.id},
                 {u":person"_s, person.value()},
                 {u":item"_s, report.item},
                 {u":description"_s, description.value()},
                 {u":at"_s, db::toDb(now)}});
            !inserted)
            return inserted.error();

        Result<QList<InaccuracyReport>> read = ReportRows::readReports(
            m_database, u"read the report just filed", u"WHERE r.id = :id"_s, {{u":id"_s, id}});
        if (!read)
            return read.error();
        if (read.value().size() != 1)
            return noSuchReport(); // the reporter's account is gone: nothing is kept
        filed = read.value().constFirst();

        audit::AuditEntry entry = audit::entryOf(AuditAction::InaccuracyReported, now, reporter.id);
        entry.subject = audit::personSubject(person.value());
        entry.detail = audit::detailText({{"report"_L1, id}, {"item"_L1, report.item}});
        return audit::AuditTrail(m_database).append(entry);
    });
    if (!done)
        return done.error();
    return *filed;
}

Result<InaccuracyReportList> InaccuracyReports::mine(const User &reporter,
                                                     ReportRows::Subject subject) const
{
    InaccuracyReportList mine;
    const Status done = m_database.transaction([&]() -> Status {
        Result<QList<InaccuracyReport>> reports = ReportRows::readReports(
            m_database, u"read a user's inaccuracy reports", u"WHERE r.reporter_id = :reporter"_s,
            {{u":reporter"_s, reporter.id}}, subject);
        if (!reports)
            return reports.error();
        mine.reports = std::move(reports).value();
        if (subject == ReportRows::Subject::LeftOut)
            return Done{};

        // Each report names its person: one audit row per person named, under their subject, so
        // their access history shows who was shown their name and date of birth.
        QMap<qint64, int> perPerson;
        for (const InaccuracyReport &report : std::as_const(mine.reports))
            ++perPerson[report.personId.toLongLong()];
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const audit::AuditTrail trail(m_database);
        for (auto it = perPerson.cbegin(); it != perPerson.cend(); ++it) {
            audit::AuditEntry entry =
                audit::entryOf(AuditAction::OwnInaccuracyReportsListed, now, reporter.id);
            entry.subject = audit::personSubject(it.key());
            entry.detail = audit::detailText({{"reports"_L1, it.value()}});
            if (Status audited = trail.append(entry); !audited)
                return audited;
        }
        return Done{};
    });
    if (!done)
        return done.error();
    return mine;
}

Result<InaccuracyReportList> InaccuracyReports::list(const User &admin,
                                                     std::optional<ReportStatus> status) const
{
    InaccuracyReportList list;
    const Status done = m_database.transaction([&]() -> Status {
        Result<QList<InaccuracyReport>> reports =
            status ? ReportRows::readReports(m_database, u"list inaccuracy reports",
                                             u"WHERE r.status = :status"_s,
                                             {{u":status"_s, reportstatus::wireName(*status)}})
                   : ReportRows::readReports(m_database, u"list inaccuracy reports", {}, {});
        if (!reports)
            return reports.error();
        list.reports = std::move(reports).value();

        audit::AuditEntry entry = audit::entryOf(AuditAction::InaccuracyReportsListed,
                                                 QDateTime::currentDateTimeUtc(), admin.id);
        QJsonObject detail{{"results"_L1, list.reports.size()}};
        if (status)
            detail.insert("status"_L1, reportstatus::wireName(*status));
        entry.detail = audit::detailText(detail);
        return audit::AuditTrail(m_database).append(entry);
    });
    if (!done)
        return done.error();
    return list;
}

Result<InaccuracyReport> InaccuracyReports::forward(const User &admin, const QString &reportId,
                                                    const ForwardReport &forward) const
{
    QJsonObject detail;
    if (forward.note) {
        const Result<QString> note = boundedText(*forward.note, "note"_L1);
        if (!note)
            return note.error();
        detail.insert("note"_L1, note.value());
    }
    return move(admin, reportId, {ReportStatus::Open}, ReportStatus::Forwarded,
                u"forwarded_at = :at, forwarded_by = :by"_s, {},
                AuditAction::InaccuracyReportForwarded, detail);
}

Result<InaccuracyReport> InaccuracyReports::resolve(const User &admin, const QString &reportId,
                                                    const ResolveReport &resolve) const
{
    const Result<QString> resolution = boundedText(resolve.resolution, "resolution"_L1);
    if (!resolution)
        return resolution.error();
    return move(
        admin, reportId, {ReportStatus::Open, ReportStatus::Forwarded}, ReportStatus::Resolved,
        u"resolved_at = :at, resolved_by = :by, resolution = :resolution"_s,
        {{u":resolution"_s, resolution.value()}}, AuditAction::InaccuracyReportResolved, {});
}

Result<InaccuracyReport> InaccuracyReports::move(const User &admin, const QString &reportId,
                                                 const QList<ReportStatus> &from, ReportStatus to,
                                                 const QString &set, QVariantMap bindings,
                                                 AuditAction action, QJsonObject detail) const
{
    // An id that is not a UUID names no report (and must not reach a uuid column).
    const QUuid uuid = QUuid::fromString(reportId);
    if (uuid.isNull())
        return noSuchReport();
    const QString id = uuid.toString(QUuid::WithoutBraces);

    QStringList allowed;
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QString name = u":from%1"_s.arg(i);
        allowed << name;
        bindings.insert(name, reportstatus::wireName(from.at(i)));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bindings.insert(u":id"_s, id);
    bindings.insert(u":to"_s, reportstatus::wireName(to));
    bindings.insert(u":at"_s, db::toDb(now));
    bindings.insert(u":by"_s, admin.id);

    std::optional<InaccuracyReport> moved;
    const Status done = m_database.transaction([&]() -> Status {
        // Only from an allowed status: two admins acting at once cannot both succeed.
        Result<QSqlQuery> updated = m_database.run(
            u"change the status of an inaccuracy report",
            u"UPDATE inaccuracy_reports SET status = :to, %1 WHERE id = :id AND status IN (%2)"_s
                .arg(set, allowed.join(u", "_s)),
            bindings);
        if (!updated)
            return updated.error();
        const bool changed = updated.value().numRowsAffected() == 1;

        Result<QList<InaccuracyReport>> read = ReportRows::readReports(
            m_database, u"read an inaccuracy report", u"WHERE r.id = :id"_s, {{u":id"_s, id}});
        if (!read)
            return read.error();
        if (read.value().isEmpty())
            return noSuchReport();
        const InaccuracyReport &report = read.value().constFirst();
        if (!changed) {
            return Error{QString(tv::errc::Conflict),
                         u"This report is %1, so it cannot be %2."_s.arg(
                             reportstatus::wireName(report.status), reportstatus::wireName(to))};
        }
        moved = report;

        audit::AuditEntry entry = audit::entryOf(action, now, admin.id);
        entry.subject = audit::personSubject(report.personId.toLongLong());
        detail.insert("report"_L1, id);
        entry.detail = audit::detailText(detail);
        return audit::AuditTrail(m_database).append(entry);
    });
    if (!done)
        return done.error();
    return *moved;
}

} // namespace tv::server::reports
