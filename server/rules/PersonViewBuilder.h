#pragma once

#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "server/rules/PersonRecord.h"

#include <QDate>

namespace tv::server::rules {

// The data rules of Appendix C 7, 12.2 and 14.2.3-4, evaluated on an as-of date. Pure functions:
// no clock, no database, so every edge of the two-year rule is testable.
//
//   window       the two years before `asOf`: [asOf.addYears(-2), asOf]
//   Current      an episode behind the flag is open on `asOf`
//   Historic     no open episode, and one ended inside the window
//   No information on database   nothing inside the window
//   Involvements, assessments and attendance older than the window are hidden, except that any
//   incident, flag episode, assessment or involvement inside the window shows the full
//   chronology of social care and early help involvements, older ones included.
class PersonViewBuilder final {
public:
    static QDate windowStart(const QDate &asOf);

    // What the person view shows. Precondition: !record.restricted (the caller answers
    // "restricted" instead).
    static PersonView build(const PersonRecord &record, const QDate &asOf);

    // The flag-state summary of a household member: which flags are Current and which Historic
    // (kind and state only). For a restricted record, none: `flags` is absent.
    static HouseholdMember summarise(const PersonSummary &person, const PersonRecord &record,
                                     const QDate &asOf);
};

} // namespace tv::server::rules
