#pragma once

#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/auth/SecretBox.h"
#include "server/db/DatabaseFwd.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tv::server::auth {

struct StoredCredentials;

// Two-step sign-in: TOTP secrets (sealed with the service's key), their enrolment, and the
// one-time recovery codes (only their SHA-256 is kept).
class TwoStepSignIn final {
public:
    static constexpr int RecoveryCodeCount = 10;

    // Without a key (no access/secret_key_file) nobody can enrol, and an enrolled account cannot
    // sign in with a TOTP code (its recovery codes still work).
    TwoStepSignIn(const db::Database &database, std::optional<SecretBox> secrets);

    // A new secret for `user`, kept as pending until confirmed. Errors: conflict when the user is
    // already enrolled or the service has no key.
    Result<MfaEnrolment> enrol(const User &user) const;
    // Makes the pending secret the user's once `code` is one of its codes; returns the new
    // recovery codes (replacing any old ones). Audited as "mfa_enrolled". Errors: conflict when
    // nothing is pending, invalid_field when the code does not match.
    Result<RecoveryCodes> confirm(const User &user, const QString &code,
                                  const QDateTime &now) const;

    // Whether `code` signs `account` in at `now`: a TOTP code not used before (its step is
    // recorded, so it cannot be replayed, on any instance), or an unused recovery code (marked
    // used). Call it inside the sign-in's transaction.
    Result<bool> verify(const StoredCredentials &account, const QString &code,
                        const QDateTime &now) const;

    // The hash of a recovery code as stored: SHA-256 of twostep::normalisedRecoveryCode(code).
    static QString recoveryCodeHash(const QString &code);

private:
    Result<bool> verifyTotp(const StoredCredentials &account, const QString &code,
                            const QDateTime &now) const;
    Result<bool> useRecoveryCode(const QString &userId, const QString &code,
                                 const QDateTime &now) const;
    static QString generateRecoveryCode();

    const db::Database &m_database;
    std::optional<SecretBox> m_secrets;
};

} // namespace tv::server::auth
