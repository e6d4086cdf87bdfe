// What the service benchmarks share: percentiles, failing loudly, the seeded population and the
// practitioner whose reads are audited. Header-only: each benchmark is one program.
#pragma once

#include "server/ServerConfig.h"
#include "server/access/RecordAccess.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/UserDirectory.h"
#include "server/db/Database.h"
#include "server/db/Migrator.h"
#include "server/search/SearchService.h"
#include "server/seed/PersonGenerator.h"
#include "server/seed/TrainingSeeder.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace tv::bench {

using namespace Qt::StringLiterals;

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Percentiles {
    double p50 = 0, p95 = 0, p99 = 0, mean = 0;
};

inline Percentiles percentiles(std::vector<double> ms)
{
    Percentiles p;
    if (ms.empty())
        return p;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, size_t(q * ms.size()))];
    };
    p.p50 = at(0.50);
    p.p95 = at(0.95);
    p.p99 = at(0.99);
    double sum = 0;
    for (double v : ms)
        sum += v;
    p.mean = sum / double(ms.size());
    return p;
}

inline void print(const char *what, const Percentiles &p, size_t n)
{
    out() << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(0) << "p50 "
          << QString::number(p.p50, 'f', 2) << " ms  p95 " << QString::number(p.p95, 'f', 2)
          << " ms  p99 " << QString::number(p.p99, 'f', 2) << " ms  (" << n << " runs)" << Qt::endl;
}

[[noreturn]] inline void die(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    std::exit(1);
}

template <typename T>
T must(tv::Result<T> result, const char *what)
{
    if (!result)
        die(QString::fromLatin1(what) + u": "_s + result.error().message);
    return std::move(result).value();
}

// The options of a benchmark on a seeded population: --config FILE (required), --persons N
// (default `defaultPersons`) and --seed S.
struct PopulationOptions {
    explicit PopulationOptions(const QString &defaultPersons)
        : persons(u"persons"_s, u"Population size."_s, u"n"_s, defaultPersons)
    {}

    QList<QCommandLineOption> all() const { return {config, persons, seed}; }

    QCommandLineOption config{u"config"_s, u"Service INI file ([database])."_s, u"file"_s};
    QCommandLineOption persons;
    QCommandLineOption seed{u"seed"_s, u"Generator seed."_s, u"s"_s, u"20261124"_s};
};

// The configuration --config names; dies when --config is missing or does not load.
inline server::ServerConfig loadConfig(const QCommandLineParser &parser,
                                       const PopulationOptions &options)
{
    if (!parser.isSet(options.config))
        die(u"--config is required"_s);
    return must(server::ServerConfig::load(parser.value(options.config)), "config");
}

// The [database] of `config`, opened and migrated, described on stdout; dies when it cannot be.
inline std::unique_ptr<server::db::Database> openMigrated(const server::ServerConfig &config)
{
    auto database = must(server::db::Database::open(config.database), "open the database");
    must(server::db::Migrator(*database).migrate(), "migrate");
    out() << "database: " << database->describe() << Qt::endl;
    return database;
}

inline qint64 count(const server::db::Database &db, const QString &table)
{
    auto q = must(db.run(u"count rows", u"SELECT COUNT(*) FROM "_s + table), "count rows");
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Seeds `persons` persons (with their name keys) into an empty database, or reuses a database
// that holds at least that many.
inline void seedPopulation(const server::db::Database &db, qint64 persons, quint32 seed,
                           const QDate &asOf)
{
    if (count(db, u"persons"_s) >= persons) {
        out() << "seed: reusing " << count(db, u"persons"_s) << " persons" << Qt::endl;
        return;
    }
    if (count(db, u"persons"_s) > 0)
        die(u"the database has a smaller population; use an empty one"_s);
    server::seed::GeneratorOptions options;
    options.persons = persons;
    options.seed = seed;
    options.asOf = asOf;
    options.afterChunk = [&db](qint64 first, qint64 last) {
        return server::search::indexPersons(db, first, last);
    };
    options.progress = [](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total)
            QTextStream(stderr) << "seeded " << done << " of " << total << Qt::endl;
    };
    QElapsedTimer timer;
    timer.start();
    const server::seed::GeneratorCounts counts =
        must(server::seed::PersonGenerator(db).generate(options), "seed");
    const double seconds = double(timer.elapsed()) / 1000.0;
    out() << "seed: " << counts.persons << " persons, " << counts.rows() << " rows + "
          << count(db, u"person_search_keys"_s) << " search keys in "
          << QString::number(seconds, 'f', 1) << " s ("
          << QString::number(double(counts.rows()) / seconds, 'f', 0) << " rows/s)" << Qt::endl;
}

// The practitioner the benchmark's reads are audited against, cleared for access on `asOf`.
inline tv::User benchUser(const server::db::Database &db, const QDate &asOf)
{
    server::auth::PasswordHasher hasher;
    server::auth::UserDirectory users(db, hasher);
    const QString organisation = must(users.ensureOrganisation(u"Benchmark Academy"_s), "org");
    tv::User user;
    if (auto found = must(users.findByEmail(u"bench@benchmark.invalid"_s), "find user"))
        user = found->user;
    else
        user = must(
            users.createUser({u"bench@benchmark.invalid"_s, u"Bench Mark"_s, tv::Role::Practitioner,
                              organisation, u"a benchmark password of some length"_s}),
            "create user");
    must(server::seed::TrainingSeeder::clearForAccess(db, user.id, asOf),
         "clear the user for access");
    return user;
}

} // namespace tv::bench
