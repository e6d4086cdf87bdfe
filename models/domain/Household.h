#pragma once

#include "models/domain/Flag.h"
#include "models/domain/Person.h"

#include <QList>

#include <optional>

namespace tv {

// Another person matched to the same address, with which of their flags are Current and which
// Historic (kind and state only: never an assessment, an assessor or a date).
// A restricted member (Appendix C 13.6) is listed with no flag information at all: `flags` is
// absent, so nothing can read as "no flags".
struct HouseholdMember {
    PersonSummary person;
    // Current and Historic flags in display order; empty: every flag is "No information on
    // database". nullopt exactly when `restricted`.
    std::optional<QList<FlagKindState>> flags;
    bool restricted = false;

    friend bool operator==(const HouseholdMember &, const HouseholdMember &) = default;
};

struct Household {
    QString id;
    QString address;
    QList<HouseholdMember> members;

    friend bool operator==(const Household &, const Household &) = default;
};

} // namespace tv
