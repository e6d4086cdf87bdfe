#include "server/auth/AuthService.h"

#include "models/domain/ErrorCode.h"
#include "server/LoggingCategories.h"
#include "server/audit/AuditTrail.h"
#include "server/auth/PasswordPolicy.h"
#include "server/auth/SessionToken.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tv::server::auth {
namespace {

QStringList subjectsOf(const QString &email, const QString &clientAddress)
{
    QStringList subjects{SignInThrottle::emailSubject(email)};
    if (!clientAddress.isEmpty())
        subjects << SignInThrottle::addressSubject(clientAddress);
    return subjects;
}

// Equal lower-case hex strings of one length, compared in constant time.
bool sameHash(const QString &a, const QString &b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return x.size() == y.size() && !x.isEmpty() &&
           sodium_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

} // namespace

AuthService::Options AuthService::Options::fromPolicy(const AccessPolicy &policy)
{
    Options options;
    options.sessionLifetime = std::chrono::hours(policy.sessionLifetimeHours);
    options.sessionIdle = std::chrono::minutes(policy.sessionIdleMinutes);
    options.lockoutAfterFailures = policy.lockoutAfterFailures;
    options.lockout = std::chrono::minutes(policy.lockoutMinutes);
    return options;
}

AuthService::AuthService(const db::Database &database)
    : AuthService(database, Options{})
{}

AuthService::AuthService(const db::Database &database, Options options)
    : m_database(database)
    , m_options(std::move(options))
    , m_users(database, m_hasher)
    , m_sessions(database)
    , m_throttle(database,
                 SignInThrottle::Options{m_options.lockoutAfterFailures, m_options.lockout})
    , m_twoStep(database, m_options.secrets)
{}

Error AuthService::invalidCredentials()
{
    return Error{QString(tv::errc::InvalidCredentials),
                 u"The email address or the password is not correct."_s};
}

Error AuthService::invalidCode()
{
    return Error{QString(tv::errc::InvalidCode),
                 u"The code is not correct, or it has been used already. Enter the code your "
                 u"authenticator app shows now, or a recovery code you have not used before."_s};
}

QDateTime AuthService::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Error AuthService::failed(const QStringList &subjects, const QDateTime &at,
                          const Error &answer) const
{
    const Status recorded = m_database.transaction([&]() -> Status {
        if (Status counted = m_throttle.recordFailure(subjects, at); !counted)
            return counted;
        audit::AuditEntry entry = audit::entryOf(AuditAction::LoginFailed, at);
        entry.detail = audit::detailText({{"subject"_L1, subjects.constFirst()}});
        return audit::AuditTrail(m_database).append(entry);
    });
    if (!recorded)
        return recorded.error();
    qCInfo(lcAuth).noquote() << "sign-in rejected:" << answer.code;
    return answer;
}

std::optional<AuthService::SignIn>
AuthService::begin(const QString &email, const QString &clientAddress, Attempt &attempt) const
{
    attempt.at = now();
    attempt.subjects = subjectsOf(email, clientAddress);
    const Result<qint64> wait = m_throttle.waitFor(attempt.subjects, attempt.at);
    if (!wait)
        return SignIn{wait.error()};
    if (wait.value() <= 0) {
        Result<std::optional<StoredCredentials>> found = m_users.findByEmail(email);
        if (!found)
            return SignIn{found.error()};
        attempt.account = std::move(found).value();
        return std::nullopt;
    }
    qCInfo(lcAuth) << "sign-in refused: too many attempts; wait" << wait.value() << "s";
    return SignIn{
        Error{QString(tv::errc::TooManyAttempts),
              u"Too many attempts to sign in. Wait %1 seconds and try again."_s.arg(wait.value())},
        wait.value()};
}

Result<SessionGrant> AuthService::grant(const User &user, const QString &emailSubject,
                                        const QDateTime &at, AuditAction action) const
{
    const QDateTime expiresAt = at.addSecs(m_options.sessionLifetime.count());
    const SessionToken token = SessionToken::generate();
    const Status done = m_database.transaction([&]() -> Status {
        if (Status cleared = m_throttle.clear(emailSubject); !cleared)
            return cleared;
        if (Status stored = m_sessions.create(token, user.id, at, expiresAt); !stored)
            return stored;
        audit::AuditEntry entry = audit::entryOf(action, at, user.id);
        return audit::AuditTrail(m_database).append(entry);
    });
    if (!done)
        return done.error();
    qCInfo(lcAuth).noquote() << auditaction::wireName(action) << "accepted for user" << user.id;
    return SessionGrant{token.token, expiresAt, user};
}

Result<SessionGrant> AuthService::login(const LoginRequest &request) const
{
    return signIn(request, QString()).grant;
}

AuthService::SignIn AuthService::signIn(const LoginRequest &request,
                                        const QString &clientAddress) const
{
    Attempt attempt;
    if (std::optional<SignIn> refused = begin(request.email, clientAddress, attempt))
        return *refused;
    const std::optional<StoredCredentials> &account = attempt.account;
    // The same work whatever the account's state: one Argon2id verification.
    const bool passwordRight = account && account->activated()
                                   ? m_hasher.verify(account->passwordHash, request.password)
                                   : m_hasher.verifyDummy(request.password);
    if (!passwordRight || account->suspended)
        return {failed(attempt.subjects, attempt.at)};

    if (std::optional<SignIn> refused = checkSecondStep(attempt, request.code))
        return *refused;

    // Hashes made with older limits are upgraded while the password is at hand.
    if (m_hasher.needsRehash(account->passwordHash)) {
        if (Result<QString> upgraded = m_hasher.hash(request.password); upgraded) {
            if (Status saved = m_users.setPasswordHash(account->user.id, upgraded.value());
                !saved) {
                qCWarning(lcAuth).noquote()
                    << "could not upgrade a password hash:" << saved.error().message;
            }
        }
    }
    return {grant(account->user, attempt.subjects.constFirst(), attempt.at, AuditAction::Login)};
}

std::optional<AuthService::SignIn>
AuthService::checkSecondStep(const Attempt &attempt, const std::optional<QString> &code) const
{
    const std::optional<StoredCredentials> &account = attempt.account;
    if (!account || !account->mfaSecret)
        return std::nullopt;
    if (!code || code->trimmed().isEmpty()) {
        qCInfo(lcAuth) << "sign-in needs the second step";
        return SignIn{Error{QString(tv::errc::MfaRequired),
                            u"Enter the code from your authenticator app, or a recovery code."_s}};
    }
    const Result<bool> codeRight = m_twoStep.verify(*account, *code, attempt.at);
    if (!codeRight)
        return SignIn{codeRight.error()};
    // Only now, with the first step right (mfa_required has said as much already), may the
    // answer say that it was the code that was wrong.
    if (!codeRight.value())
        return SignIn{failed(attempt.subjects, attempt.at, invalidCode())};
    return std::nullopt;
}

AuthService::SignIn AuthService::activate(const ActivationRequest &request,
                                          const QString &clientAddress) const
{
    Attempt attempt;
    if (std::optional<SignIn> refused = begin(request.email, clientAddress, attempt))
        return *refused;
    const std::optional<StoredCredentials> &account = attempt.account;
    const QString given = QString::fromLatin1(
        QCryptographicHash::hash(request.code.trimmed().toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    // Compared even when there is nothing to compare with, so the time says nothing.
    const QString stored = account && !account->activationCodeHash.isEmpty()
                               ? account->activationCodeHash
                               : QString(64, u'0');
    const bool codeRight = sameHash(given, stored) && account &&
                           !account->activationCodeHash.isEmpty() && !account->suspended &&
                           account->activationExpiresAt.isValid() &&
                           attempt.at < account->activationExpiresAt;
    if (!codeRight)
        return {failed(attempt.subjects, attempt.at)};
    if (Status strong = PasswordPolicy::check(request.password, account->user.email); !strong)
        return {strong.error()};
    // An account whose access was reset with its two-step sign-in kept is never activated by a
    // code alone: that would let whoever holds the email sign in without the second factor.
    // Checked after the password rules, so a refused password does not use up the code.
    if (std::optional<SignIn> refused = checkSecondStep(attempt, request.twoStepCode))
        return *refused;
    const Result<QString> hash = m_hasher.hash(request.password);
    if (!hash)
        return {hash.error()};
    const Status activated = m_database.transaction([&]() -> Status {
        Result<QSqlQuery> updated =
            m_database.run(u"activate an account",
                           u"UPDATE users SET password_hash = :hash, email_verified_at = :at,"
                           u" activation_code_hash = NULL, activation_expires_at = NULL"
                           u" WHERE id = :id AND activation_code_hash = :code_hash"_s,
                           {{u":hash"_s, hash.value()},
                            {u":at"_s, db::toDb(attempt.at)},
                            {u":id"_s, account->user.id},
                            {u":code_hash"_s, given}});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return invalidCredentials(); // used meanwhile, by another request
        audit::AuditEntry entry =
            audit::entryOf(AuditAction::AccountActivated, attempt.at, account->user.id);
        return audit::AuditTrail(m_database).append(entry);
    });
    if (!activated)
        return {activated.error()};
    return {grant(account->user, attempt.subjects.constFirst(), attempt.at, AuditAction::Login)};
}

Result<Session> AuthService::session(const QString &token) const
{
    if (token.isEmpty())
        return SessionStore::notSignedIn();
    return m_sessions.find(SessionToken::hashOf(token), now(), m_options.sessionIdle);
}

Result<User> AuthService::authenticate(const QString &token) const
{
    Result<Session> found = session(token);
    if (!found)
        return found.error();
    return found.value().user;
}

Result<SessionGrant> AuthService::refresh(const QString &token) const
{
    const Result<Session> current = session(token);
    if (!current)
        return current.error();
    const QDateTime at = now();
    const SessionToken next = SessionToken::generate();
    const Status done = m_database.transaction([&]() -> Status {
        if (Status revoked = m_sessions.revoke(current.value().tokenHash, at); !revoked)
            return revoked;
        return m_sessions.create(next, current.value().user.id, at, current.value().expiresAt);
    });
    if (!done)
        return done.error();
    qCInfo(lcAuth).noquote() << "session refreshed for user" << current.value().user.id;
    return SessionGrant{next.token, current.value().expiresAt, current.value().user};
}

Status AuthService::logout(const QString &token) const
{
    const Result<Session> current = session(token);
    if (!current)
        return current.error();
    if (Status revoked = m_sessions.revoke(current.value().tokenHash, now()); !revoked)
        return revoked;
    qCInfo(lcAuth).noquote() << "signed out user" << current.value().user.id;
    return Done{};
}

Status AuthService::changePassword(const Session &session, const PasswordChange &change) const
{
    Result<std::optional<StoredCredentials>> found = m_users.findById(session.user.id);
    if (!found)
        return found.error();
    if (!found.value())
        return SessionStore::notSignedIn();
    const StoredCredentials &account = *found.value();
    if (!m_hasher.verify(account.passwordHash, change.currentPassword)) {
        return Error{QString(tv::errc::Forbidden), u"The current password is not correct."_s};
    }
    if (Status strong = PasswordPolicy::check(change.newPassword, account.user.email); !strong)
        return strong;
    const Result<QString> hash = m_hasher.hash(change.newPassword);
    if (!hash)
        return hash.error();
    const QDateTime at = now();
    return m_database.transaction([&]() -> Status {
        if (Status set = m_users.setPasswordHash(account.user.id, hash.value()); !set)
            return set;
        if (Status ended = m_sessions.revokeAllFor(account.user.id, at, session.tokenHash); !ended)
            return ended;
        audit::AuditEntry entry = audit::entryOf(AuditAction::PasswordChanged, at, account.user.id);
        return audit::AuditTrail(m_database).append(entry);
    });
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

const TwoStepSignIn &AuthService::twoStep() const
{
    return m_twoStep;
}

} // namespace tv::server::auth
