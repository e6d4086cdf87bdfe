#pragma once

#include <QLoggingCategory>

// The search module's logging category (tv.server.search). Like every category of the service it
// never carries a name, a date of birth or an identifier of a person: counts and timings only.
namespace tv::server {
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
} // namespace tv::server
