#include "models/household/HouseholdModel.h"
#include "models/person/AssessmentModel.h"
#include "models/person/AttendanceModel.h"
#include "models/person/CoverageModel.h"
#include "models/person/FlagModel.h"
#include "models/person/InvolvementModel.h"
#include "models/person/PersonDetailsModel.h"
#include "models/person/PersonPageModels.h"
#include "models/reports/MyReportsModel.h"
#include "tests/models/support/ModelTestCase.h"
#include "tests/models/support/PersonViewSamples.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using tv::FlagGroup;
using tv::models::PersonPageModels;

class TestPersonPageModels final : public tv::testing::BritishLocaleTestCase {
    Q_OBJECT

private Q_SLOTS:
    void setViewFillsEveryPanel();
    void householdOnlyForThePersonShown();
    void anotherPersonClearsAnotherHousehold();
    void clearEmptiesEveryModel();
    void flagsAtAGlanceInOneLine();
};

namespace {

// Every model the page owns, in the order of the page.
QList<QAbstractItemModel *> everyModel(const PersonPageModels &page)
{
    return {page.details(),
            page.flags(FlagGroup::VulnerabilityCriteria),
            page.flags(FlagGroup::IndividualFlags),
            page.flags(FlagGroup::TransformVulnerability),
            page.involvements(),
            page.assessments(),
            page.attendance(),
            page.coverage(),
            page.household(),
            page.myReports()};
}

// A Fatal tester on every model, for as long as the returned list lives.
std::vector<std::unique_ptr<QAbstractItemModelTester>> testEvery(const PersonPageModels &page)
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : everyModel(page)) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    return testers;
}

} // namespace

void TestPersonPageModels::setViewFillsEveryPanel()
{
    PersonPageModels page;
    const auto testers = testEvery(page);
    QVERIFY(!page.hasView());
    for (QAbstractItemModel *model : everyModel(page))
        QCOMPARE(model->rowCount(), 0);

    QSignalSpy changed(&page, &PersonPageModels::viewChanged);
    page.setView(tv::testing::samplePersonView());
    QCOMPARE(changed.count(), 1);
    QVERIFY(page.hasView());
    QCOMPARE(page.personId(), u"p-1"_s);
    QCOMPARE(page.householdId(), u"h-1"_s);
    QCOMPARE(page.asOf(), QDate(2024, 3, 4));
    QCOMPARE(page.details()->displayName(), u"Ada Fictional"_s);
    QCOMPARE(page.details()->rowCount(), int(tv::models::PersonDetailsModel::FieldCount));
    QCOMPARE(page.flags(FlagGroup::VulnerabilityCriteria)->rowCount(), 3);
    QCOMPARE(page.flags(FlagGroup::IndividualFlags)->rowCount(), 7);
    QCOMPARE(page.flags(FlagGroup::TransformVulnerability)->rowCount(), 9);
    QCOMPARE(page.flags(FlagGroup::IndividualFlags)->group(), FlagGroup::IndividualFlags);
    QCOMPARE(page.involvements()->rowCount(), 2);
    QCOMPARE(page.assessments()->rowCount(), 2);
    QCOMPARE(page.attendance()->rowCount(), 3);
    QCOMPARE(page.coverage()->rowCount(), 2);
    QCOMPARE(page.household()->rowCount(), 0); // asked for separately
    QCOMPARE(page.myReports()->rowCount(), 0);

    // Every model is a child of the page and can be found by name.
    for (QAbstractItemModel *model : everyModel(page)) {
        QCOMPARE(model->parent(), &page);
        QVERIFY(!model->objectName().isEmpty());
    }
    QCOMPARE(page.findChild<tv::models::InvolvementModel *>(u"involvementsModel"_s),
             page.involvements());
}

void TestPersonPageModels::householdOnlyForThePersonShown()
{
    PersonPageModels page;
    const auto testers = testEvery(page);
    // Before any person is shown, a household answer has nowhere to go.
    QVERIFY(!page.setHousehold(tv::testing::sampleHousehold()));
    QCOMPARE(page.household()->rowCount(), 0);

    page.setView(tv::testing::samplePersonView());
    tv::Household elsewhere = tv::testing::sampleHousehold();
    elsewhere.id = u"h-2"_s;
    QVERIFY(!page.setHousehold(elsewhere));
    QCOMPARE(page.household()->rowCount(), 0);

    QVERIFY(page.setHousehold(tv::testing::sampleHousehold()));
    QCOMPARE(page.household()->rowCount(), 3); // the person shown is left out
    QCOMPARE(
        page.household()->index(0, 0).data(tv::models::HouseholdModel::PersonIdRole).toString(),
        u"p-2"_s);

    // Showing the same person again (say, after a refresh) keeps their household.
    page.setView(tv::testing::samplePersonView());
    QCOMPARE(page.household()->rowCount(), 3);
}

