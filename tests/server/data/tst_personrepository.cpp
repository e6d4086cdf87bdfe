#include "models/domain/ErrorCode.h"
#include "server/data/PersonRepository.h"
#include "tests/support/PersonRecordNames.h"
#include "tests/support/ServerTestCase.h"

#include <QTest>

using tv::server::data::PersonRepository;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QVariant null()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

class TestPersonRepository final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<PersonRepository> m_repository;

    bool insert(const QString &table, const QVariantMap &row)
    {
        QStringList columns;
        QStringList names;
        QVariantMap bindings;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            columns << it.key();
            names << u':' + it.key();
            QVariant value = it.value();
            if (value.typeId() == QMetaType::QDate)
                value = value.toDate().toString(Qt::ISODate);
            bindings.insert(u':' + it.key(), value);
        }
        auto done = m_db->run(u"insert a fixture row",
                              u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                                       names.join(u", "_s)),
                              bindings);
        if (!done)
            qWarning().noquote() << done.error().message;
        return done.ok();
    }

    // One of Ava's (100) involvements, from the LCS source (1), with every column given.
    bool insertAvaInvolvement(int id, const QString &service, const QString &agency,
                              const QVariant &start, const QVariant &end, const QString &worker,
                              const QString &email)
    {
        return insert(u"involvements"_s, {{u"id"_s, id},
                                          {u"person_id"_s, 100},
                                          {u"service"_s, service},
                                          {u"agency"_s, agency},
                                          {u"source_id"_s, 1},
                                          {u"start_date"_s, start},
                                          {u"end_date"_s, end},
                                          {u"worker"_s, worker},
                                          {u"lead_professional_email"_s, email}});
    }

    // One of Ava's (100) terms at Taunton Academy.
    bool insertAvaAttendanceTerm(int id, const QDate &start, const QDate &end, double percentage)
    {
        return insert(u"attendance_terms"_s, {{u"id"_s, id},
                                              {u"person_id"_s, 100},
                                              {u"term_start"_s, start},
                                              {u"term_end"_s, end},
                                              {u"school"_s, u"Taunton Academy"_s},
                                              {u"percentage"_s, percentage}});
    }

    // Ava Smith (100), her mother Claire (101) and brother Noah (102) at 12 Priory Road; Sam
    // Brown (200), restricted, in Frome.
    bool insertFixture()
    {
        bool ok = true;
        ok &= insert(u"source_datasets"_s, {{u"id"_s, 1},
                                            {u"code"_s, u"lcs"_s},
                                            {u"name"_s, u"Children's Social Care (LCS)"_s},
                                            {u"owner"_s, u"Somerset Council Children's Services"_s},
                                            {u"covers_from"_s, d("2010-04-01")},
                                            {u"covers_to"_s, d("2024-05-30")},
                                            {u"last_updated"_s, d("2024-05-31")}});
        ok &= insert(u"source_datasets"_s, {{u"id"_s, 2},
                                            {u"code"_s, u"police"_s},
                                            {u"name"_s, u"Police notifications"_s},
                                            {u"owner"_s, u"Avon and Somerset Police"_s},
                                            {u"covers_from"_s, d("2016-01-01")},
                                            {u"covers_to"_s, d("2024-05-01")},
                                            {u"last_updated"_s, d("2024-05-02")}});
        ok &= insert(u"households"_s, {{u"id"_s, 10},
                                       {u"address"_s, u"12 Priory Road"_s},
                                       {u"town"_s, u"Taunton"_s},
                                       {u"postcode"_s, u"TA1 2AB"_s}});
        ok &= insert(u"households"_s, {{u"id"_s, 20},
                                       {u"address"_s, u"Flat 2, 5 O'Neill Lane"_s},
                                       {u"town"_s, u"Frome"_s},
                                       {u"postcode"_s, u"BA11 4QT"_s}});
        ok &= insert(u"persons"_s, {{u"id"_s, 100},
                                    {u"household_id"_s, 10},
                                    {u"given_name"_s, u"Ava"_s},
                                    {u"family_name"_s, u"Smith"_s},
                                    {u"date_of_birth"_s, d("2012-03-04")},
                                    {u"upn"_s, u"A933000000001"_s},
                                    {u"nhs_number"_s, u"4010232137"_s},
                                    {u"lcs_case_id"_s, u"1234567"_s},
                                    {u"current_school"_s, u"Taunton Academy"_s}});
        ok &= insert(u"persons"_s, {{u"id"_s, 101},
                                    {u"household_id"_s, 10},
                                    {u"given_name"_s, u"Claire"_s},
                                    {u"family_name"_s, u"Smith"_s},
                                    {u"date_of_birth"_s, d("1985-07-19")},
                                    {u"upn"_s, null()},
                                    {u"nhs_number"_s, null()},
                                    {u"lcs_case_id"_s, null()},
                                    {u"current_school"_s, null()}});
        ok &= insert(u"persons"_s, {{u"id"_s, 102},
                                    {u"household_id"_s, 10},
                                    {u"given_name"_s, u"Noah"_s},
                                    {u"family_name"_s, u"Smith-Jones"_s},
                                    {u"date_of_birth"_s, d("2016-11-30")},
                                    {u"current_school"_s, u"Taunton Community Primary School"_s}});
        ok &= insert(u"persons"_s, {{u"id"_s, 200},
                                    {u"household_id"_s, 20},
                                    {u"given_name"_s, u"Sam"_s},
                                    {u"family_name"_s, u"Brown"_s},
                                    {u"date_of_birth"_s, d("2010-01-15")}});
        ok &= insert(u"restrictions"_s,
                     {{u"person_id"_s, 200}, {u"restricted_at"_s, u"2024-05-01T09:00:00.000Z"_s}});

        // Ava's records, inserted out of order: they come back in date order.
        ok &= insert(u"episodes"_s, {{u"id"_s, 2},
                                     {u"person_id"_s, 100},
                                     {u"flag"_s, u"child-protection"_s},
                                     {u"source_id"_s, 1},
                                     {u"start_date"_s, d("2023-02-01")},
                                     {u"end_date"_s, null()},
                                     {u"assessed"_s, true},
                                     {u"assessor"_s, u"Jo Hughes"_s}});
        ok &= insert(u"episodes"_s, {{u"id"_s, 1},
                                     {u"person_id"_s, 100},
                                     {u"flag"_s, u"child-in-need"_s},
                                     {u"source_id"_s, 1},
                                     {u"start_date"_s, d("2019-06-10")},
                                     {u"end_date"_s, d("2020-01-31")},
                                     {u"assessed"_s, false},
                                     {u"assessor"_s, null()}});
        ok &= insert(u"episodes"_s, {{u"id"_s, 3},
                                     {u"person_id"_s, 100},
                                     {u"flag"_s, u"safeguarding-notifications"_s},
                                     {u"source_id"_s, 2},
                                     {u"start_date"_s, d("2023-02-01")},
                                     {u"end_date"_s, d("2023-03-01")},
                                     {u"assessed"_s, false}});
        ok &= insert(u"episodes"_s, {{u"id"_s, 4},
                                     {u"person_id"_s, 102},
                                     {u"flag"_s, u"young-carer"_s},
                                     {u"source_id"_s, 1},
                                     {u"start_date"_s, d("2022-09-01")},
                                     {u"assessed"_s, false}});
        ok &= insertAvaInvolvement(2, u"early-help"_s, u"Somerset Early Help"_s, d("2021-04-01"),
                                   null(), u"Sam Lee"_s, u"sam.lee@earlyhelp.example"_s);
        ok &= insertAvaInvolvement(1, u"social-care"_s, u"Somerset Children's Social Care"_s,
                                   d("2014-05-06"), d("2015-01-02"), u"Jo Hughes"_s,
                                   u"jo.hughes@childrens.example"_s);
        ok &= insertAvaInvolvement(3, u"other"_s, u"CAMHS"_s, d("2022-01-01"), d("2022-06-30"),
                                   u"Pat Kaur"_s, u"pat.kaur@camhs.example"_s);
        ok &= insert(u"assessments"_s, {{u"id"_s, 1},
                                        {u"person_id"_s, 100},
                                        {u"assessment_type"_s, u"Early Help Assessment"_s},
                                        {u"assessment_date"_s, d("2024-04-15")},
                                        {u"source_id"_s, 1},
                                        {u"creator"_s, u"Sam Lee"_s},
                                        {u"creator_email"_s, u"sam.lee@earlyhelp.example"_s}});
        ok &= insertAvaAttendanceTerm(2, d("2024-01-06"), d("2024-03-28"), 87.5);
        ok &= insertAvaAttendanceTerm(1, d("2023-09-04"), d("2023-12-19"), 100.0);
        ok &= insert(u"incidents"_s, {{u"id"_s, 1},
                                      {u"person_id"_s, 100},
                                      {u"incident_date"_s, d("2023-02-01")},
                                      {u"source_id"_s, 2}});
        return ok;
    }

    static PersonRecord expectedAva()
    {
        PersonRecord ava;
        ava.details = tv::PersonDetails{u"100"_s,
                                        u"10"_s,
                                        u"Ava"_s,
                                        u"Smith"_s,
                                        u"12 Priory Road, Taunton"_s,
                                        u"TA1 2AB"_s,
                                        d("2012-03-04"),
                                        u"A933000000001"_s,
                                        u"4010232137"_s,
                                        u"1234567"_s};
        ava.episodes = {
            EpisodeRecord{FlagKind::ChildInNeed, u"lcs"_s, d("2019-06-10"), d("2020-01-31"), false,
                          std::nullopt},
            EpisodeRecord{FlagKind::ChildProtection, u"lcs"_s, d("2023-02-01"), std::nullopt, true,
                          u"Jo Hughes"_s},
            EpisodeRecord{FlagKind::SafeguardingNotifications, u"police"_s, d("2023-02-01"),
                          d("2023-03-01"), false, std::nullopt},
        };
        ava.involvements = {
            InvolvementRecord{InvolvementService::SocialCare,
                              Involvement{u"Somerset Children's Social Care"_s, d("2014-05-06"),
                                          d("2015-01-02"), u"Jo Hughes"_s,
                                          u"jo.hughes@childrens.example"_s}},
            InvolvementRecord{InvolvementService::EarlyHelp,
                              Involvement{u"Somerset Early Help"_s, d("2021-04-01"), std::nullopt,
                                          u"Sam Lee"_s, u"sam.lee@earlyhelp.example"_s}},
            InvolvementRecord{InvolvementService::Other,
                              Involvement{u"CAMHS"_s, d("2022-01-01"), d("2022-06-30"),
                                          u"Pat Kaur"_s, u"pat.kaur@camhs.example"_s}},
        };
        ava.assessments = {Assessment{u"Early Help Assessment"_s, d("2024-04-15"), u"Sam Lee"_s,
                                      u"sam.lee@earlyhelp.example"_s}};
        ava.attendance = {
            AttendanceTerm{d("2023-09-04"), d("2023-12-19"), u"Taunton Academy"_s, 100.0},
            AttendanceTerm{d("2024-01-06"), d("2024-03-28"), u"Taunton Academy"_s, 87.5},
        };
        ava.incidents = {d("2023-02-01")};
        ava.restricted = false;
        return ava;
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        TV_VERIFY_OK(openDatabase(currentBackend()));
        QVERIFY(insertFixture());
        m_repository = std::make_unique<PersonRepository>(*m_db);
    }

    void cleanup()
    {
        m_repository.reset();
        stopService();
    }

    void loadReturnsEveryField()
    {
        const auto loaded = m_repository->load(100);
        TV_VERIFY_OK(loaded);
        const PersonRecord &record = loaded.value();
        const PersonRecord expected = expectedAva();
        // Field by field first, so a failure names the part that differs.
        QCOMPARE(record.details.id, expected.details.id);
        QCOMPARE(record.details.householdId, expected.details.householdId);
        QCOMPARE(record.details.address, expected.details.address);
        QCOMPARE(record.details.postcode, expected.details.postcode);
        QCOMPARE(record.details.dateOfBirth, expected.details.dateOfBirth);
        QCOMPARE(record.details.upn, expected.details.upn);
        QCOMPARE(record.details.nhsNumber, expected.details.nhsNumber);
        QCOMPARE(record.details.lcsCaseId, expected.details.lcsCaseId);
        QCOMPARE(record.details, expected.details);
        QCOMPARE(record.episodes.size(), expected.episodes.size());
        for (qsizetype i = 0; i < expected.episodes.size(); ++i)
            QVERIFY2(record.episodes.at(i) == expected.episodes.at(i),
                     qPrintable(u"episode %1"_s.arg(i)));
        QCOMPARE(record.involvements.size(), expected.involvements.size());
        for (qsizetype i = 0; i < expected.involvements.size(); ++i)
            QVERIFY2(record.involvements.at(i) == expected.involvements.at(i),
                     qPrintable(u"involvement %1"_s.arg(i)));
        QCOMPARE(record.assessments, expected.assessments);
        QCOMPARE(record.attendance, expected.attendance);
        QCOMPARE(record.incidents, expected.incidents);
        QCOMPARE(record.restricted, false);
        QVERIFY(record == expected);

        // The statements are prepared once: a second load answers the same.
        const auto again = m_repository->load(100);
        TV_VERIFY_OK(again);
        QVERIFY(again.value() == expected);
    }

    void loadsAPersonWithoutIdentifiersOrRecords()
    {
        const auto loaded = m_repository->load(101);
        TV_VERIFY_OK(loaded);
        const PersonRecord &claire = loaded.value();
        QCOMPARE(claire.details.givenName, u"Claire"_s);
        QVERIFY(!claire.details.upn);
        QVERIFY(!claire.details.nhsNumber);
        QVERIFY(!claire.details.lcsCaseId);
        QVERIFY(claire.episodes.isEmpty());
        QVERIFY(claire.involvements.isEmpty());
        QVERIFY(claire.assessments.isEmpty());
        QVERIFY(claire.attendance.isEmpty());
        QVERIFY(claire.incidents.isEmpty());
    }

    void unknownIdsAreNotFound_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::newRow("missing") << qint64(999);
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("negative") << qint64(-100);
        QTest::newRow("household id, not a person") << qint64(10);
    }

    void unknownIdsAreNotFound()
    {
        QFETCH(qint64, id);
        TV_VERIFY_ERROR(m_repository->load(id), tv::errc::NotFound);
        if (id != 10)
            TV_VERIFY_ERROR(m_repository->loadHousehold(id), tv::errc::NotFound);
        // The repository still works after a miss.
        TV_VERIFY_OK(m_repository->load(100));
    }

    void restrictedPersonsAreFlagged()
    {
        const auto sam = m_repository->load(200);
        TV_VERIFY_OK(sam);
        QVERIFY(sam.value().restricted);
        QCOMPARE(sam.value().details.address, u"Flat 2, 5 O'Neill Lane, Frome"_s);
        const auto ava = m_repository->load(100);
        TV_VERIFY_OK(ava);
        QVERIFY(!ava.value().restricted);
    }

    void householdListsItsMembers()
    {
        const auto loaded = m_repository->loadHousehold(10);
        TV_VERIFY_OK(loaded);
        const PersonRepository::HouseholdRecord &household = loaded.value();
        QCOMPARE(household.id, qint64(10));
        QCOMPARE(household.address, u"12 Priory Road, Taunton, TA1 2AB"_s);
        QCOMPARE(household.members.size(), 3);
        // Oldest first.
        QCOMPARE(household.members.at(0).summary,
                 (PersonSummary{u"101"_s, u"Claire Smith"_s, d("1985-07-19"), u"Taunton TA1"_s,
                                std::nullopt}));
        QCOMPARE(household.members.at(1).summary,
                 (PersonSummary{u"100"_s, u"Ava Smith"_s, d("2012-03-04"), u"Taunton TA1"_s,
                                u"Taunton Academy"_s}));
        QCOMPARE(household.members.at(2).summary.displayName, u"Noah Smith-Jones"_s);
        QCOMPARE(household.members.at(2).summary.currentSchool,
                 std::optional<QString>(u"Taunton Community Primary School"_s));
        // Each member's record is what load() returns for it.
        for (const auto &member : household.members) {
            const auto single = m_repository->load(member.summary.id.toLongLong());
            TV_VERIFY_OK(single);
            QVERIFY2(single.value() == member.record, qPrintable(member.summary.id));
        }
        QVERIFY(household.members.at(1).record == expectedAva());
        QCOMPARE(household.members.at(2).record.episodes.size(), 1);
        QCOMPARE(household.members.at(2).record.episodes.first().flag, FlagKind::YoungCarer);

        const auto frome = m_repository->loadHousehold(20);
        TV_VERIFY_OK(frome);
        QCOMPARE(frome.value().members.size(), 1);
        QVERIFY(frome.value().members.first().record.restricted);
        QCOMPARE(frome.value().members.first().summary.partialAddress, u"Frome BA11"_s);
    }

    void summariesKeepTheOrderAsked_data()
    {
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QList<qint64>{} << QStringList{};
        QTest::newRow("one") << QList<qint64>{102} << QStringList{u"102"_s};
        QTest::newRow("reversed") << QList<qint64>{200, 102, 101, 100}
                                  << QStringList{u"200"_s, u"102"_s, u"101"_s, u"100"_s};
        QTest::newRow("unknown left out")
            << QList<qint64>{999, 100, -1, 200} << QStringList{u"100"_s, u"200"_s};
        QTest::newRow("none known") << QList<qint64>{5, 6} << QStringList{};
    }

    void summariesKeepTheOrderAsked()
    {
        QFETCH(QList<qint64>, ids);
        QFETCH(QStringList, expected);
        const auto summaries = m_repository->summaries(ids);
        TV_VERIFY_OK(summaries);
        QStringList got;
        for (const PersonSummary &summary : summaries.value())
            got << summary.id;
        QCOMPARE(got, expected);
        for (const PersonSummary &summary : summaries.value()) {
            if (summary.id == "100"_L1) {
                QCOMPARE(summary, (PersonSummary{u"100"_s, u"Ava Smith"_s, d("2012-03-04"),
                                                 u"Taunton TA1"_s, u"Taunton Academy"_s}));
            }
            if (summary.id == "200"_L1) { // restricted: marked, so a search shows it
                QCOMPARE(summary, (PersonSummary{u"200"_s, u"Sam Brown"_s, d("2010-01-15"),
                                                 u"Frome BA11"_s, std::nullopt, true}));
            }
        }
    }

    void coverageListsEverySource()
    {
        const auto coverage = m_repository->coverage();
        TV_VERIFY_OK(coverage);
        const QList<SourceCoverage> expected{
            SourceCoverage{u"Children's Social Care (LCS)"_s,
                           u"Somerset Council Children's Services"_s, d("2010-04-01"),
                           d("2024-05-30"), d("2024-05-31")},
            SourceCoverage{u"Police notifications"_s, u"Avon and Somerset Police"_s,
                           d("2016-01-01"), d("2024-05-01"), d("2024-05-02")},
        };
        QCOMPARE(coverage.value(), expected);
    }
};

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "tst_personrepository.moc"
