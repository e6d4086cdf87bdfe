// bench_service: the service's speed on a realistic population, printed as figures.
//
//   bench_service --config FILE [--persons N] [--seed S] [--queries Q] [--views V]
//                 [--seconds T] [--threads K]
//
// Seeds N persons (default 1,000,000) into the [database] of FILE when it has fewer, then
// measures, in-process and with every audit row committed:
// Every read goes through what the API does for it: the conditions-of-access check, the read and
// its audit row.
//   - search latency (p50/p95/p99) over a mix of name queries with typos, nicknames, swapped
//     names, dates of birth (some day/month swapped), postcodes and identifiers;
//   - person-view latency (p50/p95/p99), reason and audit row included;
//   - audited person views per second from K service connections for T seconds;
//   - the same name queries through a pg_trgm similarity query (PostgreSQL), as the baseline.
// On PostgreSQL it turns fsync on (ALTER SYSTEM, so it needs a superuser) before it measures:
// seeding may run without it, every timed commit is durable.
// Not a test: it prints figures (tests/benchmarks/run-service-benchmark.sh runs it).
#include "server/ServerConfig.h"
#include "server/access/AccessGate.h"
#include "server/access/RecordAccess.h"
#include "server/db/Database.h"
#include "tests/benchmarks/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tv::server;
using namespace tv::bench;

