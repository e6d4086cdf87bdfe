#pragma once

#include "models/domain/EnumTable.h"

#include <QLatin1StringView>

#include <array>

namespace tv {

// Every action the service writes into the audit trail (Appendix C 14.2.7). Each wire name is
// hashed into the tamper-evident chain and travels to the client in the subject access pack and
// the admin's audit page, so a wire name below is never changed once released: a new spelling is
// a new action.
enum class AuditAction {
    // Signing in and the account itself.
    Login,
    LoginFailed,
    SignInLocked,
    AccountActivated,
    PasswordChanged,
    MfaEnrolled,
    StatementAccepted,
    // Reading records (each with its reason).
    Search,
    PersonView,
    HouseholdView,
    SubjectAccessPack,
    // Inaccuracy reports.
    InaccuracyReported,
    OwnInaccuracyReportsListed,
    InaccuracyReportsListed,
    InaccuracyReportForwarded,
    InaccuracyReportResolved,
    // An admin's changes ("admin.<verb>").
    AdminInvite,
    AdminVerifyEmail,
    AdminRecordDbs,
    AdminRecordTraining,
    AdminRecordSaferRecruitment,
    AdminSuspend,
    AdminReactivate,
    AdminRevokeSessions,
    AdminResetAccess,
    AdminCreateOrganisation,
    AdminRecordAgreement,
    AdminRestrict,
    AdminUnrestrict,
    AdminPublishStatement,
    AdminReadAudit,
    // The service's own command line.
    CliVerifyEmail,
};

namespace auditaction {

using Entry = enumtable::Name<AuditAction>;

// The one table of wire names, in the enum's order.
inline constexpr std::array Table{
    Entry{AuditAction::Login, QLatin1StringView("login")},
    Entry{AuditAction::LoginFailed, QLatin1StringView("login_failed")},
    Entry{AuditAction::SignInLocked, QLatin1StringView("sign_in_locked")},
    Entry{AuditAction::AccountActivated, QLatin1StringView("account_activated")},
    Entry{AuditAction::PasswordChanged, QLatin1StringView("password_changed")},
    Entry{AuditAction::MfaEnrolled, QLatin1StringView("mfa_enrolled")},
    Entry{AuditAction::StatementAccepted, QLatin1StringView("statement_accepted")},
    Entry{AuditAction::Search, QLatin1StringView("search")},
    Entry{AuditAction::PersonView, QLatin1StringView("person_view")},
    Entry{AuditAction::HouseholdView, QLatin1StringView("household_view")},
    Entry{AuditAction::SubjectAccessPack, QLatin1StringView("subject_access_pack")},
    Entry{AuditAction::InaccuracyReported, QLatin1StringView("inaccuracy_reported")},
    Entry{AuditAction::OwnInaccuracyReportsListed,
          QLatin1StringView("own_inaccuracy_reports_listed")},
    Entry{AuditAction::InaccuracyReportsListed, QLatin1StringView("inaccuracy_reports_listed")},
    Entry{AuditAction::InaccuracyReportForwarded, QLatin1StringView("inaccuracy_report_forwarded")},
    Entry{AuditAction::InaccuracyReportResolved, QLatin1StringView("inaccuracy_report_resolved")},
    Entry{AuditAction::AdminInvite, QLatin1StringView("admin.invite")},
    Entry{AuditAction::AdminVerifyEmail, QLatin1StringView("admin.verify_email")},
    Entry{AuditAction::AdminRecordDbs, QLatin1StringView("admin.record_dbs")},
    Entry{AuditAction::AdminRecordTraining, QLatin1StringView("admin.record_training")},
    Entry{AuditAction::AdminRecordSaferRecruitment,
          QLatin1StringView("admin.record_safer_recruitment")},
    Entry{AuditAction::AdminSuspend, QLatin1StringView("admin.suspend")},
    Entry{AuditAction::AdminReactivate, QLatin1StringView("admin.reactivate")},
    Entry{AuditAction::AdminRevokeSessions, QLatin1StringView("admin.revoke_sessions")},
    Entry{AuditAction::AdminResetAccess, QLatin1StringView("admin.reset_access")},
    Entry{AuditAction::AdminCreateOrganisation, QLatin1StringView("admin.create_organisation")},
    Entry{AuditAction::AdminRecordAgreement, QLatin1StringView("admin.record_agreement")},
    Entry{AuditAction::AdminRestrict, QLatin1StringView("admin.restrict")},
    Entry{AuditAction::AdminUnrestrict, QLatin1StringView("admin.unrestrict")},
    Entry{AuditAction::AdminPublishStatement, QLatin1StringView("admin.publish_statement")},
    Entry{AuditAction::AdminReadAudit, QLatin1StringView("admin.read_audit")},
    Entry{AuditAction::CliVerifyEmail, QLatin1StringView("cli.verify_email")},
};

static_assert(enumtable::inEnumOrder(Table, AuditAction::CliVerifyEmail),
              "auditaction::Table lists every AuditAction in its order");

// The name hashed into the trail, e.g. "person_view".
constexpr QLatin1StringView wireName(AuditAction action)
{
    return enumtable::nameOf(Table, action);
}

} // namespace auditaction
} // namespace tv
