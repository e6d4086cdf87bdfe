#pragma once

#include "models/domain/User.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tv {

// What must hold before anyone is given person data (Appendix C 10.3, 14.1). The service checks
// every one on every data request; when any is unmet it refuses with access_lapsed and the list
// of every unmet condition, which the client shows in these words.
enum class AccessCondition {
    EmailVerified,
    DbsCurrent,
    TrainingCompleted,
    SaferRecruitmentConfirmed,
    OrganisationAgreementCurrent,
    StatementAccepted,
    MfaEnrolled,
};

namespace conditions {
QList<AccessCondition> all();
QString wireName(AccessCondition condition);
std::optional<AccessCondition> fromWireName(const QString &name);
// What is missing, in words a practitioner understands, and who can put it right.
QString text(AccessCondition condition);
// For a wire name this program does not know (a newer service): plain words that still help.
QString textForWireName(const QString &name);
} // namespace conditions

// GET /api/v1/me: who is signed in and where they stand with the conditions of access.
struct AccountStatus {
    User user;
    QStringList unmet; // wire names of the conditions unmet for person data
    bool mfaEnrolled = false;
    bool mfaRequired = false; // the user's role needs two-step sign-in in this deployment
    std::optional<int> statementVersionAccepted;
    std::optional<int> currentStatementVersion; // none published: nullopt
    QDateTime sessionExpiresAt;                 // UTC; the absolute end of this session

    friend bool operator==(const AccountStatus &, const AccountStatus &) = default;
};

} // namespace tv
