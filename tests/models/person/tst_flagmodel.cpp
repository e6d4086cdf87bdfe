#include "models/person/FlagModel.h"
#include "tests/models/support/ModelChecks.h"
#include "tests/models/support/PersonViewSamples.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::Flag;
using tv::FlagGroup;
using tv::FlagKind;
using tv::FlagState;
using tv::models::FlagModel;

class TestFlagModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStateInWordsAndIcon_data();
    void everyStateInWordsAndIcon();
    void listsEveryFlagOfItsGroupInOrder_data();
    void listsEveryFlagOfItsGroupInOrder();
    void assessmentWords_data();
    void assessmentWords();
    void aFlagTheViewLacksReadsNoInformation();
    void transformVulnerabilityIsTheThirdGroup();
    void isReadOnlyWithNoCopyPath();
    void clearLeavesNoRows();
};

namespace {

const QList<FlagGroup> kGroups{FlagGroup::VulnerabilityCriteria, FlagGroup::IndividualFlags,
                               FlagGroup::TransformVulnerability};

// Every flag of the product in one state.
QList<Flag> allIn(FlagState state)
{
    QList<Flag> flags;
    for (FlagKind kind : tv::flags::allKinds())
        flags.append(Flag{kind, state, false, std::nullopt});
    return flags;
}

} // namespace

void TestFlagModel::everyStateInWordsAndIcon_data()
{
    QTest::addColumn<FlagGroup>("group");
    QTest::addColumn<FlagState>("state");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("icon");
    const QList<std::tuple<FlagState, QString, QString>> states{
        {FlagState::NoInformation, u"No information on database"_s, u"flag-none"_s},
        {FlagState::Historic, u"Historic"_s, u"flag-historic"_s},
        {FlagState::Current, u"Current"_s, u"flag-current"_s},
    };
    for (FlagGroup group : kGroups) {
        for (const auto &[state, words, icon] : states) {
            QTest::addRow("group %d, %s", int(group), qPrintable(icon))
                << group << state << words << icon;
        }
    }
}

void TestFlagModel::everyStateInWordsAndIcon()
{
    QFETCH(FlagGroup, group);
    QFETCH(FlagState, state);
    QFETCH(QString, words);
    QFETCH(QString, icon);
    FlagModel model(group);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFlags(allIn(state));
    QCOMPARE(model.rowCount(), tv::flags::kindsIn(group).size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex stateCell = model.index(row, FlagModel::StateColumn);
        QCOMPARE(stateCell.data().toString(), words);
        QCOMPARE(stateCell.data(Qt::AccessibleTextRole).toString(), words);
        QCOMPARE(stateCell.data(FlagModel::StateRole).value<FlagState>(), state);
        QCOMPARE(stateCell.data(FlagModel::SortRole).toInt(), int(state));
        // The row roles answer on every column, so an icon can sit beside the flag's name.
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            QCOMPARE(cell.data(FlagModel::IconNameRole).toString(), icon);
            QVERIFY(cell.data(Qt::AccessibleDescriptionRole).toString().contains(words));
            // Words and a named icon, never a colour.
            QVERIFY(!cell.data(Qt::DecorationRole).isValid());
            QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
            QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
        }
    }
    QCOMPARE(FlagModel::iconName(state), icon);
}

void TestFlagModel::listsEveryFlagOfItsGroupInOrder_data()
{
    QTest::addColumn<FlagGroup>("group");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("kinds");
    QTest::newRow("vulnerability criteria")
        << FlagGroup::VulnerabilityCriteria << u"Vulnerability criteria"_s
        << QStringList{u"Active social care / early help involvement"_s,
                       u"Known to social care / early help"_s,
                       u"Known to other supporting services"_s};
    QTest::newRow("individual flags") << FlagGroup::IndividualFlags << u"Individual flags"_s
                                      << QStringList{u"Child looked after"_s,
                                                     u"Child protection"_s,
                                                     u"Child in need"_s,
                                                     u"Young carer"_s,
                                                     u"Education, health and care plan"_s,
                                                     u"SEN / children with disability support"_s,
                                                     u"Safeguarding notifications"_s};
    QTest::newRow("transform vulnerability")
        << FlagGroup::TransformVulnerability << u"Transform vulnerability"_s
        << QStringList{u"Education"_s,
                       u"Health"_s,
                       u"Worklessness"_s,
                       u"Need support"_s,
                       u"Services supported"_s,
                       u"Substance misuse"_s,
                       u"Crime"_s,
                       u"Anti-social behaviour"_s,
                       u"Domestic violence"_s};
}

