#include "server/LoggingCategories.h"

namespace tv::server {
Q_LOGGING_CATEGORY(lcConfig, "tv.server.config")
Q_LOGGING_CATEGORY(lcDb, "tv.server.db")
Q_LOGGING_CATEGORY(lcAuth, "tv.server.auth")
Q_LOGGING_CATEGORY(lcHttp, "tv.server.http")
Q_LOGGING_CATEGORY(lcSeed, "tv.server.seed")
Q_LOGGING_CATEGORY(lcHost, "tv.server.host")
Q_LOGGING_CATEGORY(lcCli, "tv.server.cli")
} // namespace tv::server
