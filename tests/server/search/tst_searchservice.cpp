#include "models/domain/ErrorCode.h"
#include "server/search/SearchService.h"
#include "tests/support/ServerTestNames.h"

#include <QSqlQuery>
#include <QTest>

#include <map>

using tv::SearchCriteria;
using tv::server::search::SearchService;

Q_DECLARE_METATYPE(SearchCriteria)

namespace {

using Ids = QList<qint64>;

struct FixtureHousehold {
    qint64 id;
    const char *postcode;
};

struct FixturePerson {
    qint64 id;
    qint64 household;
    QString given;
    QString family;
    QDate born;
    QString upn = {};
    QString nhs = {};
    QString lcs = {};
};

constexpr FixtureHousehold Households[] = {
    {1, "TA1 1AA"}, {2, "TA1 2BB"}, {3, "TA11 1XY"}, {4, "BA1 1AA"}, {5, "TA2 5ZZ"},
};

QList<FixturePerson> persons()
{
    QList<FixturePerson> list{
        {1, 1, u"William"_s, u"Smith"_s, QDate(2013, 2, 1), u"A123456789012"_s, u"9434765919"_s,
         u"LCS-1001"_s},
        {2, 2, u"Bill"_s, u"Smith"_s, QDate(2013, 1, 2)},
        {3, 3, u"James"_s, u"Smith"_s, QDate(2013, 2, 1)},
        {4, 1, u"Margaret"_s, u"O'Brien"_s, QDate(2011, 11, 11)},
        {5, 4, u"Catherine"_s, u"Jones"_s, QDate(2014, 3, 4), QString(), u"4010232137"_s},
        {6, 4, u"Kate"_s, u"Jones"_s, QDate(2012, 7, 15), QString(), QString(), u"LCS-2002"_s},
        {7, 3, u"Robert"_s, u"Brown"_s, QDate(2010, 5, 5)},
        {8, 2, u"Elizabeth"_s, u"Taylor"_s, QDate(2015, 12, 25), u"B987654321098"_s},
        {9, 1, u"Mary-Anne"_s, u"Smith-Jones"_s, QDate(2016, 6, 6)},
    };
    // More namesakes than one page of results holds.
    for (qint64 id = 100; id < 130; ++id)
        list.append({id, 5, u"John"_s, u"Doe"_s, QDate(2012, 3, 3)});
    return list;
}

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

tv::Status insertFixture(const Database &db)
{
    return db.transaction([&]() -> tv::Status {
        for (const FixtureHousehold &h : Households) {
            auto inserted = db.run(u"insert a household",
                                   u"INSERT INTO households (id, address, town, postcode)"
                                   u" VALUES (:id, :address, :town, :postcode)"_s,
                                   {{u":id"_s, h.id},
                                    {u":address"_s, u"%1 High Street"_s.arg(h.id)},
                                    {u":town"_s, u"Taunton"_s},
                                    {u":postcode"_s, QString::fromLatin1(h.postcode)}});
            if (!inserted)
                return inserted.error();
        }
        for (const FixturePerson &p : persons()) {
            auto inserted = db.run(
                u"insert a person",
                u"INSERT INTO persons (id, household_id, given_name, family_name, date_of_birth,"
                u" upn, nhs_number, lcs_case_id, current_school) VALUES (:id, :household, :given,"
                u" :family, :born, :upn, :nhs, :lcs, NULL)"_s,
                {{u":id"_s, p.id},
                 {u":household"_s, p.household},
                 {u":given"_s, p.given},
                 {u":family"_s, p.family},
                 {u":born"_s, p.born.toString(Qt::ISODate)},
                 {u":upn"_s, orNull(p.upn)},
                 {u":nhs"_s, orNull(p.nhs)},
                 {u":lcs"_s, orNull(p.lcs)}});
            if (!inserted)
                return inserted.error();
        }
        return tv::Done{};
    });
}

qint64 count(const Database &db, const QString &table)
{
    auto query = db.run(u"count rows", u"SELECT count(*) FROM %1"_s.arg(table));
    if (!query || !query.value().next())
        return -1;
    return query.value().value(0).toLongLong();
}

SearchCriteria criteriaFrom(const QString &name, const QDate &born, const QString &upn,
                            const QString &nhs, const QString &lcs, const QString &postcode)
{
    SearchCriteria c;
    if (!name.isNull())
        c.name = name;
    if (born.isValid())
        c.dateOfBirth = born;
    if (!upn.isNull())
        c.upn = upn;
    if (!nhs.isNull())
        c.nhsNumber = nhs;
    if (!lcs.isNull())
        c.lcsCaseId = lcs;
    if (!postcode.isNull())
        c.postcode = postcode;
    return c;
}

} // namespace

