#pragma once

// db::Database declared for the headers that only take one by reference; include
// "server/db/Database.h" to use it.
namespace tv::server::db {
class Database;
}
