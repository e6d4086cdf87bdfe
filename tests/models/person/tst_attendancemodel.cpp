#include "models/person/AttendanceModel.h"
#include "tests/models/support/ModelChecks.h"
#include "tests/models/support/ModelTestCase.h"
#include "tests/models/support/PersonViewSamples.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::AttendanceModel;

static_assert(AttendanceModel::PersistentAbsenceThreshold == 90.0);

class TestAttendanceModel final : public tv::testing::ModelTestCaseFor<AttendanceModel> {
    Q_OBJECT

private Q_SLOTS:
    void belowAtAndAboveTheThreshold_data();
    void belowAtAndAboveTheThreshold();
    void termsInWords();

private:
    void fill(AttendanceModel &model) override { model.setRows(tv::testing::sampleAttendance()); }
};

void TestAttendanceModel::belowAtAndAboveTheThreshold_data()
{
    QTest::addColumn<double>("percentage");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("below");
    QTest::newRow("well below") << 62.0 << u"62.0%"_s << true;
    QTest::newRow("just below") << 89.9 << u"89.9%"_s << true;
    QTest::newRow("at") << 90.0 << u"90.0%"_s << false;
    QTest::newRow("just above") << 90.1 << u"90.1%"_s << false;
    QTest::newRow("above") << 93.5 << u"93.5%"_s << false;
    QTest::newRow("full") << 100.0 << u"100.0%"_s << false;
}

void TestAttendanceModel::belowAtAndAboveTheThreshold()
{
    QFETCH(double, percentage);
    QFETCH(QString, words);
    QFETCH(bool, below);
    AttendanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({{QDate(2023, 9, 4), QDate(2023, 12, 20), u"Example School"_s, percentage}});
    const QModelIndex cell = model.index(0, AttendanceModel::AttendanceColumn);
    QCOMPARE(cell.data().toString(), words);
    QCOMPARE(cell.data(AttendanceModel::PercentageRole).toDouble(), percentage);
    QCOMPARE(cell.data(AttendanceModel::SortRole).toDouble(), percentage);
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(0, column).data(AttendanceModel::BelowThresholdRole).toBool(), below);
    QCOMPARE(AttendanceModel::isBelowThreshold(percentage), below);
    // Said in words too, not by colour alone.
    QCOMPARE(cell.data(Qt::AccessibleDescriptionRole).toString(),
             below ? u"Below the 90.0% persistent absence threshold"_s
                   : u"At or above the 90.0% persistent absence threshold"_s);
    QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
}

void TestAttendanceModel::termsInWords()
{
    AttendanceModel &model = filledModel();
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex term = model.index(0, AttendanceModel::TermColumn);
    QCOMPARE(term.data().toString(), u"4 Jan 2023 – 31 Mar 2023"_s);
    QCOMPARE(term.data(Qt::AccessibleTextRole).toString(), u"4 Jan 2023 to 31 Mar 2023"_s);
    QCOMPARE(term.data(AttendanceModel::SortRole).toDate(), QDate(2023, 1, 4));
    QCOMPARE(term.data(AttendanceModel::TermStartRole).toDate(), QDate(2023, 1, 4));
    QCOMPARE(term.data(AttendanceModel::TermEndRole).toDate(), QDate(2023, 3, 31));
    QCOMPARE(model.index(0, AttendanceModel::SchoolColumn).data().toString(),
             u"Example Primary School"_s);
    QCOMPARE(model.index(2, AttendanceModel::SchoolColumn).data().toString(), u"Not recorded"_s);
    QCOMPARE(model.index(2, AttendanceModel::AttendanceColumn)
                 .data(AttendanceModel::ReportItemRole)
                 .toString(),
             u"education/2"_s);
    QCOMPARE(tv::testing::headerTexts(model),
             (QStringList{u"Term"_s, u"School"_s, u"Attendance"_s}));
}

QTEST_GUILESS_MAIN(TestAttendanceModel)
#include "tst_attendancemodel.moc"
