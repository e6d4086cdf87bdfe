#include "server/db/SchemaMigrations.h"

using namespace Qt::StringLiterals;

namespace tv::server::db {
namespace {

// Heads 2..AuditChains, each at the genesis link.
QString newAuditChainHeads()
{
    QStringList rows;
    for (int chain = 2; chain <= AuditChains; ++chain)
        rows << u"(%1, 0, '%2')"_s.arg(chain).arg(QString(64, u'0'));
    return u"INSERT INTO audit_head (id, seq, hash) VALUES "_s + rows.join(u", "_s);
}

QString auditChainCheck()
{
    return u"CHECK (id BETWEEN 1 AND %1)"_s.arg(AuditChains);
}

} // namespace

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
        Migration{
            2,
            u"person data, search keys, restrictions and the audit trail"_s,
            {
                // The source data sets the warehouse matches (school census, CSC, police, ...).
                u"CREATE TABLE source_datasets ("
                u"  id ${id},"
                u"  code TEXT NOT NULL UNIQUE,"
                u"  name TEXT NOT NULL,"
                u"  owner TEXT NOT NULL,"
                u"  covers_from ${date} NOT NULL,"
                u"  covers_to ${date} NOT NULL,"
                u"  last_updated ${date} NOT NULL"
                u")"_s,
                u"CREATE TABLE households ("
                u"  id ${id},"
                u"  address TEXT NOT NULL," // first line(s), without town and postcode
                u"  town TEXT NOT NULL,"
                u"  postcode TEXT NOT NULL" // normalised: upper case, one space
                u")"_s,
                u"CREATE INDEX households_postcode_idx ON households (postcode)"_s,
                u"CREATE TABLE persons ("
                u"  id ${id},"
                u"  household_id BIGINT NOT NULL REFERENCES households (id),"
                u"  given_name TEXT NOT NULL,"
                u"  family_name TEXT NOT NULL,"
                u"  date_of_birth ${date} NOT NULL,"
                u"  upn TEXT,"
                u"  nhs_number TEXT," // ten digits, no spaces
                u"  lcs_case_id TEXT,"
                u"  current_school TEXT"
                u")"_s,
                u"CREATE INDEX persons_household_idx ON persons (household_id)"_s,
                u"CREATE INDEX persons_dob_idx ON persons (date_of_birth)"_s,
                u"CREATE INDEX persons_upn_idx ON persons (upn)"_s,
                u"CREATE INDEX persons_nhs_idx ON persons (nhs_number)"_s,
                u"CREATE INDEX persons_lcs_idx ON persons (lcs_case_id)"_s,
                // Precomputed name keys (see search/): one row per key a person answers to.
                u"CREATE TABLE person_search_keys ("
                u"  search_key TEXT NOT NULL,"
                u"  person_id BIGINT NOT NULL REFERENCES persons (id),"
                u"  PRIMARY KEY (search_key, person_id)"
                u")"_s,
                // The episodes behind every flag: never sent, only reduced to a flag state.
                u"CREATE TABLE episodes ("
                u"  id ${id},"
                u"  person_id BIGINT NOT NULL REFERENCES persons (id),"
                u"  flag TEXT NOT NULL," // a FlagKind wire name
                u"  source_id BIGINT NOT NULL REFERENCES source_datasets (id),"
                u"  start_date ${date} NOT NULL,"
                u"  end_date ${date}," // open when NULL
                u"  assessed ${bool} NOT NULL,"
                u"  assessor TEXT"
                u")"_s,
                u"CREATE INDEX episodes_person_idx ON episodes (person_id)"_s,
                u"CREATE TABLE involvements ("
                u"  id ${id},"
                u"  person_id BIGINT NOT NULL REFERENCES persons (id),"
                u"  service TEXT NOT NULL CHECK (service IN ('social-care', 'early-help', "
                u"'other')),"
                u"  agency TEXT NOT NULL,"
                u"  source_id BIGINT NOT NULL REFERENCES source_datasets (id),"
                u"  start_date ${date} NOT NULL,"
                u"  end_date ${date},"
                u"  worker TEXT NOT NULL,"
                u"  lead_professional_email TEXT NOT NULL"
                u")"_s,
                u"CREATE INDEX involvements_person_idx ON involvements (person_id)"_s,
                u"CREATE TABLE assessments ("
                u"  id ${id},"
                u"  person_id BIGINT NOT NULL REFERENCES persons (id),"
                u"  assessment_type TEXT NOT NULL,"
                u"  assessment_date ${date} NOT NULL,"
                u"  source_id BIGINT NOT NULL REFERENCES source_datasets (id),"
                u"  creator TEXT NOT NULL,"
                u"  creator_email TEXT NOT NULL"
                u")"_s,
                u"CREATE INDEX assessments_person_idx ON assessments (person_id)"_s,
                u"CREATE TABLE attendance_terms ("
                u"  id ${id},"
                u"  person_id BIGINT NOT NULL REFERENCES persons (id),"
                u"  term_start ${date} NOT NULL,"
                u"  term_end ${date} NOT NULL,"
                u"  school TEXT NOT NULL,"
                u"  percentage ${real} NOT NULL CHECK (percentage >= 0 AND percentage <= 100)"
                u")"_s,
                u"CREATE INDEX attendance_person_idx ON attendance_terms (person_id)"_s,
                // Incidents (police, safeguarding) count for the chronology exception only.
                u"CREATE TABLE incidents ("
                u"  id ${id},"
                u"  person_id BIGINT NOT NULL REFERENCES persons (id),"
                u"  incident_date ${date} NOT NULL,"
                u"  source_id BIGINT NOT NULL REFERENCES source_datasets (id)"
                u")"_s,
                u"CREATE INDEX incidents_person_idx ON incidents (person_id)"_s,
                // A data subject whose record is in dispute (Appendix C 13.6).
                u"CREATE TABLE restrictions ("
                u"  person_id BIGINT PRIMARY KEY REFERENCES persons (id),"
                u"  restricted_at ${timestamp} NOT NULL,"
                u"  restricted_by ${uuid}"
                u")"_s,
                // The append-only, hash-chained audit trail. audit_head holds the newest link,
                // so deleting the last rows is detected too, and its row lock serialises writers
                // across service instances.
                u"CREATE TABLE audit_log ("
                u"  seq BIGINT PRIMARY KEY,"
                u"  at ${timestamp} NOT NULL,"
                u"  user_id ${uuid},"
                u"  action TEXT NOT NULL,"
                u"  subject TEXT,"
                u"  reason_code TEXT,"
                u"  reason_note TEXT,"
                u"  detail TEXT,"
                u"  prev_hash TEXT NOT NULL,"
                u"  hash TEXT NOT NULL"
                u")"_s,
                u"CREATE INDEX audit_log_subject_idx ON audit_log (subject)"_s,
                u"CREATE INDEX audit_log_user_idx ON audit_log (user_id)"_s,
                u"CREATE TABLE audit_head ("
                u"  id INTEGER PRIMARY KEY CHECK (id = 1),"
                u"  seq BIGINT NOT NULL,"
                u"  hash TEXT NOT NULL"
                u")"_s,
                u"INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, "
                u"'0000000000000000000000000000000000000000000000000000000000000000')"_s,
            },
            {
                // Append-only for every role but a superuser: changing or removing a row fails.
                u"CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                u" BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"_s,
                u"CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log"
                u" FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"_s,
                u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
                u" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()"_s,
            },
        },
        Migration{
            3,
            u"the audit trail as parallel hash chains"_s,
            {},
            // Every existing row stays where it is, in chain 1; the hash of a row does not cover
            // its chain, since moving a row to another chain breaks both chains' links anyway.
            {
                u"ALTER TABLE audit_log ADD COLUMN chain INTEGER NOT NULL DEFAULT 1"_s,
                u"ALTER TABLE audit_log ALTER COLUMN chain DROP DEFAULT"_s,
                u"ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey"_s,
                u"ALTER TABLE audit_log ADD PRIMARY KEY (chain, seq)"_s,
                u"ALTER TABLE audit_head DROP CONSTRAINT audit_head_id_check"_s,
                u"ALTER TABLE audit_head ADD CONSTRAINT audit_head_id_check "_s + auditChainCheck(),
                newAuditChainHeads(),
            },
            // SQLite cannot change a primary key or a CHECK in place: rebuild both tables.
            {
                u"CREATE TABLE audit_log_chained ("
                u"  chain INTEGER NOT NULL,"
                u"  seq BIGINT NOT NULL,"
                u"  at TEXT NOT NULL,"
                u"  user_id TEXT,"
                u"  action TEXT NOT NULL,"
                u"  subject TEXT,"
                u"  reason_code TEXT,"
                u"  reason_note TEXT,"
                u"  detail TEXT,"
                u"  prev_hash TEXT NOT NULL,"
                u"  hash TEXT NOT NULL,"
                u"  PRIMARY KEY (chain, seq)"
                u")"_s,
                u"INSERT INTO audit_log_chained (chain, seq, at, user_id, action, subject,"
                u" reason_code, reason_note, detail, prev_hash, hash) SELECT 1, seq, at, user_id,"
                u" action, subject, reason_code, reason_note, detail, prev_hash, hash"
                u" FROM audit_log ORDER BY seq"_s,
                u"DROP TABLE audit_log"_s,
                u"ALTER TABLE audit_log_chained RENAME TO audit_log"_s,
                u"CREATE INDEX audit_log_subject_idx ON audit_log (subject)"_s,
                u"CREATE INDEX audit_log_user_idx ON audit_log (user_id)"_s,
                u"CREATE TABLE audit_head_chained ("
                u"  id INTEGER PRIMARY KEY "_s +
                    auditChainCheck() +
                    u","
                    u"  seq BIGINT NOT NULL,"
                    u"  hash TEXT NOT NULL"
                    u")"_s,
                u"INSERT INTO audit_head_chained (id, seq, hash) SELECT id, seq, hash"
                u" FROM audit_head"_s,
                u"DROP TABLE audit_head"_s,
                u"ALTER TABLE audit_head_chained RENAME TO audit_head"_s,
                newAuditChainHeads(),
            },
        },
        Migration{
            4,
            u"conditions of access, two-step sign-in, throttling, statements and reports"_s,
            {
                // The evidence behind each condition of access (Appendix C 10.3, 14.1); a null
                // means "not recorded". A user with no password yet (invited, not activated) has
                // password_hash '!', which no password verifies against.
                u"ALTER TABLE users ADD COLUMN email_verified_at ${timestamp}"_s,
                u"ALTER TABLE users ADD COLUMN dbs_certificate_date ${date}"_s,
                u"ALTER TABLE users ADD COLUMN training_completed_on ${date}"_s,
                u"ALTER TABLE users ADD COLUMN safer_recruitment_confirmed_on ${date}"_s,
                u"ALTER TABLE users ADD COLUMN suspended_at ${timestamp}"_s,
                u"ALTER TABLE users ADD COLUMN statement_version INTEGER"_s,
                u"ALTER TABLE users ADD COLUMN statement_accepted_at ${timestamp}"_s,
                // TOTP (RFC 6238): the secret sealed with the service's key; a pending one waits
                // for its first code before it replaces the enrolled one.
                u"ALTER TABLE users ADD COLUMN mfa_secret TEXT"_s,
                u"ALTER TABLE users ADD COLUMN mfa_pending_secret TEXT"_s,
                u"ALTER TABLE users ADD COLUMN mfa_enrolled_at ${timestamp}"_s,
                u"ALTER TABLE users ADD COLUMN mfa_last_step BIGINT"_s,
                // An invitation: only the SHA-256 of its one-time code is kept.
                u"ALTER TABLE users ADD COLUMN activation_code_hash TEXT"_s,
                u"ALTER TABLE users ADD COLUMN activation_expires_at ${timestamp}"_s,
                u"ALTER TABLE organisations ADD COLUMN isa_signatory TEXT"_s,
                u"ALTER TABLE organisations ADD COLUMN isa_signed_on ${date}"_s,
                u"ALTER TABLE organisations ADD COLUMN isa_review_on ${date}"_s,
                u"CREATE TABLE recovery_codes ("
                u"  user_id ${uuid} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                u"  code_hash TEXT NOT NULL,"
                u"  used_at ${timestamp},"
                u"  PRIMARY KEY (user_id, code_hash)"
                u")"_s,
                // Failed sign-ins, by "email:<sha256 of the normalised email>" and by
                // "address:<client address>", whether or not the account exists.
                u"CREATE TABLE sign_in_failures ("
                u"  subject TEXT NOT NULL,"
                u"  at ${timestamp} NOT NULL"
                u")"_s,
                u"CREATE INDEX sign_in_failures_subject_idx ON sign_in_failures (subject, at)"_s,
                u"CREATE TABLE sign_in_locks ("
                u"  subject TEXT PRIMARY KEY,"
                u"  locked_until ${timestamp} NOT NULL"
                u")"_s,
                // The data protection statement, versioned: the newest is the current one.
                u"CREATE TABLE data_protection_statements ("
                u"  version INTEGER PRIMARY KEY CHECK (version > 0),"
                u"  body TEXT NOT NULL CHECK (body <> ''),"
                u"  published_at ${timestamp} NOT NULL,"
                u"  published_by ${uuid}"
                u")"_s,
                // A practitioner's report that an item of a person view is wrong (13.6).
                u"CREATE TABLE inaccuracy_reports ("
                u"  id ${uuid} PRIMARY KEY,"
                u"  reporter_id ${uuid} NOT NULL REFERENCES users (id),"
                u"  person_id BIGINT NOT NULL REFERENCES persons (id),"
                u"  item TEXT NOT NULL CHECK (item <> ''),"
                u"  description TEXT NOT NULL CHECK (description <> ''),"
                u"  status TEXT NOT NULL CHECK (status IN ('open', 'forwarded', 'resolved')),"
                u"  created_at ${timestamp} NOT NULL,"
                u"  forwarded_at ${timestamp},"
                u"  forwarded_by ${uuid},"
                u"  resolved_at ${timestamp},"
                u"  resolved_by ${uuid},"
                u"  resolution TEXT"
                u")"_s,
                u"CREATE INDEX inaccuracy_reports_reporter_idx ON inaccuracy_reports"
                u" (reporter_id)"_s,
                u"CREATE INDEX inaccuracy_reports_person_idx ON inaccuracy_reports (person_id)"_s,
                u"CREATE INDEX audit_log_at_idx ON audit_log (at)"_s,
                // Version 1 of the statement users sign up to (Appendix C 14.1.2), so a new
                // deployment has one to accept; the Transform team publishes later versions.
                u"INSERT INTO data_protection_statements (version, body, published_at) VALUES (1,"
                u" 'I will use TransformView only to safeguard and support children and young"
                u" people in my care, and only for the reason I give each time I open a"
                u" record. I will not copy, photograph, print, save or pass on what I see, except"
                u" as safeguarding procedures require. I will keep my password and authenticator"
                u" to myself, lock or leave TransformView when I step away, and tell the Transform"
                u" team at once if I think someone else has used my account or if I see"
                u" information that is wrong. I understand that every search and every record I"
                u" open is recorded with my name, the time and my reason.',"
                u" '2026-11-24T00:00:00.000Z')"_s,
            },
        },
    };
}

} // namespace tv::server::db
