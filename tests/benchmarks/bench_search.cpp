// bench_search: how well the service's search finds the child a practitioner means, printed as
// figures (issue 14, points 12 and 13).
//
//   bench_search --config FILE [--persons N] [--seed S] [--pupils P]
//
// Seeds N persons (default 100,000) into the [database] of FILE when it has fewer (as
// bench_service does), picks P pupils (default 300: persons with a current school), and searches
// for each of them the way staff do without a date of birth:
//   - the exact name;
//   - a slip in the first letter of the family name: another letter, the letter left out, the
//     first two letters swapped;
//   - other typos: two inner letters swapped, one left out, one doubled, in either name.
// Every search goes through what the API does (RecordAccess::search, audit row committed). It
// prints, per kind and overall: the share of searches whose pupil is in the top 10 and first;
// the share that found nobody and that missed the pupil; latency p50/p95; and, of the exact-name
// results, the share under 4 and of school age (4 to 18 on the as-of date).
// Not a test: it prints figures (see README, "Benchmarks").
#include "models/domain/Person.h"
#include "server/ServerConfig.h"
#include "server/access/RecordAccess.h"
#include "tests/benchmarks/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <map>

using namespace Qt::StringLiterals;
using namespace tv::server;
using namespace tv::bench;

namespace {

struct Pupil {
    QString id, given, family;
};

enum class Kind { ExactName, FirstLetterSlip, OtherTypo };

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::ExactName:
        return "exact name, no date of birth";
    case Kind::FirstLetterSlip:
        return "first-letter slip in family name";
    case Kind::OtherTypo:
        return "other typo, no date of birth";
    }
    return "";
}

struct Query {
    Kind kind;
    QString pupilId;
    QString name;
};

QChar otherLetter(QChar letter, QRandomGenerator &random)
{
    for (;;) {
        const QChar c(u'a' + char16_t(random.bounded(26)));
        if (c.toLower() != letter.toLower())
            return letter.isUpper() ? c.toUpper() : c;
    }
}

// The three slips of a family name's first letter.
QStringList firstLetterSlips(const QString &family, QRandomGenerator &random)
{
    QString substituted = family;
    substituted[0] = otherLetter(family.at(0), random).toUpper();
    QString dropped = family.mid(1);
    dropped[0] = dropped.at(0).toUpper();
    QString swapped = family;
    swapped[0] = family.at(1).toUpper();
    swapped[1] = family.at(0).toLower();
    return {substituted, dropped, swapped};
}

// An inner typo (never the first letter): kind 0 swaps two letters, 1 drops one, 2 doubles one.
QString innerTypo(const QString &word, int kind, QRandomGenerator &random)
{
    if (word.size() < 4)
        return word + word.back();
    QString t = word;
    const int i = 1 + int(random.bounded(quint32(t.size() - 2)));
    if (kind == 0)
        std::swap(t[i], t[i + 1]);
    else if (kind == 1)
        t.remove(i, 1);
    else
        t.insert(i, t.at(i));
    return t;
}

struct Tally {
    int searches = 0, top10 = 0, first = 0, empty = 0, missed = 0;
    std::vector<double> ms;
};

