#pragma once

#include "models/domain/Access.h"
#include "models/domain/Admin.h"
#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "models/domain/Report.h"
#include "models/domain/Result.h"
#include "models/domain/Search.h"
#include "models/domain/User.h"

#include <QByteArray>
#include <QJsonObject>

// The one JSON wire format that client and service both speak. Decoding is strict: a missing
// field, a field of the wrong type or a field nobody asked for is an error that names the field,
// so both sides fail loudly instead of guessing.
namespace tv::wire {

// The largest request or response body either side accepts.
inline constexpr qsizetype MaxBodyBytes = 1024 * 1024;

// Parses a body that must be one JSON object of at most `maxBytes`, strictly: a key twice in one
// object, a raw control character or nesting deeper than MaxJsonDepth are refused too; the
// service reads requests under TextRule::Storable as well (strictJsonProblem, "JsonScan.h").
Result<QJsonObject> parseObject(const QByteArray &body, qsizetype maxBytes = MaxBodyBytes);
QByteArray serialize(const QJsonObject &object);

QString dateToWire(const QDate &date);
QString dateTimeToWire(const QDateTime &dateTime);

QJsonObject toJson(const Error &value);
QJsonObject toJson(const User &value);
QJsonObject toJson(const LoginRequest &value);
QJsonObject toJson(const SessionGrant &value);
QJsonObject toJson(const Health &value);
QJsonObject toJson(const Flag &value);
QJsonObject toJson(const PersonSummary &value);
QJsonObject toJson(const PersonDetails &value);
QJsonObject toJson(const Involvement &value);
QJsonObject toJson(const Assessment &value);
QJsonObject toJson(const AttendanceTerm &value);
QJsonObject toJson(const SourceCoverage &value);
QJsonObject toJson(const PersonView &value);
QJsonObject toJson(const HouseholdMember &value);
QJsonObject toJson(const Household &value);
QJsonObject toJson(const SearchCriteria &value);
QJsonObject toJson(const SearchResults &value);
QJsonObject toJson(const AccessReason &value);
QJsonObject toJson(const AccessReasonOption &value);
QJsonObject toJson(const ViewRequest &value);

// Decodes one value; specialised for every type above.
template <typename T>
Result<T> fromJson(const QJsonObject &object);

// The data protection statement and the admin API (see "domain/Admin.h").
QJsonObject toJson(const Statement &value);
QJsonObject toJson(const StatementAcceptance &value);
QJsonObject toJson(const NewStatement &value);
QJsonObject toJson(const Invitation &value);
QJsonObject toJson(const UserRecord &value);
QJsonObject toJson(const UserList &value);
QJsonObject toJson(const InvitedUser &value);
QJsonObject toJson(const AccessReset &value);
QJsonObject toJson(const DbsEvidence &value);
QJsonObject toJson(const TrainingEvidence &value);
QJsonObject toJson(const SaferRecruitmentEvidence &value);
QJsonObject toJson(const Organisation &value);
QJsonObject toJson(const OrganisationList &value);
QJsonObject toJson(const NewOrganisation &value);
QJsonObject toJson(const Agreement &value);
QJsonObject toJson(const LapsingReport &value);
QJsonObject toJson(const AuditPage &value);
QJsonObject toJson(const RestrictionState &value);

// Errors travel as {"error": {"code": ..., "message": ...}}, with "unmet" (access_lapsed) and
// "field" (invalid_field) when they have one. A body of any other shape decodes to a bad_response
// error.
QJsonObject errorBody(const Error &error);
Error errorFromBody(const QJsonObject &body);

// Identity: activation, password change, two-step sign-in, the signed-in account.
QJsonObject toJson(const ActivationRequest &value);
QJsonObject toJson(const PasswordChange &value);
QJsonObject toJson(const MfaEnrolment &value);
QJsonObject toJson(const MfaConfirmation &value);
QJsonObject toJson(const RecoveryCodes &value);
QJsonObject toJson(const AccountStatus &value);
// Inaccuracy reports and the subject access pack ("domain/Report.h"); each has fromJson too.
QJsonObject toJson(const Actor &value);
QJsonObject toJson(const NewInaccuracyReport &value);
QJsonObject toJson(const InaccuracyReport &value);
QJsonObject toJson(const InaccuracyReportList &value);
QJsonObject toJson(const ForwardReport &value);
QJsonObject toJson(const ResolveReport &value);
QJsonObject toJson(const SubjectAccessPack &value);

} // namespace tv::wire
