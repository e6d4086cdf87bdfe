#include "models/reports/MyReportsModel.h"
#include "tests/models/support/ModelChecks.h"
#include "tests/models/support/ModelTestCase.h"
#include "tests/models/support/PersonViewSamples.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::ReportStatus;
using tv::models::MyReportsModel;

class TestMyReportsModel final : public tv::testing::ModelTestCaseFor<MyReportsModel> {
    Q_OBJECT

private Q_SLOTS:
    void showsEachReportInWords_data();
    void showsEachReportInWords();
    void resolutionIsDescribed();

private:
    void fill(MyReportsModel &model) override { model.setRows(tv::testing::sampleReports()); }
};

void TestMyReportsModel::showsEachReportInWords_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<ReportStatus>("status");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("open") << 0 << ReportStatus::Open
                          << QStringList{u"Ada Fictional, born 3 Mar 2014"_s,
                                         u"Personal details: NHS number"_s,
                                         u"The NHS number has two digits swapped."_s, u"Open"_s,
                                         u"3 Mar 2024"_s};
    QTest::newRow("resolved, restricted since")
        << 1 << ReportStatus::Resolved
        << QStringList{u"Sienna Smith, born 12 Oct 2016 (restricted record)"_s,
                       u"Involvements: row 4"_s, u"This involvement ended last year."_s,
                       u"Resolved"_s, u"15 Jan 2024"_s};
    QTest::newRow("forwarded, no one named")
        << 2 << ReportStatus::Forwarded
        << QStringList{u"Not shown"_s, u"Individual flags: Young carer"_s,
                       u"The NHS number has two digits swapped."_s,
                       u"Forwarded to the data owner"_s, u"3 Mar 2024"_s};
}

void TestMyReportsModel::showsEachReportInWords()
{
    QFETCH(int, row);
    QFETCH(ReportStatus, status);
    QFETCH(QStringList, words);
    MyReportsModel &model = filledModel();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(words.size(), model.columnCount());
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex cell = model.index(row, column);
        QCOMPARE(cell.data().toString(), words.at(column));
        QCOMPARE(cell.data(MyReportsModel::StatusRole).value<ReportStatus>(), status);
        QCOMPARE(cell.data(MyReportsModel::PersonIdRole).toString(),
                 row == 1 ? u"p-2"_s : u"p-1"_s);
        QCOMPARE(cell.data(MyReportsModel::SubjectRestrictedRole).toBool(), row == 1);
        QCOMPARE(cell.data(MyReportsModel::ReportIdRole).toString(), u"r-%1"_s.arg(row + 1));
    }
    QCOMPARE(MyReportsModel::statusText(status), words.at(MyReportsModel::StatusColumn));
    const QVariant filed =
        model.index(row, MyReportsModel::FiledColumn).data(MyReportsModel::SortRole);
    QCOMPARE(filed.typeId(), QMetaType::QDateTime);
    QCOMPARE(model.index(row, MyReportsModel::StatusColumn).data(MyReportsModel::SortRole).toInt(),
             int(status));
    QCOMPARE(tv::testing::headerTexts(model),
             (QStringList{u"Person"_s, u"About"_s, u"Report"_s, u"Status"_s, u"Reported on"_s}));
    // Why a person is not named, or is named as restricted, in words for a screen reader.
    const QString why = model.index(row, MyReportsModel::PersonColumn)
                            .data(Qt::AccessibleDescriptionRole)
                            .toString();
    QCOMPARE(why.isEmpty(), row == 0);
}

void TestMyReportsModel::resolutionIsDescribed()
{
    MyReportsModel &model = filledModel();
    QCOMPARE(
        model.index(1, MyReportsModel::StatusColumn).data(Qt::AccessibleDescriptionRole).toString(),
        u"Resolution: The source has been corrected."_s);
    QCOMPARE(model.index(1, MyReportsModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             u"Resolution: The source has been corrected."_s);
    QVERIFY(!model.index(0, MyReportsModel::StatusColumn)
                 .data(Qt::AccessibleDescriptionRole)
                 .isValid());
}

QTEST_GUILESS_MAIN(TestMyReportsModel)
#include "tst_myreportsmodel.moc"
