#pragma once

#include <QDateTime>
#include <QString>

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

} // namespace tv
