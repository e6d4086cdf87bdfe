#pragma once

#include "models/domain/AuditAction.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/ServerConfig.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/SecretBox.h"
#include "server/auth/SessionStore.h"
#include "server/auth/SignInThrottle.h"
#include "server/auth/TwoStepSignIn.h"
#include "server/auth/UserDirectory.h"
#include "server/db/DatabaseFwd.h"

#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace tv::server::auth {

// Sign-in, activation, sessions. A wrong password, an unknown email, a suspended account and one
// not activated yet all get the same answer, after the same amount of work (a dummy Argon2id
// verification where there is no hash to check), so neither the answer nor its timing tells
// whether an account exists. Failed attempts are throttled per email and per client address
// (SignInThrottle) and audited.
class AuthService final {
public:
    struct Options {
        std::chrono::seconds sessionLifetime = std::chrono::hours(8); // absolute, from sign-in
        std::chrono::seconds sessionIdle = std::chrono::minutes(30);  // unused this long: ends
        int lockoutAfterFailures = 10;
        std::chrono::seconds lockout = std::chrono::minutes(15);
        std::optional<SecretBox> secrets; // seals TOTP secrets; none: nobody can enrol
        std::function<QDateTime()> clock; // UTC; default: now

        // Everything but the key (which is read from AccessPolicy::secretKeyFile by the caller).
        static Options fromPolicy(const AccessPolicy &policy);
    };

    // The answer to an attempt to sign in: a grant, or the error and, for too_many_attempts, how
    // many seconds to wait (for a Retry-After header).
    struct SignIn {
        Result<SessionGrant> grant;
        qint64 retryAfterSeconds = 0;
    };

    explicit AuthService(const db::Database &database);
    AuthService(const db::Database &database, Options options);

    // Signs in from `clientAddress` (empty: not counted per address). On success the grant holds
    // the only copy of the token the service ever sees in clear. Errors: too_many_attempts (429,
    // the password unchecked), invalid_credentials (401), mfa_required (401: the password was
    // right and the account needs `code`), invalid_code (401: the password was right, `code` was
    // wrong or used already; a failed attempt like a wrong password), or a database/crypto
    // error (500).
    SignIn signIn(const LoginRequest &request, const QString &clientAddress) const;
    // signIn() from nowhere in particular.
    Result<SessionGrant> login(const LoginRequest &request) const;

    // An invited user's first password, with the one-time code of the invitation; signs them in.
    // A wrong or expired code counts as a failed sign-in. Errors also weak_password (422).
    SignIn activate(const ActivationRequest &request, const QString &clientAddress) const;

    // The signed-in user behind a bearer token, checked against the database on every request
    // (any instance can serve any session). Errors: unauthenticated or session_expired (401).
    Result<User> authenticate(const QString &token) const;
    Result<Session> session(const QString &token) const;
    // A new token for a live session, with the same absolute end; the old token stops working.
    Result<SessionGrant> refresh(const QString &token) const;
    // Ends the session of `token`.
    Status logout(const QString &token) const;
    // Errors: forbidden (403) when the current password is wrong, weak_password (422). Ends the
    // user's other sessions.
    Status changePassword(const Session &session, const PasswordChange &change) const;

    const UserDirectory &users() const;
    const SessionStore &sessions() const;
    const PasswordHasher &hasher() const;
    const TwoStepSignIn &twoStep() const;

    static Error invalidCredentials();
    // The password was right, the two-step code was not.
    static Error invalidCode();
    // The service's clock (Options::clock), in UTC.
    QDateTime now() const;

private:
    // Counts a failed attempt against `subjects` and audits it; returns `answer`.
    Error failed(const QStringList &subjects, const QDateTime &at,
                 const Error &answer = invalidCredentials()) const;
    // What a sign-in or an activation starts from: its time, whom it counts against, and the
    // account of its email (none when there is no such account).
    struct Attempt {
        QDateTime at;
        QStringList subjects;
        std::optional<StoredCredentials> account;
    };
    // Fills `attempt` for `email`; returns the answer instead when it may not go on (the
    // subjects must wait, or the database failed).
    std::optional<SignIn> begin(const QString &email, const QString &clientAddress,
                                Attempt &attempt) const;
    // The second step of a sign-in or an activation for an account with two-step sign-in: the
    // answer when it may not go on (no code: mfa_required; a wrong code: counted as a failure),
    // none when `code` is right or the account has no two-step sign-in.
    std::optional<SignIn> checkSecondStep(const Attempt &attempt,
                                          const std::optional<QString> &code) const;
    // A new session for `user` from `at`, audited as `action`, clearing the email's failures.
    Result<SessionGrant> grant(const User &user, const QString &emailSubject, const QDateTime &at,
                               AuditAction action) const;

    const db::Database &m_database;
    Options m_options;
    PasswordHasher m_hasher;
    UserDirectory m_users;
    SessionStore m_sessions;
    SignInThrottle m_throttle;
    TwoStepSignIn m_twoStep;
};

} // namespace tv::server::auth
