#pragma once

#include "models/domain/User.h"
#include "server/ServerConfig.h"

#include <QDate>
#include <QString>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

// The commands of `transform-service`, once main() has parsed the command line and loaded the
// configuration. Each returns the process exit code. Output never holds a secret.
namespace tv::server::cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1, // the command ran and failed
    Usage = 2,   // the command line was wrong
};

// Starts the service and runs the event loop until SIGINT or SIGTERM. Writes
// "listening on <url>" to `err`.
int serve(const ServerConfig &config, QTextStream &err);

// Applies the missing migrations and says which (or that there was nothing to apply).
int migrate(const ServerConfig &config, QTextStream &out, QTextStream &err);

struct NewAccount {
    QString email;
    QString displayName;
    Role role = Role::Practitioner;
    QString organisation; // by name; created when missing
    // The operator vouches for the address (the first admin has no admin to verify it); the
    // audit trail records it as "cli.verify_email", by no user.
    bool emailVerified = false;
};

// Creates an account (migrating first). The password is the first line of `in`, never an
// argument, so it stays out of the process list and the shell history.
int createUser(const ServerConfig &config, const NewAccount &account, QTextStream &in,
               QTextStream &out, QTextStream &err);

// `audit verify`: walks the whole audit trail. Success when it is intact (says so on `out`, with
// the number of rows); Failure when a row was changed, removed or added behind the service's
// back (names the first broken row on `err`) or when the trail cannot be read.
int verifyAudit(const ServerConfig &config, QTextStream &out, QTextStream &err);

struct SeedRequest {
    qint64 persons = 0;
    quint32 seed = 0;
    QDate asOf; // the date every generated record is placed around
};

// `seed`: migrates, then writes a generated population of fictional persons (see
// seed::PersonGenerator) with progress on `err`. Refuses a database that already holds persons.
int seed(const ServerConfig &config, const SeedRequest &request, QTextStream &out,
         QTextStream &err);

} // namespace tv::server::cli
