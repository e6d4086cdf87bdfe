#include "SessionStore.h"

#include "SessionToken.h"
#include "db/Database.h"

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
