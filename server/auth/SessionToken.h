#pragma once

#include <QString>

namespace tv::server::auth {

// An opaque session token: 256 random bits, base64url without padding (43 characters). The
// client holds the token; the service stores only its SHA-256, so a copy of the database does
// not let anyone act as a user.
struct SessionToken {
    QString token;
    QString hash; // lower-case hex SHA-256 of the token's UTF-8

    static SessionToken generate();
    static QString hashOf(const QString &token);
};

} // namespace tv::server::auth
