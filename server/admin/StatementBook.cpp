#include "server/admin/StatementBook.h"

#include "models/domain/ErrorCode.h"
#include "server/admin/AdminSupport.h"
#include "server/audit/AuditTrail.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::admin {

StatementBook::StatementBook(const db::Database &database)
    : m_database(database)
{}

Result<Statement> StatementBook::current(const User &user) const
{
    Result<QSqlQuery> found =
        m_database.run(u"read the current data protection statement",
                       u"SELECT s.version, s.body, s.published_at,"
                       u" (SELECT statement_version FROM users WHERE id = :id)"
                       u" FROM data_protection_statements s ORDER BY s.version DESC LIMIT 1"_s,
                       {{u":id"_s, user.id}});
    if (!found)
        return found.error();
    QSqlQuery &row = found.value();
    if (!row.next()) {
        return Error{QString(tv::errc::NotFound),
                     u"No data protection statement has been published yet."_s};
    }
    Statement statement;
    statement.version = row.value(0).toInt();
    statement.body = row.value(1).toString();
    statement.publishedAt = db::dateTimeFromDb(row.value(2));
    statement.accepted = !row.value(3).isNull() && row.value(3).toInt() >= statement.version;
    return statement;
}

Result<Statement> StatementBook::accept(const User &user, int version) const
{
    Result<Statement> accepted = Error{};
    const Status done = m_database.transaction([&]() -> Status {
        Result<Statement> latest = current(user);
        if (!latest)
            return latest.error();
        if (version < 1 || version > latest.value().version)
            return invalidField("version"_L1, u"names no published statement"_s);
        if (version < latest.value().version) {
            return Error{QString(tv::errc::Conflict),
                         u"A newer statement was published (version %1): read and accept that "
                         u"one."_s.arg(latest.value().version)};
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const Status updated = m_database.exec(
                u"record that a user accepted the data protection statement",
                u"UPDATE users SET statement_version = :version, statement_accepted_at = :at"
                u" WHERE id = :id"_s,
                {{u":version"_s, version}, {u":at"_s, db::toDb(now)}, {u":id"_s, user.id}});
            !updated)
            return updated.error();
        audit::AuditEntry entry = audit::entryOf(AuditAction::StatementAccepted, now, user.id);
        entry.detail = audit::detailText({{"version"_L1, version}});
        if (Status audited = audit::AuditTrail(m_database).append(entry); !audited)
            return audited;
        latest.value().accepted = true;
        accepted = latest.value();
        return Done{};
    });
    if (!done)
        return done.error();
    return accepted;
}

Result<Statement> StatementBook::publish(const User &admin, const QString &body) const
{
    const QString text = body.trimmed();
    if (text.isEmpty() || text.size() > MaxBodyLength) {
        return invalidField("body"_L1,
                            u"must hold the statement: 1 to %1 characters"_s.arg(MaxBodyLength));
    }
    Result<Statement> published = Error{};
    const Status done = m_database.transaction([&]() -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The next version is read and written in one statement; two admins publishing at once
        // collide on the primary key (409) instead of sharing a version.
        if (const Status inserted = m_database.exec(
                u"publish a data protection statement",
                u"INSERT INTO data_protection_statements (version, body, published_at, "
                u"published_by)"
                u" SELECT COALESCE(MAX(version), 0) + 1, :body, :at, :by"
                u" FROM data_protection_statements"_s,
                {{u":body"_s, text}, {u":at"_s, db::toDb(now)}, {u":by"_s, admin.id}});
            !inserted)
            return inserted.error();
        Result<Statement> latest = current(admin);
        if (!latest)
            return latest.error();
        published = latest.value();
        return recordAdminAction(m_database, admin, AuditAction::AdminPublishStatement,
                                 std::nullopt, {{"version"_L1, latest.value().version}});
    });
    if (!done)
        return done.error();
    return published;
}

} // namespace tv::server::admin
