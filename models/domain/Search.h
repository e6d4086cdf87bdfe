#pragma once

#include "models/domain/Person.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tv {

// POST /api/v1/search. At least one criterion; the service validates each (an NHS number must
// pass its checksum) and tolerates typos, nicknames, swapped names and day/month swaps.
struct SearchCriteria {
    std::optional<QString> name; // "given family", in either order
    std::optional<QDate> dateOfBirth;
    std::optional<QString> upn;
    std::optional<QString> nhsNumber;
    std::optional<QString> lcsCaseId;
    std::optional<QString> postcode;

    friend bool operator==(const SearchCriteria &, const SearchCriteria &) = default;
};

// Ranked best first and capped; `truncated` says more matched than were returned. Among equal
// scores people of school age on `asOf` (tv::isSchoolAge) come first; `asOf` is the date the
// service ranked by, which is the date ages are shown on.
struct SearchResults {
    QList<PersonSummary> results;
    bool truncated = false;
    QDate asOf = {};

    friend bool operator==(const SearchResults &, const SearchResults &) = default;
};

// Why a practitioner opens a record (a code from the service's fixed list, plus an optional
// note). Every person and household view carries one; it is written to the audit trail.
struct AccessReason {
    QString code;
    std::optional<QString> note;

    friend bool operator==(const AccessReason &, const AccessReason &) = default;
};

// One entry of the fixed list (GET /api/v1/access-reasons).
struct AccessReasonOption {
    QString code;
    QString label;

    friend bool operator==(const AccessReasonOption &, const AccessReasonOption &) = default;
};

// The body of POST /api/v1/persons/{id}/view and /api/v1/households/{id}/view.
struct ViewRequest {
    AccessReason reason;

    friend bool operator==(const ViewRequest &, const ViewRequest &) = default;
};

} // namespace tv
