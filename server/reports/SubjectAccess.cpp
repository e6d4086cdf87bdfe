#include "server/reports/SubjectAccess.h"

#include "models/domain/ErrorCode.h"
#include "server/access/RecordAccess.h"
#include "server/audit/AuditTrail.h"
#include "server/data/PersonRepository.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"
#include "server/reports/ReportRows.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::server::reports {
namespace {

QString serviceName(rules::InvolvementService service)
{
    switch (service) {
    case rules::InvolvementService::SocialCare:
        return u"social-care"_s;
    case rules::InvolvementService::EarlyHelp:
        return u"early-help"_s;
    case rules::InvolvementService::Other:
        return u"other"_s;
    }
    Q_UNREACHABLE();
}

// The record as the warehouse holds it, in the pack's shape.
void putRecord(SubjectAccessPack &pack, const rules::PersonRecord &record)
{
    pack.person = record.details;
    pack.restriction.restricted = record.restricted;
    for (const rules::EpisodeRecord &episode : record.episodes) {
        pack.episodes.append(PackEpisode{flags::kindWireName(episode.flag), episode.source,
                                         episode.start, episode.end, episode.assessed,
                                         episode.assessor});
    }
    for (const rules::InvolvementRecord &involvement : record.involvements)
        pack.involvements.append(
            PackInvolvement{serviceName(involvement.service), involvement.involvement});
    pack.assessments = record.assessments;
    pack.attendance = record.attendance;
    pack.incidents = record.incidents;
}

} // namespace

SubjectAccess::SubjectAccess(const db::Database &database)
    : m_database(database)
{}

Result<SubjectAccessPack> SubjectAccess::pack(const User &admin, const QString &personId) const
{
    const Result<qint64> id = access::RecordAccess::parseId(personId, "personId"_L1);
    if (!id)
        return id.error();

    SubjectAccessPack pack;
    pack.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pack.generatedAt = QDateTime::currentDateTimeUtc();
    pack.generatedBy = Actor{admin.id, admin.displayName, admin.organisation};
    const QString subject = audit::personSubject(id.value());
    const QString ownDetail = audit::detailText({{"pack"_L1, pack.id}});

    const Status done = m_database.transaction([&]() -> Status {
        // Must be the transaction's first statement. SQLite's BEGIN IMMEDIATE already keeps
        // every writer out until the commit.
        if (m_database.dialect() == db::Dialect::Postgres) {
            // Not prepared: PostgreSQL cannot prepare SET.
            Result<QSqlQuery> isolated =
                m_database.runDdl(u"read a subject access pack from one snapshot",
                                  u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s);
            if (!isolated)
                return isolated.error();
        }
        // The audit row first, unlike a person view: under REPEATABLE READ, taking an audit
        // chain's head after the snapshot fails when another transaction moved that head since.
        // Taken first, the head is taken as the snapshot is. An unknown id rolls it back.
        audit::AuditEntry entry =
            audit::entryOf(AuditAction::SubjectAccessPack, pack.generatedAt, admin.id);
        entry.subject = subject;
        entry.detail = ownDetail;
        if (Status audited = audit::AuditTrail(m_database).append(entry); !audited)
            return audited;

        const Result<rules::PersonRecord> record =
            data::PersonRepository(m_database).load(id.value());
        if (!record)
            return record.error();
        putRecord(pack, record.value());

        Result<QSqlQuery> extra = m_database.run(
            u"read what a person view leaves out",
            u"SELECT p.current_school, r.restricted_at, r.restricted_by FROM persons p"
            u" LEFT JOIN restrictions r ON r.person_id = p.id WHERE p.id = :id"_s,
            {{u":id"_s, id.value()}});
        if (!extra)
            return extra.error();
        if (extra.value().next()) {
            pack.currentSchool = db::textFromDb(extra.value().value(0));
            pack.restriction.restrictedAt = db::optionalDateTimeFromDb(extra.value().value(1));
            pack.restriction.restrictedBy = db::textFromDb(extra.value().value(2));
        }
        extra.value().finish();

        Result<QList<InaccuracyReport>> reports =
            ReportRows::readReports(m_database, u"read the inaccuracy reports about a person",
                                    u"WHERE r.person_id = :person"_s, {{u":person"_s, id.value()}});
        if (!reports)
            return reports.error();
        pack.reports = std::move(reports).value();

        Result<QSqlQuery> accesses = m_database.run(
            u"read the audit trail about a person",
            u"SELECT a.at, a.user_id, u.display_name, o.name, a.action, a.reason_code,"
            u" a.reason_note FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
            u" LEFT JOIN organisations o ON o.id = u.organisation_id"
            u" WHERE a.subject = :subject AND COALESCE(a.detail, '') <> :own"
            u" ORDER BY a.at, a.chain, a.seq"_s,
            {{u":subject"_s, subject}, {u":own"_s, ownDetail}});
        if (!accesses)
            return accesses.error();
        QSqlQuery &rows = accesses.value();
        while (rows.next()) {
            PackAccess access;
            access.at = db::dateTimeFromDb(rows.value(0));
            if (!rows.value(1).isNull()) {
                access.user = Actor{db::uuidFromDb(rows.value(1)), rows.value(2).toString(),
                                    rows.value(3).toString()};
            }
            access.action = rows.value(4).toString();
            access.reasonCode = db::textFromDb(rows.value(5));
            access.reasonNote = db::textFromDb(rows.value(6));
            pack.accesses.append(access);
        }
        return Done{};
    });
    if (!done)
        return done.error();
    return pack;
}

} // namespace tv::server::reports
