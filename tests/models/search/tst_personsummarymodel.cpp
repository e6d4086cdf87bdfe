#include "search/PersonSummaryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::PersonSummaryModel;

class TestPersonSummaryModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsResultsReadOnly();
    void absentValuesReadNotRecorded();
    void clearWipesEverything();
};

namespace {
QList<tv::PersonSummary> twoPeople()
{
    return {
        {u"p-1"_s, u"Ada Fictional"_s, QDate(2012, 3, 4), u"Taunton TA1"_s, u"Example School"_s},
        {u"p-2"_s, u"Bo Fictional"_s, QDate(2014, 5, 6), u"Yeovil BA20"_s, std::nullopt}};
}
} // namespace

void TestPersonSummaryModel::showsResultsReadOnly()
{
    PersonSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(twoPeople());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PersonSummaryModel::ColumnCount));
    const QModelIndex name = model.index(0, PersonSummaryModel::NameColumn);
    QCOMPARE(name.data().toString(), u"Ada Fictional"_s);
    QCOMPARE(name.data(PersonSummaryModel::PersonIdRole).toString(), u"p-1"_s);
    QCOMPARE(model.index(1, PersonSummaryModel::DateOfBirthColumn)
                 .data(PersonSummaryModel::SortRole)
                 .toDate(),
             QDate(2014, 5, 6));
    QCOMPARE(model.index(0, PersonSummaryModel::SchoolColumn).data().toString(),
             u"Example School"_s);
    QVERIFY(!(model.flags(name) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(name) & Qt::ItemIsDragEnabled));
    QVERIFY(!model.setData(name, u"changed"_s));
    QCOMPARE(model.headerData(PersonSummaryModel::AddressColumn, Qt::Horizontal).toString(),
             u"Area"_s);
}

// A value the service does not have reads "Not recorded", as in every other panel, never a blank
// cell; it still sorts as empty, so such rows stay together.
void TestPersonSummaryModel::absentValuesReadNotRecorded()
{
    PersonSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<tv::PersonSummary> people = twoPeople();
    people << tv::PersonSummary{u"p-3"_s, u" "_s, QDate(), QString(), u"  "_s};
    model.setResults(people);
    const auto text = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QCOMPARE(text(1, PersonSummaryModel::SchoolColumn), u"Not recorded"_s);
    QCOMPARE(text(1, PersonSummaryModel::SchoolColumn, Qt::AccessibleTextRole), u"Not recorded"_s);
    QCOMPARE(text(1, PersonSummaryModel::SchoolColumn, PersonSummaryModel::SortRole), QString());
    for (const int column :
         {int(PersonSummaryModel::NameColumn), int(PersonSummaryModel::DateOfBirthColumn),
          int(PersonSummaryModel::AddressColumn), int(PersonSummaryModel::SchoolColumn)}) {
        QCOMPARE(text(2, column), u"Not recorded"_s);
        QCOMPARE(text(2, column, Qt::AccessibleTextRole), u"Not recorded"_s);
    }
    QCOMPARE(text(2, PersonSummaryModel::AddressColumn, PersonSummaryModel::SortRole), QString());
    QCOMPARE(text(2, PersonSummaryModel::SchoolColumn, PersonSummaryModel::SortRole), QString());
    // Recorded values are as the service sent them.
    QCOMPARE(text(1, PersonSummaryModel::AddressColumn), u"Yeovil BA20"_s);
}

void TestPersonSummaryModel::clearWipesEverything()
{
    PersonSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(twoPeople());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.personAt(0), nullptr);
}

QTEST_GUILESS_MAIN(TestPersonSummaryModel)
#include "tst_personsummarymodel.moc"
