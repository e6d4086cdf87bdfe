#pragma once

#include "models/domain/Flag.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tv {

// Whole years from a date of birth to `day` (one less until the birthday of that year); -1 when
// either date is invalid or `day` is before the birth.
inline int ageOn(const QDate &dateOfBirth, const QDate &day)
{
    if (!dateOfBirth.isValid() || !day.isValid() || day < dateOfBirth)
        return -1;
    int age = day.year() - dateOfBirth.year();
    if (day.month() < dateOfBirth.month() ||
        (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --age;
    return age;
}

// School age as search ranks it: 4 (reception) to 18 (the last year of sixth form or college)
// on the service's as-of date. The people a school's staff look for are nearly all this age.
constexpr int SchoolAgeFrom = 4;
constexpr int SchoolAgeTo = 18;
constexpr bool isSchoolAge(int age)
{
    return age >= SchoolAgeFrom && age <= SchoolAgeTo;
}

// One search hit: the minimum needed to pick the right child (name, date of birth, partial
// address, current school), nothing more.
struct PersonSummary {
    QString id;
    QString displayName;
    QDate dateOfBirth;
    QString partialAddress; // e.g. "Taunton TA1"
    std::optional<QString> currentSchool;
    // Search results only: the person's record is restricted (Appendix C 13.6), so a view of it
    // is refused. On the wire as "restricted": true, absent otherwise.
    bool restricted = false;

    friend bool operator==(const PersonSummary &, const PersonSummary &) = default;
};

// Appendix C 7.5.
struct PersonDetails {
    QString id;
    QString householdId;
    QString givenName;
    QString familyName;
    QString address;
    QString postcode;
    QDate dateOfBirth;
    std::optional<QString> upn; // student ID
    std::optional<QString> nhsNumber;
    std::optional<QString> lcsCaseId;

    friend bool operator==(const PersonDetails &, const PersonDetails &) = default;
};

// Appendix C 7.9.
struct Involvement {
    QString agency;
    QDate start;
    std::optional<QDate> end; // open when absent
    QString worker;
    QString leadProfessionalEmail;

    friend bool operator==(const Involvement &, const Involvement &) = default;
};

// Appendix C 7.10.
struct Assessment {
    QString type;
    QDate date;
    QString creator;
    QString creatorEmail;

    friend bool operator==(const Assessment &, const Assessment &) = default;
};

// Appendix C 7.11: one school term.
struct AttendanceTerm {
    QDate termStart;
    QDate termEnd;
    QString school;
    double percentage = 0.0; // 0..100

    friend bool operator==(const AttendanceTerm &, const AttendanceTerm &) = default;
};

// Coverage of one source data set, shown under the person view.
struct SourceCoverage {
    QString name;
    QString owner;
    QDate coversFrom;
    QDate coversTo;
    QDate lastUpdated;

    friend bool operator==(const SourceCoverage &, const SourceCoverage &) = default;
};

// Everything a person view shows, as computed by the service for one as-of date.
struct PersonView {
    PersonDetails details;
    QList<Flag> flags; // every FlagKind exactly once
    QList<Involvement> involvements;
    QList<Assessment> assessments;
    QList<AttendanceTerm> attendance;
    QList<SourceCoverage> coverage; // the sources behind this view: what each covers, how fresh
    QDate asOf;

    friend bool operator==(const PersonView &, const PersonView &) = default;
};

} // namespace tv
