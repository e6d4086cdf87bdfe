#pragma once

#include "domain/Result.h"

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

struct ServerConfig {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;           // 0: any free port
    QString tlsCertificateFile; // required unless `address` is loopback
    QString tlsPrivateKeyFile;
    DatabaseConfig database;
    bool training = false; // seed the fictional training dataset and the demo trainer
    // The date the data rules treat as today. For training and tests, so fictional data keeps
    // its shape; absent (production): the real date.
    std::optional<QDate> asOf;

    // Reads an INI file (see README, "Configuring the service"); environment variables named
    // there override it. Every problem is named in the error.
    static Result<ServerConfig> load(const QString &path);

    // Checks a configuration however it was made (file or code): an address to listen on, both
    // TLS files or neither, and plain HTTP only on a loopback address. Names every problem.
    Status validate() const;
};

} // namespace tv::server
