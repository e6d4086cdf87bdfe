#pragma once

#include "models/domain/Person.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tv {

// Inaccuracy reports (Appendix C 13.6): a practitioner reports that one item of a person view is
// wrong; the Transform team forwards it to the source's owner and records how it was resolved.
enum class ReportStatus { Open, Forwarded, Resolved };

// Who filed a report, or who did something with a record.
struct Actor {
    QString id;
    QString displayName;
    QString organisation;

    friend bool operator==(const Actor &, const Actor &) = default;
};

// POST /api/v1/persons/{id}/reports. `item` names one row of the view as "<group>/<row>":
//   personal/<field>              givenName, familyName, address, postcode, dateOfBirth, upn,
//                                 nhsNumber, lcsCaseId
//   vulnerability-criteria/<flag> the flag's wire name, a flag of that group
//   individual-flags/<flag>       likewise
//   transform-vulnerability/<flag>
//   involvements/<n>              the n-th row (from 0) of that group as the view shows it
//   assessments/<n>
//   education/<n>
struct NewInaccuracyReport {
    QString item;
    QString description; // 1..2000 characters

    friend bool operator==(const NewInaccuracyReport &, const NewInaccuracyReport &) = default;
};

// Whom a report is about, as the reporter's own list names them (GET /api/v1/reports/mine only:
// never the Transform team's list or the subject access pack): the name and date of birth they
// saw when they reported it, and whether the record is restricted now (Appendix C 13.6). A
// restriction keeps the record closed, not who it is: search and household lists name a
// restricted person too, and the reporter needs to tell their reports apart.
struct ReportSubject {
    QString displayName;
    QDate dateOfBirth;
    bool restricted = false;

    friend bool operator==(const ReportSubject &, const ReportSubject &) = default;
};

struct InaccuracyReport {
    QString id;
    QString personId;
    QString item;
    QString description;
    ReportStatus status = ReportStatus::Open;
    QDateTime createdAt; // UTC
    std::optional<QDateTime> forwardedAt;
    std::optional<QDateTime> resolvedAt;
    std::optional<QString> resolution;
    Actor reporter;
    std::optional<ReportSubject> subject; // in the reporter's own list only, else absent

    friend bool operator==(const InaccuracyReport &, const InaccuracyReport &) = default;
};

// GET /api/v1/reports/mine, GET /api/v1/admin/reports
struct InaccuracyReportList {
    QList<InaccuracyReport> reports;

    friend bool operator==(const InaccuracyReportList &, const InaccuracyReportList &) = default;
};

// POST /api/v1/admin/reports/{id}/forward
struct ForwardReport {
    std::optional<QString> note; // for the audit trail: to whom, how

    friend bool operator==(const ForwardReport &, const ForwardReport &) = default;
};

// POST /api/v1/admin/reports/{id}/resolve
struct ResolveReport {
    QString resolution; // 1..2000 characters

    friend bool operator==(const ResolveReport &, const ResolveReport &) = default;
};

// The subject access pack (Appendix C 13.4.2): everything held about one person at one moment,
// not minimised and not filtered by the two-year rule, and every access to their record.
struct PackEpisode {
    QString flag;   // a FlagKind wire name
    QString source; // the source data set's code
    QDate start;
    std::optional<QDate> end;
    bool assessed = false;
    std::optional<QString> assessor;

    friend bool operator==(const PackEpisode &, const PackEpisode &) = default;
};

struct PackInvolvement {
    QString service; // "social-care", "early-help" or "other"
    Involvement involvement;

    friend bool operator==(const PackInvolvement &, const PackInvolvement &) = default;
};

struct PackRestriction {
    bool restricted = false;
    std::optional<QDateTime> restrictedAt;
    std::optional<QString> restrictedBy; // a user id

    friend bool operator==(const PackRestriction &, const PackRestriction &) = default;
};

// One row of the audit trail about the person, oldest first.
struct PackAccess {
    QDateTime at;
    std::optional<Actor> user; // absent for a row written by the service itself
    QString action;
    std::optional<QString> reasonCode;
    std::optional<QString> reasonNote;

    friend bool operator==(const PackAccess &, const PackAccess &) = default;
};

struct SubjectAccessPack {
    QString id; // the detail of the pack's own audit row names it
    QDateTime generatedAt;
    Actor generatedBy;
    PersonDetails person;
    std::optional<QString> currentSchool;
    PackRestriction restriction;
    QList<PackEpisode> episodes;
    QList<PackInvolvement> involvements;
    QList<Assessment> assessments;
    QList<AttendanceTerm> attendance;
    QList<QDate> incidents;
    QList<InaccuracyReport> reports;
    QList<PackAccess> accesses;

    friend bool operator==(const SubjectAccessPack &, const SubjectAccessPack &) = default;
};

namespace reportstatus {
QString wireName(ReportStatus status);
std::optional<ReportStatus> fromWireName(const QString &name);
} // namespace reportstatus

} // namespace tv
