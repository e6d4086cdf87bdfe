#pragma once

#include "models/domain/Flag.h"
#include "models/domain/Person.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tv::server::rules {

// Everything the warehouse holds about one person, before any rule is applied. It never leaves
// the service: PersonViewBuilder reduces it to what a person view may show.

// One episode behind a flag (a CSC plan, a police notification, an EHCP, ...).
struct EpisodeRecord {
    FlagKind flag = FlagKind::ActiveSocialCareOrEarlyHelp;
    QString source; // source data set code
    QDate start;
    std::optional<QDate> end; // open when absent
    bool assessed = false;
    std::optional<QString> assessor;

    friend bool operator==(const EpisodeRecord &, const EpisodeRecord &) = default;
};

// Which service an involvement belongs to: the chronology exception (Appendix C 12.2) covers
// children's social care and early help only.
enum class InvolvementService { SocialCare, EarlyHelp, Other };

struct InvolvementRecord {
    InvolvementService service = InvolvementService::Other;
    Involvement involvement;

    friend bool operator==(const InvolvementRecord &, const InvolvementRecord &) = default;
};

struct PersonRecord {
    PersonDetails details;
    QList<EpisodeRecord> episodes;
    QList<InvolvementRecord> involvements;
    QList<Assessment> assessments;
    QList<AttendanceTerm> attendance;
    QList<QDate> incidents; // dates of incidents; they only count for the chronology exception
    bool restricted = false;

    friend bool operator==(const PersonRecord &, const PersonRecord &) = default;
};

} // namespace tv::server::rules
