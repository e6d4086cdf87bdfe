#pragma once

#include "models/domain/Result.h"
#include "server/db/DatabaseFwd.h"

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace tv::server::seed {

struct GeneratorOptions {
    qint64 persons = 0;
    quint32 seed = 0;
    // Every date is placed relative to it (the edges of the two-year rule above all). Required.
    QDate asOf;
    // Persons written per transaction.
    qint64 personsPerTransaction = 10'000;
    // Called after each transaction commits: persons written so far, of `persons`.
    std::function<void(qint64 done, qint64 total)> progress = {};
    // Called inside each transaction once its persons [firstId, lastId] and all their records
    // are written (to index them, say); an error rolls that transaction back and stops.
    std::function<Status(qint64 firstId, qint64 lastId)> afterChunk = {};
};

// How many rows of each table a run wrote.
struct GeneratorCounts {
    qint64 sourceDatasets = 0;
    qint64 households = 0;
    qint64 persons = 0;
    qint64 episodes = 0;
    qint64 involvements = 0;
    qint64 assessments = 0;
    qint64 attendanceTerms = 0;
    qint64 incidents = 0;
    qint64 restrictions = 0;

    qint64 rows() const;
    friend bool operator==(const GeneratorCounts &, const GeneratorCounts &) = default;
};

// Writes a fictional but realistic population of Somerset households into an empty database:
// the 35 source data sets, households, persons (ids 1..N; households numbered apart), their
// flag episodes, involvements, assessments, school attendance, incidents and a few
// restrictions. Deterministic: the same (persons, seed, asOf) always writes the same rows, and
// the first persons of a bigger run are those of a smaller one with the same seed and as-of.
//
// The first children of every run act out the scenarios of the two-year rule: each flag
// Current, Historic and ended before the window; episodes ending on the window's first day,
// the day before it, on the as-of date; open-ended ones; one starting after the as-of date;
// ten-year-old involvements with one recent assessment; only old data; a restricted child.
// About 200 persons cover them all.
class PersonGenerator final {
public:
    static constexpr int SourceDatasetCount = 35;
    // Training mode's population.
    static constexpr qint64 TrainingPersons = 2'000;
    static constexpr quint32 TrainingSeed = 20'220'901;

    explicit PersonGenerator(const db::Database &database);

    // Refuses (tv::server::errc::AlreadyExists) a database that already holds persons or
    // source data sets, and bad options (InvalidInput).
    Result<GeneratorCounts> generate(const GeneratorOptions &options) const;

    // Whether the database holds any person.
    Result<bool> hasPersons() const;

private:
    const db::Database &m_database;
};

} // namespace tv::server::seed
