#include "server/admin/SubjectRestrictions.h"

#include "server/access/RecordAccess.h"
#include "server/admin/AdminSupport.h"
#include "server/audit/AuditTrail.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::admin {

SubjectRestrictions::SubjectRestrictions(const db::Database &database)
    : m_database(database)
{}

Result<RestrictionState> SubjectRestrictions::restrict(const User &admin,
                                                       const QString &personId) const
{
    return set(admin, personId, true);
}

Result<RestrictionState> SubjectRestrictions::unrestrict(const User &admin,
                                                         const QString &personId) const
{
    return set(admin, personId, false);
}

Result<RestrictionState> SubjectRestrictions::set(const User &admin, const QString &personId,
                                                  bool restricted) const
{
    const Result<qint64> id = access::RecordAccess::parseId(personId, "personId"_L1);
    if (!id)
        return notFound("person"_L1);
    const Status done = m_database.transaction([&]() -> Status {
        const Result<std::optional<QVariant>> person = m_database.firstValue(
            u"look for a person and their restriction",
            u"SELECT r.person_id FROM persons p LEFT JOIN restrictions r ON r.person_id = p.id"
            u" WHERE p.id = :id"_s,
            {{u":id"_s, id.value()}});
        if (!person)
            return person.error();
        if (!person.value())
            return notFound("person"_L1);
        const bool was = !person.value()->isNull();
        if (was != restricted) {
            const Result<QSqlQuery> changed =
                restricted ? m_database.run(u"restrict a person",
                                            u"INSERT INTO restrictions (person_id, restricted_at,"
                                            u" restricted_by) VALUES (:id, :at, :by)"_s,
                                            {{u":id"_s, id.value()},
                                             {u":at"_s, db::toDb(QDateTime::currentDateTimeUtc())},
                                             {u":by"_s, admin.id}})
                           : m_database.run(u"lift a person's restriction",
                                            u"DELETE FROM restrictions WHERE person_id = :id"_s,
                                            {{u":id"_s, id.value()}});
            if (!changed)
                return changed.error();
        }
        return recordAdminAction(
            m_database, admin,
            restricted ? AuditAction::AdminRestrict : AuditAction::AdminUnrestrict,
            audit::personSubject(id.value()), {{"changed"_L1, was != restricted}});
    });
    if (!done)
        return done.error();
    return RestrictionState{QString::number(id.value()), restricted};
}

} // namespace tv::server::admin
