#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace tv {

enum class Role { Practitioner, Admin, Trainer };

namespace roles {
QString wireName(Role role);
std::optional<Role> fromWireName(const QString &name);
QString text(Role role);
} // namespace roles

struct User {
    QString id;
    QString email;
    QString displayName;
    Role role = Role::Practitioner;
    QString organisation;

    friend bool operator==(const User &, const User &) = default;
};

// POST /api/v1/auth/login
struct LoginRequest {
    QString email;
    QString password;
    // The authenticator app's 6-digit code, or one of the recovery codes, for an account with
    // two-step sign-in. Without one such an account gets mfa_required once the password is right.
    std::optional<QString> code = {};

    friend bool operator==(const LoginRequest &, const LoginRequest &) = default;
};

// The answer to a successful login. The token is opaque; the service keeps only its hash.
struct SessionGrant {
    QString token;
    QDateTime expiresAt; // UTC
    User user;

    friend bool operator==(const SessionGrant &, const SessionGrant &) = default;
};

// GET /api/v1/health
struct Health {
    QString status;  // "ok"
    QString version; // the service's version
    int schemaVersion = 0;
    bool training = false;

    friend bool operator==(const Health &, const Health &) = default;
};

// POST /api/v1/auth/activate: an invited user sets a password with the one-time code the
// invitation email carried. The answer is a SessionGrant.
struct ActivationRequest {
    QString email;
    QString code;
    QString password;
    // As LoginRequest::code, for an account whose access was reset with two-step sign-in kept.
    std::optional<QString> twoStepCode = {};

    friend bool operator==(const ActivationRequest &, const ActivationRequest &) = default;
};

// POST /api/v1/auth/password
struct PasswordChange {
    QString currentPassword;
    QString newPassword;

    friend bool operator==(const PasswordChange &, const PasswordChange &) = default;
};

// The answer to POST /api/v1/auth/mfa/enrol: a new TOTP secret for the authenticator app (as
// base32 text to type and as an otpauth:// URI for a QR code). It counts once confirmed.
struct MfaEnrolment {
    QString secret;
    QString otpauthUri;

    friend bool operator==(const MfaEnrolment &, const MfaEnrolment &) = default;
};

// POST /api/v1/auth/mfa/confirm: the first code the app shows for the new secret.
struct MfaConfirmation {
    QString code;

    friend bool operator==(const MfaConfirmation &, const MfaConfirmation &) = default;
};

// The answer to a confirmed enrolment: ten one-time recovery codes, shown this once (the service
// keeps only their hashes).
struct RecoveryCodes {
    QStringList codes;

    friend bool operator==(const RecoveryCodes &, const RecoveryCodes &) = default;
};

// The two kinds of code that complete a two-step sign-in (LoginRequest::code), as the service
// tells them apart: the authenticator app's 6 digits, or a recovery code of 10 letters and digits
// ("abcde-23456"), which may be typed in either case, with or without its hyphen and spaces.
namespace twostep {
inline constexpr int AuthenticatorDigits = 6;
inline constexpr int RecoveryCodeLength = 10; // letters and digits, without the hyphen

// Exactly 6 ASCII digits (after trimming).
bool isAuthenticatorCode(const QString &code);
// The code without hyphens and white space, in lower case: "Abcde-FGHJK " -> "abcdefghjk".
QString normalisedRecoveryCode(const QString &code);
// 10 ASCII letters and digits once normalised. Whether the code is one of the account's is for the
// service to say.
bool looksLikeRecoveryCode(const QString &code);
} // namespace twostep

} // namespace tv
