#pragma once

#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "models/domain/Report.h"

#include <QList>

// Fictional values for the model tests: no real person, school or worker.
namespace tv::testing {

// Ada Fictional, with every optional value given.
PersonDetails sampleDetails();
// Every flag of the product, each once, with states and assessments that differ between groups.
QList<Flag> sampleFlags();
// One ended and one open involvement.
QList<Involvement> sampleInvolvements();
// `count` involvements; every third one open.
QList<Involvement> manyInvolvements(int count);
QList<Assessment> sampleAssessments();
// Three terms: 85.0% (below the threshold), 90.0% (at it) and 93.5% (above it).
QList<AttendanceTerm> sampleAttendance();
QList<SourceCoverage> sampleCoverage();
// Everything above, as one view.
PersonView samplePersonView();
// The household of samplePersonView(): the person themself, a member with flags, one with none
// and a restricted one.
Household sampleHousehold();
QList<InaccuracyReport> sampleReports();

} // namespace tv::testing
