#include "server/admin/UserAdmin.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/FieldLimits.h"
#include "server/ServerErrors.h"
#include "server/access/AccessGate.h"
#include "server/admin/AdminSupport.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/SessionStore.h"
#include "server/auth/SessionToken.h"
#include "server/auth/UserDirectory.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tv::server::admin {
namespace {

const QString SelectUsers =
    u"SELECT u.id, u.email, u.display_name, u.role, u.organisation_id, o.name, u.password_hash,"
    u" u.email_verified_at, u.dbs_certificate_date, u.training_completed_on,"
    u" u.safer_recruitment_confirmed_on, u.statement_version, u.mfa_enrolled_at, u.suspended_at"
    u" FROM users u JOIN organisations o ON o.id = u.organisation_id"_s;

// The password_hash of an account that has no password yet (see migration 4).
const QString NoPassword = u"!"_s;

QString subjectOf(const QString &userId)
{
    return u"user:"_s + userId;
}

// 32 random bytes as 64 lower-case hex digits.
Result<QString> activationCode()
{
    if (!auth::PasswordHasher::initialiseSodium()) {
        return Error{QString(errc::CryptoFailed),
                     u"The random number generator could not be initialised."_s};
    }
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    const QString code = QString::fromLatin1(random.toHex());
    sodium_memzero(random.data(), size_t(random.size()));
    return code;
}

// The account an admin acts on, as its canonical id: not_found for a malformed id, and
// `ownAccount` (a conflict) when it is the admin's own, for a change that would lock them out.
Result<QString> otherAccount(const User &admin, const QString &userId, const QString &ownAccount)
{
    const std::optional<QString> id = canonicalUuid(userId);
    if (!id)
        return notFound("user"_L1);
    if (*id == admin.id)
        return Error{QString(tv::errc::Conflict), ownAccount};
    return *id;
}

} // namespace

UserAdmin::UserAdmin(const db::Database &database, const access::AccessGate &gate, Options options)
    : m_database(database)
    , m_gate(gate)
    , m_options(std::move(options))
{}

QDate UserAdmin::today() const
{
    return m_options.today ? m_options.today() : QDate::currentDate();
}

Result<QList<UserRecord>> UserAdmin::select(const QString &where, const QVariantMap &bindings) const
{
    Result<QSqlQuery> found = m_database.run(
        u"read user accounts", SelectUsers + where + u" ORDER BY o.name, u.email"_s, bindings);
    if (!found)
        return found.error();
    QSqlQuery &row = found.value();
    QList<UserRecord> users;
    while (row.next()) {
        UserRecord user;
        user.id = db::uuidFromDb(row.value(0));
        user.email = row.value(1).toString();
        user.displayName = row.value(2).toString();
        const auto role = roles::fromWireName(row.value(3).toString());
        if (!role) {
            return Error{QString(errc::DatabaseError),
                         u"User %1 has a role this program does not know."_s.arg(user.id)};
        }
        user.role = *role;
        user.organisationId = db::uuidFromDb(row.value(4));
        user.organisation = row.value(5).toString();
        user.activated = row.value(6).toString() != NoPassword;
        user.emailVerifiedAt = db::optionalDateTimeFromDb(row.value(7));
        user.dbsCertificateDate = db::optionalDateFromDb(row.value(8));
        user.trainingCompletedOn = db::optionalDateFromDb(row.value(9));
        user.saferRecruitmentConfirmedOn = db::optionalDateFromDb(row.value(10));
        if (!row.value(11).isNull())
            user.statementVersion = row.value(11).toInt();
        user.mfaEnrolled = !row.value(12).isNull();
        user.suspendedAt = db::optionalDateTimeFromDb(row.value(13));
        users.append(std::move(user));
    }
    // The conditions as the gate sees them, so the list never disagrees with a refusal.
    for (UserRecord &user : users) {
        const User who{user.id, user.email, user.displayName, user.role, user.organisation};
        const Result<QList<AccessCondition>> unmet =
            m_gate.unmet(who, access::AccessGate::Scope::Data);
        if (!unmet)
            return unmet.error();
        for (const AccessCondition condition : unmet.value())
            user.unmet << conditions::wireName(condition);
    }
    return users;
}

