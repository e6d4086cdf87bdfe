#include "models/domain/Access.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tv::conditions {

QList<AccessCondition> all()
{
    return {AccessCondition::EmailVerified,
            AccessCondition::DbsCurrent,
            AccessCondition::TrainingCompleted,
            AccessCondition::SaferRecruitmentConfirmed,
            AccessCondition::OrganisationAgreementCurrent,
            AccessCondition::StatementAccepted,
            AccessCondition::MfaEnrolled};
}

QString wireName(AccessCondition condition)
{
    switch (condition) {
    case AccessCondition::EmailVerified:
        return u"email_verified"_s;
    case AccessCondition::DbsCurrent:
        return u"dbs_current"_s;
    case AccessCondition::TrainingCompleted:
        return u"training_completed"_s;
    case AccessCondition::SaferRecruitmentConfirmed:
        return u"safer_recruitment_confirmed"_s;
    case AccessCondition::OrganisationAgreementCurrent:
        return u"organisation_agreement_current"_s;
    case AccessCondition::StatementAccepted:
        return u"statement_accepted"_s;
    case AccessCondition::MfaEnrolled:
        return u"mfa_enrolled"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<AccessCondition> fromWireName(const QString &name)
{
    for (const AccessCondition condition : all()) {
        if (wireName(condition) == name)
            return condition;
    }
    return std::nullopt;
}

QString text(AccessCondition condition)
{
    switch (condition) {
    case AccessCondition::EmailVerified:
        return QCoreApplication::translate(
            "tv::conditions", "Your email address has not been verified. Ask the Transform team.");
    case AccessCondition::DbsCurrent:
        return QCoreApplication::translate(
            "tv::conditions", "No current basic DBS check is recorded for you. Send your "
                              "certificate's date to the Transform team.");
    case AccessCondition::TrainingCompleted:
        return QCoreApplication::translate(
            "tv::conditions", "Your TransformView training is not recorded as completed.");
    case AccessCondition::SaferRecruitmentConfirmed:
        return QCoreApplication::translate(
            "tv::conditions",
            "Your employer has not confirmed your safer recruitment checks to the Transform team.");
    case AccessCondition::OrganisationAgreementCurrent:
        return QCoreApplication::translate(
            "tv::conditions", "Your organisation's information sharing agreement is not signed "
                              "or is past its review date. Ask your head teacher or manager.");
    case AccessCondition::StatementAccepted:
        return QCoreApplication::translate(
            "tv::conditions", "You have not accepted the current data protection statement.");
    case AccessCondition::MfaEnrolled:
        return QCoreApplication::translate(
            "tv::conditions", "You have not set up your authenticator app (two-step sign-in) yet.");
    }
    Q_UNREACHABLE();
    return {};
}

QString textForWireName(const QString &name)
{
    if (const auto condition = fromWireName(name))
        return text(*condition);
    return QCoreApplication::translate(
        "tv::conditions", "A condition of your access is not met. Ask the Transform team.");
}

} // namespace tv::conditions
