#pragma once

#include "Migrator.h"

namespace tv::server::db {

// The service's schema, oldest migration first. Never edit a migration that has shipped: add the
// next one. Person, household and audit tables arrive as migrations 2 and later.
QList<Migration> schemaMigrations();

} // namespace tv::server::db
