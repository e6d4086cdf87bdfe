#include "models/domain/Access.h"

#include "models/domain/EnumTable.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace tv::conditions {
namespace {

constexpr char Context[] = "tv::conditions";

constexpr auto kConditions = std::to_array<enumtable::NameText<AccessCondition>>({
    {AccessCondition::EmailVerified, "email_verified"_L1,
     QT_TRANSLATE_NOOP("tv::conditions",
                       "Your email address has not been verified. Ask the Transform team.")},
    {AccessCondition::DbsCurrent, "dbs_current"_L1,
     QT_TRANSLATE_NOOP("tv::conditions",
                       "No current basic DBS check is recorded for you. Send your "
                       "certificate's date to the Transform team.")},
    {AccessCondition::TrainingCompleted, "training_completed"_L1,
     QT_TRANSLATE_NOOP("tv::conditions",
                       "Your TransformView training is not recorded as completed.")},
    {AccessCondition::SaferRecruitmentConfirmed, "safer_recruitment_confirmed"_L1,
     QT_TRANSLATE_NOOP(
         "tv::conditions",
         "Your employer has not confirmed your safer recruitment checks to the Transform team.")},
    {AccessCondition::OrganisationAgreementCurrent, "organisation_agreement_current"_L1,
     QT_TRANSLATE_NOOP("tv::conditions",
                       "Your organisation's information sharing agreement is not signed "
                       "or is past its review date. Ask your head teacher or manager.")},
    {AccessCondition::StatementAccepted, "statement_accepted"_L1,
     QT_TRANSLATE_NOOP("tv::conditions",
                       "You have not accepted the current data protection statement.")},
    {AccessCondition::MfaEnrolled, "mfa_enrolled"_L1,
     QT_TRANSLATE_NOOP("tv::conditions",
                       "You have not set up your authenticator app (two-step sign-in) yet.")},
});
static_assert(enumtable::inEnumOrder(kConditions, AccessCondition::MfaEnrolled),
              "kConditions lists every AccessCondition in its order");

} // namespace

QList<AccessCondition> all()
{
    return enumtable::valuesOf(kConditions);
}

QString wireName(AccessCondition condition)
{
    return QString(enumtable::nameOf(kConditions, condition));
}

std::optional<AccessCondition> fromWireName(const QString &name)
{
    return enumtable::fromName(kConditions, name);
}

QString text(AccessCondition condition)
{
    return enumtable::textOf(kConditions, Context, condition);
}

QString textForWireName(const QString &name)
{
    if (const auto condition = fromWireName(name))
        return text(*condition);
    return QCoreApplication::translate(
        "tv::conditions", "A condition of your access is not met. Ask the Transform team.");
}

} // namespace tv::conditions
