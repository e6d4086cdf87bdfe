#pragma once

#include "models/domain/Result.h"

#include <QDate>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace tv::server {

struct DatabaseConfig {
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    QString sqlitePath = QStringLiteral(":memory:"); // Sqlite: a file, or :memory:
    QString host;                                    // Postgres: host name or socket directory
    int port = 5432;
    QString name;
    QString user;
    QString password; // never logged
};

// The deployment's rules for signing in and for access (section [access] of the INI file).
struct AccessPolicy {
    int sessionIdleMinutes = 30;      // a session unused this long ends
    int sessionLifetimeHours = 8;     // and every session ends this long after its sign-in
    int dbsRenewalYears = 3;          // a basic DBS check counts as current for this long
    bool mfaForPractitioners = false; // admins always need MFA; practitioners when this says so
    int lockoutAfterFailures = 10;    // failed sign-ins (per email, and per client address) ...
    int lockoutMinutes = 15;          // ... within this window lock sign-in for this long
    // 32 random bytes (64 hex digits) that seal the TOTP secrets stored in the database. Needed
    // for two-step sign-in; training mode makes a throwaway one when it is not set.
    QString secretKeyFile;
    // The council's Transform team, as the refusal of a restricted record names it: an email
    // address. Empty: the refusal says to contact the Transform team without an address.
    QString transformContact;
};

struct ServerConfig {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;           // 0: any free port
    QString tlsCertificateFile; // required unless `address` is loopback
    QString tlsPrivateKeyFile;
    DatabaseConfig database;
    bool training = false; // seed the fictional training dataset and the demo trainer
    // The date the data rules treat as today. For training (and the tests that run it), so
    // fictional data keeps its shape; absent (production): the real date. Refused without
    // `training` (errc::TrainingOnlySetting).
    std::optional<QDate> asOf;
    AccessPolicy access;

    // Reads an INI file (see README, "Configuring the service"); environment variables named
    // there override it. Every problem is named in the error.
    static Result<ServerConfig> load(const QString &path);

    // Checks a configuration however it was made (file or code): an address to listen on, both
    // TLS files or neither, plain HTTP only on a loopback address, as_of only with training.
    // Names every problem.
    Status validate() const;
};

} // namespace tv::server
