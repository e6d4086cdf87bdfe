#include "server/data/PersonRepository.h"

#include "models/domain/ErrorCode.h"
#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace tv::server::data {
namespace {

// The person row with its household and restriction: one statement per person or household.
const QString PersonColumns = u"SELECT p.id, p.household_id, p.given_name, p.family_name,"
                              u" p.date_of_birth, p.upn, p.nhs_number, p.lcs_case_id,"
                              u" p.current_school, h.address, h.town, h.postcode,"
                              u" r.person_id"
                              u" FROM persons p"
                              u" JOIN households h ON h.id = p.household_id"
                              u" LEFT JOIN restrictions r ON r.person_id = p.id"_s;
enum PersonColumn {
    PId,
    PHousehold,
    PGiven,
    PFamily,
    PDob,
    PUpn,
    PNhs,
    PLcs,
    PSchool,
    PAddress,
    PTown,
    PPostcode,
    PRestricted
};

// Everything else about a set of persons in one statement: a UNION ALL of the five tables in a
// common shape, `%1` being the condition on person_id. Rows come per kind, per person, in
// chronological order.
//   kind  person  d1          d2        t1       t2      t3        t4     b         r
//   1     episode start       end       flag     source  assessor         assessed
//   2     involv. start       end       service  agency  worker    email
//   3     assess. date                  type     creator email
//   4     attend. term_start  term_end  school                                      percentage
//   5     incid.  date
const QString ChildRows =
    u"SELECT 1 AS kind, e.person_id, e.start_date AS d1, e.end_date AS d2, e.flag AS t1,"
    u" s.code AS t2, e.assessor AS t3, NULL AS t4, e.assessed AS b, CAST(NULL AS DOUBLE PRECISION) "
    u"AS r, e.id AS row_id"
    u" FROM episodes e JOIN source_datasets s ON s.id = e.source_id WHERE e.person_id %1"
    u" UNION ALL SELECT 2, person_id, start_date, end_date, service, agency, worker,"
    u" lead_professional_email, NULL, NULL, id FROM involvements WHERE person_id %1"
    u" UNION ALL SELECT 3, person_id, assessment_date, NULL, assessment_type, creator,"
    u" creator_email, NULL, NULL, NULL, id FROM assessments WHERE person_id %1"
    u" UNION ALL SELECT 4, person_id, term_start, term_end, school, NULL, NULL, NULL, NULL,"
    u" percentage, id FROM attendance_terms WHERE person_id %1"
    u" UNION ALL SELECT 5, person_id, incident_date, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
    u" id FROM incidents WHERE person_id %1"
    u" ORDER BY 1, 2, 3, 11"_s;
enum ChildColumn { CKind, CPerson, CD1, CD2, CT1, CT2, CT3, CT4, CB, CR };

// "TA1 2AB" -> "TA1".
QString postcodeDistrict(const QString &postcode)
{
    return postcode.section(u' ', 0, 0);
}

rules::InvolvementService serviceFrom(const QString &name)
{
    if (name == "social-care"_L1)
        return rules::InvolvementService::SocialCare;
    if (name == "early-help"_L1)
        return rules::InvolvementService::EarlyHelp;
    return rules::InvolvementService::Other;
}

struct PersonRow {
    PersonSummary summary;
    rules::PersonRecord record;
};

PersonRow personFrom(const QSqlQuery &query)
{
    PersonRow row;
    PersonDetails &details = row.record.details;
    details.id = QString::number(query.value(PId).toLongLong());
    details.householdId = QString::number(query.value(PHousehold).toLongLong());
    details.givenName = query.value(PGiven).toString();
    details.familyName = query.value(PFamily).toString();
    const QString town = query.value(PTown).toString();
    details.address = query.value(PAddress).toString() + u", "_s + town;
    details.postcode = query.value(PPostcode).toString();
    details.dateOfBirth = db::dateFromDb(query.value(PDob));
    details.upn = db::textFromDb(query.value(PUpn));
    details.nhsNumber = db::textFromDb(query.value(PNhs));
    details.lcsCaseId = db::textFromDb(query.value(PLcs));
    row.record.restricted = !query.value(PRestricted).isNull();

    row.summary.id = details.id;
    row.summary.displayName = details.givenName + u' ' + details.familyName;
    row.summary.dateOfBirth = details.dateOfBirth;
    row.summary.partialAddress = town + u' ' + postcodeDistrict(details.postcode);
    row.summary.currentSchool = db::textFromDb(query.value(PSchool));
    return row;
}

void addChild(rules::PersonRecord &record, const QSqlQuery &query)
{
    switch (query.value(CKind).toInt()) {
    case 1: {
        rules::EpisodeRecord episode;
        // A flag this build does not know keeps the default kind: the schema only holds the
        // wire names of FlagKind, so this does not happen unless the data was edited by hand.
        if (const auto kind = flags::kindFromWireName(query.value(CT1).toString()))
            episode.flag = *kind;
        else
            qCWarning(lcDb) << "an episode has an unknown flag";
        episode.source = query.value(CT2).toString();
        episode.start = db::dateFromDb(query.value(CD1));
        episode.end = db::optionalDateFromDb(query.value(CD2));
        episode.assessed = query.value(CB).toBool();
        episode.assessor = db::textFromDb(query.value(CT3));
        record.episodes.append(episode);
        break;
    }
    case 2:
        record.involvements.append(rules::InvolvementRecord{
            serviceFrom(query.value(CT1).toString()),
            Involvement{query.value(CT2).toString(), db::dateFromDb(query.value(CD1)),
                        db::optionalDateFromDb(query.value(CD2)), query.value(CT3).toString(),
                        query.value(CT4).toString()}});
        break;
    case 3:
        record.assessments.append(
            Assessment{query.value(CT1).toString(), db::dateFromDb(query.value(CD1)),
                       query.value(CT2).toString(), query.value(CT3).toString()});
        break;
    case 4:
        record.attendance.append(
            AttendanceTerm{db::dateFromDb(query.value(CD1)), db::dateFromDb(query.value(CD2)),
                           query.value(CT1).toString(), query.value(CR).toDouble()});
        break;
    case 5:
        record.incidents.append(db::dateFromDb(query.value(CD1)));
        break;
    default:
        break;
    }
}

} // namespace

