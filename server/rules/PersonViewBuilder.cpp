#include "server/rules/PersonViewBuilder.h"

#include <algorithm>
#include <functional>
#include <tuple>

// The data rules of Appendix C, on an as-of date. Every comparison below is on whole days and
// every bound is inclusive unless the comment says otherwise:
//
//   window            [windowStart, asOf] where windowStart = asOf.addYears(-2) (7.2, 12.2). Qt
//                     maps 29 February to 28 February in a non-leap year, so the window of
//                     2024-02-29 starts on 2022-02-28.
//   a date inside     windowStart <= date <= asOf
//   an interval inside   it overlaps the window: start <= asOf and (open, or end >= windowStart)
//
// Anything that starts after the as-of date does not exist yet on that date, so it never counts.

namespace tv::server::rules {
namespace {

struct Window {
    QDate start;
    QDate asOf;
};

Window windowFor(const QDate &asOf)
{
    return {PersonViewBuilder::windowStart(asOf), asOf};
}

bool dateInside(const QDate &date, const Window &window)
{
    return window.start <= date && date <= window.asOf;
}

bool intervalInside(const QDate &start, const std::optional<QDate> &end, const Window &window)
{
    return start <= window.asOf && (!end || *end >= window.start);
}

// ---- Flags (7.3, 14.2.3, 14.2.4) -------------------------------------------------------------

// Current (7.3.3): the episode is open on the as-of date. An episode that ends on the as-of date
// is still open on it.
bool isOpenOn(const EpisodeRecord &episode, const QDate &asOf)
{
    return episode.start <= asOf && (!episode.end || *episode.end >= asOf);
}

// Historic (7.3.2, 7.2): the episode ended inside the window, before the as-of date (ending on
// the as-of date is Current). Ended before the window: it does not show at all.
bool endedInside(const EpisodeRecord &episode, const Window &window)
{
    return episode.start <= window.asOf && episode.end && window.start <= *episode.end &&
           *episode.end < window.asOf;
}

QList<EpisodeRecord> episodesWhere(const PersonRecord &record, FlagKind kind,
                                   const std::function<bool(const EpisodeRecord &)> &keep)
{
    QList<EpisodeRecord> kept;
    for (const EpisodeRecord &episode : record.episodes) {
        if (episode.flag == kind && keep(episode))
            kept.append(episode);
    }
    return kept;
}

// An end date for ordering: an open episode ends after every closed one.
std::tuple<bool, QDate> endKey(const std::optional<QDate> &end)
{
    return {!end.has_value(), end.value_or(QDate())};
}

std::optional<QString> assessorOf(const EpisodeRecord &episode)
{
    if (!episode.assessor || episode.assessor->trimmed().isEmpty())
        return std::nullopt;
    return episode.assessor;
}

// 14.2.4: whether an assessment took place and who did it, taken only from the episodes that
// produced the flag's state. The assessor is the one of the most recent assessed episode (latest
// start; then latest end, an open one latest; then assessor text, so the input order never
// matters). If that episode names nobody, the flag names nobody: an older episode's assessor did
// not do it.
void applyAssessment(Flag &flag, const QList<EpisodeRecord> &basis)
{
    const EpisodeRecord *latest = nullptr;
    const auto key = [](const EpisodeRecord &e) {
        return std::tuple(e.start, endKey(e.end), e.assessor.value_or(QString()));
    };
    for (const EpisodeRecord &episode : basis) {
        if (episode.assessed && (!latest || key(*latest) < key(episode)))
            latest = &episode;
    }
    flag.assessed = latest != nullptr;
    flag.assessor = latest ? assessorOf(*latest) : std::nullopt;
}

// One rule for every group. Transform vulnerability (14.2.3: "restricted to two years.
// Involvements will show as historic if a criteria has been met that is more recent") is read as:
// a Transform criterion shows only when met inside the window: Current while it is still met,
// Historic when it stopped being met inside the window, No information when it was last met
// before the window. That is exactly the 7.2/7.3 rule the other groups follow; the chronology
// exception of 12.2 concerns involvements and never revives an old flag of any group.
Flag flagFor(const PersonRecord &record, FlagKind kind, const Window &window)
{
    Flag flag;
    flag.kind = kind;

    const auto open = episodesWhere(
        record, kind, [&](const EpisodeRecord &e) { return isOpenOn(e, window.asOf); });
    if (!open.isEmpty()) {
        flag.state = FlagState::Current;
        applyAssessment(flag, open);
        return flag;
    }
    const auto ended =
        episodesWhere(record, kind, [&](const EpisodeRecord &e) { return endedInside(e, window); });
    if (!ended.isEmpty()) {
        flag.state = FlagState::Historic;
        applyAssessment(flag, ended);
        return flag;
    }
    flag.state = FlagState::NoInformation; // 7.3.1; nothing about older episodes leaks
    return flag;
}

QList<Flag> flagsFor(const PersonRecord &record, const Window &window)
{
    QList<Flag> result;
    for (FlagKind kind : tv::flags::allKinds())
        result.append(flagFor(record, kind, window));
    return result;
}

// ---- Involvements and the chronology exception (12.2) ----------------------------------------

// 12.2: "an incident, flag, assessment or involvement has been identified in the last two
// years". Dated things (incidents, assessments) count when their date is inside the window;
// intervals (flag episodes, involvements of any service) when they overlap it. For episodes that
// is the same as "some flag is Current or Historic".
bool hasActivityInside(const PersonRecord &record, const Window &window)
{
    const auto incident = [&](const QDate &date) {
        return dateInside(date, window);
    };
    const auto episode = [&](const EpisodeRecord &e) {
        return intervalInside(e.start, e.end, window);
    };
    const auto assessment = [&](const Assessment &a) {
        return dateInside(a.date, window);
    };
    const auto involvement = [&](const InvolvementRecord &i) {
        return intervalInside(i.involvement.start, i.involvement.end, window);
    };
    return std::any_of(record.incidents.begin(), record.incidents.end(), incident) ||
           std::any_of(record.episodes.begin(), record.episodes.end(), episode) ||
           std::any_of(record.assessments.begin(), record.assessments.end(), assessment) ||
           std::any_of(record.involvements.begin(), record.involvements.end(), involvement);
}

// 12.2: the chronology is of "intervention from Children Social Care / Early Help" only.
bool isInChronology(InvolvementService service)
{
    return service == InvolvementService::SocialCare || service == InvolvementService::EarlyHelp;
}

bool involvementShown(const InvolvementRecord &record, const Window &window, bool fullChronology)
{
    const Involvement &involvement = record.involvement;
    if (involvement.start > window.asOf)
        return false; // not begun on the as-of date
    if (intervalInside(involvement.start, involvement.end, window))
        return true;                                         // 7.2, 12.2: inside the two years
    return fullChronology && isInChronology(record.service); // 12.2: older, but in the chronology
}

// Newest start first; ties: open before closed, later end first, then by text.
bool involvementBefore(const Involvement &a, const Involvement &b)
{
    const auto key = [](const Involvement &i) {
        return std::tuple(i.start, endKey(i.end));
    };
    if (key(a) != key(b))
        return key(b) < key(a);
    return std::tie(a.agency, a.worker, a.leadProfessionalEmail) <
           std::tie(b.agency, b.worker, b.leadProfessionalEmail);
}

QList<Involvement> involvementsFor(const PersonRecord &record, const Window &window)
{
    const bool fullChronology = hasActivityInside(record, window);
    QList<Involvement> shown;
    for (const InvolvementRecord &involvement : record.involvements) {
        if (involvementShown(involvement, window, fullChronology))
            shown.append(involvement.involvement);
    }
    std::stable_sort(shown.begin(), shown.end(), involvementBefore);
    return shown;
}

// ---- Assessments and attendance (7.2, 12.2: two years) ---------------------------------------

// Newest first; ties by text.
bool assessmentBefore(const Assessment &a, const Assessment &b)
{
    if (a.date != b.date)
        return b.date < a.date;
    return std::tie(a.type, a.creator, a.creatorEmail) <
           std::tie(b.type, b.creator, b.creatorEmail);
}

QList<Assessment> assessmentsFor(const PersonRecord &record, const Window &window)
{
    QList<Assessment> shown;
    for (const Assessment &assessment : record.assessments) {
        if (dateInside(assessment.date, window))
            shown.append(assessment);
    }
    std::stable_sort(shown.begin(), shown.end(), assessmentBefore);
    return shown;
}

// Oldest term first, for a chart; ties by end, school, percentage.
bool termBefore(const AttendanceTerm &a, const AttendanceTerm &b)
{
    return std::tie(a.termStart, a.termEnd, a.school, a.percentage) <
           std::tie(b.termStart, b.termEnd, b.school, b.percentage);
}

QList<AttendanceTerm> attendanceFor(const PersonRecord &record, const Window &window)
{
    QList<AttendanceTerm> shown;
    for (const AttendanceTerm &term : record.attendance) {
        if (intervalInside(term.termStart, term.termEnd, window))
            shown.append(term);
    }
    std::stable_sort(shown.begin(), shown.end(), termBefore);
    return shown;
}

} // namespace

QDate PersonViewBuilder::windowStart(const QDate &asOf)
{
    return asOf.addYears(-2);
}

PersonView PersonViewBuilder::build(const PersonRecord &record, const QDate &asOf)
{
    const Window window = windowFor(asOf);
    PersonView view;
    view.details = record.details;
    view.flags = flagsFor(record, window);
    view.involvements = involvementsFor(record, window);
    view.assessments = assessmentsFor(record, window);
    view.attendance = attendanceFor(record, window);
    view.asOf = asOf;
    return view; // coverage is the caller's
}

HouseholdMember PersonViewBuilder::summarise(const PersonSummary &person,
                                             const PersonRecord &record, const QDate &asOf)
{
    HouseholdMember member;
    member.person = person;
    member.restricted = record.restricted;
    // A restricted member's flags are not evaluated at all (Appendix C 13.6).
    if (!record.restricted)
        member.flags = tv::flags::currentOrHistoric(flagsFor(record, windowFor(asOf)));
    return member;
}

} // namespace tv::server::rules
