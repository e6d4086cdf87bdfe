#include "server/auth/SessionStore.h"

#include "models/domain/ErrorCode.h"
#include "server/auth/SessionToken.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::auth {

SessionStore::SessionStore(const db::Database &database)
    : m_database(database)
{}

Error SessionStore::notSignedIn()
{
    return Error{QString(tv::errc::Unauthenticated), u"You are not signed in. Sign in again."_s};
}

Error SessionStore::expired()
{
    return Error{QString(tv::errc::SessionExpired), u"Your session has expired. Sign in again."_s};
}

Status SessionStore::create(const SessionToken &token, const QString &userId,
                            const QDateTime &createdAt, const QDateTime &expiresAt) const
{
    const QVariant created = db::toDb(createdAt);
    if (const Status inserted = m_database.exec(
            u"create a session",
            u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) "
            u"VALUES (:token_hash, :user_id, :created_at, :expires_at, :last_seen_at)"_s,
            {{u":token_hash"_s, token.hash},
             {u":user_id"_s, userId},
             {u":created_at"_s, created},
             {u":expires_at"_s, db::toDb(expiresAt)},
             {u":last_seen_at"_s, created}});
        !inserted)
        return inserted.error();
    return Done{};
}

Result<Session> SessionStore::find(const QString &tokenHash, const QDateTime &now,
                                   std::chrono::seconds idleTimeout) const
{
    Result<db::PreparedQuery> found = m_database.runPrepared(
        u"find the user of a session",
        u"SELECT u.id, u.email, u.display_name, u.role, o.name, s.expires_at, s.revoked_at,"
        u" s.created_at, s.last_seen_at, u.suspended_at, u.password_hash "
        u"FROM sessions s JOIN users u ON u.id = s.user_id "
        u"JOIN organisations o ON o.id = u.organisation_id "
        u"WHERE s.token_hash = :token_hash"_s,
        {{u":token_hash"_s, tokenHash}});
    if (!found)
        return found.error();
    QSqlQuery &q = *found.value();
    if (!q.next() || !q.value(6).isNull())
        return notSignedIn();
    // A suspended account, or one whose password was taken away, keeps no session.
    if (!q.value(9).isNull() || q.value(10).toString() == u"!"_s)
        return notSignedIn();
    Session session;
    session.tokenHash = tokenHash;
    session.expiresAt = db::dateTimeFromDb(q.value(5));
    session.createdAt = db::dateTimeFromDb(q.value(7));
    session.lastSeenAt = db::dateTimeFromDb(q.value(8));
    if (session.expiresAt <= now || session.lastSeenAt.addSecs(idleTimeout.count()) <= now)
        return expired();
    const std::optional<Role> role = roles::fromWireName(q.value(3).toString());
    if (!role)
        return Error{QString(tv::errc::ServerFault), u"A stored account has no valid role."_s};
    session.user = User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), *role,
                        q.value(4).toString()};

    if (session.lastSeenAt.addSecs(TouchInterval.count()) <= now) {
        Result<db::PreparedQuery> touched = m_database.runPrepared(
            u"note that a session was used",
            u"UPDATE sessions SET last_seen_at = :now WHERE token_hash = :token_hash"_s,
            {{u":now"_s, db::toDb(now)}, {u":token_hash"_s, tokenHash}});
        if (!touched)
            return touched.error();
        session.lastSeenAt = now;
    }
    return session;
}

Status SessionStore::revoke(const QString &tokenHash, const QDateTime &at) const
{
    Result<QSqlQuery> revoked =
        m_database.run(u"revoke a session",
                       u"UPDATE sessions SET revoked_at = :at WHERE token_hash = :token_hash"
                       u" AND revoked_at IS NULL"_s,
                       {{u":at"_s, db::toDb(at)}, {u":token_hash"_s, tokenHash}});
    if (!revoked)
        return revoked.error();
    if (revoked.value().numRowsAffected() != 1)
        return notSignedIn();
    return Done{};
}

Status SessionStore::revokeAllFor(const QString &userId, const QDateTime &at,
                                  const QString &keepTokenHash) const
{
    if (const Status revoked = m_database.exec(
            u"revoke the sessions of a user",
            u"UPDATE sessions SET revoked_at = :at WHERE user_id = :user_id AND revoked_at IS NULL"
            u" AND token_hash <> :keep"_s,
            // Never NULL, which would make the comparison NULL and revoke nothing.
            {{u":at"_s, db::toDb(at)},
             {u":user_id"_s, userId},
             {u":keep"_s, keepTokenHash.isEmpty() ? u"none"_s : keepTokenHash}});
        !revoked)
        return revoked.error();
    return Done{};
}

} // namespace tv::server::auth