PersonRepository::PersonRepository(const db::Database &database)
    : m_database(database)
{}

Result<rules::PersonRecord> PersonRepository::load(qint64 personId) const
{
    PersonRow row;
    {
        Result<db::PreparedQuery> person = m_database.runPrepared(
            u"read a person", PersonColumns + u" WHERE p.id = :id"_s, {{u":id"_s, personId}});
        if (!person)
            return person.error();
        QSqlQuery &personQuery = *person.value();
        if (!personQuery.next())
            return Error{QString(tv::errc::NotFound), u"There is no person with this id."_s};
        row = personFrom(personQuery);
    }

    Result<db::PreparedQuery> children = m_database.runPrepared(
        u"read a person's records", ChildRows.arg(u"= :id"_s), {{u":id"_s, personId}});
    if (!children)
        return children.error();
    QSqlQuery &childQuery = *children.value();
    while (childQuery.next())
        addChild(row.record, childQuery);
    return row.record;
}

Result<PersonRepository::HouseholdRecord> PersonRepository::loadHousehold(qint64 householdId) const
{
    HouseholdRecord result;
    {
        Result<db::PreparedQuery> household = m_database.runPrepared(
            u"read a household",
            u"SELECT id, address, town, postcode FROM households WHERE id = :id"_s,
            {{u":id"_s, householdId}});
        if (!household)
            return household.error();
        QSqlQuery &householdQuery = *household.value();
        if (!householdQuery.next())
            return Error{QString(tv::errc::NotFound), u"There is no household with this id."_s};
        result.id = householdQuery.value(0).toLongLong();
        result.address = householdQuery.value(1).toString() + u", "_s +
                         householdQuery.value(2).toString() + u", "_s +
                         householdQuery.value(3).toString();
    }

    QHash<qint64, qsizetype> indexOf;
    {
        Result<db::PreparedQuery> persons = m_database.runPrepared(
            u"read a household's members",
            PersonColumns + u" WHERE p.household_id = :id ORDER BY p.date_of_birth, p.id"_s,
            {{u":id"_s, householdId}});
        if (!persons)
            return persons.error();
        QSqlQuery &personQuery = *persons.value();
        while (personQuery.next()) {
            PersonRow row = personFrom(personQuery);
            indexOf.insert(personQuery.value(PId).toLongLong(), result.members.size());
            result.members.append(HouseholdMemberRecord{row.summary, row.record});
        }
    }

    Result<db::PreparedQuery> children = m_database.runPrepared(
        u"read a household's records",
        ChildRows.arg(u"IN (SELECT id FROM persons WHERE household_id = :id)"_s),
        {{u":id"_s, householdId}});
    if (!children)
        return children.error();
    QSqlQuery &childQuery = *children.value();
    while (childQuery.next()) {
        const auto index = indexOf.constFind(childQuery.value(CPerson).toLongLong());
        if (index != indexOf.cend())
            addChild(result.members[*index].record, childQuery);
    }
    return result;
}

Result<QList<PersonSummary>> PersonRepository::summaries(const QList<qint64> &personIds) const
{
    if (personIds.isEmpty())
        return QList<PersonSummary>{};
    // A short list (a page of search results): one statement with one parameter per id.
    QString placeholders;
    placeholders.reserve(personIds.size() * 3);
    QVariantMap bindings;
    for (qsizetype i = 0; i < personIds.size(); ++i) {
        const QString name = u":id%1"_s.arg(i);
        placeholders += (i == 0 ? QString() : u", "_s) + name;
        bindings.insert(name, personIds.at(i));
    }
    Result<QSqlQuery> query =
        m_database.run(u"read search results",
                       PersonColumns + u" WHERE p.id IN (%1)"_s.arg(placeholders), bindings);
    if (!query)
        return query.error();
    QHash<qint64, PersonSummary> found;
    while (query.value().next()) {
        PersonRow row = personFrom(query.value());
        row.summary.restricted = row.record.restricted; // marked before a reason is given
        found.insert(query.value().value(PId).toLongLong(), std::move(row.summary));
    }

    QList<PersonSummary> ordered;
    ordered.reserve(found.size());
    for (const qint64 id : personIds) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            ordered.append(*it);
    }
    return ordered;
}

Result<QList<SourceCoverage>> PersonRepository::coverage() const
{
    Result<db::PreparedQuery> query = m_database.runPrepared(
        u"read the source data sets",
        u"SELECT name, owner, covers_from, covers_to, last_updated FROM source_datasets"
        u" ORDER BY id"_s);
    if (!query)
        return query.error();
    QSqlQuery &rows = *query.value();
    QList<SourceCoverage> coverage;
    while (rows.next()) {
        coverage.append(SourceCoverage{rows.value(0).toString(), rows.value(1).toString(),
                                       db::dateFromDb(rows.value(2)), db::dateFromDb(rows.value(3)),
                                       db::dateFromDb(rows.value(4))});
    }
    return coverage;
}

} // namespace tv::server::data
