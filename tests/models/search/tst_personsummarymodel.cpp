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
    QCOMPARE(model.index(1, PersonSummaryModel::SchoolColumn).data().toString(), QString());
    QVERIFY(!(model.flags(name) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(name) & Qt::ItemIsDragEnabled));
    QVERIFY(!model.setData(name, u"changed"_s));
    QCOMPARE(model.headerData(PersonSummaryModel::AddressColumn, Qt::Horizontal).toString(),
             u"Area"_s);
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
