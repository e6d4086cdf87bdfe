#include "models/person/AssessmentModel.h"
#include "tests/models/support/ModelChecks.h"
#include "tests/models/support/ModelTestCase.h"
#include "tests/models/support/PersonViewSamples.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::AssessmentModel;

class TestAssessmentModel final : public tv::testing::ModelTestCaseFor<AssessmentModel> {
    Q_OBJECT

private Q_SLOTS:
    void showsEachColumnInWords_data();
    void showsEachColumnInWords();
    void creatorEmailAndSorting();

private:
    void fill(AssessmentModel &model) override { model.setRows(tv::testing::sampleAssessments()); }
};

void TestAssessmentModel::showsEachColumnInWords_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("complete") << 0
                              << QStringList{u"Child in need plan"_s, u"17 May 2023"_s,
                                             u"Sam Worker"_s, u"sam.worker@example.invalid"_s};
    QTest::newRow("no creator") << 1
                                << QStringList{u"Early help assessment"_s, u"2 Nov 2022"_s,
                                               u"Not recorded"_s, u"Not recorded"_s};
}

void TestAssessmentModel::showsEachColumnInWords()
{
    QFETCH(int, row);
    QFETCH(QStringList, words);
    AssessmentModel &model = filledModel();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(words.size(), model.columnCount());
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(row, column).data().toString(), words.at(column));
    QCOMPARE(model.index(row, 0).data(AssessmentModel::ReportItemRole).toString(),
             u"assessments/%1"_s.arg(row));
    QCOMPARE(tv::testing::headerTexts(model),
             (QStringList{u"Assessment type"_s, u"Date"_s, u"Created by"_s, u"Creator email"_s}));
}

void TestAssessmentModel::creatorEmailAndSorting()
{
    AssessmentModel &model = filledModel();
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(0, column).data(AssessmentModel::CreatorEmailRole).toString(),
                 u"sam.worker@example.invalid"_s);
        QCOMPARE(model.index(1, column).data(AssessmentModel::CreatorEmailRole).toString(),
                 QString());
    }
    const QVariant date =
        model.index(1, AssessmentModel::DateColumn).data(AssessmentModel::SortRole);
    QCOMPARE(date.typeId(), QMetaType::QDate);
    QCOMPARE(date.toDate(), QDate(2022, 11, 2));
}

QTEST_GUILESS_MAIN(TestAssessmentModel)
#include "tst_assessmentmodel.moc"
