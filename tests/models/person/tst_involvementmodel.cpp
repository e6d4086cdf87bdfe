#include "models/person/InvolvementModel.h"
#include "tests/models/support/ModelChecks.h"
#include "tests/models/support/ModelTestCase.h"
#include "tests/models/support/PersonViewSamples.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::InvolvementModel;

class TestInvolvementModel final : public tv::testing::ModelTestCaseFor<InvolvementModel> {
    Q_OBJECT

private Q_SLOTS:
    void showsEachColumnInWords_data();
    void showsEachColumnInWords();
    void leadProfessionalEmailForTheContactAction();
    void datesSortAsDatesAndOpenEndsLast();
    void rowsNameTheirReportItem();
    void holdsFiveHundredInvolvements();

private:
    void fill(InvolvementModel &model) override
    {
        model.setRows(tv::testing::sampleInvolvements());
    }
    void fillBeforeClear(InvolvementModel &model) override
    {
        model.setRows(tv::testing::manyInvolvements(500));
    }
    void verifyCleared(const InvolvementModel &model) override
    {
        QCOMPARE(model.rowAt(0), nullptr);
    }
};

void TestInvolvementModel::showsEachColumnInWords_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("ended") << 0
                           << QStringList{u"Children's social care"_s, u"10 Jan 2022"_s,
                                          u"30 Sept 2022"_s, u"Sam Worker"_s,
                                          u"sam.worker@example.invalid"_s};
    QTest::newRow("open, no worker or email")
        << 1
        << QStringList{u"Early help"_s, u"1 Feb 2023"_s, u"Open"_s, u"Not recorded"_s,
                       u"Not recorded"_s};
}

void TestInvolvementModel::showsEachColumnInWords()
{
    QFETCH(int, row);
    QFETCH(QStringList, words);
    InvolvementModel &model = filledModel();
    QCOMPARE(model.columnCount(), int(InvolvementModel::ColumnCount));
    QCOMPARE(words.size(), model.columnCount());
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(row, column).data().toString(), words.at(column));
        QCOMPARE(model.index(row, column).data(Qt::AccessibleTextRole).toString(),
                 words.at(column));
    }
    QCOMPARE(
        model.index(row, InvolvementModel::EndColumn).data(InvolvementModel::OpenRole).toBool(),
        words.at(InvolvementModel::EndColumn) == u"Open"_s);
    QCOMPARE(tv::testing::headerTexts(model),
             (QStringList{u"Agency"_s, u"Start"_s, u"End"_s, u"Worker"_s,
                          u"Lead professional email"_s}));
}

void TestInvolvementModel::leadProfessionalEmailForTheContactAction()
{
    InvolvementModel &model = filledModel();
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(
            model.index(0, column).data(InvolvementModel::LeadProfessionalEmailRole).toString(),
            u"sam.worker@example.invalid"_s);
        // None recorded: an empty address, never the words "Not recorded".
        QCOMPARE(
            model.index(1, column).data(InvolvementModel::LeadProfessionalEmailRole).toString(),
            QString());
    }
    QCOMPARE(model.rowAt(1)->agency, u"Early help"_s);
    QCOMPARE(model.rowAt(2), nullptr);
    QCOMPARE(model.rowAt(-1), nullptr);
}

void TestInvolvementModel::datesSortAsDatesAndOpenEndsLast()
{
    InvolvementModel &model = filledModel();
    const QVariant start =
        model.index(0, InvolvementModel::StartColumn).data(InvolvementModel::SortRole);
    QCOMPARE(start.typeId(), QMetaType::QDate);
    QCOMPARE(start.toDate(), QDate(2022, 1, 10));
    const QDate ended =
        model.index(0, InvolvementModel::EndColumn).data(InvolvementModel::SortRole).toDate();
    const QDate open =
        model.index(1, InvolvementModel::EndColumn).data(InvolvementModel::SortRole).toDate();
    QCOMPARE(ended, QDate(2022, 9, 30));
    QVERIFY(open.isValid());
    QVERIFY(open > QDate(2999, 1, 1));
    QCOMPARE(
        model.index(1, InvolvementModel::AgencyColumn).data(InvolvementModel::SortRole).toString(),
        u"Early help"_s);
}

void TestInvolvementModel::rowsNameTheirReportItem()
{
    InvolvementModel &model = filledModel();
    QCOMPARE(model.index(0, InvolvementModel::WorkerColumn)
                 .data(InvolvementModel::ReportItemRole)
                 .toString(),
             u"involvements/0"_s);
    QCOMPARE(model.index(1, InvolvementModel::AgencyColumn)
                 .data(InvolvementModel::ReportItemRole)
                 .toString(),
             u"involvements/1"_s);
}

void TestInvolvementModel::holdsFiveHundredInvolvements()
{
    InvolvementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(tv::testing::manyInvolvements(500));
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.index(0, InvolvementModel::AgencyColumn).data().toString(), u"Agency 0"_s);
    QCOMPARE(model.index(0, InvolvementModel::StartColumn).data().toString(), u"1 Jan 2020"_s);
    QCOMPARE(model.index(0, InvolvementModel::EndColumn).data().toString(), u"Open"_s);
    QCOMPARE(model.index(499, InvolvementModel::AgencyColumn).data().toString(), u"Agency 499"_s);
    QCOMPARE(model.index(499, InvolvementModel::StartColumn).data().toString(), u"14 May 2021"_s);
    QCOMPARE(model.index(499, InvolvementModel::EndColumn).data().toString(), u"13 Jun 2021"_s);
    QCOMPARE(model.index(499, InvolvementModel::WorkerColumn).data().toString(), u"Worker 499"_s);
    QCOMPARE(model.index(499, InvolvementModel::LeadProfessionalColumn)
                 .data(InvolvementModel::LeadProfessionalEmailRole)
                 .toString(),
             u"lead499@example.invalid"_s);
    QCOMPARE(model.index(499, 0).data(InvolvementModel::ReportItemRole).toString(),
             u"involvements/499"_s);
    QVERIFY(!model.index(500, 0).isValid());
}

QTEST_GUILESS_MAIN(TestInvolvementModel)
#include "tst_involvementmodel.moc"
