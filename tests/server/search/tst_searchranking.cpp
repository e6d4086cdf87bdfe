// The order of equal scores, first-letter slips, restricted people marked in the results, the
// NHS number's problem in words, and the rebuild of out-of-date name keys (issue 14, points 6,
// 12, 13 and 17), on both engines.
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/access/RecordAccess.h"
#include "server/search/SearchService.h"
#include "tests/server/search/FoundIds.h"
#include "tests/support/ServerTestCase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using tv::SearchCriteria;
using tv::server::search::SearchService;

namespace {

using Ids = QList<qint64>;

const QDate AsOf(2026, 11, 24);
const tv::User Practitioner{u"7d1f5c1e-0000-4000-8000-000000000001"_s, u"dsl@school.example"_s,
                            u"Sam Example"_s, tv::Role::Practitioner, u"Example Academy"_s};

struct Namesake {
    qint64 id;
    QDate born;
};

// Six people called Oliver Hartley, in id order: a baby, an adult, a ten-year-old, a three-year-
// old, a nineteen-year-old and a fifteen-year-old; and a restricted Oliver Hartly.
const Namesake Hartleys[] = {
    {201, QDate(2026, 1, 10)}, {202, QDate(1986, 5, 1)}, {203, QDate(2016, 2, 3)},
    {204, QDate(2023, 6, 1)},  {205, QDate(2007, 1, 1)}, {206, QDate(2011, 9, 9)},
};

tv::Status insertFixture(const Database &db)
{
    return db.transaction([&]() -> tv::Status {
        if (auto h = db.run(u"insert a household",
                            u"INSERT INTO households (id, address, town, postcode) VALUES"
                            u" (1, '1 High Street', 'Taunton', 'TA1 1AA')"_s);
            !h)
            return h.error();
        QList<std::tuple<qint64, QString, QDate>> people;
        for (const Namesake &n : Hartleys)
            people.append({n.id, u"Hartley"_s, n.born});
        people.append({207, u"Hartly"_s, QDate(2014, 4, 4)});
        for (const auto &[id, family, born] : people) {
            auto inserted = db.run(
                u"insert a person",
                u"INSERT INTO persons (id, household_id, given_name, family_name, date_of_birth)"
                u" VALUES (:id, 1, 'Oliver', :family, :born)"_s,
                {{u":id"_s, id}, {u":family"_s, family}, {u":born"_s, born.toString(Qt::ISODate)}});
            if (!inserted)
                return inserted.error();
        }
        auto restricted =
            db.run(u"restrict a person",
                   u"INSERT INTO restrictions (person_id, restricted_at) VALUES (207, :at)"_s,
                   {{u":at"_s, Database::toDb(QDateTime::currentDateTimeUtc())}});
        if (!restricted)
            return restricted.error();
        return tv::Done{};
    });
}

SearchCriteria byName(const QString &name)
{
    SearchCriteria c;
    c.name = name;
    return c;
}

} // namespace

class TestSearchRanking final : public tv::test::ServerTestCase {
    Q_OBJECT

