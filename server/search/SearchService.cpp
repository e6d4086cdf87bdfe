#include "server/search/SearchService.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/FieldLimits.h"
#include "models/domain/NhsNumber.h"
#include "models/domain/Person.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"
#include "server/search/NameKeys.h"
#include "server/search/NameScorer.h"
#include "server/search/PostcodeQuery.h"
#include "server/search/SearchLogging.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace tv::server::search {
namespace {

// At most this many candidates are loaded and scored for one search: a query that matches more
// (a district alone, a one-word name) is answered from the first ones and marked truncated.
// Under 999, so that their ids fit the oldest SQLite's limit on parameters.
constexpr int CandidateCap = 900;

// Score of each criterion that is not exact-or-nothing.
constexpr double ExactBirthDate = 1.0;
constexpr double SwappedBirthDate = 0.8;

// indexPersons: persons read and keys committed per transaction, and rows per INSERT.
constexpr int PersonsPerTransaction = 5000;
constexpr int SqliteRowsPerInsert = 400; // 800 parameters, under SQLite's oldest limit of 999
constexpr int PostgresRowsPerInsert = 20000;

// "NHS number: <what is expected>.": plain words for whoever typed the value, naming the field as
// a form would; the wire name of the field travels beside it, machine-readable.
Error invalidField(QLatin1StringView field, const QString &label, const QString &expected)
{
    return Error{
        QString(tv::errc::InvalidField), u"%1: %2."_s.arg(label, expected), {}, QString(field)};
}

QString trimmedIdentifier(const std::optional<QString> &value)
{
    return value ? value->trimmed() : QString();
}

// The same date with day and month swapped, when both could be either; otherwise invalid.
QDate swappedDayAndMonth(const QDate &date)
{
    if (date.day() > 12 || date.day() == date.month())
        return {};
    return QDate(date.year(), date.day(), date.month());
}

// A comma-separated list of placeholders ":prefix0, :prefix1, ..." bound to `values`.
template <typename List>
QString bindList(QLatin1StringView prefix, const List &values, QVariantMap &bindings)
{
    QStringList placeholders;
    placeholders.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString name = u':' + prefix + QString::number(i);
        placeholders.append(name);
        bindings.insert(name, QVariant::fromValue(values.at(i)));
    }
    return placeholders.join(u", "_s);
}

struct Candidate {
    qint64 id = 0;
    double score = 0.0;
    int yearsFromSchoolAge = 0; // 0 for school age; a person without a date of birth last
};

int yearsFromSchoolAge(const QDate &born, const QDate &asOf)
{
    const int age = ageOn(born, asOf);
    if (age < 0)
        return std::numeric_limits<int>::max();
    if (age < SchoolAgeFrom)
        return SchoolAgeFrom - age;
    return age > SchoolAgeTo ? age - SchoolAgeTo : 0;
}

// The criteria once validated (validate()): what the plan and the ranking work from.
struct ValidCriteria {
    QStringList nameTokens; // empty: no name given
    QDate birthDate;        // invalid: none given
    QDate swappedBirthDate; // invalid: none given, or no swap is possible
    QString upn;            // empty: none given; likewise the other identifiers
    QString nhsNumber;
    QString lcsCaseId;
    std::optional<PostcodeQuery> postcode;
};

// The one statement that loads the candidates (plan()).
struct Plan {
    QString sql;
    QVariantMap bindings;
    bool capped = false; // the name keys found more than CandidateCap persons
};

