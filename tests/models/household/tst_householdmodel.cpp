#include "models/household/HouseholdModel.h"
#include "tests/models/support/ModelChecks.h"
#include "tests/models/support/ModelTestCase.h"
#include "tests/models/support/PersonViewSamples.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::FlagKind;
using tv::FlagKindState;
using tv::FlagState;
using tv::HouseholdMember;
using tv::models::HouseholdModel;

class TestHouseholdModel final : public tv::testing::ModelTestCaseFor<HouseholdModel> {
    Q_OBJECT

private Q_SLOTS:
    void flagSummariesInWords_data();
    void flagSummariesInWords();
    void listsTheOtherMembers();
    void restrictedMembersShowNoCounts();
    void sortsByDateAndFlags();

private:
    void fill(HouseholdModel &model) override
    {
        model.setHousehold(tv::testing::sampleHousehold());
    }
    void verifyCleared(const HouseholdModel &model) override { QCOMPARE(model.rowAt(0), nullptr); }
};

void TestHouseholdModel::flagSummariesInWords_data()
{
    using Flags = std::optional<QList<FlagKindState>>;
    QTest::addColumn<Flags>("flags");
    QTest::addColumn<bool>("restricted");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("historic");
    // Named, not counted: "1 current" said nothing about which.
    QTest::newRow("both") << Flags(QList<FlagKindState>{
                                 {FlagKind::ChildProtection, FlagState::Current},
                                 {FlagKind::YoungCarer, FlagState::Current},
                                 {FlagKind::ChildInNeed, FlagState::Historic}})
                          << false
                          << u"Current: Child protection; Young carer. Historic: Child in need."_s
                          << 2 << 1;
    QTest::newRow("current only")
        << Flags(QList<FlagKindState>{{FlagKind::ActiveSocialCareOrEarlyHelp, FlagState::Current}})
        << false << u"Current: Active social care / early help involvement."_s << 1 << 0;
    QTest::newRow("historic only")
        << Flags(QList<FlagKindState>{{FlagKind::Crime, FlagState::Historic}}) << false
        << u"Historic: Crime."_s << 0 << 1;
    // A flag whose name holds a comma stays one flag.
    QTest::newRow("a name with a comma")
        << Flags(QList<FlagKindState>{{FlagKind::EducationHealthCarePlan, FlagState::Current},
                                      {FlagKind::Health, FlagState::Current}})
        << false << u"Current: Education, health and care plan; Health."_s << 2 << 0;
    // The seed's words, not "None".
    QTest::newRow("none") << Flags(QList<FlagKindState>{}) << false
                          << u"No information on database"_s << 0 << 0;
    QTest::newRow("restricted") << Flags() << true << u"Restricted record"_s << 0 << 0;
}

void TestHouseholdModel::flagSummariesInWords()
{
    QFETCH(std::optional<QList<FlagKindState>>, flags);
    QFETCH(bool, restricted);
    QFETCH(QString, words);
    QFETCH(int, current);
    QFETCH(int, historic);
    const HouseholdMember member{
        {u"p-9"_s, u"Ed Fictional"_s, QDate(2011, 1, 2), u"Taunton TA1"_s, std::nullopt},
        flags,
        restricted};
    QCOMPARE(HouseholdModel::flagSummary(member), words);

    HouseholdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHousehold(tv::Household{u"h-9"_s, u"9 Example Row"_s, {member}});
    const QModelIndex index = model.index(0, HouseholdModel::FlagsColumn);
    QCOMPARE(index.data().toString(), words);
    QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), words);
    QCOMPARE(index.data(HouseholdModel::RestrictedRole).toBool(), restricted);
    QCOMPARE(index.data(HouseholdModel::CurrentFlagsRole).isValid(), !restricted);
    QCOMPARE(index.data(HouseholdModel::HistoricFlagsRole).isValid(), !restricted);
    if (!restricted) {
        QCOMPARE(index.data(HouseholdModel::CurrentFlagsRole).toInt(), current);
        QCOMPARE(index.data(HouseholdModel::HistoricFlagsRole).toInt(), historic);
    }
}