namespace {

struct Sample {
    QString given, family, postcode, upn, nhs;
    QDate dob;
};

// Makes a name a little wrong, the way people mistype: swap two letters or drop one.
QString typo(const QString &name, QRandomGenerator &random)
{
    if (name.size() < 4)
        return name;
    QString t = name;
    const int i = 1 + int(random.bounded(quint32(t.size() - 2)));
    if (random.bounded(2) == 0)
        std::swap(t[i], t[i + 1]);
    else
        t.remove(i, 1);
    return t;
}

QString swappedDayMonth(const QDate &d)
{
    const QDate s(d.year(), d.day(), d.month());
    return (d.day() <= 12 && s.isValid() ? s : d).toString(Qt::ISODate);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the TransformView service's speed."_s);
    parser.addHelpOption();
    const PopulationOptions population(u"1000000"_s);
    const QCommandLineOption queriesOption(u"queries"_s, u"Searches to time."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption viewsOption(u"views"_s, u"Person views to time."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Throughput run length."_s, u"t"_s,
                                           u"10"_s);
    const QCommandLineOption threadsOption(u"threads"_s, u"Service connections for throughput."_s,
                                           u"k"_s, u"4"_s);
    parser.addOptions(population.all());
    parser.addOptions({queriesOption, viewsOption, secondsOption, threadsOption});
    parser.process(app);

    const ServerConfig config = loadConfig(parser, population);
    const qint64 persons = parser.value(population.persons).toLongLong();
    const QDate asOf(2026, 11, 24);
    const auto database = openMigrated(config);
    const db::Database &db = *database;

    // 1. The population.
    seedPopulation(db, persons, parser.value(population.seed).toUInt(), asOf);
    if (db.dialect() == db::Dialect::Postgres) {
        must(db.runDdl(u"analyse", u"ANALYZE"_s), "analyse");
        // Seeding may run without fsync; what is timed below commits durably.
        must(db.runDdl(u"make commits durable", u"ALTER SYSTEM SET fsync = on"_s), "fsync on");
        must(db.runDdl(u"reload the settings", u"SELECT pg_reload_conf()"_s), "reload");
        must(db.runDdl(u"checkpoint", u"CHECKPOINT"_s), "checkpoint");
        auto fsync = must(db.run(u"read fsync", u"SELECT current_setting('fsync')"_s), "fsync");
        if (!fsync.next() || fsync.value(0).toString() != "on"_L1)
            die(u"fsync is still off: the timed commits would not be durable"_s);
        out() << "durable commits: fsync on" << Qt::endl;
    }

    // A practitioner to audit the reads against.
    const tv::User user = benchUser(db, asOf);

    // 2. The workload, drawn from the population itself.
    QRandomGenerator random(7);
    const int queries = parser.value(queriesOption).toInt();
    std::vector<Sample> samples;
    {
        const qint64 total = count(db, u"persons"_s);
        while (int(samples.size()) < queries) {
            const qint64 id = 1 + qint64(random.bounded(quint64(total)));
            auto q = must(db.run(u"sample a person",
                                 u"SELECT p.given_name, p.family_name, h.postcode, p.upn, "
                                 u"p.nhs_number, p.date_of_birth FROM persons p JOIN households "
                                 u"h ON h.id = p.household_id WHERE p.id = :id"_s,
                                 {{u":id"_s, id}}),
                          "sample");
            if (q.next())
                samples.push_back({q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(),
                                   QDate::fromString(q.value(5).toString().left(10), Qt::ISODate)});
        }
    }
    std::vector<tv::SearchCriteria> workload;
    std::vector<QString> nameQueries;
    for (size_t i = 0; i < samples.size(); ++i) {
        const Sample &s = samples[i];
        tv::SearchCriteria c;
        switch (i % 8) {
        case 0: // exact name
            c.name = s.given + u' ' + s.family;
            break;
        case 1: // a typo in each name
            c.name = typo(s.given, random) + u' ' + typo(s.family, random);
            break;
        case 2: // swapped order
            c.name = s.family + u' ' + s.given;
            break;
        case 3: // name and date of birth, day and month swapped
            c.name = s.given + u' ' + s.family;
            c.dateOfBirth = QDate::fromString(swappedDayMonth(s.dob), Qt::ISODate);
            break;
        case 4: // family name with a typo and the date of birth
            c.name = s.given + u' ' + typo(s.family, random);
            c.dateOfBirth = s.dob;
            break;
        case 5:
            c.postcode = s.postcode;
            break;
        case 6:
            if (!s.upn.isEmpty())
                c.upn = s.upn;
            else
                c.name = s.given + u' ' + s.family;
            break;
        default:
            if (!s.nhs.isEmpty())
                c.nhsNumber = s.nhs;
            else
                c.name = s.given + u' ' + s.family;
            break;
        }
        if (c.name)
            nameQueries.push_back(*c.name);
        workload.push_back(c);
    }

    const access::RecordAccess records(db, {[asOf] { return asOf; }, {}});
    const access::AccessGate gate(db, {AccessPolicy{}, [asOf] {
                                           return asOf;
                                       }});
    const tv::AccessReason reason{u"safeguarding-concern"_s, std::nullopt};

    // 3. Search latency, audit row included.
    std::vector<double> searchMs, nameSearchMs;
    int found = 0;
    for (size_t i = 0; i < workload.size(); ++i) {
        QElapsedTimer t;
        t.start();
        must(gate.check(user, access::AccessGate::Scope::Data), "gate");
        const auto results = must(records.search(user, workload[i]), "search");
        const double ms = double(t.nsecsElapsed()) / 1e6;
        searchMs.push_back(ms);
        if (workload[i].name && !workload[i].dateOfBirth)
            nameSearchMs.push_back(ms);
        found += results.results.isEmpty() ? 0 : 1;
    }

    // 4. Person-view latency, audit row committed.
    std::vector<double> viewMs;
    const int views = parser.value(viewsOption).toInt();
    const qint64 total = count(db, u"persons"_s);
    int restricted = 0;
    for (int i = 0; i < views; ++i) {
        const QString id = QString::number(1 + qint64(random.bounded(quint64(total))));
        QElapsedTimer t;
        t.start();
        must(gate.check(user, access::AccessGate::Scope::Data), "gate");
        const auto view = records.viewPerson(user, id, reason);
        viewMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!view) {
            if (view.error().code != u"restricted"_s)
                die(u"person view failed: "_s + view.error().message);
            ++restricted;
        }
    }

    // 5. Audited person views per second from several service connections at once.
    const int threads = parser.value(threadsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    std::atomic<qint64> done{0};
    std::atomic<bool> failed{false};
    std::vector<QThread *> workers;
    for (int w = 0; w < threads; ++w) {
        workers.push_back(QThread::create([&, w] {
            auto own = db::Database::open(config.database);
            if (!own) {
                failed = true;
                return;
            }
            const access::RecordAccess mine(*own.value(), {[asOf] { return asOf; }, {}});
            const access::AccessGate myGate(*own.value(), {AccessPolicy{}, [asOf] {
                                                               return asOf;
                                                           }});
            QRandomGenerator r(100 + quint32(w));
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < seconds * 1000) {
                if (!myGate.check(user, access::AccessGate::Scope::Data)) {
                    failed = true;
                    return;
                }
                const auto v = mine.viewPerson(
                    user, QString::number(1 + qint64(r.bounded(quint64(total)))), reason);
                if (!v && v.error().code != u"restricted"_s) {
                    failed = true;
                    return;
                }
                ++done;
            }
        }));
        workers.back()->start();
    }
    for (QThread *worker : workers) {
        worker->wait();
        delete worker;
    }
    if (failed)
        die(u"a throughput worker failed"_s);

    // 6. The pg_trgm baseline: the same name queries, name only.
    std::vector<double> trigramMs;
    if (db.dialect() == db::Dialect::Postgres) {
        must(db.runDdl(u"enable pg_trgm", u"CREATE EXTENSION IF NOT EXISTS pg_trgm"_s), "trgm");
        must(db.runDdl(u"index names by trigram",
                       u"CREATE INDEX IF NOT EXISTS persons_name_trgm_idx ON persons USING gin "
                       u"((given_name || ' ' || family_name) gin_trgm_ops)"_s),
             "trgm index");
        must(db.runDdl(u"analyse", u"ANALYZE persons"_s), "analyse");
        for (const QString &name : nameQueries) {
            QElapsedTimer t;
            t.start();
            auto q = must(db.run(u"trigram search",
                                 u"SELECT id FROM persons WHERE (given_name || ' ' || "
                                 u"family_name) % :q ORDER BY similarity(given_name || ' ' || "
                                 u"family_name, :q) DESC LIMIT 25"_s,
                                 {{u":q"_s, name}}),
                          "trigram");
            while (q.next()) {
            }
            trigramMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }

    out() << Qt::endl
          << "population: " << total << " persons; as of " << asOf.toString(Qt::ISODate)
          << Qt::endl;
    print("search (all kinds, audited)", percentiles(searchMs), searchMs.size());
    print("search (name only, audited)", percentiles(nameSearchMs), nameSearchMs.size());
    out() << "  searches with at least one result: " << found << " of " << workload.size()
          << Qt::endl;
    print("person view (audited)", percentiles(viewMs), viewMs.size());
    out() << "  of which restricted: " << restricted << Qt::endl;
    out() << qSetFieldWidth(34) << Qt::left << "audited person views per second"
          << qSetFieldWidth(0) << QString::number(double(done) / seconds, 'f', 0) << "  ("
          << threads << " connections, " << seconds << " s)" << Qt::endl;
    if (!trigramMs.empty()) {
        const Percentiles tri = percentiles(trigramMs);
        print("pg_trgm name-only baseline", tri, trigramMs.size());
        const Percentiles ours = percentiles(nameSearchMs);
        out() << "  name search vs pg_trgm: " << QString::number(tri.p50 / ours.p50, 'f', 1)
              << "x faster at p50, " << QString::number(tri.p95 / ours.p95, 'f', 1) << "x at p95"
              << Qt::endl;
    }
    return 0;
}
