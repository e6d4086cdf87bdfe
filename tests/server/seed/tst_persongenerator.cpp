#include "models/domain/Flag.h"
#include "server/ServerErrors.h"
#include "server/ServiceHost.h"
#include "server/seed/PersonGenerator.h"
#include "server/seed/TrainingSeeder.h"
#include "tests/support/ServerTestNames.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using tv::FlagKind;
using tv::server::seed::GeneratorCounts;
using tv::server::seed::GeneratorOptions;
using tv::server::seed::PersonGenerator;

namespace {

const QDate AsOf(2024, 6, 30);
constexpr qint64 Persons = 2'000;
constexpr quint32 Seed = 42;
// Generous: 2,000 persons take about a second on SQLite and two on PostgreSQL here (2 shared
// cores, Debug build).
constexpr qint64 TimeBoundMs = 20'000;

QDate dateOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// The NHS number rule, written apart from the generator's: weights 10..2 on the first nine
// digits, 11 minus the sum modulo 11 is the tenth (11 -> 0; 10 is never valid).
bool validNhsNumber(const QString &number)
{
    if (number.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        if (!number.at(i).isDigit())
            return false;
    }
    for (int i = 0; i < 9; ++i)
        sum += number.at(i).digitValue() * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == number.at(9).digitValue();
}

struct Generated {
    std::unique_ptr<TestDatabase> test;
    std::unique_ptr<Database> db;
    GeneratorCounts counts;
    qint64 elapsedMs = 0;
};

struct Episode {
    qint64 person;
    QString flag;
    QDate start;
    QDate end; // invalid when open
};

} // namespace

class TestPersonGenerator final : public QObject {
    Q_OBJECT

private:
    std::map<Backend, Generated> m_shared; // one standard run per backend, for the checks

    static tv::Result<Generated> generate(Backend backend, const GeneratorOptions &options)
    {
        auto test = TestDatabase::create(backend);
        if (!test)
            return test.error();
        auto db = test.value()->openMigrated();
        if (!db)
            return db.error();
        Generated generated{std::move(test).value(), std::move(db).value(), {}, 0};
        QElapsedTimer timer;
        timer.start();
        auto counts = PersonGenerator(*generated.db).generate(options);
        if (!counts)
            return counts.error();
        generated.elapsedMs = timer.elapsed();
        generated.counts = counts.value();
        return generated;
    }

    static GeneratorOptions options(qint64 persons = Persons, quint32 seed = Seed)
    {
        GeneratorOptions options;
        options.persons = persons;
        options.seed = seed;
        options.asOf = AsOf;
        return options;
    }

    const Generated *shared()
    {
        QFETCH_GLOBAL(Backend, backend);
        auto it = m_shared.find(backend);
        if (it == m_shared.end()) {
            auto generated = generate(backend, options());
            if (!generated) {
                qWarning().noquote() << generated.error().message;
                return nullptr;
            }
            qInfo() << "generated" << Persons << "persons on" << tv::test::backendName(backend)
                    << "in" << generated.value().elapsedMs << "ms";
            it = m_shared.emplace(backend, std::move(generated).value()).first;
        }
        return &it->second;
    }