// Step 1: every criterion checked before anything reaches the database; the first fault found is
// the error.
Result<ValidCriteria> validate(const SearchCriteria &criteria)
{
    ValidCriteria valid;
    if (criteria.name) {
        const QString name = criteria.name->trimmed();
        if (name.isEmpty())
            return invalidField(
                "name"_L1, u"Name"_s,
                u"enter a first name, a last name or both, for example Ada Smith"_s);
        if (name.size() > limits::NameLength)
            return invalidField("name"_L1, u"Name"_s,
                                u"use at most %1 characters"_s.arg(limits::NameLength));
        valid.nameTokens = NameKeys::tokens(name);
        if (valid.nameTokens.isEmpty())
            return invalidField("name"_L1, u"Name"_s, u"use letters, for example Ada Smith"_s);
        if (valid.nameTokens.size() > limits::NameWords)
            return invalidField("name"_L1, u"Name"_s,
                                u"use at most %1 words"_s.arg(limits::NameWords));
    }
    if (criteria.dateOfBirth) {
        valid.birthDate = *criteria.dateOfBirth;
        if (!valid.birthDate.isValid())
            return invalidField("dateOfBirth"_L1, u"Date of birth"_s,
                                u"use a real date, for example 2012-03-04"_s);
        valid.swappedBirthDate = swappedDayAndMonth(valid.birthDate);
    }
    valid.upn = trimmedIdentifier(criteria.upn);
    if (criteria.upn && (valid.upn.isEmpty() || valid.upn.size() > limits::IdentifierLength))
        return invalidField(
            "upn"_L1, u"UPN"_s,
            u"enter the unique pupil number, up to %1 characters"_s.arg(limits::IdentifierLength));
    if (criteria.nhsNumber) {
        // What is wrong with the digits given, in the words the client shows too (tv::nhs).
        const nhs::Check check = nhs::check(*criteria.nhsNumber);
        if (!check.ok())
            return Error{
                QString(tv::errc::InvalidField), nhs::problemText(check), {}, u"nhsNumber"_s};
        valid.nhsNumber = check.normalised;
    }
    valid.lcsCaseId = trimmedIdentifier(criteria.lcsCaseId);
    if (criteria.lcsCaseId &&
        (valid.lcsCaseId.isEmpty() || valid.lcsCaseId.size() > limits::IdentifierLength))
        return invalidField("lcsCaseId"_L1, u"LCS case ID"_s,
                            u"enter the case number from the social care system, up to %1 "
                            u"characters"_s.arg(limits::IdentifierLength));
    if (criteria.postcode) {
        valid.postcode = PostcodeQuery::parse(*criteria.postcode);
        if (!valid.postcode)
            return invalidField("postcode"_L1, u"Postcode"_s,
                                u"enter a full postcode (TA1 1AA), or its first part (TA1) or "
                                u"first part and next digit (TA1 1)"_s);
    }
    if (!criteria.name && !criteria.dateOfBirth && !criteria.upn && !criteria.nhsNumber &&
        !criteria.lcsCaseId && !criteria.postcode) {
        return Error{QString(tv::errc::InvalidField),
                     u"Enter at least one detail to search by: a name, a date of birth, a UPN, "
                     u"an NHS number, an LCS case ID or a postcode."_s};
    }
    return valid;
}

