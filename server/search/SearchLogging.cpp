#include "server/search/SearchLogging.h"

namespace tv::server {
Q_LOGGING_CATEGORY(lcSearch, "tv.server.search")
} // namespace tv::server
