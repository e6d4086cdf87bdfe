#pragma once

#include "models/domain/Person.h"
#include "models/domain/Result.h"
#include "server/db/DatabaseFwd.h"
#include "server/rules/PersonRecord.h"

#include <QList>
#include <QString>

namespace tv::server::data {

// Reads person data for one request. Every method is a read: the caller wraps it, with its audit
// row, in one Database::transaction. Ids are the warehouse's numeric ids; an id that does not
// exist is an error with code tv::errc::NotFound.
//
// Each method runs two statements at most (the person or household row, then one statement for
// all of its episodes, involvements, assessments, attendance and incidents). They are prepared
// once per connection (Database::runPrepared) and only executed after that. Use a repository on
// its Database's thread only.
class PersonRepository final {
public:
    explicit PersonRepository(const db::Database &database);

    // Everything held about one person (all episodes, involvements, ...), with `restricted` set
    // when the person is in the restrictions table.
    Result<rules::PersonRecord> load(qint64 personId) const;

    struct HouseholdMemberRecord {
        PersonSummary summary;
        rules::PersonRecord record;
    };
    struct HouseholdRecord {
        qint64 id = 0;
        QString address; // full address line with town and postcode
        QList<HouseholdMemberRecord> members;
    };
    Result<HouseholdRecord> loadHousehold(qint64 householdId) const;

    // Search-result summaries, in the order of `personIds` (unknown ids are left out).
    Result<QList<PersonSummary>> summaries(const QList<qint64> &personIds) const;

    // Coverage and freshness of every source data set.
    Result<QList<SourceCoverage>> coverage() const;

private:
    const db::Database &m_database;
};

} // namespace tv::server::data