Result<UserList> UserAdmin::list() const
{
    Result<QList<UserRecord>> users = select({}, {});
    if (!users)
        return users.error();
    return UserList{std::move(users).value()};
}

Result<UserRecord> UserAdmin::find(const QString &userId) const
{
    const std::optional<QString> id = canonicalUuid(userId);
    if (!id)
        return notFound("user"_L1);
    Result<QList<UserRecord>> users = select(u" WHERE u.id = :id"_s, {{u":id"_s, *id}});
    if (!users)
        return users.error();
    if (users.value().isEmpty())
        return notFound("user"_L1);
    return users.value().constFirst();
}

Result<InvitedUser> UserAdmin::invite(const User &admin, const Invitation &invitation) const
{
    const QString email = auth::UserDirectory::normaliseEmail(invitation.email);
    if (!auth::UserDirectory::isPlausibleEmail(email))
        return invalidField("email"_L1, u"must be an email address"_s);
    const QString displayName = invitation.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > limits::DisplayNameLength)
        return invalidField("displayName"_L1,
                            u"must have 1 to %1 characters"_s.arg(limits::DisplayNameLength));
    const std::optional<QString> organisationId = canonicalUuid(invitation.organisationId);
    if (!organisationId)
        return invalidField("organisationId"_L1, u"must name an organisation"_s);
    const Result<QString> code = activationCode();
    if (!code)
        return code.error();

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addDays(ActivationDays);
    const Status done = m_database.transaction([&]() -> Status {
        const Result<bool> organisation = m_database.exists(
            u"find an organisation by id", u"SELECT 1 FROM organisations WHERE id = :id"_s,
            {{u":id"_s, *organisationId}});
        if (!organisation)
            return organisation.error();
        if (!organisation.value())
            return invalidField("organisationId"_L1, u"must name an organisation"_s);
        const Result<bool> taken = m_database.exists(
            u"look for an account with an email",
            u"SELECT 1 FROM users WHERE lower(email) = :email"_s, {{u":email"_s, email}});
        if (!taken)
            return taken.error();
        if (taken.value()) {
            return Error{QString(tv::errc::Conflict),
                         u"An account with this email address already exists."_s};
        }
        const Result<QSqlQuery> inserted = m_database.run(
            u"invite a user",
            u"INSERT INTO users (id, email, display_name, role, organisation_id, password_hash,"
            u" created_at, activation_code_hash, activation_expires_at) VALUES (:id, :email,"
            u" :display_name, :role, :organisation_id, :password_hash, :created_at, :code_hash,"
            u" :expires)"_s,
            {{u":id"_s, id},
             {u":email"_s, email},
             {u":display_name"_s, displayName},
             {u":role"_s, roles::wireName(invitation.role)},
             {u":organisation_id"_s, *organisationId},
             {u":password_hash"_s, NoPassword},
             {u":created_at"_s, db::toDb(now)},
             {u":code_hash"_s, auth::SessionToken::hashOf(code.value())},
             {u":expires"_s, db::toDb(expires)}});
        if (!inserted) {
            if (inserted.error().code == errc::AlreadyExists) {
                return Error{QString(tv::errc::Conflict),
                             u"An account with this email address already exists."_s};
            }
            return inserted.error();
        }
        return recordAdminAction(m_database, admin, AuditAction::AdminInvite, subjectOf(id),
                                 {{"role"_L1, roles::wireName(invitation.role)},
                                  {"organisationId"_L1, *organisationId}});
    });
    if (!done)
        return done.error();
    Result<UserRecord> user = find(id);
    if (!user)
        return user.error();
    return InvitedUser{std::move(user).value(), code.value(), expires};
}