class TestSearchService final : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        std::unique_ptr<TestDatabase> test;
        std::unique_ptr<Database> db;
    };
    // One indexed fixture per backend, shared by the read-only tests.
    std::map<Backend, Fixture> m_fixtures;
    Database *m_db = nullptr;

    static std::unique_ptr<Fixture> makeFixture(Backend backend, QString *failure)
    {
        auto fixture = std::make_unique<Fixture>();
        if (auto created = tv::test::createMigrated(backend, fixture->test, fixture->db);
            !created) {
            *failure = created.error().message;
            return {};
        }
        if (auto inserted = insertFixture(*fixture->db); !inserted) {
            *failure = inserted.error().message;
            return {};
        }
        if (auto indexed = tv::server::search::indexPersons(*fixture->db, 1, 1000); !indexed) {
            *failure = indexed.error().message;
            return {};
        }
        return fixture;
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(Backend, backend);
        if (m_fixtures.find(backend) == m_fixtures.end()) {
            QString failure;
            auto fixture = makeFixture(backend, &failure);
            QVERIFY2(fixture, qPrintable(failure));
            m_fixtures[backend] = std::move(*fixture);
        }
        m_db = m_fixtures[backend].db.get();
    }

    void cleanupTestCase() { m_fixtures.clear(); }

    void indexesEveryPerson()
    {
        qint64 expected = 0;
        for (const FixturePerson &p : persons())
            expected += tv::server::search::nameKeys(p.given, p.family).size();
        QCOMPARE(count(*m_db, u"person_search_keys"_s), expected);
        // Indexing again replaces the keys rather than failing on or doubling them.
        TV_VERIFY_OK(tv::server::search::indexPersons(*m_db, 1, 1000));
        QCOMPARE(count(*m_db, u"person_search_keys"_s), expected);
    }

    void findsAndRanks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QString>("upn");
        QTest::addColumn<QString>("nhs");
        QTest::addColumn<QString>("lcs");
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<Ids>("expected");
        QTest::addColumn<bool>("truncated");
        const QString none;
        const QDate noDate;
        auto byName = [&](const char *row, const QString &name, const Ids &ids) {
            QTest::newRow(row) << name << noDate << none << none << none << none << ids << false;
        };
        byName("exact", u"William Smith"_s, {1, 2});
        byName("lower case, extra spaces", u"  william   SMITH "_s, {1, 2});
        byName("typo", u"Wiliam Smith"_s, {1, 2});
        byName("transpositions", u"Wlliam Smtih"_s, {1, 2});
        byName("nickname first", u"Bill Smith"_s, {2, 1});
        byName("swapped", u"Smith William"_s, {1, 2});
        byName("swapped with comma", u"Smith, Bill"_s, {2, 1});
        byName("family name alone", u"Smith"_s, {1, 2, 3, 9});
        byName("Peggy", u"Peggy O'Brien"_s, {4});
        byName("no apostrophe", u"margaret obrien"_s, {4});
        byName("two-word family name", u"Margaret O Brien"_s, {4});
        byName("Kate", u"Kate Jones"_s, {6, 5});
        byName("Liz", u"Liz Taylor"_s, {8});
        byName("double-barrelled", u"Mary Jones"_s, {9});
        byName("nobody", u"Zebedee Quirk"_s, {});
        byName("SQL is only text", u"O'Brien; DROP TABLE persons--"_s, {});
        byName("wildcards are only text", u"Smi%"_s, {});

        QTest::newRow("date of birth, and swapped")
            << none << QDate(2013, 2, 1) << none << none << none << none << Ids{1, 3, 2} << false;
        QTest::newRow("date of birth, day = month")
            << none << QDate(2010, 5, 5) << none << none << none << none << Ids{7} << false;
        QTest::newRow("date of birth, day > 12")
            << none << QDate(2015, 12, 25) << none << none << none << none << Ids{8} << false;
        QTest::newRow("exact name and date beat nickname and swapped date")
            << u"Bill Smith"_s << QDate(2013, 1, 2) << none << none << none << none << Ids{2, 1}
            << false;
        QTest::newRow("exact date beats exact name") << u"Bill Smith"_s << QDate(2013, 2, 1) << none
                                                     << none << none << none << Ids{1, 2} << false;
        QTest::newRow("one word and a date") << u"Smith"_s << QDate(2013, 2, 1) << none << none
                                             << none << none << Ids{1, 3, 2} << false;
        QTest::newRow("one misspelt given name and a date")
            << u"Wiliam"_s << QDate(2013, 2, 1) << none << none << none << none << Ids{1, 2}
            << false;
        QTest::newRow("UPN, any case")
            << none << noDate << u" a123456789012 "_s << none << none << none << Ids{1} << false;
        QTest::newRow("UPN unknown")
            << none << noDate << u"A000000000000"_s << none << none << none << Ids{} << false;
        QTest::newRow("NHS number, spaced")
            << none << noDate << none << u"943 476 5919"_s << none << none << Ids{1} << false;
        QTest::newRow("NHS number, other")
            << none << noDate << none << u"4010232137"_s << none << none << Ids{5} << false;
        QTest::newRow("LCS case id")
            << none << noDate << none << none << u"LCS-2002"_s << none << Ids{6} << false;
        QTest::newRow("LCS case id is exact")
            << none << noDate << none << none << u"lcs-2002"_s << none << Ids{} << false;
        QTest::newRow("postcode") << none << noDate << none << none << none << u"ta11aa"_s
                                  << Ids{1, 4, 9} << false;
        QTest::newRow("district") << none << noDate << none << none << none << u"TA1"_s
                                  << Ids{1, 2, 4, 8, 9} << false;
        QTest::newRow("other district")
            << none << noDate << none << none << none << u"ta11"_s << Ids{3, 7} << false;
        QTest::newRow("sector") << none << noDate << none << none << none << u"TA1 2"_s << Ids{2, 8}
                                << false;
        QTest::newRow("name and postcode") << u"William Smith"_s << noDate << none << none << none
                                           << u"TA1 1AA"_s << Ids{1} << false;
        QTest::newRow("one word and postcode")
            << u"Smith"_s << noDate << none << none << none << u"TA11 1XY"_s << Ids{3} << false;
        QTest::newRow("one word and district")
            << u"Jones"_s << noDate << none << none << none << u"BA1"_s << Ids{5, 6} << false;
        QTest::newRow("criteria AND together")
            << u"William Smith"_s << QDate(2013, 2, 1) << none << u"9434765919"_s << none
            << u"TA1"_s << Ids{1} << false;
        QTest::newRow("criteria that exclude each other")
            << u"William Smith"_s << noDate << none << u"4010232137"_s << none << none << Ids{}
            << false;

        Ids firstPage;
        for (qint64 id = 100; id < 125; ++id)
            firstPage.append(id);
        QTest::newRow("capped by name")
            << u"John Doe"_s << noDate << none << none << none << none << firstPage << true;
        QTest::newRow("capped by date")
            << none << QDate(2012, 3, 3) << none << none << none << none << firstPage << true;
        QTest::newRow("capped by district")
            << none << noDate << none << none << none << u"TA2"_s << firstPage << true;
    }

    void findsAndRanks()
    {
        QFETCH(QString, name);
        QFETCH(QDate, born);
        QFETCH(QString, upn);
        QFETCH(QString, nhs);
        QFETCH(QString, lcs);
        QFETCH(QString, postcode);
        QFETCH(Ids, expected);
        QFETCH(bool, truncated);
        const auto found =
            SearchService(*m_db).search(criteriaFrom(name, born, upn, nhs, lcs, postcode));
        TV_VERIFY_OK(found);
        QCOMPARE(found.value().personIds, expected);
        QCOMPARE(found.value().truncated, truncated);
        QCOMPARE(count(*m_db, u"persons"_s), qint64(persons().size()));
    }

    void refusesInvalidCriteria_data()
    {
        QTest::addColumn<SearchCriteria>("criteria");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("label"); // how the message names it
        auto with = [](auto set) {
            SearchCriteria c;
            set(c);
            return c;
        };
        QTest::newRow("nothing") << SearchCriteria{} << QString()
                                 << u"an NHS number"_s; // listed among all
        QTest::newRow("NHS number checksum")
            << with([](SearchCriteria &c) { c.nhsNumber = u"943 476 5918"_s; }) << u"nhsNumber"_s
            << u"NHS number: "_s;
        QTest::newRow("NHS number length")
            << with([](SearchCriteria &c) { c.nhsNumber = u"12345"_s; }) << u"nhsNumber"_s
            << u"NHS number: "_s;
        QTest::newRow("NHS number with a valid name") << with([](SearchCriteria &c) {
            c.name = u"William Smith"_s;
            c.nhsNumber = u"9434765918"_s;
        }) << u"nhsNumber"_s << u"NHS number: "_s;
        QTest::newRow("blank name")
            << with([](SearchCriteria &c) { c.name = u"  "_s; }) << u"name"_s << u"Name: "_s;
        QTest::newRow("name without letters")
            << with([](SearchCriteria &c) { c.name = u"--; 42"_s; }) << u"name"_s << u"Name: "_s;
        QTest::newRow("name too long")
            << with([](SearchCriteria &c) { c.name = QString(300, u'a'); }) << u"name"_s
            << u"Name: "_s;
        QTest::newRow("invalid date") << with([](SearchCriteria &c) { c.dateOfBirth = QDate(); })
                                      << u"dateOfBirth"_s << u"Date of birth: "_s;
        QTest::newRow("blank UPN")
            << with([](SearchCriteria &c) { c.upn = u" "_s; }) << u"upn"_s << u"UPN: "_s;
        QTest::newRow("blank LCS case id")
            << with([](SearchCriteria &c) { c.lcsCaseId = QString(); }) << u"lcsCaseId"_s
            << u"LCS case ID: "_s;
        QTest::newRow("nonsense postcode")
            << with([](SearchCriteria &c) { c.postcode = u"12345"_s; }) << u"postcode"_s
            << u"Postcode: "_s;
        QTest::newRow("half a postcode")
            << with([](SearchCriteria &c) { c.postcode = u"TA1 1A"_s; }) << u"postcode"_s
            << u"Postcode: "_s;
        QTest::newRow("postcode wildcard") << with([](SearchCriteria &c) { c.postcode = u"%"_s; })
                                           << u"postcode"_s << u"Postcode: "_s;
    }

    void refusesInvalidCriteria()
    {
        QFETCH(SearchCriteria, criteria);
        QFETCH(QString, field);
        QFETCH(QString, label);
        const auto result = SearchService(*m_db).search(criteria);
        TV_VERIFY_ERROR(result, tv::errc::InvalidField);
        const QString message = result.error().message;
        // The field travels machine-readable; the message names it in words, as the form does,
        // and says what is expected, never in the wire's terms.
        QCOMPARE(result.error().field, field);
        if (field.isEmpty())
            QVERIFY2(message.contains(label), qPrintable(message));
        else
            QVERIFY2(message.startsWith(label), qPrintable(message));
        QVERIFY2(!message.contains(u"Field '"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"must"_s), qPrintable(message));
        for (const QString &wire : {u"nhsNumber"_s, u"dateOfBirth"_s, u"lcsCaseId"_s})
            QVERIFY2(!message.contains(wire), qPrintable(message));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    }

    void reindexingFollowsAChangedName()
    {
        QFETCH_GLOBAL(Backend, backend);
        QString failure;
        auto fixture = makeFixture(backend, &failure);
        QVERIFY2(fixture, qPrintable(failure));
        const Database &db = *fixture->db;
        const SearchService service(db);
        SearchCriteria robert;
        robert.name = u"Robert Smith"_s;
        auto before = service.search(robert);
        TV_VERIFY_OK(before);
        QCOMPARE(before.value().personIds, Ids{});

        TV_VERIFY_OK(db.run(u"rename a person",
                            u"UPDATE persons SET given_name = :given WHERE id = :id"_s,
                            {{u":given"_s, u"Bob"_s}, {u":id"_s, 2}}));
        TV_VERIFY_OK(tv::server::search::indexPersons(db, 2, 2));
        auto after = service.search(robert);
        TV_VERIFY_OK(after);
        QCOMPARE(after.value().personIds, Ids{2});
        SearchCriteria bill;
        bill.name = u"Bill Smith"_s;
        auto nickname = service.search(bill);
        TV_VERIFY_OK(nickname);
        QCOMPARE(nickname.value().personIds, Ids{1}); // William still answers to Bill
        // The other persons' keys are untouched.
        qint64 expected = 0;
        for (const FixturePerson &p : persons())
            expected +=
                tv::server::search::nameKeys(p.id == 2 ? u"Bob"_s : p.given, p.family).size();
        QCOMPARE(count(db, u"person_search_keys"_s), expected);
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
