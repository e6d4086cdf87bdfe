#pragma once

#include "models/domain/Admin.h"
#include "models/domain/AuditAction.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/ServerConfig.h"
#include "server/db/DatabaseFwd.h"

#include <QDate>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QVariantMap>

#include <functional>

namespace tv::server::access {
class AccessGate;
}

namespace tv::server::admin {

// The Transform team's side of user accounts: invitations, the evidence behind each condition
// of access (Appendix C 10.3, 14.1), suspension and sessions. Every change is audited in the
// transaction that makes it, as "admin.<verb>" on "user:<uuid>". A malformed or unknown user id
// is not_found (404); a date after today is invalid_field (400).
class UserAdmin final {
public:
    static constexpr int ActivationDays = 7;

    struct Options {
        AccessPolicy policy;
        std::function<QDate()> today; // the as-of date; default: today's date
    };

    UserAdmin(const db::Database &database, const access::AccessGate &gate, Options options);

    // Creates the account without a password and with a one-time activation code (32 random
    // bytes as 64 lower-case hex digits, valid for ActivationDays), returned only here; the
    // database keeps the SHA-256 of its UTF-8 as lower-case hex.
    Result<InvitedUser> invite(const User &admin, const Invitation &invitation) const;
    Result<UserList> list() const;
    Result<UserRecord> find(const QString &userId) const;

    Result<UserRecord> verifyEmail(const User &admin, const QString &userId) const;
    Result<UserRecord> recordDbs(const User &admin, const QString &userId, QDate certificate) const;
    Result<UserRecord> recordTraining(const User &admin, const QString &userId,
                                      QDate completedOn) const;
    Result<UserRecord> recordSaferRecruitment(const User &admin, const QString &userId,
                                              QDate confirmedOn) const;
    // Suspends the account and ends every session of it; an admin cannot suspend themselves.
    Result<UserRecord> suspend(const User &admin, const QString &userId) const;
    Result<UserRecord> reactivate(const User &admin, const QString &userId) const;
    Result<UserRecord> revokeSessions(const User &admin, const QString &userId) const;
    // For a lost password or phone: ends every session, removes the password and issues a new
    // one-time activation code (as invite() does, returned only here); with clearTwoStep also
    // the authenticator secret and the recovery codes. A suspended account stays suspended (and
    // cannot activate until reactivated). An admin cannot reset their own access.
    Result<InvitedUser> resetAccess(const User &admin, const QString &userId,
                                    const AccessReset &reset) const;

    // Users (not suspended) with a condition that lapses between today and `days` days later,
    // both included: the DBS check (its renewal date) and the organisation's agreement (the day
    // after its review date). `days` is 1 to 365.
    Result<LapsingReport> lapsing(int days) const;

private:
    QDate today() const;
    // Runs `change` (an UPDATE of the user, bound to ":id") and the audit row in one
    // transaction; not_found when it changed no row.
    Result<UserRecord> change(const User &admin, const QString &userId, AuditAction action,
                              const QString &sql, QVariantMap bindings,
                              const QJsonObject &detail) const;
    Result<UserRecord> recordDate(const User &admin, const QString &userId, AuditAction action,
                                  QLatin1StringView column, QLatin1StringView field,
                                  QDate date) const;
    Result<QList<UserRecord>> select(const QString &where, const QVariantMap &bindings) const;

    const db::Database &m_database;
    const access::AccessGate &m_gate;
    Options m_options;
};

} // namespace tv::server::admin