Result<UserRecord> UserAdmin::change(const User &admin, const QString &userId, AuditAction action,
                                     const QString &sql, QVariantMap bindings,
                                     const QJsonObject &detail) const
{
    const std::optional<QString> id = canonicalUuid(userId);
    if (!id)
        return notFound("user"_L1);
    bindings.insert(u":id"_s, *id);
    const Status done = m_database.transaction([&]() -> Status {
        const Result<QSqlQuery> updated = m_database.run(u"change a user account", sql, bindings);
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return notFound("user"_L1);
        return recordAdminAction(m_database, admin, action, subjectOf(*id), detail);
    });
    if (!done)
        return done.error();
    return find(*id);
}

Result<UserRecord> UserAdmin::verifyEmail(const User &admin, const QString &userId) const
{
    return change(admin, userId, AuditAction::AdminVerifyEmail,
                  u"UPDATE users SET email_verified_at = COALESCE(email_verified_at, :now)"
                  u" WHERE id = :id"_s,
                  {{u":now"_s, db::toDb(QDateTime::currentDateTimeUtc())}},
                  {{"emailVerified"_L1, true}});
}

Result<UserRecord> UserAdmin::recordDate(const User &admin, const QString &userId,
                                         AuditAction action, QLatin1StringView column,
                                         QLatin1StringView field, QDate date) const
{
    if (!canonicalUuid(userId))
        return notFound("user"_L1);
    if (date > today())
        return invalidField(field, u"must not be after today"_s);
    // `column` is one of this class's own constants, never input.
    return change(admin, userId, action,
                  u"UPDATE users SET %1 = :date WHERE id = :id"_s.arg(column),
                  {{u":date"_s, db::toDb(date)}}, {{field, date.toString(Qt::ISODate)}});
}

Result<UserRecord> UserAdmin::recordDbs(const User &admin, const QString &userId,
                                        QDate certificate) const
{
    return recordDate(admin, userId, AuditAction::AdminRecordDbs, "dbs_certificate_date"_L1,
                      "certificateDate"_L1, certificate);
}

Result<UserRecord> UserAdmin::recordTraining(const User &admin, const QString &userId,
                                             QDate completedOn) const
{
    return recordDate(admin, userId, AuditAction::AdminRecordTraining, "training_completed_on"_L1,
                      "completedOn"_L1, completedOn);
}

Result<UserRecord> UserAdmin::recordSaferRecruitment(const User &admin, const QString &userId,
                                                     QDate confirmedOn) const
{
    return recordDate(admin, userId, AuditAction::AdminRecordSaferRecruitment,
                      "safer_recruitment_confirmed_on"_L1, "confirmedOn"_L1, confirmedOn);
}

Result<UserRecord> UserAdmin::suspend(const User &admin, const QString &userId) const
{
    const Result<QString> id =
        otherAccount(admin, userId, u"You cannot suspend your own account; ask another admin."_s);
    if (!id)
        return id.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<UserRecord> suspended = Error{};
    const Status done = m_database.transaction([&]() -> Status {
        suspended = change(admin, id.value(), AuditAction::AdminSuspend,
                           u"UPDATE users SET suspended_at = COALESCE(suspended_at, :now)"
                           u" WHERE id = :id"_s,
                           {{u":now"_s, db::toDb(now)}}, {{"suspended"_L1, true}});
        if (!suspended)
            return suspended.error();
        return auth::SessionStore(m_database).revokeAllFor(id.value(), now);
    });
    if (!done)
        return done.error();
    return suspended;
}

Result<UserRecord> UserAdmin::reactivate(const User &admin, const QString &userId) const
{
    return change(admin, userId, AuditAction::AdminReactivate,
                  u"UPDATE users SET suspended_at = NULL WHERE id = :id"_s, {},
                  {{"suspended"_L1, false}});
}

Result<UserRecord> UserAdmin::revokeSessions(const User &admin, const QString &userId) const
{
    const std::optional<QString> id = canonicalUuid(userId);
    if (!id)
        return notFound("user"_L1);
    const Status done = m_database.transaction([&]() -> Status {
        const Result<UserRecord> user = find(*id);
        if (!user)
            return user.error();
        if (Status revoked =
                auth::SessionStore(m_database).revokeAllFor(*id, QDateTime::currentDateTimeUtc());
            !revoked) {
            return revoked;
        }
        return recordAdminAction(m_database, admin, AuditAction::AdminRevokeSessions,
                                 subjectOf(*id), {});
    });
    if (!done)
        return done.error();
    return find(*id);
}

