#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tv::server::db {
class Database;
}

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
    QString passwordHash;
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
    Status setPassword(const QString &userId, const QString &password) const;
    Status setPasswordHash(const QString &userId, const QString &passwordHash) const;

    static QString normaliseEmail(const QString &email);
    // A plausible address: one '@' with text either side, no spaces, at most 254 characters.
    static bool isPlausibleEmail(const QString &email);

private:
    const db::Database &m_database;
    const PasswordHasher &m_hasher;
};

} // namespace tv::server::auth
