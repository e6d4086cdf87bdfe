#include "SessionStore.h"

#include "SessionToken.h"
#include "db/Database.h"
#include "domain/ErrorCode.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::auth {

SessionStore::SessionStore(const db::Database &database)
    : m_database(database)
{}

Status SessionStore::create(const SessionToken &token, const QString &userId,
                            const QDateTime &createdAt, const QDateTime &expiresAt) const
{
    const QVariant created = db::Database::toDb(createdAt);
    Result<QSqlQuery> inserted = m_database.run(
        u"create a session",
        u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) "
        u"VALUES (:token_hash, :user_id, :created_at, :expires_at, :last_seen_at)"_s,
        {{u":token_hash"_s, token.hash},
         {u":user_id"_s, userId},
         {u":created_at"_s, created},
         {u":expires_at"_s, db::Database::toDb(expiresAt)},
         {u":last_seen_at"_s, created}});
    if (!inserted)
        return inserted.error();
    return Done{};
}

Result<User> SessionStore::userFor(const QString &tokenHash, const QDateTime &now) const
{
    Result<QSqlQuery> found = m_database.run(
        u"find the user of a session",
        u"SELECT u.id, u.email, u.display_name, u.role, o.name, s.expires_at, s.revoked_at "
        u"FROM sessions s JOIN users u ON u.id = s.user_id "
        u"JOIN organisations o ON o.id = u.organisation_id "
        u"WHERE s.token_hash = :token_hash"_s,
        {{u":token_hash"_s, tokenHash}});
    if (!found)
        return found.error();
    QSqlQuery &q = found.value();
    if (!q.next() || !q.value(6).isNull()) {
        return Error{QString(tv::errc::Unauthenticated),
                     u"You are not signed in. Sign in again."_s};
    }
    if (db::Database::dateTimeFromDb(q.value(5)) <= now) {
        return Error{QString(tv::errc::SessionExpired),
                     u"Your session has expired. Sign in again."_s};
    }
    const std::optional<Role> role = roles::fromWireName(q.value(3).toString());
    if (!role)
        return Error{QString(tv::errc::ServerFault), u"A stored account has no valid role."_s};
    return User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), *role,
                q.value(4).toString()};
}

Status SessionStore::revokeAllFor(const QString &userId, const QDateTime &at) const
{
    Result<QSqlQuery> revoked = m_database.run(
        u"revoke the sessions of a user",
        u"UPDATE sessions SET revoked_at = :at WHERE user_id = :user_id AND revoked_at IS NULL"_s,
        {{u":at"_s, db::Database::toDb(at)}, {u":user_id"_s, userId}});
    if (!revoked)
        return revoked.error();
    return Done{};
}

} // namespace tv::server::auth