Result<InvitedUser> UserAdmin::resetAccess(const User &admin, const QString &userId,
                                           const AccessReset &reset) const
{
    const Result<QString> id =
        otherAccount(admin, userId, u"You cannot reset your own access; ask another admin."_s);
    if (!id)
        return id.error();
    const Result<QString> code = activationCode();
    if (!code)
        return code.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addDays(ActivationDays);
    const Status done = m_database.transaction([&]() -> Status {
        const QString twoStep = reset.clearTwoStep ? u", mfa_secret = NULL, mfa_enrolled_at = NULL,"
                                                     u" mfa_last_step = NULL"_s
                                                   : QString();
        const Result<QSqlQuery> updated = m_database.run(
            u"reset a user's access",
            u"UPDATE users SET password_hash = :password_hash, activation_code_hash = :code_hash,"
            u" activation_expires_at = :expires, mfa_pending_secret = NULL%1 WHERE id = :id"_s.arg(
                twoStep),
            {{u":password_hash"_s, NoPassword},
             {u":code_hash"_s, auth::SessionToken::hashOf(code.value())},
             {u":expires"_s, db::toDb(expires)},
             {u":id"_s, id.value()}});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return notFound("user"_L1);
        if (reset.clearTwoStep) {
            if (const Status cleared = m_database.exec(
                    u"remove a user's recovery codes",
                    u"DELETE FROM recovery_codes WHERE user_id = :id"_s, {{u":id"_s, id.value()}});
                !cleared) {
                return cleared;
            }
        }
        if (Status revoked = auth::SessionStore(m_database).revokeAllFor(id.value(), now); !revoked)
            return revoked;
        return recordAdminAction(m_database, admin, AuditAction::AdminResetAccess,
                                 subjectOf(id.value()), {{"clearTwoStep"_L1, reset.clearTwoStep}});
    });
    if (!done)
        return done.error();
    Result<UserRecord> user = find(id.value());
    if (!user)
        return user.error();
    return InvitedUser{std::move(user).value(), code.value(), expires};
}

Result<LapsingReport> UserAdmin::lapsing(int days) const
{
    if (days < 1 || days > 365)
        return invalidField("days"_L1, u"must be a whole number from 1 to 365"_s);
    const QDate from = today();
    const QDate until = from.addDays(days);
    Result<QSqlQuery> found = m_database.run(
        u"read the dates on which conditions of access lapse",
        u"SELECT u.id, u.email, u.display_name, o.name, u.dbs_certificate_date, o.isa_review_on"
        u" FROM users u JOIN organisations o ON o.id = u.organisation_id"
        u" WHERE u.suspended_at IS NULL ORDER BY o.name, u.email"_s);
    if (!found)
        return found.error();
    LapsingReport report{from, days, {}};
    QSqlQuery &row = found.value();
    while (row.next()) {
        LapsingUser user{db::uuidFromDb(row.value(0)),
                         row.value(1).toString(),
                         row.value(2).toString(),
                         row.value(3).toString(),
                         {}};
        // The first day each condition is unmet, as AccessGate decides it.
        const QDate dbs = db::dateFromDb(row.value(4));
        const QDate review = db::dateFromDb(row.value(5));
        const auto add = [&](AccessCondition condition, QDate lapsesOn) {
            if (lapsesOn.isValid() && lapsesOn >= from && lapsesOn <= until)
                user.lapses.append({conditions::wireName(condition), lapsesOn});
        };
        if (dbs.isValid())
            add(AccessCondition::DbsCurrent, dbs.addYears(m_options.policy.dbsRenewalYears));
        if (review.isValid())
            add(AccessCondition::OrganisationAgreementCurrent, review.addDays(1));
        if (!user.lapses.isEmpty())
            report.users.append(std::move(user));
    }
    return report;
}

} // namespace tv::server::admin