    Ids search(const QString &name) const { return tv::test::foundIds(*m_db, AsOf, byName(name)); }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        TV_VERIFY_OK(openDatabase(currentBackend()));
        TV_VERIFY_OK(insertFixture(*m_db));
        TV_VERIFY_OK(tv::server::search::indexPersons(*m_db, 1, 1000));
    }

    void cleanup() { stopService(); }

    // Equal scores: school age (4 to 18 on the as-of date) first, then the nearest to it, then
    // record id; never record id alone, which put the baby and the adult first.
    void equalScoresPutSchoolAgeFirst()
    {
        const Ids found = search(u"Oliver Hartley"_s);
        QCOMPARE(found.mid(0, 6), (Ids{203, 206, 204, 205, 201, 202}));
        QCOMPARE(found.mid(6), (Ids{207})); // Hartly: a letter short, a lower score
        // On the day before their 19th birthday, 205 is still of school age.
        const auto earlier =
            SearchService(*m_db, QDate(2025, 12, 31)).search(byName(u"Oliver Hartley"_s));
        TV_VERIFY_OK(earlier);
        QCOMPARE(earlier.value().personIds.mid(0, 3), (Ids{203, 205, 206}));
    }

    void firstLetterSlipStillFinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("another first letter") << u"Oliver Martley"_s;
        QTest::newRow("first letter left out") << u"Oliver Artley"_s;
        QTest::newRow("first two letters swapped") << u"Oliver Ahrtley"_s;
        QTest::newRow("a letter put before") << u"Oliver Shartley"_s;
        QTest::newRow("family name first") << u"Martley Oliver"_s;
    }

    // Without a date of birth, a slip in the family name's first letter finds the near matches,
    // school age first, instead of an empty list that reads as "not known".
    void firstLetterSlipStillFinds()
    {
        QFETCH(QString, name);
        const Ids found = search(name);
        QCOMPARE(found.mid(0, 6), (Ids{203, 206, 204, 205, 201, 202}));
    }

    // A restricted person is marked in the results (and on the wire), so the practitioner knows
    // before giving a reason; the others carry no mark at all.
    void restrictedPeopleAreMarked()
    {
        const tv::server::access::RecordAccess records(
            *m_db, tv::server::access::RecordAccess::Options{[] { return AsOf; }, {}});
        const auto results = records.search(Practitioner, byName(u"Oliver Hartley"_s));
        TV_VERIFY_OK(results);
        QCOMPARE(results.value().asOf, AsOf);
        QCOMPARE(results.value().results.size(), 7);
        for (const tv::PersonSummary &person : results.value().results)
            QCOMPARE(person.restricted, person.id == u"207"_s);
        const QJsonObject wire = tv::wire::toJson(results.value());
        QCOMPARE(wire.value("asOf"_L1).toString(), u"2026-11-24"_s);
        const QJsonArray rows = wire.value("results"_L1).toArray();
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            if (o.value("id"_L1).toString() == "207"_L1)
                QCOMPARE(o.value("restricted"_L1), QJsonValue(true));
            else
                QVERIFY(!o.contains("restricted"_L1));
        }
        const auto decoded = tv::wire::fromJson<tv::SearchResults>(wire);
        TV_VERIFY_OK(decoded);
        QCOMPARE(decoded.value(), results.value());
    }

    void nhsNumberSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("too few") << u"943 476 591"_s
                                 << u"NHS number: 9 digits were given; enter all 10, for example "
                                    u"943 476 5919."_s;
        QTest::newRow("one") << u"9"_s
                             << u"NHS number: 1 digit was given; enter all 10, for example 943 "
                                u"476 5919."_s;
        QTest::newRow("too many") << u"94347659190"_s
                                  << u"NHS number: 11 digits were given; an NHS number has 10, "
                                     u"for example 943 476 5919."_s;
        QTest::newRow("not digits") << u"943-476-5919"_s
                                    << u"NHS number: use only digits and spaces, for example 943 "
                                       u"476 5919."_s;
        QTest::newRow("check digit") << u"943 476 5918"_s
                                     << u"NHS number: the last digit does not match the first "
                                        u"nine, so this is not a real NHS number: check each "
                                        u"digit."_s;
        QTest::newRow("blank") << u"   "_s
                               << u"NHS number: enter all 10 digits, for example 943 476 5919."_s;
    }

    // The service's message says what is wrong with the digits given (the client shows the same
    // words, tv::nhs::problemText, translated).
    void nhsNumberSaysWhatIsWrong()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        SearchCriteria c;
        c.nhsNumber = typed;
        const auto result = SearchService(*m_db, AsOf).search(c);
        TV_VERIFY_ERROR(result, tv::errc::InvalidField);
        QCOMPARE(result.error().field, u"nhsNumber"_s);
        QCOMPARE(result.error().message, message);
    }

    // A database whose keys were made before the family name kept its first-letter deletion:
    // the service rebuilds them at start, once, and a first-letter slip then finds the person.
    void outOfDateKeysAreRebuilt()
    {
        TV_VERIFY_OK(m_db->run(u"drop the new keys",
                               u"DELETE FROM person_search_keys WHERE search_key LIKE :k"_s,
                               {{u":k"_s, u"1%.ARTLEY"_s}}));
        QCOMPARE(search(u"Oliver Martley"_s), Ids{});
        const auto rebuilt = tv::server::search::ensureCurrentKeys(*m_db);
        TV_VERIFY_OK(rebuilt);
        QVERIFY(rebuilt.value());
        QCOMPARE(search(u"Oliver Martley"_s).size(), 6);
        const auto again = tv::server::search::ensureCurrentKeys(*m_db);
        TV_VERIFY_OK(again);
        QVERIFY(!again.value());
    }
};

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
