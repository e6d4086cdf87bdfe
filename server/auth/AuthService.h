#pragma once

#include "PasswordHasher.h"
#include "SessionStore.h"
#include "UserDirectory.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QDateTime>

#include <chrono>
#include <functional>

namespace tv::server::db {
class Database;
}

namespace tv::server::auth {

// Logins. A wrong password and an unknown email get the same answer, after the same amount of
// work (a dummy Argon2id verification), so neither the answer nor its timing tells whether an
// account exists.
class AuthService final {
public:
    struct Options {
        std::chrono::seconds sessionLifetime = std::chrono::hours(8); // absolute, from login
        std::function<QDateTime()> clock;                             // UTC; default: now
    };

    explicit AuthService(const db::Database &database);
    AuthService(const db::Database &database, Options options);

    // On success the grant holds the only copy of the token the service ever sees in clear.
    // Errors: invalid_credentials (HTTP 401) or a database/crypto error (HTTP 500).
    Result<SessionGrant> login(const LoginRequest &request) const;

    // The signed-in user behind a bearer token, checked against the database on every request
    // (any instance can serve any session). Errors: unauthenticated or session_expired (401).
    Result<User> authenticate(const QString &token) const;

    const UserDirectory &users() const;
    const SessionStore &sessions() const;
    const PasswordHasher &hasher() const;

    static Error invalidCredentials();

private:
    QDateTime now() const;

    Options m_options;
    PasswordHasher m_hasher;
    UserDirectory m_users;
    SessionStore m_sessions;
};

} // namespace tv::server::auth
