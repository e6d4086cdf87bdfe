#include "server/access/RecordAccess.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/FieldLimits.h"
#include "models/domain/WireFormat.h"
#include "server/audit/AuditTrail.h"
#include "server/data/PersonRepository.h"
#include "server/db/Database.h"
#include "server/rules/PersonViewBuilder.h"
#include "server/search/SearchService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tv::server::access {
namespace {

void putReason(audit::AuditEntry &entry, const AccessReason &reason)
{
    entry.reasonCode = reason.code;
    entry.reasonNote = reason.note;
}

} // namespace

RecordAccess::RecordAccess(const db::Database &database, Options options)
    : m_database(database)
    , m_options(std::move(options))
{}

QList<AccessReasonOption> RecordAccess::reasons()
{
    return {
        {u"safeguarding-concern"_s, u"Safeguarding concern"_s},
        {u"attendance-follow-up"_s, u"Attendance follow-up"_s},
        {u"sen-review"_s, u"SEN review"_s},
        {u"family-support"_s, u"Family support"_s},
        {u"team-around-the-school"_s, u"Team Around the School meeting"_s},
    };
}

Result<qint64> RecordAccess::parseId(const QString &text, QLatin1StringView field)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    const bool digitsOnly =
        !text.isEmpty() && text.size() <= 18 &&
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || !digitsOnly || id <= 0) {
        return Error{QString(tv::errc::InvalidField),
                     u"Field '%1' must be a record id: digits only."_s.arg(field)};
    }
    return id;
}

QDate RecordAccess::asOf() const
{
    return m_options.today ? m_options.today() : QDate::currentDate();
}

Result<qint64> RecordAccess::viewedId(const QString &text, QLatin1StringView field,
                                      const AccessReason &reason) const
{
    const Result<qint64> id = parseId(text, field);
    if (!id)
        return id;
    if (Status checked = checkReason(reason); !checked)
        return checked.error();
    return id;
}

Status RecordAccess::checkReason(const AccessReason &reason) const
{
    const QList<AccessReasonOption> known = reasons();
    const bool listed = std::any_of(known.cbegin(), known.cend(),
                                    [&](const auto &option) { return option.code == reason.code; });
    if (!listed) {
        QStringList codes;
        for (const auto &option : known)
            codes << option.code;
        return Error{QString(tv::errc::InvalidField),
                     u"Field 'reason.code' must be one of %1."_s.arg(codes.join(u", "_s))};
    }
    if (reason.note && reason.note->size() > limits::ReasonNoteLength) {
        return Error{
            QString(tv::errc::InvalidField),
            u"Field 'reason.note' must be at most %1 characters."_s.arg(limits::ReasonNoteLength)};
    }
    return Done{};
}

Result<SearchResults> RecordAccess::search(const User &user, const SearchCriteria &criteria) const
{
    SearchResults results;
    const Status done = m_database.transaction([&]() -> Status {
        const Result<search::SearchService::Matches> matches =
            search::SearchService(m_database, asOf()).search(criteria);
        if (!matches)
            return matches.error();
        Result<QList<PersonSummary>> summaries =
            data::PersonRepository(m_database).summaries(matches.value().personIds);
        if (!summaries)
            return summaries.error();
        results.results = std::move(summaries).value();
        results.truncated = matches.value().truncated;
        results.asOf = asOf();

        // Who searched for whom: the criteria are part of the council's audit record.
        audit::AuditEntry entry =
            audit::entryOf(AuditAction::Search, QDateTime::currentDateTimeUtc(), user.id);
        entry.detail = audit::detailText(
            {{"criteria"_L1, wire::toJson(criteria)}, {"results"_L1, results.results.size()}});
        return audit::AuditTrail(m_database).append(entry);
    });
    if (!done)
        return done.error();
    return results;
}

Result<PersonView> RecordAccess::viewPerson(const User &user, const QString &personId,
                                            const AccessReason &reason) const
{
    const Result<qint64> id = viewedId(personId, "personId"_L1, reason);
    if (!id)
        return id.error();

    const QDate date = asOf();
    PersonView view;
    bool restricted = false;
    const Status done = m_database.transaction([&]() -> Status {
        const data::PersonRepository repository(m_database);
        const Result<rules::PersonRecord> record = repository.load(id.value());
        if (!record)
            return record.error();
        restricted = record.value().restricted;

        if (!restricted) {
            Result<QList<SourceCoverage>> sources = repository.coverage();
            if (!sources)
                return sources.error();
            view = rules::PersonViewBuilder::build(record.value(), date);
            view.coverage = std::move(sources).value();
        }

        // Last, so the audit head's lock is held only until the commit. A restricted record's
        // attempt is audited too, though nothing of it is read.
        audit::AuditEntry entry =
            audit::entryOf(AuditAction::PersonView, QDateTime::currentDateTimeUtc(), user.id);
        entry.subject = audit::personSubject(id.value());
        putReason(entry, reason);
        if (restricted)
            entry.detail = u"{\"restricted\":true}"_s;
        return audit::AuditTrail(m_database).append(entry);
    });
    if (!done)
        return done.error();
    if (restricted) {
        const QString words =
            m_options.transformContact.isEmpty()
                ? QCoreApplication::translate(
                      "tv::server::access::RecordAccess",
                      "This record is restricted while a request about it is considered. "
                      "Contact the Transform team.")
                : QCoreApplication::translate(
                      "tv::server::access::RecordAccess",
                      "This record is restricted while a request about it is considered. "
                      "Contact the Transform team at %1.")
                      .arg(m_options.transformContact);
        return Error{QString(tv::errc::Restricted), words};
    }
    return view;
}

Result<Household> RecordAccess::viewHousehold(const User &user, const QString &householdId,
                                              const AccessReason &reason) const
{
    const Result<qint64> id = viewedId(householdId, "householdId"_L1, reason);
    if (!id)
        return id.error();

    const QDate date = asOf();
    Household household;
    const Status done = m_database.transaction([&]() -> Status {
        const Result<data::PersonRepository::HouseholdRecord> found =
            data::PersonRepository(m_database).loadHousehold(id.value());
        if (!found)
            return found.error();
        household.id = QString::number(found.value().id);
        household.address = found.value().address;

        // Each member's flag summary is read from their record, so each member's access
        // history (the subject access pack) shows this view.
        for (const auto &member : found.value().members) {
            household.members.append(
                rules::PersonViewBuilder::summarise(member.summary, member.record, date));
        }
        const audit::AuditTrail trail(m_database);
        for (const HouseholdMember &member : std::as_const(household.members)) {
            audit::AuditEntry entry = audit::entryOf(AuditAction::HouseholdView,
                                                     QDateTime::currentDateTimeUtc(), user.id);
            entry.subject = u"person:"_s + member.person.id;
            putReason(entry, reason);
            entry.detail = audit::detailText({{"household"_L1, household.id}});
            if (Status audited = trail.append(entry); !audited)
                return audited;
        }
        return Done{};
    });
    if (!done)
        return done.error();
    return household;
}

Result<QList<SourceCoverage>> RecordAccess::coverage() const
{
    return data::PersonRepository(m_database).coverage();
}

} // namespace tv::server::access
