#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tv::startup {

// The Transform team, as the council's IT names it: shown where a practitioner needs someone to
// ask (access lapsed, a restricted record). Every part may be empty.
struct TransformTeamContact {
    QString name;
    QString email;
    QString phone;

    bool isEmpty() const;
    friend bool operator==(const TransformTeamContact &, const TransformTeamContact &) = default;
};

// What the council's IT sets for every copy of the client, and no user can change: read from the
// deployment file (see DeploymentConfig) or, without one, the defaults below.
struct Deployment {
    QString sourceFile;                            // the file read; empty for the defaults
    QUrl serverUrl;                                // preset in the login window; may be empty
    QStringList pinnedKeys;                        // base64 SHA-256 of accepted public keys
    QString certificateAuthorityFile;              // absolute; empty when none
    QList<QSslCertificate> certificateAuthorities; // read from that file at start
    int idleLockMinutes = 5;                       // 1 to 60
    TransformTeamContact contact;

    friend bool operator==(const Deployment &, const Deployment &) = default;
};

// Reads the deployment file: an INI file the council's IT installs beside the client.
//
//   [service]
//   url=https://transform.council.example       ; https://, or http:// to this computer only
//   pinned_keys=<base64 SHA-256>, <another>     ; the service's public keys (SPKI)
//   ca_file=council-ca.pem                      ; PEM certificates trusted besides the system's
//   [lock]
//   idle_minutes=5                              ; 1 to 60
//   [contact]
//   name=Transform team
//   email=transform@council.example
//   phone=01234 567890
//
// Lines are `key=value`, `[section]`, blank, or comments starting with ';' or '#'; text after
// whitespace and ';' is a comment. Relative paths are relative to the file. Every key is
// optional, but an unknown section or key, a key given twice or a bad value is an error that
// names the file, the line, the key and the problem: the client then refuses to start, so a
// security setting is never silently ignored. The client reads nothing else for these settings
// (no QSettings, no environment variable).
class DeploymentConfig final {
    Q_DECLARE_TR_FUNCTIONS(tv::startup::DeploymentConfig)

public:
    // The system-wide file read when the command line names none; chosen when the client is
    // built (CMake cache variable TV_DEPLOYMENT_FILE): /etc/transform-view/deployment.ini on
    // Linux, /Library/Application Support/TransformView/deployment.ini on macOS and
    // C:/ProgramData/TransformView/deployment.ini on Windows by default. Only administrators can
    // write to these places; QStandardPaths is not used because its configuration locations
    // start with the user's own.
    static QString systemPath();

    // Reads `path`; every problem is named in the error's message.
    static Result<Deployment> load(const QString &path);

    // The deployment for this run: `commandLineFile` (--deployment) when given, else
    // `systemFile` when it exists, else the defaults. A named file that cannot be read is an
    // error, never a reason to fall back.
    static Result<Deployment> resolve(const QString &commandLineFile,
                                      const QString &systemFile = systemPath());
};

} // namespace tv::startup
