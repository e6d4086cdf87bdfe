#pragma once

#include "server/db/Migrator.h"

namespace tv::server::db {

// The audit trail is this many hash chains side by side (migration 3), each with its own head
// row, so concurrent audited reads do not queue behind one row lock until their commits.
inline constexpr int AuditChains = 16;

// The service's schema, oldest migration first. Never edit a migration that has shipped: add the
// next one.
QList<Migration> schemaMigrations();

} // namespace tv::server::db
