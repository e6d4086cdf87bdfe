#include "SchemaMigrations.h"

using namespace Qt::StringLiterals;

namespace tv::server::db {

QList<Migration> schemaMigrations()
{
    return {
        Migration{
            1,
            u"organisations, users and sessions"_s,
            {
                u"CREATE TABLE organisations ("
                u"  id ${uuid} PRIMARY KEY,"
                u"  name TEXT NOT NULL CHECK (name <> ''),"
                u"  created_at ${timestamp} NOT NULL"
                u")"_s,
                // Emails are stored lower-cased by the service; the index on lower(email) also
                // keeps a differently-cased duplicate out if anything else writes the table.
                u"CREATE TABLE users ("
                u"  id ${uuid} PRIMARY KEY,"
                u"  email TEXT NOT NULL CHECK (email <> ''),"
                u"  display_name TEXT NOT NULL,"
                u"  role TEXT NOT NULL CHECK (role IN ('practitioner', 'admin', 'trainer')),"
                u"  organisation_id ${uuid} NOT NULL REFERENCES organisations (id),"
                u"  password_hash TEXT NOT NULL,"
                u"  created_at ${timestamp} NOT NULL"
                u")"_s,
                u"CREATE UNIQUE INDEX users_email_key ON users (lower(email))"_s,
                u"CREATE INDEX users_organisation_idx ON users (organisation_id)"_s,
                // Only the SHA-256 of a session token is stored, as lower-case hex.
                u"CREATE TABLE sessions ("
                u"  token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),"
                u"  user_id ${uuid} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                u"  created_at ${timestamp} NOT NULL,"
                u"  expires_at ${timestamp} NOT NULL,"
                u"  last_seen_at ${timestamp} NOT NULL,"
                u"  revoked_at ${timestamp}"
                u")"_s,
                u"CREATE INDEX sessions_user_idx ON sessions (user_id)"_s,
                u"CREATE INDEX sessions_expires_idx ON sessions (expires_at)"_s,
            },
        },
    };
}

} // namespace tv::server::db
