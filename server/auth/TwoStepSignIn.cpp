#include "server/auth/TwoStepSignIn.h"

#include "models/domain/ErrorCode.h"
#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"
#include "server/audit/AuditTrail.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/Totp.h"
#include "server/auth/UserDirectory.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tv::server::auth {
namespace {

static_assert(Totp::Digits == twostep::AuthenticatorDigits,
              "the client asks for as many digits as the authenticator app shows");

Error conflict(const QString &message)
{
    return Error{QString(tv::errc::Conflict), message};
}

// Enrolment seals the authenticator secret with the service's key: without one it cannot start.
Error noSecretKey()
{
    return conflict(u"Two-step sign-in cannot be set up: the service has no secret key "
                    u"(access/secret_key_file). Ask the Transform team."_s);
}

} // namespace

TwoStepSignIn::TwoStepSignIn(const db::Database &database, std::optional<SecretBox> secrets)
    : m_database(database)
    , m_secrets(std::move(secrets))
{}

QString TwoStepSignIn::recoveryCodeHash(const QString &code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(twostep::normalisedRecoveryCode(code).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString TwoStepSignIn::generateRecoveryCode()
{
    // No look-alikes (0/o, 1/l/i); 10 characters of 31 is about 49 bits.
    static constexpr char Alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    static constexpr quint32 AlphabetSize = sizeof(Alphabet) - 1;
    if (!PasswordHasher::initialiseSodium())
        qFatal("libsodium could not be initialised");
    QString code;
    for (int i = 0; i < twostep::RecoveryCodeLength; ++i) {
        if (i == twostep::RecoveryCodeLength / 2)
            code += u'-';
        code += QLatin1Char(Alphabet[randombytes_uniform(AlphabetSize)]);
    }
    return code;
}

Result<MfaEnrolment> TwoStepSignIn::enrol(const User &user) const
{
    if (!m_secrets)
        return noSecretKey();
    const Result<std::optional<QVariant>> found = m_database.firstValue(
        u"read a user's two-step sign-in", u"SELECT mfa_enrolled_at FROM users WHERE id = :id"_s,
        {{u":id"_s, user.id}});
    if (!found)
        return found.error();
    if (!found.value())
        return Error{QString(tv::errc::Unauthenticated),
                     u"Your account no longer exists. Ask the Transform team."_s};
    if (!found.value()->isNull()) {
        return conflict(u"Two-step sign-in is already set up for you. To move it to a new "
                        u"phone, ask the Transform team to reset it."_s);
    }

    QByteArray secret = Totp::generateSecret();
    const Result<QString> sealed = m_secrets->seal(secret);
    if (!sealed) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        return sealed.error();
    }
    Result<QSqlQuery> stored =
        m_database.run(u"store a pending two-step secret",
                       u"UPDATE users SET mfa_pending_secret = :sealed WHERE id = :id"_s,
                       {{u":sealed"_s, sealed.value()}, {u":id"_s, user.id}});
    MfaEnrolment enrolment{Totp::base32(secret), Totp::provisioningUri(secret, user.email)};
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (!stored)
        return stored.error();
    qCInfo(lcAuth).noquote() << "two-step sign-in set-up started for user" << user.id;
    return enrolment;
}

Result<RecoveryCodes> TwoStepSignIn::confirm(const User &user, const QString &code,
                                             const QDateTime &now) const
{
    if (!m_secrets)
        return noSecretKey();
    const Result<std::optional<QVariant>> found = m_database.firstValue(
        u"read a pending two-step secret", u"SELECT mfa_pending_secret FROM users WHERE id = :id"_s,
        {{u":id"_s, user.id}});
    if (!found)
        return found.error();
    if (!found.value() || found.value()->isNull())
        return conflict(u"There is no two-step sign-in set-up to confirm: start it first."_s);
    const QString pending = found.value()->toString();
    Result<QByteArray> secret = m_secrets->open(pending);
    if (!secret)
        return secret.error();
    const std::optional<qint64> step = Totp::match(secret.value(), code, now);
    sodium_memzero(secret.value().data(), size_t(secret.value().size()));
    if (!step) {
        return Error{QString(tv::errc::InvalidField),
                     u"Field 'code' is not the code the authenticator app shows now. Check that "
                     u"the phone's clock is right, and try the next code."_s};
    }

    RecoveryCodes codes;
    const Status done = m_database.transaction([&]() -> Status {
        Result<QSqlQuery> moved = m_database.run(
            u"enrol two-step sign-in",
            u"UPDATE users SET mfa_secret = mfa_pending_secret, mfa_pending_secret = NULL,"
            u" mfa_enrolled_at = :now, mfa_last_step = :step"
            u" WHERE id = :id AND mfa_pending_secret = :pending"_s,
            {{u":now"_s, db::toDb(now)},
             {u":step"_s, *step},
             {u":id"_s, user.id},
             {u":pending"_s, pending}});
        if (!moved)
            return moved.error();
        if (moved.value().numRowsAffected() != 1)
            return conflict(u"The two-step sign-in set-up changed meanwhile: start again."_s);
        if (const Status cleared = m_database.exec(
                u"remove old recovery codes", u"DELETE FROM recovery_codes WHERE user_id = :id"_s,
                {{u":id"_s, user.id}});
            !cleared)
            return cleared.error();
        for (int i = 0; i < RecoveryCodeCount; ++i) {
            const QString recovery = generateRecoveryCode();
            if (const Status inserted = m_database.exec(
                    u"store a recovery code",
                    u"INSERT INTO recovery_codes (user_id, code_hash) VALUES (:id, :hash)"_s,
                    {{u":id"_s, user.id}, {u":hash"_s, recoveryCodeHash(recovery)}});
                !inserted)
                return inserted.error();
            codes.codes << recovery;
        }
        audit::AuditEntry entry = audit::entryOf(AuditAction::MfaEnrolled, now, user.id);
        return audit::AuditTrail(m_database).append(entry);
    });
    if (!done)
        return done.error();
    qCInfo(lcAuth).noquote() << "two-step sign-in enrolled for user" << user.id;
    return codes;
}

Result<bool> TwoStepSignIn::verify(const StoredCredentials &account, const QString &code,
                                   const QDateTime &now) const
{
    const QString trimmed = code.trimmed();
    if (twostep::isAuthenticatorCode(trimmed))
        return verifyTotp(account, trimmed, now);
    return useRecoveryCode(account.user.id, trimmed, now);
}

Result<bool> TwoStepSignIn::verifyTotp(const StoredCredentials &account, const QString &code,
                                       const QDateTime &now) const
{
    if (!m_secrets || !account.mfaSecret)
        return false;
    Result<QByteArray> secret = m_secrets->open(*account.mfaSecret);
    if (!secret)
        return secret.error();
    const std::optional<qint64> step = Totp::match(secret.value(), code, now, account.mfaLastStep);
    sodium_memzero(secret.value().data(), size_t(secret.value().size()));
    if (!step)
        return false;
    // Conditional, so two instances given the same code at once accept it only once.
    Result<QSqlQuery> used =
        m_database.run(u"use a two-step code",
                       u"UPDATE users SET mfa_last_step = :step WHERE id = :id"
                       u" AND (mfa_last_step IS NULL OR mfa_last_step < :previous)"_s,
                       {{u":step"_s, *step}, {u":previous"_s, *step}, {u":id"_s, account.user.id}});
    if (!used)
        return used.error();
    return used.value().numRowsAffected() == 1;
}

Result<bool> TwoStepSignIn::useRecoveryCode(const QString &userId, const QString &code,
                                            const QDateTime &now) const
{
    if (twostep::normalisedRecoveryCode(code).isEmpty())
        return false;
    Result<QSqlQuery> used = m_database.run(
        u"use a recovery code",
        u"UPDATE recovery_codes SET used_at = :now WHERE user_id = :id AND code_hash = :hash"
        u" AND used_at IS NULL"_s,
        {{u":now"_s, db::toDb(now)}, {u":id"_s, userId}, {u":hash"_s, recoveryCodeHash(code)}});
    if (!used)
        return used.error();
    return used.value().numRowsAffected() == 1;
}

} // namespace tv::server::auth
