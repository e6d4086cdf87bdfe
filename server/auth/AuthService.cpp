#include "AuthService.h"

#include "LoggingCategories.h"
#include "SessionToken.h"
#include "domain/ErrorCode.h"

using namespace Qt::StringLiterals;

namespace tv::server::auth {

AuthService::AuthService(const db::Database &database)
    : AuthService(database, Options{})
{}

AuthService::AuthService(const db::Database &database, Options options)
    : m_options(std::move(options))
    , m_users(database, m_hasher)
    , m_sessions(database)
{}

Error AuthService::invalidCredentials()
{
    return Error{QString(tv::errc::InvalidCredentials),
                 u"The email address or the password is not correct."_s};
}

QDateTime AuthService::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<SessionGrant> AuthService::login(const LoginRequest &request) const
{
    Result<std::optional<StoredCredentials>> found = m_users.findByEmail(request.email);
    if (!found)
        return found.error();

    if (!found.value().has_value()) {
        m_hasher.verifyDummy(request.password);
        qCInfo(lcAuth) << "login rejected: invalid credentials";
        return invalidCredentials();
    }
    const StoredCredentials &account = *found.value();
    if (!m_hasher.verify(account.passwordHash, request.password)) {
        qCInfo(lcAuth) << "login rejected: invalid credentials";
        return invalidCredentials();
    }

    // Hashes made with older limits are upgraded while the password is at hand.
    if (m_hasher.needsRehash(account.passwordHash)) {
        if (Result<QString> upgraded = m_hasher.hash(request.password); upgraded) {
            if (Status saved = m_users.setPasswordHash(account.user.id, upgraded.value()); !saved)
                qCWarning(lcAuth).noquote()
                    << "could not upgrade a password hash:" << saved.error().message;
        }
    }

    const QDateTime createdAt = now();
    const QDateTime expiresAt = createdAt.addSecs(m_options.sessionLifetime.count());
    const SessionToken token = SessionToken::generate();
    if (Status stored = m_sessions.create(token, account.user.id, createdAt, expiresAt); !stored)
        return stored.error();

    qCInfo(lcAuth).noquote() << "login accepted for user" << account.user.id;
    return SessionGrant{token.token, expiresAt, account.user};
}

Result<User> AuthService::authenticate(const QString &token) const
{
    if (token.isEmpty()) {
        return Error{QString(tv::errc::Unauthenticated),
                     u"You are not signed in. Sign in again."_s};
    }
    return m_sessions.userFor(SessionToken::hashOf(token), now());
}

const UserDirectory &AuthService::users() const
{
    return m_users;
}

const SessionStore &AuthService::sessions() const
{
    return m_sessions;
}

const PasswordHasher &AuthService::hasher() const
{
    return m_hasher;
}

} // namespace tv::server::auth