    // Every value of every row, in id order, hashed: the same data gives the same digest.
    static QByteArray digest(const Database &db, const QString &personCondition = u"1 = 1"_s)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList statements{
            u"SELECT * FROM persons WHERE %1 ORDER BY id"_s.arg(personCondition),
            u"SELECT * FROM households WHERE id IN (SELECT household_id FROM persons WHERE %1)"
            u" ORDER BY id"_s.arg(personCondition),
            u"SELECT * FROM source_datasets ORDER BY id"_s,
        };
        QStringList all = statements;
        for (const QString &table : {u"episodes"_s, u"involvements"_s, u"assessments"_s,
                                     u"attendance_terms"_s, u"incidents"_s}) {
            all << u"SELECT * FROM %1 WHERE person_id IN (SELECT id FROM persons WHERE %2)"
                   u" ORDER BY id"_s.arg(table, personCondition);
        }
        all << u"SELECT person_id, restricted_at FROM restrictions WHERE person_id IN"
               u" (SELECT id FROM persons WHERE %1) ORDER BY person_id"_s.arg(personCondition);
        for (const QString &sql : std::as_const(all)) {
            auto query = db.run(u"read generated rows", sql);
            if (!query)
                return {};
            while (query.value().next()) {
                const QSqlRecord record = query.value().record();
                for (int i = 0; i < record.count(); ++i) {
                    const QVariant value = record.value(i);
                    QString text;
                    if (value.isNull())
                        text = u"<null>"_s;
                    else if (value.typeId() == QMetaType::QDate)
                        text = value.toDate().toString(Qt::ISODate);
                    else if (value.typeId() == QMetaType::Bool)
                        text = value.toBool() ? u"1"_s : u"0"_s;
                    else if (value.typeId() == QMetaType::Double)
                        text = QString::number(value.toDouble(), 'f', 1);
                    else if (value.typeId() == QMetaType::QDateTime)
                        text = Database::dateTimeFromDb(value).toString(Qt::ISODate);
                    else
                        text = value.toString();
                    hash.addData(text.toUtf8());
                    hash.addData("\x1f");
                }
                hash.addData("\n");
            }
            hash.addData("--\n");
        }
        return hash.result().toHex();
    }

    static qint64 count(const Database &db, const QString &sql)
    {
        auto query = db.run(u"count", sql);
        if (!query || !query.value().next())
            return -1;
        return query.value().value(0).toLongLong();
    }

    static QList<Episode> episodes(const Database &db)
    {
        QList<Episode> result;
        auto query = db.run(u"read episodes",
                            u"SELECT person_id, flag, start_date, end_date FROM episodes"_s);
        if (!query)
            return result;
        while (query.value().next()) {
            result.append(Episode{query.value().value(0).toLongLong(),
                                  query.value().value(1).toString(), dateOf(query.value().value(2)),
                                  dateOf(query.value().value(3))});
        }
        return result;
    }

    // person id -> dates of everything that person has (episode ends count as "now" when open).
    static QHash<qint64, QList<QDate>> latestDates(const Database &db)
    {
        QHash<qint64, QList<QDate>> dates;
        const QStringList statements{
            u"SELECT person_id, COALESCE(end_date, start_date), end_date IS NULL FROM episodes"_s,
            u"SELECT person_id, COALESCE(end_date, start_date), end_date IS NULL"
            u" FROM involvements"_s,
            u"SELECT person_id, assessment_date, 0 FROM assessments"_s,
            u"SELECT person_id, incident_date, 0 FROM incidents"_s,
            u"SELECT person_id, term_end, 0 FROM attendance_terms"_s,
        };
        for (const QString &sql : statements) {
            auto query = db.run(u"read dates", sql);
            if (!query)
                return {};
            while (query.value().next()) {
                const bool open = query.value().value(2).toBool();
                dates[query.value().value(0).toLongLong()].append(
                    open ? AsOf : dateOf(query.value().value(1)));
            }
        }
        return dates;
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void cleanupTestCase() { m_shared.clear(); }

    void sameSeedGivesTheSameData()
    {
        QFETCH_GLOBAL(Backend, backend);
        // Small transactions, with progress and the per-transaction hook.
        GeneratorOptions chunked = options();
        chunked.personsPerTransaction = 500;
        QList<qint64> progress;
        QList<QPair<qint64, qint64>> chunks;
        chunked.progress = [&](qint64 done, qint64 total) {
            QCOMPARE(total, Persons);
            progress << done;
        };
        chunked.afterChunk = [&](qint64 first, qint64 last) -> tv::Status {
            chunks.append({first, last});
            return tv::Done{};
        };
        auto first = generate(backend, chunked);
        TV_VERIFY_OK(first);
        QCOMPARE(progress, (QList<qint64>{500, 1000, 1500, 2000}));
        QCOMPARE(chunks,
                 (QList<QPair<qint64, qint64>>{{1, 500}, {501, 1000}, {1001, 1500}, {1501, 2000}}));
        QVERIFY2(first.value().elapsedMs < TimeBoundMs,
                 qPrintable(u"took %1 ms"_s.arg(first.value().elapsedMs)));

        // One transaction: where transactions end changes nothing.
        auto second = generate(backend, options());
        TV_VERIFY_OK(second);
        QCOMPARE(second.value().counts, first.value().counts);
        const QByteArray firstDigest = digest(*first.value().db);
        QVERIFY(!firstDigest.isEmpty());
        QCOMPARE(digest(*second.value().db), firstDigest);
        QCOMPARE(first.value().counts.persons, Persons);
        QCOMPARE(count(*first.value().db, u"SELECT COUNT(*) FROM persons"_s), Persons);
        QCOMPARE(count(*first.value().db, u"SELECT MIN(id) FROM persons"_s), qint64(1));
        QCOMPARE(count(*first.value().db, u"SELECT MAX(id) FROM persons"_s), Persons);
        QCOMPARE(count(*first.value().db, u"SELECT COUNT(*) FROM episodes"_s),
                 first.value().counts.episodes);

        // Another seed: other people.
        auto other = generate(backend, options(Persons, Seed + 1));
        TV_VERIFY_OK(other);
        QVERIFY(digest(*other.value().db) != firstDigest);

        // A smaller run with the same seed is the start of the bigger one.
        auto smaller = generate(backend, options(1'000));
        TV_VERIFY_OK(smaller);
        QCOMPARE(count(*smaller.value().db, u"SELECT COUNT(*) FROM persons"_s), qint64(1'000));
        QCOMPARE(digest(*smaller.value().db, u"id <= 990"_s),
                 digest(*first.value().db, u"id <= 990"_s));
    }

    void refusesADatabaseWithPersons()
    {
        const Generated *generated = shared();
        QVERIFY(generated);
        const PersonGenerator generator(*generated->db);
        auto has = generator.hasPersons();
        TV_VERIFY_OK(has);
        QVERIFY(has.value());
        TV_VERIFY_ERROR(generator.generate(options()), tv::server::errc::AlreadyExists);
        QCOMPARE(count(*generated->db, u"SELECT COUNT(*) FROM persons"_s), Persons);
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<qint64>("persons");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<qint64>("perTransaction");
        QTest::newRow("no persons") << qint64(0) << AsOf << qint64(100);
        QTest::newRow("negative") << qint64(-5) << AsOf << qint64(100);
        QTest::newRow("no as-of date") << qint64(10) << QDate() << qint64(100);
        QTest::newRow("empty transactions") << qint64(10) << AsOf << qint64(0);
    }

    void refusesBadOptions()
    {
        QFETCH_GLOBAL(Backend, backend);
        QFETCH(qint64, persons);
        QFETCH(QDate, asOf);
        QFETCH(qint64, perTransaction);
        auto test = TestDatabase::create(backend);
        TV_VERIFY_OK(test);
        auto db = test.value()->openMigrated();
        TV_VERIFY_OK(db);
        GeneratorOptions bad;
        bad.persons = persons;
        bad.asOf = asOf;
        bad.personsPerTransaction = perTransaction;
        TV_VERIFY_ERROR(PersonGenerator(*db.value()).generate(bad), tv::server::errc::InvalidInput);
        auto has = PersonGenerator(*db.value()).hasPersons();
        TV_VERIFY_OK(has);
        QVERIFY(!has.value());
    }

    void writesTheSourceDataSets()
    {
        const Generated *generated = shared();
        QVERIFY(generated);
        QCOMPARE(generated->counts.sourceDatasets, qint64(PersonGenerator::SourceDatasetCount));
        auto query = generated->db->run(
            u"read sources", u"SELECT code, name, owner, covers_from, covers_to, last_updated FROM "
                             u"source_datasets"_s);
        TV_VERIFY_OK(query);
        QSet<QString> codes;
        QSet<QString> names;
        while (query.value().next()) {
            codes << query.value().value(0).toString();
            names << query.value().value(1).toString();
            QVERIFY(!query.value().value(2).toString().isEmpty());
            const QDate from = dateOf(query.value().value(3));
            const QDate to = dateOf(query.value().value(4));
            const QDate updated = dateOf(query.value().value(5));
            QVERIFY(from.isValid() && to.isValid() && updated.isValid());
            QVERIFY(from < to);
            QVERIFY(to <= AsOf);
            QVERIFY(updated <= AsOf);
        }
        QCOMPARE(codes.size(), PersonGenerator::SourceDatasetCount);
        QCOMPARE(names.size(), PersonGenerator::SourceDatasetCount);
        for (const QString &name :
             {u"School Census"_s, u"Children's Social Care (LCS)"_s, u"Early Help (EHM)"_s,
              u"Police notifications"_s, u"Adult Social Care"_s, u"Youth Justice"_s,
              u"Public Health Nursing"_s}) {
            QVERIFY2(names.contains(name), qPrintable(name));
        }
    }

    void everyFlagAppearsInEveryState()
    {
        const Generated *generated = shared();
        QVERIFY(generated);
        const QDate windowStart = AsOf.addYears(-2);
        QSet<QString> current;
        QSet<QString> historic;
        QSet<QString> beforeWindow;
        for (const Episode &episode : episodes(*generated->db)) {
            QVERIFY2(tv::flags::kindFromWireName(episode.flag).has_value(),
                     qPrintable(episode.flag));
            if (episode.start <= AsOf && (!episode.end.isValid() || episode.end >= AsOf))
                current << episode.flag;
            else if (episode.end.isValid() && episode.end >= windowStart && episode.end < AsOf)
                historic << episode.flag;
            else if (episode.end.isValid() && episode.end < windowStart)
                beforeWindow << episode.flag;
        }
        for (const FlagKind kind : tv::flags::allKinds()) {
            const QString name = tv::flags::kindWireName(kind);
            QVERIFY2(current.contains(name), qPrintable(u"no current "_s + name));
            QVERIFY2(historic.contains(name), qPrintable(u"no historic "_s + name));
            QVERIFY2(beforeWindow.contains(name), qPrintable(u"none before the window "_s + name));
        }
    }

    void everyEdgeOfTheTwoYearRuleExists_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QDate>("date");
        const QDate windowStart = AsOf.addYears(-2);
        QTest::newRow("episode ends on the window's first day")
            << u"SELECT COUNT(*) FROM episodes WHERE end_date = :d"_s << windowStart;
        QTest::newRow("episode ends the day before the window")
            << u"SELECT COUNT(*) FROM episodes WHERE end_date = :d"_s << windowStart.addDays(-1);
        QTest::newRow("episode ends on the as-of date")
            << u"SELECT COUNT(*) FROM episodes WHERE end_date = :d"_s << AsOf;
        QTest::newRow("open episode since before the window")
            << u"SELECT COUNT(*) FROM episodes WHERE end_date IS NULL AND start_date < :d"_s
            << windowStart;
        QTest::newRow("episode starts after the as-of date")
            << u"SELECT COUNT(*) FROM episodes WHERE start_date > :d"_s << AsOf;
        QTest::newRow("involvement ends on the window's first day")
            << u"SELECT COUNT(*) FROM involvements WHERE end_date = :d"_s << windowStart;
        QTest::newRow("involvement ends the day before the window")
            << u"SELECT COUNT(*) FROM involvements WHERE end_date = :d"_s
            << windowStart.addDays(-1);
        QTest::newRow("assessment on the window's first day")
            << u"SELECT COUNT(*) FROM assessments WHERE assessment_date = :d"_s << windowStart;
        QTest::newRow("assessment the day before the window")
            << u"SELECT COUNT(*) FROM assessments WHERE assessment_date = :d"_s
            << windowStart.addDays(-1);
        QTest::newRow("ten-year-old involvements with one recent assessment")
            << u"SELECT COUNT(*) FROM persons p WHERE"
               u" EXISTS (SELECT 1 FROM involvements i WHERE i.person_id = p.id"
               u"   AND i.service = 'social-care' AND i.start_date <= :d)"
               u" AND NOT EXISTS (SELECT 1 FROM involvements i WHERE i.person_id = p.id"
               u"   AND (i.end_date IS NULL OR i.end_date >= :w1))"
               u" AND (SELECT COUNT(*) FROM assessments a WHERE a.person_id = p.id"
               u"   AND a.assessment_date >= :w2) = 1"_s
            << AsOf.addYears(-10);
        QTest::newRow("restricted person")
            << u"SELECT COUNT(*) FROM restrictions WHERE restricted_at IS NOT NULL"_s << QDate();
    }

    void everyEdgeOfTheTwoYearRuleExists()
    {
        QFETCH(QString, sql);
        QFETCH(QDate, date);
        const Generated *generated = shared();
        QVERIFY(generated);
        QVariantMap bindings;
        if (date.isValid())
            bindings.insert(u":d"_s, date.toString(Qt::ISODate));
        if (sql.contains(":w1"_L1)) {
            bindings.insert(u":w1"_s, AsOf.addYears(-2).toString(Qt::ISODate));
            bindings.insert(u":w2"_s, AsOf.addYears(-2).toString(Qt::ISODate));
        }
        auto query = generated->db->run(u"count an edge", sql, bindings);
        TV_VERIFY_OK(query);
        QVERIFY(query.value().next());
        QVERIFY2(query.value().value(0).toLongLong() >= 1, "no row for this edge");
    }

    void somePersonsHaveOnlyOldData()
    {
        const Generated *generated = shared();
        QVERIFY(generated);
        const QDate windowStart = AsOf.addYears(-2);
        const QHash<qint64, QList<QDate>> dates = latestDates(*generated->db);
        int onlyOld = 0;
        int recent = 0;
        for (auto it = dates.cbegin(); it != dates.cend(); ++it) {
            const bool allOld = std::all_of(it->cbegin(), it->cend(), [&](const QDate &date) {
                return date.isValid() && date < windowStart;
            });
            allOld ? ++onlyOld : ++recent;
        }
        QVERIFY2(onlyOld >= 1, "nobody has only old data");
        QVERIFY(recent > onlyOld);
    }

    void identifiersAreValidAndUnique()
    {
        const Generated *generated = shared();
        QVERIFY(generated);
        auto query = generated->db->run(
            u"read identifiers",
            u"SELECT p.upn, p.nhs_number, p.lcs_case_id, p.date_of_birth, p.current_school,"
            u" h.postcode FROM persons p JOIN households h ON h.id = p.household_id"_s);
        TV_VERIFY_OK(query);
        const QRegularExpression upnPattern(u"^A\\d{12}$"_s);
        const QRegularExpression lcsPattern(u"^\\d{7}$"_s);
        const QRegularExpression postcodePattern(u"^(TA|BA|BS)\\d{1,2} \\d[A-Z]{2}$"_s);
        QSet<QString> upns;
        QSet<QString> nhsNumbers;
        QSet<QString> lcsIds;
        int persons = 0;
        int schoolAge = 0;
        int withSchool = 0;
        while (query.value().next()) {
            ++persons;
            const QVariant upn = query.value().value(0);
            const QVariant nhs = query.value().value(1);
            const QVariant lcs = query.value().value(2);
            if (!upn.isNull()) {
                QVERIFY2(upnPattern.match(upn.toString()).hasMatch(), qPrintable(upn.toString()));
                QVERIFY(!upns.contains(upn.toString()));
                upns << upn.toString();
            }
            if (!nhs.isNull()) {
                QVERIFY2(validNhsNumber(nhs.toString()), qPrintable(nhs.toString()));
                QVERIFY(!nhsNumbers.contains(nhs.toString()));
                nhsNumbers << nhs.toString();
            }
            if (!lcs.isNull()) {
                QVERIFY2(lcsPattern.match(lcs.toString()).hasMatch(), qPrintable(lcs.toString()));
                QVERIFY(!lcsIds.contains(lcs.toString()));
                lcsIds << lcs.toString();
            }
            const QString postcode = query.value().value(5).toString();
            QVERIFY2(postcodePattern.match(postcode).hasMatch(), qPrintable(postcode));
            const QDate dob = dateOf(query.value().value(3));
            QVERIFY(dob.isValid() && dob <= AsOf);
            if (dob > AsOf.addYears(-15) && dob <= AsOf.addYears(-5)) {
                ++schoolAge;
                if (!query.value().value(4).isNull())
                    ++withSchool;
            }
        }
        QCOMPARE(qint64(persons), Persons);
        QVERIFY(nhsNumbers.size() > Persons * 8 / 10);
        QVERIFY(upns.size() > Persons / 5);
        QVERIFY(lcsIds.size() >= 10);
        QVERIFY(schoolAge > 100);
        QVERIFY(withSchool >= schoolAge - 2);
    }

    void namesFollowARealisticDistribution()
    {
        const Generated *generated = shared();
        QVERIFY(generated);
        auto query = generated->db->run(
            u"count family names",
            u"SELECT family_name, COUNT(*) FROM persons GROUP BY family_name ORDER BY 2 DESC"_s);
        TV_VERIFY_OK(query);
        QStringList top;
        int distinct = 0;
        qint64 smiths = 0;
        while (query.value().next()) {
            ++distinct;
            if (top.size() < 3)
                top << query.value().value(0).toString();
            if (query.value().value(0).toString() == "Smith"_L1)
                smiths = query.value().value(1).toLongLong();
        }
        QVERIFY2(top.contains(u"Smith"_s), qPrintable(top.join(u", "_s)));
        QVERIFY(smiths >= Persons / 50);
        QVERIFY(distinct >= 80);
        // Households share a family name more often than not.
        const qint64 households = generated->counts.households;
        QVERIFY(households > Persons / 4 && households < Persons);
    }

    void trainingModeSeedsPersonsOnce()
    {
        QFETCH_GLOBAL(Backend, backend);
        auto test = TestDatabase::create(backend);
        TV_VERIFY_OK(test);
        tv::server::ServerConfig config;
        config.database = test.value()->config();
        config.training = true;
        QTemporaryDir keyDir; // training on PostgreSQL names the key that seals MFA secrets
        if (backend == Backend::Postgres) {
            config.access.secretKeyFile = keyDir.filePath(u"secret.key"_s);
            QFile key(config.access.secretKeyFile);
            QVERIFY(key.open(QIODevice::WriteOnly));
            key.write(QByteArray(64, 'c'));
        }
        qint64 firstStartMs = 0;
        {
            QElapsedTimer timer;
            timer.start();
            tv::server::ServiceHost host(config);
            TV_VERIFY_OK(host.start());
            firstStartMs = timer.elapsed();
        }
        qInfo() << "training start with" << PersonGenerator::TrainingPersons << "persons on"
                << tv::test::backendName(backend) << "took" << firstStartMs << "ms";
        QVERIFY2(firstStartMs < TimeBoundMs, qPrintable(u"took %1 ms"_s.arg(firstStartMs)));
        // Started again on the same database: the population stays as it is.
        tv::server::ServiceHost again(config);
        TV_VERIFY_OK(again.start());
        auto db = test.value()->openMigrated();
        TV_VERIFY_OK(db);
        QCOMPARE(count(*db.value(), u"SELECT COUNT(*) FROM persons"_s),
                 PersonGenerator::TrainingPersons);
        QCOMPARE(count(*db.value(), u"SELECT COUNT(*) FROM source_datasets"_s),
                 qint64(PersonGenerator::SourceDatasetCount));
    }

    void trainingInMemoryStartsQuickly()
    {
        QFETCH_GLOBAL(Backend, backend);
        if (backend != Backend::Sqlite)
            return; // the client's in-process training mode: SQLite in memory only
        tv::server::ServerConfig config; // defaults: SQLite :memory:, loopback, any port
        config.training = true;
        QElapsedTimer timer;
        timer.start();
        tv::server::ServiceHost host(config);
        TV_VERIFY_OK(host.start());
        const qint64 elapsed = timer.elapsed();
        qInfo() << "training start on SQLite :memory: with" << PersonGenerator::TrainingPersons
                << "persons took" << elapsed << "ms";
        QVERIFY2(elapsed < TimeBoundMs, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        QVERIFY(host.trainingAccount().has_value());
    }
};

QTEST_GUILESS_MAIN(TestPersonGenerator)
#include "tst_persongenerator.moc"