void TestPersonPageModels::anotherPersonClearsAnotherHousehold()
{
    PersonPageModels page;
    const auto testers = testEvery(page);
    page.setView(tv::testing::samplePersonView());
    QVERIFY(page.setHousehold(tv::testing::sampleHousehold()));
    page.setMyReports({tv::testing::sampleReports()});
    QCOMPARE(page.myReports()->rowCount(), 3);

    tv::PersonView other = tv::testing::samplePersonView();
    other.details.id = u"p-7"_s;
    other.details.householdId = u"h-7"_s;
    other.involvements = tv::testing::manyInvolvements(500);
    page.setView(other);
    QCOMPARE(page.personId(), u"p-7"_s);
    QCOMPARE(page.household()->rowCount(), 0);
    QCOMPARE(page.involvements()->rowCount(), 500);
    QCOMPARE(page.myReports()->rowCount(), 3); // the practitioner's, not the person's
}

void TestPersonPageModels::clearEmptiesEveryModel()
{
    PersonPageModels page;
    const auto testers = testEvery(page);
    tv::PersonView view = tv::testing::samplePersonView();
    view.involvements = tv::testing::manyInvolvements(500);
    page.setView(view);
    QVERIFY(page.setHousehold(tv::testing::sampleHousehold()));
    page.setMyReports({tv::testing::sampleReports()});
    for (QAbstractItemModel *model : everyModel(page))
        QVERIFY2(model->rowCount() > 0, qPrintable(model->objectName()));

    QSignalSpy cleared(&page, &PersonPageModels::cleared);
    page.clear();
    QCOMPARE(cleared.count(), 1);
    for (QAbstractItemModel *model : everyModel(page))
        QVERIFY2(model->rowCount() == 0, qPrintable(model->objectName()));
    QVERIFY(!page.hasView());
    QCOMPARE(page.personId(), QString());
    QCOMPARE(page.householdId(), QString());
    QCOMPARE(page.asOf(), QDate());
    QCOMPARE(page.details()->displayName(), QString());
    // After clear(), a late household answer is refused.
    QVERIFY(!page.setHousehold(tv::testing::sampleHousehold()));
    QCOMPARE(page.household()->rowCount(), 0);
}

void TestPersonPageModels::flagsAtAGlanceInOneLine()
{
    PersonPageModels page;
    const auto testers = testEvery(page);
    QCOMPARE(page.flagsAtAGlance(), QString()); // no one shown
    // Over all three groups, in display order: no one scrolls 19 rows to find them.
    page.setView(tv::testing::samplePersonView());
    QCOMPARE(page.flagsAtAGlance(),
             u"Current: Known to other supporting services; Child in need; SEN / children with "
             u"disability support; Health; Services supported; Anti-social behaviour. "
             u"Historic: Known to social care / early help; Child protection; Education, health "
             u"and care plan; Education; Need support; Crime."_s);

    tv::PersonView view = tv::testing::samplePersonView();
    for (tv::Flag &flag : view.flags)
        flag.state = tv::FlagState::NoInformation;
    view.flags[0].state = tv::FlagState::Current;
    view.flags[5].state = tv::FlagState::Historic;
    page.setView(view);
    QCOMPARE(page.flagsAtAGlance(),
             u"Current: Active social care / early help involvement. Historic: Child in need."_s);
    view.flags[0].state = tv::FlagState::NoInformation;
    page.setView(view);
    QCOMPARE(page.flagsAtAGlance(), u"Historic: Child in need."_s);
    view.flags[5].state = tv::FlagState::NoInformation;
    page.setView(view);
    QCOMPARE(page.flagsAtAGlance(), u"No current or historic flags."_s);
    page.clear();
    QCOMPARE(page.flagsAtAGlance(), QString());
}

QTEST_GUILESS_MAIN(TestPersonPageModels)
#include "tst_personpagemodels.moc"
