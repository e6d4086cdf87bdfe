#pragma once

#include "models/domain/User.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tv {

// GET /api/v1/statement: the current data protection statement (Appendix C 14.1.2), and whether
// the signed-in user has accepted this version.
struct Statement {
    int version = 0;
    QString body;
    QDateTime publishedAt; // UTC
    bool accepted = false;

    friend bool operator==(const Statement &, const Statement &) = default;
};

// POST /api/v1/statement/accept: the version the user read; it must be the current one.
struct StatementAcceptance {
    int version = 0;

    friend bool operator==(const StatementAcceptance &, const StatementAcceptance &) = default;
};

// POST /api/v1/admin/statements: a new version, which every user must accept again.
struct NewStatement {
    QString body;

    friend bool operator==(const NewStatement &, const NewStatement &) = default;
};

// POST /api/v1/admin/users: who to invite.
struct Invitation {
    QString email;
    QString displayName;
    Role role = Role::Practitioner;
    QString organisationId;

    friend bool operator==(const Invitation &, const Invitation &) = default;
};

// A user as the Transform team sees one: the evidence behind each condition of access and the
// wire names of the conditions unmet today (see "domain/Access.h").
struct UserRecord {
    QString id;
    QString email;
    QString displayName;
    Role role = Role::Practitioner;
    QString organisationId;
    QString organisation;
    bool activated = false; // has set a password
    std::optional<QDateTime> emailVerifiedAt;
    std::optional<QDate> dbsCertificateDate;
    std::optional<QDate> trainingCompletedOn;
    std::optional<QDate> saferRecruitmentConfirmedOn;
    std::optional<int> statementVersion;
    bool mfaEnrolled = false;
    std::optional<QDateTime> suspendedAt;
    QStringList unmet;

    friend bool operator==(const UserRecord &, const UserRecord &) = default;
};

struct UserList {
    QList<UserRecord> users;

    friend bool operator==(const UserList &, const UserList &) = default;
};

// The answer to an invitation. The activation code is shown once, here, for the Transform team
// to send; the service keeps only its SHA-256.
struct InvitedUser {
    UserRecord user;
    QString activationCode;
    QDateTime activationExpiresAt; // UTC

    friend bool operator==(const InvitedUser &, const InvitedUser &) = default;
};

// POST /api/v1/admin/users/{id}/reset-access, for a lost password or phone: every session ends,
// the password goes and a new one-time activation code is issued (the answer is an InvitedUser).
// With clearTwoStep the authenticator and recovery codes go too, and the user sets up two-step
// sign-in again; without it, activating asks for the authenticator's code as well.
struct AccessReset {
    bool clearTwoStep = false;

    friend bool operator==(const AccessReset &, const AccessReset &) = default;
};

// POST /api/v1/admin/users/{id}/dbs: the date on the basic DBS certificate.
struct DbsEvidence {
    QDate certificateDate;

    friend bool operator==(const DbsEvidence &, const DbsEvidence &) = default;
};

// POST /api/v1/admin/users/{id}/training.
struct TrainingEvidence {
    QDate completedOn;

    friend bool operator==(const TrainingEvidence &, const TrainingEvidence &) = default;
};

// POST /api/v1/admin/users/{id}/safer-recruitment: the employer's confirmation.
struct SaferRecruitmentEvidence {
    QDate confirmedOn;

    friend bool operator==(const SaferRecruitmentEvidence &,
                           const SaferRecruitmentEvidence &) = default;
};

// An organisation and its information sharing agreement (Appendix C 10.3).
struct Organisation {
    QString id;
    QString name;
    std::optional<QString> isaSignatory;
    std::optional<QDate> isaSignedOn;
    std::optional<QDate> isaReviewOn;

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

struct OrganisationList {
    QList<Organisation> organisations;

    friend bool operator==(const OrganisationList &, const OrganisationList &) = default;
};

// POST /api/v1/admin/organisations; the agreement is optional here.
struct NewOrganisation {
    QString name;
    std::optional<QString> isaSignatory;
    std::optional<QDate> isaSignedOn;
    std::optional<QDate> isaReviewOn;

    friend bool operator==(const NewOrganisation &, const NewOrganisation &) = default;
};

// PUT /api/v1/admin/organisations/{id}/agreement.
struct Agreement {
    QString isaSignatory;
    QDate isaSignedOn;
    QDate isaReviewOn;

    friend bool operator==(const Agreement &, const Agreement &) = default;
};

// One condition of a user that lapses soon, and the first day it is unmet.
struct Lapse {
    QString condition; // wire name: "dbs_current" or "organisation_agreement_current"
    QDate lapsesOn;

    friend bool operator==(const Lapse &, const Lapse &) = default;
};

struct LapsingUser {
    QString id;
    QString email;
    QString displayName;
    QString organisation;
    QList<Lapse> lapses;

    friend bool operator==(const LapsingUser &, const LapsingUser &) = default;
};

// GET /api/v1/admin/lapsing?days=N: users with a condition that lapses within N days of asOf.
struct LapsingReport {
    QDate asOf;
    int days = 0;
    QList<LapsingUser> users;

    friend bool operator==(const LapsingReport &, const LapsingReport &) = default;
};

// One row of the audit trail as GET /api/v1/admin/audit returns it.
struct AuditRecord {
    QDateTime at; // UTC
    std::optional<QString> userId;
    QString action;
    std::optional<QString> subject;
    std::optional<QString> reasonCode;
    std::optional<QString> reasonNote;

    friend bool operator==(const AuditRecord &, const AuditRecord &) = default;
};

// Newest first; `truncated` says more rows matched than the limit.
struct AuditPage {
    QList<AuditRecord> entries;
    bool truncated = false;

    friend bool operator==(const AuditPage &, const AuditPage &) = default;
};

// POST /api/v1/admin/persons/{id}/restrict and /unrestrict (Appendix C 13.6).
struct RestrictionState {
    QString personId;
    bool restricted = false;

    friend bool operator==(const RestrictionState &, const RestrictionState &) = default;
};

} // namespace tv