// Step 2: the statement that loads the candidates, or nullopt when none can match.
// A narrow criterion (date of birth, an identifier, a full postcode) finds few rows through its
// own index: the name, if any, is then matched on those rows, with every tolerance of the scorer.
// Otherwise the name's precomputed keys find the candidates first (a separate statement, so that
// the planner looks them up by primary key whatever it guesses of their number), and a district
// or sector narrows those.
Result<std::optional<Plan>> plan(const db::Database &database, const ValidCriteria &criteria)
{
    const std::optional<PostcodeQuery> &postcode = criteria.postcode;
    const bool narrow = criteria.birthDate.isValid() || !criteria.upn.isEmpty() ||
                        !criteria.nhsNumber.isEmpty() || !criteria.lcsCaseId.isEmpty() ||
                        (postcode && postcode->kind() == PostcodeQuery::Kind::Full);
    Plan planned;
    QStringList conditions;
    QVariantMap &bindings = planned.bindings;
    if (!criteria.nameTokens.isEmpty() && !narrow) {
        QVariantMap keyBindings;
        const QString keyList =
            bindList("k"_L1, NameKeys::forQuery(criteria.nameTokens), keyBindings);
        Result<QSqlQuery> keyed = database.run(
            u"find persons by name keys",
            u"SELECT DISTINCT person_id FROM person_search_keys WHERE search_key IN (%1) LIMIT %2"_s
                .arg(keyList, QString::number(CandidateCap + 1)),
            keyBindings);
        if (!keyed)
            return keyed.error();
        QList<qint64> ids;
        while (keyed.value().next())
            ids.append(keyed.value().value(0).toLongLong());
        if (ids.isEmpty())
            return std::optional<Plan>();
        if (ids.size() > CandidateCap) {
            planned.capped = true;
            ids.resize(CandidateCap);
        }
        conditions.append(u"p.id IN (%1)"_s.arg(bindList("i"_L1, ids, bindings)));
    }
    if (criteria.birthDate.isValid()) {
        QStringList dates{criteria.birthDate.toString(Qt::ISODate)};
        if (criteria.swappedBirthDate.isValid())
            dates.append(criteria.swappedBirthDate.toString(Qt::ISODate));
        conditions.append(u"p.date_of_birth IN (%1)"_s.arg(bindList("d"_L1, dates, bindings)));
    }
    if (const QString &upn = criteria.upn; !upn.isEmpty()) {
        // Pupil numbers are held in upper case; the other spellings cost nothing to look up.
        QStringList spellings{upn.toUpper()};
        for (const QString &other : {upn, upn.toLower()}) {
            if (!spellings.contains(other))
                spellings.append(other);
        }
        conditions.append(u"p.upn IN (%1)"_s.arg(bindList("u"_L1, spellings, bindings)));
    }
    if (!criteria.nhsNumber.isEmpty()) {
        conditions.append(u"p.nhs_number = :nhs"_s);
        bindings.insert(u":nhs"_s, criteria.nhsNumber);
    }
    if (!criteria.lcsCaseId.isEmpty()) {
        conditions.append(u"p.lcs_case_id = :lcs"_s);
        bindings.insert(u":lcs"_s, criteria.lcsCaseId);
    }
    if (postcode) {
        conditions.append(postcode->kind() == PostcodeQuery::Kind::Full
                              ? u"h.postcode = :postcode"_s
                              : u"h.postcode LIKE :postcode"_s);
        bindings.insert(u":postcode"_s, postcode->sqlValue());
    }
    planned.sql = u"SELECT p.id, p.given_name, p.family_name, p.date_of_birth FROM persons p%1"
                  u" WHERE %2 LIMIT %3"_s.arg(
                      postcode ? u" JOIN households h ON h.id = p.household_id"_s : QString(),
                      conditions.join(u" AND "_s), QString::number(CandidateCap + 1));
    return std::optional<Plan>(std::move(planned));
}

// Step 3: the planned candidates loaded, scored and ordered (see SearchService), best first.
Result<SearchService::Matches> rank(const db::Database &database, const ValidCriteria &criteria,
                                    const Plan &planned, const QDate &asOf)
{
    Result<QSqlQuery> query =
        database.run(u"find persons matching a search", planned.sql, planned.bindings);
    if (!query)
        return query.error();

    const NameScorer scorer(criteria.nameTokens);
    QList<Candidate> candidates;
    int rows = 0;
    while (query.value().next()) {
        ++rows;
        if (rows > CandidateCap)
            break;
        const QDate held = db::dateFromDb(query.value().value(3));
        Candidate candidate{query.value().value(0).toLongLong(), 0.0,
                            yearsFromSchoolAge(held, asOf)};
        if (!criteria.nameTokens.isEmpty()) {
            const double nameScore =
                scorer.score(query.value().value(1).toString(), query.value().value(2).toString());
            if (nameScore <= 0.0)
                continue;
            candidate.score += nameScore;
        }
        if (criteria.birthDate.isValid()) {
            candidate.score += held == criteria.birthDate ? ExactBirthDate : SwappedBirthDate;
        }
        candidates.append(candidate);
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.yearsFromSchoolAge != b.yearsFromSchoolAge)
            return a.yearsFromSchoolAge < b.yearsFromSchoolAge;
        return a.id < b.id;
    });

    SearchService::Matches matches;
    matches.truncated =
        planned.capped || rows > CandidateCap || candidates.size() > SearchService::MaxResults;
    for (qsizetype i = 0; i < candidates.size() && i < SearchService::MaxResults; ++i)
        matches.personIds.append(candidates.at(i).id);
    qCDebug(lcSearch) << "search:" << rows << "candidates," << candidates.size() << "matches";
    return matches;
}

} // namespace

