#pragma once

#include "Flag.h"
#include "Person.h"

#include <QList>

namespace tv {

// Another person matched to the same address, with a summary of their flag states.
// A restricted member (Appendix C 13.6) is listed, with no flag summary.
struct HouseholdMember {
    PersonSummary person;
    int currentFlags = 0;
    int historicFlags = 0;
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
