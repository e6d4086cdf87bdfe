#pragma once

#include "domain/Result.h"

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
    // Ends every open session of a user (training mode does this when it resets the trainer).
    Status revokeAllFor(const QString &userId, const QDateTime &at) const;

private:
    const db::Database &m_database;
};

} // namespace tv::server::auth