SearchService::SearchService(const db::Database &database, QDate asOf)
    : m_database(database)
    , m_asOf(asOf)
{}

Result<SearchService::Matches> SearchService::search(const SearchCriteria &criteria) const
{
    const Result<ValidCriteria> valid = validate(criteria);
    if (!valid)
        return valid.error();
    const Result<std::optional<Plan>> planned = plan(m_database, valid.value());
    if (!planned)
        return planned.error();
    if (!planned.value())
        return Matches{};
    return rank(m_database, valid.value(), *planned.value(),
                m_asOf.isValid() ? m_asOf : QDate::currentDate());
}

QStringList nameKeys(const QString &givenName, const QString &familyName)
{
    return NameKeys::forPerson(givenName, familyName);
}

namespace {

struct KeyRow {
    QString key;
    qint64 personId = 0;
};

// PostgreSQL: a whole batch as two bound arrays, unnested into rows. One short statement to parse
// and two parameters to bind, however many rows.
Status insertKeysAsArrays(const db::Database &database, const QList<KeyRow> &rows)
{
    for (qsizetype start = 0; start < rows.size(); start += PostgresRowsPerInsert) {
        const qsizetype count = std::min<qsizetype>(PostgresRowsPerInsert, rows.size() - start);
        QString keys = u"{"_s;
        QString ids = u"{"_s;
        keys.reserve(count * 14);
        ids.reserve(count * 8);
        for (qsizetype i = 0; i < count; ++i) {
            const KeyRow &row = rows.at(start + i);
            if (i > 0) {
                keys += u',';
                ids += u',';
            }
            QString element = row.key;
            element.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
            keys += u'"' + element + u'"';
            ids += QString::number(row.personId);
        }
        keys += u'}';
        ids += u'}';
        if (const Status inserted = database.exec(
                u"store name keys",
                u"INSERT INTO person_search_keys (search_key, person_id)"
                u" SELECT * FROM unnest(CAST(:keys AS text[]), CAST(:ids AS bigint[]))"_s,
                {{u":keys"_s, keys}, {u":ids"_s, ids}});
            !inserted)
            return inserted.error();
    }
    return Done{};
}

// Any engine: multi-row INSERTs with a pair of parameters a row.
Status insertKeys(const db::Database &database, const QList<KeyRow> &rows)
{
    if (database.dialect() == db::Dialect::Postgres) {
        // The keys can always be rebuilt from persons: no need to wait for the disk at commit.
        Result<QSqlQuery> relaxed = database.runDdl(u"relax commit durability for name keys",
                                                    u"SET LOCAL synchronous_commit TO OFF"_s);
        if (!relaxed)
            return relaxed.error();
        return insertKeysAsArrays(database, rows);
    }

    const int perStatement = SqliteRowsPerInsert;
    QString fullStatement; // the SQL of a full batch, built once
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype count = std::min<qsizetype>(perStatement, rows.size() - start);
        auto statementFor = [](qsizetype n) {
            QString sql = u"INSERT INTO person_search_keys (search_key, person_id) VALUES "_s;
            sql.reserve(sql.size() + n * 24);
            for (qsizetype i = 0; i < n; ++i) {
                if (i > 0)
                    sql += u", "_s;
                sql += u"(:k%1, :p%1)"_s.arg(i);
            }
            return sql;
        };
        if (count == perStatement && fullStatement.isEmpty())
            fullStatement = statementFor(count);
        QVariantMap bindings;
        for (qsizetype i = 0; i < count; ++i) {
            const KeyRow &row = rows.at(start + i);
            const QString n = QString::number(i);
            bindings.insert(u":k"_s + n, row.key);
            bindings.insert(u":p"_s + n, row.personId);
        }
        if (const Status inserted = database.exec(
                u"store name keys", count == perStatement ? fullStatement : statementFor(count),
                bindings);
            !inserted)
            return inserted.error();
    }
    return Done{};
}

} // namespace

