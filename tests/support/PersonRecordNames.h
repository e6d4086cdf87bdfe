#pragma once

// The person-record names the tests of the record rules and the repository use unqualified,
// pulled in once instead of a using-list at the top of each of those files.
#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "server/rules/PersonRecord.h"

using tv::Assessment;
using tv::AttendanceTerm;
using tv::Flag;
using tv::FlagKind;
using tv::FlagKindState;
using tv::FlagState;
using tv::HouseholdMember;
using tv::Involvement;
using tv::PersonSummary;
using tv::PersonView;
using tv::SourceCoverage;
using tv::server::rules::EpisodeRecord;
using tv::server::rules::InvolvementRecord;
using tv::server::rules::InvolvementService;
using tv::server::rules::PersonRecord;
