#include "server/access/AccessGate.h"

#include "models/domain/ErrorCode.h"
#include "server/ServerErrors.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::access {

AccessGate::AccessGate(const db::Database &database, Options options)
    : m_database(database)
    , m_options(std::move(options))
{}

QDate AccessGate::today() const
{
    return m_options.today ? m_options.today() : QDate::currentDate();
}

bool AccessGate::needsMfa(Role role, const AccessPolicy &policy)
{
    return role == Role::Admin || (role == Role::Practitioner && policy.mfaForPractitioners);
}

Result<QList<AccessCondition>> AccessGate::unmet(const User &user, Scope scope) const
{
    Result<db::PreparedQuery> found = m_database.runPrepared(
        u"read a user's conditions of access",
        u"SELECT u.email_verified_at, u.dbs_certificate_date, u.training_completed_on,"
        u" u.safer_recruitment_confirmed_on, o.isa_signed_on, o.isa_review_on,"
        u" u.statement_version, (SELECT MAX(version) FROM data_protection_statements),"
        u" u.mfa_enrolled_at"
        u" FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = :id"_s,
        {{u":id"_s, user.id}});
    if (!found)
        return found.error();
    QSqlQuery &row = *found.value();
    if (!row.next()) {
        return Error{QString(tv::errc::Unauthenticated),
                     u"Your account no longer exists. Ask the Transform team."_s};
    }
    const QDate date = today();
    const auto on = [&row](int column) {
        return db::dateFromDb(row.value(column));
    };
    const bool emailVerified = !row.value(0).isNull();
    const QDate dbs = on(1);
    const QDate training = on(2);
    const QDate saferRecruitment = on(3);
    const QDate isaSigned = on(4);
    const QDate isaReview = on(5);
    // No published statement counts as unmet: access fails closed.
    const bool statementAccepted = !row.value(6).isNull() && !row.value(7).isNull() &&
                                   row.value(6).toInt() >= row.value(7).toInt();
    const bool mfaEnrolled = !row.value(8).isNull();

    QList<AccessCondition> missing;
    if (!emailVerified)
        missing << AccessCondition::EmailVerified;
    if (scope == Scope::Data) {
        if (!dbs.isValid() || dbs > date ||
            date >= dbs.addYears(m_options.policy.dbsRenewalYears)) {
            missing << AccessCondition::DbsCurrent;
        }
        if (!training.isValid() || training > date)
            missing << AccessCondition::TrainingCompleted;
        if (!saferRecruitment.isValid() || saferRecruitment > date)
            missing << AccessCondition::SaferRecruitmentConfirmed;
        if (!isaSigned.isValid() || isaSigned > date || !isaReview.isValid() || isaReview < date)
            missing << AccessCondition::OrganisationAgreementCurrent;
        if (!statementAccepted)
            missing << AccessCondition::StatementAccepted;
    }
    if (needsMfa(user.role, m_options.policy) && !mfaEnrolled)
        missing << AccessCondition::MfaEnrolled;
    return missing;
}

Status AccessGate::check(const User &user, Scope scope) const
{
    const Result<QList<AccessCondition>> missing = unmet(user, scope);
    if (!missing)
        return missing.error();
    if (missing.value().isEmpty())
        return Done{};
    Error error{QString(tv::errc::AccessLapsed),
                missing.value().size() == 1
                    ? u"Your access to TransformView has lapsed: one condition is not met."_s
                    : u"Your access to TransformView has lapsed: %1 conditions are not met."_s.arg(
                          missing.value().size())};
    for (const AccessCondition condition : missing.value())
        error.unmet << conditions::wireName(condition);
    return error;
}

} // namespace tv::server::access
