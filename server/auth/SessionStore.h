#pragma once

#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace tv::server::auth {

struct SessionToken;

// One live session, as the database has it.
struct Session {
    QString tokenHash;
    User user;
    QDateTime createdAt;
    QDateTime expiresAt; // the absolute end, fixed at sign-in
    QDateTime lastSeenAt;
};

// The `sessions` table: one row per login, keyed by the token's hash. Sessions live in the
// database, not in memory, so any instance behind a load balancer can check any token.
class SessionStore final {
public:
    // last_seen_at is written at most this often per session, so reads stay cheap.
    static constexpr std::chrono::seconds TouchInterval = std::chrono::minutes(1);

    explicit SessionStore(const db::Database &database);

    Status create(const SessionToken &token, const QString &userId, const QDateTime &createdAt,
                  const QDateTime &expiresAt) const;
    // The session behind a token's hash at `now`, and a note that it was used (last_seen_at,
    // at most once a TouchInterval). Errors, all HTTP 401: unauthenticated (no such session,
    // revoked, or its account suspended or not activated) and session_expired (past its
    // absolute end, or unused for `idleTimeout`).
    Result<Session> find(const QString &tokenHash, const QDateTime &now,
                         std::chrono::seconds idleTimeout) const;

    // Ends one session. Errors: unauthenticated when it is not open (any more).
    Status revoke(const QString &tokenHash, const QDateTime &at) const;
    // Ends every open session of a user but the one whose hash is `keepTokenHash`, if any (the
    // admin API, training mode's reset, a password change).
    Status revokeAllFor(const QString &userId, const QDateTime &at,
                        const QString &keepTokenHash = {}) const;

    static Error notSignedIn();
    static Error expired();

private:
    const db::Database &m_database;
};

} // namespace tv::server::auth
