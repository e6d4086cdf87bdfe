#pragma once

#include "Migrator.h"

namespace tv::server::db {

// The service's schema, oldest migration first. Never edit a migration that has shipped: add the
// next one.
QList<Migration> schemaMigrations();

} // namespace tv::server::db
