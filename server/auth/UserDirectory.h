#pragma once

#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tv::server::auth {

class PasswordHasher;

struct NewUser {
    QString email;
    QString displayName;
    Role role = Role::Practitioner;
    QString organisationId;
    QString password; // hashed before it is stored; never kept
};

// What a login needs to know about an account.
struct StoredCredentials {
    User user;
    QString passwordHash; // "!" for an invited account that has no password yet
    bool suspended = false;
    std::optional<QString> mfaSecret;  // sealed (SecretBox); set once two-step sign-in is enrolled
    std::optional<qint64> mfaLastStep; // the TOTP step of the last code accepted
    QString activationCodeHash;        // an invitation's code: lower-case hex SHA-256
    QDateTime activationExpiresAt;     // invalid when there is none

    bool activated() const { return passwordHash != QLatin1StringView("!"); }
};

// Where an account stands with two-step sign-in and the data protection statement.
struct AccountStanding {
    bool mfaEnrolled = false;
    std::optional<int> statementVersionAccepted;
    std::optional<int> currentStatementVersion; // the newest published; none: nullopt
};

// Organisations and user accounts. Emails are compared and stored lower-cased, so
// "Jo@School.example" and "jo@school.example" are the same account.
class UserDirectory final {
public:
    UserDirectory(const db::Database &database, const PasswordHasher &hasher);

    // The id of the organisation with this name, created when there is none.
    Result<QString> ensureOrganisation(const QString &name) const;
    Result<User> createUser(const NewUser &user) const;
    Result<std::optional<StoredCredentials>> findByEmail(const QString &email) const;
    Result<std::optional<StoredCredentials>> findById(const QString &userId) const;
    // Errors: unauthenticated when the account no longer exists.
    Result<AccountStanding> standing(const QString &userId) const;
    Status setPassword(const QString &userId, const QString &password) const;
    Status setPasswordHash(const QString &userId, const QString &passwordHash) const;

    static QString normaliseEmail(const QString &email);
    // A plausible address: one '@' with text either side, no spaces, at most 254 characters.
    static bool isPlausibleEmail(const QString &email);

private:
    Result<std::optional<StoredCredentials>> findWhere(const QString &condition,
                                                       const QString &value) const;

    const db::Database &m_database;
    const PasswordHasher &m_hasher;
};

} // namespace tv::server::auth
