#include "models/person/CoverageModel.h"
#include "tests/models/support/ModelChecks.h"
#include "tests/models/support/ModelTestCase.h"
#include "tests/models/support/PersonViewSamples.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::CoverageModel;

class TestCoverageModel final : public tv::testing::ModelTestCaseFor<CoverageModel> {
    Q_OBJECT

private Q_SLOTS:
    void oneLinePerSource();

private:
    void fill(CoverageModel &model) override { model.setRows(tv::testing::sampleCoverage()); }
    void verifyCleared(const CoverageModel &model) override { QVERIFY(model.lines().isEmpty()); }
};

void TestCoverageModel::oneLinePerSource()
{
    CoverageModel &model = filledModel();
    const QStringList expected{
        u"Education: covers 1 Sept 2021 – 29 Feb 2024, last updated 3 Mar 2024"_s,
        u"Social care: covers 1 Apr 2019 – 1 Mar 2024, last updated 2 Mar 2024"_s};
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.lines(), expected);
    QCOMPARE(model.index(0, 0).data().toString(), expected.at(0));
    QCOMPARE(model.index(1, 0).data(Qt::AccessibleTextRole).toString(),
             u"Social care: covers 1 Apr 2019 to 1 Mar 2024, last updated 2 Mar 2024"_s);
    QCOMPARE(CoverageModel::lineFor(tv::testing::sampleCoverage().at(1)), expected.at(1));
    QCOMPARE(model.index(0, 0).data(CoverageModel::SortRole).toDate(), QDate(2024, 3, 3));
    QCOMPARE(model.index(0, 0).data(CoverageModel::SourceNameRole).toString(), u"Education"_s);
    QCOMPARE(model.index(0, 0).data(CoverageModel::OwnerRole).toString(), u"Example Council"_s);
    QCOMPARE(tv::testing::headerTexts(model), QStringList{u"Source coverage"_s});
}

QTEST_GUILESS_MAIN(TestCoverageModel)
#include "tst_coveragemodel.moc"
