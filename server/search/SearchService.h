#pragma once

#include "domain/Result.h"
#include "domain/Search.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tv::server::db {
class Database;
}

namespace tv::server::search {

// Finds persons by any of the criteria of tv::SearchCriteria, ranked best first and capped at
// MaxResults. Invalid criteria (no criterion at all, an NHS number failing its checksum, a
// malformed postcode, ...) are errors with code tv::errc::InvalidField, Error::field naming the
// field at fault as the wire does ("nhsNumber"), and a message in plain words for the person who
// typed it ("NHS number: enter all 10 digits, ...").
class SearchService final {
public:
    static constexpr int MaxResults = 25;

    explicit SearchService(const db::Database &database);

    // The ids of the best matches, best first, and whether more matched than MaxResults.
    struct Matches {
        QList<qint64> personIds;
        bool truncated = false;
    };
    Result<Matches> search(const SearchCriteria &criteria) const;

private:
    const db::Database &m_database;
};

// The keys stored in person_search_keys for one person's names: what a name query is matched
// against (normalised names, nickname groups, phonetic codes, typo-tolerant variants).
QStringList nameKeys(const QString &givenName, const QString &familyName);

// (Re)builds person_search_keys for persons with ids in [firstId, lastId], in batches.
Status indexPersons(const db::Database &database, qint64 firstId, qint64 lastId);

// NHS number: ten digits whose modulus 11 check digit is right (spaces allowed in input).
bool isValidNhsNumber(const QString &text);

} // namespace tv::server::search