QString share(int part, int whole)
{
    return whole == 0 ? u"-"_s : QString::number(100.0 * part / whole, 'f', 1) + u'%';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_search"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures how well the service's search finds pupils."_s);
    parser.addHelpOption();
    const PopulationOptions population(u"100000"_s);
    const QCommandLineOption pupilsOption(u"pupils"_s, u"Pupils to search for."_s, u"n"_s,
                                          u"300"_s);
    parser.addOptions(population.all());
    parser.addOption(pupilsOption);
    parser.process(app);

    const ServerConfig config = loadConfig(parser, population);
    const QDate asOf(2026, 11, 24);
    const auto database = openMigrated(config);
    const db::Database &db = *database;
    seedPopulation(db, parser.value(population.persons).toLongLong(),
                   parser.value(population.seed).toUInt(), asOf);
    if (db.dialect() == db::Dialect::Postgres)
        must(db.runDdl(u"analyse", u"ANALYZE"_s), "analyse");
    const tv::User user = benchUser(db, asOf);

    // The pupils: persons at a school now, drawn at random.
    QRandomGenerator random(14);
    std::vector<Pupil> all;
    {
        auto q =
            must(db.run(u"read the pupils", u"SELECT id, given_name, family_name FROM persons"
                                            u" WHERE current_school IS NOT NULL ORDER BY id"_s),
                 "pupils");
        while (q.next()) {
            if (q.value(2).toString().size() >= 3)
                all.push_back(
                    {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        }
    }
    const int wanted = std::min<int>(parser.value(pupilsOption).toInt(), int(all.size()));
    std::vector<Pupil> pupils;
    while (int(pupils.size()) < wanted) {
        const size_t i = size_t(random.bounded(quint32(all.size())));
        pupils.push_back(all[i]);
        all.erase(all.begin() + qsizetype(i));
    }

    std::vector<Query> queries;
    for (const Pupil &p : pupils) {
        queries.push_back({Kind::ExactName, p.id, p.given + u' ' + p.family});
        for (const QString &slip : firstLetterSlips(p.family, random))
            queries.push_back({Kind::FirstLetterSlip, p.id, p.given + u' ' + slip});
        for (int kind = 0; kind < 3; ++kind) {
            const bool inGiven = random.bounded(2) == 0 && p.given.size() >= 4;
            queries.push_back({Kind::OtherTypo, p.id,
                               inGiven ? innerTypo(p.given, kind, random) + u' ' + p.family
                                       : p.given + u' ' + innerTypo(p.family, kind, random)});
        }
    }

    const access::RecordAccess records(db, {[asOf] { return asOf; }, {}});
    std::map<Kind, Tally> tallies;
    Tally overall;
    int exactRows = 0, exactUnder4 = 0, exactSchoolAge = 0;
    for (const Query &query : queries) {
        tv::SearchCriteria criteria;
        criteria.name = query.name;
        QElapsedTimer t;
        t.start();
        const tv::SearchResults results = must(records.search(user, criteria), "search");
        const double ms = double(t.nsecsElapsed()) / 1e6;
        qsizetype rank = -1;
        for (qsizetype i = 0; i < results.results.size() && rank < 0; ++i) {
            if (results.results.at(i).id == query.pupilId)
                rank = i;
        }
        for (Tally *tally : {&tallies[query.kind], &overall}) {
            ++tally->searches;
            tally->top10 += rank >= 0 && rank < 10 ? 1 : 0;
            tally->first += rank == 0 ? 1 : 0;
            tally->empty += results.results.isEmpty() ? 1 : 0;
            tally->missed += rank < 0 ? 1 : 0;
            tally->ms.push_back(ms);
        }
        if (query.kind == Kind::ExactName) {
            for (const tv::PersonSummary &person : results.results) {
                const int age = tv::ageOn(person.dateOfBirth, asOf);
                ++exactRows;
                exactUnder4 += age < 4 ? 1 : 0;
                exactSchoolAge += tv::isSchoolAge(age) ? 1 : 0;
            }
        }
    }

    out() << Qt::endl
          << "population: " << count(db, u"persons"_s) << " persons; as of "
          << asOf.toString(Qt::ISODate) << "; " << pupils.size() << " pupils, " << queries.size()
          << " searches" << Qt::endl;
    const auto report = [](const char *what, const Tally &t) {
        out() << what << ": " << t.searches << " searches; pupil in top 10 "
              << share(t.top10, t.searches) << ", first " << share(t.first, t.searches)
              << "; found nobody " << share(t.empty, t.searches) << ", pupil missed "
              << share(t.missed, t.searches) << Qt::endl;
        print("  latency", percentiles(t.ms), t.ms.size());
    };
    for (const auto &[kind, tally] : tallies)
        report(kindName(kind), tally);
    report("all searches", overall);
    out() << "exact-name results: " << exactRows << " rows; under 4 "
          << share(exactUnder4, exactRows) << ", school age (4 to 18) "
          << share(exactSchoolAge, exactRows) << Qt::endl;
    return 0;
}