void TestFlagModel::listsEveryFlagOfItsGroupInOrder()
{
    QFETCH(FlagGroup, group);
    QFETCH(QString, title);
    QFETCH(QStringList, kinds);
    FlagModel model(group);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.group(), group);
    QCOMPARE(model.title(), title);
    QCOMPARE(model.rowCount(), 0);
    // The view's flags arrive in any order; the model shows the agreement's.
    QList<Flag> shuffled = tv::testing::sampleFlags();
    std::reverse(shuffled.begin(), shuffled.end());
    model.setFlags(shuffled);
    QCOMPARE(model.rowCount(), kinds.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex kindCell = model.index(row, FlagModel::KindColumn);
        QCOMPARE(kindCell.data().toString(), kinds.at(row));
        QCOMPARE(kindCell.data(FlagModel::SortRole).toInt(), row);
        const auto kind = kindCell.data(FlagModel::KindRole).value<FlagKind>();
        QCOMPARE(tv::flags::groupOf(kind), group);
        const auto expected = std::find_if(shuffled.cbegin(), shuffled.cend(),
                                           [kind](const Flag &flag) { return flag.kind == kind; });
        QCOMPARE(
            model.index(row, FlagModel::StateColumn).data(FlagModel::StateRole).value<FlagState>(),
            expected->state);
    }
    QCOMPARE(tv::testing::headerTexts(model),
             (QStringList{u"Flag"_s, u"State"_s, u"Assessment"_s}));
}

void TestFlagModel::assessmentWords_data()
{
    QTest::addColumn<bool>("assessed");
    QTest::addColumn<std::optional<QString>>("assessor");
    QTest::addColumn<QString>("words");
    QTest::newRow("not assessed") << false << std::optional<QString>() << u"Not assessed"_s;
    QTest::newRow("assessed, no assessor") << true << std::optional<QString>() << u"Assessed"_s;
    QTest::newRow("assessed, blank assessor")
        << true << std::optional<QString>(u" "_s) << u"Assessed"_s;
    QTest::newRow("assessed by") << true << std::optional<QString>(u"Sam Worker"_s)
                                 << u"Assessed by Sam Worker"_s;
}

void TestFlagModel::assessmentWords()
{
    QFETCH(bool, assessed);
    QFETCH(std::optional<QString>, assessor);
    QFETCH(QString, words);
    FlagModel model(FlagGroup::IndividualFlags);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFlags({Flag{FlagKind::YoungCarer, FlagState::Current, assessed, assessor}});
    const int row =
        int(tv::flags::kindsIn(FlagGroup::IndividualFlags).indexOf(FlagKind::YoungCarer));
    const QModelIndex cell = model.index(row, FlagModel::AssessmentColumn);
    QCOMPARE(cell.data().toString(), words);
    QCOMPARE(cell.data(FlagModel::AssessedRole).toBool(), assessed);
    QCOMPARE(cell.data(Qt::AccessibleDescriptionRole).toString(),
             u"Young carer: Current. %1."_s.arg(words));
}

void TestFlagModel::aFlagTheViewLacksReadsNoInformation()
{
    FlagModel model(FlagGroup::VulnerabilityCriteria);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFlags({Flag{FlagKind::ChildProtection, FlagState::Current, true, u"Sam Worker"_s}});
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, FlagModel::StateColumn).data().toString(),
                 u"No information on database"_s);
        QCOMPARE(model.index(row, FlagModel::AssessmentColumn).data().toString(),
                 u"Not assessed"_s);
    }
}

void TestFlagModel::transformVulnerabilityIsTheThirdGroup()
{
    FlagModel model(FlagGroup::TransformVulnerability);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFlags(tv::testing::sampleFlags());
    QCOMPARE(model.index(0, FlagModel::KindColumn).data(FlagModel::ReportItemRole).toString(),
             u"transform-vulnerability/education"_s);
    QCOMPARE(model.index(8, FlagModel::StateColumn).data(FlagModel::ReportItemRole).toString(),
             u"transform-vulnerability/domestic-violence"_s);

    FlagModel individual(FlagGroup::IndividualFlags);
    individual.setFlags(tv::testing::sampleFlags());
    QCOMPARE(individual.index(3, FlagModel::KindColumn).data(FlagModel::ReportItemRole).toString(),
             u"individual-flags/young-carer"_s);
}

void TestFlagModel::isReadOnlyWithNoCopyPath()
{
    for (FlagGroup group : kGroups) {
        FlagModel model(group);
        model.setFlags(tv::testing::sampleFlags());
        tv::testing::verifyReadOnly(model);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestFlagModel::clearLeavesNoRows()
{
    FlagModel model(FlagGroup::IndividualFlags);
    tv::testing::verifyClearLeavesNoRows(model, [](FlagModel &filled) {
        filled.setFlags(tv::testing::sampleFlags());
        QCOMPARE(filled.rowCount(), 7);
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(model.group(), FlagGroup::IndividualFlags);
}

QTEST_GUILESS_MAIN(TestFlagModel)
#include "tst_flagmodel.moc"
