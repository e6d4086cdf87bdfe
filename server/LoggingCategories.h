#pragma once

#include <QLoggingCategory>

// One logging category per module of the service. Messages never carry a password, a token, an
// email address or any person data: log identifiers of rows and counts, never their content.
namespace tv::server {
Q_DECLARE_LOGGING_CATEGORY(lcConfig) // tv.server.config
Q_DECLARE_LOGGING_CATEGORY(lcDb)     // tv.server.db
Q_DECLARE_LOGGING_CATEGORY(lcAuth)   // tv.server.auth
Q_DECLARE_LOGGING_CATEGORY(lcHttp)   // tv.server.http
Q_DECLARE_LOGGING_CATEGORY(lcSeed)   // tv.server.seed
Q_DECLARE_LOGGING_CATEGORY(lcHost)   // tv.server.host
Q_DECLARE_LOGGING_CATEGORY(lcCli)    // tv.server.cli
} // namespace tv::server
