#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QDateTime>
#include <QString>

namespace tv::server::db {
class Database;
}

namespace tv::server::auth {

struct SessionToken;

// The `sessions` table: one row per login, keyed by the token's hash. Sessions live in the
// database, not in memory, so any instance behind a load balancer can check any token.
class SessionStore final {
public:
    explicit SessionStore(const db::Database &database);

    Status create(const SessionToken &token, const QString &userId, const QDateTime &createdAt,
                  const QDateTime &expiresAt) const;
    // The user behind a session token's hash, when the session is neither revoked nor past its
    // expiry at `now`. Errors: unauthenticated (no such session, or revoked) and
    // session_expired, both HTTP 401.
    Result<User> userFor(const QString &tokenHash, const QDateTime &now) const;

    // Ends every open session of a user (training mode does this when it resets the trainer).
    Status revokeAllFor(const QString &userId, const QDateTime &at) const;

private:
    const db::Database &m_database;
};

} // namespace tv::server::auth