Status indexPersons(const db::Database &database, qint64 firstId, qint64 lastId)
{
    if (firstId > lastId)
        return Done{};
    QElapsedTimer timer;
    timer.start();

    // Rebuild: drop the range's old keys first. The table has no index on person_id, so this is
    // one pass over it, skipped when it is empty (the first build after a load).
    const Result<bool> any = database.exists(u"check for stored name keys",
                                             u"SELECT 1 FROM person_search_keys LIMIT 1"_s);
    if (!any)
        return any.error();
    if (any.value()) {
        if (const Status removed = database.exec(
                u"remove stored name keys",
                u"DELETE FROM person_search_keys WHERE person_id BETWEEN :first AND :last"_s,
                {{u":first"_s, firstId}, {u":last"_s, lastId}});
            !removed)
            return removed.error();
    }

    qint64 next = firstId;
    qint64 persons = 0;
    qint64 keys = 0;
    for (;;) {
        QList<KeyRow> rows;
        qint64 lastRead = 0;
        int read = 0;
        {
            Result<QSqlQuery> batch = database.run(
                u"read persons to index",
                u"SELECT id, given_name, family_name FROM persons WHERE id >= :next AND id <= :last"
                u" ORDER BY id LIMIT %1"_s.arg(PersonsPerTransaction),
                {{u":next"_s, next}, {u":last"_s, lastId}});
            if (!batch)
                return batch.error();
            QSqlQuery &q = batch.value();
            while (q.next()) {
                ++read;
                lastRead = q.value(0).toLongLong();
                for (QString &key :
                     NameKeys::forPerson(q.value(1).toString(), q.value(2).toString()))
                    rows.append(KeyRow{std::move(key), lastRead});
            }
        }
        if (read == 0)
            break;
        // In key order, the primary-key index is filled page by page rather than at random.
        std::sort(rows.begin(), rows.end(),
                  [](const KeyRow &a, const KeyRow &b) { return a.key < b.key; });
        if (Status stored = database.transaction([&] { return insertKeys(database, rows); });
            !stored) {
            return stored;
        }
        persons += read;
        keys += rows.size();
        if (read < PersonsPerTransaction || lastRead >= lastId)
            break;
        next = lastRead + 1;
    }
    qCInfo(lcSearch) << "indexed" << persons << "persons:" << keys << "name keys in"
                     << timer.elapsed() << "ms";
    return Done{};
}

Result<bool> ensureCurrentKeys(const db::Database &database)
{
    Result<QSqlQuery> range =
        database.run(u"find the range of person ids", u"SELECT MIN(id), MAX(id) FROM persons"_s);
    if (!range)
        return range.error();
    if (!range.value().next() || range.value().value(0).isNull())
        return false; // no one to index
    const qint64 first = range.value().value(0).toLongLong();
    const qint64 last = range.value().value(1).toLongLong();
    bool current = true;
    for (const qint64 id : {first, last}) {
        Result<QSqlQuery> person = database.run(
            u"read a person's names",
            u"SELECT given_name, family_name FROM persons WHERE id = :id"_s, {{u":id"_s, id}});
        if (!person)
            return person.error();
        if (!person.value().next())
            continue;
        const QStringList expected = NameKeys::forPerson(person.value().value(0).toString(),
                                                         person.value().value(1).toString());
        if (expected.isEmpty())
            continue;
        // Looked up by the primary key (search_key, person_id): the table has no index on
        // person_id alone, and a scan of it would slow every start.
        QVariantMap bindings{{u":id"_s, id}};
        const QString keyList = bindList("k"_L1, expected, bindings);
        const Result<std::optional<QVariant>> stored =
            database.firstValue(u"count a person's name keys",
                                u"SELECT COUNT(*) FROM person_search_keys WHERE search_key IN (%1)"
                                u" AND person_id = :id"_s.arg(keyList),
                                bindings);
        if (!stored)
            return stored.error();
        const qint64 held = stored.value().value_or(QVariant(0)).toLongLong();
        current = current && held == expected.size();
    }
    if (current)
        return false;
    qCInfo(lcSearch) << "the stored name keys are out of date: rebuilding them";
    if (Status rebuilt = indexPersons(database, first, last); !rebuilt)
        return rebuilt.error();
    return true;
}

bool isValidNhsNumber(const QString &text)
{
    return nhs::check(text).ok();
}

} // namespace tv::server::search