void TestHouseholdModel::listsTheOtherMembers()
{
    HouseholdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHousehold(tv::testing::sampleHousehold(), u"p-1"_s);
    QCOMPARE(model.rowCount(), 3); // the person whose page it is is left out
    const QStringList ids{u"p-2"_s, u"p-3"_s, u"p-4"_s};
    const QStringList names{u"Bo Fictional"_s, u"Cy Fictional"_s, u"Di Fictional"_s};
    const QStringList dates{u"21 Jul 2010"_s, u"1 Dec 1985"_s, u"29 Feb 1988"_s};
    const QStringList summaries{
        u"Current: Active social care / early help involvement; Child protection. Historic: "
        u"Child in need."_s,
        u"No information on database"_s, u"Restricted record"_s};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(row, column).data(HouseholdModel::PersonIdRole).toString(),
                     ids.at(row));
        QCOMPARE(model.index(row, HouseholdModel::NameColumn).data().toString(), names.at(row));
        QCOMPARE(model.index(row, HouseholdModel::DateOfBirthColumn).data().toString(),
                 dates.at(row));
        QCOMPARE(model.index(row, HouseholdModel::FlagsColumn).data().toString(),
                 summaries.at(row));
    }
    QCOMPARE(model.rowAt(0)->person.id, u"p-2"_s);
    QCOMPARE(model.rowAt(3), nullptr);
    QCOMPARE(tv::testing::headerTexts(model),
             (QStringList{u"Name"_s, u"Date of birth"_s, u"Flags"_s}));

    // Without a person to leave out, every member is listed.
    model.setHousehold(tv::testing::sampleHousehold());
    QCOMPARE(model.rowCount(), 4);
}

void TestHouseholdModel::restrictedMembersShowNoCounts()
{
    HouseholdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHousehold(tv::testing::sampleHousehold(), u"p-1"_s);
    const QModelIndex restricted = model.index(2, HouseholdModel::FlagsColumn);
    QVERIFY(restricted.data(HouseholdModel::RestrictedRole).toBool());
    QCOMPARE(restricted.data().toString(), u"Restricted record"_s);
    QVERIFY(!restricted.data().toString().contains(u"No information"_s));
    QVERIFY(!restricted.data(HouseholdModel::CurrentFlagsRole).isValid());
    QVERIFY(!restricted.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    QCOMPARE(restricted.data(HouseholdModel::SortRole).toInt(), -1);
    QVERIFY(
        !model.index(0, HouseholdModel::FlagsColumn).data(HouseholdModel::RestrictedRole).toBool());
}

void TestHouseholdModel::sortsByDateAndFlags()
{
    HouseholdModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHousehold(tv::testing::sampleHousehold(), u"p-1"_s);
    const QVariant date =
        model.index(0, HouseholdModel::DateOfBirthColumn).data(HouseholdModel::SortRole);
    QCOMPARE(date.typeId(), QMetaType::QDate);
    QCOMPARE(date.toDate(), QDate(2010, 7, 21));
    const int withFlags =
        model.index(0, HouseholdModel::FlagsColumn).data(HouseholdModel::SortRole).toInt();
    const int without =
        model.index(1, HouseholdModel::FlagsColumn).data(HouseholdModel::SortRole).toInt();
    QVERIFY(withFlags > without);
    // One current flag outranks any number of historic ones.
    QList<FlagKindState> nineteenHistoric;
    for (FlagKind kind : tv::flags::allKinds())
        nineteenHistoric.append({kind, FlagState::Historic});
    const HouseholdMember oneCurrent{
        {}, QList<FlagKindState>{{FlagKind::Crime, FlagState::Current}}, false};
    const HouseholdMember manyHistoric{{}, nineteenHistoric, false};
    model.setHousehold(tv::Household{u"h-2"_s, {}, {oneCurrent, manyHistoric}});
    QVERIFY(model.index(0, HouseholdModel::FlagsColumn).data(HouseholdModel::SortRole).toInt() >
            model.index(1, HouseholdModel::FlagsColumn).data(HouseholdModel::SortRole).toInt());
}

QTEST_GUILESS_MAIN(TestHouseholdModel)
#include "tst_householdmodel.moc"
