#include "models/domain/WireFormat.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/JsonScan.h"
#include "models/domain/WireFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tv::wire {

Result<QJsonObject> parseObject(const QByteArray &body, qsizetype maxBytes)
{
    if (body.size() > maxBytes) {
        return Error{QString(errc::BodyTooLarge),
                     u"The body is larger than %1 bytes."_s.arg(maxBytes)};
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QString(errc::InvalidJson),
                     u"The body is not valid JSON (%1 at offset %2)."_s.arg(
                         parseError.errorString(), QString::number(parseError.offset))};
    }
    if (!doc.isObject())
        return Error{QString(errc::InvalidJson), u"The body must be a JSON object."_s};
    if (std::optional<Error> problem = strictJsonProblem(body, TextRule::Any))
        return *problem;
    return doc.object();
}

QByteArray serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString dateToWire(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString dateTimeToWire(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

// One table per type: the wire name of each field, its member and, where the member's type does
// not say it, its codec. Tables list the fields in the order the decoder reads them, so the first
// problem reported is the first in the table.
namespace fields {
namespace {

inline constexpr char16_t roleWhat[] = u"must be one of practitioner, admin, trainer";
inline constexpr char16_t kindWhat[] = u"is not a known flag";
inline constexpr char16_t anyStateWhat[] = u"must be no-information, historic or current";
inline constexpr char16_t listedStateWhat[] = u"must be historic or current";
inline constexpr char16_t statusWhat[] = u"must be open, forwarded or resolved";

// A summary lists only flags that are Current or Historic.
std::optional<FlagState> listedState(const QString &name)
{
    const auto state = flags::stateFromWireName(name);
    if (state && *state != FlagState::NoInformation)
        return state;
    return std::nullopt;
}

using RoleCodec = Enum<Role, roles::wireName, roles::fromWireName, roleWhat, true>;
using KindCodec = Enum<FlagKind, flags::kindWireName, flags::kindFromWireName, kindWhat>;
using AnyState = Enum<FlagState, flags::stateWireName, flags::stateFromWireName, anyStateWhat>;
using ListedState = Enum<FlagState, flags::stateWireName, listedState, listedStateWhat>;
using StatusCodec =
    Enum<ReportStatus, reportstatus::wireName, reportstatus::fromWireName, statusWhat>;

} // namespace

// Errors: "unmet" (access_lapsed) and "field" (invalid_field) only when they have something.
TV_WIRE_FIELDS(Error, field("code"_L1, &Error::code), field("message"_L1, &Error::message),
               unlessEmpty("unmet"_L1, &Error::unmet), unlessEmpty("field"_L1, &Error::field));

TV_WIRE_FIELDS(User, field("id"_L1, &User::id), field("email"_L1, &User::email),
               field("displayName"_L1, &User::displayName),
               field<RoleCodec>("role"_L1, &User::role),
               field("organisation"_L1, &User::organisation));
TV_WIRE_FIELDS(LoginRequest, field("email"_L1, &LoginRequest::email),
               field("password"_L1, &LoginRequest::password),
               omitted("code"_L1, &LoginRequest::code));
TV_WIRE_FIELDS(SessionGrant, field("token"_L1, &SessionGrant::token),
               field("expiresAt"_L1, &SessionGrant::expiresAt),
               field("user"_L1, &SessionGrant::user));
TV_WIRE_FIELDS(Health, field("status"_L1, &Health::status), field("version"_L1, &Health::version),
               field("schemaVersion"_L1, &Health::schemaVersion),
               field("training"_L1, &Health::training));

// Persons.
TV_WIRE_FIELDS(Flag, field<KindCodec>("kind"_L1, &Flag::kind),
               field<AnyState>("state"_L1, &Flag::state), field("assessed"_L1, &Flag::assessed),
               orNull("assessor"_L1, &Flag::assessor));
TV_WIRE_FIELDS(FlagKindState, field<KindCodec>("kind"_L1, &FlagKindState::kind),
               field<ListedState>("state"_L1, &FlagKindState::state));
TV_WIRE_FIELDS(PersonSummary, field("id"_L1, &PersonSummary::id),
               field("displayName"_L1, &PersonSummary::displayName),
               field("dateOfBirth"_L1, &PersonSummary::dateOfBirth),
               field("partialAddress"_L1, &PersonSummary::partialAddress),
               orNull("currentSchool"_L1, &PersonSummary::currentSchool),
               // Written only when true.
               custom<PersonSummary>(
                   [](QJsonObject &o, const PersonSummary &p) {
                       if (p.restricted)
                           o.insert("restricted"_L1, true);
                   },
                   [](ObjectReader &r, PersonSummary &p) {
                       p.restricted =
                           r.read<Bool>("restricted"_L1, Presence::Omittable).value_or(false);
                   }));
TV_WIRE_FIELDS(PersonDetails, field("id"_L1, &PersonDetails::id),
               field("householdId"_L1, &PersonDetails::householdId),
               field("givenName"_L1, &PersonDetails::givenName),
               field("familyName"_L1, &PersonDetails::familyName),
               field("address"_L1, &PersonDetails::address),
               field("postcode"_L1, &PersonDetails::postcode),
               field("dateOfBirth"_L1, &PersonDetails::dateOfBirth),
               orNull("upn"_L1, &PersonDetails::upn),
               orNull("nhsNumber"_L1, &PersonDetails::nhsNumber),
               orNull("lcsCaseId"_L1, &PersonDetails::lcsCaseId));
TV_WIRE_FIELDS(Involvement, field("agency"_L1, &Involvement::agency),
               field("start"_L1, &Involvement::start), orNull("end"_L1, &Involvement::end),
               field("worker"_L1, &Involvement::worker),
               field("leadProfessionalEmail"_L1, &Involvement::leadProfessionalEmail));
TV_WIRE_FIELDS(Assessment, field("type"_L1, &Assessment::type), field("date"_L1, &Assessment::date),
               field("creator"_L1, &Assessment::creator),
               field("creatorEmail"_L1, &Assessment::creatorEmail));
TV_WIRE_FIELDS(AttendanceTerm, field("termStart"_L1, &AttendanceTerm::termStart),
               field("termEnd"_L1, &AttendanceTerm::termEnd),
               field("school"_L1, &AttendanceTerm::school),
               field("percentage"_L1, &AttendanceTerm::percentage),
               check<AttendanceTerm>([](ObjectReader &r, const AttendanceTerm &t) {
                   if (t.percentage < 0.0 || t.percentage > 100.0)
                       r.fail(errc::InvalidField, "percentage"_L1, u"must be between 0 and 100"_s);
               }));
TV_WIRE_FIELDS(SourceCoverage, field("name"_L1, &SourceCoverage::name),
               field("owner"_L1, &SourceCoverage::owner),
               field("coversFrom"_L1, &SourceCoverage::coversFrom),
               field("coversTo"_L1, &SourceCoverage::coversTo),
               field("lastUpdated"_L1, &SourceCoverage::lastUpdated));
TV_WIRE_FIELDS(PersonView, field("details"_L1, &PersonView::details),
               field("flags"_L1, &PersonView::flags),
               field("involvements"_L1, &PersonView::involvements),
               field("assessments"_L1, &PersonView::assessments),
               field("attendance"_L1, &PersonView::attendance),
               field("coverage"_L1, &PersonView::coverage), field("asOf"_L1, &PersonView::asOf));

// A restricted member comes with no flag information at all, not even an empty list; anyone
// else with the list of their Current and Historic flags (empty when there are none).
TV_WIRE_FIELDS(
    HouseholdMember, field("person"_L1, &HouseholdMember::person),
    field("restricted"_L1, &HouseholdMember::restricted),
    custom<HouseholdMember>(
        [](QJsonObject &o, const HouseholdMember &m) {
            if (m.flags && !m.restricted)
                o.insert("flags"_L1, ListOf<FlagKindState>::put(*m.flags));
        },
        [](ObjectReader &r, HouseholdMember &m) {
            if (m.restricted) {
                if (r.has("flags"_L1))
                    r.fail(errc::InvalidField, "flags"_L1,
                           u"must be absent for a restricted member"_s);
                return;
            }
            m.flags = r.read<ListOf<FlagKindState>>("flags"_L1).value_or(QList<FlagKindState>());
            QSet<int> seen;
            for (const FlagKindState &flag : std::as_const(*m.flags)) {
                if (seen.contains(int(flag.kind)))
                    r.fail(errc::InvalidField, "flags"_L1, u"must name each flag at most once"_s);
                seen.insert(int(flag.kind));
            }
        }));
TV_WIRE_FIELDS(Household, field("id"_L1, &Household::id), field("address"_L1, &Household::address),
               field("members"_L1, &Household::members));

// Search and access.
TV_WIRE_FIELDS(SearchCriteria, omitted("name"_L1, &SearchCriteria::name),
               omitted("dateOfBirth"_L1, &SearchCriteria::dateOfBirth),
               omitted("upn"_L1, &SearchCriteria::upn),
               omitted("nhsNumber"_L1, &SearchCriteria::nhsNumber),
               omitted("lcsCaseId"_L1, &SearchCriteria::lcsCaseId),
               omitted("postcode"_L1, &SearchCriteria::postcode));
TV_WIRE_FIELDS(SearchResults, field("results"_L1, &SearchResults::results),
               field("truncated"_L1, &SearchResults::truncated),
               // Left out when there is no date.
               custom<SearchResults>(
                   [](QJsonObject &o, const SearchResults &s) {
                       if (s.asOf.isValid())
                           o.insert("asOf"_L1, dateToWire(s.asOf));
                   },
                   [](ObjectReader &r, SearchResults &s) {
                       s.asOf = r.read<Day>("asOf"_L1, Presence::Optional).value_or(QDate());
                   }));
TV_WIRE_FIELDS(AccessReason, field("code"_L1, &AccessReason::code),
               orNull("note"_L1, &AccessReason::note));
TV_WIRE_FIELDS(AccessReasonOption, field("code"_L1, &AccessReasonOption::code),
               field("label"_L1, &AccessReasonOption::label));
TV_WIRE_FIELDS(ViewRequest, field("reason"_L1, &ViewRequest::reason));

// Identity.
TV_WIRE_FIELDS(ActivationRequest, field("email"_L1, &ActivationRequest::email),
               field("code"_L1, &ActivationRequest::code),
               field("password"_L1, &ActivationRequest::password),
               omitted("twoStepCode"_L1, &ActivationRequest::twoStepCode));
TV_WIRE_FIELDS(PasswordChange, field("currentPassword"_L1, &PasswordChange::currentPassword),
               field("newPassword"_L1, &PasswordChange::newPassword));
TV_WIRE_FIELDS(MfaEnrolment, field("secret"_L1, &MfaEnrolment::secret),
               field("otpauthUri"_L1, &MfaEnrolment::otpauthUri));
TV_WIRE_FIELDS(MfaConfirmation, field("code"_L1, &MfaConfirmation::code));
TV_WIRE_FIELDS(RecoveryCodes, field("recoveryCodes"_L1, &RecoveryCodes::codes));
TV_WIRE_FIELDS(AccountStatus, field("user"_L1, &AccountStatus::user),
               field("unmet"_L1, &AccountStatus::unmet),
               field("mfaEnrolled"_L1, &AccountStatus::mfaEnrolled),
               field("mfaRequired"_L1, &AccountStatus::mfaRequired),
               field("sessionExpiresAt"_L1, &AccountStatus::sessionExpiresAt),
               orNull("statementVersionAccepted"_L1, &AccountStatus::statementVersionAccepted),
               orNull("currentStatementVersion"_L1, &AccountStatus::currentStatementVersion));

// The data protection statement and the admin API.
TV_WIRE_FIELDS(Statement, field("version"_L1, &Statement::version),
               field("body"_L1, &Statement::body), field("publishedAt"_L1, &Statement::publishedAt),
               field("accepted"_L1, &Statement::accepted));
TV_WIRE_FIELDS(StatementAcceptance, field("version"_L1, &StatementAcceptance::version));
TV_WIRE_FIELDS(NewStatement, field("body"_L1, &NewStatement::body));
TV_WIRE_FIELDS(Invitation, field("email"_L1, &Invitation::email),
               field("displayName"_L1, &Invitation::displayName),
               field<RoleCodec>("role"_L1, &Invitation::role),
               field("organisationId"_L1, &Invitation::organisationId));
TV_WIRE_FIELDS(UserRecord, field("id"_L1, &UserRecord::id), field("email"_L1, &UserRecord::email),
               field("displayName"_L1, &UserRecord::displayName),
               field<RoleCodec>("role"_L1, &UserRecord::role),
               field("organisationId"_L1, &UserRecord::organisationId),
               field("organisation"_L1, &UserRecord::organisation),
               field("activated"_L1, &UserRecord::activated),
               orNull("emailVerifiedAt"_L1, &UserRecord::emailVerifiedAt),
               orNull("dbsCertificateDate"_L1, &UserRecord::dbsCertificateDate),
               orNull("trainingCompletedOn"_L1, &UserRecord::trainingCompletedOn),
               orNull("saferRecruitmentConfirmedOn"_L1, &UserRecord::saferRecruitmentConfirmedOn),
               orNull("statementVersion"_L1, &UserRecord::statementVersion),
               field("mfaEnrolled"_L1, &UserRecord::mfaEnrolled),
               orNull("suspendedAt"_L1, &UserRecord::suspendedAt),
               field("unmet"_L1, &UserRecord::unmet));
TV_WIRE_FIELDS(UserList, field("users"_L1, &UserList::users));
TV_WIRE_FIELDS(AccessReset, field("clearTwoStep"_L1, &AccessReset::clearTwoStep));
TV_WIRE_FIELDS(InvitedUser, field("user"_L1, &InvitedUser::user),
               field("activationCode"_L1, &InvitedUser::activationCode),
               field("activationExpiresAt"_L1, &InvitedUser::activationExpiresAt));
TV_WIRE_FIELDS(DbsEvidence, field("certificateDate"_L1, &DbsEvidence::certificateDate));
TV_WIRE_FIELDS(TrainingEvidence, field("completedOn"_L1, &TrainingEvidence::completedOn));
TV_WIRE_FIELDS(SaferRecruitmentEvidence,
               field("confirmedOn"_L1, &SaferRecruitmentEvidence::confirmedOn));
TV_WIRE_FIELDS(Organisation, field("id"_L1, &Organisation::id),
               field("name"_L1, &Organisation::name),
               orNull("isaSignatory"_L1, &Organisation::isaSignatory),
               orNull("isaSignedOn"_L1, &Organisation::isaSignedOn),
               orNull("isaReviewOn"_L1, &Organisation::isaReviewOn));
TV_WIRE_FIELDS(OrganisationList, field("organisations"_L1, &OrganisationList::organisations));
TV_WIRE_FIELDS(NewOrganisation, field("name"_L1, &NewOrganisation::name),
               omitted("isaSignatory"_L1, &NewOrganisation::isaSignatory),
               omitted("isaSignedOn"_L1, &NewOrganisation::isaSignedOn),
               omitted("isaReviewOn"_L1, &NewOrganisation::isaReviewOn));
TV_WIRE_FIELDS(Agreement, field("isaSignatory"_L1, &Agreement::isaSignatory),
               field("isaSignedOn"_L1, &Agreement::isaSignedOn),
               field("isaReviewOn"_L1, &Agreement::isaReviewOn));
TV_WIRE_FIELDS(Lapse, field("condition"_L1, &Lapse::condition),
               field("lapsesOn"_L1, &Lapse::lapsesOn));
TV_WIRE_FIELDS(LapsingUser, field("id"_L1, &LapsingUser::id),
               field("email"_L1, &LapsingUser::email),
               field("displayName"_L1, &LapsingUser::displayName),
               field("organisation"_L1, &LapsingUser::organisation),
               field("lapses"_L1, &LapsingUser::lapses));
TV_WIRE_FIELDS(LapsingReport, field("asOf"_L1, &LapsingReport::asOf),
               field("days"_L1, &LapsingReport::days), field("users"_L1, &LapsingReport::users));
TV_WIRE_FIELDS(AuditRecord, field("at"_L1, &AuditRecord::at),
               orNull("userId"_L1, &AuditRecord::userId), field("action"_L1, &AuditRecord::action),
               orNull("subject"_L1, &AuditRecord::subject),
               orNull("reasonCode"_L1, &AuditRecord::reasonCode),
               orNull("reasonNote"_L1, &AuditRecord::reasonNote));
TV_WIRE_FIELDS(AuditPage, field("entries"_L1, &AuditPage::entries),
               field("truncated"_L1, &AuditPage::truncated));
TV_WIRE_FIELDS(RestrictionState, field("personId"_L1, &RestrictionState::personId),
               field("restricted"_L1, &RestrictionState::restricted));

// Inaccuracy reports and the subject access pack.
TV_WIRE_FIELDS(Actor, field("id"_L1, &Actor::id), field("displayName"_L1, &Actor::displayName),
               field("organisation"_L1, &Actor::organisation));
TV_WIRE_FIELDS(NewInaccuracyReport, field("item"_L1, &NewInaccuracyReport::item),
               field("description"_L1, &NewInaccuracyReport::description));
TV_WIRE_FIELDS(ReportSubject, field("displayName"_L1, &ReportSubject::displayName),
               field("dateOfBirth"_L1, &ReportSubject::dateOfBirth),
               field("restricted"_L1, &ReportSubject::restricted));
TV_WIRE_FIELDS(InaccuracyReport, field("id"_L1, &InaccuracyReport::id),
               field("personId"_L1, &InaccuracyReport::personId),
               field("item"_L1, &InaccuracyReport::item),
               field("description"_L1, &InaccuracyReport::description),
               field<StatusCodec>("status"_L1, &InaccuracyReport::status),
               field("createdAt"_L1, &InaccuracyReport::createdAt),
               orNull("forwardedAt"_L1, &InaccuracyReport::forwardedAt),
               orNull("resolvedAt"_L1, &InaccuracyReport::resolvedAt),
               orNull("resolution"_L1, &InaccuracyReport::resolution),
               field("reporter"_L1, &InaccuracyReport::reporter),
               // Absent, not null, where the list is not the reporter's own.
               ifPresent("subject"_L1, &InaccuracyReport::subject));
TV_WIRE_FIELDS(InaccuracyReportList, field("reports"_L1, &InaccuracyReportList::reports));
TV_WIRE_FIELDS(ForwardReport, orNull("note"_L1, &ForwardReport::note));
TV_WIRE_FIELDS(ResolveReport, field("resolution"_L1, &ResolveReport::resolution));
TV_WIRE_FIELDS(PackEpisode, field("flag"_L1, &PackEpisode::flag),
               field("source"_L1, &PackEpisode::source), field("start"_L1, &PackEpisode::start),
               orNull("end"_L1, &PackEpisode::end), field("assessed"_L1, &PackEpisode::assessed),
               orNull("assessor"_L1, &PackEpisode::assessor));
TV_WIRE_FIELDS(PackInvolvement, field("service"_L1, &PackInvolvement::service),
               field("involvement"_L1, &PackInvolvement::involvement));
TV_WIRE_FIELDS(PackRestriction, field("restricted"_L1, &PackRestriction::restricted),
               orNull("restrictedAt"_L1, &PackRestriction::restrictedAt),
               orNull("restrictedBy"_L1, &PackRestriction::restrictedBy));
// A row the service wrote itself has a null user.
TV_WIRE_FIELDS(PackAccess, field("at"_L1, &PackAccess::at),
               alwaysThere("user"_L1, &PackAccess::user), field("action"_L1, &PackAccess::action),
               orNull("reasonCode"_L1, &PackAccess::reasonCode),
               orNull("reasonNote"_L1, &PackAccess::reasonNote));
TV_WIRE_FIELDS(SubjectAccessPack, field("id"_L1, &SubjectAccessPack::id),
               field("generatedAt"_L1, &SubjectAccessPack::generatedAt),
               field("generatedBy"_L1, &SubjectAccessPack::generatedBy),
               field("person"_L1, &SubjectAccessPack::person),
               orNull("currentSchool"_L1, &SubjectAccessPack::currentSchool),
               field("restriction"_L1, &SubjectAccessPack::restriction),
               field("episodes"_L1, &SubjectAccessPack::episodes),
               field("involvements"_L1, &SubjectAccessPack::involvements),
               field("assessments"_L1, &SubjectAccessPack::assessments),
               field("attendance"_L1, &SubjectAccessPack::attendance),
               field("incidents"_L1, &SubjectAccessPack::incidents),
               field("reports"_L1, &SubjectAccessPack::reports),
               field("accesses"_L1, &SubjectAccessPack::accesses));

} // namespace fields

QJsonObject toJson(const Error &value)
{
    return fields::encodeWith(value);
}

QJsonObject errorBody(const Error &error)
{
    return {{"error"_L1, toJson(error)}};
}

Error errorFromBody(const QJsonObject &body)
{
    const QJsonValue inner = body.value("error"_L1);
    const QJsonObject innerObject = inner.toObject();
    fields::ObjectReader r(innerObject, u"error"_s);
    Error e;
    fields::readFields(r, e);
    if (body.size() != 1 || !inner.isObject() || !r.finish(Done{})) {
        return Error{QString(errc::BadResponse),
                     u"The service answered with an error this program does not understand."_s};
    }
    return e;
}

TV_WIRE_API(User)
TV_WIRE_API(LoginRequest)
TV_WIRE_API(SessionGrant)
TV_WIRE_API(Health)
TV_WIRE_API(Flag)
TV_WIRE_API(PersonSummary)
TV_WIRE_API(PersonDetails)
TV_WIRE_API(Involvement)
TV_WIRE_API(Assessment)
TV_WIRE_API(AttendanceTerm)
TV_WIRE_API(SourceCoverage)
TV_WIRE_API(PersonView)
TV_WIRE_API(HouseholdMember)
TV_WIRE_API(Household)
TV_WIRE_API(SearchCriteria)
TV_WIRE_API(SearchResults)
TV_WIRE_API(AccessReason)
TV_WIRE_API(AccessReasonOption)
TV_WIRE_API(ViewRequest)
TV_WIRE_API(ActivationRequest)
TV_WIRE_API(PasswordChange)
TV_WIRE_API(MfaEnrolment)
TV_WIRE_API(MfaConfirmation)
TV_WIRE_API(RecoveryCodes)
TV_WIRE_API(AccountStatus)
TV_WIRE_API(Statement)
TV_WIRE_API(StatementAcceptance)
TV_WIRE_API(NewStatement)
TV_WIRE_API(Invitation)
TV_WIRE_API(UserRecord)
TV_WIRE_API(UserList)
TV_WIRE_API(InvitedUser)
TV_WIRE_API(AccessReset)
TV_WIRE_API(DbsEvidence)
TV_WIRE_API(TrainingEvidence)
TV_WIRE_API(SaferRecruitmentEvidence)
TV_WIRE_API(Organisation)
TV_WIRE_API(OrganisationList)
TV_WIRE_API(NewOrganisation)
TV_WIRE_API(Agreement)
TV_WIRE_API(LapsingReport)
TV_WIRE_API(AuditPage)
TV_WIRE_API(RestrictionState)
TV_WIRE_API(Actor)
TV_WIRE_API(NewInaccuracyReport)
TV_WIRE_API(InaccuracyReport)
TV_WIRE_API(InaccuracyReportList)
TV_WIRE_API(ForwardReport)
TV_WIRE_API(ResolveReport)
TV_WIRE_API(SubjectAccessPack)

} // namespace tv::wire
