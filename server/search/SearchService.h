#pragma once

#include "models/domain/Result.h"
#include "models/domain/Search.h"
#include "server/db/DatabaseFwd.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tv::server::search {

// Finds persons by any of the criteria of tv::SearchCriteria, ranked best first and capped at
// MaxResults. Invalid criteria (no criterion at all, an NHS number failing its checksum, a
// malformed postcode, ...) are errors with code tv::errc::InvalidField, Error::field naming the
// field at fault as the wire does ("nhsNumber"), and a message in plain words for the person who
// typed it ("NHS number: 9 digits were given; ...").
//
// The order: by score, best first (the name's closeness, plus the date of birth's); among equal
// scores, people of school age on the as-of date first (tv::isSchoolAge: 4 to 18), then the
// others by how far their age is from school age (a 3- or 19-year-old before a baby or a
// grandparent), then by record id. Every other detail given (identifier, postcode) is a filter
// every result matches exactly, so it cannot tell equal scores apart.
class SearchService final {
public:
    static constexpr int MaxResults = 25;

    // `asOf`: the date ages are taken on; invalid means today.
    explicit SearchService(const db::Database &database, QDate asOf = {});

    // The ids of the best matches, best first, and whether more matched than MaxResults.
    struct Matches {
        QList<qint64> personIds;
        bool truncated = false;
    };
    Result<Matches> search(const SearchCriteria &criteria) const;

private:
    const db::Database &m_database;
    QDate m_asOf;
};

// The keys stored in person_search_keys for one person's names: what a name query is matched
// against (normalised names, nickname groups, phonetic codes, typo-tolerant variants).
QStringList nameKeys(const QString &givenName, const QString &familyName);

// (Re)builds person_search_keys for persons with ids in [firstId, lastId], in batches.
Status indexPersons(const db::Database &database, qint64 firstId, qint64 lastId);

// Rebuilds person_search_keys for every person when the stored keys were made by an older
// NameKeys (a database seeded before the keys changed): whether the first and last persons hold
// every key NameKeys makes for them now (a key no longer made does no harm: nothing looks it up).
// Returns whether it rebuilt. Run at start.
Result<bool> ensureCurrentKeys(const db::Database &database);

// NHS number: ten digits whose modulus 11 check digit is right (spaces allowed in input).
bool isValidNhsNumber(const QString &text);

} // namespace tv::server::search
